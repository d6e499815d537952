/**
 * Properties of the whole pipeline (issue 6), on random speeches built from real marker grammars
 * and random noise, as bytes in the encodings and formats podium reads: reading either succeeds or
 * fails with one clear line; the outline never throws and keeps every character it was given; the
 * planned deck's notes hold the whole speech; the rendered deck holds the notes, escaped. Bounded
 * (numRuns) so CI stays fast; `npm run bench` fuzzes the reader with random bytes for minutes.
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { PodiumError } from "../src/errors.js";
import { parseSource } from "../src/ingest/index.js";
import type { Source, SourceFormat } from "../src/ingest/types.js";
import { buildOutline } from "../src/outline/index.js";
import type { Outline, Point } from "../src/outline/types.js";
import { planSlides } from "../src/plan/index.js";
import { renderDeck } from "../src/render/index.js";
import { outlineText } from "./plan-outlines.js";
import { outlineChars, sortedChars } from "./helpers/outline-text.js";

/** Numbering as speeches write it, every family the outline knows. */
const MARKERS = [
  "一、",
  "二、",
  "三、",
  "十一、",
  "（一）",
  "（二）",
  "(三)",
  "一是",
  "二是",
  "三要",
  "其一，",
  "第一，",
  "第二，",
  "第三条",
  "首先，",
  "其次，",
  "最后，",
  "1.",
  "2、",
  "3．",
  "（1）",
  "(2)",
  "①",
  "②",
  "I. ",
  "II. ",
  "A. ",
  "(a) ",
  "1.1 ",
  "1.2 ",
  "3 ",
  "**（一）",
  "# ",
  "## ",
  "- ",
  "1) ",
];

/** Speech words, punctuation, quotations, debris and markup. */
const WORDS = [
  "加强能力建设",
  "要坚持问题导向",
  "統一思想",
  "第一线",
  "统一是",
  "唯一",
  "首先要",
  "。",
  "；",
  "：",
  "，",
  "、",
  "！",
  "？",
  "……",
  "“群众是真正的英雄。”",
  "毛泽东说，",
  "We must act.",
  "Thank you, everyone!",
  "xx",
  "某某",
  "2024年",
  "10:30",
  "1,000",
  "(注)",
  "\u3000\u3000",
  " ",
  "\t",
  "<script>alert(1)</script>",
  "{{title}}",
  "</section>",
  "&amp;",
  "*强调*",
  "**",
  "。**",
  "`code`",
  "[链接](javascript:x)",
  "责任编辑：张三",
  "zhèn",
];

const noise = fc.string({ unit: "grapheme", maxLength: 12 });

const speechLine = fc
  .tuple(
    fc.option(fc.constantFrom(...MARKERS), { freq: 2 }),
    fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: noise }), {
      maxLength: 14,
    }),
  )
  .map(([marker, words]) => `${marker ?? ""}${words.join("")}`);

type Encoding = "UTF-8" | "UTF-8 BOM" | "UTF-16LE BOM" | "UTF-16BE BOM";

const speechFile = fc.record({
  lines: fc.array(speechLine, { minLength: 1, maxLength: 30 }),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
  format: fc.constantFrom<SourceFormat>("txt", "md", "html"),
  encoding: fc.constantFrom<Encoding>("UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM"),
});

function bytesOf(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case "UTF-8":
      return new Uint8Array(Buffer.from(text, "utf8"));
    case "UTF-8 BOM":
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    case "UTF-16LE BOM":
      return new Uint8Array(iconv.encode(text, "utf-16le", { addBOM: true }));
    case "UTF-16BE BOM":
      return new Uint8Array(iconv.encode(text, "utf-16be", { addBOM: true }));
  }
}

/** Reads the bytes; a refusal must be a one-line PodiumError naming the file (then null). */
async function read(bytes: Uint8Array, file: string, format: SourceFormat): Promise<Source | null> {
  try {
    return await parseSource(bytes, file, format);
  } catch (error) {
    expect(error).toBeInstanceOf(PodiumError);
    expect((error as PodiumError).message).not.toContain("\n");
    expect((error as PodiumError).message.startsWith(`${file}: `)).toBe(true);
    return null;
  }
}

function paragraphsOf(outline: Outline): string[] {
  const all = [...outline.preamble, ...outline.closing];
  const walk = (points: readonly Point[]) => {
    for (const p of points) {
      all.push(p.heading, ...p.paragraphs);
      walk(p.children);
    }
  };
  walk(outline.points);
  return all.filter((t) => t !== "");
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe("pipeline properties", () => {
  it("bytes → Source → Outline → SlidePlan: never throws, keeps every character, notes hold the whole speech", async () => {
    let decks = 0;
    await fc.assert(
      fc.asyncProperty(speechFile, async ({ lines, blankLines, crlf, format, encoding }) => {
        const body = format === "html" ? lines.map((l) => `<p>${escapeHtml(l)}</p>`) : lines;
        const text = body.join(blankLines ? "\n\n" : "\n").replace(/\n/g, crlf ? "\r\n" : "\n");
        const file = `speech.${format}`;
        const source = await read(bytesOf(text, encoding), file, format);
        if (source === null) return;
        const outline = buildOutline(source);
        const title = source.title === null ? "" : source.title;
        // Every character of the paragraphs read (and of list numbers the format kept apart) is in the
        // outline, the title too.
        const taken = source.blocks.map((b) => (b.kind === "item" ? (b.marker ?? "") : "") + b.text);
        expect(outlineChars(outline)).toBe(sortedChars(title + taken.join("")));
        const plan = planSlides(outline, {});
        const notes = plan.slides.flatMap((s) => s.notes).join("");
        // The notes are the speech, word for word and in order (the title slide's notes hold the title).
        expect(notes).toBe(outlineText(outline));
        for (const paragraph of paragraphsOf(outline)) expect(notes).toContain(paragraph);
        expect(plan.slides.every((s) => Number.isFinite(s.seconds) && s.seconds >= 0)).toBe(true);
        decks++;
      }),
      { numRuns: 800, interruptAfterTimeLimit: 20_000 },
    );
    // Most random speeches are readable: the property above was not vacuous.
    expect(decks).toBeGreaterThan(50);
  });

  it("the rendered deck holds every note, escaped, and no markup from the speech", async () => {
    const reference = await renderDeck(
      planSlides(buildOutline(plainSource("讲话\n一、回顾\n正文。")), {}),
      options,
    );
    const scripts = count(reference.html, "<script");
    await fc.assert(
      fc.asyncProperty(fc.array(speechLine, { minLength: 1, maxLength: 15 }), async (lines) => {
        const source = await read(bytesOf(lines.join("\n"), "UTF-8"), "speech.txt", "txt");
        if (source === null) return;
        const plan = planSlides(buildOutline(source), {});
        const deck = await renderDeck(plan, options);
        expect(deck.slides.map((s) => s.notes)).toEqual(plan.slides.map((s) => s.notes));
        for (const note of plan.slides.flatMap((s) => s.notes)) {
          expect(deck.html).toContain(
            escapeHtml(note).replace(/'/g, "&#x27;").replace(/`/g, "&#x60;").replace(/=/g, "&#x3D;"),
          );
        }
        expect(count(deck.html, "<script")).toBe(scripts);
        expect(count(deck.html, "<section")).toBe(plan.slides.length);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
  });
});

const options = { theme: "light", aspect: "16:9", singleFile: false } as const;

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function plainSource(text: string): Source {
  return {
    file: "plain.txt",
    format: "txt",
    encoding: "UTF-8",
    title: null,
    blocks: text.split("\n").map((t, i) => ({ kind: "paragraph", text: t, line: i + 1 })),
    meta: {},
    frontMatter: {},
    script: "zh-Hans",
    warnings: [],
  };
}
