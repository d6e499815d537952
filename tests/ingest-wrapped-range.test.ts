/**
 * A line break that wrapped a range of numbers (`推动农村一、⏎二、三产业`) or an ordinal after its `第`
 * (`第二十条第⏎（二）项`): the next line opens with a number, but no paragraph ends in `、` or `第`, so
 * it goes on with the sentence.
 */
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../src/ingest/readers/markdown.js";
import { wrapsNumberedWords } from "../src/numerals.js";
import { buildOutline } from "../src/outline/index.js";
import { pointTree } from "./helpers/outline-text.js";
import { plainBlocks, plainSource } from "./helpers/plain-source.js";

const WRAPPED = [
  "一、坚持产业为本",
  "今年要大力发展农产品精深加工，积极推动农村一、",
  "二、三产业融合发展，让农民更多分享增值收益。",
  "二、坚持人才为先",
  "要学习借鉴一、",
  "二线城市周边乡村的做法，建设返乡创业孵化基地。",
];

describe("a range of numbers wrapped across lines", () => {
  it("is told by a number and its 、 after a word, then the next number", () => {
    expect(wrapsNumberedWords("积极推动农村一、", "二、三产业融合发展")).toBe(true);
    expect(wrapsNumberedWords("学习借鉴一、", "二线城市的做法")).toBe(true);
    expect(wrapsNumberedWords("特别是三、", "四年级")).toBe(true);
    // An ordinal cut after its `第`: a citation's item, no section.
    expect(wrapsNumberedWords("按照《管理办法》第二十条第", "（二）项的规定")).toBe(true);
    expect(wrapsNumberedWords("工作取得新进展。", "（二）项目建设")).toBe(false);
    // School years, the first cut after its `初` or `高`.
    expect(wrapsNumberedWords("完成初", "一、高一新生心理健康普查，建立“一生一档”。")).toBe(true);
    expect(wrapsNumberedWords("工作取得新进展。", "一、高一新生入学教育")).toBe(false);
    // Not the next number, or a number standing alone on its line (a bare point number).
    expect(wrapsNumberedWords("积极推动农村一、", "三、加强保障")).toBe(false);
    expect(wrapsNumberedWords("一、", "二、加强保障")).toBe(false);
    expect(wrapsNumberedWords("工作取得新进展。", "二、加强保障")).toBe(false);
  });

  it("keeps a citation's item cut after its `第` in its sentence, not a point of its own", () => {
    const text = [
      "一、项目完成情况",
      "（一）托育服务项目。新建普惠托育机构5家，均已按照《管理办法》第二十条第",
      "（二）项的规定，通过第三方机构评估验收。",
      "（二）养老服务项目。新建社区食堂12个。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "一、|项目完成情况",
      "  （一）|托育服务项目",
      "  （二）|养老服务项目",
    ]);
  });

  it("goes on in the same paragraph of plain text, even when its lines are not filled to a width", () => {
    expect(plainBlocks(WRAPPED.join("\n")).map((block) => block.text)).toEqual([
      "一、坚持产业为本",
      "今年要大力发展农产品精深加工，积极推动农村一、二、三产业融合发展，让农民更多分享增值收益。",
      "二、坚持人才为先",
      "要学习借鉴一、二线城市周边乡村的做法，建设返乡创业孵化基地。",
    ]);
  });

  it("goes on after a soft break in Markdown and a line break inside a paragraph", () => {
    const markdown = readMarkdown(
      "今年要大力发展农产品精深加工，积极推动农村一、\n二、三产业融合发展，让农民更多分享增值收益。\n",
      1,
    );
    expect(markdown.blocks.map((block) => block.text)).toEqual([
      "今年要大力发展农产品精深加工，积极推动农村一、二、三产业融合发展，让农民更多分享增值收益。",
    ]);
    // A Word or HTML paragraph keeps its line breaks; the outline does not cut it at the range.
    const source = plainSource("");
    source.blocks = [{ kind: "paragraph", line: 1, text: WRAPPED.slice(1, 3).join("\n") }];
    const outline = buildOutline({ ...source, format: "html" });
    expect(outline.points).toHaveLength(1);
    expect(outline.points[0]?.marker).toBe("");
  });
});

describe("a quantity wrapped to the start of a line", () => {
  const paragraphs = (...lines: string[]) => plainBlocks(lines.join("\n")).map((block) => block.text);

  it("goes on with the sentence the line before left open", () => {
    expect(paragraphs("The crack ran along a", "2.5 metre stretch of the beam.")).toEqual([
      "The crack ran along a 2.5 metre stretch of the beam.",
    ]);
    expect(paragraphs("Repairs are due by", "30 June 2025, weather allowing.")).toEqual([
      "Repairs are due by 30 June 2025, weather allowing.",
    ]);
  });

  it("is a heading or an item after a finished line, a heading's title, or as numbering", () => {
    expect(paragraphs("2. Background", "2.1 The Mill Lane footbridge")).toHaveLength(2);
    expect(paragraphs("The bridge was closed.", "2.5 metres of the beam were replaced.")).toHaveLength(2);
    expect(paragraphs("The plan has three steps", "1. consult residents", "2. repair the deck")).toHaveLength(
      3,
    );
  });
});
