import type { Meta } from "../ingest/types.js";
import type { Outline, Point } from "./types.js";

/** One point as `podium outline --json` prints it. */
export interface PointJson {
  level: number;
  marker: string;
  heading: string;
  paragraphs: string[];
  children: PointJson[];
  line: number;
}

/** The outline as `podium outline --json` prints it (and the library's `readOutline` returns it). */
export interface OutlineJson {
  title: string | null;
  meta: Meta;
  preamble: string[];
  points: PointJson[];
  closing: string[];
  warnings: { line: number; message: string }[];
}

/** The outline as `podium outline --json` prints it: the documented shape and nothing internal. */
export function outlineJson(outline: Outline): OutlineJson {
  const point = (p: Point): PointJson => ({
    level: p.level,
    marker: p.marker,
    heading: p.heading,
    paragraphs: p.paragraphs,
    children: p.children.map(point),
    line: p.line,
  });
  return {
    title: outline.title,
    meta: outline.meta,
    preamble: outline.preamble,
    points: outline.points.map(point),
    closing: outline.closing,
    warnings: outline.warnings.map(({ line, message }) => ({ line, message })),
  };
}

/** An indented list for reading on a terminal. */
export function formatOutline(outline: Outline): string {
  const lines: string[] = [];
  if (outline.title) lines.push(outline.title, "");
  const walk = (points: readonly Point[]) => {
    for (const p of points) {
      const marker = p.marker === "" ? "•" : p.marker;
      lines.push(`${"  ".repeat(p.level - 1)}${marker} ${p.heading}  (line ${p.line})`);
      walk(p.children);
    }
  };
  walk(outline.points);
  return lines.join("\n");
}
