/**
 * Slides for the back row, measured in real Chromium on three speeches (the example, a figures-heavy
 * 工作报告, an English town hall) in every theme, in the live deck and in the print view the slides
 * PDF is made from: content fills the space below the heading, body text is large, no line ends with
 * one lone CJK character, nothing overflows, and the planner's layouts are used.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "../src/export/browser.js";
import { finishPrinted } from "../src/export/meta.js";
import { printSlides } from "../src/export/pdf.js";
import { writeDeck } from "../src/output.js";
import { prepareDeck, type PreparedDeck } from "../src/pipeline.js";
import { launchBrowser, SESSION, type TestBrowser } from "./helpers/browser.js";
import { measureSlides, median, type SlideMeasure } from "./helpers/slide-measures.js";

const OUTPUT = resolve("tests/.output/layouts");
const THEMES = ["light", "red", "dark"] as const;
const SPEECHES = [
  { name: "example", file: resolve("slides/000_bb77306b121bf6cc.txt"), layouts: ["cards", "timeline"] },
  {
    name: "work-report",
    file: resolve("tests/fixtures/layouts/work-report.txt"),
    layouts: ["cards", "timeline", "figures", "statement"],
  },
  {
    name: "town-hall",
    file: resolve("tests/fixtures/layouts/town-hall.md"),
    layouts: ["cards", "timeline", "figures", "statement"],
  },
] as const;

let chromium: TestBrowser;
let session: BrowserSession;
beforeAll(async () => {
  await mkdir(OUTPUT, { recursive: true });
  chromium = await launchBrowser();
  session = await BrowserSession.open(SESSION);
});
afterAll(async () => {
  await chromium?.close();
  await session?.close();
});

async function build(
  speech: (typeof SPEECHES)[number],
  theme: string,
): Promise<{ prepared: PreparedDeck; file: string }> {
  const prepared = await prepareDeck(speech.file, { theme });
  const dir = join(OUTPUT, `${speech.name}-${theme}`);
  await rm(dir, { recursive: true, force: true });
  await writeDeck(prepared.deck, dir);
  return { prepared, file: join(dir, "index.html") };
}

/** The slides PDF as podium prints it, with the slides measured in its page just before printing. */
async function printMeasured(
  prepared: PreparedDeck,
  file: string,
): Promise<{ pdf: Uint8Array; slides: SlideMeasure[] }> {
  let slides: SlideMeasure[] = [];
  const printed = await printSlides(session, prepared.deck, {
    deckDir: join(file, ".."),
    beforePrint: async (page) => {
      slides = await page.evaluate(measureSlides);
    },
  });
  return { pdf: await finishPrinted(printed), slides };
}

async function measure(file: string, query: string): Promise<SlideMeasure[]> {
  const page = await chromium.browser.newPage();
  try {
    await page.setViewport({ width: 1920, height: 1080 });
    await page.goto(`${pathToFileURL(file).href}${query}`);
    await page.waitForSelector("html[data-podium-ready]", { timeout: 60_000 });
    return await page.evaluate(measureSlides);
  } finally {
    await page.close();
  }
}

/** The measures the issue sets for a deck a presenter can project unedited. */
function expectBackRowDeck(slides: SlideMeasure[], layouts: readonly string[]): void {
  expect(slides.filter((s) => s.overflow).map((s) => s.index)).toEqual([]);
  expect(slides.flatMap((s) => s.lone)).toEqual([]);
  const content = slides.filter((s) => s.kind === "point" || s.kind === "quote");
  expect(content.length).toBeGreaterThan(3);
  const fills = content.map((s) => s.fill);
  expect(median(fills)).toBeGreaterThanOrEqual(0.5);
  expect(fills.filter((f) => f < 0.3).length).toBeLessThanOrEqual(Math.floor(content.length / 10));
  expect(Math.min(...content.map((s) => s.minTextPx))).toBeGreaterThanOrEqual(40);
  expect(median(content.map((s) => s.bodyPx))).toBeGreaterThanOrEqual(50);
  const used = new Set(slides.map((s) => s.layout));
  for (const layout of layouts) expect(used).toContain(layout);
}

describe("decks for the back row", () => {
  for (const speech of SPEECHES) {
    for (const theme of THEMES) {
      it(`${speech.name}, ${theme}: fills the slides with large text, live and in the print view`, async () => {
        const { prepared, file } = await build(speech, theme);
        const live = await measure(file, "");
        expectBackRowDeck(live, speech.layouts);
        const { pdf, slides: print } = await printMeasured(prepared, file);
        expectBackRowDeck(print, speech.layouts);
        await writeFile(join(OUTPUT, `${speech.name}-${theme}.pdf`), pdf);
        // The PDF is set as the screen is (to a pixel: the print page lays text out at its own subpixels).
        print.forEach((slide, i) =>
          expect(Math.abs(slide.bodyPx - (live[i]?.bodyPx ?? 0))).toBeLessThanOrEqual(1),
        );
      });
    }
  }
});

describe("the text fit", () => {
  it("sets each slide's body text to the largest whole pixel size at which nothing overflows", async () => {
    for (const speech of SPEECHES) {
      const { file } = await build(speech, "light");
      const page = await chromium.browser.newPage();
      try {
        await page.setViewport({ width: 1920, height: 1080 });
        await page.goto(`${pathToFileURL(file).href}?print-pdf`);
        await page.waitForSelector("html[data-podium-ready]", { timeout: 60_000 });
        const slides = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>("section.podium-slide")).map((section, index) => {
            const frame = section.querySelector<HTMLElement>(".slide-frame");
            if (!frame) return { index, size: 0, ceiling: 0, fits: true, largerFits: false };
            const style = getComputedStyle(frame);
            const base = parseFloat(style.getPropertyValue("--body-size")) || 40;
            const ceiling = Math.floor(base * (parseFloat(style.getPropertyValue("--fit-max")) || 1));
            const fit = parseFloat(frame.style.getPropertyValue("--fit"));
            const size = Math.round(fit * base);
            const overflows = () =>
              frame.scrollHeight > frame.clientHeight ||
              frame.scrollWidth > frame.clientWidth ||
              Array.from(frame.querySelectorAll<HTMLElement>(".figure-tile, .card, .timeline-entry")).some(
                (box) => box.scrollWidth > box.clientWidth + 1,
              );
            const fits = !overflows();
            frame.style.setProperty("--fit", String((size + 1) / base));
            const largerFits = !overflows();
            frame.style.setProperty("--fit", String(fit));
            return { index, size, ceiling, fits, largerFits };
          }),
        );
        expect(slides.filter((slide) => !slide.fits).map((slide) => slide.index)).toEqual([]);
        // One pixel more overflows, unless the slide is already at its ceiling.
        const short = slides.filter((slide) => slide.size < slide.ceiling && slide.largerFits);
        expect(short.map((slide) => `${speech.name} slide ${slide.index + 1}: ${slide.size} px`)).toEqual([]);
        expect(slides.some((slide) => slide.size > 40 && slide.size < slide.ceiling)).toBe(true);
      } finally {
        await page.close();
      }
    }
  });
});

describe("the slides PDF", () => {
  it.runIf(existsSync("/usr/bin/pdftoppm"))(
    "prints every layout: a page of each drawn by pdftoppm is not blank",
    async () => {
      for (const [index, speech] of SPEECHES.entries()) {
        const theme = THEMES[index % THEMES.length] as string;
        const { prepared, file } = await build(speech, theme);
        const pdf = join(OUTPUT, `${speech.name}-${theme}-print.pdf`);
        await writeFile(pdf, (await printMeasured(prepared, file)).pdf);
        {
          for (const layout of speech.layouts) {
            const page = prepared.plan.slides.findIndex((s) => s.layout?.name === layout) + 1;
            const prefix = join(OUTPUT, `${speech.name}-${theme}-${layout}`);
            execFileSync("pdftoppm", [
              "-png",
              "-r",
              "24",
              "-f",
              String(page),
              "-l",
              String(page),
              "-singlefile",
              pdf,
              prefix,
            ]);
            expect(existsSync(`${prefix}.png`)).toBe(true);
          }
        }
      }
    },
  );
});

describe("spacing the themes give", () => {
  it("keeps each block's own margin: a timeline's lead stands apart from its dates, a section's subtitle from its title", async () => {
    const { file } = await build(SPEECHES[0], "light");
    const page = await chromium.browser.newPage();
    try {
      await page.setViewport({ width: 1920, height: 1080 });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector("html[data-podium-ready]", { timeout: 60_000 });
      // Gaps in ems of the block's own text, measured across every slide of the kind.
      const gaps = await page.evaluate(() => {
        const gapsBetween = (above: string, below: string) =>
          Array.from(document.querySelectorAll(above)).flatMap((first) => {
            const next = first.parentElement?.querySelector(below);
            const section = first.closest("section");
            if (!next || !section) return [];
            // A slide other than the current one is not laid out: show it while measuring.
            const display = section.style.display;
            section.style.display = "block";
            const fontPx = parseFloat(getComputedStyle(first).fontSize);
            const gap = (next.getBoundingClientRect().top - first.getBoundingClientRect().bottom) / fontPx;
            section.style.display = display;
            return [gap];
          });
        return {
          timeline: gapsBetween(".timeline-lead", ".timeline"),
          section: gapsBetween(".section-title", ".section-subtitle"),
        };
      });
      expect(gaps.timeline.length).toBeGreaterThan(0);
      expect(gaps.section.length).toBeGreaterThan(0);
      for (const gap of gaps.timeline) expect(gap).toBeGreaterThanOrEqual(0.5);
      for (const gap of gaps.section) expect(gap).toBeGreaterThanOrEqual(0.2);
    } finally {
      await page.close();
    }
  });
});
