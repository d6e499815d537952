import type { Block } from "../ingest/types.js";
import { matchMarker, type MarkerMatch } from "./markers.js";

/** The labels of an official text's segments: a 函's `主旨` `說明` `辦法`, a notice's `公告事項`, a proposal's `案由` `理由` `建议`. */
export const SEGMENT_WORDS =
  "主旨|說明|说明|辦法|办法|依據|依据|公告事項|公告事项|擬辦|拟办|建議|建议|案由|理由|事由";
/** Such a label opening its segment, before its colon or alone on its line. */
const SEGMENT_LABEL = new RegExp(`^(${SEGMENT_WORDS})(?:[：:][\\s\\u3000]*|$)`, "u");
/** The label of what a notice announces. */
const NOTICE_ITEMS_LABEL = /^公告事[項项]$/u;
/** The label of the subject a proposal or a letter is about. */
const SUBJECT_LABEL = /^(?:案由|事由)/u;
/** How many paragraphs may lead into a segment's items before its first one. */
const SEGMENT_LEAD_PARAGRAPHS = 2;
/** The first item of a series numbered from one, opening the segment (`一、`, `1.`) or said in it (`一是`). */
const FIRST_ITEM = /^(?:一[、．.]|[（(]一[）)]|1[.、．]|第一[，,、])|一是|一要/u;

/**
 * The labelled segments of an official text, when two of its labels or more number their items
 * (`說明：` `一、…二、…` then `辦法：` `一、…`): each label heads its segment, and each series goes under
 * its own label instead of starting over beside the one before. A text with one numbered series
 * (`主旨：…` then `說明：` `一、…`), and a notice (`主旨：…` then `公告事項：` `一、…`), keep their items as
 * the text's points.
 */
export function findSegmentLabels(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const labels: { index: number; word: string; rest: string }[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "paragraph") return;
    const text = block.text.trim();
    const label = SEGMENT_LABEL.exec(text);
    const rest = label ? text.slice(label[0].length) : "";
    // `案由：关于…的建议`: the subject named on the label's line is a field of the form, no segment.
    if (label && !(SUBJECT_LABEL.test(text) && rest !== ""))
      labels.push({ index, word: label[1] ?? "", rest });
  });
  const numbersItems = labels.filter(({ index, rest }, nth) => {
    if (rest !== "") return FIRST_ITEM.test(rest);
    // A segment may open with a paragraph that leads into its items (`主要表现在以下几个方面。`).
    const end = Math.min(labels[nth + 1]?.index ?? blocks.length, index + 1 + SEGMENT_LEAD_PARAGRAPHS + 1);
    return blocks.slice(index + 1, end).some((block) => FIRST_ITEM.test(block.text.trim()));
  });
  const segments = new Map<number, MarkerMatch>();
  // With one series alone (`主旨：…` · `說明：` `一、…二、…`), nothing starts over: its items are the text's points.
  if (numbersItems.length < 2) return segments;
  // A label said again under each item of a series (`第一案` · `說明：` … `第二案` · `說明：`) is a field
  // of every item, no segment of the text: a 函 has one 主旨, one 說明.
  if (new Set(labels.map(({ word }) => word)).size < labels.length) return segments;
  // A notice's 公告事項 are what it announces: its readers take their items as its points, and the
  // labels of the segments around them (`主旨` `依據` `說明`) as the notice's form.
  if (labels.some(({ word }) => NOTICE_ITEMS_LABEL.test(word))) return segments;
  for (const { index } of labels)
    segments.set(index, { family: "segment-label", ordinal: Number.NaN, marker: "", strong: true });
  return segments;
}

/** The fields of a motion in minutes whose numbered items are its words (`說明：`, `決議：`). */
const MOTION_FIELD = /^(說明|说明|決議|决议|辦法|办法|理由)[：:][\s\u3000]*/u;
/** A field said this many times or more is one of every motion's, not a segment of the text. */
const MOTION_FIELD_REPEATS_MIN = 2;

/**
 * Minutes record each motion in the same fields (`第一案` · `說明：` `1.…` `2.…` · `決議：（一）…`):
 * the items a field numbers, on its own line or the lines after it, are what was explained or
 * resolved, no points of the minutes. The blocks that hold them.
 */
export function findMotionFieldItems(blocks: readonly Block[]): Set<number> {
  const fields = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    const word = block.kind === "paragraph" ? MOTION_FIELD.exec(block.text.trim())?.[1] : undefined;
    if (!word) return;
    const indexes = fields.get(word) ?? [];
    indexes.push(index);
    fields.set(word, indexes);
  });
  const items = new Set<number>();
  for (const indexes of fields.values()) {
    if (indexes.length < MOTION_FIELD_REPEATS_MIN) continue;
    for (const index of indexes) {
      const text = blocks[index]?.text.trim() ?? "";
      if (text.replace(MOTION_FIELD, "") !== "") {
        items.add(index);
        continue;
      }
      const family = matchMarker(blocks[index + 1]?.text.trim() ?? "", 0, false)?.family;
      for (let next = index + 1; family !== undefined; next++) {
        const block = blocks[next];
        if (block?.kind !== "paragraph" || matchMarker(block.text.trim(), 0, false)?.family !== family) break;
        items.add(next);
      }
    }
  }
  return items;
}
