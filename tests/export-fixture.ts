/**
 * A hand-made deck of the example speech for the export tests, so they do not depend on the render
 * stage: a crude outline from the speech text and the fixture's headings, a plan, and reveal.js HTML.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Outline, Point } from "../src/outline/types.js";
import { withMarker } from "../src/plan/labels.js";
import type { Slide, SlidePlan } from "../src/plan/types.js";
import type { Aspect, RenderedDeck, RenderedSlide } from "../src/render/types.js";

const here = dirname(fileURLToPath(import.meta.url));
export const SPEECH = join(here, "..", "slides", "000_bb77306b121bf6cc.txt");
const FIXTURE = join(here, "fixtures", "example.outline.json");
const revealDist = dirname(createRequire(import.meta.url).resolve("reveal.js/dist/reveal.js"));

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The speech text without the web page's pinyin annotations (`務(wù)`) and trailing debris. */
export function speechParagraphs(): string[] {
  const lines = readFileSync(SPEECH, "utf8").split(/\r?\n/);
  return lines
    .slice(3, 36)
    .map((line) => line.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, "").trim())
    .filter(Boolean);
}

export function exampleOutline(): Outline {
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as {
    title: string;
    points: { level: number; marker: string; heading: string }[];
  };
  const flat: Point[] = [];
  const preamble: string[] = [];
  const closing: string[] = [];
  let wanted = 0;
  for (const [i, text] of speechParagraphs().entries()) {
    if (text.startsWith("同志們") || closing.length > 0) {
      closing.push(text);
      continue;
    }
    // Inline series items (not at a line start) are skipped: their text stays in the paragraph.
    let found = -1;
    for (let k = wanted; k < fixture.points.length; k++) {
      const p = fixture.points[k]!;
      if (text.startsWith(p.marker + p.heading)) {
        found = k;
        break;
      }
    }
    if (found >= 0) {
      const p = fixture.points[found]!;
      const rest = text.slice((p.marker + p.heading).length).replace(/^[。，,：:]/, "");
      flat.push({
        ...p,
        terminator: "。",
        paragraphs: rest ? [rest] : [],
        children: [],
        line: i + 4,
        inline: false,
      });
      wanted = found + 1;
    } else if (flat.length === 0) {
      preamble.push(text);
    } else {
      flat[flat.length - 1]!.paragraphs.push(text);
    }
  }
  const points: Point[] = [];
  const stack: Point[] = [];
  for (const point of flat) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= point.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : points).push(point);
    stack.push(point);
  }
  return { title: fixture.title, meta: {}, preamble, points, closing, warnings: [], script: "zh-Hant" };
}

const firstSentence = (text: string): string => (text.split(/[。；！？]/)[0] ?? text).slice(0, 40);

export function examplePlan(outline = exampleOutline()): SlidePlan {
  const slides: Slide[] = [];
  const base = { marker: "", bullets: [], continued: false, seconds: 60, section: -1 };
  slides.push({ ...base, kind: "title", title: outline.title ?? "", notes: outline.preamble });
  const walk = (point: Point, section: number): void => {
    if (point.level === 1) {
      const [head, ...rest] = point.heading.split(",");
      slides.push({
        ...base,
        kind: "section",
        marker: point.marker,
        title: withMarker(point.marker, head ?? ""),
        subtitle: rest.join(","),
        notes: point.paragraphs,
        section,
      });
    } else {
      slides.push({
        ...base,
        kind: "point",
        marker: point.marker,
        title: point.heading,
        bullets: point.paragraphs.map(firstSentence).slice(0, 4),
        notes: point.paragraphs,
        section,
      });
    }
    for (const child of point.children) walk(child, section);
  };
  outline.points.forEach((point, i) => walk(point, i));
  slides.push({ ...base, kind: "closing", title: "謝謝大家", notes: outline.closing });
  return {
    info: { title: outline.title ?? "", speaker: "張三", organisation: "市委", date: "2024年5月20日" },
    script: outline.script,
    slides,
    totalSeconds: slides.length * 60,
  };
}

export const THEME_CSS = `
.reveal-viewport { background: #fff; }
.reveal { font-family: "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC", sans-serif;
  font-size: 40px; color: #1a1a1a; }
.reveal .slides section { text-align: left; padding: 0 80px; box-sizing: border-box; }
.reveal h1, .reveal h2 { font-family: "Noto Serif CJK TC", "Source Han Serif TC", serif; font-size: 60px;
  margin: 0 0 40px; line-height: 1.3; }
.reveal .marker { color: #b3141b; }
.reveal ul { margin: 0; padding-left: 1.2em; line-height: 1.5; }
.reveal section.section { color: #fff; }
.reveal section.section h2 { color: #fff; font-size: 72px; }
.reveal section.section p { color: #d9a521; }
`;

function slideHtml(slide: Slide): string {
  const heading =
    slide.marker && slide.title.startsWith(slide.marker)
      ? `<span class="marker">${escape(slide.marker)}</span>${escape(slide.title.slice(slide.marker.length))}`
      : `${slide.marker ? `<span class="marker">${escape(slide.marker)}</span>` : ""}${escape(slide.title)}`;
  const body =
    slide.kind === "section"
      ? `<p>${escape(slide.subtitle ?? "")}</p>`
      : slide.bullets.length > 0
        ? `<ul>${slide.bullets.map((b) => `<li class="fragment">${escape(b)}</li>`).join("")}</ul>`
        : "";
  const notes =
    slide.notes.length > 0
      ? `<aside class="notes">${slide.notes.map((n) => `<p>${escape(n)}</p>`).join("")}</aside>`
      : "";
  const attrs = slide.kind === "section" ? ` class="section" data-background-color="#b3141b"` : "";
  return `<section data-kind="${slide.kind}"${attrs}><h2>${heading}</h2>${body}${notes}</section>`;
}

export function exampleDeck(aspect: Aspect = "16:9", plan = examplePlan()): RenderedDeck {
  const width = aspect === "16:9" ? 1920 : 1440;
  const height = 1080;
  const slides: RenderedSlide[] = plan.slides.map((slide) => ({
    kind: slide.kind,
    marker: slide.marker,
    title: slide.title,
    continued: slide.continued,
    html: slideHtml(slide),
    notes: slide.notes,
  }));
  const html = `<!doctype html>
<html lang="${plan.script}"><head><meta charset="utf-8"><title>${escape(plan.info.title)}</title>
<link rel="stylesheet" href="dist/reveal.css"><style>${THEME_CSS}</style></head>
<body><div class="reveal"><div class="slides">${slides.map((s) => s.html).join("\n")}</div></div>
<script src="dist/reveal.js"></script>
<script>Reveal.initialize({ hash: false, width: ${width}, height: ${height}, center: true, controls: false,
  progress: false, transition: "none" });</script></body></html>`;
  return {
    html,
    assets: [
      { from: join(revealDist, "reveal.css"), to: "dist/reveal.css" },
      { from: join(revealDist, "reveal.js"), to: "dist/reveal.js" },
    ],
    slides,
    plan,
    lang: plan.script,
    theme: "light",
    aspect,
    width,
    height,
    themeCss: THEME_CSS,
  };
}

/** A small English deck, for the "Page N of M" footer and Latin text. */
export function englishDeck(): RenderedDeck {
  const outline: Outline = {
    title: "Quarterly Review",
    meta: {},
    preamble: ["Good morning, everyone."],
    points: [
      {
        level: 1,
        marker: "1.",
        heading: "Results",
        paragraphs: ["Sales grew by ten percent."],
        children: [],
        line: 2,
        inline: false,
        terminator: "",
      },
      {
        level: 1,
        marker: "2.",
        heading: "Plans",
        paragraphs: ["We will open two new offices."],
        children: [],
        line: 3,
        inline: false,
        terminator: "",
      },
    ],
    closing: ["Thank you."],
    warnings: [],
    script: "en",
  };
  const plan = examplePlan(outline);
  plan.info = { title: "Quarterly Review", speaker: "Ann Lee", date: "20 May 2024" };
  return exampleDeck("4:3", plan);
}
