/**
 * Cheap questions about a text's characters, asked before costlier work: how many there are, and
 * whether any is a Latin letter.
 */

/** Two UTF-16 units that make one character (one beyond the Basic Multilingual Plane). */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * How many characters `text` holds, counted as `Array.from(text)` counts them (a lone surrogate is
 * one), without building the array: text is measured often, and most of it has no pair at all.
 */
export function characterCount(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/** Half of a character beyond the BMP (read by code unit: with the `u` flag a whole pair would not match). */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * How many characters of `text` match `oneCharacter`, a global pattern that matches one character
 * at a time (a class: `/[\p{Script=Han}…]/gu`). In text with no character beyond the BMP each
 * match is one UTF-16 unit, so the count is what removing them takes off the length: no array of
 * thousands of one-character strings is built to be counted.
 */
export function countCharacters(text: string, oneCharacter: RegExp): number {
  if (SURROGATE.test(text)) return text.match(oneCharacter)?.length ?? 0;
  return text.length - text.replace(oneCharacter, "").length;
}

/** A digit raised as a note's mark (`… the next.²`), as a regular expression's class. */
export const RAISED_DIGIT = "[⁰¹²³⁴-⁹]";

/** Ideographs, CJK punctuation and full-width forms: Chinese writes no space between them. */
export const CJK_CHARACTER = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const CJK_CHARACTERS = new RegExp(CJK_CHARACTER.source, "gu");

/**
 * Width in columns, as a wrapping editor counts: a CJK or full-width character takes two, any other
 * one. Ingest reads hard-wrapped lines by it; the planner's widths in character cells are half of it.
 */
export function columnWidth(text: string): number {
  return characterCount(text) + countCharacters(text, CJK_CHARACTERS);
}

/**
 * Letters of the Latin script. English patterns match no other letters, case-insensitive ones
 * included: the only other characters that fold to ASCII letters, `ſ` and the Kelvin sign, are
 * Latin letters too. So text without one skips those patterns, and a Chinese speech skips
 * compiling them, which costs more than reading it.
 */
const LATIN_LETTER = /\p{Script=Latin}/u;
const STARTS_LATIN = /^\p{Script=Latin}/u;

const HAN = /\p{Script=Han}/u;

/** Whether `text` holds a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function hasLatinLetter(text: string): boolean {
  return LATIN_LETTER.test(text);
}

/** A line in capitals: a capital letter, no small one (`AT THE CLOSING GATHERING OF`). */
export function inCapitals(text: string): boolean {
  return CAPITALS.test(text);
}
const CAPITALS = /^[^a-z]*[A-Z][^a-z]*$/u;

/** English in capitals (`HARBOURSIDE HERITAGE TRUST: …`), not Chinese with a capital abbreviation in it. */
export function inEnglishCapitals(text: string): boolean {
  return inCapitals(text) && !hasHan(text);
}

/** For a pattern anchored on an English word: whether `text` starts with a Latin letter. */
export function startsWithLatinLetter(text: string): boolean {
  return STARTS_LATIN.test(text);
}
