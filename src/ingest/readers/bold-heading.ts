/** Section numbering that may open a bold title (not `一是`, which opens a clause). */
const SECTION_MARKER = String.raw`(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节|節)|\d{1,2}(?:\.\d{1,2})*[.、．]?\s?)`;
/** A short title: a clause or two (`坚持稳中求进，以进促稳`), no sentence inside, punctuation only at its end. */
const TITLE = "[^。！？；!?;]{2,60}[。！？；：!?;:]?";
/** Bold text that opens a paragraph with section numbering and a short title. */
const BOLD_HEADING = new RegExp(`^${SECTION_MARKER}${TITLE}$`, "u");
const BOLD_TITLE = new RegExp(`^${TITLE}$`, "u");
/** A figure set in bold (`**2.5 million** pounds of food`, `**61,400**`, `**38%**`): emphasis, no title. */
const FIGURE =
  /^[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|k|m|bn|million|billion|thousand|万|亿|億|萬|个|個|人|元)?[.:：]?$/iu;
/** Section numbering alone (`（一）`, `一、`). */
const MARKER_ONLY = new RegExp(`^${SECTION_MARKER}$`, "u");

export function isBoldHeading(text: string): boolean {
  const heading = normalSpace(text);
  return BOLD_HEADING.test(heading) && !FIGURE.test(heading);
}

/** Bold text that opens a numbered list item and reads as its title (the list holds the number). */
export function isBoldTitle(text: string): boolean {
  const title = normalSpace(text);
  return BOLD_TITLE.test(title) && !FIGURE.test(title);
}

/**
 * A bold sentence that opens a paragraph and heads what it says (`More food, closer to home.` then
 * plain text). Numbered bold (`一、…`, `1.`) is read by its numbering, not as such a title.
 */
export function isBoldLeadSentence(text: string): boolean {
  return /[.。!！?？]$/u.test(text) && isBoldTitle(text) && !/^[\d一二三四五六七八九十（(第]/u.test(text);
}

/** Bold numbering without its title (`**（一）**坚持……`): the bold only sets the number apart. */
export function isBoldMarker(text: string): boolean {
  return MARKER_ONLY.test(normalSpace(text));
}

function normalSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
