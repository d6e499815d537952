/**
 * The example speech exported for real (ingest → render → Chromium), then read back with poppler
 * (pdfinfo, pdffonts, pdftotext) and pdf-lib.
 */
import { execFileSync } from "node:child_process";
import { labelsFor } from "../src/plan/labels.js";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode, PodiumError } from "../src/errors.js";
import { BrowserSession } from "../src/export/browser.js";
import { ensureCjkFont } from "../src/export/fonts.js";
import { DEFAULTS, HANDOUT_LAYOUTS } from "../src/config/values.js";
import { type ExportOptions, finishDeck, printDeck } from "../src/export/index.js";
import type { Outline, Point } from "../src/outline/types.js";
import { withMarker } from "../src/plan/labels.js";
import { displayText } from "../src/render/punctuation.js";
import { type PreparedDeck, prepareDeck } from "../src/pipeline.js";
import type { RenderedDeck } from "../src/render/types.js";
import { englishDeck, SPEECH } from "./export-fixture.js";
import { FULL_CHROMIUM, SESSION, withSession } from "./helpers/browser.js";
import { runInProcess } from "./helpers/cli.js";

const work = mkdtempSync(join(tmpdir(), "podium-export-"));
let session: BrowserSession;
let example: PreparedDeck;

beforeAll(async () => {
  example = await prepareDeck(SPEECH, {});
  session = await BrowserSession.open(SESSION);
});
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

/** One PDF made the way `podium build` makes it: printed, then finished with metadata and bookmarks. */
/** What a run with default settings prints for these options. */
const asked = (options: Partial<ExportOptions>): ExportOptions => ({
  name: "deck",
  layout: DEFAULTS.handoutLayout,
  paper: DEFAULTS.paper,
  ...options,
});

async function exportOne(deck: RenderedDeck, options: Partial<ExportOptions>): Promise<Uint8Array> {
  const files = await finishDeck(await printDeck(session, deck, asked(options)));
  expect(files).toHaveLength(1);
  return files[0]!.bytes;
}

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

/** Every heading (marker and heading as read) and paragraph of a speech, in order. */
function speechLines(outline: Outline): string[] {
  const walk = (point: Point): string[] => [
    withMarker(point.marker, point.heading),
    ...point.paragraphs,
    ...point.children.flatMap(walk),
  ];
  return [...outline.preamble, ...outline.points.flatMap(walk), ...outline.closing];
}

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
    bytes = await exportOne(example.deck, { pdf: true });
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
    // A section's title is its marker and first clause, as the divider slide shows it.
    const sections = example.deck.slides.filter((s) => s.kind === "section").map((s) => s.title);
    expect(sections.length).toBe(3);
    expect(await outlineTitles(bytes)).toEqual(sections);
  });

  it("puts speaker notes on the page after each slide with --notes", async () => {
    const notesFile = save(await exportOne(example.deck, { pdf: true, notes: true }));
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

  it("prints while another page of the browser is in front (a page behind gets no animation frames)", async () => {
    const deck = englishDeck();
    const printing = exportOne(deck, { pdf: true, label: "behind" });
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Opened after the deck's page and brought in front of it, it stays open until the deck has printed.
    const front = session.withPage("in front", async (page) => {
      await page.bringToFront();
      await held;
    });
    try {
      const file = save(await printing);
      expect(Number(info(file)["Pages"])).toBe(deck.slides.length);
    } finally {
      release();
      await front;
    }
  });

  it("prints a 4:3 deck on 4:3 pages", async () => {
    const deck = englishDeck();
    const file43 = save(await exportOne(deck, { pdf: true }));
    const [width, height] = pageSize(file43);
    expect(width / height).toBeCloseTo(4 / 3, 2);
    expect(Number(info(file43)["Pages"])).toBe(deck.slides.length);
  });
});

describe("handout PDF", () => {
  for (const layout of HANDOUT_LAYOUTS) {
    it(`layout ${layout}: A4 portrait, the right number of pages, page numbers`, async () => {
      const file = save(await exportOne(example.deck, { handout: true, layout }));
      const [width, height] = pageSize(file);
      expect([Math.round(width), Math.round(height)]).toEqual([596, 842]);
      const pages = Number(info(file)["Pages"]);
      // The layout's name is the number of slides a sheet holds; `notes` is one slide and its notes.
      const sheets = Math.ceil(example.deck.slides.length / (layout === "notes" ? 1 : Number(layout)));
      if (layout === "notes") expect(pages).toBeGreaterThanOrEqual(sheets);
      else expect(pages).toBe(sheets);
      expect(text(file, 1)).toContain(`第1頁/共${pages}頁`);
      expect(text(file, 1)).toContain(squeeze(example.plan.info.title));
      // Slides are drawn as text, not pictures: the slides PDF's pages, each in its place.
      expect(text(file)).toContain(squeeze(example.deck.slides.at(-2)!.title));
      expect(execFileSync("pdfinfo", ["-url", file], { encoding: "utf8" })).not.toContain("podium.invalid");
    });
  }

  it("shows the slides, not their notes pages, when the slides PDF has notes", async () => {
    const files = await finishDeck(
      await printDeck(session, example.deck, asked({ pdf: true, notes: true, handout: true, layout: "6" })),
    );
    const handout = save(files.find((f) => f.file === "deck-handout.pdf")!.bytes);
    // Six slides a sheet, in order: the second sheet opens with the seventh slide.
    const secondSheet = text(handout, 2);
    expect(secondSheet).toContain(squeeze(example.deck.slides[6]!.title));
    expect(secondSheet).not.toContain(squeeze(labelsFor(example.plan.script).speakerNotes));
  });

  it("prints on Letter with English page numbers", async () => {
    const deck = englishDeck();
    const file = save(await exportOne(deck, { handout: true, paper: "letter" }));
    expect(pageSize(file)).toEqual([612, 792]);
    expect(text(file, 1)).toContain(`Page1of${info(file)["Pages"]}`);
    expect(text(file, 1)).toContain("20May2024");
  });
});

describe("reading copy PDF", () => {
  it("contains the whole speech, headings included", async () => {
    const file = save(await exportOne(example.deck, { readingCopy: true, outline: example.outline }));
    const all = withoutFooters(text(file));
    // The speaker reads the punctuation the slides show: `，` where the source has `,` between Chinese.
    const shown = (text: string) => squeeze(displayText(text, example.plan.script));
    for (const line of speechLines(example.outline)) expect(all).toContain(shown(line));
    expect(all).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    expect(Number(info(file)["Pages"])).toBeGreaterThan(3);
  });

  it("falls back to the plan's notes without an outline", async () => {
    const file = save(await exportOne(example.deck, { readingCopy: true }));
    const all = withoutFooters(text(file));
    for (const slide of example.plan.slides)
      for (const note of slide.notes) {
        if (!/^約\s*\d+\s*分鐘$/.test(note))
          expect(all).toContain(squeeze(displayText(note, example.plan.script)));
      }
  });
});

describe("a marker joined to its heading", () => {
  it("reads the same on the divider slide, in the bookmarks and in the reading copy", async () => {
    const input = join(work, "review.txt");
    writeFileSync(
      input,
      [
        "Quarterly Review",
        "Good morning, everyone.",
        "1. Where we stand",
        "Sales grew by ten percent this year, and costs stayed flat.",
        "2. Where we go",
        "We will open two new offices next year and hire twenty people.",
        "Thank you.",
      ].join("\n\n"),
    );
    const english = await prepareDeck(input, {});
    const sections = english.deck.slides.filter((s) => s.kind === "section");
    expect(sections.map((s) => s.title)).toEqual(["1. Where we stand", "2. Where we go"]);
    const [slides, reading] = await finishDeck(
      await printDeck(
        session,
        english.deck,
        asked({ name: "review", pdf: true, readingCopy: true, outline: english.outline }),
      ),
    );
    expect(await outlineTitles(slides!.bytes)).toEqual(["1. Where we stand", "2. Where we go"]);
    const slidesFile = save(slides!.bytes);
    const divider = english.deck.slides.indexOf(sections[0]!) + 1;
    const lines = (file: string, page?: number) =>
      execFileSync("pdftotext", [...(page ? ["-f", String(page), "-l", String(page)] : []), file, "-"], {
        encoding: "utf8",
      })
        .split("\n")
        .map((line) => line.trim());
    // The divider sets its marker large on a line of its own: read in order, the line is the same.
    expect(lines(slidesFile, divider).join(" ")).toContain("1. Where we stand");
    const readingLines = lines(save(reading!.bytes));
    expect(readingLines).toContain("1. Where we stand");
    expect(readingLines).toContain("2. Where we go");
  });
});

describe("templates from --templates", () => {
  it("a broken handout template stops the build with exit 1, naming its file and line", async () => {
    const dir = join(work, "broken-templates");
    mkdirSync(join(dir, "handouts"), { recursive: true });
    const lines = join(dir, "handouts", "lines.hbs");
    writeFileSync(lines, '<div class="lines">\n  <span>{{title}</span>\n</div>\n');
    const out = join(work, "broken-out");
    const run = await runInProcess(["build", SPEECH, "--handout", "--templates", dir, "-o", out]);
    expect(run.stderr).toContain(`${lines}:2: broken template (handouts/lines.hbs)`);
    expect(run.stderr).not.toContain("internal error");
    expect(run.code).toBe(ExitCode.badInput);
    expect(readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".pdf"))).toEqual([]);
  });
});

describe("files in the deck folder", () => {
  // A one-pixel PNG: a theme's or template's image, kept beside the deck.
  const PIXEL = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64",
  );

  it("resolve in the reading copy, as in the deck and the handout", async () => {
    const deckDir = join(work, "deck-folder");
    const templatesDir = join(work, "image-templates");
    mkdirSync(deckDir, { recursive: true });
    mkdirSync(join(templatesDir, "handouts"), { recursive: true });
    writeFileSync(join(deckDir, "paper.png"), PIXEL);
    const css = 'body { background: url("paper.png"); }\n';
    writeFileSync(join(templatesDir, "handouts", "reading-copy.css"), css);
    const printed = await printDeck(
      session,
      example.deck,
      asked({ readingCopy: true, outline: example.outline, deckDir, templatesDir }),
    );
    // As Chromium printed it, before its dictionaries are compressed: the page's background drawn.
    const [reading] = printed;
    expect(reading?.file).toBe("deck-reading-copy.pdf");
    expect(Buffer.from(reading!.printed.bytes).toString("latin1")).toContain("/Subtype /Image");
  });
});

describe("printDeck and finishDeck", () => {
  it("return the asked-for files by name, in one browser", async () => {
    const options = { pdf: true, handout: true, readingCopy: true, outline: example.outline };
    const files = await finishDeck(
      await printDeck(session, example.deck, asked({ name: "speech", ...options })),
    );
    expect(files.map((f) => f.file)).toEqual(["speech.pdf", "speech-handout.pdf", "speech-reading-copy.pdf"]);
    for (const f of files) expect(Buffer.from(f.bytes.slice(0, 5)).toString()).toBe("%PDF-");
    expect(await printDeck(session, example.deck, asked({ name: "x" }))).toEqual([]);
  });
});

/** Each page of a PDF drawn by pdftoppm, as the image file's bytes. */
function pageImages(bytes: Uint8Array): Buffer[] {
  const dir = mkdtempSync(join(work, "pages-"));
  const file = join(dir, "in.pdf");
  writeFileSync(file, bytes);
  execFileSync("pdftoppm", ["-r", "48", file, join(dir, "p")]);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ppm"))
    .sort()
    .map((name) => readFileSync(join(dir, name)));
}

/** How many pixels of two pages drawn by pdftoppm differ (binary PPM: a header, then RGB bytes). */
function differingPixels(drawn: Buffer, expected: Buffer): number {
  if (drawn.length !== expected.length) return Infinity;
  let count = 0;
  for (let i = drawn.indexOf("\n255\n") + 5; i < drawn.length; i += 3) {
    if (drawn[i] !== expected[i] || drawn[i + 1] !== expected[i + 1] || drawn[i + 2] !== expected[i + 2]) {
      count++;
    }
  }
  return count;
}

describe("the browser podium prints with", () => {
  it("Chromium's headless shell prints the pages the full browser prints", async () => {
    const shell = "/usr/lib/chromium/chromium-headless-shell";
    const printAll = (browserPath: string, deck: RenderedDeck, outline?: Outline) =>
      withSession(
        async (browser) =>
          finishDeck(
            await printDeck(browser, deck, asked({ pdf: true, handout: true, readingCopy: true, outline })),
          ),
        { ...SESSION, browserPath },
      );
    const decks: [RenderedDeck, Outline | undefined][] = [
      [example.deck, example.outline],
      [englishDeck(), undefined],
    ];
    for (const [deck, outline] of decks) {
      const fromShell = await printAll(shell, deck, outline);
      const fromFull = await printAll(FULL_CHROMIUM, deck, outline);
      expect(fromShell.map((f) => f.file)).toEqual(fromFull.map((f) => f.file));
      fromShell.forEach((printed, index) => {
        const expected = pageImages(fromFull[index]!.bytes);
        const drawn = pageImages(printed.bytes);
        expect(drawn.length, printed.file).toBe(expected.length);
        // The full browser prints CJK text in subsets of the system faces, the headless shell in the
        // faces themselves (print-font.ts): the same outlines, though the rasteriser may round a glyph's
        // edge apart (four pixels on two of the example's 31 slides at this size). Text set otherwise, as
        // with glyph hinting, moves whole lines: thousands of pixels.
        drawn.forEach((page, n) =>
          expect(differingPixels(page, expected[n]!), `${printed.file} page ${n + 1}`).toBeLessThanOrEqual(4),
        );
      });
    }
  }, 300_000); // four browsers and twelve prints: minutes on a busy machine
});

describe("CJK font check", () => {
  it("passes with fonts-noto-cjk installed", async () => {
    await expect(ensureCjkFont(session, "zh-Hant")).resolves.toBeUndefined();
    await expect(ensureCjkFont(session, "zh-Hans")).resolves.toBeUndefined();
  });

  /** A fontconfig with no fonts at all, as on a server without fonts-noto-cjk. */
  function withoutFonts(): { env: NodeJS.ProcessEnv; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), "podium-nofonts-"));
    const conf = join(dir, "fonts.conf");
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${dir}</dir>` +
        `<cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    return { env: { ...process.env, FONTCONFIG_FILE: conf }, dir };
  }

  async function cjkFontError(env: NodeJS.ProcessEnv): Promise<PodiumError> {
    return withSession(
      async (bare) => {
        const error = await ensureCjkFont(bare, "zh-Hans").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PodiumError);
        expect((error as PodiumError).exitCode).toBe(ExitCode.environment);
        expect((error as PodiumError).message).toContain("fonts-noto-cjk");
        // English decks need no CJK font.
        await expect(ensureCjkFont(bare, "en")).resolves.toBeUndefined();
        return error as PodiumError;
      },
      { ...SESSION, env },
    );
  }

  it("stops with the package to install when the system has no CJK font", async () => {
    const fonts = withoutFonts();
    try {
      expect((await cjkFontError(fonts.env)).message).toContain("fc-list :lang=zh is empty");
    } finally {
      rmSync(fonts.dir, { recursive: true, force: true });
    }
  });

  it("without fc-list to ask (as on macOS and Windows), asks the browser whether it draws Chinese", async () => {
    const fonts = withoutFonts();
    // The same programs on PATH, except fontconfig's own tools.
    const bin = join(fonts.dir, "bin");
    mkdirSync(bin);
    const linked = new Set<string>();
    for (const dir of (process.env["PATH"] ?? "").split(delimiter).filter(Boolean)) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        if (name.startsWith("fc-") || linked.has(name)) continue;
        linked.add(name);
        symlinkSync(join(dir, name), join(bin, name));
      }
    }
    try {
      const error = await cjkFontError({ ...fonts.env, PATH: bin });
      expect(error.message).toContain("has no font for Chinese text");
    } finally {
      rmSync(fonts.dir, { recursive: true, force: true });
    }
  });
});
