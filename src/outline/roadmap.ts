import type { Block } from "../ingest/types.js";
import type { Candidate } from "./candidates.js";

/** A preview names each part in a clause or two: a longer item is a part said in full. */
const PREVIEW_ITEM_MAX = 300;

/**
 * A preview of the speech's parts, said before its first section (`My testimony makes three
 * points. First, … Second, … Third, …`, `今天我讲三个方面：一是…二是…三是…。`) when numbered
 * sections follow (`I.` … `II.`, `一、` … `二、`): the sections are the points, and the preview, its
 * count announced, its items short and one after another, is words of the opening.
 */
export function findRoadmaps(blocks: readonly Block[], linked: readonly Candidate[]): Set<Candidate> {
  const roadmaps = new Set<Candidate>();
  const firstSection = linked.find((c) => !c.inline && c.strong);
  if (!firstSection) return roadmaps;
  const sections = linked.filter((c) => !c.inline && c.strong && c.family === firstSection.family);
  if (sections.length < 2) return roadmaps;
  for (const c of linked) {
    if (c.block >= firstSection.block) break;
    const run = c.run;
    if (run[0] !== c || run.length < 2 || c.announced === null) continue;
    const last = run.at(-1)?.block ?? c.block;
    const preview =
      last < firstSection.block &&
      run.every((item, i) => !item.strong && item.block - c.block <= i) &&
      blocks.slice(c.block, last + 1).every((b) => b.text.length <= PREVIEW_ITEM_MAX);
    if (preview) for (const item of run) roadmaps.add(item);
  }
  return roadmaps;
}
