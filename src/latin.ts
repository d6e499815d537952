/**
 * Letters of the Latin script. English patterns match no other letters, case-insensitive ones
 * included: the only other characters that fold to ASCII letters, `ſ` and the Kelvin sign, are
 * Latin letters too. So text without one skips those patterns, and a Chinese speech skips
 * compiling them, which costs more than reading it.
 */
const LATIN_LETTER = /\p{Script=Latin}/u;
const STARTS_LATIN = /^\p{Script=Latin}/u;

export function hasLatinLetter(text: string): boolean {
  return LATIN_LETTER.test(text);
}

/** For a pattern anchored on an English word: whether `text` starts with a Latin letter. */
export function startsWithLatinLetter(text: string): boolean {
  return STARTS_LATIN.test(text);
}
