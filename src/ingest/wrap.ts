import { CJK_CHARACTER } from "../characters.js";

/** Ideographs, CJK punctuation and full-width forms: Chinese writes no space between them. */
export const CJK = CJK_CHARACTER;
const DIGIT = /[0-9]/u;
/** A number's digits at the end of the text before a break, and the point or comma a wrap left on either side. */
const NUMBER_END = /(^|.)[0-9]+[.,]?$/su;
const NUMBER_START = /^[.,]?[0-9]+(.|$)/su;
/** Numbers are shorter than this. */
const NUMBER_REACH = 24;
/** Leader dots and a page number: a line of a table of contents, whole however long. */
export const CONTENTS_ENTRY_END = /(?:\.{4,}|…{2,}|·{4,}|．{4,})\s*\d{1,4}$/u;

/**
 * The end of a text built piece by piece (`end` before `piece` was added), as far as a line break
 * after it is read by: a reader keeps this beside the text, because reading the whole text at each
 * break would copy it each time, and a paragraph of many thousand lines would take minutes.
 */
export function textEnd(end: string, piece: string): string {
  return (piece.length >= NUMBER_REACH ? piece : end + piece).slice(-NUMBER_REACH);
}

/**
 * A line break that can only have wrapped Chinese text: inside a number (`总结202⏎3年`, `12.⏎5亿元`)
 * or between a number and the ideograph that goes on from it (`2023⏎年`). A break before a number
 * may end a line (`办公厅⏎2024年5月10日`), so it is not one of these.
 */
export function wrapsNumber(before: string, after: string): boolean {
  if (DIGIT.test(before.at(-1) ?? "") && CJK.test(after[0] ?? "")) return true;
  // Only the text next to the break is looked at: a paragraph may be wrapped many times.
  const end = NUMBER_END.exec(before.slice(-NUMBER_REACH));
  const start = NUMBER_START.exec(after.slice(0, NUMBER_REACH));
  // A number split in two, in Chinese text: an ideograph stands right before or after it.
  return end !== null && start !== null && (CJK.test(end[1] ?? "") || CJK.test(start[1] ?? ""));
}

/**
 * Whether a soft line break in rendered text (Markdown, HTML) reads as nothing: between two Chinese
 * characters, or where it wrapped a number of Chinese text. Elsewhere it reads as a space.
 * Only the end of `before` counts: pass `textEnd`'s, not a whole text still being built.
 */
export function breakJoinsWithoutSpace(before: string, after: string): boolean {
  return (CJK.test(before.slice(-1)) && CJK.test(after.charAt(0))) || wrapsNumber(before, after);
}
