/**
 * The speaker's reading copy: the cleaned speech in large type, numbered headings in bold, one
 * column, generous line spacing, page numbers.
 */
import type { Paper } from "../config/values.js";
import type { Outline, Point } from "../outline/types.js";
import { labelsFor, markedTitle, withMarker } from "../plan/labels.js";
import type { SlidePlan } from "../plan/types.js";
import { displayText } from "../render/punctuation.js";
import type { RenderedDeck } from "../render/types.js";
import type { BrowserSession } from "./browser.js";
import type { Printed } from "./meta.js";
import type { PrintOptions } from "./options.js";
import { marginBoxes, printOnPaper, type MarginBoxes } from "./page-margins.js";
import { fontStack, loadPrintTemplate, readPrintCss } from "./templates.js";

interface ReadingBlock {
  /** Marker and heading as written (`二、練好內功真功，…`); absent for the opening and closing text. */
  heading?: string;
  level: number;
  paragraphs: string[];
}

export interface ReadingCopyOptions extends PrintOptions {
  /** The outline the deck came from: the reading copy follows it exactly. Without it, the plan's notes. */
  outline?: Outline;
  paper: Paper;
}

/** A point's marker and heading as read: a title written in brackets (`第一条（目的和依据）`) keeps them. */
function readHeading(point: Point): string {
  const title = point.lead === undefined ? point.heading : `${point.lead}${point.heading}${point.terminator}`;
  return withMarker(point.marker, title);
}

/** The speech as blocks, from the outline (preamble, every point in order, closing). */
function blocksFromOutline(outline: Outline): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  if (outline.preamble.length > 0) blocks.push({ level: 0, paragraphs: [...outline.preamble] });
  const walk = (point: Point): void => {
    const last = blocks[blocks.length - 1];
    if (point.inline && last) {
      // An item of a series written inside one paragraph stays running text, as it was spoken.
      last.paragraphs.push([readHeading(point), ...point.paragraphs].join(""));
    } else {
      blocks.push({
        heading: readHeading(point),
        level: point.level,
        paragraphs: [...point.paragraphs],
      });
    }
    point.children.forEach(walk);
  };
  outline.points.forEach(walk);
  if (outline.closing.length > 0) blocks.push({ level: 0, paragraphs: [...outline.closing] });
  return blocks;
}

/** The speech as blocks, from the slides' notes (which hold the speech word for word). */
function blocksFromPlan(plan: SlidePlan): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  for (const slide of plan.slides) {
    const last = blocks[blocks.length - 1];
    const headed = (slide.kind === "section" || slide.kind === "point") && !slide.continued;
    if (headed) {
      const title =
        slide.kind === "section" && slide.subtitle ? `${slide.title}，${slide.subtitle}` : slide.title;
      blocks.push({
        heading: markedTitle({ ...slide, title }),
        level: slide.kind === "section" ? 1 : 2,
        paragraphs: [...slide.notes],
      });
    } else if (slide.notes.length > 0) {
      if (last && slide.continued) last.paragraphs.push(...slide.notes);
      else blocks.push({ level: 0, paragraphs: [...slide.notes] });
    }
  }
  return blocks;
}

/** The reading copy's page margins, in mm (wide at the sides: a line of reading length). */
const MARGIN = { top: 20, bottom: 20, side: 22 };

/** The reading copy as an HTML document. */
async function readingCopyHtml(
  deck: RenderedDeck,
  blocks: ReadingBlock[],
  title: string,
  boxes: MarginBoxes,
  templatesDir: string | undefined,
): Promise<string> {
  const { info, script } = deck.plan;
  const [template, css] = await Promise.all([
    loadPrintTemplate("reading-copy", [], templatesDir),
    readPrintCss("reading-copy.css", templatesDir),
  ]);
  // The punctuation the slides show, so the speaker reads what the audience sees.
  const display = (text: string) => displayText(text, script);
  return template({
    lang: deck.lang,
    title: display(title),
    subtitle: info.subtitle && display(info.subtitle),
    byline: [info.organisation, info.speaker, info.date].filter(Boolean).join(script === "en" ? " · " : "　"),
    blocks: blocks.map((block) => ({
      ...block,
      ...(block.heading === undefined ? {} : { heading: display(block.heading) }),
      paragraphs: block.paragraphs.map(display),
    })),
    readingCopyCss: `:root { --podium-font: ${fontStack(deck.lang, "serif")}; }\n${boxes.css}\n${css}`,
  });
}

/** The reading copy as Chromium prints it, with the metadata still to add. */
export async function printReadingCopy(
  session: BrowserSession,
  deck: RenderedDeck,
  options: ReadingCopyOptions,
): Promise<Printed> {
  const blocks = options.outline ? blocksFromOutline(options.outline) : blocksFromPlan(deck.plan);
  const title = options.outline?.title ?? deck.plan.info.title;
  const label = `${options.label ?? title}: reading copy PDF`;
  // The title opens the first page; the other pages carry only their number.
  const boxes = marginBoxes(deck.lang, "", "", MARGIN);
  const html = readingCopyHtml(deck, blocks, title, boxes, options.templatesDir);
  // Until the page's work awaits it, a broken template must not count as unhandled.
  html.catch(() => undefined);
  // The page is asked for at once, not once the HTML is made: the outputs of a deck take the
  // browser's pages in the order they were started (index.ts), whichever template loads first.
  // Opened as if it lived in the deck folder, so files the templates name there resolve.
  const bytes = await session.withPage(
    label,
    async (page) => printOnPaper(page, deck, await html, options.paper, boxes, options, options.deckDir),
    options.timeoutMs,
  );
  const kind = labelsFor(deck.plan.script).readingCopy;
  return { bytes, meta: { info: { ...deck.plan.info, title }, lang: deck.lang, kind } };
}
