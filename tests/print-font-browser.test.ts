/**
 * Printing with subsets of the CJK system font (src/export/print-font.ts): the example's slides PDF
 * looks and reads exactly as with the system font, and Chromium writes a fraction of the fonts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../src/export/browser.js";
import { printSlides } from "../src/export/pdf.js";
import { openDocument } from "../src/export/load.js";
import { usePrintFonts } from "../src/export/print-font.js";
import { prepareDeck } from "../src/pipeline.js";
import type { RenderedDeck } from "../src/render/types.js";
import { SPEECH } from "./export-fixture.js";
import { SESSION, withSession } from "./helpers/browser.js";

const work = mkdtempSync(join(tmpdir(), "podium-print-font-"));
let session: BrowserSession;
let deck: RenderedDeck;

beforeAll(async () => {
  deck = (await prepareDeck(SPEECH, {})).deck;
  session = await BrowserSession.open(SESSION);
});
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

let count = 0;
async function print(on: BrowserSession, subsets: boolean): Promise<string> {
  const printed = await printSlides(on, deck, {
    whileLayingOut: subsets ? (page) => usePrintFonts(on, page) : undefined,
  });
  const file = join(work, `slides-${count++}.pdf`);
  writeFileSync(file, printed.bytes);
  return file;
}

/** pdffonts' rows: one per font object of the PDF. */
const fonts = (file: string): string[] =>
  execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);

const text = (file: string): string =>
  execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });

/** Each page drawn at low resolution, as raw image bytes. */
function pages(file: string): Buffer[] {
  const dir = join(work, `pages-${count++}`);
  mkdirSync(dir);
  execFileSync("pdftoppm", ["-r", "24", file, join(dir, "p")]);
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name)));
}

describe("print fonts", () => {
  it("print the Chinese deck with a fraction of the fonts, looking and reading the same", async () => {
    const system = await print(session, false);
    const subset = await print(session, true);
    // Chromium writes a CFF font as Type 3 fonts of up to 256 glyphs each, across the whole
    // font's glyph numbers: 65,000 glyphs give hundreds of fonts, the deck's 2,000 a handful.
    expect(fonts(subset).length).toBeLessThan(fonts(system).length / 4);
    expect(text(subset)).toBe(text(system));
    const drawn = pages(subset);
    const expected = pages(system);
    expect(drawn).toHaveLength(deck.slides.length);
    drawn.forEach((page, index) => expect(page.equals(expected[index]!), `page ${index + 1}`).toBe(true));
  });

  it("leave the system fonts in place when fontconfig cannot be asked", async () => {
    const system = await print(session, false);
    const unchanged = await withSession((bare) => print(bare, true), {
      ...SESSION,
      env: { ...process.env, PATH: join(work, "no-programs-here") },
    });
    expect(fonts(unchanged)).toHaveLength(fonts(system).length);
    expect(text(unchanged)).toBe(text(system));
  });

  it("subset the font of text the page draws outside its DOM (margin boxes), and leave no probe behind", async () => {
    const faces = await session.withPage("margin fonts", async (page) => {
      await page.setContent(
        '<html lang="zh-Hans"><body style="font-family: \'Noto Serif CJK SC\'"><p>正文用宋体排印。</p></body></html>',
      );
      await usePrintFonts(session, page, [{ text: "第页共0123456789", fontFamily: "'Noto Sans CJK SC'" }]);
      return page.evaluate(() => ({
        families: Array.from(document.fonts as unknown as Set<FontFace>)
          .filter((face) => face.status === "loaded")
          .map((face) => face.family.replace(/"/g, "")),
        leftOver: document.querySelectorAll("[data-podium-drawn-text], [data-podium-font-probe]").length,
        text: document.body.textContent,
      }));
    });
    expect(faces.families).toContain("Noto Serif CJK SC");
    expect(faces.families).toContain("Noto Sans CJK SC");
    expect(faces.leftOver).toBe(0);
    expect(faces.text).toBe("正文用宋体排印。");
  });

  it("hand a page podium serves its subsets as responses, not inline in a script", async () => {
    const fetched = await session.withPage("served fonts", async (page) => {
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await openDocument(page, deck, '<html lang="zh-Hant"><body><p>第一，講話。</p></body></html>');
      await usePrintFonts(session, page);
      const loaded = await page.evaluate(() =>
        Array.from(document.fonts as unknown as Set<FontFace>).filter((face) => face.status === "loaded"),
      );
      return { fonts: requested.filter((url) => /\.otf$/u.test(url)), loaded: loaded.length };
    });
    expect(fetched.fonts.length).toBeGreaterThan(0);
    for (const url of fetched.fonts) expect(url).toMatch(/^http:\/\/deck\.podium\.invalid\//u);
    expect(fetched.loaded).toBeGreaterThan(0);
  });
});
