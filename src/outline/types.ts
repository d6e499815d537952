import type { SlideLayout } from "../config/values.js";
import type { Warning } from "../errors.js";
import type { Meta, Script } from "../ingest/types.js";

/** One numbered (or, in a speech without numbering, one paragraph-sized) point of the speech. */
export interface Point {
  /** 1 for the top level; levels follow the nesting the speech uses, not a fixed table. */
  level: number;
  /** The numbering exactly as written (`一、`, `（二）`, `第三，`, `1.1`), `""` when there is none. */
  marker: string;
  heading: string;
  /** The punctuation that ended the heading in the speech (`。`, `：`), so notes can quote it whole. */
  terminator: string;
  /** The bracket that opened the heading in the speech (`第一条（目的和依据）`), kept as `terminator` is. */
  lead?: string;
  /** The rest of the point's own text, paragraph by paragraph (children carry their own). */
  paragraphs: string[];
  children: Point[];
  /** 1-based source line where the point starts. */
  line: number;
  /**
   * True for an item of a series written inside one paragraph (`……。一是……；二是……`): the
   * planner shows such siblings together as bullets of one slide.
   */
  inline: boolean;
  /** The heading a person chose for the slides (podium app, `.podium.yaml`); the notes keep `heading`. */
  slideHeading?: string;
  /** The layout a person chose for this point's slides. */
  layout?: SlideLayout;
}

/** The tree of points: the value that leaves the outline stage. */
export interface Outline {
  title: string | null;
  meta: Meta;
  preamble: string[];
  points: Point[];
  closing: string[];
  warnings: Warning[];
  script: Script;
}
