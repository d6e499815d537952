import type { Warning } from "../errors.js";
import { splitHeading } from "../outline/heading.js";
import type { Outline, Point } from "../outline/types.js";
import { spokenHeading, withMarker } from "../plan/labels.js";
import type { Correction } from "./types.js";

/** The text that names a point in a correction: its marker and heading, whitespace collapsed. */
export function pointAnchor(point: Pick<Point, "marker" | "heading">): string {
  return collapse(withMarker(point.marker, point.heading));
}

/** What an unrenumbered marker may leave over when only the heading is compared (`（十二）`, `Part IV`). */
const MAX_MARKER_REMAINDER = 6;

/**
 * The outline as a person corrected it. Pure: `outline` is not changed. Corrections apply in order,
 * each to the outline the ones before it left; one whose point is no longer in the speech is not
 * applied and becomes a warning. Every character of the speech stays in the outline: a point folded
 * away becomes paragraphs of the text before it, a split paragraph becomes a point's heading and text.
 */
export function applyCorrections(
  outline: Outline,
  corrections: readonly Correction[],
  from = "the speech's .podium.yaml",
): Outline {
  if (corrections.length === 0) return outline;
  const entries = flatten(outline.points);
  const preamble = [...outline.preamble];
  const warnings: Warning[] = [...outline.warnings];
  const unmatched = (what: string) =>
    warnings.push({
      line: 0,
      kind: "correction",
      message: `a correction in ${from} is not applied: no ${what} in the speech any more`,
    });

  for (const correction of corrections) {
    if (correction.split && correction.paragraph !== undefined) {
      if (!split(entries, preamble, correction)) unmatched(`paragraph starts "${correction.paragraph}"`);
      continue;
    }
    if (correction.point === undefined) continue;
    const at = findPoint(entries, correction.point, correction.occurrence ?? 0);
    const entry = entries[at];
    if (entry === undefined) {
      unmatched(`point "${correction.point}"`);
      continue;
    }
    if (correction.heading !== undefined) entry.slideHeading = correction.heading;
    if (correction.layout !== undefined) entry.layout = correction.layout;
    if (correction.level !== undefined) relevel(entries, at, correction.level);
    // A line that is not a point leaves its sub-points in its place; merged ones join the point before.
    if (correction.notAPoint) relevel(entries, at, entry.level - 1);
    if (correction.merge || correction.notAPoint) foldIntoPrevious(entries, at, preamble);
  }
  return { ...outline, preamble, points: rebuild(entries), warnings };
}

/** The points of a tree in reading order. */
export function inReadingOrder(points: readonly Point[]): Point[] {
  return points.flatMap((p) => [p, ...inReadingOrder(p.children)]);
}

/** The points in document order, each a copy without children (its level says where it sits). */
function flatten(points: readonly Point[]): Point[] {
  return inReadingOrder(points).map((p) => ({ ...p, paragraphs: [...p.paragraphs], children: [] }));
}

/** How a split correction names a paragraph: its start, and which paragraph starting so it is. */
export interface ParagraphAnchor {
  paragraph: string;
  occurrence: number;
}

/** How much of a paragraph's start a split correction quotes to find it again. */
const PARAGRAPH_ANCHOR_CHARS = 30;

/**
 * The anchor of every paragraph of the opening and of each point (in reading order), counted the
 * way `split` searches: the opening's paragraphs first, then each point's.
 */
export function paragraphAnchors(outline: Pick<Outline, "preamble" | "points">): {
  opening: ParagraphAnchor[];
  points: ParagraphAnchor[][];
} {
  const hosts = [outline.preamble, ...inReadingOrder(outline.points).map((p) => p.paragraphs)];
  const all = hosts.flat().map(collapse);
  let at = 0;
  const anchors = hosts.map((paragraphs) =>
    paragraphs.map(() => {
      const paragraph = (all[at] ?? "").slice(0, PARAGRAPH_ANCHOR_CHARS);
      const occurrence = all.slice(0, at++).filter((text) => text.startsWith(paragraph)).length;
      return { paragraph, occurrence };
    }),
  );
  return { opening: anchors[0] ?? [], points: anchors.slice(1) };
}

/** The tree again from levels; a level deeper than the point before it allows becomes the next one down. */
function rebuild(entries: readonly Point[]): Point[] {
  const roots: Point[] = [];
  const open: Point[] = [];
  for (const point of entries) {
    const level = Math.min(Math.max(point.level, 1), open.length + 1);
    open.length = level - 1;
    point.level = level;
    (open.at(-1)?.children ?? roots).push(point);
    open.push(point);
  }
  return roots;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Text compared without spaces and punctuation, so a re-punctuated heading still matches. */
function loose(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, "");
}

/**
 * The index of the point a correction names: by marker and heading; failing that, by heading alone
 * when exactly one point has it (its point was renumbered after a point was added before it).
 */
function findPoint(entries: readonly Point[], anchor: string, occurrence: number): number {
  const key = collapse(anchor);
  const exact = indexesWhere(entries, (p) => pointAnchor(p) === key);
  if (exact.length > 0) return exact[occurrence] ?? -1;
  const wanted = loose(key);
  const renumbered = indexesWhere(entries, (p) => {
    const heading = loose(p.heading);
    return (
      heading !== "" && wanted.endsWith(heading) && wanted.length - heading.length <= MAX_MARKER_REMAINDER
    );
  });
  return renumbered.length === 1 ? (renumbered[0] ?? -1) : -1;
}

function indexesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (test(item) ? [index] : []));
}

/** Moves a point to `level`; the points below it move by as much, so the branch keeps its shape. */
function relevel(entries: Point[], at: number, level: number): void {
  const point = entries[at] as Point;
  const from = point.level;
  const delta = level - from;
  point.level = level;
  for (let i = at + 1; i < entries.length; i++) {
    const below = entries[i] as Point;
    if (below.level <= from) break;
    below.level = Math.max(1, below.level + delta);
  }
}

/** The point's heading line and paragraphs become paragraphs of the point before it (or the opening). */
function foldIntoPrevious(entries: Point[], at: number, preamble: string[]): void {
  const [point] = entries.splice(at, 1) as [Point];
  const text = [spokenHeading(point), ...point.paragraphs].filter((t) => t !== "");
  const previous = entries[at - 1];
  (previous ? previous.paragraphs : preamble).push(...text);
}

/**
 * A paragraph (of a point, or of the opening) becomes a point: its first sentence the heading, the
 * rest and the paragraphs after it its text. It sits one level below the point it came from.
 */
function split(entries: Point[], preamble: string[], correction: Correction): boolean {
  const wanted = collapse(correction.paragraph ?? "");
  let skip = correction.occurrence ?? 0;
  const hosts: { paragraphs: string[]; at: number; point: Point | null }[] = [
    { paragraphs: preamble, at: -1, point: null },
    ...entries.map((point, at) => ({ paragraphs: point.paragraphs, at, point })),
  ];
  for (const host of hosts) {
    for (let index = 0; index < host.paragraphs.length; index++) {
      if (!collapse(host.paragraphs[index] ?? "").startsWith(wanted) || skip-- > 0) continue;
      const moved = host.paragraphs.splice(index);
      const { heading, terminator, rest } = splitHeading(moved[0] ?? "", "sentence");
      entries.splice(host.at + 1, 0, {
        level: correction.level ?? (host.point ? host.point.level + 1 : 1),
        marker: "",
        heading,
        terminator,
        paragraphs: [rest, ...moved.slice(1)].filter((t) => t !== ""),
        children: [],
        line: host.point?.line ?? entries[0]?.line ?? 1,
        inline: false,
      });
      return true;
    }
  }
  return false;
}
