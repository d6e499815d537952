/**
 * What the page shows of one prepared speech: its points in reading order with their levels, the
 * slide each starts on, the warnings beside the lines they concern, and the timing. Plain JSON;
 * the page writes every string with textContent, never as HTML.
 */
import { inReadingOrder, paragraphAnchors, pointAnchor, type ParagraphAnchor } from "../corrections/index.js";
import type { Correction } from "../corrections/types.js";
import type { SlideLayout } from "../config/values.js";
import { printable, type Warning } from "../errors.js";
import type { Point } from "../outline/types.js";
import type { PreparedDeck } from "../pipeline.js";
import { outlinePaths } from "../plan/index.js";
import type { Slide } from "../plan/types.js";

/** Longest stretch of a paragraph the page shows beside its "start a new point here" button. */
const PARAGRAPH_PREVIEW = 160;

export interface PointView {
  /** Position in reading order: what the page sends back to name the point. */
  index: number;
  level: number;
  marker: string;
  heading: string;
  /** The heading shown on slides when a correction changed it. */
  slideHeading?: string;
  layout?: SlideLayout;
  anchor: string;
  /** Among points with the same anchor, this one's place (0-based). */
  occurrence: number;
  line: number;
  /** The starts of the point's own paragraphs (for splitting one off). */
  paragraphs: string[];
  /**
   * How a split names each paragraph: its start, and which of the speech's paragraphs starting so
   * (the opening's first, then every point's in order) it is.
   */
  splitAnchors: ParagraphAnchor[];
  /** The reveal.js slide index the point's text starts on. */
  slide: number;
  warnings: string[];
}

export interface OutlineView {
  /** The text before the first point, which a split can also turn into a point. */
  opening: { paragraphs: string[]; splitAnchors: ParagraphAnchor[] };
  points: PointView[];
  /** Warnings that belong to no point (before the first one, or to the whole speech). */
  warnings: string[];
  slides: number;
  seconds: number;
}

function collapse(text: string): string {
  return printable(text.replace(/\s+/gu, " ").trim());
}

function previews(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => collapse(p).slice(0, PARAGRAPH_PREVIEW));
}

/**
 * The first slide showing the point (slides name theirs by its path, `2.1`). A point without slides
 * of its own (an item listed on its parent's slide) is on the slide of the nearest point above it
 * whose notes hold its heading.
 */
function slideOf(point: Point, path: string, slides: readonly Slide[], byPoint: SlidesByPoint): number {
  const own = byPoint.get(path)?.[0];
  if (own !== undefined) return own;
  const heading = point.heading.trim();
  for (let at = parentPath(path); at !== ""; at = parentPath(at)) {
    const above = byPoint.get(at);
    if (above === undefined) continue;
    const listing = above.find((index) => slides[index]?.notes.some((note) => note.includes(heading)));
    return listing ?? (above[0] as number);
  }
  return 0;
}

/** The indexes of each point's slides, by the path they carry. */
type SlidesByPoint = ReadonlyMap<string, readonly number[]>;

function slidesByPoint(slides: readonly Slide[]): SlidesByPoint {
  const byPoint = new Map<string, number[]>();
  slides.forEach((slide, index) => {
    if (slide.point === undefined) return;
    const list = byPoint.get(slide.point);
    if (list) list.push(index);
    else byPoint.set(slide.point, [index]);
  });
  return byPoint;
}

function parentPath(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf("."), 0));
}

function warningText(warning: Warning): string {
  return collapse(warning.message);
}

export function outlineView(prepared: PreparedDeck): OutlineView {
  const points = inReadingOrder(prepared.outline.points);
  const anchors = paragraphAnchors(prepared.outline);
  const byPoint = slidesByPoint(prepared.plan.slides);
  const seen = new Map<string, number>();
  const paths = outlinePaths(prepared.outline.points);
  const views = points.map((point, index): PointView => {
    const anchor = pointAnchor(point);
    const occurrence = seen.get(anchor) ?? 0;
    seen.set(anchor, occurrence + 1);
    return {
      index,
      level: point.level,
      marker: printable(point.marker),
      heading: collapse(point.heading),
      ...(point.slideHeading !== undefined ? { slideHeading: collapse(point.slideHeading) } : {}),
      ...(point.layout !== undefined ? { layout: point.layout } : {}),
      anchor,
      occurrence,
      line: point.line,
      paragraphs: previews(point.paragraphs),
      splitAnchors: anchors.points[index] ?? [],
      slide: slideOf(point, paths.get(point) ?? "", prepared.plan.slides, byPoint),
      warnings: [],
    };
  });
  // A warning goes beside the last point that starts at or before its line.
  const general: string[] = [];
  for (const warning of prepared.outline.warnings) {
    if (warning.kind === "cleanup") continue;
    const owner = warning.line > 0 ? views.findLast((v) => v.line <= warning.line) : undefined;
    if (owner) owner.warnings.push(warningText(warning));
    else general.push(warningText(warning));
  }
  return {
    opening: { paragraphs: previews(prepared.outline.preamble), splitAnchors: anchors.opening },
    points: views,
    warnings: general,
    slides: prepared.plan.slides.length,
    seconds: prepared.plan.totalSeconds,
  };
}

/** A correction in a few words for the page's list of them (the page adds its own labels). */
export interface CorrectionView {
  index: number;
  kind: "level" | "heading" | "layout" | "merge" | "notAPoint" | "split";
  point: string;
  value?: string;
}

export function correctionViews(corrections: readonly Correction[]): CorrectionView[] {
  return corrections.map((c, index) => {
    const point = printable(c.point ?? "");
    if (c.split) return { index, kind: "split", point: printable(c.paragraph ?? "") };
    if (c.merge) return { index, kind: "merge", point };
    if (c.notAPoint) return { index, kind: "notAPoint", point };
    if (c.level !== undefined) return { index, kind: "level", point, value: String(c.level) };
    if (c.heading !== undefined) return { index, kind: "heading", point, value: printable(c.heading) };
    return { index, kind: "layout", point, value: c.layout ?? "" };
  });
}
