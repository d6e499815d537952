import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { plainSource } from "./helpers/plain-source.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";

const englishSource = (text: string) => ({ ...plainSource(text), script: "en" as const });

describe("parts the speaker names before giving them", () => {
  it("heads each part with the line that repeats its name, in the order named", () => {
    const text = [
      "Remarks at the Volunteer Awards",
      "Our volunteers taught me three things: listen first, keep promises, and laugh often.",
      "Listen first.",
      "Ruth spent a month in the food bank before she suggested a single change.",
      "Keep promises.",
      "When the van broke down, Omar delivered the meals on foot.",
      "Laugh often.",
      "Nobody laughs louder at the Friday sorting than our youngest volunteer.",
    ].join("\n\n");
    const outline = buildOutline(englishSource(text));
    expect(pointTree(outline.points)).toEqual(["|Listen first", "|Keep promises", "|Laugh often"]);
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });

  it("reads Chinese key words after a colon the same way", () => {
    const text = [
      "在青年干部座谈会上的讲话",
      "今天，我想和大家分享三个关键词：担当、学习、实干。",
      "担当",
      "年轻干部要敢于到艰苦的地方去。",
      "学习",
      "本领不够是最大的短板。",
      "实干",
      "一分部署，九分落实。",
    ].join("\n\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual(["|担当", "|学习", "|实干"]);
  });

  it("needs every name on a line of its own: a list repeated only in sentences heads nothing", () => {
    const text = [
      "Remarks",
      "We have two goals: safer streets and cleaner parks.",
      "Safer streets.",
      "Safer streets matter to every family on this block, and we will say so again.",
      "The parks need work too.",
    ].join("\n\n");
    // No parts found: the speech is flat, a point per paragraph, and podium says so.
    const outline = buildOutline(englishSource(text));
    expect(outline.warnings.map((w) => w.kind)).toContain("structure");
  });
});

describe("a talk told in chapters", () => {
  it("takes its prologue and epilogue as parts beside the numbered chapters", () => {
    const text = [
      "The Chapters You Don't Get to Write",
      "Prologue",
      "Twenty years ago I sat where you are sitting.",
      "Chapter 1: The Wrong Major",
      "I chose chemistry because my father had.",
      "Chapter 2: The Year Nothing Worked",
      "Every application came back rejected.",
      "Epilogue",
      "So write the chapters you can, and live the rest.",
    ].join("\n\n");
    const outline = buildOutline(englishSource(text));
    expect(pointTree(outline.points)).toEqual([
      "|Prologue",
      "Chapter 1:|The Wrong Major",
      "Chapter 2:|The Year Nothing Worked",
      "|Epilogue",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });
});
