import type { Script } from "../ingest/types.js";
import type { Point } from "../outline/types.js";
import type { Slide } from "./types.js";

/** The few words podium itself puts on slides and printed pages, per script (the rest is the speech's). */
export interface Labels {
  continued: string;
  agenda: string;
  thanks: string;
  /** `約 N 分鐘` in the speaker notes' header. */
  minutes: (n: number) => string;
  /** Heads the speaker notes pages of the slides PDF. */
  speakerNotes: string;
  /** What the handout and the reading copy are, in their PDF's subject. */
  handout: string;
  readingCopy: string;
}

const LABELS: Record<Script, Labels> = {
  "zh-Hans": {
    continued: "（续）",
    agenda: "主要内容",
    thanks: "谢谢",
    minutes: (n) => `约 ${n} 分钟`,
    speakerNotes: "讲稿",
    handout: "讲义",
    readingCopy: "讲稿",
  },
  "zh-Hant": {
    continued: "（續）",
    agenda: "主要內容",
    thanks: "謝謝",
    minutes: (n) => `約 ${n} 分鐘`,
    speakerNotes: "講稿",
    handout: "講義",
    readingCopy: "講稿",
  },
  en: {
    continued: " (cont.)",
    agenda: "Outline",
    thanks: "Thank you",
    minutes: (n) => `about ${n} min`,
    speakerNotes: "Speaker notes",
    handout: "Handout",
    readingCopy: "Reading copy",
  },
};

export function labelsFor(script: Script): Labels {
  return LABELS[script];
}

/**
 * A marker and the heading it numbers, as they are read: Chinese numbering carries its own spacing
 * (`一、加強`, `（一）加強`, `第一，加強`, and `1.加強` before Chinese text); Latin numbering before
 * Latin text wants one space (`1. Where`, `A. Costs`, `(1) Costs`, `First, we`). Slides, PDF
 * bookmarks and the reading copy all join them here.
 */
export function withMarker(marker: string, heading: string): string {
  return /[!-~]$/.test(marker) && startsLatin(heading) ? `${marker} ${heading}` : marker + heading;
}

/** A point's heading line as the speech has it: marker, heading (in its brackets) and its end punctuation. */
export function spokenHeading(point: Pick<Point, "marker" | "lead" | "heading" | "terminator">): string {
  return withMarker(point.marker, (point.lead ?? "") + point.heading) + point.terminator;
}

/** The text's first letter or digit is not Chinese, Japanese or Korean (quotes before it do not count). */
function startsLatin(text: string): boolean {
  if (/^\s/.test(text)) return false;
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
  return first !== undefined && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(first);
}

/** A slide's title with its marker, as the audience reads it (a section's title already has it). */
export function markedTitle(slide: Pick<Slide, "kind" | "marker" | "title">): string {
  return slide.kind === "section" ? slide.title : withMarker(slide.marker, slide.title);
}
