import type { Block } from "./types.js";

/** Two or more ideographic spaces inside a line: how news sites separate pasted paragraphs. */
const IDEOGRAPHIC_PARAGRAPH_BREAK = /(?<=\S)[\u3000]{2,}(?=\S)/u;
const INDENT = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/gu;
/** A line that starts with numbering: never joined to the line before it. */
const STARTS_WITH_MARKER =
  /^(?:[一二三四五六七八九十]+[、是要则則]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+|\d+(?:\.\d+)*[.、．)]?\s|[①-⑳]|[IVX]+\.\s|[A-Za-z][.)]\s|#|[-*+]\s)/u;

/**
 * Splits plain text into paragraphs. A paragraph is a line, unless the text is hard-wrapped
 * (blank lines between paragraphs and most lines filled to one width), in which case the lines of
 * one blank-separated block are joined. Runs of ideographic spaces also separate paragraphs.
 */
export function splitPlainText(text: string, firstLine = 1): Block[] {
  const lines = text.split("\n");
  const hardWrapped = looksHardWrapped(lines);
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((rawLine, index) => {
    const line = firstLine + index;
    const trimmed = rawLine.replace(INDENT, "");
    if (trimmed === "") {
      open = null;
      return;
    }
    if (hardWrapped && open && !STARTS_WITH_MARKER.test(trimmed)) {
      open.text += joiner(open.text, trimmed) + trimmed;
      return;
    }
    const pieces = trimmed.split(IDEOGRAPHIC_PARAGRAPH_BREAK);
    for (const piece of pieces) {
      const block: Block = { text: piece.replace(INDENT, ""), line, kind: "paragraph" };
      if (block.text !== "") blocks.push(block);
      open = block;
    }
  });
  return blocks;
}

function joiner(before: string, after: string): string {
  const last = before.at(-1) ?? "";
  const first = after[0] ?? "";
  // Chinese wraps without spaces; Latin words need one back.
  return /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(last + first) ? "" : " ";
}

function looksHardWrapped(lines: string[]): boolean {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  const blank = lines.length - lengths.length;
  if (lengths.length < 6 || blank === 0) return false;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 30 || width > 120) return false;
  const filled = lengths.filter((n) => n >= width * 0.75 && n <= width + 2).length;
  // Most lines of a wrapped text sit near one width, and blocks hold several lines.
  return filled / lengths.length >= 0.5 && lengths.length / (blank + 1) >= 2;
}
