/**
 * Chooses how a point slide is drawn from what it says: parallel sub-points as cards, a run of dated
 * periods as a timeline, a paragraph of figures as big-number tiles, one sentence as a statement, a
 * long list of short items in two columns, else a list. The rules are in docs/design.md ("Layouts").
 * Every word shown is taken from the speech; the notes keep the full text.
 */
import type { Script } from "../ingest/types.js";
import { findQuantities } from "./quantities.js";
import { segmentWords } from "./segment.js";
import { bare, displayWidth, isCjkText, splitSentences } from "./text.js";
import type { Card, FigureTile, LayoutChoice, LayoutName, Timeline, TimelineEntry } from "./types.js";

export const LAYOUT_NAMES: readonly LayoutName[] = [
  "list",
  "cards",
  "figures",
  "timeline",
  "statement",
  "columns",
  "quote",
];

/** Cards: between these many sub-points, each heading at most this wide (CJK cells). */
const CARDS_MIN = 2;
const CARDS_MAX = 6;
const CARD_HEADING_WIDTH = 18;
/** Cards show their key sentence when there are at most this many (a card needs room for it). */
const CARD_DETAIL_MAX_CARDS = 4;
const CARD_DETAIL_WIDTH = 40;
/** Figures: at least this many quantities; at most this many tiles (the rest stay in the notes). */
const FIGURES_MIN = 3;
const FIGURES_MAX = 6;
const FIGURE_LABEL_WIDTH = 14;
/** Timeline: at least this many dated entries in order. */
const TIMELINE_MIN = 3;
/** Two columns: at least this many items, none wider than this. */
const COLUMNS_MIN = 5;
const COLUMN_ITEM_WIDTH = 16;
/** A statement: one line of at most this width. */
const STATEMENT_WIDTH = 60;

/** A point below the slide's point, as cards show it. */
export interface CardSource {
  marker: string;
  heading: string;
  /** The point's first sentence (or ""), shortened to a bullet. */
  keySentence: string;
}

export interface LayoutInput {
  /** The marker of the point the slide shows (what a speaker's `layouts` key names). */
  marker: string;
  bullets: readonly string[];
  notes: readonly string[];
  /** The points below, when the slide's bullets are their headings; else null. */
  children: readonly CardSource[] | null;
  script: Script;
  /** The layout a person chose for this point in its corrections (`.podium.yaml`): it wins. */
  chosen?: LayoutName;
}

export interface LayoutRules {
  auto: boolean;
  forced: Readonly<Record<string, LayoutName>>;
}

export interface LayoutResult {
  layout: LayoutChoice;
  cards?: Card[];
  figures?: FigureTile[];
  timeline?: Timeline;
}

type Candidate =
  { ok: true; result: Omit<LayoutResult, "layout">; reason: string } | { ok: false; why: string };

const CANDIDATES: Record<Exclude<LayoutName, "list" | "quote">, (input: LayoutInput) => Candidate> = {
  cards: cardsFor,
  timeline: timelineFor,
  figures: figuresFor,
  columns: columnsFor,
  statement: statementFor,
};

/** Automatic layouts, tried in this order: structure first, then dates, figures, shape. */
const AUTO_ORDER = ["cards", "timeline", "figures", "columns", "statement"] as const;

/** A marker as a key: without surrounding space and with ASCII brackets and commas as written in CJK. */
function markerKey(marker: string): string {
  return marker
    .trim()
    .replace(/\(/gu, "（")
    .replace(/\)/gu, "）")
    .replace(/[,，、.．:：\s]+$/u, "");
}

/** The layout of one point slide, with the data its partial draws and the reason it was chosen. */
export function chooseLayout(input: LayoutInput, rules: LayoutRules): LayoutResult {
  const key = markerKey(input.marker);
  const forcedName =
    input.chosen ??
    (key === "" ? undefined : Object.entries(rules.forced).find(([k]) => markerKey(k) === key)?.[1]);
  if (forcedName !== undefined) {
    const setBy = input.chosen ? "chosen in the speech's corrections" : `set by layouts["${input.marker}"]`;
    if (forcedName === "list" || forcedName === "quote") {
      return { layout: { name: "list", reason: setBy, forced: true } };
    }
    const forced = CANDIDATES[forcedName](
      forcedName === "cards" ? { ...input, children: input.children ?? bulletsAsCards(input) } : input,
    );
    if (forced.ok) {
      return {
        ...forced.result,
        layout: { name: forcedName, reason: setBy, forced: true },
      };
    }
    return {
      layout: {
        name: "list",
        reason: `${input.chosen ? "the speech's corrections ask" : `layouts["${input.marker}"] asks`} for ${forcedName}, but ${forced.why}`,
        forced: true,
      },
    };
  }
  if (!rules.auto) return { layout: { name: "list", reason: "automatic layouts are off", forced: false } };
  for (const name of AUTO_ORDER) {
    const candidate = CANDIDATES[name](input);
    if (candidate.ok)
      return { ...candidate.result, layout: { name, reason: candidate.reason, forced: false } };
  }
  return { layout: { name: "list", reason: listReason(input), forced: false } };
}

function listReason(input: LayoutInput): string {
  const n = input.bullets.length;
  return `${n} line${n === 1 ? "" : "s"} of the speech's own sentences`;
}

/** A forced `cards` layout on a slide of sentences: each bullet a card without a marker. */
function bulletsAsCards(input: LayoutInput): CardSource[] {
  return input.bullets.map((b) => ({ marker: "", heading: b, keySentence: "" }));
}

function cardsFor(input: LayoutInput): Candidate {
  const children = input.children;
  if (children === null) return { ok: false, why: "its bullets are not the headings of points below it" };
  if (children.length < CARDS_MIN || children.length > CARDS_MAX)
    return {
      ok: false,
      why: `it has ${children.length} points below it (cards take ${CARDS_MIN}–${CARDS_MAX})`,
    };
  const long = children.find((c) => displayWidth(c.heading) > CARD_HEADING_WIDTH);
  if (long !== undefined) return { ok: false, why: `the heading "${long.heading}" is too long for a card` };
  const withDetail = children.length <= CARD_DETAIL_MAX_CARDS;
  const cards = children.map((c) => ({
    marker: c.marker,
    heading: c.heading,
    detail:
      withDetail && displayWidth(c.keySentence) <= CARD_DETAIL_WIDTH && c.keySentence !== c.heading
        ? c.keySentence
        : "",
  }));
  return {
    ok: true,
    result: { cards },
    reason: `${children.length} parallel points below it with short headings`,
  };
}

/** `1924年—1927年`, `1927年8月—1937年7月`, `2021年以来`, `2023年`, `1990s`, `1994–2004`, `in 2019`. */
const DATE =
  /(?:19|20)\d\d年(?:\d{1,2}月)?(?:\s?[—–－-]{1,2}\s?(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?|以来|至今)?|\b(?:19|20)\d\d(?:s|\s?[–—-]\s?(?:19|20)?\d\d)?\b/u;

interface Dated {
  date: string;
  year: number;
  /** The line as shown beside the axis: the bullet without a bracketed date (the axis shows it). */
  line: string;
}

function datedLine(bullet: string): Dated | null {
  const match = DATE.exec(bullet);
  if (!match) return null;
  const date = match[0].replace(/\s+/gu, "");
  const year = Number(/\d{4}/u.exec(date)?.[0]);
  const bracketed = new RegExp(`[（(]\\s*${escapeRegExp(match[0])}\\s*[）)]`, "u");
  const line = bracketed.test(bullet) ? bullet.replace(bracketed, "") : bullet;
  return { date, year, line: line.trim() };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function timelineFor(input: LayoutInput): Candidate {
  const lead: string[] = [];
  const entries: (TimelineEntry & { year: number })[] = [];
  let dated = 0;
  for (const bullet of input.bullets) {
    const found = datedLine(bullet);
    const last = entries.at(-1);
    if (found) dated++;
    // A dated line earlier than the entry before it is an example told inside that period.
    if (found && (last === undefined || found.year >= last.year)) {
      entries.push({ date: found.date, year: found.year, lines: [found.line] });
    } else if (last) {
      last.lines.push(bullet);
    } else {
      lead.push(bullet);
    }
  }
  if (entries.length < TIMELINE_MIN)
    return { ok: false, why: `it has ${entries.length} dates in order (a timeline needs ${TIMELINE_MIN})` };
  if (dated * 2 < input.bullets.length)
    return { ok: false, why: "fewer than half of its lines carry a date" };
  return {
    ok: true,
    result: { timeline: { lead, entries: entries.map(({ date, lines }) => ({ date, lines })) } },
    reason: `${entries.length} dated periods in order (${entries[0]?.date} … ${entries.at(-1)?.date})`,
  };
}

/**
 * In English, fewer words than this before a figure (`up 9% on last year`) do not say what it
 * measures. A Chinese verb alone (`增长`) reads on from the tile before it, as in the speech.
 */
const MIN_LABEL_WORDS = 2;

/**
 * The words a quantity measures: its clause up to the figure; the whole clause when too little comes
 * before it, or what follows when nothing comes before.
 */
function labelOf(clause: string, start: number, end: number): string {
  const trim = (text: string) => bare(text).replace(/^[\s，、；：,;:]+/u, "");
  const before = trim(clause.slice(0, start));
  if (before === "") return keepStart(trim(clause.slice(end)));
  // Words are counted in English only: a Chinese label is not cut into words for nothing.
  if (!isCjkText(before) && wordCount(before) < MIN_LABEL_WORDS) return keepStart(trim(clause));
  return keepEnd(before);
}

/** The words of `text`, as the segmenter finds them; not the spaces or punctuation between. */
function wordCount(text: string): number {
  return wordsOf(text).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function wordsOf(text: string): string[] {
  return segmentWords(text, isCjkText(text) ? "zh" : "en");
}

/** The last whole words of a label that fit a tile (`……全市地区生产总值增长` keeps its end). */
function keepEnd(label: string): string {
  if (displayWidth(label) <= FIGURE_LABEL_WIDTH) return label;
  let kept = "";
  for (const word of wordsOf(label).reverse()) {
    if (displayWidth(word + kept) > FIGURE_LABEL_WIDTH) break;
    kept = word + kept;
  }
  return kept.trim();
}

function keepStart(label: string): string {
  if (displayWidth(label) <= FIGURE_LABEL_WIDTH) return label;
  let kept = "";
  for (const word of wordsOf(label)) {
    if (displayWidth(kept + word) > FIGURE_LABEL_WIDTH) break;
    kept += word;
  }
  return kept.trim();
}

/** Quantities of the slide's text, each with the words it measures, in speech order. */
function figureTiles(texts: readonly string[]): FigureTile[] {
  const tiles: FigureTile[] = [];
  for (const text of texts) {
    if (!/\d/u.test(text)) continue;
    for (const sentence of splitSentences(text)) {
      // Clauses end at clause marks; a comma between digits groups a number (`1,200`).
      for (const clause of sentence.split(/(?<=[，、；：;:]|,(?!\d))/u)) {
        for (const span of findQuantities(clause)) {
          if (tiles.some((t) => t.figure === span.text)) continue;
          tiles.push({ figure: span.text.trim(), label: labelOf(clause, span.start, span.end) });
        }
      }
    }
  }
  return tiles;
}

function figuresFor(input: LayoutInput): Candidate {
  if (input.children !== null) return { ok: false, why: "its bullets are the headings of points below it" };
  const texts = input.notes.length > 0 ? input.notes : input.bullets;
  // A cheap count first: labels are found only where there can be enough tiles.
  const found = texts.reduce((n, text) => n + findQuantities(text).length, 0);
  if (found < FIGURES_MIN)
    return { ok: false, why: `its text has ${found} quantities (figures need ${FIGURES_MIN})` };
  const tiles = figureTiles(texts).filter((t) => t.label !== "");
  if (tiles.length < FIGURES_MIN)
    return { ok: false, why: `its text has ${tiles.length} quantities (figures need ${FIGURES_MIN})` };
  return {
    ok: true,
    result: { figures: tiles.slice(0, FIGURES_MAX) },
    reason: `${tiles.length} quantities in its sentences${tiles.length > FIGURES_MAX ? ` (the first ${FIGURES_MAX} shown)` : ""}`,
  };
}

function columnsFor(input: LayoutInput): Candidate {
  const n = input.bullets.length;
  if (n < COLUMNS_MIN) return { ok: false, why: `it has ${n} lines (two columns need ${COLUMNS_MIN})` };
  if (input.bullets.some((b) => displayWidth(b) > COLUMN_ITEM_WIDTH))
    return { ok: false, why: "some of its lines are too long for a column" };
  return { ok: true, result: {}, reason: `${n} short items` };
}

function statementFor(input: LayoutInput): Candidate {
  const [only, ...more] = input.bullets;
  if (only === undefined || more.length > 0)
    return { ok: false, why: `it has ${input.bullets.length} lines (a statement is one)` };
  if (displayWidth(only) > STATEMENT_WIDTH)
    return { ok: false, why: "its sentence is too long to stand alone" };
  return { ok: true, result: {}, reason: "one sentence carries the point" };
}
