import { DEFAULTS } from "../config/values.js";
import type { Script } from "../ingest/types.js";
import { closingSignOff } from "../outline/debris.js";
import type { Outline, Point } from "../outline/types.js";
import { labelsFor, type Labels, spokenHeading, withMarker } from "./labels.js";
import { chooseLayout, type CardSource, type LayoutRules } from "./layout.js";
import { packParagraphs, type PackLimits } from "./pack.js";
import { capitalise, standsAlone } from "./words.js";
import {
  bare,
  displayWidth,
  dropLeadingClause,
  shorten,
  shortenHeading,
  speakingSeconds,
  splitClauses,
  splitHeading,
  splitSentences,
} from "./text.js";
import type { DeckInfo, PlanOptions, Slide, SlidePlan } from "./types.js";

export type { DeckInfo, LayoutName, PlanOptions, Slide, SlidePlan, SlideKind } from "./types.js";
export { LAYOUT_NAMES } from "./layout.js";
export { labelsFor } from "./labels.js";

/** Limits measured on a 1920×1080 canvas with 40 px CJK bullets (docs/design.md); the speaking rates are the settings' defaults. */
const defaultPlanOptions: Readonly<PlanOptions> = Object.freeze({
  cjkCharsPerMinute: DEFAULTS.cjkCharsPerMinute,
  wordsPerMinute: DEFAULTS.wordsPerMinute,
  maxBulletChars: 40,
  maxBulletWords: 15,
  maxBullets: 6,
  maxBodyChars: 200,
  layouts: {},
  autoLayouts: DEFAULTS.autoLayouts,
});

/** A title longer than this (CJK cells) is cut at a phrase boundary; the notes keep it whole. */
const MAX_TITLE_WIDTH = 48;
/** A leading clause this short (`當前，`) is dropped from a sentence used as a title. */
const MAX_LEAD_CLAUSE = 4;

type SlideInput = Omit<Slide, "seconds" | "continued" | "bullets" | "marker" | "layout"> &
  Partial<Pick<Slide, "continued" | "bullets" | "marker">> & {
    /** The marker of the point a point slide shows, when the slide's own marker is empty. */
    owner?: string;
    /** The points below, when the bullets are their headings (cards draw them). */
    children?: CardSource[];
    /** The point the slide shows: its path names the slide, its chosen layout wins. */
    of?: Point;
  };

/**
 * Plans the slides of a speech: title, agenda, a divider per top-level point, slides for the points
 * below it, closing. Pure: `outline` and `info` are not changed. Every character of the outline's
 * title, preamble, points and closing lands in the notes of exactly one slide, in speech order.
 */
export function planSlides(
  outline: Outline,
  info: Partial<DeckInfo>,
  options: Partial<PlanOptions> = {},
): SlidePlan {
  const planner = new Planner(
    outline.script,
    { ...defaultPlanOptions, ...options },
    outlinePaths(outline.points),
  );
  const deckInfo: DeckInfo = { ...info, title: info.title ?? outline.title ?? "" };
  const numbered = outline.points.some((p) => p.marker !== "");
  const hasAgenda = numbered && outline.points.length >= 2;

  planner.add({
    kind: "title",
    title: deckInfo.title,
    ...(deckInfo.subtitle === undefined ? {} : { subtitle: deckInfo.subtitle }),
    notes: [...(outline.title === null ? [] : [outline.title]), ...(hasAgenda ? [] : outline.preamble)],
    section: -1,
  });
  if (hasAgenda) planner.agenda(outline.points, outline.preamble);

  outline.points.forEach((point, index) => {
    if (numbered) planner.section(point, index);
    else planner.point(point, index, [spokenHeading(point)]);
  });
  planner.closing(outline.closing);

  const slides = planner.slides;
  return {
    info: deckInfo,
    script: outline.script,
    slides,
    totalSeconds: slides.reduce((sum, s) => sum + s.seconds, 0),
  };
}

/** Each point's path in the outline (`"2.1"`), which slides carry so a page can find a point's slides. */
export function outlinePaths(
  points: readonly Point[],
  prefix = "",
  paths = new Map<Point, string>(),
): Map<Point, string> {
  points.forEach((point, index) => {
    const path = `${prefix}${index + 1}`;
    paths.set(point, path);
    outlinePaths(point.children, `${path}.`, paths);
  });
  return paths;
}

/**
 * The heading on slides: the one a person chose for them, else the speech's; a number alone on its
 * line has none, and its slides take the first sentence of its text.
 */
function shownHeading(point: Point): string {
  if (point.slideHeading !== undefined) return point.slideHeading;
  if (point.heading !== "") return point.heading;
  const first = point.paragraphs[0];
  return first === undefined ? "" : bare(splitSentences(first)[0] ?? "");
}

/** The whole text of a point and everything below it, as notes entries in speech order. */
function fullText(point: Point): string[] {
  return [spokenHeading(point), ...point.paragraphs, ...point.children.flatMap(fullText)];
}

/** A point that is one line of the speech: nothing under it, no text of its own beyond the heading. */
function isBare(point: Point): boolean {
  return point.paragraphs.length === 0 && point.children.length === 0;
}

/** Consecutive children of one kind (inline series or points with their own slides). */
function runs(children: readonly Point[]): { inline: boolean; points: Point[] }[] {
  const result: { inline: boolean; points: Point[] }[] = [];
  for (const child of children) {
    const last = result.at(-1);
    if (last && last.inline === child.inline) last.points.push(child);
    else result.push({ inline: child.inline, points: [child] });
  }
  return result;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length > 0 ? chunks : [[]];
}

class Planner {
  readonly slides: Slide[] = [];
  private readonly labels: Labels;
  private readonly limits: PackLimits;
  private readonly layoutRules: LayoutRules;

  constructor(
    private readonly script: Script,
    private readonly options: PlanOptions,
    private readonly paths: ReadonlyMap<Point, string>,
  ) {
    this.labels = labelsFor(script);
    this.limits = {
      maxChars: options.maxBulletChars,
      maxWords: options.maxBulletWords,
      maxBullets: options.maxBullets,
      maxBodyChars: options.maxBodyChars,
    };
    this.layoutRules = { auto: options.autoLayouts, forced: options.layouts };
  }

  add(input: SlideInput): void {
    const { owner, children, of, ...fields } = input;
    const notes = input.notes.filter((n) => n !== "");
    const path = of && this.paths.get(of);
    const slide: Slide = {
      ...fields,
      marker: input.marker ?? "",
      bullets: input.bullets ?? [],
      continued: input.continued ?? false,
      notes,
      seconds: speakingSeconds(notes.join(""), this.options.cjkCharsPerMinute, this.options.wordsPerMinute),
      ...(path === undefined ? {} : { point: path }),
    };
    if (slide.kind === "point") {
      Object.assign(
        slide,
        chooseLayout(
          {
            marker: owner ?? slide.marker,
            bullets: slide.bullets,
            notes,
            children: children ?? null,
            script: this.script,
            ...(of?.layout ? { chosen: of.layout } : {}),
          },
          this.layoutRules,
        ),
      );
    }
    if (slide.kind === "quote")
      slide.layout = { name: "quote", reason: "a saying quoted with its speaker", forced: false };
    this.slides.push(slide);
  }

  /** A point below, as a card: its marker, heading and first sentence. */
  private card(point: Point): CardSource {
    const first = point.paragraphs[0];
    const sentence = first === undefined ? "" : (splitSentences(first)[0] ?? "");
    return {
      marker: point.marker,
      heading: this.headingBullet(shownHeading(point)),
      keySentence: this.bullet(sentence),
    };
  }

  agenda(points: readonly Point[], preamble: readonly string[]): void {
    chunk(points, Math.max(this.options.maxBullets, 1)).forEach((part, index) => {
      this.add({
        kind: "agenda",
        title: index === 0 ? this.labels.agenda : this.labels.agenda + this.labels.continued,
        continued: index > 0,
        agenda: part.map((p) => ({ marker: p.marker, heading: this.title(shownHeading(p)), current: false })),
        notes: index === 0 ? [...preamble] : [],
        section: -1,
      });
    });
  }

  /** A top-level point: its divider, then the slides of its own text and of the points below it. */
  section(point: Point, index: number): void {
    const { first, rest } = splitHeading(shownHeading(point));
    this.add({
      kind: "section",
      marker: point.marker,
      // Shortened like every other title: a heading can be a whole unpunctuated line of any length.
      title: withMarker(point.marker, this.fitTitle(first)),
      ...(rest === "" ? {} : { subtitle: this.fitTitle(rest) }),
      notes: [spokenHeading(point)],
      section: index,
      of: point,
    });
    this.body(point, index, [], true);
  }

  /** A point below the top level (or any point of an unnumbered speech). */
  point(point: Point, section: number, headNotes: string[]): void {
    this.body(point, section, headNotes, false);
  }

  private body(point: Point, section: number, headNotes: string[], isSection: boolean): void {
    if (point.children.length === 0) {
      if (isSection && point.paragraphs.length === 0) return;
      this.leaf(point, section, headNotes);
      return;
    }
    let ownNotes = [...headNotes, ...point.paragraphs];
    runs(point.children).forEach((run, index) => {
      if (run.inline || run.points.every(isBare)) {
        // A series written in one paragraph, or items that are one line each: one slide, the items
        // as bullets under the lead-in; an item with nothing more to say gets no slide of its own.
        const lead =
          index === 0 && isSection
            ? run.inline
              ? this.leadIn(point.paragraphs)
              : this.leadSentence(point.paragraphs)
            : null;
        this.bulletSlides({
          marker: lead === null ? point.marker : "",
          owner: point.marker,
          title: lead ?? this.title(shownHeading(point)),
          children: run.points,
          notes: [...ownNotes, ...run.points.flatMap(fullText)],
          section,
          of: point,
        });
      } else {
        if (index === 0 && (ownNotes.length > 0 || !isSection)) {
          // An overview: the point's own text in the notes, the points below it as bullets.
          const lead = isSection ? this.leadSentence(point.paragraphs) : null;
          this.bulletSlides({
            marker: point.marker,
            owner: point.marker,
            title: lead ?? this.title(shownHeading(point)),
            children: point.children,
            notes: ownNotes,
            section,
            of: point,
          });
        }
        for (const child of run.points) this.point(child, section, [spokenHeading(child)]);
      }
      ownNotes = [];
    });
  }

  /** A point without points below it: key sentences of its paragraphs, continued when long. */
  private leaf(point: Point, section: number, headNotes: string[]): void {
    const groups = packParagraphs(point.paragraphs, this.limits);
    if (groups.length === 0) groups.push({ bullets: [], quote: null, notes: [] });
    let shown = 0;
    groups.forEach((group, index) => {
      const notes = index === 0 ? [...headNotes, ...group.notes] : group.notes;
      if (group.quote) {
        this.add({
          kind: "quote",
          title: group.quote.attribution,
          quote: group.quote,
          notes,
          section,
          of: point,
        });
        return;
      }
      const continued = shown > 0;
      shown++;
      this.add({
        kind: "point",
        marker: point.marker,
        title: this.title(shownHeading(point)) + (continued ? this.labels.continued : ""),
        bullets: group.bullets,
        continued,
        notes,
        section,
        of: point,
      });
    });
  }

  /** Bullet slides with a fixed list (children's headings): split when longer than the limits. */
  private bulletSlides(input: {
    marker: string;
    owner: string;
    title: string;
    children: readonly Point[];
    notes: string[];
    section: number;
    of: Point;
  }): void {
    const parts: Point[][] = [[]];
    let width = 0;
    for (const child of input.children) {
      const bullet = this.headingBullet(shownHeading(child));
      const current = parts.at(-1) as Point[];
      const over =
        current.length >= this.options.maxBullets || width + displayWidth(bullet) > this.options.maxBodyChars;
      if (current.length > 0 && over) {
        parts.push([child]);
        width = displayWidth(bullet);
      } else {
        current.push(child);
        width += displayWidth(bullet);
      }
    }
    parts.forEach((children, index) => {
      this.add({
        kind: "point",
        marker: input.marker,
        owner: input.owner,
        title: input.title + (index > 0 ? this.labels.continued : ""),
        bullets: children.map((p) => this.headingBullet(shownHeading(p))),
        children: children.map((p) => this.card(p)),
        continued: index > 0,
        notes: index === 0 ? input.notes : [],
        section: input.section,
        of: input.of,
      });
    });
  }

  closing(closing: readonly string[]): void {
    // A 公文's closing block is no words said: its title is thanks, its signature beneath.
    const signOff = closingSignOff(closing);
    const sentences = closing
      .slice(0, signOff.start)
      .flatMap((p) => splitSentences(p))
      .filter((s) => bare(s) !== "");
    const phrase = this.closingPhrase(sentences);
    const first = sentences[0];
    const subtitle =
      signOff.signature ?? (first !== undefined && sentences.length > 1 ? this.bullet(first) : "");
    this.add({
      kind: "closing",
      title: phrase ?? this.labels.thanks,
      ...(subtitle === "" || subtitle === phrase ? {} : { subtitle }),
      notes: [...closing],
      section: -1,
    });
  }

  /** The last short clause of the closing (`謝謝大家`), when it is short enough to be a title. */
  private closingPhrase(sentences: readonly string[]): string | null {
    const last = sentences.at(-1);
    if (last === undefined) return null;
    const clauses = splitClauses(bare(last)).map(bare);
    const limit = this.script === "en" ? 20 : 12;
    // `…, and for your patience` is a fragment: then the whole sentence, or its first clause.
    const found = [clauses.at(-1), bare(last), clauses[0]].find(
      (clause) =>
        clause !== undefined && clause !== "" && displayWidth(clause) <= limit && standsAlone(clause),
    );
    return found ?? null;
  }

  /** The sentence that introduces a series (`……，最根本原因是能力問題。一是……`). */
  private leadIn(paragraphs: readonly string[]): string | null {
    const sentences = paragraphs.flatMap((p) => splitSentences(p)).reverse();
    // `在這里，我強調三個方面：` announces rather than leads; look further back.
    const found = sentences.find((s) => !/[:：]\s*$/u.test(s) && bare(s) !== "");
    return found === undefined ? null : this.title(dropLeadingClause(bare(found), MAX_LEAD_CLAUSE));
  }

  private leadSentence(paragraphs: readonly string[]): string | null {
    const first = paragraphs[0];
    const sentence = first === undefined ? undefined : splitSentences(first)[0];
    return sentence === undefined || bare(sentence) === "" ? null : this.title(bare(sentence));
  }

  private bullet(text: string): string {
    return shorten(text, this.limits);
  }

  /** A point's heading listed as a bullet: cut by the heading rules, so it is never left out. */
  private headingBullet(heading: string): string {
    return shortenHeading(heading, this.limits);
  }

  /** The text as written when it fits a title, else shortened (divider titles keep their punctuation). */
  private fitTitle(text: string): string {
    return displayWidth(text) <= MAX_TITLE_WIDTH ? capitalise(text) : this.title(text);
  }

  private title(text: string): string {
    return shortenHeading(text, { maxChars: MAX_TITLE_WIDTH, maxWords: this.options.maxBulletWords });
  }
}
