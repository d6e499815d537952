/**
 * The editable PowerPoint file, read back as OOXML: slides, paragraphs, runs, fonts, notes and
 * shapes, for the example speech and for a hand-made plan with every slide kind and layout.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_THEMES, type Aspect } from "../src/config/values.js";
import { type PreparedDeck, prepareDeck } from "../src/pipeline.js";
import type { Slide, SlidePlan } from "../src/plan/types.js";
import { buildPptx, themeFromCss, type PptxTheme } from "../src/pptx/index.js";
import { loadTheme } from "../src/render/index.js";
import { badgeOf } from "../src/render/marker.js";
import { displaySlide } from "../src/render/punctuation.js";
import { exampleSpeech, repo, runInProcess, runSubprocess } from "./helpers/cli.js";

const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const P = "http://schemas.openxmlformats.org/presentationml/2006/main";
const work = mkdtempSync(join(tmpdir(), "podium-pptx-"));
const themes = new Map<string, PptxTheme>();
let example: PreparedDeck;

beforeAll(async () => {
  example = await prepareDeck(exampleSpeech, {});
  for (const name of BUILTIN_THEMES) themes.set(name, themeFromCss(await loadTheme(name, undefined)));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const theme = (name: string): PptxTheme => {
  const found = themes.get(name);
  if (!found) throw new Error(`no theme ${name}`);
  return found;
};

interface Package {
  zip: JSZip;
  slides: Element[];
  notes: Map<number, Element>;
  size: { cx: number; cy: number };
  xml: (path: string) => Promise<string>;
}

async function open(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing`);
    return new DOMParser().parseFromString(await file.async("string"), "text/xml")
      .documentElement as unknown as Element;
  };
  const count = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/u.test(p)).length;
  const slides: Element[] = [];
  for (let n = 1; n <= count; n += 1) slides.push(await parse(`ppt/slides/slide${n}.xml`));
  const notes = new Map<number, Element>();
  for (const path of Object.keys(zip.files)) {
    const match = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/u.exec(path);
    if (match) notes.set(Number(match[1]), await parse(path));
  }
  // Which slide a notes page belongs to: its relationship to the slide.
  const notesOf = new Map<number, Element>();
  for (const [n, element] of notes) {
    const rels = await zip.file(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`)?.async("string");
    const slide = /slides\/slide(\d+)\.xml/u.exec(rels ?? "")?.[1];
    if (slide) notesOf.set(Number(slide), element);
  }
  const presentation = await parse("ppt/presentation.xml");
  const sldSz = presentation.getElementsByTagNameNS(P, "sldSz")[0];
  return {
    zip,
    slides,
    notes: notesOf,
    size: { cx: Number(sldSz?.getAttribute("cx")), cy: Number(sldSz?.getAttribute("cy")) },
    xml: async (path) => (await zip.file(path)?.async("string")) ?? "",
  };
}

const all = (element: Element, ns: string, name: string): Element[] =>
  Array.from(element.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);

/** Each paragraph's text (its runs joined) and whether it is a bullet paragraph. */
function paragraphs(element: Element): { text: string; bullet: boolean; runs: number }[] {
  return all(element, A, "p").map((p) => ({
    text: all(p, A, "t")
      .map((t) => t.textContent ?? "")
      .join(""),
    bullet: all(p, A, "buChar").length > 0,
    runs: all(p, A, "r").length,
  }));
}

const squash = (text: string) => text.replace(/\s+/gu, "");
const slideText = (slide: Element) =>
  squash(
    paragraphs(slide)
      .map((p) => p.text)
      .join(""),
  );

describe("the example speech as a .pptx", () => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await open(await buildPptx(example.plan, { theme: theme("light"), aspect: "16:9" }));
  });

  it("has one slide per deck slide, each with native text (no pictures)", async () => {
    expect(pkg.slides).toHaveLength(example.plan.slides.length);
    expect(Object.keys(pkg.zip.files).filter((p) => p.startsWith("ppt/media/") && !p.endsWith("/"))).toEqual(
      [],
    );
    for (const slide of pkg.slides) {
      expect(all(slide, P, "pic")).toHaveLength(0);
      expect(slideText(slide).length).toBeGreaterThan(0);
    }
  });

  it("shows each slide's title and each bullet as its own bullet paragraph", () => {
    example.plan.slides.forEach((planned, index) => {
      const shown = displaySlide(planned, example.plan.script);
      const slide = pkg.slides[index];
      if (!slide) throw new Error(`slide ${index + 1} missing`);
      expect(slideText(slide)).toContain(
        squash(shown.kind === "section" ? shown.title.slice(shown.marker.length) : shown.title),
      );
      if (shown.kind === "point" && (shown.layout?.name ?? "list") === "list") {
        const bullets = paragraphs(slide).filter((p) => p.bullet);
        expect(bullets.map((p) => p.text)).toEqual(shown.bullets);
        for (const bullet of bullets) expect(bullet.runs).toBe(1);
      }
      if (shown.kind === "point" && shown.marker !== "") {
        expect(paragraphs(slide).map((p) => p.text)).toContain(badgeOf(shown.marker));
      }
    });
  });

  it("puts the speech in each slide's notes, paragraph by paragraph, word for word", () => {
    example.plan.slides.forEach((planned, index) => {
      const notes = pkg.notes.get(index + 1);
      if (planned.notes.length === 0) return;
      if (!notes) throw new Error(`slide ${index + 1} has no notes`);
      const body = all(notes, P, "sp").find((sp) =>
        all(sp, P, "ph").some((ph) => ph.getAttribute("type") === "body"),
      );
      if (!body) throw new Error(`slide ${index + 1}: no notes body`);
      expect(paragraphs(body).map((p) => p.text)).toEqual(planned.notes);
    });
  });

  it("sets every run's east-Asian font apart from its Latin font, in the speech's script", () => {
    const light = theme("light");
    for (const slide of pkg.slides) {
      for (const rPr of all(slide, A, "rPr")) {
        const ea = all(rPr, A, "ea")[0]?.getAttribute("typeface");
        const latin = all(rPr, A, "latin")[0]?.getAttribute("typeface");
        expect(["Microsoft JhengHei", "PMingLiU"]).toContain(ea);
        expect([light.latinSans, light.latinSerif]).toContain(latin);
        expect(rPr.getAttribute("lang")).toBe("zh-TW");
      }
    }
  });

  it("keeps every shape on the page, in both aspects", async () => {
    shapesInside(pkg);
    shapesInside(await open(await buildPptx(example.plan, { theme: theme("red"), aspect: "4:3" })));
  });

  it("marks every text box shrink-on-overflow", () => {
    for (const slide of pkg.slides) {
      for (const bodyPr of all(slide, A, "bodyPr")) expect(all(bodyPr, A, "normAutofit")).toHaveLength(1);
    }
  });

  it("writes the document properties: title, author, subject and language", async () => {
    const core = await pkg.xml("docProps/core.xml");
    expect(core).toContain(`<dc:title>${example.plan.info.title}</dc:title>`);
    expect(core).toContain("<dc:language>zh-TW</dc:language>");
    expect(core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/u);
    expect(core).toContain(
      `<dc:creator>${example.plan.info.speaker ?? example.plan.info.organisation ?? ""}</dc:creator>`,
    );
  });

  it("writes simplified Chinese fonts for a speech converted to simplified", async () => {
    const simplified = await prepareDeck(exampleSpeech, { script: "simplified" });
    const hans = await open(await buildPptx(simplified.plan, { theme: theme("red"), aspect: "16:9" }));
    const fonts = new Set(
      hans.slides.flatMap((s) => all(s, A, "ea").map((ea) => ea.getAttribute("typeface"))),
    );
    expect([...fonts].sort()).toEqual(["Microsoft YaHei", "SimSun"]);
    expect(await hans.xml("docProps/core.xml")).toContain("<dc:language>zh-CN</dc:language>");
  });
});

/** Every shape's box, EMU, against the page. */
function shapesInside(pkg: Package): void {
  pkg.slides.forEach((slide) => {
    for (const xfrm of all(slide, A, "xfrm")) {
      const off = all(xfrm, A, "off")[0];
      const ext = all(xfrm, A, "ext")[0];
      const x = Number(off?.getAttribute("x"));
      const y = Number(off?.getAttribute("y"));
      const cx = Number(ext?.getAttribute("cx"));
      const cy = Number(ext?.getAttribute("cy"));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + cx).toBeLessThanOrEqual(pkg.size.cx);
      expect(y + cy).toBeLessThanOrEqual(pkg.size.cy);
    }
  });
}

const slide = (parts: Partial<Slide> & Pick<Slide, "kind" | "title">): Slide => ({
  marker: "",
  bullets: [],
  continued: false,
  notes: [`${parts.title} & <notes> “quoted”`],
  seconds: 10,
  section: 0,
  ...parts,
});

/** A plan with every slide kind and layout, in English with characters XML must escape. */
const everyLayout = (): SlidePlan => ({
  info: {
    title: "Annual report & plan",
    subtitle: "Where we stand",
    speaker: "A. Speaker",
    organisation: "R&D <Unit>",
    date: "2024-05-01",
    venue: "Hall 3",
  },
  script: "en",
  totalSeconds: 100,
  slides: [
    slide({ kind: "title", title: "Annual report & plan", subtitle: "Where we stand", section: -1 }),
    slide({
      kind: "agenda",
      title: "Agenda",
      section: -1,
      agenda: [
        { marker: "1.", heading: "Results", current: false },
        { marker: "2.", heading: "Plans <next>", current: true },
      ],
    }),
    slide({ kind: "section", marker: "1.", title: "1. Results", subtitle: "What we did" }),
    slide({
      kind: "point",
      marker: "(1)",
      title: "A list",
      bullets: ["First line & more", "Second line"],
      layout: { name: "list", reason: "", forced: false },
    }),
    slide({
      kind: "point",
      marker: "(2)",
      title: "Cards",
      layout: { name: "cards", reason: "", forced: false },
      cards: [
        { marker: "First,", heading: "Growth", detail: "Sales grew" },
        { marker: "Second,", heading: "Costs", detail: "" },
        { marker: "Third,", heading: "People", detail: "We hired" },
      ],
    }),
    slide({
      kind: "point",
      marker: "(3)",
      title: "Figures",
      layout: { name: "figures", reason: "", forced: false },
      figures: [
        { figure: "12%", label: "growth" },
        { figure: "3.5 million", label: "visitors" },
        { figure: "40", label: "new sites" },
      ],
    }),
    slide({
      kind: "point",
      marker: "(4)",
      title: "Timeline",
      layout: { name: "timeline", reason: "", forced: false },
      timeline: {
        lead: ["Three steps."],
        entries: [
          { date: "2021", lines: ["Started"] },
          { date: "2022", lines: ["Grew"] },
          { date: "2023", lines: ["Doubled", "and kept going"] },
        ],
      },
    }),
    slide({
      kind: "point",
      marker: "",
      title: "Statement",
      bullets: ["We will finish the work this year."],
      layout: { name: "statement", reason: "", forced: false },
    }),
    slide({
      kind: "point",
      marker: "(5)",
      title: "Columns",
      bullets: ["one", "two", "three", "four", "five", "six"],
      layout: { name: "columns", reason: "", forced: false },
    }),
    slide({
      kind: "quote",
      title: "Quote",
      quote: { text: "Nothing is impossible to a willing heart.", attribution: "A proverb" },
      layout: { name: "quote", reason: "", forced: false },
    }),
    slide({ kind: "closing", title: "Thank you", section: -1 }),
  ],
});

function visibleTexts(s: Slide): string[] {
  return [
    // A quote slide shows the saying, as the HTML deck does; its title names it in outlines.
    ...(s.kind === "quote" ? [] : [s.title]),
    ...(s.kind === "point" && s.layout?.name !== "statement" ? s.bullets : s.bullets.slice(0, 1)),
    ...(s.cards ?? []).flatMap((c) => [c.heading, c.detail]),
    ...(s.figures ?? []).flatMap((f) => [f.figure, f.label]),
    ...(s.timeline ? [...s.timeline.lead, ...s.timeline.entries.flatMap((e) => [e.date, ...e.lines])] : []),
    ...(s.quote ? [s.quote.text, s.quote.attribution] : []),
    ...(s.agenda ?? []).map((a) => a.heading),
  ].filter((text) => text !== "");
}

describe("every slide kind and layout, every theme, both aspects", () => {
  const cases: [string, Aspect][] = BUILTIN_THEMES.flatMap((name) =>
    (["16:9", "4:3"] as const).map((aspect): [string, Aspect] => [name, aspect]),
  );

  it.each(cases)(
    "%s %s: all text shown, all shapes on the page, the theme's colours",
    async (name, aspect) => {
      const plan = everyLayout();
      const pkg = await open(await buildPptx(plan, { theme: theme(name), aspect }));
      expect(pkg.size.cx / pkg.size.cy).toBeCloseTo(aspect === "16:9" ? 16 / 9 : 4 / 3, 2);
      shapesInside(pkg);
      plan.slides.forEach((planned, index) => {
        const shown = displaySlide(planned, plan.script);
        const page = pkg.slides[index];
        if (!page) throw new Error(`slide ${index + 1} missing`);
        for (const text of visibleTexts(shown)) expect(slideText(page)).toContain(squash(text));
        expect(paragraphs(pkg.notes.get(index + 1) as Element).map((p) => p.text)).toContain(
          planned.notes[0],
        );
      });
      const colours = theme(name);
      const pointXml = await pkg.xml("ppt/slides/slide4.xml");
      expect(pointXml).toContain(`<a:srgbClr val="${colours.badgeFill}"/>`);
      expect(pointXml).toContain(`<a:srgbClr val="${colours.text}"/>`);
      const titleXml = await pkg.xml("ppt/slides/slide1.xml");
      expect(titleXml).toContain(`<a:srgbClr val="${colours.band?.fill ?? colours.background}"/>`);
      expect(await pkg.xml("docProps/core.xml")).toContain("<dc:language>en-US</dc:language>");
    },
  );

  it("reads each theme's colours from its CSS", () => {
    expect(theme("light")).toMatchObject({ background: "FFFFFF", accent: "1F5FAD", band: null });
    expect(theme("dark")).toMatchObject({ background: "101418", accent: "FFCC4D", badgeText: "101418" });
    expect(theme("red")).toMatchObject({
      band: { fill: "B3141B", rule: "D9A521", text: "FFFFFF" },
      serifTitles: true,
    });
    expect(theme("light").latinSans).toBe("Segoe UI");
  });
});

describe("podium build --pptx", () => {
  it("writes <name>.pptx beside the deck and lists it as podium's", async () => {
    const out = join(work, "cli");
    const run = await runInProcess([
      "build",
      exampleSpeech,
      "--pptx",
      "-o",
      out,
      "--aspect",
      "4:3",
      "--theme",
      "dark",
    ]);
    expect(run.code).toBe(0);
    const dir = join(out, "000_bb77306b121bf6cc");
    const file = join(dir, "000_bb77306b121bf6cc.pptx");
    expect(JSON.parse(readFileSync(join(dir, ".podium-files.json"), "utf8"))).toContain(
      "000_bb77306b121bf6cc.pptx",
    );
    const pkg = await open(readFileSync(file));
    expect(pkg.slides).toHaveLength(example.plan.slides.length);
    expect(pkg.size.cx / pkg.size.cy).toBeCloseTo(4 / 3, 2);
    expect(run.stderr).toContain(".pptx");
  });

  it("writes it when the front matter says pptx: true, and not otherwise", async () => {
    const speech = join(work, "talk.md");
    writeFileSync(speech, "---\ntitle: A talk\npptx: true\n---\n\n# One\n\nFirst point. Second point.\n");
    const out = join(work, "fm");
    expect((await runInProcess(["build", speech, "-o", out])).code).toBe(0);
    expect(existsSync(join(out, "talk", "talk.pptx"))).toBe(true);
    const plain = join(work, "plain.md");
    writeFileSync(plain, "# One\n\nFirst point.\n");
    expect((await runInProcess(["build", plain, "-o", out])).code).toBe(0);
    expect(existsSync(join(out, "plain", "plain.pptx"))).toBe(false);
  });

  it("loads pptxgenjs for it (an HTML build does not: tests/cli.test.ts)", async () => {
    const log = join(work, "imports.log");
    writeFileSync(log, "");
    const run = await runSubprocess(["build", exampleSpeech, "--pptx", "-o", join(work, "traced"), "-q"], {
      nodeArgs: ["--import", join(repo, "tests", "helpers", "trace-imports.mjs")],
      env: { PODIUM_TRACE_IMPORTS: log },
    });
    expect(run.code).toBe(0);
    expect(readFileSync(log, "utf8")).toContain("pptxgenjs");
  });

  it("refuses to write over a .pptx it did not write", async () => {
    const out = join(work, "foreign");
    const dir = join(out, "000_bb77306b121bf6cc");
    await runInProcess(["build", exampleSpeech, "-o", out]);
    writeFileSync(join(dir, "000_bb77306b121bf6cc.pptx"), "mine");
    const run = await runInProcess(["build", exampleSpeech, "--pptx", "-o", out]);
    expect(run.code).not.toBe(0);
    expect(readFileSync(join(dir, "000_bb77306b121bf6cc.pptx"), "utf8")).toBe("mine");
  });
});
