import type { Block } from "../ingest/types.js";
import { MARKER_START, matchMarker, ordinalOnly } from "./markers.js";

/** Numbering that heads a section wherever it stands after a sentence (`。二、`, `。（三）`, `。第二章`). */
const SECTION_FAMILIES = new Set(["cn-part", "cn-article", "cn-capital", "cn-dun", "cn-paren"]);
/** A section heading written without punctuation is short: the next marker within this ends it. */
const HEADING_MAX = 40;

/**
 * A paragraph this long that holds section numbering is text pasted from a web page with its
 * paragraphs run together; shorter ones are real paragraphs, whose numbering stays inline.
 */
const RUN_TOGETHER_MIN = 300;

const SENTENCE_END = /[。！？!?][”’」』"]?[\s\u3000]*$/u;
/** Spaces between two Chinese characters: Chinese has none, so they are a paragraph break. */
const CJK_BEFORE = /[\p{Script=Han}。！？；：”」』）]$/u;
const CJK_AFTER = /^[\p{Script=Han}“「『（(]/u;

/**
 * Splits paragraphs that hold several: at a line break whose next line opens with numbering or an
 * ideographic indent (Word line breaks, Markdown hard breaks), and, in text run together into one
 * long line, before every section marker that follows a sentence end and at the spaces that
 * stand between Chinese words. Every character but those breaks is kept, in order.
 * `linesAreLines`: a break inside the paragraph is a line of the file (not in Word).
 */
export function splitBlocks(blocks: readonly Block[], linesAreLines: boolean): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== "paragraph") {
      out.push(block);
      continue;
    }
    const cuts = cutPoints(block.text);
    if (cuts.length === 0) {
      out.push(block);
      continue;
    }
    let from = 0;
    let line = block.line;
    for (const cut of [...cuts, block.text.length]) {
      const text = block.text.slice(from, cut).trim();
      if (text !== "") out.push({ ...block, text, line });
      if (linesAreLines) line += countNewlines(block.text, from, cut);
      from = cut;
    }
  }
  return out;
}

function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    let start = i + 1;
    while (start < text.length && /[ \t\u00a0]/u.test(text[start] ?? "")) start++;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (/^\u3000/u.test(line) || ordinalOnly(line) !== null || matchMarker(line, 0, false) !== null)
      cuts.push(i + 1);
  }
  if (text.length < RUN_TOGETHER_MIN) return cuts;
  /** Where the last section marker cut the text, while its heading has no punctuation yet. */
  let openHeading = -1;
  for (let i = 1; i < text.length; i++) {
    const char = text[i] ?? "";
    if (/[ \u3000]/u.test(char)) {
      let end = i;
      while (end < text.length && /[ \u3000]/u.test(text[end] ?? "")) end++;
      if (CJK_BEFORE.test(text.slice(i - 1, i)) && CJK_AFTER.test(text.slice(end, end + 1))) cuts.push(end);
      i = end - 1;
      continue;
    }
    if (/[，,。；;：:！!？?]/u.test(char) || i - openHeading > HEADING_MAX) openHeading = -1;
    if (!MARKER_START.test(char)) continue;
    // `二、主要任务（一）健全…`: a heading without punctuation ends where the next section marker starts.
    const afterHeading = openHeading >= 0;
    if (!afterHeading && !SENTENCE_END.test(text.slice(Math.max(0, i - 6), i))) continue;
    const match = matchMarker(text, i, false);
    if (!match || !SECTION_FAMILIES.has(match.family)) continue;
    cuts.push(i);
    openHeading = i;
    i += match.marker.length - 1;
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
