import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainBlocks } from "./helpers/plain-source.js";
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
  "1 ",
  "2\u3000",
  "## ",
  "三",
  "四、",
  "第二章",
  "第一条\u3000",
  "壹、",
  "PART II",
  "Chapter 3",
  "⑴",
  "㉑",
  "（ii）",
  "最后，第六，",
  "And fifth, ",
  "The first is ",
  "My second point is ",
  "第一是",
  "[1]",
  "〔2〕",
  "注释：",
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
  "\n",
  "2019. ",
  "全屏",
  "索引号：",
  "2024年3月1日",
  "范围",
  "个方面",
  "（此件公开发布）",
  "抄送：",
];

const speechLine = fc
  .tuple(
    fc.option(fc.constantFrom(...MARKERS)),
    fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...MARKERS)), { maxLength: 12 }),
  )
  .map(([marker, words]) => `${marker ?? ""}${words.join("")}`);

/** Every paragraph lands in the outline exactly once (no character lost or doubled), and no level is skipped. */
function expectWholeAndLevelled(text: string): void {
  const blocks = plainBlocks(text);
  const outline = buildOutline(sourceOf(blocks));
  expect(outlineChars(outline)).toBe(sortedChars(blocks.map((b) => b.text).join("")));
  const levels = (points: readonly Point[], parent: number): boolean =>
    points.every((p) => p.level === parent + 1 && levels(p.children, p.level));
  expect(levels(outline.points, 0)).toBe(true);
}

describe("outline properties", () => {
  it("never throws and keeps every character of arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const blocks = plainBlocks(text);
        const outline = buildOutline(sourceOf(blocks));
        expect(outlineChars(outline)).toBe(sortedChars(blocks.map((b) => b.text).join("")));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every character of the cases the grammar below once found losing or doubling text", () => {
    for (const text of [
      // A number alone repeats: it is no copy of a web page's title.
      "一、\n2024年3月1日\n## \n一、\n",
      // A date read as a sign-off is no bare number's title as well.
      "一、\n2024年3月1日\n加强能力建设\n一、",
      // `（一）` glued to text run together, its colon split off as a paragraph of its own.
      "。加强能力建设（一）\u3000\u3000：\n（二）\n加强能力建设",
      // A talk's quoted title under its occasion keeps its quotes; a quoted sentence is no title.
      "Opening Keynote\n“The Last Mile”\n一、加强能力建设",
      "<\n“群众是真正的英雄。”\n",
    ])
      expectWholeAndLevelled(text);
  });

  it("keeps every character of speeches built from real marker grammars and noise", () => {
    fc.assert(
      fc.property(fc.array(speechLine, { minLength: 1, maxLength: 30 }), (lines) =>
        expectWholeAndLevelled(lines.join("\n")),
      ),
      { numRuns: 300 },
    );
  });
});

const SERIES = {
  "cn-seq": ["首先，", "其次，", "再次，"],
  "cn-shi": ["一是", "二是", "三是", "四是"],
  "cn-di": ["第一，", "第二，", "第三，", "第四，"],
  "en-ordinal": ["First, ", "Second, ", "Third, ", "Fourth, "],
  "en-the-ordinal": ["The first is ", "My second point is ", "The third priority is ", "The fourth is "],
} as const;

function countPoints(points: readonly Point[]): number {
  return points.reduce((n, p) => n + 1 + countPoints(p.children), 0);
}

describe("outline series properties", () => {
  it("a series never loses an item to a repeated ordinal, and its items stay siblings", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(SERIES) as (keyof typeof SERIES)[])),
        fc.array(fc.nat({ max: 2 }), { minLength: 2, maxLength: 8 }),
        (family, repeats) => {
          // Ordinals in order, each said one to three times (`其次…其次…`).
          const words = SERIES[family];
          const markers = words.flatMap((word, i) =>
            Array.from({ length: (repeats[i] ?? 0) + 1 }, () => word),
          );
          const lines = ["讲话题目", ...markers.map((m, i) => `${m}要做好第${i + 1}项工作。具体要求如下。`)];
          const outline = buildOutline(sourceOf(plainBlocks(lines.join("\n"))));
          expect(countPoints(outline.points)).toBe(markers.length);
          expect(outline.points.map((p) => p.marker)).toEqual(markers.map((m) => m.trim()));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("text run together into one line keeps every character, and levels never skip", () => {
    fc.assert(
      fc.property(fc.array(speechLine, { minLength: 5, maxLength: 40 }), (lines) =>
        expectWholeAndLevelled(lines.join("。")),
      ),
      { numRuns: 200 },
    );
  });
});

const CN_COUNT = ["", "一", "两", "三", "四", "五", "六", "七", "八"];
const SHI = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"];

describe("announced series properties", () => {
  it("an announced series keeps its items at one level around sub-series of the same numbering, and stops at its count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        // For each item: the size of a sub-series announced inside it (0: none).
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (count, subs, stray) => {
          const lines = ["讲话题目", `下面，我讲${CN_COUNT[count]}个方面。`];
          for (let item = 0; item < count; item++) {
            const sub = subs[item] ?? 0;
            lines.push(
              `${SHI[item]}做好第${item + 1}项工作。${sub >= 2 ? `主要有${CN_COUNT[sub]}点：` : "要抓好落实。"}`,
            );
            if (sub >= 2)
              for (let s = 0; s < sub; s++) lines.push(`${SHI[s]}落实第${s + 1}条措施。要抓好落实。`);
          }
          // A weak ordinal after the announced count is reached does not continue the series.
          if (stray && (subs[count - 1] ?? 0) < 2) lines.push(`${SHI[count] ?? "九是"}另外说明一点情况。`);
          const outline = buildOutline(sourceOf(plainBlocks(lines.join("\n"))));
          expect(outline.points.map((p) => p.marker)).toEqual(SHI.slice(0, count));
          outline.points.forEach((point, item) => {
            const sub = subs[item] ?? 0;
            expect(point.children.map((c) => c.marker)).toEqual(sub >= 2 ? SHI.slice(0, sub) : []);
          });
          expect(outlineChars(outline)).toBe(
            sortedChars(
              plainBlocks(lines.join("\n"))
                .map((b) => b.text)
                .join(""),
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("complete series properties", () => {
  it("a series of weak ordinals that starts again after an announced series is complete stands inside its last item", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 8 }), (count, again) => {
        const lines = ["讲话题目", `我讲${CN_COUNT[count]}点意见。`];
        for (let item = 0; item < count; item++)
          lines.push(`${SHI[item]}做好第${item + 1}项工作。要抓好落实。`);
        for (let item = 0; item < again; item++) lines.push(`${SHI[item]}落实第${item + 1}条措施。`);
        const outline = buildOutline(sourceOf(plainBlocks(lines.join("\n"))));
        expect(outline.points.map((p) => p.marker)).toEqual(SHI.slice(0, count));
        expect(outline.points.at(-1)?.children.map((c) => c.marker)).toEqual(SHI.slice(0, again));
      }),
      { numRuns: 100 },
    );
  });
});

describe("nested inline series properties", () => {
  it("in a paragraph run together, a series inside each item of an outer series stays inside it", () => {
    const OUTER = ["第一，", "第二，", "第三，", "第四，", "第五，"];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 5 }), (inner) => {
        const text = `会议讲话 同志们：下面讲几点意见。${inner
          .map(
            (size, i) =>
              `${OUTER[i]}要做好第${i + 1}项工作。这项工作很重要，各级各部门要高度重视、认真落实、务求实效，确保各项任务落到实处。${
                size >= 2
                  ? `${SHI.slice(0, size)
                      .map((m, k) => `${m}落实第${k + 1}条措施`)
                      .join("，")}。`
                  : ""
              }`,
          )
          .join("")}`;
        const outline = buildOutline(sourceOf(plainBlocks(text)));
        expect(outline.points.map((p) => p.marker)).toEqual(OUTER.slice(0, inner.length));
        outline.points.forEach((point, i) => {
          const size = inner[i] ?? 0;
          expect(point.children.map((c) => c.marker)).toEqual(size >= 2 ? SHI.slice(0, size) : []);
        });
      }),
      { numRuns: 100 },
    );
  });
});

const GLUED_TITLES = [
  "提高思想认识",
  "压实防汛责任",
  "强化监测预警",
  "全面深化改革开放",
  "加快建设现代化产业体系",
];
const GLUED_OPENERS = [
  "当前已进入主汛期，",
  "要加密监测频次，",
  "各级党委要履行主体责任，",
  "过去一年，",
  "根据统一部署，",
  "到2025年，",
  "今年以来，",
  // The paragraph takes up the title's last words.
  "REPEAT",
];
/** The sentence glued after `title`: `opener`, or for `REPEAT` the title's last words taken up again. */
const gluedSentence = (title: string, opener: string) =>
  opener === "REPEAT" ? `${title.slice(-4)}是重中之重，` : opener;

describe("glued title properties", () => {
  it("a title glued to its text in a one-line paste ends where the sentence begins, and no text is lost", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...GLUED_TITLES), fc.constantFrom(...GLUED_OPENERS)), {
          minLength: 2,
          maxLength: 6,
        }),
        (sections) => {
          const body = "把各项工作落到实处，确保取得实效。".repeat(4);
          const text = `关于做好全年工作的意见 为做好今年工作，现提出如下意见。${sections
            .map(
              ([title, opener], i) =>
                `${CN_COUNT[i + 1] === "两" ? "二" : CN_COUNT[i + 1]}、${title}${gluedSentence(title, opener)}${body}`,
            )
            .join("")}`;
          const blocks = plainBlocks(text);
          const outline = buildOutline(sourceOf(blocks));
          expect(outline.points.map((p) => p.heading)).toEqual(sections.map(([title]) => title));
          expect(outline.points.map((p) => p.paragraphs[0]?.slice(0, 5))).toEqual(
            sections.map(([title, opener]) => gluedSentence(title, opener).slice(0, 5)),
          );
          expect(outlineChars(outline)).toBe(sortedChars(blocks.map((b) => b.text).join("")));
        },
      ),
      { numRuns: 200 },
    );
  });
});
