/**
 * A bilingual text prints each heading twice, in one language and then the other
 * (`1. A Partnership Built on Trust` ⏎ `一、建立在信任之上的伙伴关系`): the second line is the first's
 * translation, one point with it.
 */
import { countCharacters, hasHan, hasLatinLetter } from "../characters.js";
import type { Block } from "../ingest/types.js";
import { itemWords, type Candidate } from "./candidates.js";
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

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/gu;
/** English may name a place in Chinese: its letters outnumber its Han characters by this much at least. */
const LETTERS_PER_HAN_MIN = 12;

/** The script an item's words are in, when one clearly holds them: a translation's is the other. */
function scriptOf(text: string): "han" | "latin" | null {
  const han = countCharacters(text, HAN);
  const latin = countCharacters(text, LATIN);
  if (han > 0 && han * 2 >= latin) return "han";
  return latin > 0 && han * LETTERS_PER_HAN_MIN < latin ? "latin" : null;
}

/** How much of an item is read for its script: its opening, which the closing words after it may not share. */
const ITEM_OPENING = 200;

/** How many paragraphs in its own language open the text's translation before its first item. */
const TRANSLATION_OPENING_MIN = 2;

/**
 * The whole text said again in the other language begins with its own words (its title, whom it
 * greets) before its first item; a list in English under the last of Chinese sections does not.
 */
function translatedAfter(
  original: readonly Candidate[],
  first: Candidate,
  script: "han" | "latin",
  blocks: readonly Block[],
): boolean {
  const last = original.at(-1);
  if (last === undefined || last.block >= first.block) return false;
  let opening = 0;
  for (let i = last.block + 1; i < first.block && opening < TRANSLATION_OPENING_MIN; i++)
    if (scriptOf(blocks[i]?.text.slice(0, ITEM_OPENING) ?? "") === script) opening += 1;
  return opening >= TRANSLATION_OPENING_MIN;
}

const before = (a: Candidate, b: Candidate) =>
  a.block < b.block || (a.block === b.block && a.start < b.start);

/**
 * A bilingual text numbers its points twice, once in each language: section by section (`一、` then
 * `I.`, `二、` then `II.`) or the whole text again after the first (`First,` … `Third,` then `第一，` …
 * `第三，`). The second series is the first's translation and stands where the first stands, not
 * inside its last item. Its items say the same things: as many, numbered alike, each in the other
 * script, each after its original. Returns each translated series with its original.
 */
export function findTranslatedSeries(
  candidates: readonly Candidate[],
  blocks: readonly Block[],
  byBlock: ReadonlyMap<number, readonly Candidate[]>,
): Map<readonly Candidate[], readonly Candidate[]> {
  const translations = new Map<readonly Candidate[], readonly Candidate[]>();
  /** Per length and script, the latest series of paragraphs seen, newest first (a section's own sub-series among them). */
  const latest = new Map<string, (readonly Candidate[])[]>();
  for (const c of candidates) {
    const run = c.run;
    if (run[0] !== c || run.length < 2 || run.some((item) => item.inline)) continue;
    const scripts = run.map((item) => scriptOf(itemWords(item, blocks, byBlock).slice(0, ITEM_OPENING)));
    const script = scripts[0];
    if (!script || !scripts.every((each) => each === script)) continue;
    const other = script === "han" ? "latin" : "han";
    const original = (latest.get(`${run.length}:${other}`) ?? []).find(
      (series) =>
        series[0]?.family !== c.family &&
        run.every((item, k) => item.ordinal === series[k]?.ordinal) &&
        (inStep(series, run) || translatedAfter(series, c, script, blocks)),
    );
    if (original) translations.set(run, original);
    const key = `${run.length}:${script}`;
    latest.set(key, [run, ...(latest.get(key) ?? []).slice(0, SERIES_REMEMBERED - 1)]);
  }
  return translations;
}

/** How many series of one length and script are kept to find an original among. */
const SERIES_REMEMBERED = 4;

/** Each item of the translation follows its original, before the original's next item. */
function inStep(original: readonly Candidate[], translation: readonly Candidate[]): boolean {
  return translation.every((item, k) => {
    const [own, nextOwn] = [original[k], original[k + 1]];
    return own !== undefined && before(own, item) && (nextOwn === undefined || before(item, nextOwn));
  });
}
