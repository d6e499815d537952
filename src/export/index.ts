/**
 * The export stage: RenderedDeck → PDF bytes (slides, handout, reading copy). Files are written by
 * the caller (src/output.ts, atomically); nothing here touches the output folder.
 */
import { decodeHTML } from "entities";
import type { Page } from "puppeteer-core";
import type { Outline } from "../outline/types.js";
import type { RenderedDeck } from "../render/types.js";
import type { BrowserSession } from "./browser.js";
import { ensureCjkFont } from "./fonts.js";
import type { HandoutLayout, Paper } from "../config/values.js";
import { printHandout } from "./handout.js";
import { finishPrinted, type Printed } from "./meta.js";
import type { DrawnText, PrintOptions } from "./options.js";
import { labelsFor } from "../plan/labels.js";
import { displayText } from "../render/punctuation.js";
import { marginWords } from "./page-margins.js";
import { printSlides } from "./pdf.js";
import { charactersOf, preparePrintFonts, printFontsPay, usePrintFonts } from "./print-font.js";
import { pdfFileNames, wantsPdf } from "./names.js";
import { settleAll } from "../settle.js";
import { printReadingCopy } from "./reading-copy.js";

/** Every label podium may print for the deck's script, as one string. */
function labelText(deck: RenderedDeck): string {
  return Object.values(labelsFor(deck.plan.script))
    .filter((label): label is string => typeof label === "string")
    .join("");
}

/**
 * Every character the deck's outputs may show: its labels, page numbers and words, as written or as
 * displayed. Once per deck, as a string of distinct characters (the deck's text runs long).
 */
function deckCharacters(deck: RenderedDeck): string {
  const deckText = decodeHTML(deck.html);
  const texts = [labelText(deck), marginWords(deck.lang), deckText, displayText(deckText, deck.plan.script)];
  return [...charactersOf(texts)].join("");
}

/**
 * `make`'s value, made on the first call: a deck's words are gathered when its first page lays out,
 * not for every deck of a run before any page has opened.
 */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Which PDFs to print; the deck folder, templates, label and time limit are the same for each. */
export interface ExportOptions extends Omit<PrintOptions, "beforePrint" | "whileLayingOut"> {
  /** File names are `<name>.pdf`, `<name>-handout.pdf`, `<name>-reading-copy.pdf` (names.ts). */
  name: string;
  pdf?: boolean;
  /** Speaker notes on a page after each slide of the slides PDF. */
  notes?: boolean;
  handout?: boolean;
  layout: HandoutLayout;
  paper: Paper;
  readingCopy?: boolean;
  /** The outline the deck came from (the reading copy follows it); otherwise the plan's notes. */
  outline?: Outline;
}

export interface ExportedFile {
  /** File name relative to the deck's output folder. */
  file: string;
  bytes: Uint8Array;
}

/** A PDF as printed, before its metadata and bookmarks are added (`finishDeck`). */
export interface PrintedFile {
  file: string;
  printed: Printed;
}

/**
 * Every PDF the options ask for, printed in parallel pages of one shared browser. Once every deck
 * is printed the browser can close while `finishDeck` adds metadata and bookmarks.
 */
export async function printDeck(
  session: BrowserSession,
  deck: RenderedDeck,
  options: ExportOptions,
): Promise<PrintedFile[]> {
  if (!wantsPdf(options)) return [];
  const printFonts = printFontsPay(session);
  if (printFonts) preparePrintFonts(session);
  const sharedText = lazily(() => deckCharacters(deck));
  const common: PrintOptions = {
    deckDir: options.deckDir,
    templatesDir: options.templatesDir,
    label: options.label,
    timeoutMs: options.timeoutMs,
    // The page's CFF system fonts give way to subsets that print faster; they also hold the labels
    // podium adds to a page later (the speaker notes' heading) and what the page draws in its margins.
    // Each output draws from the deck's words, as written or as displayed: subsets cut for all of them
    // at once serve every page, where each page's own text had a face cut again for the next page.
    whileLayingOut: printFonts
      ? (page: Page, drawn: readonly DrawnText[] = []) =>
          usePrintFonts(session, page, [{ text: sharedText() }, ...drawn])
      : undefined,
    // Checked once per run, in whichever output's page gets there first; a failure stops every output.
    beforePrint: (page: Page) => ensureCjkFont(session, deck.lang, page),
  };
  const names = pdfFileNames(options.name);
  const named = (file: string) => (printed: Printed) => ({ file, printed });
  const jobs: Promise<PrintedFile>[] = [];
  // The handout's slides are the slides PDF's pages, so it is printed for a handout alone too.
  const slides =
    options.pdf || options.handout
      ? printSlides(session, deck, { ...common, notes: options.pdf ? options.notes : false })
      : undefined;
  // A handout that fails first (a broken template) leaves the slides' failure to nobody.
  slides?.catch(() => undefined);
  // Started before the handout, so that it takes a page first: after the slides it is the longest
  // print, and the handout's sheets wait for the slides anyway.
  const readingCopy = options.readingCopy
    ? printReadingCopy(session, deck, { ...common, outline: options.outline, paper: options.paper })
    : undefined;
  if (options.pdf && slides) jobs.push(slides.then(named(names.pdf)));
  if (options.handout && slides) {
    jobs.push(
      printHandout(session, deck, { ...common, layout: options.layout, paper: options.paper }, slides).then(
        named(names.handout),
      ),
    );
  }
  if (readingCopy) jobs.push(readingCopy.then(named(names.readingCopy)));
  return settleAll(jobs);
}

/** Adds title, author, subject and bookmarks to printed PDFs (no browser needed). */
export async function finishDeck(printed: readonly PrintedFile[]): Promise<ExportedFile[]> {
  return Promise.all(
    printed.map(async ({ file, printed: raw }) => ({ file, bytes: await finishPrinted(raw) })),
  );
}
