/**
 * Where a point's heading ends:
 * - `whole`: a heading line or list item — all of it;
 * - `sentence`: a marker opening running text — its first sentence or line, or a lead-in ending in `：`;
 * - `clause`: an item of an inline series — up to the next `；` or `。`;
 * - `run-together`: like `sentence`, but a long first sentence ends at its first `，`.
 */
export type HeadingMode = "whole" | "sentence" | "clause" | "run-together";

/**
 * In text run together from a web page the heading's own line break is lost: a first sentence
 * longer than this is a heading plus the start of its paragraph, so the heading ends at its first clause.
 */
const RUN_TOGETHER_HEADING_MAX = 30;

export interface SplitHeading {
  heading: string;
  /** The punctuation that ended the heading, kept so notes can give the text word for word. */
  terminator: string;
  rest: string;
}

const SENTENCE_END = new Set(["。", "！", "？", "；", "：", "!", ";", ":"]);
const CLAUSE_END = new Set(["。", "！", "？", "；", "!", ";"]);
const CLOSERS = /^[”’」』）)"'\]】]+/u;

export function splitHeading(text: string, mode: HeadingMode): SplitHeading {
  if (mode !== "run-together") return splitHeadingAs(text, mode);
  const whole = splitHeadingAs(text, "sentence");
  const comma = whole.heading.search(/[，,]/u);
  if (whole.heading.length <= RUN_TOGETHER_HEADING_MAX || comma <= 0) return whole;
  const rest = `${whole.heading.slice(comma + 1)}${whole.terminator}${whole.rest}`.trim();
  return { heading: whole.heading.slice(0, comma).trim(), terminator: whole.heading[comma] ?? "", rest };
}

function splitHeadingAs(text: string, mode: Exclude<HeadingMode, "run-together">): SplitHeading {
  const trimmed = text.trim();
  if (mode === "whole") {
    const match = trimmed.match(/^(.*?)([。：:；;]?)$/su);
    return { heading: (match?.[1] ?? trimmed).trim(), terminator: match?.[2] ?? "", rest: "" };
  }
  const ends = mode === "sentence" ? SENTENCE_END : CLAUSE_END;
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i] ?? "";
    const next = trimmed[i + 1] ?? "";
    // A line break inside a paragraph (Word, Markdown hard break) ends its heading line.
    if (char === "\n")
      return { heading: trimmed.slice(0, i).trim(), terminator: "", rest: trimmed.slice(i + 1).trim() };
    const isEnd =
      ends.has(char) ||
      // ASCII `.`/`?` end an English sentence only before a space; `?` glued to debris is garbling.
      ((char === "." || char === "?") &&
        (next === "" || /\s/u.test(next)) &&
        !/\d/u.test(trimmed[i - 1] ?? "")) ||
      (char === "?" && /[\p{Script=Han}“"]/u.test(next));
    if (!isEnd) continue;
    // Closing quotes and brackets right after the end belong to the sentence.
    const closers = trimmed.slice(i + 1).match(CLOSERS)?.[0] ?? "";
    if (closers && i > 0) {
      return {
        heading: trimmed.slice(0, i + 1 + closers.length).trim(),
        terminator: "",
        rest: trimmed.slice(i + 1 + closers.length).trim(),
      };
    }
    return { heading: trimmed.slice(0, i).trim(), terminator: char, rest: trimmed.slice(i + 1).trim() };
  }
  return { heading: trimmed, terminator: "", rest: "" };
}
