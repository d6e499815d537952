import type { Block } from "../ingest/types.js";
import { matchMarker, markerSpan, SPOKEN_ENGLISH, type MarkerMatch } from "./markers.js";

/** How many paragraphs may stand between the two items on either side of the missing one. */
const GAP_MAX_BLOCKS = 8;

/**
 * Where a sentence may start: after its end (`.`, `!`, `?`, a closing quote or bracket after it) or
 * after a note of the room (`(Laughter.)`, `[Applause]`).
 */
const SENTENCE_START_BEFORE = /(?:[.!?…]["'”’)\]]*|[)\]])\s+$/u;

const WORD_START = /(?<![\p{L}\p{N}])[A-Z]/gu;

export interface LateOpener {
  start: number;
  match: MarkerMatch;
}

interface Opener {
  block: number;
  match: MarkerMatch;
}

/**
 * A spoken item said after a few words of its paragraph (`SENATOR X: Thank you. (Laughter.)
 * Second, we are going to …`) between two items that open theirs (`First, …` and `Third, …`): the
 * item starts where its word starts a sentence. Only the one item missing between two found ones is
 * looked for, so an ordinal inside a sentence elsewhere stays words.
 */
export function findLateOpeners(blocks: readonly Block[]): Map<number, LateOpener> {
  const openers: Opener[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph") return;
    const match = matchMarker(block.text, 0, false);
    if (match && SPOKEN_ENGLISH.has(match.family)) openers.push({ block: index, match });
  });
  const late = new Map<number, LateOpener>();
  for (let i = 1; i < openers.length; i++) {
    const before = openers[i - 1];
    const after = openers[i];
    if (!before || !after) continue;
    if (after.match.ordinal !== before.match.ordinal + 2) continue;
    if (after.block - before.block > GAP_MAX_BLOCKS) continue;
    const found = findInGap(blocks, before, after.block, before.match.ordinal + 1);
    if (found) late.set(found.block, { start: found.start, match: found.match });
  }
  return late;
}

function findInGap(
  blocks: readonly Block[],
  before: Opener,
  end: number,
  ordinal: number,
): { block: number; start: number; match: MarkerMatch } | null {
  for (let index = before.block; index < end; index++) {
    const block = blocks[index];
    if (block?.kind !== "paragraph") continue;
    const text = block.text;
    const from = index === before.block ? markerSpan(text, 0, before.match) : 1;
    for (const word of text.slice(from).matchAll(WORD_START)) {
      const start = from + word.index;
      if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const match = matchMarker(text, start, false);
      if (match && SPOKEN_ENGLISH.has(match.family) && match.ordinal === ordinal)
        return { block: index, start, match };
    }
  }
  return null;
}
