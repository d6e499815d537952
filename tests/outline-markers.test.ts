import { describe, expect, it } from "vitest";
import { matchMarker } from "../src/outline/markers.js";

const markerAtStart = (text: string) => matchMarker(text, 0, false)?.marker ?? null;

describe("numbering at a paragraph's start", () => {
  it("a range of two neighbouring numbers before what they count is words of the sentence", () => {
    for (const text of [
      "三、四月份就要启动招生工作",
      "一、二线城市房地产市场企稳回暖",
      "一、二年级不布置书面家庭作业",
      "三、四季度要抓好收官",
      "九、十月间完成验收",
      "二、三等奖各十名",
    ])
      expect(markerAtStart(text), text).toBeNull();
  });

  it("a point whose heading starts with a number stays a point", () => {
    const points: [string, string][] = [
      ["一、二〇二四年工作回顾", "一、"],
      ["二、二〇二五年重点任务", "二、"],
      ["二、三年行动计划的主要任务", "二、"],
      ["三、四个全面战略布局", "三、"],
      ["二、四月份的重点工作", "二、"],
      ["三、二线城市的发展", "三、"],
    ];
    for (const [text, marker] of points) expect(markerAtStart(text), text).toBe(marker);
  });
});

describe("English numbering", () => {
  it("a dash or colon after a part's number separates it from its title", () => {
    expect(markerAtStart("PART II — Our response")).toBe("PART II —");
    expect(markerAtStart("Part III: Next steps")).toBe("Part III:");
    expect(markerAtStart("Section 2 – Funding")).toBe("Section 2 –");
    expect(markerAtStart("Chapter 4 -- The road ahead")).toBe("Chapter 4 --");
    expect(markerAtStart("Section 2.5 of the Act applies")).toBeNull();
  });

  it("the last bracketed item of a list in a sentence may follow and/or", () => {
    const text = "three directions: (i) a hotter climate; (ii) population growth; and (iii) ageing pipes";
    expect(matchMarker(text, text.indexOf("(iii)"), true)?.marker).toBe("(iii)");
    const choice = "there are two ways, (a) higher charges or (b) new borrowing";
    expect(matchMarker(choice, choice.indexOf("(b)"), true)?.marker).toBe("(b)");
    // Only bracketed list numbering: a word after `and` is no item.
    const prose = "we met the first and Second, we agreed";
    expect(matchMarker(prose, prose.indexOf("Second"), true)).toBeNull();
  });
});
