/** The months' names in full, as alternatives of a pattern (`January|…|December`). */
export const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December";

/** A weekday before a date, with its comma (`Thursday, 12 June 2025`), or nothing: a pattern. */
export const WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";

/** A date written out (`12 June 2025`, `June 12, 2025`): a pattern. */
export const WRITTEN_DATE = `(?:\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+\\d{4}|(?:${MONTH_NAMES})\\s+\\d{1,2},\\s+\\d{4})`;

/** A line that ends with a day written out (`New York, 26 September 2025`, `… – Thursday, February 6, 2025`). */
export const ENDS_WITH_WRITTEN_DATE = new RegExp(`${WRITTEN_DATE}$`, "u");

/** A year's four digits, in figures or in Chinese numerals (`2025`, `二〇二五`). */
export const YEAR_DIGITS = "(?:\\d{4}|[〇○零一二三四五六七八九]{4})";
