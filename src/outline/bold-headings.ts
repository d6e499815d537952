import { hasLatinLetter } from "../characters.js";
import type { Block } from "../ingest/types.js";
import { isCueLine, titleShaped } from "./lines.js";
import { matchMarker, opensWithNumbering, type MarkerMatch } from "./markers.js";

/** The fewest bold lines that head parts of their own over numbering that begins under them. */
const BOLD_PARTS_OVER_NUMBERING = 3;

/** A bold heading is short: a longer bold line is an emphasised sentence. */
const BOLD_HEADING_MAX = 30;
const BOLD_HEADING_MAX_LATIN = 60;

/** Short, no sentence inside, not ending as a sentence or a clause does, not closing words. */
function headingShaped(text: string): boolean {
  const latin = hasLatinLetter(text);
  const max = latin ? BOLD_HEADING_MAX_LATIN : BOLD_HEADING_MAX;
  return titleShaped(text, latin ? "en" : "zh-Hans", max, /[。；;！!？?]/u);
}

/**
 * A row of a table (its cells apart by tabs) is no heading, bold as its header row may be, nor is a
 * cue in brackets (`**[Music. Applause.]**`).
 */
const isBoldLine = (block: Block | undefined) =>
  block?.kind === "paragraph" &&
  block.bold === true &&
  !block.text.includes("\t") &&
  !isCueLine(block.text) &&
  headingShaped(block.text.trim());

/**
 * Whether a paragraph opens with strong numbering (`一、`, `（一）`): it heads the sections, not bold
 * lines. A quoted document's numbering (a blockquote) is not the text's own.
 */
function numbersStrongly(blocks: readonly Block[]): boolean {
  return firstStrongNumbering(blocks) >= 0;
}

/** Where the first paragraph that opens with strong numbering stands (see numbersStrongly), or -1. */
function firstStrongNumbering(blocks: readonly Block[]): number {
  return blocks.findIndex(opensStrongNumbering);
}

/** A paragraph of the text's own (no quoted document's) that opens with strong numbering. */
const opensStrongNumbering = (block: Block) =>
  block.kind === "paragraph" && !block.quoted && matchMarker(block.text, 0, false)?.strong === true;

/** The label that opens a line (`Pillar 1:`, `关键词一：`), as its marker; else null. */
function labelOf(text: string): string | null {
  const match = matchMarker(text, 0, false);
  return match && /^(?:en|cn)-label/u.test(match.family) ? match.marker : null;
}

/**
 * A bold line, a colon after it or not (`Recommendation:`), between plain paragraphs. A note in
 * brackets set in bold (`[Check against delivery]`) is none.
 */
function isBoldLabel(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  const label = block?.text.trim().replace(/[：:]$/u, "") ?? "";
  const plain = (b: Block | undefined) => b?.kind === "paragraph" && !b.bold;
  return (
    block?.kind === "paragraph" &&
    block.bold === true &&
    headingShaped(label) &&
    !opensWithNumbering(label) &&
    !isCueLine(label) &&
    plain(blocks[index - 1]) &&
    plain(blocks[index + 1])
  );
}

/**
 * Short paragraphs wholly in bold, with no numbering, under a document's headings (Markdown's
 * `## …`, Word's heading styles): the subheadings of its sections, one level below the heading
 * they follow (`## 坚守初心使命` › `**要以德立身、以德施教**`). Each heads text of its own, so a run
 * of bold lines is emphasis, not headings; and there are at least two in the document. A text with
 * no headings and no strong numbering (a commentary) is divided by such lines into its parts.
 */
export function findBoldHeadings(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const found: { index: number; heading: number; ordinal: number }[] = [];
  /** Bold lines that open with a label and its number (`Pillar 1: Reliability`), in a headless text. */
  const labelled: { index: number; label: string }[] = [];
  // A text with no headings at all (a commentary in Markdown) heads its parts with the bold lines.
  const headless = !blocks.some((b) => b.kind === "heading");
  let heading: number | null = headless ? -1 : null;
  let ordinal = 0;
  // A bold line that comes back word for word labels a turn (a transcript's `Operator`): no heading.
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== "paragraph" || block.bold !== true) continue;
    const text = block.text.trim();
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  blocks.forEach((block, index) => {
    if (block.kind === "heading") {
      heading = index;
      ordinal = 0;
      return;
    }
    if (heading === null || !isBoldLine(block) || repeated.has(block.text.trim())) return;
    const text = block.text.trim();
    if (opensWithNumbering(text)) {
      const label = headless ? labelOf(text) : null;
      if (label !== null) labelled.push({ index, label });
      return;
    }
    const next = blocks[index + 1];
    // A bold line over a table's rows is its caption (`表1 …情况`).
    if (
      isBoldLine(blocks[index - 1]) ||
      next === undefined ||
      next.kind === "heading" ||
      next.bold ||
      next.text.includes("\t")
    )
      return;
    ordinal += 1;
    found.push({ index, heading, ordinal });
  });
  const headings = new Map<number, MarkerMatch>();
  if (headless && found.length >= 1 && found.length + labelled.length >= 2 && labelled.length >= 1) {
    // Bold label lines among them (`Pillar 1: Reliability`) are parts by the same look: their
    // label is their marker.
    if (numbersStrongly(blocks)) return headings;
    for (const { index, label } of labelled)
      headings.set(index, { family: "bold-part", ordinal: Number.NaN, marker: label, strong: true });
    for (const { index } of found)
      if (blocks[index - 1]?.bold !== true)
        headings.set(index, { family: "bold-part", ordinal: Number.NaN, marker: "", strong: true });
    return headings;
  }
  const lone = found.length === 1 && !headless ? found[0] : undefined;
  if (lone) {
    // One bold line after the words of a heading and before another of the same depth (`Health` ·
    // … · **Roads and Transport** · … · `Agriculture`): their sibling, its heading style left off.
    const depth = blocks[lone.heading]?.depth;
    const next = blocks.findIndex((b, i) => i > lone.index && b.kind === "heading");
    if (lone.index > lone.heading + 1 && next > lone.index + 1 && blocks[next]?.depth === depth)
      headings.set(lone.index, { family: `h${depth ?? 1}`, ordinal: Number.NaN, marker: "", strong: true });
  }
  if (found.length < 2) return headings;
  if (headless) {
    // Each after prose of its own, so none is the title's kicker or a run of emphasis; and only
    // where no strong numbering heads the sections instead. Numbering that begins only under the
    // bold lines (a Word file's `指导思想` … `主要活动内容` · `（一）…`, its automatic numbers lost) is
    // their parts' own, when three bold lines or more head parts.
    const parts = found.filter(({ index }) => index > 0 && blocks[index - 1]?.bold !== true);
    const numbered = firstStrongNumbering(blocks);
    const numberedInside =
      parts.length >= BOLD_PARTS_OVER_NUMBERING && numbered > (parts[0]?.index ?? blocks.length);
    if (numbered >= 0 && !numberedInside) {
      // Bold lines only inside sections that strong numbering heads (`**一、2023年工作回顾**` ·
      // `**生产经营保持稳定**`) head each section's parts, a series under its number.
      if (parts.length >= 2 && (parts[0]?.index ?? 0) > numbered) nestUnderNumbering(blocks, parts, headings);
      return headings;
    }
    if (parts.length >= 2)
      for (const { index } of parts)
        headings.set(index, { family: "bold-part", ordinal: Number.NaN, marker: "", strong: true });
    return headings;
  }
  const depths = new Set(blocks.flatMap((b) => (b.kind === "heading" ? [b.depth ?? 1] : [])));
  const afterProse = found.every(
    ({ index, heading: under }) => index > under + 1 && !opensWithNumbering(blocks[under]?.text.trim() ?? ""),
  );
  // One bold line in each section of unnumbered headings, after words of its own: no section is
  // divided into one part. And a document that heads its subsections with a heading style does
  // not head them in bold too. Either way, each bold line starts the next section, at its
  // headings' level.
  const oneInEach = found.every(({ ordinal: n }) => n === 1);
  const subsectionsStyled = found.every(({ heading: under }) => depths.has((blocks[under]?.depth ?? 1) + 1));
  if (afterProse && (oneInEach || subsectionsStyled)) {
    const sibling = (depth: number): MarkerMatch => ({
      family: `h${depth}`,
      ordinal: Number.NaN,
      marker: "",
      strong: true,
    });
    for (const { index, heading: under } of found) headings.set(index, sibling(blocks[under]?.depth ?? 1));
    // Bold lines set so before the first heading, under the title's lines, are parts too (`Recommendation:`).
    const first = blocks.findIndex((b) => b.kind === "heading");
    for (let index = 1; index < first; index++)
      if (isBoldLabel(blocks, index)) headings.set(index, sibling(blocks[first]?.depth ?? 1));
    return headings;
  }
  // Each heading's subheadings are a series of their own, nested under it.
  for (const { index, heading: under, ordinal: n } of found)
    headings.set(index, { family: `bold-under-${under}`, ordinal: n, marker: "", strong: true });
  return headings;
}

/** Sets each bold line as a subheading of the strongly numbered paragraph it stands under, counted in it. */
function nestUnderNumbering(
  blocks: readonly Block[],
  parts: readonly { index: number }[],
  headings: Map<number, MarkerMatch>,
): void {
  let section = -1;
  let ordinal = 0;
  let next = 0;
  blocks.forEach((block, index) => {
    if (opensStrongNumbering(block)) {
      section = index;
      ordinal = 0;
    }
    if (parts[next]?.index !== index) return;
    next++;
    headings.set(index, { family: `bold-under-${section}`, ordinal: ++ordinal, marker: "", strong: true });
  });
}

/**
 * Bullets that open with a bold title (`- **坚持需求导向。** 从…`), two or more one after another:
 * the items of a list of points, each headed by its title, counted in order.
 */
export function findBulletTitles(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const runs: { first: number; end: number }[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const first = index;
    // A title that opens with numbering (`**First, we are building homes.**`) is read by it.
    while (blocks[index]?.bulletTitle && !opensWithNumbering(blocks[index]?.text ?? "")) index++;
    if (index - first >= 2) runs.push({ first, end: index });
  }
  // Labels said again in the lists of other parts (`**Impact:**`, `**Root cause:**` under each
  // incident), most of a list's, are fields every part fills in, not points of its own.
  const labelOf = (at: number) => FIELD_LABEL.exec(blocks[at]?.text ?? "")?.[1]?.toLowerCase() ?? null;
  const runsSaying = new Map<string, Set<number>>();
  for (const { first, end } of runs)
    for (let at = first; at < end; at++) {
      const label = labelOf(at);
      if (label !== null) runsSaying.set(label, (runsSaying.get(label) ?? new Set()).add(first));
    }
  const fields = (first: number, end: number) => {
    let said = 0;
    for (let at = first; at < end; at++) if ((runsSaying.get(labelOf(at) ?? "")?.size ?? 0) >= 2) said++;
    return said >= 2 && said * 2 >= end - first;
  };
  const titles = new Map<number, MarkerMatch>();
  // A run that only prose or a table parts from the run before (`**Capital allocation.** …`, its
  // table, `**Our people.** …`) goes on with its series: nothing between heads a part of its own.
  let series: { first: number; end: number; count: number } | null = null;
  for (const { first, end } of runs) {
    if (fields(first, end)) continue;
    const goesOn = series !== null && blocks.slice(series.end, first).every((b) => !headsAnything(b));
    if (!series || !goesOn) series = { first, end, count: 0 };
    series.end = end;
    for (let at = first; at < end; at++)
      titles.set(at, {
        family: `bullet-title-${series.first}`,
        ordinal: ++series.count,
        marker: "",
        strong: false,
      });
  }
  return titles;
}

/** A heading, a bold line or a numbered paragraph: a block that may head a part of the text. */
function headsAnything(block: Block): boolean {
  return (
    block.kind !== "paragraph" ||
    block.bold === true ||
    block.bulletTitle === true ||
    opensWithNumbering(block.text)
  );
}

/** A field's label before its colon (`Root cause:`). */
const FIELD_LABEL = /^([^:：。.!?！？]{1,30})[:：]/u;
