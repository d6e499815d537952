/**
 * The page's corrections as edits of the correction list: each action sets (or clears) the one
 * entry for its point and kind, so the list stays as short as the changes a person made.
 */
import { z } from "zod";
import { applyCorrections, inReadingOrder, pointAnchor, type ParagraphAnchor } from "../corrections/index.js";
import { MAX_POINT_LEVEL, type Correction } from "../corrections/types.js";
import { SLIDE_LAYOUTS } from "../config/values.js";
import type { Outline } from "../outline/types.js";
import type { OutlineView, PointView } from "./view.js";

/** Longest heading a person may type for a slide. */
const MAX_HEADING = 500;

const pointIndex = z.number().int().min(0);

/** What the page may ask for, checked before anything is touched. */
export const editSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("level"),
    point: pointIndex,
    level: z.number().int().min(1).max(MAX_POINT_LEVEL),
  }),
  z.object({ action: z.literal("heading"), point: pointIndex, heading: z.string().max(MAX_HEADING) }),
  z.object({ action: z.literal("layout"), point: pointIndex, layout: z.enum(SLIDE_LAYOUTS).nullable() }),
  z.object({ action: z.literal("merge"), point: pointIndex }),
  z.object({ action: z.literal("notAPoint"), point: pointIndex }),
  z.object({ action: z.literal("split"), point: pointIndex, paragraph: z.number().int().min(0) }),
  z.object({ action: z.literal("splitOpening"), paragraph: z.number().int().min(0) }),
  z.object({ action: z.literal("remove"), correction: z.number().int().min(0) }),
  z.object({ action: z.literal("reset") }),
]);
export type Edit = z.infer<typeof editSchema>;

type Kind = "level" | "heading" | "layout" | "merge" | "notAPoint" | "split";

function kindOf(c: Correction): Kind {
  if (c.split) return "split";
  if (c.merge) return "merge";
  if (c.notAPoint) return "notAPoint";
  if (c.level !== undefined) return "level";
  if (c.heading !== undefined) return "heading";
  return "layout";
}

function samePlace(a: Correction, b: Correction): boolean {
  return (
    a.point === b.point &&
    (a.occurrence ?? 0) === (b.occurrence ?? 0) &&
    kindOf(a) === kindOf(b) &&
    (a.paragraph ?? "") === (b.paragraph ?? "")
  );
}

/** The list with `entry` in place of the one for the same point and kind (or added), or without it. */
function put(list: readonly Correction[], entry: Correction, keep: boolean): Correction[] {
  const at = list.findIndex((c) => samePlace(c, entry));
  if (!keep) return at === -1 ? [...list] : list.filter((_, i) => i !== at);
  return at === -1 ? [...list, entry] : list.map((c, i) => (i === at ? entry : c));
}

/** Anchor fields naming `point`: its text, and its place among points sharing that text. */
function anchorOf(point: PointView): Pick<Correction, "point" | "occurrence"> {
  return { point: point.anchor, ...(point.occurrence > 0 ? { occurrence: point.occurrence } : {}) };
}

/** The level the point would have with `list` applied to the speech's own outline. */
function levelUnder(original: Outline, list: readonly Correction[], point: PointView): number | undefined {
  const points = inReadingOrder(applyCorrections(original, list).points);
  return points.filter((p) => pointAnchor(p) === point.anchor)[point.occurrence]?.level;
}

/** Thrown for an edit naming a point or paragraph the outline does not have (a stale page). */
export class StaleEdit extends Error {}

/**
 * The correction list after `edit`. `shown` is the outline the page showed (corrected); `original`
 * the speech's outline before corrections, to tell when a level is back to what podium read.
 */
export function applyEdit(
  list: readonly Correction[],
  edit: Edit,
  shown: OutlineView,
  original: Outline,
): Correction[] {
  const { points } = shown;
  if (edit.action === "reset") return [];
  if (edit.action === "splitOpening") return putSplit(list, shown.opening.splitAnchors[edit.paragraph]);
  if (edit.action === "remove") {
    if (edit.correction >= list.length) throw new StaleEdit("no such correction");
    return list.filter((_, i) => i !== edit.correction);
  }
  const point = points[edit.point];
  if (!point) throw new StaleEdit("no such point");
  const anchor = anchorOf(point);
  switch (edit.action) {
    case "level": {
      const entry: Correction = { ...anchor, level: edit.level };
      const without = put(list, entry, false);
      return put(list, entry, levelUnder(original, without, point) !== edit.level);
    }
    case "heading": {
      const heading = edit.heading.replace(/\s+/gu, " ").trim();
      const entry: Correction = { ...anchor, heading };
      return put(list, entry, heading !== "" && heading !== point.heading);
    }
    case "layout":
      return edit.layout === null
        ? put(list, { ...anchor, layout: SLIDE_LAYOUTS[0] }, false)
        : put(list, { ...anchor, layout: edit.layout }, true);
    case "merge":
      return put(list, { ...anchor, merge: true }, true);
    case "notAPoint":
      return put(list, { ...anchor, notAPoint: true }, true);
    case "split":
      return putSplit(list, point.splitAnchors[edit.paragraph]);
  }
}

/** A split names its paragraph, not the point it is in: the point may change, the text stays. */
function putSplit(list: readonly Correction[], target: ParagraphAnchor | undefined): Correction[] {
  if (target === undefined) throw new StaleEdit("no such paragraph");
  const { paragraph, occurrence } = target;
  return put(list, { paragraph, ...(occurrence > 0 ? { occurrence } : {}), split: true }, true);
}
