/**
 * The example speech exported for real (ingest → render → Chromium), then read back with poppler
 * (pdfinfo, pdffonts, pdftotext) and pdf-lib.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode, PodiumError } from "../src/errors.js";
import { BrowserSession, withBrowser } from "../src/export/browser.js";
import { browserDrawsHan, ensureCjkFont } from "../src/export/fonts.js";
import { HANDOUT_LAYOUTS, handoutSheets } from "../src/export/handout.js";
import { exportDeck, handoutPdf, scriptPdf, slidesPdf } from "../src/export/index.js";
import { slideHeading } from "../src/export/pdf.js";
import { blocksFromOutline } from "../src/export/script.js";
import { displayText } from "../src/render/punctuation.js";
import { type PreparedDeck, prepareDeck } from "../src/pipeline.js";
import { englishDeck, SPEECH } from "./export-fixture.js";

const CHROMIUM = process.env["PODIUM_TEST_CHROMIUM"] ?? "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "podium-export-"));
let session: BrowserSession;
let example: PreparedDeck;

beforeAll(async () => {
  example = await prepareDeck(SPEECH, {});
  session = await BrowserSession.open({ browserPath: CHROMIUM });
});
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

let count = 0;
function save(bytes: Uint8Array): string {
  const file = join(work, `out-${count++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function info(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
  return Object.fromEntries(
    out.split("\n").flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1] as string, match[2] as string]] : [];
    }),
  );
}

/** Page numbers that land inside a paragraph running across a page break. */
const withoutFooters = (s: string): string => s.replace(/第\d+[頁页]\/共\d+[頁页]/g, "");

/** Text of the PDF (or of one page) with all white space removed, as CJK extraction spaces freely. */
function text(file: string, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return execFileSync("pdftotext", [...range, "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(
    /\s+/g,
    "",
  );
}

const squeeze = (s: string): string => s.replace(/\s+/g, "");

function pageSize(file: string): [number, number] {
  const match = /([\d.]+) x ([\d.]+) pts/.exec(info(file)["Page size"] ?? "");
  return [Number(match?.[1]), Number(match?.[2])];
}

/** Titles of the PDF outline's top-level entries, in order. */
async function outlineTitles(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const titles: string[] = [];
  let entry = outlines?.lookupMaybe(PDFName.of("First"), PDFDict);
  while (entry) {
    const title = entry.lookup(PDFName.of("Title"));
    if (title instanceof PDFHexString || title instanceof PDFString) titles.push(title.decodeText());
    entry = entry.lookupMaybe(PDFName.of("Next"), PDFDict);
  }
  return titles;
}

describe("slides PDF", () => {
  let bytes: Uint8Array;
  let file: string;
  beforeAll(async () => {
    bytes = await slidesPdf(session, example.deck);
    file = save(bytes);
  });

  it("has exactly one page per slide, at the deck's aspect ratio", () => {
    expect(Number(info(file)["Pages"])).toBe(example.deck.slides.length);
    const [width, height] = pageSize(file);
    expect(width / height).toBeCloseTo(16 / 9, 2);
  });

  it("embeds every font", () => {
    const rows = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    for (const row of rows) expect(row.split(/\s+/).slice(-5)[0], row).toBe("yes");
  });

  it("keeps every heading as text, each on its own page", () => {
    example.deck.slides.forEach((slide, index) => {
      const title = squeeze(slide.title.replace(/（續）$/, ""));
      expect(text(file, index + 1), `page ${index + 1}`).toContain(title);
    });
  });

  it("sets title, author, subject and creator, and bookmarks the top-level points", async () => {
    const meta = info(file);
    expect(meta["Title"]).toBe(example.plan.info.title);
    expect(meta["Creator"]).toBe("podium");
    const sections = example.deck.slides.filter((s) => s.kind === "section").map(slideHeading);
    expect(sections.length).toBe(3);
    expect(await outlineTitles(bytes)).toEqual(sections);
  });

  it("puts speaker notes on the page after each slide with --notes", async () => {
    const notesFile = save(await slidesPdf(session, example.deck, { notes: true }));
    const pages = Number(info(notesFile)["Pages"]);
    const withNotes = example.deck.slides.filter((s) => s.notes.length > 0).length;
    expect(pages).toBeGreaterThanOrEqual(example.deck.slides.length + withNotes);
    // The first point slide's notes open the page right after it.
    const index = example.deck.slides.findIndex((s) => s.kind === "point" && s.notes.length > 0);
    const slide = example.deck.slides[index]!;
    let page = 1;
    for (let i = 0; i < index; i++) page += 1 + (example.deck.slides[i]!.notes.length > 0 ? 1 : 0);
    expect(text(notesFile, page)).toContain(squeeze(slide.title));
    expect(text(notesFile, page + 1)).toContain(squeeze(slide.notes[1] ?? slide.notes[0]!).slice(0, 20));
  });

  it("prints a 4:3 deck on 4:3 pages", async () => {
    const deck = englishDeck();
    const file43 = save(await slidesPdf(session, deck));
    const [width, height] = pageSize(file43);
    expect(width / height).toBeCloseTo(4 / 3, 2);
    expect(Number(info(file43)["Pages"])).toBe(deck.slides.length);
  });
});

describe("handout PDF", () => {
  for (const layout of HANDOUT_LAYOUTS) {
    it(`layout ${layout}: A4 portrait, the right number of pages, page numbers`, async () => {
      const file = save(await handoutPdf(session, example.deck, { layout }));
      const [width, height] = pageSize(file);
      expect([Math.round(width), Math.round(height)]).toEqual([596, 842]);
      const pages = Number(info(file)["Pages"]);
      const sheets = handoutSheets(layout, example.deck.slides.length);
      if (layout === "notes") expect(pages).toBeGreaterThanOrEqual(sheets);
      else expect(pages).toBe(sheets);
      expect(text(file, 1)).toContain(`第1頁/共${pages}頁`);
      expect(text(file, 1)).toContain(squeeze(example.plan.info.title));
      // Slides are drawn as text, not pictures.
      expect(text(file)).toContain(squeeze(example.deck.slides.at(-2)!.title));
    });
  }

  it("prints on Letter with English page numbers", async () => {
    const deck = englishDeck();
    const file = save(await handoutPdf(session, deck, { paper: "letter" }));
    expect(pageSize(file)).toEqual([612, 792]);
    expect(text(file, 1)).toContain(`Page1of${info(file)["Pages"]}`);
    expect(text(file, 1)).toContain("20May2024");
  });
});

describe("reading copy PDF", () => {
  it("contains the whole speech, headings included", async () => {
    const file = save(await scriptPdf(session, example.deck, { outline: example.outline }));
    const all = withoutFooters(text(file));
    // The speaker reads the punctuation the slides show: `，` where the source has `,` between Chinese.
    const shown = (text: string) => squeeze(displayText(text, example.plan.script));
    for (const block of blocksFromOutline(example.outline)) {
      if (block.heading) expect(all).toContain(shown(block.heading));
      for (const paragraph of block.paragraphs) expect(all).toContain(shown(paragraph));
    }
    expect(all).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    expect(Number(info(file)["Pages"])).toBeGreaterThan(3);
  });

  it("falls back to the plan's notes without an outline", async () => {
    const file = save(await scriptPdf(session, example.deck));
    const all = withoutFooters(text(file));
    for (const slide of example.plan.slides)
      for (const note of slide.notes) {
        if (!/^約\s*\d+\s*分鐘$/.test(note))
          expect(all).toContain(squeeze(displayText(note, example.plan.script)));
      }
  });
});

describe("exportDeck", () => {
  it("returns the asked-for files by name, in one browser", async () => {
    const files = await exportDeck(session, example.deck, {
      name: "speech",
      pdf: true,
      handout: true,
      scriptPdf: true,
      outline: example.outline,
    });
    expect(files.map((f) => f.file)).toEqual(["speech.pdf", "speech-handout.pdf", "speech-script.pdf"]);
    for (const f of files) expect(Buffer.from(f.bytes.slice(0, 5)).toString()).toBe("%PDF-");
    expect(await exportDeck(session, example.deck, { name: "x" })).toEqual([]);
  });
});

describe("CJK font check", () => {
  it("passes with fonts-noto-cjk installed", async () => {
    await expect(ensureCjkFont(session, "zh-Hant")).resolves.toBeUndefined();
    expect(await browserDrawsHan(session, "zh-Hans")).toBe(true);
  });

  it("stops with the package to install when the browser has no CJK font", async () => {
    const fontDir = mkdtempSync(join(tmpdir(), "podium-nofonts-"));
    const conf = join(fontDir, "fonts.conf");
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${fontDir}</dir>` +
        `<cachedir>${fontDir}/cache</cachedir></fontconfig>`,
    );
    const env = { ...process.env, FONTCONFIG_FILE: conf };
    await withBrowser(
      async (bare) => {
        expect(await browserDrawsHan(bare, "zh-Hans")).toBe(false);
        const error = await ensureCjkFont(bare, "zh-Hans").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PodiumError);
        expect((error as PodiumError).exitCode).toBe(ExitCode.environment);
        expect((error as PodiumError).message).toContain("fonts-noto-cjk");
        // English decks need no CJK font.
        await expect(ensureCjkFont(bare, "en")).resolves.toBeUndefined();
      },
      { browserPath: CHROMIUM, env },
    );
    rmSync(fontDir, { recursive: true, force: true });
  });
});
