import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource, readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import type { Point } from "../src/outline/types.js";
import { plainSource } from "./helpers/plain-source.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("issued");

/** A notice that issues a plan: its own words have no points. */
const NOTICE = [
  "临江市人民政府办公室关于印发临江市电动自行车充电设施建设方案的通知",
  "各区人民政府，市政府各部门：",
  "《临江市电动自行车充电设施建设方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
];
const LISTS = [
  ["附件：1.充电设施建设任务清单", "2.充电设施建设进度表"],
  ["附件：", "1.充电设施建设任务清单", "2.充电设施建设进度表"],
  ["附件：1．临江市电动自行车集中充电设施", "建设任务清单", "2．充电设施建设进度表"],
  ["附件：充电设施建设任务清单"],
];
const SIGN_OFF = ["临江市人民政府办公室", "2025年6月3日"];
const NOTES = ["（此件公开发布）"];
/** The plan it issues, after its 落款. */
const PLAN = [
  "临江市电动自行车充电设施建设方案",
  "为消除电动自行车充电安全隐患，制定本方案。",
  "一、工作目标",
  "（一）总体目标。到2026年底，全市住宅小区充电设施覆盖率达到90%。",
  "二、重点任务",
  "（一）新建集中充电场所",
  "1.老旧小区。结合老旧小区改造同步建设充电车棚。",
  "2.新建小区。按照车位数的一定比例配建充电设施。",
  "（二）加强运行管理",
];
const PLAN_SHAPE = [
  [1, "一、", "工作目标"],
  [2, "（一）", "总体目标"],
  [1, "二、", "重点任务"],
  [2, "（一）", "新建集中充电场所"],
  [3, "1.", "老旧小区"],
  [3, "2.", "新建小区"],
  [2, "（二）", "加强运行管理"],
];

/** Each point as its level, marker and heading, in the order they stand. */
function shape(points: readonly Point[]): (string | number)[][] {
  return points.flatMap((p) => [[p.level, p.marker, p.heading], ...shape(p.children)]);
}

describe("a notice that issues a document after its 落款", () => {
  it("has the document's outline: the notice, its attachment list and 落款 open the text, whatever the list's form", () => {
    const parts = fc.record({
      list: fc.constantFrom(...LISTS),
      notes: fc.subarray(NOTES),
      label: fc.constantFrom([], ["附件"]),
    });
    fc.assert(
      fc.property(parts, ({ list, notes, label }) => {
        const opening = [...NOTICE.slice(1), ...list, ...SIGN_OFF, ...notes, ...label, ...PLAN.slice(0, 2)];
        const outline = buildOutline(
          plainSource([...NOTICE, ...list, ...SIGN_OFF, ...notes, ...label, ...PLAN].join("\n")),
        );
        expect(outline.title).toBe(NOTICE[0]);
        expect(shape(outline.points)).toEqual(PLAN_SHAPE);
        expect(outline.preamble).toEqual(opening);
        expect(outline.closing).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("is titled by the document it issues when the notice's own title is not there", () => {
    const issuing = "现将《临江市电动自行车充电设施建设方案》印发给你们，请认真贯彻执行。";
    const untitled = buildOutline(
      plainSource([NOTICE[1], issuing, ...SIGN_OFF, ...NOTES, ...PLAN].join("\n")),
    );
    expect(untitled.title).toBe(PLAN[0]);
    expect(shape(untitled.points)).toEqual(PLAN_SHAPE);
    // Under the notice's title, the notice titles the whole.
    const titled = buildOutline(
      plainSource([NOTICE[0], NOTICE[1], issuing, ...SIGN_OFF, ...PLAN].join("\n")),
    );
    expect(titled.title).toBe(NOTICE[0]);
  });

  it("an attachment list is never points, with no 落款 after it too", () => {
    for (const list of LISTS) {
      const outline = buildOutline(plainSource([...NOTICE, ...list, ...PLAN].join("\n")));
      expect(shape(outline.points)).toEqual(PLAN_SHAPE);
      expect(outline.preamble).toEqual([...NOTICE.slice(1), ...list, ...PLAN.slice(0, 2)]);
    }
  });

  it("a notice with points of its own keeps them; its 落款 closes it and the document after it is a part", () => {
    const notice = [
      "临江市人民政府办公室关于做好充电设施建设工作的通知",
      "各区人民政府，市政府各部门：",
      "一、提高认识。各区要把充电设施建设作为民生实事抓紧抓好。",
      "二、压实责任。各区政府是本辖区充电设施建设的责任主体。",
    ];
    const list = ["附件：", "1.充电设施建设任务清单", "2.充电设施建设进度表"];
    const outline = buildOutline(
      plainSource([...notice, ...list, ...SIGN_OFF, ...NOTES, ...PLAN].join("\n")),
    );
    expect(shape(outline.points)).toEqual([
      [1, "一、", "提高认识"],
      [1, "二、", "压实责任"],
      [1, "", PLAN[0]],
      ...PLAN_SHAPE.map(([level, marker, heading]) => [Number(level) + 1, marker, heading]),
    ]);
    expect(outline.points[1]?.paragraphs).toEqual(["各区政府是本辖区充电设施建设的责任主体。"]);
    expect(outline.points[2]?.paragraphs).toEqual([PLAN[1]]);
    expect(outline.closing).toEqual([...list, ...SIGN_OFF, ...NOTES]);
  });

  it("an attached document's label with its title on the same line (`附件一　…`) heads it, its points under it", () => {
    const release = [
      "115年度原創漫畫出版補助即日起受理申請",
      "為鼓勵國內漫畫創作者持續產出原創作品，文化部今日宣布受理申請。",
      "相關申請資格及補助額度等詳細資訊，請參閱附件一。",
      "附件一\u3000115年度原創漫畫出版補助重點說明",
      "一、補助對象",
      "具中華民國國籍之漫畫創作者，或依法登記之出版業者。",
      "二、申請期間",
      "自即日起至114年7月15日止。",
    ];
    expect(shape(buildOutline(plainSource(release.join("\n"))).points)).toEqual([
      [1, "附件一", "115年度原創漫畫出版補助重點說明"],
      [2, "一、", "補助對象"],
      [2, "二、", "申請期間"],
    ]);
  });

  it("in Markdown: the list under `附件：` keeps its numbers in the opening, the document's heading opens no part", async () => {
    const markdown = [
      `# ${NOTICE[0]}`,
      ...NOTICE.slice(1),
      "附件：",
      "1. 充电设施建设任务清单\n2. 充电设施建设进度表",
      `${SIGN_OFF[0]}  \n${SIGN_OFF[1]}`,
      `## ${PLAN[0]}`,
      ...PLAN.slice(1),
    ].join("\n\n");
    const file = join(scratch, "notice.md");
    writeFileSync(file, markdown);
    const outline = buildOutline(await readSource(file));
    expect(shape(outline.points)).toEqual(PLAN_SHAPE);
    expect(outline.preamble).toEqual([
      ...NOTICE.slice(1),
      "附件：",
      "1.充电设施建设任务清单",
      "2.充电设施建设进度表",
      SIGN_OFF.join("\n"),
      ...PLAN.slice(0, 2),
    ]);
  });

  it("is never the lines under a title, who gives the speech and when: they sign nothing above them", async () => {
    const speech = [
      "# 財政預算案",
      "財政司司長動議二讀《2026年撥款條例草案》的演辭",
      "2026年2月26日",
      "## 引言",
      "主席先生，我動議二讀《2026年撥款條例草案》。",
      "## 經濟表現",
      "去年經濟增長百分之二點五。",
      "## 結語",
      "多謝主席。",
    ].join("\n\n");
    const outline = buildOutline(await parseSource(new TextEncoder().encode(speech), "budget.md", "md"));
    expect(outline.points.map((p) => p.heading)).toEqual(["引言", "經濟表現", "結語"]);
    // Under links a page left over above them (`English` `简体版`) too.
    const page = speech.replace("財政司司長", "English\n\n简体版\n\n財政司司長");
    const paged = buildOutline(await parseSource(new TextEncoder().encode(page), "budget.md", "md"));
    expect(paged.points.map((p) => p.heading)).toEqual(["引言", "經濟表現", "結語"]);
  });
});
