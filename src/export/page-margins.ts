/**
 * The running header and footer of the handout and the reading copy: title and date at the top,
 * "page N of M" at the foot, drawn by the page itself as CSS `@page` margin boxes. Chromium's own
 * header and footer templates are drawn in a document of their own, whose system fonts the PDF then
 * embeds whole: a CJK face took a second of every print. The page's margin boxes use the page's
 * fonts, which print-font.ts cuts down to the characters drawn. `printOnPaper` prints a paper
 * document within the same margins.
 */
import type { Page } from "puppeteer-core";
import type { Paper } from "../config/values.js";
import type { RenderedDeck } from "../render/types.js";
import { openDocument } from "./load.js";
import type { PrintOptions } from "./options.js";
import { fontStack, scriptOf } from "./templates.js";

/** Page margins in millimetres; the header and footer sit in the top and bottom ones. */
export interface PageMargins {
  top: number;
  bottom: number;
  side: number;
}

/** The margin boxes' rules, and the text they draw in which font (for print-font.ts to subset). */
export interface MarginBoxes {
  /** The margins the rules set, which the print must keep. */
  margins: PageMargins;
  css: string;
  drawn: { text: string; fontFamily: string };
}

/** A CSS string token: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  const flat = text.replace(/[\r\n\t\f]+/gu, " ").replace(/\p{Cc}/gu, "");
  return `"${flat.replace(/[\\"]/gu, "\\$&")}"`;
}

/** "第 1 页 / 共 3 页", "Page 1 of 3": the words around the page counters, in the speech's script. */
function pageLabel(lang: string): { content: string; words: string } {
  const page = "counter(page)";
  const pages = "counter(pages)";
  switch (scriptOf(lang)) {
    case "zh-Hant":
      return { content: `"第 " ${page} " 頁 / 共 " ${pages} " 頁"`, words: "第頁共/" };
    case "zh-Hans":
      return { content: `"第 " ${page} " 页 / 共 " ${pages} " 页"`, words: "第页共/" };
    default:
      return { content: `"Page " ${page} " of " ${pages}`, words: "Page of" };
  }
}

/** The characters of the page number boxes, whatever the page numbers. */
export function marginWords(lang: string): string {
  return `${pageLabel(lang).words}0123456789`;
}

/**
 * Title at the top left (cut short with an ellipsis), date at the top right, page number centred at
 * the foot; small grey sans text, set in from the page edge as the content is. The user's
 * handouts/*.css comes after these rules and may restyle them.
 */
export function marginBoxes(lang: string, title: string, date: string, margins: PageMargins): MarginBoxes {
  const fontFamily = fontStack(lang);
  const label = pageLabel(lang);
  const look = `font-family: ${fontFamily}; font-size: 8pt; font-weight: normal; font-style: normal; color: #555;`;
  const top = `${look} vertical-align: bottom; padding-bottom: 2mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;`;
  const boxes = [
    title ? `  @top-left { content: ${cssString(title)}; ${top} width: 70%; }` : "",
    date ? `  @top-right { content: ${cssString(date)}; ${top} }` : "",
    `  @bottom-center { content: ${label.content}; ${look} vertical-align: top; padding-top: 2mm; }`,
  ];
  const css = `@page {
  margin: ${margins.top}mm ${margins.side}mm ${margins.bottom}mm;
${boxes.filter(Boolean).join("\n")}
}`;
  return { margins, css, drawn: { text: `${title}${date}${marginWords(lang)}`, fontFamily } };
}

const FORMAT: Record<Paper, "A4" | "Letter"> = { a4: "A4", letter: "Letter" };

/**
 * Prints a paper document podium made (handout sheets, the reading copy) on `paper` within its margin
 * boxes' margins: opened as if it lived in `deckDir`, laid out with its fonts, the margin boxes' text
 * handed to `whileLayingOut` with the page's own.
 */
export async function printOnPaper(
  page: Page,
  deck: RenderedDeck,
  html: string,
  paper: Paper,
  boxes: MarginBoxes,
  options: PrintOptions,
  deckDir?: string,
): Promise<Uint8Array> {
  await openDocument(page, deck, html, deckDir);
  const fontsLoaded = page.evaluate(async () => {
    await document.fonts.ready;
  });
  await Promise.all([fontsLoaded, options.whileLayingOut?.(page, [boxes.drawn])]);
  await options.beforePrint?.(page);
  const { top, bottom, side } = boxes.margins;
  return page.pdf({
    format: FORMAT[paper],
    printBackground: true,
    margin: { top: `${top}mm`, bottom: `${bottom}mm`, left: `${side}mm`, right: `${side}mm` },
    tagged: false,
    timeout: 0,
  });
}
