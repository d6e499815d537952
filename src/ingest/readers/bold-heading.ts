/** Bold text that opens a paragraph with section numbering and a short title (not `一是`, a clause). */
const BOLD_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节|節)|\d{1,2}(?:\.\d{1,2})*[.、．]?\s?)[^，,；;]{2,40}$/u;

export function isBoldHeading(text: string): boolean {
  return BOLD_HEADING.test(text.replace(/\s+/gu, " ").trim());
}
