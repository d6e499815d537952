import { countCharacters } from "../characters.js";
import type { Script } from "./types.js";

import type { ChineseScript } from "../config/values.js";

export type ScriptChoice = ChineseScript;

const HAN_CHAR = /\p{Script=Han}/gu;

// Frequent characters written differently in the two scripts (traditional, simplified), in the
// same order. Counting them tells the scripts apart in any speech-length text without loading
// OpenCC's dictionaries, which costs a CLI run more than the whole HTML build.
const TRADITIONAL =
  "們這會個國為說時來對發經學動與進實開問關現長體黨組織設產業務於後過還點會議講話當應該區縣鎮團職幹領導將從機構種條檢處總書記員義現進務積極讓價隨";
const SIMPLIFIED =
  "们这会个国为说时来对发经学动与进实开问关现长体党组织设产业务于后过还点会议讲话当应该区县镇团职干领导将从机构种条检处总书记员义现进务积极让价随";
const TRADITIONAL_CHARS = [...TRADITIONAL];
const SIMPLIFIED_CHARS = [...SIMPLIFIED];
const TRADITIONAL_ONLY = TRADITIONAL_CHARS.filter((c, i) => c !== SIMPLIFIED_CHARS[i]);
const SIMPLIFIED_ONLY = SIMPLIFIED_CHARS.filter((c, i) => c !== TRADITIONAL_CHARS[i]);
/** Any one of `chars` (Han characters, which need no escaping in a class), to count with `match`. */
const anyOf = (chars: readonly string[]) => new RegExp(`[${chars.join("")}]`, "gu");
const TRADITIONAL_CHAR = anyOf(TRADITIONAL_ONLY);
const SIMPLIFIED_CHAR = anyOf(SIMPLIFIED_ONLY);

/**
 * Tells simplified from traditional by which script's own forms of common characters the text
 * uses; a text with little Chinese in it is English.
 */
export function detectScript(text: string): Script {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = countCharacters(sample, HAN_CHAR);
  const letters = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (han === 0 || han * 3 < letters / 4) return "en";
  // Counted by the regex engine, not character by character in script: a speech is long. No
  // character is in both lists.
  const traditional = countCharacters(sample, TRADITIONAL_CHAR);
  const simplified = countCharacters(sample, SIMPLIFIED_CHAR);
  return traditional > simplified ? "zh-Hant" : "zh-Hans";
}

/**
 * A converter to the asked-for script (OpenCC). OpenCC and its dictionaries load only when a
 * presenter asks for a conversion; English text passes through unchanged.
 */
export async function scriptConverter(to: ScriptChoice): Promise<(text: string) => string> {
  const OpenCC = await import("opencc-js");
  return to === "simplified"
    ? OpenCC.Converter({ from: "t", to: "cn" })
    : OpenCC.Converter({ from: "cn", to: "t" });
}
