/**
 * Printed handouts: sheets laid out on A4 or Letter through Handlebars templates, each slide's place a
 * link to it, printed with one `page.pdf` call; then every such link becomes the slide's page from
 * the slides PDF (pdf-compose.ts), so the handout shows the slides exactly as printed.
 */
import type { HandoutLayout, Paper } from "../config/values.js";
import { labelsFor } from "../plan/labels.js";
import { displayText } from "../render/punctuation.js";
import type { RenderedDeck } from "../render/types.js";
import type { BrowserSession } from "./browser.js";
import type { Printed } from "./meta.js";
import type { PrintOptions } from "./options.js";
import { placeSlides, slideLink } from "./pdf-compose.js";
import type { PrintedSlides } from "./pdf.js";
import { marginBoxes, printOnPaper, type MarginBoxes } from "./page-margins.js";
import { fontStack, loadPrintTemplate, readPrintCss } from "./templates.js";

export interface HandoutOptions extends PrintOptions {
  /** Slides a page (`3`: slides on the left, ruled lines on the right). */
  layout: HandoutLayout;
  paper: Paper;
}

/** Paper in millimetres; the margins around the printable area hold the header and footer. */
const PAPER: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};
const MARGIN = { top: 18, bottom: 15, side: 14 };
const LINE_GAP_MM = 8;

/** How many slides go on a sheet and how wide each is drawn, in mm. */
const SLOTS: Record<HandoutLayout, { perSheet: number; thumbWidth: number }> = {
  "1": { perSheet: 1, thumbWidth: 170 },
  "2": { perSheet: 2, thumbWidth: 140 },
  "3": { perSheet: 3, thumbWidth: 88 },
  "4": { perSheet: 4, thumbWidth: 86 },
  "6": { perSheet: 6, thumbWidth: 84 },
  notes: { perSheet: 1, thumbWidth: 150 },
};

interface HandoutGeometry {
  thumbWidthMm: number;
  thumbHeightMm: number;
  /** Printable height of a sheet; every sheet is exactly this tall so none spills onto a second page. */
  sheetHeightMm: number;
  lineGapMm: number;
  /** Ruled lines beside (layout 3) or beneath (layout 1) each slide. */
  linesPerSlide: number;
}

function handoutGeometry(
  layout: HandoutLayout,
  paper: Paper,
  deck: Pick<RenderedDeck, "width" | "height">,
): HandoutGeometry {
  const sheet = PAPER[paper];
  const contentWidth = sheet.width - 2 * MARGIN.side;
  // Slack of 1 mm: Chrome rounds page boxes, and an overfull sheet would add a blank page.
  const sheetHeightMm = sheet.height - MARGIN.top - MARGIN.bottom - 1;
  const slot = SLOTS[layout];
  let thumbWidthMm = Math.min(slot.thumbWidth, contentWidth);
  const ratio = deck.height / deck.width;
  // 4:3 slides are taller: shrink until the column of slides fits the sheet.
  const rows = layout === "4" ? 2 : layout === "6" ? 3 : slot.perSheet;
  const gaps = (rows + 1) * 5;
  if (layout !== "notes" && layout !== "1" && thumbWidthMm * ratio * rows + gaps > sheetHeightMm) {
    thumbWidthMm = (sheetHeightMm - gaps) / rows / ratio;
  }
  if (layout === "1" && thumbWidthMm * ratio > sheetHeightMm * 0.6)
    thumbWidthMm = (sheetHeightMm * 0.6) / ratio;
  const thumbHeightMm = thumbWidthMm * ratio;
  let linesPerSlide = 0;
  if (layout === "3") linesPerSlide = Math.floor((thumbHeightMm - 2) / LINE_GAP_MM);
  if (layout === "1") linesPerSlide = Math.floor((sheetHeightMm - thumbHeightMm - 12) / LINE_GAP_MM);
  return {
    thumbWidthMm: round(thumbWidthMm),
    thumbHeightMm: round(thumbHeightMm),
    sheetHeightMm: round(sheetHeightMm),
    lineGapMm: LINE_GAP_MM,
    linesPerSlide,
  };
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** The handout as an HTML document. */
async function handoutHtml(
  deck: RenderedDeck,
  layout: HandoutLayout,
  paper: Paper,
  boxes: MarginBoxes,
  templatesDir: string | undefined,
): Promise<string> {
  const geometry = handoutGeometry(layout, paper, deck);
  const perSheet = SLOTS[layout].perSheet;
  const lines = Array.from({ length: geometry.linesPerSlide }, () => ({}));
  const items = deck.slides.map((slide, index) => ({
    number: index + 1,
    link: slideLink(index + 1),
    title: slide.title,
    notes: slide.notes.map((note) => displayText(note, deck.plan.script)),
    lines,
  }));
  const sheets = [];
  for (let i = 0; i < items.length; i += perSheet) sheets.push({ slides: items.slice(i, i + perSheet) });
  const layoutPartial = `layout-${layout}`;
  const [template, css] = await Promise.all([
    loadPrintTemplate("handout", [layoutPartial, "slide", "lines"], templatesDir),
    readPrintCss("handout.css", templatesDir),
  ]);
  return template({
    lang: deck.lang,
    title: deck.plan.info.title,
    layout,
    layoutPartial,
    geometry,
    handoutCss: `:root { --podium-font: ${fontStack(deck.lang)}; }\n${boxes.css}\n${css}`,
    sheets,
  });
}

/**
 * The handout as Chromium prints it, with the metadata still to add; its slides come from `slides`,
 * the slides PDF printed alongside.
 */
export async function printHandout(
  session: BrowserSession,
  deck: RenderedDeck,
  options: HandoutOptions,
  slides: Promise<PrintedSlides>,
): Promise<Printed> {
  const { layout, paper } = options;
  const label = `${options.label ?? deck.plan.info.title}: handout PDF`;
  const boxes = marginBoxes(deck.lang, deck.plan.info.title, deck.plan.info.date ?? "", MARGIN);
  const html = handoutHtml(deck, layout, paper, boxes, options.templatesDir);
  html.catch(() => undefined);
  // Asked for at once, as the reading copy's page is: outputs take pages in the order they started.
  const bytes = await session.withPage(
    label,
    async (page) => printOnPaper(page, deck, await html, paper, boxes, options, options.deckDir),
    options.timeoutMs,
  );
  const { bytes: slideBytes, pageOfSlide } = await slides;
  const kind = labelsFor(deck.plan.script).handout;
  return {
    bytes: await placeSlides(bytes, slideBytes, pageOfSlide),
    meta: { info: deck.plan.info, lang: deck.lang, kind },
  };
}
