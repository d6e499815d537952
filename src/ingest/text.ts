import { columnWidth } from "../characters.js";
import { isOrdinalRange, wrapsOrdinalRange } from "../numerals.js";
import { padsSpreadTitle } from "../spread-title.js";
import type { Block } from "./types.js";
import { CJK, CONTENTS_ENTRY_END, textEnd, wrapsNumber } from "./wrap.js";

/** Two or more ideographic spaces inside a line: how news sites separate pasted paragraphs. */
const IDEOGRAPHIC_PARAGRAPH_BREAK = /(?<=\S)[\u3000]{2,}(?=\S)/gu;
/** A line indented like the first line of a paragraph (two ideographic spaces, or a tab or spaces). */
const PARAGRAPH_INDENT = /^(?:[\u3000]{1,}|\t|[ \u00a0]{2,})\S/u;
/** Far more leading spaces than an indent, and no two columns: a line centred by hand. */
const CENTRED = /^(?: {8,}|\t{2,}|\u3000{4,})\S(?:(?! {3}).)*$/u;
/** A line that starts with numbering: never joined to the line before it. */
const STARTS_WITH_MARKER =
  /^(?:[一二三四五六七八九十]+[、是要则則]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+|\d{1,3}(?:\.\d{1,3})*(?:[.、．)](?!\d)|\s)|[①-⑳]|[IVX]+\.\s|[A-Za-z][.)]\s|#|[-*+]\s)/u;

/**
 * Splits plain text into paragraphs. A paragraph is a line, unless the text is hard-wrapped (most
 * lines filled to one width, as text copied from a PDF or an e-mail is): then a line filled to the
 * width goes on in the next one, unless that one is indented, numbered or after a blank line. Runs
 * of ideographic spaces inside a line also separate paragraphs.
 */
export function splitPlainText(text: string, firstLine = 1): Block[] {
  const lines = text.split("\n");
  const trimmedLines = lines.map((line) => line.trim());
  const lengths = trimmedLines.map(columnWidth);
  const width = wrapWidth(trimmedLines, lengths);
  const blocks: Block[] = [];
  let open: Block | null = null;
  let openFilled = false;
  /** The end of the open paragraph's text, by which the next line is joined or read as a wrapped range. */
  let openEnd = "";
  lines.forEach((rawLine, index) => {
    const line = firstLine + index;
    // `trim` takes the same spaces as `\s` (ideographic, no-break, BOM) and, unlike a `\s+$`
    // search, never scans a run of spaces inside the line once per space.
    const trimmed = trimmedLines[index] ?? "";
    if (trimmed === "") {
      open = null;
      return;
    }
    const continues =
      open !== null &&
      ((openFilled && !PARAGRAPH_INDENT.test(rawLine) && !startsWithMarker(trimmed)) ||
        wrapsOrdinalRange(openEnd, trimmed) ||
        wrapsQuantity(openEnd, trimmed));
    openFilled = width !== null && (lengths[index] ?? 0) >= width * 0.8 && !CONTENTS_ENTRY_END.test(trimmed);
    if (continues && open) {
      const joined = joiner(openEnd, trimmed) + trimmed;
      open.text += joined;
      openEnd = textEnd(openEnd, joined);
      return;
    }
    const pieces = paragraphsOfLine(trimmed);
    const centred = CENTRED.test(rawLine) && pieces.length === 1;
    for (const piece of pieces) {
      const block: Block = { text: piece.trim(), line, kind: "paragraph" };
      if (centred) block.centred = true;
      if (block.text !== "") blocks.push(block);
      open = block;
      openEnd = textEnd("", block.text);
    }
  });
  return blocks;
}

/** The paragraphs a line holds, apart at runs of ideographic spaces that are no title's padding (`总  则`). */
function paragraphsOfLine(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const run of line.matchAll(IDEOGRAPHIC_PARAGRAPH_BREAK)) {
    const end = run.index + run[0].length;
    if (padsSpreadTitle(line, run.index, end)) continue;
    pieces.push(line.slice(from, run.index));
    from = end;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/** A range of numbers (`三、四月份`) opening a line is words of the sentence the line goes on. */
function startsWithMarker(line: string): boolean {
  return STARTS_WITH_MARKER.test(line) && !isOrdinalRange(line, 0);
}

/**
 * A number that opens a line as a quantity or a date does (`1.5 kilometres`, `2.4 metre`,
 * `30 June`): digits and a space, no dot or bracket closing them as a marker's, and the word after.
 */
const QUANTITY_START = /^\d{1,3}(?:[.,]\d{1,3})*\s+(\S+)/u;
/** Words that never end an English sentence or a heading: the sentence goes on in the next line. */
const HANGING_WORD =
  /(?:^|\s)(?:a|an|the|of|by|in|on|at|to|for|from|with|within|about|over|under|than|and|or|nor|but|A|An|The)$/u;

/**
 * A line that opens with a quantity and goes on with the sentence before it, which a wrap cut
 * there (`… all on sections within⏎1.5 kilometres of …`, `… by⏎30 June 2025`): the open line ends
 * no sentence, and either the words after the number read on in lower case or the open line ends
 * with a word that leaves its sentence hanging. A decimal heading (`2.1 The pressure zone`) follows
 * a blank line, or a finished line, and begins with a capital.
 */
function wrapsQuantity(before: string, line: string): boolean {
  const quantity = QUANTITY_START.exec(line);
  if (!quantity || !/[A-Za-z]$/u.test(before)) return false;
  return /^[a-z]/u.test(quantity[1] ?? "") || HANGING_WORD.test(before);
}

function joiner(before: string, after: string): string {
  const last = before.at(-1) ?? "";
  const first = after[0] ?? "";
  // Chinese wraps without spaces (beside an ideograph, inside a number); Latin words need one back.
  return CJK.test(last + first) || wrapsNumber(before, after) ? "" : " ";
}

/**
 * The width a hard-wrapped text was wrapped at, or null when its lines are paragraphs of their
 * own. Wrapped text has many lines ending near one width; a speech written a paragraph a line has
 * lengths all over the place. `lines` are trimmed, `lengths` their display lengths.
 */
function wrapWidth(lines: readonly string[], lineLengths: readonly number[]): number | null {
  const lengths = lineLengths.filter((n) => n > 0);
  if (lengths.length < 6) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 40 || width > 200) return null;
  const filled = lines.filter((_, i) => {
    const n = lineLengths[i] ?? 0;
    return n >= width * 0.8 && n <= width + 4;
  });
  // A wrap falls anywhere, so most filled lines stop mid-sentence; a list of equal-length items does not.
  const midSentence = filled.filter((l) => !/[。！？；：”」.!?;:)）]$/u.test(l)).length;
  return filled.length / lengths.length >= 0.5 && midSentence / filled.length >= 0.5 ? width : null;
}
