/**
 * The slides PDF: reveal.js's own print view (`?print-pdf`) and one `page.pdf` call at the deck's
 * canvas size, then pdf-lib for the document information and bookmarks.
 */
import type { Page } from "puppeteer-core";
import { ExitCode, PodiumError } from "../errors.js";
import { labelsFor, markedTitle } from "../plan/labels.js";
import type { RenderedDeck, RenderedSlide } from "../render/types.js";
import type { BrowserSession } from "./browser.js";
import { openDeck } from "./load.js";
import type { Bookmark, Printed } from "./meta.js";
import type { PrintOptions } from "./options.js";

export interface SlidesPdfOptions extends PrintOptions {
  /** Each slide's speaker notes on a page of their own after it. */
  notes?: boolean;
}

/**
 * reveal.js config passed in the URL (reveal reads its query string as config): no page per fragment,
 * no margin so a page is exactly the canvas, and never a second page for an overflowing slide.
 */
function printQuery(notes: boolean): string {
  return [
    "print-pdf",
    "pdfSeparateFragments=false",
    "margin=0",
    "pdfMaxPagesPerSlide=1",
    `showNotes=${notes ? "separate-page" : "false"}`,
    "slideNumber=false",
  ].join("&");
}

declare global {
  interface Window {
    __podiumPdfReady?: boolean;
  }
}

/**
 * Runs before any deck script: listens for `pdf-ready` so an early one is never missed. (The
 * themes keep slides full height in reveal.js's print view: see base.css.) reveal.js lays out its
 * print view between animation frames, which a page behind another gets none of: while a handout
 * or a second deck printed, the slides waited for it to close. A page that only prints needs no
 * frames, so its frame callbacks run as tasks.
 */
function preparePrintView(): void {
  window.requestAnimationFrame = (callback) => window.setTimeout(() => callback(performance.now()), 0);
  window.cancelAnimationFrame = (handle) => window.clearTimeout(handle);
  window.__podiumPdfReady = false;
  window.addEventListener("pdf-ready", () => (window.__podiumPdfReady = true), true);
}

/** Resolves once reveal.js has laid the slides out on their pages (`pdf-ready`). */
function pagesPlaced(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (window.__podiumPdfReady === true) resolve();
    else window.addEventListener("pdf-ready", () => resolve(), { once: true });
  });
}

/**
 * Wait for reveal.js's print layout and the fonts it uses; and, for podium's decks, for the boot
 * script's text fitting (it marks `<html data-podium-ready>` when done).
 */
async function waitForPrintView(page: Page, label: string, fits = false): Promise<void> {
  const isDeck = await page.evaluate(() => document.querySelector(".reveal .slides") !== null);
  if (!isDeck) {
    throw new PodiumError(
      `${label}: the page is not a reveal.js deck (no .reveal .slides)`,
      ExitCode.internal,
    );
  }
  // Waits on the events themselves: polling on animation frames stalls while other pages of the
  // browser print (a page in the background gets few frames), which held the slides back for seconds.
  await page.evaluate(async (fits: boolean) => {
    await new Promise<void>((resolve) => {
      if (window.__podiumPdfReady === true) resolve();
      else window.addEventListener("pdf-ready", () => resolve(), { once: true });
    });
    if (fits) {
      const root = document.documentElement;
      await new Promise<void>((resolve) => {
        const ready = () => root.getAttribute("data-podium-ready") === "true";
        if (ready()) return resolve();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(root, { attributes: true, attributeFilter: ["data-podium-ready"] });
      });
    }
    await document.fonts.ready;
  }, fits);
}

/** Notes pages readable on paper and screen: reveal's default is 18 px on a 1920 px page. */
function notesCss(deck: RenderedDeck): string {
  const label = labelsFor(deck.plan.script).speakerNotes;
  const pad = Math.round(deck.width * 0.06);
  return `
html.reveal-print .reveal .speaker-notes-pdf[data-layout="separate-page"] {
  box-sizing: border-box; min-height: ${deck.height - 1}px; padding: ${pad}px ${pad}px !important;
  font-size: ${Math.round(deck.height / 34)}px; line-height: 1.7; text-align: left; color: #222; background: #fff;
  font-family: inherit;
}
html.reveal-print .reveal .speaker-notes-pdf[data-layout="separate-page"]:last-child { page-break-after: auto; }
html.reveal-print .reveal .speaker-notes-pdf p { margin: 0 0 0.6em; }
.reveal .speaker-notes:before { content: ${JSON.stringify(label)}; font-size: 0.8em; opacity: 0.6; }`;
}

/** For each `.pdf-page` (one per slide), the 0-based PDF page it lands on; notes pages may run long. */
function pageStarts(pageHeight: number): { starts: number[]; total: number } {
  const container = document.querySelector(".reveal .slides");
  const starts: number[] = [];
  let page = 0;
  for (const element of Array.from(container?.children ?? [])) {
    if (element.classList.contains("pdf-page")) {
      starts.push(page);
      page += 1;
    } else if (element.classList.contains("speaker-notes-pdf")) {
      page += Math.max(1, Math.ceil((element.getBoundingClientRect().height - 1) / pageHeight));
    }
  }
  return { starts, total: page };
}

/**
 * One bookmark per top-level point (section divider), titled with marker and heading as the
 * audience read them; decks without sections get one per point.
 */
function bookmarksFor(slides: RenderedSlide[], pageOfSlide: (index: number) => number): Bookmark[] {
  let picked = slides
    .map((slide, index) => ({ slide, index }))
    .filter(({ slide }) => slide.kind === "section");
  if (picked.length === 0) {
    picked = slides
      .map((slide, index) => ({ slide, index }))
      .filter(({ slide }) => slide.kind === "point" && !slide.continued);
  }
  return picked.map(({ slide, index }) => ({ title: markedTitle(slide).trim(), page: pageOfSlide(index) }));
}

/** The slides PDF as printed, and where each slide landed (the handout draws its slides from it). */
export interface PrintedSlides extends Printed {
  /** The 0-based page of each slide; notes pages come between slides with `notes`. */
  pageOfSlide: number[];
}

/** The slides as Chromium prints them, with the metadata and bookmarks still to add. */
export async function printSlides(
  session: BrowserSession,
  deck: RenderedDeck,
  options: SlidesPdfOptions = {},
): Promise<PrintedSlides> {
  const notes = options.notes ?? false;
  const label = `${options.label ?? deck.plan.info.title}: slides PDF`;
  const printed = await session.withPage(
    label,
    async (page) => {
      const { identifier } = await page.evaluateOnNewDocument(preparePrintView);
      await openDeck(page, deck, printQuery(notes), options.deckDir);
      // The deck has started; a later document in this page is not a print view.
      await page.removeScriptToEvaluateOnNewDocument(identifier);
      const laidOut = waitForPrintView(page, label, deck.html.includes("data-podium-ready"));
      // Once reveal.js has put the slides on their pages, their fonts are settled: the text
      // fitting that follows changes sizes only.
      const fonts = page.evaluate(pagesPlaced).then(() => options.whileLayingOut?.(page));
      await Promise.all([laidOut, fonts]);
      if (notes) await page.addStyleTag({ content: notesCss(deck) });
      await options.beforePrint?.(page);
      const layout = await page.evaluate(pageStarts, deck.height);
      const bytes = await page.pdf({
        width: `${deck.width}px`,
        height: `${deck.height}px`,
        printBackground: true,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        // An untagged PDF prints about 40% faster; text stays selectable and bookmarks come from pdf-lib.
        tagged: false,
        timeout: 0,
      });
      return { bytes, layout };
    },
    options.timeoutMs,
    { width: deck.width, height: deck.height },
  );
  const { starts } = printed.layout;
  const pageOfSlide = deck.slides.map((_, index) => starts[index] ?? index);
  const bookmarks = bookmarksFor(deck.slides, (index) => pageOfSlide[index] ?? index);
  return {
    bytes: printed.bytes,
    pageOfSlide,
    meta: { info: deck.plan.info, lang: deck.lang, bookmarks },
  };
}
