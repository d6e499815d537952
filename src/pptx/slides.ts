/**
 * Draws each planned slide as native PowerPoint shapes and text: the same slides, layouts and words
 * as the HTML deck (display punctuation on what is shown), every line an editable paragraph.
 */
import type PptxModule from "pptxgenjs";
import type { Aspect } from "../config/values.js";
import type { Script } from "../ingest/types.js";
import type { DeckInfo, Slide } from "../plan/types.js";
import { displayWidth } from "../plan/text.js";
import { badgeOf, withoutMarker } from "../render/marker.js";
import { fitAll, fitSize, POINTS_PER_INCH, textHeight, type Box, type FitRules } from "./fit.js";
import { languageTag, type Face } from "./fonts.js";
import type { PptxTheme } from "./theme.js";

/** Slide size in inches: PowerPoint's widescreen and standard pages. */
export const PAGE: Record<Aspect, { w: number; h: number }> = {
  "16:9": { w: 13.333, h: 7.5 },
  "4:3": { w: 10, h: 7.5 },
};

/**
 * Runs carry a placeholder face (`podium-sans`, `podium-serif`); the writer replaces it by the
 * theme's Latin font and the script's east-Asian font, which pptxgenjs cannot set apart.
 */
export const FACE_TOKEN: Record<Face, string> = { sans: "podium-sans", serif: "podium-serif" };

const MARGIN = 0.6;
const HEADER = { y: 0.3, h: 0.95 };
const BODY_TOP = 1.65;
const FOOTER_H = 0.45;
const GAP = 0.25;

/** TypeScript reads pptxgenjs's types as CommonJS: its class and namespace sit under `default`. */
type Run = PptxModule.default.TextProps;

export interface DrawContext {
  theme: PptxTheme;
  script: Script;
  aspect: Aspect;
  info: DeckInfo;
  /** Titles of the top-level sections, in order (footers and section positions). */
  sections: readonly string[];
  number: number;
  total: number;
}

class Canvas {
  readonly page: { w: number; h: number };
  readonly lang: string;
  constructor(
    readonly slide: PptxModule.default.Slide,
    readonly context: DrawContext,
  ) {
    this.page = PAGE[context.aspect];
    this.lang = languageTag(context.script);
  }

  get theme(): PptxTheme {
    return this.context.theme;
  }

  get titleFace(): Face {
    return this.theme.serifTitles ? "serif" : "sans";
  }

  run(text: string, options: PptxModule.default.TextPropsOptions & { face?: Face } = {}): Run {
    const { face = "sans", ...rest } = options;
    // A slide line is one paragraph: a stray line break would split it.
    return {
      text: text.replace(/\s*\n\s*/gu, " "),
      options: { fontFace: FACE_TOKEN[face], lang: this.lang, ...rest },
    };
  }

  /** One text box; the runs' `breakLine` ends their paragraph. */
  text(runs: Run[], box: Box, options: PptxModule.default.TextPropsOptions = {}): void {
    this.slide.addText(runs, {
      ...box,
      margin: Math.round(0.08 * POINTS_PER_INCH),
      valign: "top",
      fit: "shrink",
      color: this.theme.text,
      ...options,
    });
  }

  rect(box: Box, fill: string, rounded = false): void {
    this.slide.addShape(rounded ? "roundRect" : "rect", {
      ...box,
      fill: { color: fill },
      line: { color: fill, width: 0 },
      ...(rounded ? { rectRadius: 0.12 } : {}),
    });
  }
}

/** Draws `slide` on `target`. */
export function drawSlide(target: PptxModule.default.Slide, slide: Slide, context: DrawContext): void {
  const canvas = new Canvas(target, context);
  const banded = context.theme.band !== null && ["title", "section", "closing"].includes(slide.kind);
  target.background = {
    color: banded && context.theme.band ? context.theme.band.fill : context.theme.background,
  };
  switch (slide.kind) {
    case "title":
      return drawTitle(canvas, slide);
    case "agenda":
      return drawAgenda(canvas, slide);
    case "section":
      return drawSection(canvas, slide);
    case "closing":
      return drawClosing(canvas, slide);
    case "quote":
      drawQuote(canvas, slide);
      return drawFooter(canvas, slide);
    case "point":
      drawPoint(canvas, slide);
      return drawFooter(canvas, slide);
  }
}

/** Text colour on the slide's own background: the band's on banded slides. */
function onBand(canvas: Canvas): { text: string; muted: string; rule: string } {
  const band = canvas.theme.band;
  return band
    ? { text: band.text, muted: band.text, rule: band.rule }
    : { text: canvas.theme.text, muted: canvas.theme.muted, rule: canvas.theme.accent };
}

function centredBlock(canvas: Canvas, lines: { text: string; scale: number; bold?: boolean }[]): void {
  const { w, h } = canvas.page;
  const colours = onBand(canvas);
  const box: Box = { x: MARGIN * 1.5, y: h * 0.18, w: w - MARGIN * 3, h: h * 0.62 };
  const shown = lines.filter((line) => line.text !== "");
  const rules = { max: 54, min: 14, paragraphGap: 0.6 };
  const size = fitSize(shown, box, rules);
  const [first, ...rest] = shown;
  const runs: Run[] = [];
  if (first) {
    runs.push(
      canvas.run(first.text, {
        face: canvas.titleFace,
        bold: true,
        fontSize: size,
        color: colours.text,
        breakLine: true,
      }),
    );
  }
  rest.forEach((line) =>
    runs.push(
      canvas.run(line.text, {
        fontSize: Math.max(12, Math.round(size * line.scale)),
        color: colours.muted,
        bold: line.bold ?? false,
        paraSpaceBefore: Math.round(size * 0.4),
        breakLine: true,
      }),
    ),
  );
  canvas.text(runs, box, { align: "center", valign: "middle" });
  // The rule under the text (the HTML's <hr>): the text sits in the middle of its box.
  const textBottom = box.y + (box.h + Math.min(box.h, textHeight(shown, size, box.w, rules))) / 2;
  canvas.rect({ x: w / 2 - 1.2, y: textBottom + 0.15, w: 2.4, h: 0.05 }, colours.rule);
}

function drawTitle(canvas: Canvas, slide: Slide): void {
  const { info } = canvas.context;
  const when = [info.date, info.venue].filter((part): part is string => Boolean(part)).join(" · ");
  centredBlock(canvas, [
    { text: slide.title, scale: 1 },
    { text: slide.subtitle ?? "", scale: 0.55 },
    { text: info.speaker ?? "", scale: 0.42 },
    { text: info.organisation ?? "", scale: 0.38 },
    { text: when, scale: 0.38 },
  ]);
}

function drawClosing(canvas: Canvas, slide: Slide): void {
  centredBlock(canvas, [
    { text: slide.title, scale: 1 },
    { text: slide.subtitle ?? "", scale: 0.55 },
    { text: canvas.context.info.speaker ?? "", scale: 0.42 },
  ]);
}

function drawSection(canvas: Canvas, slide: Slide): void {
  const { w, h } = canvas.page;
  const colours = onBand(canvas);
  const x = MARGIN * 1.5;
  const box: Box = { x: x + 0.35, y: h * 0.2, w: w - x - 0.35 - MARGIN * 1.5, h: h * 0.55 };
  const heading = withoutMarker(slide).trim();
  const paragraphs = [
    ...(slide.marker ? [{ text: slide.marker, scale: 1.2 }] : []),
    { text: heading, scale: 1 },
    ...(slide.subtitle ? [{ text: slide.subtitle, scale: 0.55 }] : []),
  ];
  const size = fitSize(paragraphs, box, { max: 48, min: 16, paragraphGap: 0.4 });
  const runs: Run[] = [];
  if (slide.marker) {
    runs.push(
      canvas.run(slide.marker, {
        face: canvas.titleFace,
        bold: true,
        fontSize: Math.round(size * 1.2),
        color: colours.rule,
        breakLine: true,
      }),
    );
  }
  runs.push(
    canvas.run(heading, {
      face: canvas.titleFace,
      bold: true,
      fontSize: size,
      color: colours.text,
      breakLine: true,
    }),
  );
  if (slide.subtitle) {
    runs.push(
      canvas.run(slide.subtitle, {
        fontSize: Math.round(size * 0.55),
        color: colours.muted,
        paraSpaceBefore: 12,
        breakLine: true,
      }),
    );
  }
  canvas.rect({ x, y: box.y, w: 0.1, h: box.h }, colours.rule);
  canvas.text(runs, box, { valign: "middle" });
  const count = canvas.context.sections.length;
  if (count > 0) {
    canvas.text([canvas.run(`${slide.section + 1} / ${count}`, { fontSize: 18, color: colours.muted })], {
      x: box.x,
      y: box.y + box.h + 0.3,
      w: 3,
      h: 0.5,
    });
  }
}

/** The slide's heading: its marker as a badge, then the title; on a band when the theme has one. */
function drawHeader(canvas: Canvas, title: string, marker: string): void {
  const { w } = canvas.page;
  const band = canvas.theme.band;
  if (band) {
    canvas.rect({ x: 0, y: 0, w, h: HEADER.y + HEADER.h + 0.1 }, band.fill);
    canvas.rect({ x: 0, y: HEADER.y + HEADER.h + 0.1, w, h: 0.08 }, band.rule);
  }
  let x = MARGIN;
  const badge = badgeOf(marker);
  if (badge) {
    const badgeBox: Box = { x, y: HEADER.y + 0.12, w: 0, h: HEADER.h - 0.24 };
    const size = Math.min(28, Math.round((badgeBox.h * POINTS_PER_INCH) / 1.6));
    badgeBox.w = Math.max(badgeBox.h, (displayWidth(badge) * size) / POINTS_PER_INCH + 0.35);
    canvas.slide.addText([canvas.run(badge, { bold: true, fontSize: size, color: canvas.theme.badgeText })], {
      ...badgeBox,
      shape: "roundRect",
      rectRadius: 0.1,
      fill: { color: canvas.theme.badgeFill },
      align: "center",
      valign: "middle",
      margin: 2,
      fit: "shrink",
    });
    x += badgeBox.w + 0.2;
  }
  const box: Box = { x, y: HEADER.y, w: w - MARGIN - x, h: HEADER.h };
  const size = fitSize([{ text: title }], box, { max: 36, min: 16, lineHeight: 1.15 });
  canvas.text(
    [
      canvas.run(title, {
        face: canvas.titleFace,
        bold: true,
        fontSize: size,
        color: band ? band.text : canvas.theme.text,
      }),
    ],
    box,
    { valign: "middle" },
  );
}

function bodyBox(canvas: Canvas): Box {
  const { w, h } = canvas.page;
  return { x: MARGIN, y: BODY_TOP, w: w - 2 * MARGIN, h: h - BODY_TOP - FOOTER_H - 0.3 };
}

function drawFooter(canvas: Canvas, slide: Slide): void {
  const { w, h } = canvas.page;
  const section = canvas.context.sections[slide.section];
  const y = h - FOOTER_H - 0.1;
  if (section) {
    canvas.text(
      [canvas.run(section, { fontSize: 12, color: canvas.theme.muted })],
      {
        x: MARGIN,
        y,
        w: w * 0.7,
        h: FOOTER_H,
      },
      { valign: "middle" },
    );
  }
  canvas.text(
    [
      canvas.run(`${canvas.context.number} / ${canvas.context.total}`, {
        fontSize: 12,
        color: canvas.theme.muted,
      }),
    ],
    {
      x: w - MARGIN - 1.5,
      y,
      w: 1.5,
      h: FOOTER_H,
    },
    { align: "right", valign: "middle" },
  );
}

function drawAgenda(canvas: Canvas, slide: Slide): void {
  drawHeader(canvas, slide.title, "");
  const items = slide.agenda ?? [];
  const box = bodyBox(canvas);
  const lines = items.map((item) => ({ text: `${badgeOf(item.marker)}  ${item.heading}` }));
  const size = fitSize(lines, box, { max: 32, min: 12, paragraphGap: 0.5 });
  const runs = items.flatMap((item) => {
    const badge = badgeOf(item.marker);
    const colour = item.current ? canvas.theme.accent : canvas.theme.text;
    return [
      ...(badge
        ? [
            canvas.run(`${badge}  `, {
              bold: true,
              fontSize: size,
              color: canvas.theme.accent,
              paraSpaceBefore: Math.round(size * 0.5),
            }),
          ]
        : []),
      canvas.run(item.heading, {
        bold: item.current,
        fontSize: size,
        color: colour,
        breakLine: true,
        ...(badge ? {} : { paraSpaceBefore: Math.round(size * 0.5) }),
      }),
    ];
  });
  canvas.text(runs, box);
}

const BULLETS: FitRules = { max: 32, min: 12, paragraphGap: 0.45, lineHeight: 1.2 };

function bulletRuns(canvas: Canvas, lines: readonly string[], size: number): Run[] {
  return lines.map((line) =>
    canvas.run(line, {
      fontSize: size,
      bullet: { indent: Math.round(size * 1.1) },
      indentLevel: 0,
      paraSpaceBefore: Math.round(size * 0.45),
      breakLine: true,
    }),
  );
}

function drawPoint(canvas: Canvas, slide: Slide): void {
  drawHeader(canvas, slide.title, slide.marker);
  const box = bodyBox(canvas);
  switch (slide.layout?.name ?? "list") {
    case "cards":
      return drawCards(canvas, slide, box);
    case "figures":
      return drawFigures(canvas, slide, box);
    case "timeline":
      return drawTimeline(canvas, slide, box);
    case "statement":
      return drawStatement(canvas, slide, box);
    case "columns":
      return drawColumns(canvas, slide, box);
    default:
      return drawList(canvas, slide.bullets, box);
  }
}

/** Bullet width adds the bullet's indent: about one and a half cells. */
const bulletText = (line: string) => ({ text: `${line}\u3000\u3000` });

function drawList(canvas: Canvas, bullets: readonly string[], box: Box): void {
  if (bullets.length === 0) return;
  const size = fitSize(bullets.map(bulletText), box, BULLETS);
  canvas.text(bulletRuns(canvas, bullets, size), box);
}

function drawColumns(canvas: Canvas, slide: Slide, box: Box): void {
  const half = Math.ceil(slide.bullets.length / 2);
  const columns = [slide.bullets.slice(0, half), slide.bullets.slice(half)];
  const column = { ...box, w: (box.w - GAP) / 2 };
  const size = fitAll(
    columns.map((lines) => lines.map(bulletText)),
    column,
    BULLETS,
  );
  columns.forEach((lines, index) => {
    if (lines.length > 0)
      canvas.text(bulletRuns(canvas, lines, size), { ...column, x: box.x + index * (column.w + GAP) });
  });
}

function drawStatement(canvas: Canvas, slide: Slide, box: Box): void {
  const statement = slide.bullets[0] ?? "";
  const inner = { ...box, x: box.x + 0.4, w: box.w - 0.8 };
  const size = fitSize([{ text: statement }], inner, { max: 44, min: 16, lineHeight: 1.3 });
  canvas.text(
    [canvas.run(statement, { bold: true, fontSize: size, color: canvas.theme.text, breakLine: true })],
    inner,
    {
      align: "center",
      valign: "middle",
    },
  );
  // Lines of the point beyond the statement (none when the layout was chosen) stay on the slide.
  if (slide.bullets.length > 1)
    drawList(canvas, slide.bullets.slice(1), { ...box, y: box.y + box.h * 0.7, h: box.h * 0.3 });
}

/** Rows and columns for `count` tiles: one row up to three, then two or three a row. */
function grid(count: number, box: Box): Box[] {
  const columns = count <= 3 ? count : count === 4 ? 2 : 3;
  const rows = Math.ceil(count / columns);
  const w = (box.w - GAP * (columns - 1)) / columns;
  const h = (box.h - GAP * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, index) => ({
    x: box.x + (index % columns) * (w + GAP),
    y: box.y + Math.floor(index / columns) * (h + GAP),
    w,
    h,
  }));
}

function drawCards(canvas: Canvas, slide: Slide, box: Box): void {
  const cards = slide.cards ?? [];
  const cells = grid(cards.length, box);
  const DETAIL = 0.75;
  const groups = cards.map((card) => [
    { text: badgeOf(card.marker) },
    { text: card.heading },
    ...(card.detail ? [{ text: card.detail, scale: DETAIL }] : []),
  ]);
  const first = cells[0];
  if (!first) return;
  const size = fitAll(groups, first, { max: 30, min: 11, paragraphGap: 0.35 });
  cards.forEach((card, index) => {
    const cell = cells[index];
    if (!cell) return;
    const badge = badgeOf(card.marker);
    const runs: Run[] = [
      ...(badge
        ? [canvas.run(badge, { bold: true, fontSize: size, color: canvas.theme.accent, breakLine: true })]
        : []),
      canvas.run(card.heading, {
        bold: true,
        fontSize: size,
        paraSpaceBefore: Math.round(size * 0.3),
        breakLine: true,
      }),
      ...(card.detail
        ? [
            canvas.run(card.detail, {
              fontSize: Math.round(size * DETAIL),
              color: canvas.theme.muted,
              paraSpaceBefore: Math.round(size * 0.35),
              breakLine: true,
            }),
          ]
        : []),
    ];
    canvas.text(runs, cell, { shape: "roundRect", rectRadius: 0.08, fill: { color: canvas.theme.cardFill } });
  });
}

function drawFigures(canvas: Canvas, slide: Slide, box: Box): void {
  const figures = slide.figures ?? [];
  const cells = grid(figures.length, box);
  const first = cells[0];
  if (!first) return;
  const LABEL = 0.4;
  const size = fitAll(
    figures.map((tile) => [{ text: tile.figure }, { text: tile.label, scale: LABEL }]),
    first,
    { max: 60, min: 16, paragraphGap: 0.2 },
  );
  figures.forEach((tile, index) => {
    const cell = cells[index];
    if (!cell) return;
    canvas.text(
      [
        canvas.run(tile.figure, { bold: true, fontSize: size, color: canvas.theme.accent, breakLine: true }),
        canvas.run(tile.label, {
          fontSize: Math.max(11, Math.round(size * LABEL)),
          color: canvas.theme.muted,
          paraSpaceBefore: 6,
          breakLine: true,
        }),
      ],
      cell,
      {
        align: "center",
        valign: "middle",
        shape: "roundRect",
        rectRadius: 0.08,
        fill: { color: canvas.theme.cardFill },
      },
    );
  });
}

function drawTimeline(canvas: Canvas, slide: Slide, box: Box): void {
  const timeline = slide.timeline ?? { lead: [], entries: [] };
  let top = box.y;
  if (timeline.lead.length > 0) {
    const leadBox: Box = { ...box, h: box.h * 0.25 };
    const size = fitSize(
      timeline.lead.map((text) => ({ text })),
      leadBox,
      { max: 24, min: 11 },
    );
    canvas.text(
      timeline.lead.map((line) =>
        canvas.run(line, { fontSize: size, color: canvas.theme.muted, breakLine: true }),
      ),
      leadBox,
    );
    top += leadBox.h + 0.1;
  }
  const entries = timeline.entries;
  if (entries.length === 0) return;
  const axisY = top + 0.15;
  canvas.rect({ x: box.x, y: axisY, w: box.w, h: 0.05 }, canvas.theme.accent);
  const w = (box.w - GAP * (entries.length - 1)) / entries.length;
  const column: Box = { x: box.x, y: axisY + 0.25, w, h: box.y + box.h - axisY - 0.25 };
  const size = fitAll(
    entries.map((entry) => [{ text: entry.date, scale: 1.1 }, ...entry.lines.map((text) => ({ text }))]),
    column,
    { max: 24, min: 10, paragraphGap: 0.3 },
  );
  entries.forEach((entry, index) => {
    const x = box.x + index * (w + GAP);
    canvas.slide.addShape("ellipse", {
      x: x + 0.05,
      y: axisY - 0.1,
      w: 0.25,
      h: 0.25,
      fill: { color: canvas.theme.accent },
      line: { color: canvas.theme.background, width: 1.5 },
    });
    canvas.text(
      [
        canvas.run(entry.date, {
          bold: true,
          fontSize: Math.round(size * 1.1),
          color: canvas.theme.accent,
          breakLine: true,
        }),
        ...entry.lines.map((line) =>
          canvas.run(line, { fontSize: size, paraSpaceBefore: Math.round(size * 0.3), breakLine: true }),
        ),
      ],
      { ...column, x },
    );
  });
}

function drawQuote(canvas: Canvas, slide: Slide): void {
  const { w, h } = canvas.page;
  const band = canvas.theme.band;
  if (band) canvas.rect({ x: 0, y: 0, w, h: 0.33 }, band.fill);
  const quote = slide.quote ?? { text: slide.bullets.join(""), attribution: "" };
  const box: Box = { x: MARGIN * 2, y: 0.9, w: w - MARGIN * 4, h: h - 0.9 - FOOTER_H - 1.3 };
  const size = fitSize([{ text: quote.text }], box, { max: 40, min: 14, lineHeight: 1.35 });
  canvas.rect({ x: MARGIN * 2 - 0.25, y: box.y, w: 0.08, h: box.h }, canvas.theme.accent);
  canvas.text([canvas.run(quote.text, { face: canvas.titleFace, fontSize: size, breakLine: true })], box, {
    valign: "middle",
  });
  if (quote.attribution) {
    canvas.text(
      [canvas.run(quote.attribution, { fontSize: 20, color: canvas.theme.muted })],
      {
        x: box.x,
        y: box.y + box.h + 0.15,
        w: box.w,
        h: 0.7,
      },
      { align: "right" },
    );
  }
}
