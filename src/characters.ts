/** Two UTF-16 units that make one character (one beyond the Basic Multilingual Plane). */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * How many characters `text` holds, counted as `Array.from(text)` counts them (a lone surrogate is
 * one), without building the array: text is measured often, and most of it has no pair at all.
 */
export function characterCount(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}
