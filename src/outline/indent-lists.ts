import type { Block } from "../ingest/types.js";
import { lineNumbering } from "./markers.js";

/**
 * A plain text that nests its lists by indentation alone (`1. Where we are` · `    1. Enrolment` ·
 * `    2. Finances` · `2. The inspection`): the same numbering, set in further, counting from one again
 * under an item. Returns, for each numbered paragraph set in further than its family's first items,
 * how deep it sits (2 for the first step in, 3 for the next); empty when the text nests nothing so.
 */
export function findIndentDepths(blocks: readonly Block[]): Map<number, number> {
  const byFamily = new Map<string, { block: number; indent: number; ordinal: number }[]>();
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph") return;
    const match = lineNumbering(block.text.trim());
    if (!match) return;
    const items = byFamily.get(match.family) ?? [];
    items.push({ block: index, indent: block.indent ?? 0, ordinal: match.ordinal });
    byFamily.set(match.family, items);
  });
  const depths = new Map<number, number>();
  for (const items of byFamily.values()) {
    const indents = [...new Set(items.map((item) => item.indent))].sort((a, b) => a - b);
    if (indents.length < 2) continue;
    // Each run set in further counts from one, right under an item set in less.
    const nests = items.every(
      (item, k) =>
        item.indent === indents[0] || (items[k - 1]?.indent ?? 0) >= item.indent || item.ordinal === 1,
    );
    if (!nests) continue;
    for (const item of items) {
      const depth = indents.indexOf(item.indent) + 1;
      if (depth > 1) depths.set(item.block, depth);
    }
  }
  return depths;
}
