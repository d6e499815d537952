import { describe, expect, it } from "vitest";
import { buildOutline, type Point } from "../src/outline/index.js";
import { plainSource } from "./helpers/plain-source.js";

const outlineOf = (text: string) => buildOutline(plainSource(text));

const items = (points: readonly Point[]): [string, string, boolean][] =>
  points.flatMap((p) => [[p.marker, p.heading, p.inline] as [string, string, boolean], ...items(p.children)]);

describe("a series written inside the text", () => {
  it("goes on after a line that ends mid-sentence: the next item is still an item of the series", () => {
    const outline = outlineOf(
      [
        "一、基本情况",
        "问题依然存在，原因主要有两个：一是部分学校作业设计不科学，",
        "二是部分家长存在焦虑心理。",
        "二、下一步要求",
        "要做到三个到位：一是认识到位；",
        "二是措施到位；",
        "三是督查到位。",
      ].join("\n"),
    );
    expect(items(outline.points)).toEqual([
      ["一、", "基本情况", false],
      ["一是", "部分学校作业设计不科学", true],
      ["二是", "部分家长存在焦虑心理", true],
      ["二、", "下一步要求", false],
      ["一是", "认识到位", true],
      ["二是", "措施到位", true],
      ["三是", "督查到位", true],
    ]);
    expect(outline.warnings).toEqual([]);
  });

  it("after a sentence's end, the next paragraph's item is a paragraph of its own", () => {
    const outline = outlineOf(["原因主要有两个：一是作业设计不科学。", "二是家长存在焦虑心理。"].join("\n"));
    expect(items(outline.points).map(([, , inline]) => inline)).toEqual([false, false]);
  });
});
