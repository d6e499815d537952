/**
 * The speaker's reading copy: the cleaned speech in large type, numbered headings in bold, one
 * column, generous line spacing, page numbers.
 */
import type { Page } from "puppeteer-core";
import type { Outline, Point } from "../outline/types.js";
import type { SlidePlan } from "../plan/types.js";
import { displayText } from "../render/punctuation.js";
import type { RenderedDeck } from "../render/types.js";
import type { BrowserSession } from "./browser.js";
import { openDocument } from "./load.js";
import { finishPrinted, type Printed } from "./meta.js";
import { compile, fontStack, headerFooter, readTemplate } from "./templates.js";

export interface ScriptBlock {
  /** Marker and heading as written (`二、練好內功真功，…`); absent for the opening and closing text. */
  heading?: string;
  level: number;
  paragraphs: string[];
}

export interface ScriptPdfOptions {
  /** The outline the deck came from: the reading copy follows it exactly. Without it, the plan's notes. */
  outline?: Outline;
  paper?: "a4" | "letter";
  templatesDir?: string;
  label?: string;
  timeoutMs?: number;
  /** Runs in the page just before it prints (the CJK font check uses it: no page of its own). */
  beforePrint?: (page: Page) => Promise<void>;
}

const headingOf = (marker: string, text: string): string =>
  !marker || text.startsWith(marker) ? text : `${marker}${text}`;

/** The speech as blocks, from the outline (preamble, every point in order, closing). */
export function blocksFromOutline(outline: Outline): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  if (outline.preamble.length > 0) blocks.push({ level: 0, paragraphs: [...outline.preamble] });
  const walk = (point: Point): void => {
    const last = blocks[blocks.length - 1];
    if (point.inline && last) {
      // An item of a series written inside one paragraph stays running text, as it was spoken.
      last.paragraphs.push([headingOf(point.marker, point.heading), ...point.paragraphs].join(""));
    } else {
      blocks.push({
        heading: headingOf(point.marker, point.heading),
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
export function blocksFromPlan(plan: SlidePlan): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  for (const slide of plan.slides) {
    const last = blocks[blocks.length - 1];
    const headed = (slide.kind === "section" || slide.kind === "point") && !slide.continued;
    if (headed) {
      const title =
        slide.kind === "section" && slide.subtitle ? `${slide.title}，${slide.subtitle}` : slide.title;
      blocks.push({
        heading: headingOf(slide.marker, title),
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

/** The reading copy as an HTML document. */
export function scriptHtml(
  deck: RenderedDeck,
  blocks: ScriptBlock[],
  title: string,
  templatesDir?: string,
): string {
  const { info, script } = deck.plan;
  const template = compile("script", [], templatesDir);
  const css = readTemplate("script.css", templatesDir);
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
    scriptCss: `:root { --podium-font: ${fontStack(deck.lang, "serif")}; }\n${css}`,
  });
}

/** The reading copy PDF, as bytes. */
export async function scriptPdf(
  session: BrowserSession,
  deck: RenderedDeck,
  options: ScriptPdfOptions = {},
): Promise<Uint8Array> {
  return finishPrinted(await printScript(session, deck, options));
}

/** The reading copy as Chromium prints it, with the metadata still to add. */
export async function printScript(
  session: BrowserSession,
  deck: RenderedDeck,
  options: ScriptPdfOptions = {},
): Promise<Printed> {
  const blocks = options.outline ? blocksFromOutline(options.outline) : blocksFromPlan(deck.plan);
  const title = options.outline?.title ?? deck.plan.info.title;
  const html = scriptHtml(deck, blocks, title, options.templatesDir);
  const label = `${options.label ?? title}: reading copy PDF`;
  const { footerTemplate } = headerFooter(deck.lang, title, "", 22, options.templatesDir);
  const bytes = await session.withPage(
    label,
    async (page) => {
      await openDocument(page, deck, html);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      await options.beforePrint?.(page);
      return page.pdf({
        format: options.paper === "letter" ? "Letter" : "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate,
        preferCSSPageSize: false,
        margin: { top: "20mm", bottom: "20mm", left: "22mm", right: "22mm" },
        tagged: false,
        timeout: 0,
      });
    },
    options.timeoutMs,
  );
  const kind = deck.lang.startsWith("zh") ? (deck.lang === "zh-Hant" ? "講稿" : "讲稿") : "Reading copy";
  return { bytes, meta: { info: { ...deck.plan.info, title }, lang: deck.lang, kind } };
}
