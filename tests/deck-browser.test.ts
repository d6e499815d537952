/**
 * Opens built decks in a real Chromium from file:// and checks what the audience and the speaker see:
 * reveal.js ready, every slide visited, nothing fetched beyond file://, no console error, nothing
 * overflowing its slide, the whole speech present, hostile text inert, and each kind of slide drawn.
 */
import { mkdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { BrowserSession } from "../src/export/browser.js";
import { printSlides } from "../src/export/pdf.js";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Outline } from "../src/outline/types.js";
import { writeDeck } from "../src/output.js";
import { planSlides } from "../src/plan/index.js";
import type { SlideKind, SlidePlan } from "../src/plan/types.js";
import { renderDeck } from "../src/render/index.js";
import type { RenderOptions } from "../src/render/types.js";
import { launchBrowser, SESSION, type TestBrowser } from "./helpers/browser.js";
import { exampleSection, outline, outlineText, point } from "./plan-outlines.js";
import { HOSTILE, hostileOutline } from "./render-outlines.js";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { prepareDeck } from "../src/pipeline.js";

const EXAMPLE = resolve("slides/000_bb77306b121bf6cc.txt");

const OUTPUT = resolve("tests/.output");
const THEMES = ["light", "red", "dark"] as const;

/** Every kind of slide, long text and a quote, in traditional Chinese like the example speech. */
const richOutline = (): Outline =>
  outline({
    script: "zh-Hant",
    title: "黨群工作會議講話稿",
    preamble: [
      "黨的群團工作是凝聚人心、匯集智慧、催生力量的工作。這次會議的主要任務是,認真貫徹落實中央和省委黨的群團工作會議精神,理清工作思路,解決突出問題,讓黨的群眾工作“星光燦爛”。",
    ],
    points: [
      point(
        1,
        "一、",
        "增強思想自覺,深刻認識群團工作的重要性和緊迫性",
        ["群團工作很重要。具體來講,有“三重”:"],
        [
          point(
            2,
            "第一,",
            "群團工作是推進黨的事業的重要法寶",
            [
              "之所以講是重要法寶,是因為這是經過歷史和實踐檢驗的。毛澤東說,“群眾是真正的英雄,而我們自己則往往是幼稚可笑的,不了解這一點,就不能得到起碼的知識。”我們黨是靠群眾工作起家的,也是靠群眾工作發展壯大的。",
            ],
            [],
            false,
            "。",
          ),
          point(
            2,
            "第二,",
            "群團工作是改革發展穩定的重要力量",
            ["改革開放三十多年來取得了巨大成就,贏得了世界的關注,靠的是全國人民的智慧和力量。".repeat(4)],
            [],
            false,
            "。",
          ),
        ],
      ),
      exampleSection(),
    ],
    closing: ["同志們,黨的群團工作是我們事業發展的源泉和動力。", "講完了,謝謝大家!"],
  });

interface Visit {
  errors: string[];
  requests: string[];
}

/** Opens a deck page and records console errors and every request it makes. */
async function openDeck(browser: Browser, file: string): Promise<{ page: Page; visit: Visit }> {
  const page = await browser.newPage();
  const visit: Visit = { errors: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") visit.errors.push(message.text());
  });
  page.on("pageerror", (error) => visit.errors.push(String(error)));
  page.on("request", (request) => visit.requests.push(request.url()));
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("html[data-podium-ready]", { timeout: 20_000 });
  await page.evaluate(() =>
    (window as unknown as { Reveal: RevealApi }).Reveal.configure({ transition: "none" }),
  );
  return { page, visit };
}

interface RevealApi {
  configure(options: object): void;
  slide(h: number): void;
  getTotalSlides(): number;
  getIndices(): { h: number };
  isReady(): boolean;
}

/** How far the current slide's content reaches past its frame, in CSS pixels (0 when it fits). */
function measureCurrentSlide(): { overflowX: number; overflowY: number; index: number } {
  const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
  const section = document.querySelector(".reveal .slides > section.present") as HTMLElement;
  const frame = section.querySelector(".slide-frame") as HTMLElement;
  const box = frame.getBoundingClientRect();
  const scale = box.width / frame.offsetWidth;
  let overflowX = Math.max(0, frame.scrollWidth - frame.clientWidth);
  let overflowY = Math.max(0, frame.scrollHeight - frame.clientHeight);
  for (const element of Array.from(frame.querySelectorAll("*"))) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    overflowX = Math.max(overflowX, (rect.right - box.right) / scale, (box.left - rect.left) / scale);
    overflowY = Math.max(overflowY, (rect.bottom - box.bottom) / scale, (box.top - rect.top) / scale);
  }
  return { overflowX, overflowY, index: reveal.getIndices().h };
}

/** Visits every slide; returns the first slide index of each kind (for screenshots). */
async function visitEverySlide(page: Page, plan: SlidePlan): Promise<Map<SlideKind, number>> {
  const total = await page.evaluate(() =>
    (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides(),
  );
  expect(total).toBe(plan.slides.length);
  const firsts = new Map<SlideKind, number>();
  for (let i = 0; i < total; i++) {
    await page.evaluate((h) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(h), i);
    const measured = await page.evaluate(measureCurrentSlide);
    expect(measured.index).toBe(i);
    expect({ slide: i, x: measured.overflowX, y: measured.overflowY }).toEqual({ slide: i, x: 0, y: 0 });
    const kind = plan.slides[i]?.kind;
    if (kind && !firsts.has(kind)) firsts.set(kind, i);
  }
  return firsts;
}

async function notesText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("aside.notes p:not(.notes-time)"), (p) => p.textContent ?? "").join(
      "",
    ),
  );
}

/** Standard deviation of the screenshot's grey levels: near 0 for a blank (one-colour) image. */
async function pixelDeviation(browser: Browser, png: Uint8Array): Promise<number> {
  const page = await browser.newPage();
  try {
    const base64 = Buffer.from(png).toString("base64");
    return await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let sum = 0;
      let squares = 0;
      const n = pixels.length / 4;
      for (let i = 0; i < pixels.length; i += 4) {
        const grey = 0.299 * (pixels[i] ?? 0) + 0.587 * (pixels[i + 1] ?? 0) + 0.114 * (pixels[i + 2] ?? 0);
        sum += grey;
        squares += grey * grey;
      }
      const mean = sum / n;
      return Math.sqrt(squares / n - mean * mean);
    }, base64);
  } finally {
    await page.close();
  }
}

async function buildDeck(o: Outline, name: string, options: Partial<RenderOptions> = {}) {
  const plan = planSlides(o, { speaker: "張三", date: "2015年8月" });
  const deck = await renderDeck(plan, { theme: "light", aspect: "16:9", singleFile: false, ...options });
  const dir = join(OUTPUT, "decks", name);
  await rm(dir, { recursive: true, force: true });
  await writeDeck(deck, dir);
  return { plan, deck, file: join(dir, "index.html") };
}

function expectOnlyFileRequests(visit: Visit): void {
  expect(visit.requests.length).toBeGreaterThan(0);
  expect(visit.requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
}

let chromium: TestBrowser;
beforeAll(async () => {
  await mkdir(join(OUTPUT, "screenshots"), { recursive: true });
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
});

describe("a built deck in Chromium", () => {
  for (const theme of THEMES) {
    for (const aspect of ["16:9", "4:3"] as const) {
      it(`${theme} ${aspect}: every slide fits, nothing leaves file://, the whole speech is there`, async () => {
        const o = richOutline();
        const name = `${theme}-${aspect === "4:3" ? "4x3" : "16x9"}`;
        const { plan, file } = await buildDeck(o, name, { theme, aspect });
        const { page, visit } = await openDeck(chromium.browser, file);
        try {
          expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-Hant");
          const firsts = await visitEverySlide(page, plan);
          expect(await notesText(page)).toBe(outlineText(o));
          expect([...firsts.keys()].sort()).toEqual([
            "agenda",
            "closing",
            "point",
            "quote",
            "section",
            "title",
          ]);
          if (aspect === "16:9") {
            for (const [kind, index] of firsts) {
              await page.evaluate((h) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(h), index);
              const path = join(OUTPUT, "screenshots", `${theme}-${kind}.png`);
              const png = await page.screenshot({ path });
              expect(await pixelDeviation(chromium.browser, png)).toBeGreaterThan(8);
            }
          }
          expect(visit.errors).toEqual([]);
          expectOnlyFileRequests(visit);
        } finally {
          await page.close();
        }
      });
    }
  }

  it("the example speech, end to end: ready, every slide fits, its whole text is there", async () => {
    const o = buildOutline(await readSource(EXAMPLE));
    const { plan, file } = await buildDeck(o, "example", { theme: "red" });
    const { page, visit } = await openDeck(chromium.browser, file);
    try {
      await visitEverySlide(page, plan);
      expect(await notesText(page)).toBe(outlineText(o));
      // Each bullet shown is the speech's own words (slides show full-width punctuation, so compare
      // with punctuation width folded by NFKC).
      const fold = (text: string) => text.normalize("NFKC");
      const shown = await page.evaluate(() =>
        Array.from(document.querySelectorAll(".slides .bullets li"), (li) => li.textContent ?? ""),
      );
      expect(shown.length).toBeGreaterThan(20);
      for (const line of shown) expect(fold(outlineText(o))).toContain(fold(line.trim()));
      expect(visit.errors).toEqual([]);
      expectOnlyFileRequests(visit);
    } finally {
      await page.close();
    }
  });

  it("an English speech: typeset, hyphenated in English, no one-word last line on titles, byline on the title slide", async () => {
    const prepared = await prepareDeck(resolve("tests/fixtures/speeches/commencement.txt"));
    const dir = join(OUTPUT, "decks", "english");
    await rm(dir, { recursive: true, force: true });
    await writeDeck(prepared.deck, dir);
    const { page, visit } = await openDeck(chromium.browser, join(dir, "index.html"));
    try {
      await visitEverySlide(page, prepared.plan);
      const seen = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
        return {
          lang: document.documentElement.lang,
          hyphens: style(".bullets li").hyphens,
          wrap:
            style(".slide-heading").textWrap || style(".slide-heading").getPropertyValue("text-wrap-style"),
          title: document.querySelector(".deck-title")?.textContent ?? "",
          byline: document.querySelector(".byline")?.textContent ?? "",
          bullets: Array.from(document.querySelectorAll(".bullets li"), (li) => li.textContent ?? ""),
        };
      });
      expect(seen.lang).toBe("en");
      expect(seen.hyphens).toBe("auto");
      expect(seen.wrap).toContain("pretty");
      expect(seen.title).not.toContain("President");
      expect(seen.byline).toContain("Margaret Ellison, President");
      expect(seen.bullets.join("\n")).toContain("the volunteers — there were 212");
      expect(seen.bullets.join("\n")).not.toContain("--");
      expect(visit.errors).toEqual([]);
      expectOnlyFileRequests(visit);
    } finally {
      await page.close();
    }
  });

  it("the print view fits text as the live view does (slides are not shrunk for the PDF)", async () => {
    const o = buildOutline(await readSource(EXAMPLE));
    const { deck, file } = await buildDeck(o, "example-print", { theme: "light" });
    const fitsOf = () =>
      Array.from(document.querySelectorAll("section.podium-slide"), (s) => s.getAttribute("data-fit"));
    const page = await chromium.browser.newPage();
    let live: (string | null)[];
    try {
      await page.setViewport({ width: 1920, height: 1080 });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector("html[data-podium-ready]", { timeout: 20_000 });
      live = await page.evaluate(fitsOf);
    } finally {
      await page.close();
    }
    // Text is set larger than the floor on most slides (the planner leaves room), never below it here.
    expect(live.filter((fit) => Number(fit) > 1).length).toBeGreaterThan(live.length / 2);
    expect(live.filter((fit) => Number(fit) < 1)).toEqual([]);
    // The slides PDF's own page, measured just before it prints.
    let printed: (string | null)[] = [];
    const session = await BrowserSession.open(SESSION);
    try {
      await printSlides(session, deck, {
        deckDir: dirname(file),
        beforePrint: async (printing) => {
          printed = await printing.evaluate(fitsOf);
        },
      });
    } finally {
      await session.close();
    }
    expect(printed).toEqual(live);
  });

  it("shows a hostile speech literally and runs none of it", async () => {
    const o = hostileOutline();
    const { plan, file } = await buildDeck(o, "hostile", { theme: "red" });
    const { page, visit } = await openDeck(chromium.browser, file);
    try {
      await visitEverySlide(page, plan);
      const text = await page.evaluate(
        () => (document.querySelector(".reveal .slides") as HTMLElement).textContent,
      );
      for (const literal of Object.values(HOSTILE)) expect(text).toContain(literal);
      expect(await notesText(page)).toBe(outlineText(o));
      // Click every link the deck has (there should be none from the speech).
      const links = await page.evaluate(() => document.querySelectorAll(".slides a").length);
      expect(links).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(visit.errors).toEqual([]);
      expectOnlyFileRequests(visit);
    } finally {
      await page.close();
    }
  });

  it("single file: one HTML whose speaker view opens from file:// with the notes", async () => {
    const o = richOutline();
    const { plan, file } = await buildDeck(o, "single", { singleFile: true });
    const { page, visit } = await openDeck(chromium.browser, file);
    try {
      expect(visit.requests).toEqual([pathToFileURL(file).href]);
      await visitEverySlide(page, plan);
      await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0));
      const popup = new Promise<Page>((done) => page.once("popup", (p) => done(p as Page)));
      await page.keyboard.press("s");
      const speaker = await popup;
      const speakerRequests: string[] = [];
      speaker.on("request", (request) => speakerRequests.push(request.url()));
      await speaker.waitForFunction(
        (title: string) =>
          document.querySelector(".speaker-controls-notes .value")?.textContent?.includes(title),
        { timeout: 20_000 },
        o.title ?? "",
      );
      await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(1));
      await speaker.waitForFunction(
        (preamble: string) =>
          document.querySelector(".speaker-controls-notes .value")?.textContent?.includes(preamble),
        { timeout: 20_000 },
        (o.preamble[0] ?? "").slice(0, 20),
      );
      expect(speakerRequests.filter((url) => !url.startsWith("file://") && url !== "about:blank")).toEqual(
        [],
      );
      await speaker.close();
      expect(visit.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
