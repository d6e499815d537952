/**
 * The occasion a text was given at, on a line of its own over its title (`FALL CONVOCATION 2025`,
 * `Lakeside Ideas Conference 2024`, `2025 Annual Meeting of Shareholders`): a few capitalised words,
 * one of them naming an event, and a year. It places the title; it is not the title.
 */
const EVENT_WORD =
  /\b(?:convocation|commencement|conference|summit|forum|symposium|congress|convention|assembly|festival|ceremony|gala|awards?|graduation|retreat|expo|meeting|colloquium|workshop|webinar|tedx\w*)\b/iu;
/**
 * What was said there, not where: such a line titles the text (`Commencement Address to the Class of
 * 2024`, `Third Quarter Fiscal 2024 Earnings Conference Call`).
 */
const SAID_WORD =
  /\b(?:address|remarks|speech|talk|keynote|lecture|statement|report|letter|sermon|message|call|transcript|class of)\b/iu;
const YEAR = /(?:^|[^\d])(?:19|20)\d{2}(?:[–-]\d{2,4})?(?:$|[^\d])/u;
const EVENT_LINE_WORDS_MAX = 12;
/** Words a capitalised heading leaves in lower case. */
const SMALL_WORD = /^(?:of|the|and|for|on|in|at|to|a|an|&|[-–—|·:,])$/u;

export function isEventLine(text: string): boolean {
  const line = text.trim();
  const words = line.split(/\s+/u);
  return (
    words.length <= EVENT_LINE_WORDS_MAX &&
    YEAR.test(line) &&
    EVENT_WORD.test(line) &&
    !SAID_WORD.test(line) &&
    !/[.!?]$/u.test(line) &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || SMALL_WORD.test(word))
  );
}
