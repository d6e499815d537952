import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { makeDocx } from "./helpers/make-docx.js";
import { pointTree } from "./helpers/outline-text.js";
import { scratchFolder } from "./helpers/scratch.js";

const dir = scratchFolder("formats");

/** The outline of a Word file made of `docx`'s parts, written to `name`. */
async function outlineOfDocx(name: string, docx: Parameters<typeof makeDocx>[0]) {
  const file = join(dir, name);
  writeFileSync(file, await makeDocx(docx));
  return buildOutline(await readSource(file));
}

/** One Word list, numbered at each level as `formats` say (`["chineseCounting", "%1、"]`). */
const wordList = (...formats: [numFmt: string, lvlText: string][]) => ({
  abstractNums: [{ id: 1, levels: formats.map(([numFmt, lvlText], ilvl) => ({ ilvl, numFmt, lvlText })) }],
  nums: [{ numId: 1, abstractId: 1 }],
});

/** A Word paragraph whose one run is bold. */
const bold = (text: string) => ({ text: "", rawRuns: `<w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r>` });

describe("one outline shape for every reader", () => {
  it("reads a Word report whose numbered list titles its parts, its Heading 2 lines under them", async () => {
    const prose =
      "Leakage fell to 9.8 megalitres a day, and the Board met its renewal target for the third year.";
    const bytes = await makeDocx({
      abstractNums: [{ id: 1, levels: [{ ilvl: 0, numFmt: "decimal", lvlText: "%1." }] }],
      nums: [{ numId: 1, abstractId: 1 }],
      paragraphs: [
        { text: "Report of the Board of Directors", style: "Title" },
        prose,
        { text: "Chair's overview", numId: 1, ilvl: 0 },
        prose,
        { text: "Operational performance", numId: 1, ilvl: 0 },
        prose,
        { text: "Water quality", style: "Heading2" },
        prose,
        { text: "Customer service", style: "Heading2" },
        prose,
        { text: "Outlook for 2025", numId: 1, ilvl: 0 },
        prose,
      ],
    });
    const file = join(dir, "board-report.docx");
    writeFileSync(file, bytes);
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "1.|Chair's overview",
      "2.|Operational performance",
      "  |Water quality",
      "  |Customer service",
      "3.|Outlook for 2025",
    ]);
  });

  it("reads a Word list item that opens with a bold title: the title heads it, as a Markdown item's does", async () => {
    const titled = (title: string, text: string) => ({
      text: "",
      numId: 1,
      ilvl: 1,
      rawRuns: `<w:r><w:rPr><w:b/></w:rPr><w:t>${title}</w:t></w:r><w:r><w:t>${text}</w:t></w:r>`,
    });
    const outline = await outlineOfDocx("retention.docx", {
      ...wordList(["lowerLetter", "%1."], ["lowerRoman", "%2."]),
      paragraphs: [
        { text: "Records Retention Policy", style: "Title" },
        { text: "Tenancy records", style: "Heading2", numId: 1, ilvl: 0 },
        titled(
          "Tenancy files.",
          "Tenancy agreements and the letters about them are kept for six years after the tenancy ends.",
        ),
        titled(
          "Repairs records.",
          "Records of repairs are kept for six years after the work is done, gas checks for two.",
        ),
        { text: "Financial records", style: "Heading2", numId: 1, ilvl: 0 },
        titled(
          "Accounting records.",
          "Ledgers, invoices and bank statements are kept for seven years after the year they belong to.",
        ),
      ],
    });
    expect(pointTree(outline.points)).toEqual([
      "a.|Tenancy records",
      "  i.|Tenancy files",
      "  ii.|Repairs records",
      "b.|Financial records",
      "  i.|Accounting records",
    ]);
  });

  it("reads a Word list item numbered next after a heading of its numbering as that heading's sibling", async () => {
    const prose = "重点排查设施是否完好有效，发现问题立即整改，确保不留死角。";
    const outline = await outlineOfDocx("safety-plan.docx", {
      ...wordList(["chineseCounting", "%1、"], ["chineseCounting", "（%2）"], ["decimal", "%3."]),
      paragraphs: [
        { text: "校园安全专项行动实施方案", style: "Title" },
        { text: "排查整治重点", style: "Heading1", numId: 1, ilvl: 0 },
        { text: "校舍及设施设备安全", style: "Heading2", numId: 1, ilvl: 1 },
        { text: `校舍建筑。${prose}`, numId: 1, ilvl: 2 },
        { text: `体育设施。${prose}`, numId: 1, ilvl: 2 },
        { text: `消防安全。${prose}`, numId: 1, ilvl: 1 },
        { text: `食品安全。${prose}`, numId: 1, ilvl: 1 },
        { text: "工作要求", style: "Heading1", numId: 1, ilvl: 0 },
        { text: `加强组织领导。${prose}`, numId: 1, ilvl: 1 },
        { text: `压实工作责任。${prose}`, numId: 1, ilvl: 1 },
      ],
    });
    expect(pointTree(outline.points)).toEqual([
      "一、|排查整治重点",
      "  （一）|校舍及设施设备安全",
      "    1.|校舍建筑",
      "    2.|体育设施",
      "  （二）|消防安全",
      "  （三）|食品安全",
      "二、|工作要求",
      "  （一）|加强组织领导",
      "  （二）|压实工作责任",
    ]);
    // A list of its own under a numbered heading counts from one: its fifth item is no next heading.
    const paper = join(dir, "paper.md");
    const recommendation = (n: number) => `${n}. Fund ${n * 1000} care apprenticeships. Pay them well.`;
    writeFileSync(
      paper,
      [
        "# Closing the Care Gap",
        "## 3. Evidence",
        "Vacancies rose.",
        "## 4. Recommendations",
        "We recommend that government:",
        [1, 2, 3, 4, 5].map(recommendation).join("\n"),
        "## 5. Conclusion",
        "Act now.",
      ].join("\n\n"),
    );
    const tree = pointTree(buildOutline(await readSource(paper)).points);
    expect(tree.filter((line) => /^\S/u.test(line))).toEqual([
      "3.|Evidence",
      "4.|Recommendations",
      "5.|Conclusion",
    ]);
  });

  it("reads a Word speech: Title style, heading styles and Word's own Chinese list numbering", async () => {
    const bytes = await makeDocx({
      abstractNums: [
        {
          id: 1,
          levels: [
            { ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、" },
            { ilvl: 1, numFmt: "chineseCounting", lvlText: "（%2）" },
            { ilvl: 2, numFmt: "decimal", lvlText: "%3." },
          ],
        },
      ],
      nums: [{ numId: 1, abstractId: 1 }],
      paragraphs: [
        { text: "在全市经济工作会议上的讲话", style: "Title" },
        "同志们：",
        "今天召开全市经济工作会议。",
        { text: "过去一年的工作", numId: 1, ilvl: 0 },
        { text: "经济稳中有进", numId: 1, ilvl: 1 },
        { text: "地区生产总值增长5%", numId: 1, ilvl: 2 },
        { text: "财政收入增长3%", numId: 1, ilvl: 2 },
        { text: "改革持续深化", numId: 1, ilvl: 1 },
        { text: "今年的主要任务", numId: 1, ilvl: 0 },
        "一是扩大有效投资。要抓项目。二是提振消费。要稳就业。",
        "谢谢大家！",
      ],
    });
    const file = join(dir, "speech.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(outline.title).toBe("在全市经济工作会议上的讲话");
    expect(outline.preamble).toEqual(["同志们：", "今天召开全市经济工作会议。"]);
    expect(pointTree(outline.points)).toEqual([
      "一、|过去一年的工作",
      "  （一）|经济稳中有进",
      "    1.|地区生产总值增长5%",
      "    2.|财政收入增长3%",
      "  （二）|改革持续深化",
      "二、|今年的主要任务",
      "  一是|扩大有效投资",
      "  二是|提振消费",
    ]);
    expect(outline.closing).toEqual(["谢谢大家！"]);
  });

  it("reads Word heading styles whose text begins with a number as marker plus heading", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: "Annual report", style: "Title" },
        { text: "1. Scope", style: "Heading1" },
        "This covers all sites.",
        { text: "2. Results", style: "Heading1" },
        { text: "Background", style: "Heading2" },
        "Sales grew.",
      ],
    });
    const file = join(dir, "report.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual(["1.|Scope", "2.|Results", "  |Background"]);
    expect(outline.script).toBe("en");
  });

  it("nests a `（一）` styled a heading under the `二、` left a plain paragraph, as its numbering ranks it", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: "2023年度述职述廉报告", style: "Title" },
        "一、加强政治理论学习，不断提高履职能力",
        "一年来，我坚持把学习作为提升能力的首要途径。",
        "二、聚焦主责主业，扎实推进分管工作",
        { text: "（一）粮食生产稳中有增", style: "Heading2" },
        "全年落实粮食播种面积43.2万亩。",
        { text: "（二）农业产业化加快发展", style: "Heading2" },
        "新培育农业产业化龙头企业4家。",
        "三、严格落实党风廉政建设责任",
        "认真履行一岗双责。",
      ],
    });
    const file = join(dir, "debrief.docx");
    writeFileSync(file, bytes);
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "一、|加强政治理论学习，不断提高履职能力",
      "二、|聚焦主责主业，扎实推进分管工作",
      "  （一）|粮食生产稳中有增",
      "  （二）|农业产业化加快发展",
      "三、|严格落实党风廉政建设责任",
    ]);
  });

  it("reads headings Word was not told of: a bold numbered paragraph among numbered headings, bold lines that go on from a heading", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: "Rural broadband", style: "Title" },
        { text: "1. The problem", style: "Heading1" },
        { text: "Coverage gaps", style: "Heading2" },
        "Two thirds of unserved homes are in the highlands.",
        bold("Affordability"),
        "One household in five cannot pay for service.",
        bold("2. Policy options"),
        "The legislature has three levers.",
        { text: "Pole attachment reform", style: "Heading2" },
        "Most fiber is strung on existing poles.",
        bold("Middle-mile networks"),
        "Providers need access to the backbone.",
        { text: "3. Recommendations", style: "Heading1" },
        "Enact a make-ready deadline.",
      ],
    });
    const file = join(dir, "brief.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "1.|The problem",
      "  |Coverage gaps",
      "  |Affordability",
      "2.|Policy options",
      "  |Pole attachment reform",
      "  |Middle-mile networks",
      "3.|Recommendations",
    ]);
  });

  it("reads bold lines as parts beside the headings when the document heads its subsections with a heading style", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        bold("TOWN OF MILLBROOK"),
        bold("STAFF REPORT"),
        "Subject: Award of the library roof contract",
        bold("Recommendation:"),
        "That the Council:",
        "1. Award the contract to the lowest bidder.",
        "2. Appropriate $80,000 from the facilities reserve.",
        { text: "Background", style: "Heading1" },
        "The library roof was last replaced in 1994 and now leaks in three places.",
        { text: "Discussion", style: "Heading1" },
        { text: "Scope", style: "Heading2" },
        "The work replaces the membrane and the insulation beneath it.",
        { text: "Bids", style: "Heading2" },
        "Four bids were opened on 3 June; the lowest was 6 per cent under the estimate.",
        { text: "Fiscal Impact", style: "Heading1" },
        "The reserve holds enough for the work and a 10 per cent contingency.",
        bold("Environmental Review"),
        "The work is exempt from review as the repair of an existing building.",
        bold("Alternatives"),
        "The Council may reject all bids and ask staff to advertise again.",
      ],
    });
    const file = join(dir, "staff-report.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "|Recommendation",
      "  1.|Award the contract to the lowest bidder",
      "  2.|Appropriate $80,000 from the facilities reserve",
      "|Background",
      "|Discussion",
      "  |Scope",
      "  |Bids",
      "|Fiscal Impact",
      "|Environmental Review",
      "|Alternatives",
    ]);
  });

  it("reads one bold line between two headings of one style as their sibling, its style left off", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: "The 2025 Budget Statement", style: "Title" },
        { text: "Sector Allocations", style: "Heading1" },
        { text: "Education", style: "Heading2" },
        "Mr Speaker, GH¢31.2 billion has been allocated to education.",
        { text: "Health", style: "Heading2" },
        "Mr Speaker, the health sector receives GH¢19.8 billion.",
        bold("Roads and Transport"),
        "Mr Speaker, GH¢14.6 billion is allocated to roads and transport.",
        { text: "Agriculture", style: "Heading2" },
        "Mr Speaker, GH¢6.9 billion is allocated to agriculture.",
        { text: "Conclusion", style: "Heading1" },
        "Mr Speaker, I beg to move.",
      ],
    });
    const file = join(dir, "budget.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "|Sector Allocations",
      "  |Education",
      "  |Health",
      "  |Roads and Transport",
      "  |Agriculture",
      "|Conclusion",
    ]);
    // Alone after the last heading, a bold line is emphasis in its words.
    const closing = await makeDocx({
      paragraphs: [
        { text: "The 2025 Budget Statement", style: "Title" },
        { text: "Education", style: "Heading1" },
        "Mr Speaker, GH¢31.2 billion has been allocated to education.",
        { text: "Conclusion", style: "Heading1" },
        "Mr Speaker, I beg to move.",
        bold("God bless our homeland Ghana"),
        "And make our nation great and strong.",
      ],
    });
    writeFileSync(file, closing);
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual(["|Education", "|Conclusion"]);
  });

  it("reads a note in brackets set in bold before the first heading as no part", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: "Keynote to the Grocers Association", style: "Title" },
        "Priya Raman, President",
        bold("[Check against delivery]"),
        "Thank you, Marcus, for that generous introduction.",
        { text: "The year behind us", style: "Heading1" },
        "It was not all bad news. Our membership grew.",
        bold("What we heard from members"),
        "Members told us that margins are squeezed from both ends.",
        { text: "The year ahead", style: "Heading1" },
        "We will open a buying group in the spring.",
        bold("Our asks of government"),
        "We ask for a fair deal on business rates.",
      ],
    });
    const file = join(dir, "keynote.docx");
    writeFileSync(file, bytes);
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "|The year behind us",
      "|What we heard from members",
      "|The year ahead",
      "|Our asks of government",
    ]);
  });

  it("reads bold lines whose numbering Word lost as parts, over the numbering that begins under them", async () => {
    const plan = (extra: string[]) => [
      "青禾安〔2025〕12号",
      bold("青禾食品有限公司“安全生产月”活动实施方案"),
      "各部门、各车间：",
      ...extra,
      "为进一步强化全员安全意识，结合公司实际，制定本方案。",
      bold("指导思想"),
      "坚持“安全第一、预防为主、综合治理”的方针，牢固树立安全发展理念。",
      bold("活动主题"),
      "人人讲安全、个个会应急——守牢食品生产安全底线",
      bold("主要活动内容"),
      "（一）开展安全宣传“进车间”活动。在各车间入口悬挂横幅、张贴宣传海报。",
      "（二）组织全员安全培训和考试。分批次对全体员工开展安全培训。",
      bold("工作要求"),
      "1.高度重视，精心组织。各部门要把活动作为当前的重点工作。",
      "2.及时总结，按时报送。活动结束后报送总结材料。",
    ];
    const read = async (name: string, extra: string[]) => {
      const file = join(dir, name);
      writeFileSync(file, await makeDocx({ paragraphs: plan(extra) }));
      return pointTree(buildOutline(await readSource(file)).points);
    };
    expect(await read("plan.docx", [])).toEqual([
      "|指导思想",
      "|活动主题",
      "|主要活动内容",
      "  （一）|开展安全宣传“进车间”活动",
      "  （二）|组织全员安全培训和考试",
      "|工作要求",
      "  1.|高度重视，精心组织",
      "  2.|及时总结，按时报送",
    ]);
    // Numbering before the first bold line heads the sections itself.
    expect(await read("numbered.docx", ["一、总体要求。全面落实安全生产责任。"])).toContain("一、|总体要求");
  });

  it("reads a Word paragraph of lines (line breaks, no paragraph marks): a numbered line starts a point", async () => {
    const lines = [
      "一、统一思想",
      "要把思想统一到会议精神上来。",
      "二、狠抓落实",
      "（一）压实责任。层层签订责任书。",
    ];
    const bytes = await makeDocx({
      paragraphs: [
        { text: "在全县工作会议上的讲话", style: "Title" },
        { text: "同志们：", rawRuns: lines.map((line) => `<w:r><w:br/><w:t>${line}</w:t></w:r>`).join("") },
      ],
    });
    const file = join(dir, "lines.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(outline.preamble).toEqual(["同志们："]);
    expect(pointTree(outline.points)).toEqual(["一、|统一思想", "二、|狠抓落实", "  （一）|压实责任"]);
    expect(outline.points[0]?.paragraphs).toEqual(["要把思想统一到会议精神上来。"]);
    // Word has no source lines: every point keeps its paragraph's number.
    expect(outline.points.map((p) => p.line)).toEqual([2, 2]);
  });
  it("reads a Word list restarted inside an item as that item's sub-points when the items were announced", async () => {
    const bytes = await makeDocx({
      abstractNums: [
        { id: 1, levels: [{ ilvl: 0, numFmt: "decimal", lvlText: "%1." }] },
        { id: 2, levels: [{ ilvl: 0, numFmt: "decimal", lvlText: "%1." }] },
      ],
      nums: [
        { numId: 1, abstractId: 1 },
        { numId: 2, abstractId: 2 },
      ],
      paragraphs: [
        { text: "在全区教育工作会议上的讲话", style: "Title" },
        "同志们：",
        "下面，我就做好今年的教育工作讲四点意见。",
        { text: "坚持立德树人。要把思想政治教育贯穿教育教学全过程。", numId: 1, ilvl: 0 },
        { text: "推进教育均衡发展。今年重点做好三件事：", numId: 1, ilvl: 0 },
        { text: "新建改扩建中小学校8所。", numId: 2, ilvl: 0 },
        { text: "推进集团化办学全覆盖。", numId: 2, ilvl: 0 },
        { text: "落实“双减”政策。", numId: 2, ilvl: 0 },
        { text: "建设高素质教师队伍。要完善教师培养培训体系。", numId: 1, ilvl: 0 },
        { text: "守牢校园安全底线。要健全校园安全风险防控体系。", numId: 1, ilvl: 0 },
        "同志们，教育是国之大计、党之大计。让我们共同努力，办好人民满意的教育！",
      ],
    });
    const file = join(dir, "announced.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "1.|坚持立德树人",
      "2.|推进教育均衡发展",
      "  1.|新建改扩建中小学校8所",
      "  2.|推进集团化办学全覆盖",
      "  3.|落实“双减”政策",
      "3.|建设高素质教师队伍",
      "4.|守牢校园安全底线",
    ]);
  });
});

describe("notes at the end of a web page", () => {
  it("are the closing's when a notes heading heads an ordered list of them", async () => {
    const file = join(dir, "brief.html");
    writeFileSync(
      file,
      `<html><body><article><h1>Keeping Cool</h1>
      <h2>1. The problem</h2><p>Heat waves are longer than they were.<sup>1</sup></p>
      <h2>2. What to do</h2><p>Cities should open cooling centres.<sup>2</sup></p>
      <h2>Notes</h2><ol><li>Health Department, Heat Report 2023.</li><li>Census Bureau, Housing Survey.</li></ol>
      </article></body></html>`,
    );
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual(["1.|The problem", "2.|What to do"]);
    expect(outline.closing).toEqual([
      "Notes",
      "1. Health Department, Heat Report 2023.",
      "2. Census Bureau, Housing Survey.",
    ]);
  });
});

describe("a post that prints its title again under its editor's note", () => {
  it("keeps the note, the photo's caption and the title printed again out of its points", async () => {
    const file = join(dir, "post.html");
    writeFileSync(
      file,
      `<html><body><div id="js_article"><h1 class="rich_media_title">在全市优化营商环境推进大会上的讲话</h1>
      <div id="js_content">
      <p><strong>编者按</strong></p><p>3月5日，全市优化营商环境推进大会召开。现全文刊发，供学习参考。</p>
      <p>▲3月5日，全市优化营商环境推进大会召开。</p>
      <p><strong>在全市优化营商环境推进大会上的讲话</strong></p>
      <p>同志们：</p><p>今天召开推进大会。下面，我强调两点。</p>
      <p><strong>◆ 深刻认识优化营商环境的重要性</strong></p><p>营商环境就是生产力。</p>
      <p><strong>◆ 聚焦关键环节打好攻坚战</strong></p><p>要在政务服务上再提速。</p>
      </div></div></body></html>`,
    );
    const outline = buildOutline(await readSource(file));
    expect(outline.title).toBe("在全市优化营商环境推进大会上的讲话");
    expect(pointTree(outline.points)).toEqual(["◆|深刻认识优化营商环境的重要性", "◆|聚焦关键环节打好攻坚战"]);
    expect(outline.preamble).toContain("编者按");
  });
});

describe("a page whose heading says its <title> again under a welcome banner", () => {
  it("takes the heading for the title, no point heading the sections under it", async () => {
    const file = join(dir, "hospital.html");
    writeFileSync(
      file,
      `<html><head><title>2024年度院长述职报告-东湖区人民医院</title></head><body>
      <div class="top">欢迎访问东湖区人民医院官方网站！</div>
      <div class="logo"><h1><a href="/">东湖区人民医院</a></h1></div>
      <div class="article"><h2>2024年度院长述职报告</h2>
      <p>各位领导、各位同事：</p><p>2024年，医院领导班子团结带领全院职工，扎实推进各项工作。</p>
      <h3>一、坚持党建引领，办院方向更加坚定</h3><p>1.全面执行院长负责制。</p><p>2.推进党建业务融合。</p>
      <h3>二、坚持以患者为中心，医疗质量持续提升</h3><p>全年门急诊68万人次。</p>
      </div></body></html>`,
    );
    const outline = buildOutline(await readSource(file));
    expect(outline.title).toBe("2024年度院长述职报告");
    expect(pointTree(outline.points)).toEqual([
      "一、|坚持党建引领，办院方向更加坚定",
      "  1.|全面执行院长负责制",
      "  2.|推进党建业务融合",
      "二、|坚持以患者为中心，医疗质量持续提升",
    ]);
  });
});

describe("paragraph numbers from the opening on", () => {
  it("nest under the headings they run across", async () => {
    const file = join(dir, "statement.html");
    const numbered = (n: number, words: string) => `<p>${n}. ${words}</p>`;
    writeFileSync(
      file,
      `<html><body><article><h1>Statement on Water and Peace</h1>
      ${numbered(1, "I thank the Chair for convening this debate.")}
      <h3>Water as a source of tension</h3>
      ${numbered(2, "Shared rivers cross thirty borders in our region.")}
      ${numbered(3, "Drought has doubled the disputes over wells.")}
      <h3>What the Council can do</h3>
      ${numbered(4, "The Council should ask for a yearly report on water and security.")}
      ${numbered(5, "It should fund the river commissions that keep the peace.")}
      <h3>Closing</h3>
      ${numbered(6, "We stand ready to work with every member of the Council.")}
      </article></body></html>`,
    );
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "1.|I thank the Chair for convening this debate",
      "|Water as a source of tension",
      "  2.|Shared rivers cross thirty borders in our region",
      "  3.|Drought has doubled the disputes over wells",
      "|What the Council can do",
      "  4.|The Council should ask for a yearly report on water and security",
      "  5.|It should fund the river commissions that keep the peace",
      "|Closing",
      "  6.|We stand ready to work with every member of the Council",
    ]);
  });
});

describe("code in a Markdown write-up", () => {
  it("numbers nothing inside a fenced block; an indented paragraph is still text", async () => {
    const file = join(dir, "talk.md");
    writeFileSync(
      file,
      [
        "# Faster Builds",
        "## 1. Measure first",
        "A stress run prints its results like this:",
        "```text\n1. test_login ...... 200 passed\n2. test_logout ..... 193 passed\n```",
        "## 2. Cache what you can",
        "    缓存依赖：把依赖缓存起来，构建时间缩短一半。",
      ].join("\n\n"),
    );
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual(["1.|Measure first", "2.|Cache what you can"]);
    expect(outline.points[0]?.paragraphs.join("\n")).toContain("1. test_login");
    expect(outline.points[1]?.paragraphs.join("\n")).toContain("缓存依赖");
  });
});

describe("a transcript's cues set in bold", () => {
  it("head nothing: the speaker's own series are the points", async () => {
    const file = join(dir, "keynote.md");
    writeFileSync(
      file,
      [
        "# Building for Everyone",
        "**Keynote transcript · Commerce Summit 2025**",
        "*Edited for clarity. Reactions and slides are shown in square brackets.*",
        "`[00:00:04]`",
        "**[Music. Applause as the speaker walks on.]**",
        "Thank you. I want to talk about three bets we made.",
        "`[00:03:41]`",
        '**[Slide: "Three bets"]**',
        "First, we bet on voice. Typing is hard for many of our users.",
        "Second, we bet on offline. The network is not always there.",
        "Finally, we bet on trust. Nobody uses what they do not trust.",
      ].join("\n\n"),
    );
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "First,|we bet on voice",
      "Second,|we bet on offline",
      "Finally,|we bet on trust",
    ]);
  });
});

describe("bold lines inside numbered sections", () => {
  it("head the parts of the section they stand in, and a bold line over a table is its caption", async () => {
    const file = join(dir, "report.md");
    writeFileSync(
      file,
      [
        "# 凝心聚力谋发展",
        "各位代表：",
        "**一、2023年工作回顾**",
        "2023年，公司顶住压力，完成了全年目标。",
        "**生产经营保持稳定**",
        "全年生产烧碱32.6万吨。",
        "**表1　主要产品产量**",
        "产品\t产量\n烧碱\t32.6",
        "**安全环保实现双零目标**",
        "全年未发生生产安全事故。",
        "**二、2024年工作安排**",
        "总体思路是降本增效。",
        "**全力抓好安全环保**",
        "1. **强化责任落实。**严格落实安全生产责任制。",
        "2. **深化隐患排查治理。**开展常态化隐患排查。",
        "**持续推进降本增效**",
        "全年力争降本增效1.2亿元以上。",
      ].join("\n\n"),
    );
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "一、|2023年工作回顾",
      "  |生产经营保持稳定",
      "  |安全环保实现双零目标",
      "二、|2024年工作安排",
      "  |全力抓好安全环保",
      "    1.|强化责任落实",
      "    2.|深化隐患排查治理",
      "  |持续推进降本增效",
    ]);
  });
});

describe("headings whose depth the numbering outranks", () => {
  it("nests each section's `（一）` under it when both stand at one depth, and `1.` a level below", async () => {
    const file = join(dir, "plan.md");
    writeFileSync(
      file,
      [
        "# 老旧小区改造工作方案",
        "## 一、总体要求",
        "## （一）指导思想",
        "坚持以人民为中心。",
        "## 二、改造内容",
        "## （一）基础类改造",
        "### 1.供水设施",
        "更换老化管网。",
        "### 2.供电设施",
        "## （二）完善类改造",
        "加装电梯。",
      ].join("\n\n"),
    );
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "一、|总体要求",
      "  （一）|指导思想",
      "二、|改造内容",
      "  （一）|基础类改造",
      "    1.|供水设施",
      "    2.|供电设施",
      "  （二）|完善类改造",
    ]);
  });

  it("nests a `（一）` written shallower right under its section's `一、`, and its `（二）` with it", async () => {
    const file = join(dir, "points.md");
    writeFileSync(
      file,
      [
        "# 青禾区2025年数字政府建设工作要点",
        "### 一、夯实数字基础设施",
        "## （一）推进政务云扩容升级",
        "完成区级政务云二期建设。",
        "#### （二）统筹网络和算力资源",
        "推进电子政务外网向村延伸。",
        "### 二、提升服务水平",
        "## （一）深化改革",
        "新推出一批集成服务。",
        "### 三、强化组织保障",
        "落实安全责任制。",
      ].join("\n\n"),
    );
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "一、|夯实数字基础设施",
      "  （一）|推进政务云扩容升级",
      "  （二）|统筹网络和算力资源",
      "二、|提升服务水平",
      "  （一）|深化改革",
      "三、|强化组织保障",
    ]);
  });
});

describe("chapters numbered on across parts", () => {
  it("stand beside the chapter before them, a number alone on its line too", async () => {
    const file = join(dir, "strategy.txt");
    writeFileSync(
      file,
      [
        "WATER STRATEGY",
        "PART I\nWhere We Stand",
        "Chapter 1\nRainfall and Demand",
        "The valley has had four dry years in ten.",
        "Chapter 2",
        "The groundwater is in better condition than the rivers.",
        "PART II\nWhat We Will Do",
        "Chapter 3\nUsing Less",
        "We will fix leaks first.",
        "Chapter 4",
        "Recycled water already irrigates the sports grounds.",
        "Chapter 5\nA Second Source",
        "A desalination plant will serve the lower valley.",
      ].join("\n\n"),
    );
    expect(pointTree(buildOutline(await readSource(file)).points)).toEqual([
      "PART I|Where We Stand",
      "  Chapter 1|Rainfall and Demand",
      "  Chapter 2|",
      "PART II|What We Will Do",
      "  Chapter 3|Using Less",
      "  Chapter 4|",
      "  Chapter 5|A Second Source",
    ]);
  });
});

describe("Word paragraphs that open with a bold sentence", () => {
  /** A paragraph whose first run, in bold, is its title, and whose plain runs go on after it. */
  const boldLead = (title: string, rest: string) => ({
    text: "",
    rawRuns: `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${title} </w:t></w:r><w:r><w:t>${rest}</w:t></w:r>`,
  });

  it("head the parts of their section when two or more stand one after another", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: "Letter from the Chair", style: "Title" },
        { text: "What we achieved", style: "Heading1" },
        "The Board set three priorities at the start of the year.",
        boldLead("More food, closer to home.", "We opened a fourth pantry in April."),
        boldLead("Dignity as well as groceries.", "All pantries now work like a shop."),
        boldLead("Note:", "figures are unaudited."),
        { text: "Thank you", style: "Heading1" },
        "To every volunteer: thank you.",
      ],
    });
    const file = join(dir, "chair-letter.docx");
    writeFileSync(file, bytes);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "|What we achieved",
      "  |More food, closer to home",
      "  |Dignity as well as groceries",
      "|Thank you",
    ]);
    expect(outline.points[0]?.children[1]?.paragraphs.join(" ")).toContain(
      "All pantries now work like a shop.",
    );
  });
});

describe("Markdown paragraphs that open with a bold sentence", () => {
  const outlineOf = async (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join("\n\n"));
    return buildOutline(await readSource(file));
  };

  it("are points headed by it, two or more in a row; a series said in one nests under it", async () => {
    const outline = await outlineOf("agm.md", [
      "# Chair's Address",
      "Good morning, ladies and gentlemen, and welcome to this year's meeting of the company.",
      "**Capital management.** Our balance sheet remains strong, with low debt.",
      "**Looking ahead.** The Board has set two priorities. First, we will finish the copper study. Second, we will embed the safety reforms.",
      "Thank you.",
    ]);
    expect(pointTree(outline.points)).toEqual([
      "|Capital management",
      "|Looking ahead",
      "  First,|we will finish the copper study",
      "  Second,|we will embed the safety reforms",
    ]);
  });

  it("as bullets, are fields each part fills in when other parts' lists say the same labels", async () => {
    const incident = (name: string) => [
      `### ${name}`,
      [
        "- **Impact:** card payments failed for forty minutes. Some merchants saw declines.",
        "- **Root cause:** a configuration push carried an empty range. The validator took it.",
        "- **Detection:** an alert fired within four minutes.",
      ].join("\n"),
    ];
    const outline = await outlineOf("incidents.md", [
      "# Reliability Report",
      "## Incidents",
      ...incident("INC-2291 — Ledger lag"),
      ...incident("INC-2340 — Authorization outage"),
    ]);
    expect(pointTree(outline.points)).toEqual([
      "|Incidents",
      "  |INC-2291 — Ledger lag",
      "  |INC-2340 — Authorization outage",
    ]);
  });

  it("go on as one series when only prose or a table stands between two runs of them", async () => {
    const outline = await outlineOf("letter.md", [
      "# 2024 Letter to Shareholders",
      "**Our customers.** We added more than four hundred new accounts this year.",
      "**Capital allocation.** Our priorities have not changed. The table below shows how we spent.",
      "| Use of capital | 2024 |\n|---|---|\n| Dividends | 118 |\n| Share repurchases | 180 |",
      "The Board raised the quarterly dividend by 12% in February.",
      "**Our people.** Our colleagues are the reason any of this works.",
      "**Looking ahead.** The freight market in 2025 remains uncertain.",
    ]);
    expect(pointTree(outline.points)).toEqual([
      "|Our customers",
      "|Capital allocation",
      "|Our people",
      "|Looking ahead",
    ]);
  });

  it("are read by their numbering when the bold sentence opens with it", async () => {
    const outline = await outlineOf("premier.md", [
      "# Building Homes",
      "**First, we are building more social homes.** The program will deliver thousands of homes.",
      "**Second, we are unlocking land for housing.** Vacant land will be released for building.",
    ]);
    expect(pointTree(outline.points)).toEqual([
      "First,|we are building more social homes",
      "Second,|we are unlocking land for housing",
    ]);
  });
});

describe("a lecture's contents list and its footnotes", () => {
  it("reads each contents entry as its own line, and the footnotes as the closing's", async () => {
    const prose = "Euro area headline inflation fell to 2.4 per cent in January, down from its peak in 2022.";
    const lecture = [
      "Monetary Policy When Supply Is No Longer Given",
      "",
      "Contents",
      "1. Introduction",
      "2. Why the supply side matters more than it used to",
      "   2.1 Energy and the climate transition",
      "   2.2 Demographics",
      "3. Conclusion",
      "",
      "1. Introduction",
      "",
      prose,
      "",
      "2. Why the supply side matters more than it used to",
      "",
      "2.1 Energy and the climate transition",
      "",
      prose,
      "",
      "2.2 Demographics",
      "",
      prose,
      "",
      "3. Conclusion",
      "",
      prose,
      "",
      "Footnotes",
      "1. I am grateful to colleagues for their help in preparing these remarks.",
      "2. Central Bank Quarterly Bulletin Q1 2025, Dublin.",
    ].join("\n");
    const file = join(dir, "lecture.txt");
    writeFileSync(file, lecture);
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "1.|Introduction",
      "2.|Why the supply side matters more than it used to",
      "  2.1|Energy and the climate transition",
      "  2.2|Demographics",
      "3.|Conclusion",
    ]);
    expect(outline.closing[0]).toBe("Footnotes");
  });
});
