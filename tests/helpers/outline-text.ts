import type { Outline, Point } from "../../src/outline/types.js";

/** The text's non-space characters, sorted: equal for two texts that hold the same characters. */
export function sortedChars(text: string): string {
  return [...text.replace(/\s/gu, "")].sort().join("");
}

/** Every non-space character the outline holds (title, preamble, points, closing), sorted. */
export function outlineChars(outline: Outline): string {
  const parts: string[] = [outline.title ?? "", ...outline.preamble, ...outline.closing];
  const walk = (points: readonly Point[]) => {
    for (const p of points) {
      parts.push(p.marker, p.lead ?? "", p.heading, p.terminator, ...p.paragraphs);
      walk(p.children);
    }
  };
  walk(outline.points);
  return sortedChars(parts.join(""));
}

/** The points as indented `marker|heading` lines, one per point in reading order. */
export function pointTree(points: readonly Point[]): string[] {
  return points.flatMap((p) => [
    `${"  ".repeat(p.level - 1)}${p.marker}|${p.heading}`,
    ...pointTree(p.children),
  ]);
}
