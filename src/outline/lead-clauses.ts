import type { Block } from "../ingest/types.js";
import { itemWords, type Candidate } from "./candidates.js";
import type { SplitHeading } from "./heading.js";
import { SPOKEN_CHINESE } from "./markers.js";

/** A short phrase of Han characters before the first comma (`抓产业，`, `宏观政策持续发力，`). */
const LEAD_CLAUSE = /^(\p{Script=Han}{2,8})[，,]/u;
/** Words that open a sentence (`同时，`, `当前，`) rather than name what the item is about. */
const CONNECTIVE =
  /^(?:同时|同時|为此|為此|对此|對此|此外|另外|其中|因此|总之|總之|比如|例如|目前|当前|當前|现在|現在|近年来|近年來|今年|去年|一方面|另一方面)$/u;

const SENTENCE_END = /[。；;！？!?\n]/u;
/** One sentence, or a title with no stop at its end. */
const ONE_SENTENCE = /^[^。；;！？!?\n]+[。！]?$/u;

/**
 * The length of the item's lead clause, or 0 when it opens with none. Two halves of one length and
 * nothing after them (`学生自愿，家长知情`) are one heading, not a lead and its words; so is the
 * sentence of an item opening its paragraph that heads the rest of it
 * (`坚持党建引领，把基层党组织建设得更加坚强有力。…`, a pledge's `坚决扛牢政治责任，以最高标准抓好安全生产。…`):
 * its paragraph says what it means, the sentence names it.
 */
function leadClauseLength(text: string, opensParagraph = false): number {
  const trimmed = text.trim();
  const match = LEAD_CLAUSE.exec(trimmed);
  const clause = match?.[1] ?? "";
  if (clause === "" || CONNECTIVE.test(clause)) return 0;
  const after = trimmed.slice(clause.length + 1);
  const sentenceEnd = after.search(SENTENCE_END);
  const said = after.slice(0, sentenceEnd < 0 ? after.length : sentenceEnd);
  const headsParagraph =
    opensParagraph && /[。！]/u.test(after.charAt(sentenceEnd)) && after.slice(sentenceEnd + 1).trim() !== "";
  const matchedHalf = said.length === clause.length && /^\p{Script=Han}+$/u.test(said);
  return matchedHalf || headsParagraph ? 0 : clause.length;
}

/**
 * Series of spoken ordinals in which every item opens with a short clause before a comma
 * (`一是抓产业，…；二是抓项目，…；三是抓创新，…`): the parallel clauses name the items, and the
 * words after them are what the speaker says of each, so each clause is its item's heading.
 */
export function findLeadClauseSeries(
  body: readonly Block[],
  candidates: readonly Candidate[],
  byBlock: ReadonlyMap<number, readonly Candidate[]>,
): Set<readonly Candidate[]> {
  const textOf = (c: Candidate): string => itemWords(c, body, byBlock);
  // An item alone on its line over text of its own (`第一，提高政治站位，深刻认识…的重大意义。` ⏎
  // `开展这次…`) is a heading line, whole, as a numbered title is.
  const headsTextBelow = (c: Candidate, run: readonly Candidate[]) =>
    !c.inline &&
    ONE_SENTENCE.test(textOf(c).trim()) &&
    body[c.block + 1] !== undefined &&
    !run.some((other) => other.block === c.block + 1);
  const series = new Set<readonly Candidate[]>();
  for (const { run } of candidates) {
    if (series.has(run) || run.length < 2) continue;
    if (run.every((c) => headsTextBelow(c, run))) continue;
    const spoken = run.every((c) => SPOKEN_CHINESE.has(c.family));
    if (spoken && run.every((c) => leadClauseLength(textOf(c), !c.inline) > 0)) series.add(run);
  }
  return series;
}

/** The heading cut after its lead clause; the words after it go on in the point's text. */
export function headedByLeadClause(split: SplitHeading): SplitHeading {
  const length = leadClauseLength(split.heading);
  if (length === 0) return split;
  const after = split.heading.slice(length + 1).trim();
  return {
    heading: split.heading.slice(0, length),
    terminator: split.heading.charAt(length),
    // A heading that ended at a line break goes on in a line of its own.
    rest: [after + split.terminator, split.rest]
      .filter((part) => part !== "")
      .join(split.terminator === "" ? "\n" : ""),
  };
}
