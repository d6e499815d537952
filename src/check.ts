import type { Warning } from "./errors.js";
import type { Point } from "./outline/types.js";
import { withMarker } from "./plan/labels.js";
import type { PreparedDeck } from "./pipeline.js";

/** One thing to fix before the meeting, with its place in the speech. */
export interface Finding extends Warning {
  file: string;
}

export interface CheckOptions {
  /** The time the speaker has, in seconds (`--time-limit 20m`). */
  timeLimitSeconds?: number;
  /** A point whose own text is longer than this (in characters) is too long for its slides. */
  maxPointChars?: number;
}

const DEFAULT_MAX_POINT_CHARS = 1200;

/** `20m`, `90s`, `1h`, `1h30m`, or plain minutes (`20`) → seconds; NaN when unreadable. */
export function parseDuration(text: string): number {
  const plain = /^\d+(?:\.\d+)?$/u.test(text.trim());
  if (plain) return Number(text) * 60;
  const match = text.trim().match(/^(?:(\d+)h)?(?:(\d+)m(?:in)?)?(?:(\d+)s)?$/u);
  if (!match || match[0] === "") return Number.NaN;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/**
 * A flat outline is a finding of its own: say why it is flat and what podium would have read as
 * structure, so the speaker can number the points.
 */
function flatOutlineMessage(message: string, points: number): string {
  return (
    `${message}: podium found no numbering at the start of a paragraph and no headings, so each of ` +
    `the ${points} paragraphs is a slide of its own. To group them, start the main points with ` +
    `numbering podium reads (一、 （一） 1. （1） ① 一是 第一， 首先， 第一章 First, I. A. PART I) ` +
    `or make them headings (Markdown #, Word heading styles).`
  );
}

/** What a presenter should fix: placeholders, garbling, numbering, empty or overlong points, title, time. */
export function checkDeck(prepared: PreparedDeck, options: CheckOptions = {}): Finding[] {
  const file = prepared.input;
  const { outline, plan } = prepared;
  const findings: Finding[] = outline.warnings
    .filter((w) => w.kind !== undefined && w.kind !== "cleanup")
    .map((w) => ({
      ...w,
      file,
      message: w.kind === "structure" ? flatOutlineMessage(w.message, outline.points.length) : w.message,
    }));
  const maxChars = options.maxPointChars ?? DEFAULT_MAX_POINT_CHARS;
  const walk = (points: readonly Point[]) => {
    for (const point of points) {
      const own = point.paragraphs.join("").length;
      const label = withMarker(point.marker, point.heading).slice(0, 30);
      // A bare heading line (no sentence punctuation) with nothing under it; a one-sentence item is content.
      const bareHeading = point.terminator === "" && !point.inline;
      if (own === 0 && point.children.length === 0 && bareHeading) {
        findings.push({
          file,
          line: point.line,
          kind: "structure",
          message: `point "${label}" has no text under it`,
        });
      }
      if (own > maxChars) {
        findings.push({
          file,
          line: point.line,
          kind: "length",
          message: `point "${label}" is long for its slides (${own} characters); consider splitting it`,
        });
      }
      walk(point.children);
    }
  };
  walk(outline.points);
  if (prepared.titleOrigin !== "stated") {
    findings.push({
      file,
      line: 1,
      kind: "title",
      message: `no title: the deck is titled "${plan.info.title}" after its ${prepared.titleOrigin}; add a title line, front matter \`title:\` or --title`,
    });
  }
  if (options.timeLimitSeconds !== undefined && plan.totalSeconds > options.timeLimitSeconds) {
    findings.push({
      file,
      line: 0,
      kind: "time",
      message: `speaking time about ${Math.round(plan.totalSeconds / 60)} min is over the ${Math.round(
        options.timeLimitSeconds / 60,
      )} min limit`,
    });
  }
  return findings.sort((a, b) => a.line - b.line);
}
