/**
 * A bilingual text prints each heading twice, in one language and then the other
 * (`1. A Partnership Built on Trust` ⏎ `一、建立在信任之上的伙伴关系`): the second line is the first's
 * translation, one point with it.
 */
import { hasHan, hasLatinLetter } from "../characters.js";
import type { Block } from "../ingest/types.js";
import { openingMarker } from "./markers.js";

/** How many headings must come in two languages before the second of each pair is read as a translation. */
const PAIRS_MIN = 2;

/** The longest heading read as one in two languages: more is a paragraph. */
const HEADING_MAX = 80;
/** A heading says no sentence: a paragraph's last item and the next heading are no pair (`(2) It is … .` ⏎ `二、…`). */
const saysNoSentence = (words: string): boolean =>
  words.length <= HEADING_MAX && !/[。；;！!？?]|\.\s/u.test(words.trim());

/** The lines that translate the numbered line above them, when the text does so for two at least. */
export function findTranslatedHeadings(blocks: readonly Block[]): Set<number> {
  const translations = new Set<number>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const [first, second] = [blocks[i], blocks[i + 1]];
    if (!first || !second || first.kind === "item" || second.kind === "item") continue;
    const one = openingMarker(first.text);
    const other = openingMarker(second.text);
    if (!one || !other || one.ordinal !== other.ordinal || one.family === other.family) continue;
    const words = [first.text.slice(one.marker.length), second.text.slice(other.marker.length)];
    if (!words.every(saysNoSentence)) continue;
    if (words.some(hasHan) && words.some((text) => hasLatinLetter(text) && !hasHan(text)))
      translations.add(i + 1);
  }
  return translations.size >= PAIRS_MIN ? translations : new Set();
}
