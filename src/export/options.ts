import type { Page } from "puppeteer-core";

/** Text a page draws outside its DOM (margin boxes, labels added later), and in which font. */
export interface DrawnText {
  text: string;
  /** A CSS font-family list; without it, the page's body font. */
  fontFamily?: string;
}

/** What every printed output (slides PDF, handout, reading copy) is given besides the deck. */
export interface PrintOptions {
  /** The folder the deck was written to, so images and fonts it refers to resolve; without it the deck is served from memory. */
  deckDir?: string;
  /** The user's template folder; `handouts/*` there replace podium's own. */
  templatesDir?: string;
  /** Names the deck in errors (usually the input file). */
  label?: string;
  timeoutMs?: number;
  /**
   * Starts once the page has loaded and runs while the page lays itself out (print fonts are made
   * then, in Node, beside the browser's work); awaited before `beforePrint`.
   */
  whileLayingOut?: (page: Page, drawn?: readonly DrawnText[]) => Promise<void>;
  /** Runs in the page just before it prints (the CJK font check uses it: no page of its own). */
  beforePrint?: (page: Page) => Promise<void>;
}
