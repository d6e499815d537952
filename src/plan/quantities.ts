/**
 * Quantities in speech text: percentages, amounts with a unit, counts (`增长6.8%`, `1200万千瓦`,
 * `4.6亿元`, `$4.6 million`, `12 percent`). Years and dates are not quantities (a timeline shows them).
 * Found as spans of the text itself, so a slide can show or emphasise them without changing a word.
 */

/** Units after a number that make it a measured amount (Chinese magnitudes first, then measures). */
const CJK_UNIT =
  "(?:[万萬亿億]|千万|千萬|百万|百萬)?(?:%|％|个百分点|個百分點|倍|元|美元|千瓦时|千瓦時|千瓦|千米|公里|平方米|平方公里|吨|噸|亩|畝|辆|輛|套|件|户|戶|人次|人|名|家|个|個|项|項|所|座|条|條|次|台|臺|万|萬|亿|億)";
const NUMBER = "\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?";
const EN_SCALE = "(?:\\s?(?:%|percent|per cent|million|billion|trillion|thousand))";

/** One global pattern: currency-led amounts, numbers with a CJK unit, numbers with an English scale. */
const QUANTITY = new RegExp(
  [
    `[$€£¥]\\s?${NUMBER}(?:${EN_SCALE})?`,
    `${NUMBER}\\s?${CJK_UNIT}`,
    `${NUMBER}${EN_SCALE}`,
    // Grouped counts (`1,200 jobs`) are amounts on their own.
    `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?`,
  ].join("|"),
  "gu",
);

export interface QuantitySpan {
  text: string;
  start: number;
  end: number;
}

/** Quantities in `text`, in order, as spans of it (a year such as `1924年` never matches). */
export function findQuantities(text: string): QuantitySpan[] {
  const spans: QuantitySpan[] = [];
  // Most text has no digit at all: one cheap test instead of the whole pattern.
  if (!/\d/u.test(text)) return spans;
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index;
    // A digit just before means the match began inside a longer number (`2023` of `12023`).
    if (/[\d.]/u.test(text[start - 1] ?? "")) continue;
    spans.push({ text: match[0], start, end: start + match[0].length });
  }
  return spans;
}
