import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPlainText } from "../src/ingest/text.js";
import type { Block, Source } from "../src/ingest/types.js";
import { buildOutline, type Point } from "../src/outline/index.js";
import { outlineChars, sortedChars } from "./helpers/outline-text.js";

function sourceOf(blocks: Block[]): Source {
  return {
    file: "speech.txt",
    format: "txt",
    encoding: "UTF-8",
    title: null,
    blocks,
    meta: {},
    frontMatter: {},
    script: "zh-Hans",
    warnings: [],
  };
}

const MARKERS = [
  "一、",
  "二、",
  "三、",
  "（一）",
  "（二）",
  "(三)",
  "一是",
  "二是",
  "三要",
  "第一，",
  "第二，",
  "首先，",
  "其次，",
  "最后，",
  "1.",
  "2、",
  "（1）",
  "(2)",
  "①",
  "②",
  "I. ",
  "II. ",
  "A. ",
  "B. ",
  "(a) ",
  "1.1 ",
  "1.2 ",
  "## ",
];
const WORDS = [
  "加强能力建设",
  "第一线",
  "统一是",
  "唯一",
  "首先要",
  "。",
  "；",
  "：",
  "，",
  "We must act.",
  "xx",
  "某某",
  "“引号”",
  "2024年",
  "\u3000\u3000",
  " ",
];

const speechLine = fc
  .tuple(
    fc.option(fc.constantFrom(...MARKERS)),
    fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...MARKERS)), { maxLength: 12 }),
  )
  .map(([marker, words]) => `${marker ?? ""}${words.join("")}`);

describe("outline properties", () => {
  it("never throws and keeps every character of arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const blocks = splitPlainText(text);
        const outline = buildOutline(sourceOf(blocks));
        expect(outlineChars(outline)).toBe(sortedChars(blocks.map((b) => b.text).join("")));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every character of speeches built from real marker grammars and noise", () => {
    fc.assert(
      fc.property(fc.array(speechLine, { minLength: 1, maxLength: 30 }), (lines) => {
        const blocks = splitPlainText(lines.join("\n"));
        const outline = buildOutline(sourceOf(blocks));
        expect(outlineChars(outline)).toBe(sortedChars(blocks.map((b) => b.text).join("")));
        const levels = (points: readonly Point[], parent: number): boolean =>
          points.every((p) => p.level === parent + 1 && levels(p.children, p.level));
        expect(levels(outline.points, 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
