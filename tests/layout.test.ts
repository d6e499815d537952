/** The planner's layouts: chosen from the content, explained, and overridable by the speaker. */
import { describe, expect, it, vi } from "vitest";
import { validateSettings } from "../src/config/load.js";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { formatSlides, slideSummaries } from "../src/plan/explain.js";
import { planSlides } from "../src/plan/index.js";
import { chooseLayout, type LayoutInput } from "../src/plan/layout.js";
import { findQuantities } from "../src/plan/quantities.js";
import { typeset } from "../src/render/typeset.js";
import { outline, point } from "./plan-outlines.js";

const AUTO = { auto: true, forced: {} };
const input = (parts: Partial<LayoutInput>): LayoutInput => ({
  marker: "",
  bullets: [],
  notes: [],
  children: null,
  script: "zh-Hans",
  ...parts,
});

describe("quantities", () => {
  it("finds percentages, amounts with units and English amounts, never years or dates", () => {
    const text = "地区生产总值增长6.8%，装机突破1200万千瓦，销售4.6亿元，1924年—1927年，6月，新增学位1.5万个";
    expect(findQuantities(text).map((q) => q.text)).toEqual(["6.8%", "1200万千瓦", "4.6亿元", "1.5万个"]);
    expect(
      findQuantities("Revenue grew 12% to $4.6 million in 2024, with 3,400 households.").map((q) => q.text),
    ).toEqual(["12%", "$4.6 million", "3,400"]);
  });

  it("labels each figure with the words before it in its clause, verbatim", () => {
    const figures = (text: string) =>
      chooseLayout(input({ notes: [text], chosen: "figures" }), { auto: false, forced: {} }).figures;
    expect(figures("全区地区生产总值完成1486亿元，同比增长6.8%；规模以上工业增加值增长9.1%。")).toEqual([
      { figure: "1486亿元", label: "全区地区生产总值完成" },
      { figure: "6.8%", label: "同比增长" },
      { figure: "9.1%", label: "规模以上工业增加值增长" },
    ]);
    // Nothing before the figure in its clause: the words after it.
    expect(
      figures("We hired engineers, 1,200 volunteers joined; turnout rose 12%; costs fell 8%.")?.[0],
    ).toEqual({
      figure: "1,200",
      label: "volunteers joined",
    });
  });

  it("labels Chinese figures that fit their tiles without the word segmenter", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    try {
      const { figures } = chooseLayout(
        input({ notes: ["总产值完成1486亿元，同比增长6.8%，利润增长9.1%。"], chosen: "figures" }),
        { auto: false, forced: {} },
      );
      expect(figures?.map((f) => f.label)).toEqual(["总产值完成", "同比增长", "利润增长"]);
      expect(segment).not.toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });
});

describe("chooseLayout", () => {
  const children = (headings: string[]) =>
    headings.map((heading, i) => ({ marker: `${"一二三四五六七"[i]}是`, heading, keySentence: "" }));

  it("cards for 2–6 parallel points with short headings; a list when a heading is long", () => {
    const cards = chooseLayout(
      input({
        bullets: ["加强能力建设", "加强阵地建设"],
        children: children(["加强能力建设", "加强阵地建设"]),
      }),
      AUTO,
    );
    expect(cards.layout.name).toBe("cards");
    expect(cards.cards?.map((c) => c.heading)).toEqual(["加强能力建设", "加强阵地建设"]);
    const long = "更好地发挥橋梁纽带作用服务群众围绕中心服务大局的作用";
    expect(
      chooseLayout(input({ bullets: [long, "短"], children: children([long, "短"]) }), AUTO).layout.name,
    ).toBe("list");
    const seven = children(["一", "二", "三", "四", "五", "六", "七"]);
    expect(
      chooseLayout(input({ bullets: seven.map((c) => c.heading), children: seven }), AUTO).layout.name,
    ).not.toBe("cards");
  });

  it("a timeline for three or more dated periods in order; an earlier date stays with its period", () => {
    const result = chooseLayout(
      input({
        bullets: [
          "这是经过历史检验的",
          "大革命时期（1924年—1927年），工会就是前沿阵地",
          "1923年的大罢工就是写照",
          "土地革命时期（1927年8月—1937年7月），农会组织起来",
          "抗日战争时期（1937年7月—1945年8月），依靠群众",
        ],
      }),
      AUTO,
    );
    expect(result.layout.name).toBe("timeline");
    expect(result.timeline).toEqual({
      lead: ["这是经过历史检验的"],
      entries: [
        { date: "1924年—1927年", lines: ["大革命时期，工会就是前沿阵地", "1923年的大罢工就是写照"] },
        { date: "1927年8月—1937年7月", lines: ["土地革命时期，农会组织起来"] },
        { date: "1937年7月—1945年8月", lines: ["抗日战争时期，依靠群众"] },
      ],
    });
    // Two dates are not a timeline.
    expect(chooseLayout(input({ bullets: ["1998年起步", "2008年扩张", "后来转型"] }), AUTO).layout.name).toBe(
      "list",
    );
  });

  it("figures when the slide's sentences carry three or more quantities", () => {
    const notes = ["新能源汽车产量达到12.6万辆，增长38%。数字经济营业收入达到420亿元。"];
    const result = chooseLayout(input({ bullets: ["新能源汽车产量达到12.6万辆，增长38%"], notes }), AUTO);
    expect(result.layout.name).toBe("figures");
    expect(result.figures?.map((f) => f.figure)).toEqual(["12.6万辆", "38%", "420亿元"]);
    expect(result.layout.reason).toContain("3 quantities");
    expect(
      chooseLayout(input({ bullets: ["增长38%", "另一句"], notes: ["增长38%。另一句。"] }), AUTO).layout.name,
    ).toBe("list");
  });

  it("a statement for one sentence, two columns for a long list of short items", () => {
    expect(chooseLayout(input({ bullets: ["安全是发展的前提"] }), AUTO).layout.name).toBe("statement");
    const items = ["强化政治意识", "强化创新意识", "强化担当意识", "强化法治意识", "强化服务意识"];
    expect(chooseLayout(input({ bullets: items }), AUTO).layout.name).toBe("columns");
    expect(chooseLayout(input({ bullets: items.slice(0, 3) }), AUTO).layout.name).toBe("list");
  });

  it("the speaker's layouts win by marker, however the brackets are written; auto off means lists", () => {
    const slide = input({ marker: "(二)", bullets: ["安全是发展的前提", "稳定是发展的保障"] });
    const forced = chooseLayout(slide, { auto: true, forced: { "（二）": "cards" } });
    expect(forced.layout).toEqual({ name: "cards", reason: 'set by layouts["(二)"]', forced: true });
    expect(forced.cards).toEqual([
      { marker: "", heading: "安全是发展的前提", detail: "" },
      { marker: "", heading: "稳定是发展的保障", detail: "" },
    ]);
    // A forced layout the content cannot fill falls back to a list and says why.
    const impossible = chooseLayout(slide, { auto: true, forced: { "（二）": "timeline" } });
    expect(impossible.layout.name).toBe("list");
    expect(impossible.layout.reason).toMatch(/asks for timeline, but .*dates/u);
    expect(chooseLayout(slide, { auto: false, forced: {} }).layout).toEqual({
      name: "list",
      reason: "automatic layouts are off",
      forced: false,
    });
  });
});

describe("layouts in the plan", () => {
  const report = () =>
    outline({
      script: "zh-Hans",
      title: "工作报告",
      points: [
        point(1, "一、", "工作回顾", ["地区生产总值增长6.8%。装机突破1200万千瓦。销售4.6亿元。"]),
        point(
          1,
          "二、",
          "重点工作",
          [],
          [
            point(
              2,
              "（一）",
              "建设三个高地",
              [],
              [
                point(3, "一是", "建设科技高地", ["研发投入强度达到3%以上。"]),
                point(3, "二是", "建设制造高地", ["新增智能工厂。"]),
                point(3, "三是", "建设开放高地", ["外贸进出口稳步增长。"]),
              ],
            ),
          ],
        ),
      ],
    });

  it("cards carry each point's marker, heading and key sentence; figures their tiles", () => {
    const plan = planSlides(report(), {});
    const figures = plan.slides.find((s) => s.layout?.name === "figures");
    expect(figures?.figures).toEqual([
      { figure: "6.8%", label: "地区生产总值增长" },
      { figure: "1200万千瓦", label: "装机突破" },
      { figure: "4.6亿元", label: "销售" },
    ]);
    const cards = plan.slides.find((s) => s.layout?.name === "cards");
    expect(cards?.cards).toEqual([
      { marker: "一是", heading: "建设科技高地", detail: "研发投入强度达到3%以上" },
      { marker: "二是", heading: "建设制造高地", detail: "新增智能工厂" },
      { marker: "三是", heading: "建设开放高地", detail: "外贸进出口稳步增长" },
    ]);
  });

  it("follows the speaker's layouts and the switch for automatic ones", () => {
    const forced = planSlides(report(), {}, { layouts: { "一、": "list", "（一）": "columns" } });
    expect(forced.slides.find((s) => s.marker === "一、" && s.kind === "point")?.layout?.name).toBe("list");
    expect(forced.slides.find((s) => s.marker === "（一）")?.layout).toMatchObject({ forced: true });
    const off = planSlides(report(), {}, { autoLayouts: false });
    expect(new Set(off.slides.flatMap((s) => (s.kind === "point" ? [s.layout?.name] : [])))).toEqual(
      new Set(["list"]),
    );
  });

  it("explains each slide's layout in one line", async () => {
    const plan = planSlides(buildOutline(await readSource("tests/fixtures/layouts/work-report.txt")), {});
    const text = formatSlides(plan);
    expect(text.split("\n")).toHaveLength(plan.slides.length);
    expect(text).toMatch(/^ ?\d+ {2}timeline +二、发展历程与基本经验 {2}\(4 dated periods in order/mu);
    const json = slideSummaries(plan);
    expect(json.find((s) => s.layout === "cards")?.reason).toBe(
      "3 parallel points below it with short headings",
    );
  });

  it("the settings accept layouts keyed by marker, the switch and emphasis, and reject unknown layouts", async () => {
    await expect(
      validateSettings({ layouts: { "三、": "cards" }, "auto-layouts": false, emphasis: false }, "test"),
    ).resolves.toEqual({
      layouts: { "三、": "cards" },
      autoLayouts: false,
      emphasis: false,
    });
    await expect(validateSettings({ layouts: { "三、": "pie" } }, "front matter")).rejects.toThrow(
      /layouts/u,
    );
  });
});

describe("typeset", () => {
  it("wraps figures and keeps the last two CJK characters together, changing no word", () => {
    const html = typeset("销售4.6亿元，真实写照", true);
    expect(html).toBe('销售<strong class="figure">4.6亿元</strong>，真实<span class="keep">写照</span>');
    expect(html.replace(/<[^>]+>/gu, "")).toBe("销售4.6亿元，真实写照");
    expect(typeset("增长6.8%", false)).toBe("增长6.8%");
    expect(typeset("<b>真实写照", true)).toBe('&lt;b&gt;真实<span class="keep">写照</span>');
    // A tail inside a figure starts at the figure.
    expect(typeset("增收12万元", true)).toBe(
      '增收<span class="keep"><strong class="figure">12万元</strong></span>',
    );
  });
});
