import * as OpenCC from "opencc-js";
import type { Script } from "./types.js";

export type ScriptChoice = "simplified" | "traditional";

type Convert = (text: string) => string;
const converters = new Map<string, Convert>();

/** OpenCC's dictionaries are large; build each converter once, on first use. */
function converter(from: "cn" | "tw" | "t", to: "cn" | "tw" | "t"): Convert {
  const key = `${from}>${to}`;
  const known = converters.get(key);
  if (known) return known;
  const convert: Convert = OpenCC.Converter({ from, to });
  converters.set(key, convert);
  return convert;
}

const HAN_CHAR = /\p{Script=Han}/gu;

/**
 * Tells simplified from traditional by how many characters OpenCC would change each way; a text
 * with little Chinese in it is English.
 */
export function detectScript(text: string): Script {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(HAN_CHAR)?.length ?? 0;
  const letters = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (han === 0 || han * 3 < letters / 4) return "en";
  const toSimplified = countChanged(sample, converter("t", "cn")(sample));
  const toTraditional = countChanged(sample, converter("cn", "t")(sample));
  return toSimplified > toTraditional ? "zh-Hant" : "zh-Hans";
}

function countChanged(a: string, b: string): number {
  let changed = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) changed++;
  return changed;
}

/** Converts Chinese text to the asked-for script; English text passes through unchanged. */
export function convertScript(text: string, to: ScriptChoice): string {
  return to === "simplified" ? converter("t", "cn")(text) : converter("cn", "t")(text);
}
