import { parse, YAMLParseError } from "yaml";
import { PodiumError } from "../errors.js";

export interface FrontMatterSplit {
  /** The YAML mapping, not yet validated (config does that); `{}` when there is none. */
  frontMatter: Record<string, unknown>;
  /** The text after the closing `---` (the whole text when there is no front matter). */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyStartLine: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A first line that is clearly meant as YAML (`key:`), so a parse error is the user's to fix. */
const KEY_LINE = /^[\w.-]+[ \t]*:(?:[ \t]|$)/u;

/**
 * Splits a leading `---` … `---` YAML block off a Markdown or text speech. A block that is not a
 * YAML mapping (a speech that merely starts with a `---` rule) is left in the body. Invalid YAML
 * that looks meant as front matter is a PodiumError naming `file` and the line.
 */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const none: FrontMatterSplit = { frontMatter: {}, body: text, bodyStartLine: 1 };
  const lines = text.split("\n");
  if (lines.length < 2 || !OPEN.test(lines[0] ?? "")) return none;
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (close === -1) return none;

  const yamlLines = lines.slice(1, close);
  const yamlText = yamlLines.join("\n");
  const split = (frontMatter: Record<string, unknown>): FrontMatterSplit => ({
    frontMatter,
    body: lines.slice(close + 1).join("\n"),
    bodyStartLine: close + 2,
  });
  if (yamlText.trim() === "") return split({});

  const meantAsYaml = KEY_LINE.test(yamlLines.find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "");
  let value: unknown;
  try {
    value = parse(yamlText, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    if (!meantAsYaml) return none;
    // +2: line 1 of the YAML is line 2 of the file (after the opening `---`).
    const line = err instanceof YAMLParseError && err.linePos ? err.linePos[0].line + 1 : 2;
    const reason = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
    throw new PodiumError(
      `${file}: line ${line}: invalid front matter: ${reason.replace(/ at line \d+.*$/, "")}`,
      undefined,
      {
        cause: err,
      },
    );
  }
  if (value === null || value === undefined) return split({});
  if (typeof value !== "object" || Array.isArray(value)) {
    if (meantAsYaml)
      throw new PodiumError(`${file}: line 2: front matter must be a list of \`key: value\` lines`);
    return none;
  }
  return split(value as Record<string, unknown>);
}
