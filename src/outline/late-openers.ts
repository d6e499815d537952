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
  block: number;
  start: number;
  match: MarkerMatch;
}

/** An item found opening its paragraph. */
type Opener = MarkerMatch & { block: number };

/**
 * A spoken item said after a few words of its paragraph (`SENATOR X: Thank you. (Laughter.)
 * Second, we are going to …`) between two items that open theirs (`First, …` and `Third, …`,
 * among `openers`, in document order): the item starts where its word starts a sentence. Only the
 * one item missing between two found ones is looked for, so an ordinal inside a sentence elsewhere
 * stays words.
 */
export function findLateOpeners(blocks: readonly Block[], openers: readonly Opener[]): LateOpener[] {
  const spoken = openers.filter((opener) => SPOKEN_ENGLISH.has(opener.family));
  const late: LateOpener[] = [];
  for (let i = 1; i < spoken.length; i++) {
    const before = spoken[i - 1];
    const after = spoken[i];
    if (!before || !after) continue;
    if (after.ordinal !== before.ordinal + 2) continue;
    if (after.block - before.block > GAP_MAX_BLOCKS) continue;
    const found = findInGap(blocks, before, after.block, before.ordinal + 1);
    if (found) late.push(found);
  }
  return late;
}

function findInGap(
  blocks: readonly Block[],
  before: Opener,
  end: number,
  ordinal: number,
): LateOpener | null {
  for (let index = before.block; index < end; index++) {
    const block = blocks[index];
    if (block?.kind !== "paragraph") continue;
    const text = block.text;
    const from = index === before.block ? markerSpan(text, 0, before) : 1;
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
