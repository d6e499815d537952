import type { Block } from "../ingest/types.js";
import type { MarkerMatch } from "./markers.js";

/** A list named after a colon, to its sentence's end: `There were three: show up, say it plainly, and …`. */
const NAMED_LIST = /[:：]\s*([^:：.。!！?？]+)[.。!！?？]/gu;
/** Between the names: commas, `、`, and a last `and`/`和`. */
const NAME_BREAK = /\s*(?:[,，、；;]\s*(?:and\s+|or\s+)?|\s+and\s+|和|与|與|及)\s*/iu;
/** A name is a few words; a longer piece is a sentence, no list of names. */
const NAME_MAX = 40;
const NAMES_MIN = 2;
const NAMES_MAX = 8;
/** A heading line that repeats a name is short. */
const LINE_MAX = 60;
/** How many paragraphs after the preview its names are looked for in: a few parts' worth. */
const PARTS_REACH = 120;

/** The family of lines that repeat the names of a preview, in the order named. */
const NAMED_PART_FAMILY = "named-part";

/**
 * Parts the speaker names before giving them (`Gran had rules. There were three: show up, say it
 * plainly, and leave the porch light on.` then `Show up.` · `Say it plainly.` · `Leave the porch
 * light on.` on lines of their own; `我讲三个关键词：担当、创新、实干。` then `担当` …): each line
 * that is only a name, in the order named and every name found, heads its part.
 */
export function findNamedParts(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const parts = new Map<number, MarkerMatch>();
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph" || parts.size > 0) return;
    for (const list of block.text.matchAll(NAMED_LIST)) {
      const names = (list[1] ?? "").split(NAME_BREAK).map(normalise).filter(Boolean);
      if (names.length < NAMES_MIN || names.length > NAMES_MAX || names.some((n) => n.length > NAME_MAX))
        continue;
      const lines = linesNaming(blocks, index + 1, names);
      if (lines === null) continue;
      for (const line of lines)
        parts.set(line, { family: NAMED_PART_FAMILY, ordinal: Number.NaN, marker: "", strong: true });
      return;
    }
  });
  return parts;
}

/** The blocks from `from` on that are each only the next name, or null unless every name has one. */
function linesNaming(blocks: readonly Block[], from: number, names: readonly string[]): number[] | null {
  const lines: number[] = [];
  const end = Math.min(blocks.length, from + PARTS_REACH);
  for (let i = from; i < end && lines.length < names.length; i++) {
    const block = blocks[i];
    if (!block || block.kind !== "paragraph" || block.text.length > LINE_MAX) continue;
    if (normalise(block.text) === names[lines.length]) lines.push(i);
  }
  return lines.length === names.length ? lines : null;
}

/** A name as compared: lower case, without the punctuation or quotation marks around it. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/^[\s"'“‘「『]+|[\s"'”’」』.。!！?？,，;；:：]+$/gu, "")
    .toLowerCase();
}
