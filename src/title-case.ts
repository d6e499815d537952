/**
 * Titles in English are written in Title Case: each word capitalised but the short ones that join
 * them. Both the reader of plain text (which keeps a title's line apart) and the outline (which cuts
 * a title off the head of text run together) read them so.
 */

/** Short words that stay lower case inside a title. */
export const TITLE_SMALL_WORD = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|into|about|&)$/u;
/** A word of a title: capitalised, or a number or a span of years (`2025/26`, `2024–2030`), a colon or a dash after it allowed. */
export const TITLE_WORD = /^(?:[A-Z][\p{L}'’&.-]*|\d+(?:[.,/–-]\d+)*)(?<!\.)[:—–]?$/u;

const TITLE_LINE_WORDS_MIN = 3;

/**
 * A line in Title Case (`Cooler Streets, Safer Cities: What a Hotter Century Demands of Us`,
 * `Dr. Anjali Rao, Chief Resilience Officer`): three words or more, each a title's word (a comma
 * or a title like `Dr.` allowed), its last no joining word.
 */
export function isTitleCaseLine(text: string): boolean {
  const words = text.split(/\s+/u).map((word) => word.replace(/,$/u, ""));
  const last = words.at(-1) ?? "";
  return (
    words.length >= TITLE_LINE_WORDS_MIN &&
    !TITLE_SMALL_WORD.test(last) &&
    words.every(
      (word) => TITLE_SMALL_WORD.test(word) || TITLE_WORD.test(word) || /^[A-Z][a-z]{0,3}\.$/u.test(word),
    )
  );
}
