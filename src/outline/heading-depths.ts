import type { Block } from "../ingest/types.js";
import { lineNumbering } from "./markers.js";

/**
 * The depth each numbered heading stands at by its numbering, where the Markdown or Word depth
 * says otherwise: `## 一、` `## 二、` `## （一）` `#### 三、` is `一、` `二、`, `（一）` under `二、`, then
 * `三、` beside `二、` again. A heading that goes on with the last heading of its numbering (`三、`
 * after `二、`) stands where that one stood; one that starts or starts again (`（一）`) at a depth
 * another numbering holds, or right under a heading of another numbering whatever its depth (`### 一、`
 * then `## （一）`), nests a level below it. A series started again at a depth of its own
 * (`## 1.` then `### 1.`) keeps it. Only the headings whose depth changes are in the map.
 */
export function numberedHeadingDepths(blocks: readonly Block[]): Map<number, number> {
  const depths = new Map<number, number>();
  /** Per numbering, its last heading's ordinal and depth. */
  const last = new Map<string, { ordinal: number; depth: number }>();
  /** Per depth, the numbering that first stood there. */
  const holder = new Map<number, string>();
  /** The numbered heading right before, by its block. */
  let above: { index: number; family: string; depth: number } | undefined;
  blocks.forEach((block, index) => {
    if (block.kind !== "heading") return;
    const match = lineNumbering(block.text);
    if (!match || Number.isNaN(match.ordinal)) return;
    const written = block.depth ?? 1;
    const previous = last.get(match.family);
    let depth = written;
    if (previous !== undefined && previous.ordinal + 1 === match.ordinal) depth = previous.depth;
    // `### 一、…` then at once `## （一）…`: a series that starts right under a heading of another
    // numbering is its first item's, written shallower or not.
    else if (match.ordinal === 1 && above?.index === index - 1 && above.family !== match.family)
      depth = Math.max(written, above.depth + 1);
    else while (holder.has(depth) && holder.get(depth) !== match.family) depth++;
    if (!holder.has(depth)) holder.set(depth, match.family);
    last.set(match.family, { ordinal: match.ordinal, depth });
    above = { index, family: match.family, depth };
    if (depth !== written) depths.set(index, depth);
  });
  return depths;
}
