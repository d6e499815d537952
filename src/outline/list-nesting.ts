import type { Block } from "../ingest/types.js";
import { lineNumbering } from "./markers.js";

/**
 * A plain text that nests its lists by indentation alone (`1. Where we are` · `    1. Enrolment` ·
 * `    2. Finances` · `2. The inspection`): the same numbering, set in further, counting from one again
 * under an item. Returns, for each numbered paragraph set in further than its family's first items,
 * how deep it sits (2 for the first step in, 3 for the next); empty when the text nests nothing so.
 */
export function findIndentDepths(blocks: readonly Block[]): Map<number, number> {
  const depths = new Map<number, number>();
  // A text set flush throughout nests nothing so: no line needs reading for its numbering.
  if (!blocks.some((block) => (block.indent ?? 0) > 0)) return depths;
  const byFamily = new Map<string, { block: number; indent: number; wordsAt: number; ordinal: number }[]>();
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph") return;
    const text = block.text.trim();
    const match = lineNumbering(text);
    if (!match) return;
    const items = byFamily.get(match.family) ?? [];
    const indent = block.indent ?? 0;
    // Where the item's words start: after its numeral and the spaces after it.
    const wordsAt = indent + match.marker.length + Math.max(text.slice(match.marker.length).search(/\S/u), 0);
    items.push({ block: index, indent, wordsAt, ordinal: match.ordinal });
    byFamily.set(match.family, items);
  });
  for (const items of byFamily.values()) {
    const indents = [...new Set(items.map((item) => item.indent))].sort((a, b) => a - b);
    // Numerals set flush right (`  i.` · ` ii.` · `iii.`) start their words in one column: one list.
    if (indents.length < 2 || new Set(items.map((item) => item.wordsAt)).size === 1) continue;
    // Each run set in further counts from one, right under an item set in less; a list that opens
    // set in further than it goes on (headings centred by hand) nests nothing.
    const nests =
      items[0]?.indent === indents[0] &&
      items.every(
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

/**
 * A list whose items title the text's parts, its headings under them (a Word report's numbered
 * sections, `1. Chair's overview` · prose · `2. Operational performance` · `Water quality` in Heading
 * 2): each item a short line with no sentence, over words of its own, the first before any heading,
 * and no heading as shallow as the items would stand. The depth the items stand at, or null.
 */
export function partsTitledByList(blocks: readonly Block[]): number | null {
  const headings = blocks.flatMap((block, i) => (block.kind === "heading" ? [i] : []));
  const items = blocks.flatMap((block, i) =>
    block.kind === "item" && (block.listDepth ?? 1) === 1 ? [i] : [],
  );
  const shallowest = Math.min(...headings.map((i) => blocks[i]?.depth ?? 1));
  const titles = items.every((i) => {
    const text = blocks[i]?.text.trim() ?? "";
    return (
      text.length <= LIST_TITLE_MAX && !/[.。!?！？;；:：,，]$/u.test(text) && blocks[i + 1]?.kind !== "item"
    );
  });
  return headings.length > 0 &&
    items.length >= 2 &&
    shallowest >= 2 &&
    titles &&
    (items[0] ?? 0) < (headings[0] ?? 0)
    ? shallowest - 1
    : null;
}
/** How long a list item that titles a part may run. */
const LIST_TITLE_MAX = 80;
