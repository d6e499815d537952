import type { Script } from "../ingest/types.js";

export type SlideKind = "title" | "agenda" | "section" | "point" | "quote" | "closing";

/** What the title slide, footer and PDF metadata say about the meeting. */
export interface DeckInfo {
  title: string;
  subtitle?: string;
  speaker?: string;
  organisation?: string;
  date?: string;
  venue?: string;
}

export interface Slide {
  kind: SlideKind;
  /** The numbering shown as a badge (`二、`, `（一）`, `一是`), `""` when none. */
  marker: string;
  /** Never includes the marker, except on `section` slides, whose title is `marker + first clause`. */
  title: string;
  subtitle?: string;
  /** Short lines taken word for word from the speech. */
  bullets: string[];
  /** For `quote` slides: the quoted words and who said them. */
  quote?: { text: string; attribution: string };
  /** For `agenda`: the top-level points; `current` marks the section being entered. */
  agenda?: { marker: string; heading: string; current: boolean }[];
  /** True for a continuation slide (`（续）` / "(cont.)" is already part of `title`). */
  continued: boolean;
  /** The speech text this slide covers, word for word, paragraph by paragraph. */
  notes: string[];
  /** Estimated speaking time of `notes`, in seconds (reveal.js `data-timing`). */
  seconds: number;
  /** Index of the top-level section this slide belongs to (-1 for title, agenda and closing). */
  section: number;
}

export interface PlanOptions {
  /** Characters of Chinese a minute. */
  cjkCharsPerMinute: number;
  /** English words a minute. */
  wordsPerMinute: number;
  /** Longest bullet, in CJK characters (default 40); English uses `maxBulletWords`. */
  maxBulletChars: number;
  maxBulletWords: number;
  /** Most bullets on one slide (default 6). */
  maxBullets: number;
  /** Most body characters on one slide (default 200 CJK). */
  maxBodyChars: number;
}

/** The slides to draw: the value that leaves the plan stage. */
export interface SlidePlan {
  info: DeckInfo;
  script: Script;
  slides: Slide[];
  totalSeconds: number;
}
