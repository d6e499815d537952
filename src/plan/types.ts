import type { SlideLayout } from "../config/values.js";
import type { Script } from "../ingest/types.js";

export type SlideKind = "title" | "agenda" | "section" | "point" | "quote" | "closing";

/** How a point slide is drawn: each name is a partial in templates/partials/ (`list` is point.hbs). */
export type LayoutName = SlideLayout | "quote";

/** The layout picked for a slide and why, in words a speaker can check (`podium outline --slides`). */
export interface LayoutChoice {
  name: LayoutName;
  reason: string;
  /** True when the speaker's `layouts` setting chose it. */
  forced: boolean;
}

/** One card: a point below the slide's point, its marker, heading and (room permitting) key sentence. */
export interface Card {
  marker: string;
  heading: string;
  /** Empty when the cards have no room for it. */
  detail: string;
}

/** A quantity shown large with the words it measures beneath, both verbatim from the speech. */
export interface FigureTile {
  figure: string;
  label: string;
}

/** A date on the axis and the speech's lines beside it. */
export interface TimelineEntry {
  date: string;
  lines: string[];
}

export interface Timeline {
  /** Lines before the first dated one (the point's lead-in). */
  lead: string[];
  entries: TimelineEntry[];
}

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
  /**
   * The point the slide shows, as its path in the outline (`"2"`, `"2.1"`: 1-based indexes from the
   * top), so a page showing the outline can follow it in the deck; absent on title, agenda, closing.
   */
  point?: string;
  /** Point and quote slides: the layout drawn and why. */
  layout?: LayoutChoice;
  cards?: Card[];
  figures?: FigureTile[];
  timeline?: Timeline;
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
  /** Layouts chosen by the speaker, keyed by a point's marker (`三、`, `（二）`). */
  layouts: Readonly<Record<string, LayoutName>>;
  /** False: every point slide is a list unless `layouts` names another layout for it. */
  autoLayouts: boolean;
}

/** The slides to draw: the value that leaves the plan stage. */
export interface SlidePlan {
  info: DeckInfo;
  script: Script;
  slides: Slide[];
  totalSeconds: number;
}
