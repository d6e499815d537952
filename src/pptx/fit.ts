/**
 * Type sizes from podium's own estimate of a text's extent (displayWidth: CJK cells), so the text
 * fits its box as written; PowerPoint's shrink-on-overflow (normAutofit) stays as the safety net for
 * fonts that draw wider than the estimate.
 */
import { displayWidth } from "../plan/text.js";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FitRules {
  max: number;
  min: number;
  /** Line height as a multiple of the type size. */
  lineHeight?: number;
  /** Space between paragraphs, in lines. */
  paragraphGap?: number;
}

/** The text box's inner margin on each side, inches (every box is drawn with this margin). */
const BOX_INSET = 0.08;
export const POINTS_PER_INCH = 72;
/** Lines break at word and punctuation boundaries, not at the box's last pixel: keep some room. */
const WRAP_ALLOWANCE = 0.9;

/** Lines `text` takes at `size` points in a box `width` inches wide. */
function lineCount(text: string, size: number, width: number): number {
  const usable = Math.max(0.1, (width - 2 * BOX_INSET) * WRAP_ALLOWANCE);
  const extent = (displayWidth(text) * size) / POINTS_PER_INCH;
  return Math.max(1, Math.ceil(extent / usable));
}

/** Height, inches, of `paragraphs` at `size` points (each paragraph at its own scale of `size`). */
export function textHeight(
  paragraphs: readonly { text: string; scale?: number }[],
  size: number,
  width: number,
  rules: Pick<FitRules, "lineHeight" | "paragraphGap"> = {},
): number {
  const lineHeight = rules.lineHeight ?? 1.2;
  const gap = rules.paragraphGap ?? 0.3;
  let height = 0;
  paragraphs.forEach((p, index) => {
    const pointSize = size * (p.scale ?? 1);
    const line = (pointSize * lineHeight) / POINTS_PER_INCH;
    height += lineCount(p.text, pointSize, width) * line + (index > 0 ? line * gap : 0);
  });
  return height + 2 * BOX_INSET;
}

/** The largest whole point size, within `rules`, at which `paragraphs` fit `box`. */
export function fitSize(
  paragraphs: readonly { text: string; scale?: number }[],
  box: Pick<Box, "w" | "h">,
  rules: FitRules,
): number {
  for (let size = rules.max; size > rules.min; size -= 1) {
    if (textHeight(paragraphs, size, box.w, rules) <= box.h) return size;
  }
  return rules.min;
}

/** The size at which every one of `groups` fits its box of the same shape: one size for a row of cards. */
export function fitAll(
  groups: readonly (readonly { text: string; scale?: number }[])[],
  box: Pick<Box, "w" | "h">,
  rules: FitRules,
): number {
  return Math.min(rules.max, ...groups.map((group) => fitSize(group, box, rules)));
}
