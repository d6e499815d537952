// Stand-in until the corrections module lands on main (same API).
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { parse, stringify } from "yaml";
import type { Outline, Point } from "../outline/types.js";
import type { Correction } from "./types.js";
export type { Correction } from "./types.js";

export function sidecarPath(input: string): string {
  const base = basename(input);
  return join(dirname(input), `${base.slice(0, base.length - extname(base).length)}.podium.yaml`);
}
export async function readCorrections(path: string): Promise<Correction[] | null> {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return null;
  return ((parse(text) as { corrections?: Correction[] } | null)?.corrections ?? []) as Correction[];
}
export async function writeCorrections(path: string, corrections: readonly Correction[]): Promise<void> {
  await writeFile(path, stringify({ corrections }));
}
export function pointAnchor(point: Point): string {
  return `${point.marker}${point.heading}`.replace(/\s+/gu, " ").trim();
}
export function applyCorrections(outline: Outline, corrections: readonly Correction[]): Outline {
  const flat: Point[] = [];
  const walk = (ps: Point[]) => ps.forEach((p) => (flat.push(p), walk(p.children)));
  const copy = structuredClone(outline);
  walk(copy.points);
  for (const c of corrections) {
    const p = flat.filter((q) => pointAnchor(q) === c.point)[c.occurrence ?? 0];
    if (!p) continue;
    if (c.level !== undefined) p.level = c.level;
    if (c.heading !== undefined) (p as Point & { slideHeading?: string }).slideHeading = c.heading;
  }
  // rebuild tree by levels
  const roots: Point[] = [];
  const stack: Point[] = [];
  for (const p of flat) {
    p.children = [];
    while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= p.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(p);
    else roots.push(p);
    stack.push(p);
  }
  copy.points = roots;
  return copy;
}
