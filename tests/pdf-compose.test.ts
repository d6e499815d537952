/**
 * Placing the slides PDF's pages on a handout's sheets (src/export/pdf-compose.ts), on PDFs built here
 * with pdf-lib: with a classic cross-reference table, as Chromium writes (placed on the printed
 * objects), and with object streams (placed by pdf-lib). Chromium's own handouts are checked end to
 * end in export-pdf.test.ts.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { placeSlides, slideLink } from "../src/export/pdf-compose.js";
import { scratchFolder } from "./helpers/scratch.js";

const work = scratchFolder("pdf-compose");

/** Slides 1920×1080 px as Chromium prints them (1440×810 pt), each page saying which slide it is. */
async function slidesPdf(count: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 1; i <= count; i++) {
    doc.addPage([1440, 810]).drawText(`SLIDE${i}`, { x: 100, y: 400, size: 120 });
  }
  return doc.save({ useObjectStreams });
}

interface Link {
  uri: string;
  /** Lower-left corner and size, in points. */
  rect: [number, number, number, number];
}

/** A4 sheets, each with link annotations as Chromium writes them for `<a href>`. */
async function sheetsPdf(sheets: Link[][], useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const links of sheets) {
    const page = doc.addPage([595.92, 841.92]);
    page.drawText("SHEET", { x: 40, y: 800, size: 12 });
    const annots = links.map(({ uri, rect: [x, y, w, h] }) =>
      doc.context.register(
        doc.context.obj({
          Type: "Annot",
          Subtype: "Link",
          Rect: [x, y, x + w, y + h],
          Border: [0, 0, 0],
          A: { S: "URI", URI: PDFString.of(uri) },
        }),
      ),
    );
    if (annots.length > 0) page.node.set(PDFName.of("Annots"), doc.context.obj(annots));
  }
  return doc.save({ useObjectStreams });
}

/** Words pdftotext finds on a page, with their boxes in points from the page's top-left. */
function words(file: string, page: number): { word: string; x: number; bottom: number }[] {
  const html = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", file, "-"], {
    encoding: "utf8",
  });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/gu),
  ].map((m) => ({ word: m[3] as string, x: Number(m[1]), bottom: Number(m[2]) }));
}

const PAGE_HEIGHT = 841.92;
/** A slide box on a sheet: lower-left corner in PDF points, a sixth of the 1440×810 pt slide. */
const box = (x: number, y: number): [number, number, number, number] => [x, y, 240, 135];
/**
 * Where a slide's word lands when its page fills `box`: the slides draw it at (100, 400) pt in 120 pt
 * type, so at a sixth of that from the box's corner.
 */
function expectSlideWordAt(
  found: { word: string; x: number; bottom: number }[],
  word: string,
  [x, y]: number[],
) {
  const placed = found.find((w) => w.word === word);
  expect(placed, `${word} is drawn`).toBeDefined();
  expect(placed!.x).toBeCloseTo(x! + 100 / 6, 0);
  // pdftotext's bottom is the baseline plus Helvetica's descent (0.207 em of the 20 pt it is drawn at).
  expect(placed!.bottom).toBeCloseTo(PAGE_HEIGHT - y! - 400 / 6 + 0.207 * 20, 0);
}

async function annotationUris(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annots) return [];
    return Array.from({ length: annots.size() }, (_, i) => {
      const action = annots.lookup(i, PDFDict).lookup(PDFName.of("A"), PDFDict);
      return action.lookup(PDFName.of("URI"), PDFString).decodeText();
    });
  });
}

describe.each([
  ["on Chromium's objects (classic cross-reference table)", false],
  ["with pdf-lib (object streams)", true],
])("placeSlides %s", (_, useObjectStreams) => {
  it("draws each linked slide's page in its link's box and removes the slide links", async () => {
    const slides = await slidesPdf(4, useObjectStreams);
    const sheets = await sheetsPdf(
      [
        [
          { uri: slideLink(1), rect: box(40, 600) },
          { uri: slideLink(2), rect: box(40, 400) },
          { uri: "https://example.org/agenda", rect: box(300, 100) },
        ],
        [
          // Slide 3 sits on slides page 3 only when no notes page comes before it (pageOfSlide says).
          { uri: slideLink(3), rect: box(300, 600) },
          { uri: slideLink(9), rect: box(40, 100) },
        ],
      ],
      useObjectStreams,
    );
    const placed = await placeSlides(sheets, slides, [0, 1, 3, 2]);
    const file = join(work, `placed-${useObjectStreams}.pdf`);
    writeFileSync(file, placed);

    // Which way placed them: podium's names on the printed objects, pdf-lib's own otherwise.
    expect(Buffer.from(placed).includes("/PodiumSlide0")).toBe(!useObjectStreams);
    const doc = await PDFDocument.load(placed);
    expect(doc.getPageCount()).toBe(2);
    const first = words(file, 1);
    expectSlideWordAt(first, "SLIDE1", box(40, 600));
    expectSlideWordAt(first, "SLIDE2", box(40, 400));
    // The sheet's own drawing stays, and other links stay links.
    expect(first.map((w) => w.word).sort()).toEqual(["SHEET", "SLIDE1", "SLIDE2"]);
    // A link to a slide the deck does not have is dropped, with nothing drawn.
    const second = words(file, 2);
    expect(second.map((w) => w.word).sort()).toEqual(["SHEET", "SLIDE4"]);
    expectSlideWordAt(second, "SLIDE4", box(300, 600));
    expect(await annotationUris(placed)).toEqual([["https://example.org/agenda"], []]);
  });

  it("leaves a sheet without slide links as it was", async () => {
    const slides = await slidesPdf(1, useObjectStreams);
    const sheets = await sheetsPdf([[]], useObjectStreams);
    const file = join(work, `plain-${useObjectStreams}.pdf`);
    writeFileSync(file, await placeSlides(sheets, slides, [0]));
    expect(words(file, 1).map((w) => w.word)).toEqual(["SHEET"]);
  });
});
