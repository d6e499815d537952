/** Text copied from a viewer that numbers every line: the numbers are the viewer's, not the speech's. */
import { describe, expect, it } from "vitest";
import { parseSource } from "../src/ingest/index.js";
import { withoutLineNumbers } from "../src/ingest/line-numbers.js";
import { buildOutline } from "../src/outline/index.js";
import { pointTree } from "./helpers/outline-text.js";

const SPEECH = [
  "在全县教育工作会议上的讲话",
  "",
  "同志们：",
  "",
  "　　今天召开全县教育工作会议，主要任务是总结工作、部署任务。",
  "",
  "一、肯定成绩，坚定信心",
  "",
  "　　过去一年，全县教育系统攻坚克难，各项工作取得新进展。",
  "",
  "二、聚焦重点，推动发展",
  "",
  "　　一是抓牢立德树人根本任务。要把思想政治工作贯穿教育教学全过程。",
  "　　二是建强教师队伍。要完善教师培训体系，提高教师待遇。",
  "",
  "三、强化保障，营造氛围",
  "",
  "　　各乡镇要切实履行属地管理职责，各部门要各司其职。",
];

const read = (text: string) => parseSource(new TextEncoder().encode(text), "speech.txt", "txt");
const numbered = (lines: readonly string[], first = 1) =>
  lines.map((line, i) => `${String(first + i).padStart(3)}  ${line}`.trimEnd()).join("\n");

describe("a text whose every line opens with a viewer's line number", () => {
  it("takes the numbers off, keeps each line's words and indent, and outlines the speech as written", async () => {
    const plain = await read(SPEECH.join("\n"));
    const source = await read(numbered(SPEECH, 41));
    expect(source.blocks.map((b) => b.text)).toEqual(plain.blocks.map((b) => b.text));
    expect(pointTree(buildOutline(source).points)).toEqual(pointTree(buildOutline(plain).points));
    expect(pointTree(buildOutline(source).points)).toContain("二、|聚焦重点，推动发展");
    expect(source.warnings.map((w) => w.message)).toContain(
      "removed the line numbers a viewer set before every line",
    );
  });

  it("takes the numbers off a text of 200,000 lines", () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `第${i}行。`);
    expect(withoutLineNumbers(numbered(lines)).split("\n")).toEqual(lines);
  });

  it("keeps numbers that do not count the lines one by one: a list of years, a numbered list", async () => {
    const years = ["2019 规划启动", "2020 完成选址", "2021 开工建设", "2022 主体完工", "2023 投入使用"];
    const list = ["1 走访群众", "2 排查隐患", "3 建立台账", "5 限期整改", "8 跟踪问效"];
    const text = [...years, "", ...list, "", "以上工作按计划推进。"].join("\n");
    expect((await read(text)).blocks.map((b) => b.text).join("\n")).toContain("2019 规划启动");
    expect((await read(text)).blocks.map((b) => b.text).join("\n")).toContain("5 限期整改");
  });
});
