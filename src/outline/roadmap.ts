import type { Block } from "../ingest/types.js";
import type { Candidate } from "./candidates.js";
import { QUESTION_FAMILY } from "./questions.js";

/** A preview names each part in a clause or two: a longer item is a part said in full. */
const PREVIEW_ITEM_MAX = 300;

/**
 * A preview of the speech's parts, said before its first section (`My testimony makes three
 * points. First, … Second, … Third, …`, `今天我讲三个方面：一是…二是…三是…。`) when numbered
 * sections follow (`I.` … `II.`, `一、` … `二、`, or as many items of a weaker numbering as the
 * preview names, `进行大会第一项议程：…`): the sections are the points, and the preview, its count
 * announced, its items short and one after another, is words of the opening.
 */
export function findRoadmaps(blocks: readonly Block[], linked: readonly Candidate[]): Set<Candidate> {
  const roadmaps = new Set<Candidate>();
  // Unnumbered parts (`前言`) stand beside the sections but number none of them.
  // Questions put after a talk are no sections its opening could preview.
  const firstStrong = linked.find(
    (c) => !c.inline && c.strong && !Number.isNaN(c.ordinal) && c.family !== QUESTION_FAMILY,
  );
  const strongSections = linked.filter(
    (c) => !c.inline && c.strong && c.family === firstStrong?.family,
  ).length;
  const firstOpener = linked.find((c) => !c.inline);
  for (const c of linked) {
    if (firstStrong && c.block >= firstStrong.block) break;
    const run = c.run;
    if (firstOpener && spokenInOpening(run, firstOpener)) {
      for (const item of run) roadmaps.add(item);
      continue;
    }
    if (run[0] !== c || run.length < 2 || c.announced === null) continue;
    const last = run.at(-1)?.block ?? c.block;
    const sections = linked.find((d) => d.block > last && !d.inline && d.run[0] === d);
    const previews =
      sections !== undefined &&
      (sections === firstStrong
        ? strongSections >= 2
        : // Weaker sections are previewed only in the opening, before any paragraph opens with a point.
          (firstOpener === undefined || c.block <= firstOpener.block) && namesWeakSections(run, sections)) &&
      run.every((item, i) => !item.strong && item.block - c.block <= i) &&
      run.every((item, i) => itemLength(blocks, item, run[i + 1]) <= PREVIEW_ITEM_MAX);
    if (previews) for (const item of run) roadmaps.add(item);
  }
  return roadmaps;
}

/**
 * `This year we faced three challenges. First, our costs rose. Second, demand slowed.` in the
 * opening, before the paragraphs that open with the speech's points: an English series said inside
 * one paragraph there previews or sums up; the points are the paragraphs'.
 */
function spokenInOpening(run: readonly Candidate[], firstOpener: Candidate): boolean {
  const first = run[0];
  return (
    first !== undefined &&
    first.family === "en-ordinal" &&
    first.block < firstOpener.block &&
    run.every((item) => item.inline && item.block === first.block)
  );
}

/** An item's words: up to the next item in its paragraph, or to the paragraph's end. */
function itemLength(blocks: readonly Block[], item: Candidate, next: Candidate | undefined): number {
  const end = next?.block === item.block ? next.start : (blocks[item.block]?.text.length ?? 0);
  return end - item.start;
}

/**
 * A preview said in one sentence names weaker sections too, when the series after it is another
 * numbering with as many items (`五项议程：一是…五是…` then `第一项议程` … `第五项议程`).
 */
function namesWeakSections(preview: readonly Candidate[], sections: Candidate): boolean {
  const first = preview[0];
  return (
    first !== undefined &&
    preview.every((item) => item.block === first.block) &&
    sections.numbering !== first.numbering &&
    sections.run.length === preview.length
  );
}
