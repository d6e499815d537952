/**
 * Hostile input in Chromium: large shapes load and fit, and markup or template syntax in a speech is
 * shown as text, never run.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hugeLines, longParagraph, manyPoints } from "../scripts/bench-workloads.mjs";
import { prepareDeck } from "../src/pipeline.js";
import { launchBrowser, type TestBrowser } from "./helpers/browser.js";
import { build, folder, put, sixLevels } from "./helpers/hostile.js";
import { outlineText } from "./plan-outlines.js";

interface RevealApi {
  slide(h: number): void;
  getTotalSlides(): number;
  configure(options: object): void;
}

/** How far the current slide's content reaches past its frame, in CSS pixels. */
function overflowOfCurrentSlide(): number {
  const section = document.querySelector(".reveal .slides > section.present") as HTMLElement;
  const frame = section.querySelector(".slide-frame") as HTMLElement;
  const box = frame.getBoundingClientRect();
  const scale = box.width / frame.offsetWidth;
  let over = Math.max(0, frame.scrollWidth - frame.clientWidth, frame.scrollHeight - frame.clientHeight);
  for (const element of Array.from(frame.querySelectorAll("*"))) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    over = Math.max(
      over,
      (rect.right - box.right) / scale,
      (box.left - rect.left) / scale,
      (rect.bottom - box.bottom) / scale,
      (box.top - rect.top) / scale,
    );
  }
  return over;
}

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

async function open(browser: Browser, deckDir: string): Promise<Opened> {
  const page = await browser.newPage();
  const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") opened.errors.push(m.text());
  });
  page.on("pageerror", (e) => opened.errors.push(String(e)));
  page.on("request", (r) => opened.requests.push(r.url()));
  page.on("dialog", (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(join(deckDir, "index.html")).href);
  await page.waitForSelector("html[data-podium-ready]", { timeout: 45_000 });
  await page.evaluate(() =>
    (window as unknown as { Reveal: RevealApi }).Reveal.configure({ transition: "none" }),
  );
  return opened;
}

/** Visits the given slides (all when `every` is 1) and returns the worst overflow seen. */
async function worstOverflow(page: Page, every = 1): Promise<{ total: number; worst: number }> {
  const total = await page.evaluate(() =>
    (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides(),
  );
  let worst = 0;
  for (let i = 0; i < total; i += every) {
    await page.evaluate((h) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(h), i);
    worst = Math.max(worst, await page.evaluate(overflowOfCurrentSlide));
  }
  return { total, worst };
}

const notesOf = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll("aside.notes p:not(.notes-time)"), (p) => p.textContent ?? "").join(
      "",
    ),
  );

let chromium: TestBrowser;
beforeAll(async () => {
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
});

describe("in Chromium: large shapes load and fit", () => {
  const shapes: [string, () => string, number][] = [
    ["2,000 points (every 25th slide measured)", () => manyPoints(2000), 25],
    ["six levels of nesting", sixLevels, 1],
    ["one 50,000-character paragraph", () => longParagraph(50_000), 1],
    ["two lines of 1 MB", () => hugeLines(1024 * 1024, 2), 1],
  ];
  it.each(shapes)(
    "%s: ready, every slide there, nothing overflows, the whole speech in the notes",
    async (_l, make, every) => {
      const dir = folder();
      const input = put(dir, "shape.txt", make());
      const { run, deck } = await build(input);
      expect(run.code).toBe(0);
      const prepared = await prepareDeck(input);
      const opened = await open(chromium.browser, deck);
      try {
        const { total, worst } = await worstOverflow(opened.page, every);
        expect(total).toBe(prepared.plan.slides.length);
        expect(worst).toBeLessThanOrEqual(1);
        expect(await notesOf(opened.page)).toBe(outlineText(prepared.outline));
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.close();
      }
    },
    120_000,
  );
});

/** Markup and template syntax a speech may hold: each must be shown as text and never run. */
const MARKUP = {
  script: "<script>window.__pwned = 1</script>",
  handler: '<img src=x onerror="window.__pwned = 2">',
  svg: "<svg onload=window.__pwned=3>",
  link: '<a href="javascript:window.__pwned=4">点我</a>',
  bareUrl: "javascript:window.__pwned=5",
  mustache: "{{title}}",
  triple: "{{{bootScript}}}",
  block: "{{#each slides}}x{{/each}}",
  textarea: "</textarea><script>window.__pwned=6</script>",
  section: '</section></div><section data-background-iframe="https://example.com/">',
  markdown: '<section data-markdown><script type="text/template">## 注入</script></section>',
  background: '<div data-background-color="red" data-background-iframe="https://example.com/">',
  style: "<style>.reveal{display:none}</style>",
  meta: '<meta http-equiv="refresh" content="0;url=https://example.com/">',
  comment: "<!-- hidden -->",
};

/** The speech text of each literal, as it appears in the notes once the reader has read it. */
const literalSpeech = (): string =>
  [
    `季度会议讲话${MARKUP.mustache}${MARKUP.script}`,
    `同志们：${MARKUP.handler}今天开会。`,
    `一、统一思想${MARKUP.section}`,
    `要统一思想${MARKUP.link}。${MARKUP.bareUrl}。${MARKUP.triple}。`,
    `（一）抓好落实${MARKUP.svg}`,
    `他说${MARKUP.textarea}很重要。${MARKUP.block}。`,
    `二、加强领导${MARKUP.markdown}`,
    `${MARKUP.background}${MARKUP.style}${MARKUP.meta}${MARKUP.comment}要加强领导。`,
    "谢谢大家！",
  ].join("\n");

/** What no deck built from a speech may hold, whatever the speech says. */
async function expectInert(opened: Opened, slides: number): Promise<void> {
  const page = opened.page;
  const found = await page.evaluate(() => {
    const slidesEl = document.querySelector(".reveal .slides") as HTMLElement;
    const attrs = new Set<string>();
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) attrs.add(`${el.tagName} ${a.name}`);
        if (/javascript:/i.test(a.value)) attrs.add(`${el.tagName} ${a.name}=${a.value}`);
      }
    }
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      sections: document.querySelectorAll(".reveal .slides > section").length,
      nested: slidesEl.querySelectorAll("section section").length,
      scripts: slidesEl.querySelectorAll("script, iframe, object, embed, style, meta, svg, img, textarea")
        .length,
      links: slidesEl.querySelectorAll("a").length,
      injected: document.querySelectorAll(
        "[data-background-iframe], [data-markdown], [data-background-color]",
      ).length,
      hidden: getComputedStyle(document.querySelector(".reveal") as HTMLElement).display,
      attrs: [...attrs],
    };
  });
  expect(found).toEqual({
    pwned: undefined,
    sections: slides,
    nested: 0,
    scripts: 0,
    links: 0,
    injected: 0,
    hidden: expect.not.stringMatching(/^none$/) as unknown,
    attrs: [],
  });
  expect(opened.dialogs).toEqual([]);
  expect(opened.errors).toEqual([]);
  expect(opened.requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
}

describe("in Chromium: markup and template syntax in the speech are shown as text, never run", () => {
  it("a .txt speech: every literal is in the notes as written, the title shows its tags as text", async () => {
    const dir = folder();
    const input = put(dir, "markup.txt", literalSpeech());
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    const prepared = await prepareDeck(input);
    const opened = await open(chromium.browser, deck);
    try {
      await worstOverflow(opened.page);
      await expectInert(opened, prepared.plan.slides.length);
      const notes = await notesOf(opened.page);
      expect(notes).toBe(outlineText(prepared.outline));
      for (const literal of Object.values(MARKUP)) expect(notes).toContain(literal);
      const title = await opened.page.evaluate(() => document.title);
      expect(title).toContain(MARKUP.script);
    } finally {
      await opened.page.close();
    }
  });

  it("a .md speech: raw HTML and link tricks stay text; no link, image or element comes from the speech", async () => {
    const dir = folder();
    const input = put(
      dir,
      "markup.md",
      [
        "# 季度会议讲话{{title}}",
        "",
        `同志们：${MARKUP.handler}今天开会。`,
        "",
        "## 一、统一思想",
        "",
        '要统一思想，[点我](javascript:window.__pwned=7 "标题")，![图](x" onerror="window.__pwned=8)。',
        "",
        "<javascript:window.__pwned=9> 和 [引用][r] 都只是文字。",
        "",
        "[r]: javascript:window.__pwned=10",
        "",
        '<div data-background-iframe="https://example.com/"><script>window.__pwned=11</script></div>',
        "",
        MARKUP.markdown,
        "",
        "## 二、加强领导",
        "",
        `要加强领导${MARKUP.textarea}${MARKUP.section}。`,
        "",
        "<details open><summary>展开</summary>要落实。</details>",
        "",
        "谢谢大家！",
      ].join("\n"),
    );
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    const prepared = await prepareDeck(input);
    const opened = await open(chromium.browser, deck);
    try {
      await worstOverflow(opened.page);
      await expectInert(opened, prepared.plan.slides.length);
      const notes = await notesOf(opened.page);
      expect(notes).toBe(outlineText(prepared.outline));
      // Block-level HTML is kept as the words it is; inline tags are markup a rendered Markdown
      // would not show either, so they are dropped (their text stays). Neither ever runs.
      for (const literal of [
        '<div data-background-iframe="https://example.com/"><script>window.__pwned=11</script></div>',
        MARKUP.markdown,
        '![图](x" onerror="window.__pwned=8)',
        "<details open><summary>展开</summary>要落实。</details>",
      ]) {
        expect(notes).toContain(literal);
      }
      expect(notes).toContain("同志们：今天开会。");
      expect(notes).not.toContain("javascript:window.__pwned=7");
      const shown = await opened.page.evaluate(
        () => document.querySelector(".reveal .slides")?.textContent ?? "",
      );
      expect(shown).toContain("点我");
    } finally {
      await opened.page.close();
    }
  });
});
