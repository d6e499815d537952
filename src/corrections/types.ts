import type { SlideLayout } from "../config/values.js";

/** The deepest level a correction may give a point; real speeches use four or five. */
export const MAX_POINT_LEVEL = 9;

/**
 * One change to how podium reads a speech's structure, made by a person (in `podium app` or by
 * hand) and kept beside the speech in `<name>.podium.yaml`. It names its point by text, not by line
 * number, so edits elsewhere in the speech leave it valid.
 */
export interface Correction {
  /** The point: its marker and heading as podium read them, whitespace collapsed (`pointAnchor`). */
  point?: string;
  /** With `split`: the start of the paragraph that becomes a point of its own. */
  paragraph?: string;
  /** Which of several points (or paragraphs) with the same text, counting from 0. */
  occurrence?: number;
  /** The point's level (1 is the top); the points below it move with it. */
  level?: number;
  /** The heading shown on slides; the notes keep the speech's own words. */
  heading?: string;
  /** The layout of this point's slides. */
  layout?: SlideLayout;
  /** Fold this point, heading and text, into the point before it; its sub-points join that point's. */
  merge?: true;
  /**
   * The line is plain text of whatever precedes it (the point before, or the opening); its
   * sub-points move up a level into its place.
   */
  notAPoint?: true;
  /** With `paragraph`: that paragraph starts a new point. */
  split?: true;
}
