import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";
import { plainSource } from "./helpers/plain-source.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("paragraph-numbers");

const outlineOf = (lines: readonly string[]) => buildOutline(plainSource(lines.join("\n")));
/** An English text's outline, its lines apart by `separator`. */
const englishOutlineOf = (lines: readonly string[], separator = "\n") =>
  buildOutline({ ...plainSource(lines.join(separator)), script: "en" });

/** Numbered paragraphs `from`…`to`, each a sentence of text. */
const numbered = (from: number, to: number): string[] =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `${from + i}. 第${from + i}段的内容，政府会继续推进这项工作。`,
  );

/**
 * Paragraphs numbered on from one across a test's calls, each saying `sentence(n)` (or, for one
 * call, what `say` gives).
 */
function numberedOn(sentence: (n: number) => string) {
  let n = 0;
  return (count: number, say = sentence): string[] => Array.from({ length: count }, () => say(++n));
}

describe("paragraph numbers that run through the sections", () => {
  const report = [
    "一、经济发展",
    "巩固金融中心",
    ...numbered(1, 3),
    "发展创新科技",
    ...numbered(4, 5),
    "二、改善民生",
    "增加房屋供应",
    ...numbered(6, 8),
    "加强安老服务",
    ...numbered(9, 10),
  ];

  it("are tasks when the lines between them only note who carries each out, in brackets", () => {
    const task = (n: number) => [
      `${n}.第${n}项任务。按照要求推进第${n}项工作，确保按期完成。`,
      "（责任单位：县商务局）",
    ];
    const plan = [
      "一、总体要求",
      "坚持稳中求进，统筹推进县域商业体系建设。",
      "二、重点任务",
      "（一）完善商业网络",
      ...task(1),
      ...task(2),
      "（二）健全物流体系",
      ...task(3),
      ...task(4),
      "（三）发展农村电商",
      ...task(5),
      ...task(6),
    ];
    expect(pointTree(outlineOf(plan).points)).toEqual([
      "一、|总体要求",
      "二、|重点任务",
      "  （一）|完善商业网络",
      "    1.|第1项任务",
      "    2.|第2项任务",
      "  （二）|健全物流体系",
      "    3.|第3项任务",
      "    4.|第4项任务",
      "  （三）|发展农村电商",
      "    5.|第5项任务",
      "    6.|第6项任务",
    ]);
  });

  it("are points under the unnumbered lines that head them, which are the sections' points", () => {
    const outline = outlineOf(report);
    expect(pointTree(outline.points)).toEqual([
      "一、|经济发展",
      "  |巩固金融中心",
      "    1.|第1段的内容，政府会继续推进这项工作",
      "    2.|第2段的内容，政府会继续推进这项工作",
      "    3.|第3段的内容，政府会继续推进这项工作",
      "  |发展创新科技",
      "    4.|第4段的内容，政府会继续推进这项工作",
      "    5.|第5段的内容，政府会继续推进这项工作",
      "二、|改善民生",
      "  |增加房屋供应",
      "    6.|第6段的内容，政府会继续推进这项工作",
      "    7.|第7段的内容，政府会继续推进这项工作",
      "    8.|第8段的内容，政府会继续推进这项工作",
      "  |加强安老服务",
      "    9.|第9段的内容，政府会继续推进这项工作",
      "    10.|第10段的内容，政府会继续推进这项工作",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(report.join("")));
  });

  it("leave a page's number copied between them (`3`) in the text: no line heading a group", () => {
    const paragraphs = numberedOn(
      (n) =>
        `${n}. Madam Speaker, this Budget does more for the people, in item ${n}. It is the work of many.`,
    );
    const group = (line: string, count: number) => ["", line, "", ...paragraphs(count)];
    const speech = [
      "BUDGET SPEECH",
      ...group("PART A", 0),
      ...group("Introduction", 3),
      ...group("Economic Situation", 3),
      "3",
      ...paragraphs(1),
      ...group("Agriculture", 3),
      ...group("PART B", 0),
      ...group("Direct Taxes", 2),
      ...group("Indirect Taxes", 3),
    ];
    const outline = englishOutlineOf(speech);
    expect(pointTree(outline.points).join("\n")).not.toMatch(/\|3$/mu);
    expect(outlineChars(outline)).toBe(sortedChars(speech.join("")));
  });

  it("under headings of their own (Markdown), are points under the headings", async () => {
    const file = join(scratch, "report.md");
    const paragraphs = (from: number, to: number) => numbered(from, to).flatMap((line) => [line, ""]);
    writeFileSync(
      file,
      [
        "# 施政报告",
        "",
        "## 一、经济发展",
        "",
        "### 巩固金融中心",
        "",
        ...paragraphs(1, 3),
        "### 发展创新科技",
        "",
        ...paragraphs(4, 5),
        "## 二、改善民生",
        "",
        ...paragraphs(6, 8),
      ].join("\n"),
    );
    const outline = buildOutline(await readSource(file));
    expect(pointTree(outline.points)).toEqual([
      "一、|经济发展",
      "  |巩固金融中心",
      "    1.|第1段的内容，政府会继续推进这项工作",
      "    2.|第2段的内容，政府会继续推进这项工作",
      "    3.|第3段的内容，政府会继续推进这项工作",
      "  |发展创新科技",
      "    4.|第4段的内容，政府会继续推进这项工作",
      "    5.|第5段的内容，政府会继续推进这项工作",
      "二、|改善民生",
      "  6.|第6段的内容，政府会继续推进这项工作",
      "  7.|第7段的内容，政府会继续推进这项工作",
      "  8.|第8段的内容，政府会继续推进这项工作",
    ]);
  });

  it("numbered from the opening on across lettered title lines, nest under the lettered parts", () => {
    const speech = [
      "COMMITTEE OF SUPPLY SPEECH",
      "1. Mr Chairman, I thank Members for their many thoughtful suggestions.",
      "2. But averages do not tell the whole story, as Members have rightly said.",
      "A. Helping Workers Stay Employable",
      "3. The most important thing we can do for a worker is to help him keep pace.",
      "4. Ms Tan asked whether training translates into better jobs. It does.",
      "B. Building Fair Workplaces",
      "5. A strong labour market must also be a fair one.",
      "6. We will help smaller firms comply with the new Act.",
      "7. We will continue to raise the floor for lower-wage workers.",
    ];
    const outline = englishOutlineOf(speech);
    expect(pointTree(outline.points)).toEqual([
      "1.|Mr Chairman, I thank Members for their many thoughtful suggestions",
      "2.|But averages do not tell the whole story, as Members have rightly said",
      "A.|Helping Workers Stay Employable",
      "  3.|The most important thing we can do for a worker is to help him keep pace",
      "  4.|Ms Tan asked whether training translates into better jobs",
      "B.|Building Fair Workplaces",
      "  5.|A strong labour market must also be a fair one",
      "  6.|We will help smaller firms comply with the new Act",
      "  7.|We will continue to raise the floor for lower-wage workers",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(speech.join("")));
  });

  it("under lettered parts with subheadings, nest under them, a closing part's name (`Conclusion`) beside the parts", () => {
    const paragraphs = numberedOn((n) => `${n}. Mr Chairman, this is what we did in the year, item ${n}.`);
    const speech = [
      "COMMITTEE OF SUPPLY SPEECH",
      ...paragraphs(2),
      "A. Keeping Up with Housing Demand",
      ...paragraphs(4),
      "B. Keeping Public Housing Affordable",
      "Helping first-timers",
      ...paragraphs(4),
      "Supporting singles",
      ...paragraphs(4),
      "Conclusion",
      ...paragraphs(2),
    ];
    const outline = englishOutlineOf(speech);
    expect(pointTree(outline.points)).toEqual([
      "1.|Mr Chairman, this is what we did in the year, item 1",
      "2.|Mr Chairman, this is what we did in the year, item 2",
      "A.|Keeping Up with Housing Demand",
      "  3.|Mr Chairman, this is what we did in the year, item 3",
      "  4.|Mr Chairman, this is what we did in the year, item 4",
      "  5.|Mr Chairman, this is what we did in the year, item 5",
      "  6.|Mr Chairman, this is what we did in the year, item 6",
      "B.|Keeping Public Housing Affordable",
      "  |Helping first-timers",
      "    7.|Mr Chairman, this is what we did in the year, item 7",
      "    8.|Mr Chairman, this is what we did in the year, item 8",
      "    9.|Mr Chairman, this is what we did in the year, item 9",
      "    10.|Mr Chairman, this is what we did in the year, item 10",
      "  |Supporting singles",
      "    11.|Mr Chairman, this is what we did in the year, item 11",
      "    12.|Mr Chairman, this is what we did in the year, item 12",
      "    13.|Mr Chairman, this is what we did in the year, item 13",
      "    14.|Mr Chairman, this is what we did in the year, item 14",
      "|Conclusion",
      "  15.|Mr Chairman, this is what we did in the year, item 15",
      "  16.|Mr Chairman, this is what we did in the year, item 16",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(speech.join("")));
  });

  it("numbered from the opening on across parts, nest under the short lines that group them, the parts' subheadings", () => {
    const paragraphs = numberedOn(
      (n) =>
        `${n}.\u3000本港去年出口貨值增長百分之${n}，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化。`,
    );
    const budget = [
      "二零二六至二七財政年度政府財政預算案",
      "財政司司長動議二讀《2026年撥款條例草案》的演辭",
      "二零二六年二月二十五日",
      "主席女士：",
      ...paragraphs(2),
      "甲、經濟概況",
      "二零二五年經濟表現",
      ...paragraphs(3),
      "二零二六年經濟展望",
      ...paragraphs(3),
      "乙、公共財政",
      "修訂預算",
      ...paragraphs(4),
      "整固財政",
      ...paragraphs(5),
      "丙、結語",
      ...paragraphs(2),
    ];
    expect(pointTree(buildOutline(plainSource(budget.join("\n\n"))).points)).toEqual([
      "1.|本港去年出口貨值增長百分之1，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "2.|本港去年出口貨值增長百分之2，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "甲、|經濟概況",
      "  |二零二五年經濟表現",
      "    3.|本港去年出口貨值增長百分之3，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    4.|本港去年出口貨值增長百分之4，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    5.|本港去年出口貨值增長百分之5，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "  |二零二六年經濟展望",
      "    6.|本港去年出口貨值增長百分之6，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    7.|本港去年出口貨值增長百分之7，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    8.|本港去年出口貨值增長百分之8，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "乙、|公共財政",
      "  |修訂預算",
      "    9.|本港去年出口貨值增長百分之9，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    10.|本港去年出口貨值增長百分之10，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    11.|本港去年出口貨值增長百分之11，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    12.|本港去年出口貨值增長百分之12，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "  |整固財政",
      "    13.|本港去年出口貨值增長百分之13，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    14.|本港去年出口貨值增長百分之14，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    15.|本港去年出口貨值增長百分之15，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    16.|本港去年出口貨值增長百分之16，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "    17.|本港去年出口貨值增長百分之17，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "丙、|結語",
      "  18.|本港去年出口貨值增長百分之18，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
      "  19.|本港去年出口貨值增長百分之19，政府會繼續審慎理財，支持各行各業發展，並且推動經濟多元化",
    ]);
  });

  it("on a statement's every paragraph, some opening with a series said aloud, hold that series as their words", () => {
    const long = (n: number, words: string) =>
      `${n}. ${words} We will keep working with our partners in the region and across this Assembly to that end, as we have always done.`;
    const statement = [
      "STATEMENT BY",
      "THE MINISTER FOR FOREIGN AFFAIRS",
      "Mr. President,",
      long(1, "At the outset, allow me to congratulate you on your election to preside over this session."),
      long(2, "I bring to this Assembly the warm greetings of the people of my country."),
      long(3, "Mr. President, my delegation wishes to address three issues of importance to us."),
      long(4, "First, climate change remains the greatest threat to the peoples of the Pacific."),
      long(5, "Our coastlines are retreating, and our villages are moving inland."),
      long(6, "Second, sea-level rise must not diminish the maritime zones of island States."),
      long(7, "Third, the financial architecture must be reformed so that it works for small States."),
      "8. I thank you, Mr. President.",
    ];
    const outline = englishOutlineOf(statement);
    expect(outline.title).toBe("STATEMENT BY THE MINISTER FOR FOREIGN AFFAIRS");
    expect(pointTree(outline.points)).toEqual([
      "1.|At the outset, allow me to congratulate you on your election to preside over this session",
      "2.|I bring to this Assembly the warm greetings of the people of my country",
      "3.|Mr. President, my delegation wishes to address three issues of importance to us",
      "4.|First, climate change remains the greatest threat to the peoples of the Pacific",
      "5.|Our coastlines are retreating, and our villages are moving inland",
      "6.|Second, sea-level rise must not diminish the maritime zones of island States",
      "7.|Third, the financial architecture must be reformed so that it works for small States",
      "8.|I thank you, Mr. President",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(statement.join("")));
  });

  it("hold a series written inside one of them as its points", () => {
    const lines = [...report];
    lines[3] =
      "2. 政府将于明年推出以下措施：(i) 优化上市制度，缩短审批时间；(ii) 研究降低印花税；(iii) 扩大互联互通的产品范围。";
    const outline = outlineOf(lines);
    expect(pointTree(outline.points).slice(0, 12)).toEqual([
      "一、|经济发展",
      "  |巩固金融中心",
      "    1.|第1段的内容，政府会继续推进这项工作",
      "    2.|政府将于明年推出以下措施",
      "      (i)|优化上市制度，缩短审批时间",
      "      (ii)|研究降低印花税",
      "      (iii)|扩大互联互通的产品范围",
      "    3.|第3段的内容，政府会继续推进这项工作",
      "  |发展创新科技",
      "    4.|第4段的内容，政府会继续推进这项工作",
      "    5.|第5段的内容，政府会继续推进这项工作",
      "二、|改善民生",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(lines.join("")));
  });

  it("hold a list on lines of its own that one of them introduces as its points", () => {
    const withList = (items: readonly string[]) => [
      ...report.slice(0, 3),
      "2. 政府将分两期推进以下工作：",
      ...items,
      ...report.slice(4),
    ];
    const sentences = [
      "(a) 第一期：翻新南段的儿童游乐场，改建为共融游乐场。",
      "(b) 在沿线改善三段斜道的坡度，并增设无障碍洗手间。",
    ];
    expect(pointTree(outlineOf(withList(sentences)).points).slice(0, 11)).toEqual([
      "一、|经济发展",
      "  |巩固金融中心",
      "    1.|第1段的内容，政府会继续推进这项工作",
      "    2.|政府将分两期推进以下工作",
      "      (a)|第一期",
      "      (b)|在沿线改善三段斜道的坡度，并增设无障碍洗手间",
      "    3.|第3段的内容，政府会继续推进这项工作",
      "  |发展创新科技",
      "    4.|第4段的内容，政府会继续推进这项工作",
      "    5.|第5段的内容，政府会继续推进这项工作",
      "二、|改善民生",
    ]);
    const headed = [
      "(a) 调整津贴金额：每所学校的津贴增至约70万元。",
      "(b) 扩大津贴用途：学校亦可用于举办活动。",
    ];
    expect(pointTree(outlineOf(withList(headed)).points)).toContain("      (a)|调整津贴金额");
  });

  it("hold a lettered list of figures on lines of its own that one of them introduces (`a. 2022: …;`)", () => {
    const paragraphs = numberedOn((n) => `${n}. Mr Chairman, this is what we did in the year, item ${n}.`);
    const speech = [
      "COMMITTEE OF SUPPLY SPEECH",
      ...paragraphs(2),
      "A. Keeping Up with Housing Demand",
      ...paragraphs(3),
      ...paragraphs(
        1,
        (n) => `${n}. The take-up of the proximity grant over the past three years was as follows:`,
      ),
      "a. 2022: 11,900 households;",
      "b. 2023: 12,800 households; and",
      "c. 2024: 13,600 households.",
      ...paragraphs(2),
      "B. Keeping Public Housing Affordable",
      ...paragraphs(4),
    ];
    const outline = englishOutlineOf(speech);
    expect(pointTree(outline.points)).toEqual([
      "1.|Mr Chairman, this is what we did in the year, item 1",
      "2.|Mr Chairman, this is what we did in the year, item 2",
      "A.|Keeping Up with Housing Demand",
      "  3.|Mr Chairman, this is what we did in the year, item 3",
      "  4.|Mr Chairman, this is what we did in the year, item 4",
      "  5.|Mr Chairman, this is what we did in the year, item 5",
      "  6.|The take-up of the proximity grant over the past three years was as follows",
      "    a.|2022",
      "    b.|2023",
      "    c.|2024",
      "  7.|Mr Chairman, this is what we did in the year, item 7",
      "  8.|Mr Chairman, this is what we did in the year, item 8",
      "B.|Keeping Public Housing Affordable",
      "  9.|Mr Chairman, this is what we did in the year, item 9",
      "  10.|Mr Chairman, this is what we did in the year, item 10",
      "  11.|Mr Chairman, this is what we did in the year, item 11",
      "  12.|Mr Chairman, this is what we did in the year, item 12",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(speech.join("")));
  });

  it("numbering prose through parts with no lines under them, nest under the parts", () => {
    const prose = (n: number) =>
      `${n}. 過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第${n}季仍然穩步增長。政府會繼續推進各項工作。`;
    const speech = [
      "甲、引言",
      prose(1),
      prose(2),
      "乙、經濟概況",
      prose(3),
      prose(4),
      prose(5),
      "丙、結語",
      prose(6),
    ];
    expect(pointTree(outlineOf(speech).points)).toEqual([
      "甲、|引言",
      "  1.|過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第1季仍然穩步增長",
      "  2.|過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第2季仍然穩步增長",
      "乙、|經濟概況",
      "  3.|過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第3季仍然穩步增長",
      "  4.|過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第4季仍然穩步增長",
      "  5.|過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第5季仍然穩步增長",
      "丙、|結語",
      "  6.|過去一年，環球經濟在高息環境下復甦步伐不一，本港經濟第6季仍然穩步增長",
    ]);
    // Measures numbered through parts open with a title: they stay points.
    const measures = [
      "一、稳就业",
      "1.落实稳岗政策。全面落实补助。",
      "2.开展专项招聘。每月举办一次。",
      "二、保民生",
    ];
    measures.push(
      "3.完善社会救助。扩大覆盖范围。",
      "4.加强养老服务。新建站点五个。",
      "5.办好民生实事。按期完成。",
    );
    measures.push("6.提升医疗水平。推进医联体。");
    expect(pointTree(outlineOf(measures).points).filter((line) => /^\s+\d/u.test(line))).toHaveLength(6);
  });

  it("stay points when they start again under each section", () => {
    const restarting = [
      "一、经济发展",
      "巩固金融中心",
      ...numbered(1, 3),
      "发展创新科技",
      ...numbered(4, 5),
      "二、改善民生",
      "增加房屋供应",
      ...numbered(1, 3),
      "加强安老服务",
      ...numbered(4, 5),
    ];
    const tree = pointTree(outlineOf(restarting).points);
    expect(tree.filter((line) => /^ {2}\d\./u.test(line))).toHaveLength(10);
  });

  it("stay points without lines that head them (measures numbered through a document)", () => {
    const measures = ["一、支持企业发展", ...numbered(1, 4), "二、优化营商环境", ...numbered(5, 8)];
    const tree = pointTree(outlineOf(measures).points);
    expect(tree.filter((line) => /^ {2}\d\./u.test(line))).toHaveLength(8);
  });

  it("heading their own decimal clauses (`1. PURPOSE OF THE REPORT` over `1.1 …`), number sections", () => {
    const clause = (n: string) =>
      `${n} The Council will consider this matter at its next meeting and report on progress in due course.`;
    const report = [
      "HARTFIELD BOROUGH COUNCIL",
      "CONTENTS",
      "1. Purpose of the report .......... 2",
      "2. Recommendations .......... 2",
      "3. Implications .......... 3",
      "1. PURPOSE OF THE REPORT",
      clause("1.1"),
      clause("1.2"),
      "2. RECOMMENDATIONS",
      clause("2.1"),
      "3. IMPLICATIONS",
      "3.1 Financial",
      clause("3.1.1"),
      "3.2 Legal",
      clause("3.2.1"),
      "4. CONSULTATION",
      clause("4.1"),
      "5. RISKS",
      clause("5.1"),
      "6. NEXT STEPS",
      clause("6.1"),
    ];
    const outline = englishOutlineOf(report, "\n\n");
    expect(pointTree(outline.points).filter((line) => !line.startsWith(" "))).toEqual([
      "1.|PURPOSE OF THE REPORT",
      "2.|RECOMMENDATIONS",
      "3.|IMPLICATIONS",
      "4.|CONSULTATION",
      "5.|RISKS",
      "6.|NEXT STEPS",
    ]);
  });

  it("stay points when most paragraphs carry no number", () => {
    const sparse = report.flatMap((line) =>
      /^\d+\./u.test(line)
        ? [line, "这项工作涉及面广，需要各部门共同努力。", "我们将定期检查落实情况。"]
        : [line],
    );
    const tree = pointTree(outlineOf(sparse).points);
    expect(tree.filter((line) => /^ {2}\d+\./u.test(line))).toHaveLength(10);
  });
});

describe("an English report's decimal paragraph numbers", () => {
  const report = [
    "Adoption of the Riverside Design Code",
    "1. PURPOSE OF THE REPORT",
    "1.1 This report asks the Committee to consider the results of the second public consultation.",
    "1.2 Once adopted, the code will guide every planning decision in the Riverside Quarter.",
    "2. KEY CHANGES",
    "2.1 Building heights",
    "2.1.1 The consultation draft allowed buildings of up to twelve storeys near the railway.",
    "2.2 Affordable housing",
    "2.2.1 The draft repeated the Local Plan requirement for thirty per cent affordable homes.",
    "3. NEXT STEPS",
    "3.1 Officers have considered every response.",
    "3.2 The code is ready. It takes effect on the day the Committee adopts it.",
  ];

  it("number paragraphs of prose and lines that head sections alike: points, each under its section", () => {
    const outline = englishOutlineOf(report);
    expect(pointTree(outline.points)).toEqual([
      "1.|PURPOSE OF THE REPORT",
      "  1.1|This report asks the Committee to consider the results of the second public consultation",
      "  1.2|Once adopted, the code will guide every planning decision in the Riverside Quarter",
      "2.|KEY CHANGES",
      "  2.1|Building heights",
      "    2.1.1|The consultation draft allowed buildings of up to twelve storeys near the railway",
      "  2.2|Affordable housing",
      "    2.2.1|The draft repeated the Local Plan requirement for thirty per cent affordable homes",
      "3.|NEXT STEPS",
      "  3.1|Officers have considered every response",
      "  3.2|The code is ready",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(report.join("")));
  });

  it("in a chapter numbered by its paragraphs alone, nest under the short lines that group them", () => {
    const chapter = [
      "CHAPTER 3: INSPECTION AND MAINTENANCE OF THE BRIDGE",
      "Introduction",
      "3.1 This chapter examines how the footbridge was inspected and maintained before it fell.",
      "3.2 In preparing this chapter I have had the benefit of written and oral evidence.",
      "The inspection regime",
      "3.3 When the Council took over the footbridge it inherited a structure in good condition.",
      "3.4 That regime followed the national code of practice then in force for all bridges.",
      "Conclusions",
      "3.5 The Council did not inspect the hangers, and it should have done so.",
      "3.6 The failures were of system, not of any one person working within it.",
    ];
    const outline = englishOutlineOf(chapter);
    // The chapter's own heading over it all is the excerpt's title.
    expect(outline.title).toBe("CHAPTER 3: INSPECTION AND MAINTENANCE OF THE BRIDGE");
    expect(pointTree(outline.points)).toEqual([
      "|Introduction",
      "  3.1|This chapter examines how the footbridge was inspected and maintained before it fell",
      "  3.2|In preparing this chapter I have had the benefit of written and oral evidence",
      "|The inspection regime",
      "  3.3|When the Council took over the footbridge it inherited a structure in good condition",
      "  3.4|That regime followed the national code of practice then in force for all bridges",
      "|Conclusions",
      "  3.5|The Council did not inspect the hangers, and it should have done so",
      "  3.6|The failures were of system, not of any one person working within it",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(chapter.join("")));
  });

  it("are points when most of them head what follows with a few words", () => {
    const headed = [
      "Water Security Statement",
      "1. Supply",
      "1.1 New reservoirs.",
      "We will build two.",
      "1.2 Fix the leaks.",
      "Leakage fell by a fifth.",
      "1.3 Recycle more.",
      "We will recycle water.",
      "1.4 Meter every home.",
      "Meters save water.",
      "1.5 This paragraph is a long sentence of plain text about the plan.",
    ];
    expect(pointTree(englishOutlineOf(headed).points)).toEqual([
      "1.|Supply",
      "  1.1|New reservoirs",
      "  1.2|Fix the leaks",
      "  1.3|Recycle more",
      "  1.4|Meter every home",
      "  1.5|This paragraph is a long sentence of plain text about the plan",
    ]);
  });

  it("head sections when they say no sentence, a label's title after a colon too, beside paragraphs of prose", () => {
    const prose = "Occupancy surveys found that most zones are full in the evening, and demand keeps rising.";
    const parking = [
      "Review of the Residents' Parking Permit Scheme",
      "1. BACKGROUND",
      `1.1 ${prose}`,
      `1.2 ${prose}`,
      "2. FINDINGS",
      "2.1 Demand and occupancy",
      prose,
      "2.2 Vehicle emissions",
      prose,
      "3. OPTIONS CONSIDERED",
      "3.1 Option 1: Retain the current flat-rate scheme",
      prose,
      "3.2 Option 2: Emissions-based charging for all permits",
      prose,
      "4. CONSULTATION",
      "4.1 A total of 412 responses were received: 361 from individuals and 51 from businesses.",
      "4.2 Reason for the change: to bring the charges in line with the cost of the scheme.",
    ];
    expect(pointTree(englishOutlineOf(parking).points)).toEqual([
      "1.|BACKGROUND",
      "  1.1|Occupancy surveys found that most zones are full in the evening, and demand keeps rising",
      "  1.2|Occupancy surveys found that most zones are full in the evening, and demand keeps rising",
      "2.|FINDINGS",
      "  2.1|Demand and occupancy",
      "  2.2|Vehicle emissions",
      "3.|OPTIONS CONSIDERED",
      "  3.1|Option 1: Retain the current flat-rate scheme",
      "  3.2|Option 2: Emissions-based charging for all permits",
      "4.|CONSULTATION",
      "  4.1|A total of 412 responses were received",
      "  4.2|Reason for the change",
    ]);
  });

  it("head recommendations that each name themselves before a colon, beside paragraphs of prose", () => {
    const observed = "The Committee observed that counties are not obliged to buy from the national agency.";
    const recommendations = [
      "Report on the Inquiry into Essential Medicines",
      "1. PROCUREMENT",
      observed,
      "1.1 Framework contracts: The Ministry should within six months develop a framework contract.",
      "1.2 Restoration of the revolving fund: The Treasury should restore the agency's capital in full.",
      "2. COUNTY FINANCING",
      observed,
      "2.1 Ring-fenced allocation: Counties should ring-fence twelve per cent of their health budget.",
      "2.2 Clearance of arrears: The Controller of Budget should report on each county's pending bills.",
      "3. NEXT STEPS",
      "3.1 The Committee will follow up on each recommendation with the implementing agency.",
      "3.2 Each agency is expected to respond to the House within sixty days of tabling.",
      "3.3 The Committee will visit the county facilities again before the end of the session.",
      "4. BACKGROUND PAPERS",
      "4.1 Essential Medicines: A Survey of County Facilities, Ministry of Health, May 2024.",
    ];
    expect(pointTree(englishOutlineOf(recommendations).points)).toEqual([
      "1.|PROCUREMENT",
      "  1.1|Framework contracts",
      "  1.2|Restoration of the revolving fund",
      "2.|COUNTY FINANCING",
      "  2.1|Ring-fenced allocation",
      "  2.2|Clearance of arrears",
      "3.|NEXT STEPS",
      "  3.1|The Committee will follow up on each recommendation with the implementing agency",
      "  3.2|Each agency is expected to respond to the House within sixty days of tabling",
      "  3.3|The Committee will visit the county facilities again before the end of the session",
      "4.|BACKGROUND PAPERS",
      "  4.1|Essential Medicines",
    ]);
  });
});

describe("paragraph numbers under lettered headings of a group", () => {
  it("are points among the groups' lines and the lettered lines that head them", () => {
    const summary = [
      "Mthembu v Minister of Water",
      "MEDIA SUMMARY",
      "The following note is provided to assist the media and is not binding on the Court.",
      "Background",
      "[1] The Court handed down judgment today in an application about water.",
      "[2] The settlement has had no reliable supply of piped water since 2019.",
      "Litigation history",
      "[3] The High Court granted the declaration, and the appeal court set part of it aside.",
      "Issues before this Court",
      "[4] This Court had to decide three issues: jurisdiction, the right of access to water, and costs.",
      "Majority judgment",
      "[5] In a majority judgment the Court upheld the appeal.",
      "(a) Jurisdiction and leave to appeal",
      "[6] The majority held that the matter raises constitutional issues.",
      "(b) The right of access to water",
      "[7] The majority held that the supervisory order was within the court's powers.",
      "[8] It did not prescribe how the municipality should supply the water.",
      "(c) Costs",
      "[9] The majority held that the municipality must pay the costs of the application.",
      "Dissenting judgment",
      "[10] In a dissenting judgment two justices would have dismissed the appeal.",
      "Order",
      "[11] The Court made the following order:",
      "1. Leave to appeal is granted.",
      "2. The appeal is upheld with costs.",
    ];
    const outline = englishOutlineOf(summary, "\n\n");
    expect(pointTree(outline.points).map((line) => line.trim())).toEqual([
      "|Background",
      "[1]|The Court handed down judgment today in an application about water",
      "[2]|The settlement has had no reliable supply of piped water since 2019",
      "|Litigation history",
      "[3]|The High Court granted the declaration, and the appeal court set part of it aside",
      "|Issues before this Court",
      "[4]|This Court had to decide three issues",
      "|Majority judgment",
      "[5]|In a majority judgment the Court upheld the appeal",
      "(a)|Jurisdiction and leave to appeal",
      "[6]|The majority held that the matter raises constitutional issues",
      "(b)|The right of access to water",
      "[7]|The majority held that the supervisory order was within the court's powers",
      "[8]|It did not prescribe how the municipality should supply the water",
      "(c)|Costs",
      "[9]|The majority held that the municipality must pay the costs of the application",
      "|Dissenting judgment",
      "[10]|In a dissenting judgment two justices would have dismissed the appeal",
      "|Order",
      "[11]|The Court made the following order",
      "1.|Leave to appeal is granted",
      "2.|The appeal is upheld with costs",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(summary.join("")));
  });

  it("are points among the groups' lines and labelled lines that ask what they answer (`Issue 1: Was …?`)", () => {
    const judgment = [
      "Harcourt v Pemberton Lettings Limited",
      "Introduction",
      "1. This is a claim by a former tenant against her former landlord for a penalty under the Act.",
      "2. The claim was issued on 11 March 2024 and allocated to the multi-track by the district judge.",
      "Background",
      "3. The Defendant let the flat to the Claimant for twelve months from 5 June 2023.",
      "4. The Defendant protected the deposit with the scheme on 14 July 2023, six weeks later.",
      "Discussion",
      "5. I take each of the agreed issues in turn, in the order in which counsel argued them.",
      "Issue 1: Was the deposit protected within 30 days?",
      "6. The deposit was received on 2 June 2023, when the money reached the client account.",
      "7. It was protected outside the period, so the Defendant failed to comply with the Act.",
      "Issue 2: What award should be made?",
      "8. I consider that the appropriate award is one and a half times the amount of the deposit.",
      "Decision",
      "9. I order the Defendant to pay the Claimant that sum within 14 days of this judgment.",
    ];
    const outline = englishOutlineOf(judgment, "\n\n");
    expect(pointTree(outline.points).map((line) => line.trim())).toEqual([
      "|Introduction",
      "1.|This is a claim by a former tenant against her former landlord for a penalty under the Act",
      "2.|The claim was issued on 11 March 2024 and allocated to the multi-track by the district judge",
      "|Background",
      "3.|The Defendant let the flat to the Claimant for twelve months from 5 June 2023",
      "4.|The Defendant protected the deposit with the scheme on 14 July 2023, six weeks later",
      "|Discussion",
      "5.|I take each of the agreed issues in turn, in the order in which counsel argued them",
      "Issue 1:|Was the deposit protected within 30 days",
      "6.|The deposit was received on 2 June 2023, when the money reached the client account",
      "7.|It was protected outside the period, so the Defendant failed to comply with the Act",
      "Issue 2:|What award should be made",
      "8.|I consider that the appropriate award is one and a half times the amount of the deposit",
      "|Decision",
      "9.|I order the Defendant to pay the Claimant that sum within 14 days of this judgment",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(judgment.join("")));
  });
});

describe("paragraph numbers from the opening across parts with short lines grouping them", () => {
  it("nest under those lines, the parts beside the opening's group", () => {
    const paragraphs = numberedOn(
      (n) =>
        `${n}. Madam Speaker, the measures in item ${n} are set out in the Finance Bill. They are costed.`,
    );
    const speech = [
      "BUDGET SPEECH 2025/26",
      "Introduction",
      ...paragraphs(2),
      "PART ONE: ECONOMIC AND FISCAL REVIEW",
      "Global environment",
      ...paragraphs(2),
      "Domestic performance",
      ...paragraphs(3),
      "Public debt",
      ...paragraphs(2),
      "PART TWO: REVENUE MEASURES",
      "Tax administration",
      ...paragraphs(2),
      "Personal income tax",
      ...paragraphs(2),
    ];
    const outline = englishOutlineOf(speech, "\n\n");
    expect(pointTree(outline.points).map((line) => line.replace(/\|Madam Speaker.*$/u, ""))).toEqual([
      "|Introduction",
      "  1.",
      "  2.",
      "PART ONE:|ECONOMIC AND FISCAL REVIEW",
      "  |Global environment",
      "    3.",
      "    4.",
      "  |Domestic performance",
      "    5.",
      "    6.",
      "    7.",
      "  |Public debt",
      "    8.",
      "    9.",
      "PART TWO:|REVENUE MEASURES",
      "  |Tax administration",
      "    10.",
      "    11.",
      "  |Personal income tax",
      "    12.",
      "    13.",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(speech.join("")));
  });
});

describe("paragraph numbers across lettered headings in each part", () => {
  const speech = [
    "BUDGET SPEECH 2026",
    "I. INTRODUCTION",
    "1. Madam Speaker, I beg to move that the House approves the Budget Estimates for the year.",
    "2. This is the third Budget of this Government, and it comes at a time of recovery.",
    "II. ECONOMIC REVIEW",
    "A. Global Economy",
    "3. Madam Speaker, the global economy grew by an estimated three per cent last year.",
    "B. Domestic Economy",
    "4. Our economy grew by five per cent, led by agriculture, construction and tourism.",
    "III. REVENUE MEASURES",
    "5. Madam Speaker, I now turn to revenue measures, where too much of the burden falls on a few.",
    "A. Tax Administration",
    "6. The Revenue Authority will complete the roll-out of electronic invoicing by March.",
    "B. Tax Policy Measures",
    "7. I propose to raise the personal income tax threshold from the first of July.",
    "IV. CONCLUSION",
    "8. Madam Speaker, this Budget does not promise miracles, but it keeps faith with our people.",
  ];

  it("keeps each part's lettered headings beside a numbered paragraph before them, the paragraphs after under them", () => {
    const outline = englishOutlineOf(speech, "\n\n");
    expect(pointTree(outline.points)).toEqual([
      "I.|INTRODUCTION",
      "  1.|Madam Speaker, I beg to move that the House approves the Budget Estimates for the year",
      "  2.|This is the third Budget of this Government, and it comes at a time of recovery",
      "II.|ECONOMIC REVIEW",
      "  A.|Global Economy",
      "    3.|Madam Speaker, the global economy grew by an estimated three per cent last year",
      "  B.|Domestic Economy",
      "    4.|Our economy grew by five per cent, led by agriculture, construction and tourism",
      "III.|REVENUE MEASURES",
      "  5.|Madam Speaker, I now turn to revenue measures, where too much of the burden falls on a few",
      "  A.|Tax Administration",
      "    6.|The Revenue Authority will complete the roll-out of electronic invoicing by March",
      "  B.|Tax Policy Measures",
      "    7.|I propose to raise the personal income tax threshold from the first of July",
      "IV.|CONCLUSION",
      "  8.|Madam Speaker, this Budget does not promise miracles, but it keeps faith with our people",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(speech.join("")));
  });
});

describe("recommendations numbered through an audit's lettered findings", () => {
  it("keeps each finding's heading, its label and colon included, over the recommendations after it", () => {
    const audit = [
      "Audit of Fleet Vehicle Maintenance",
      "I. BACKGROUND",
      "A. Fleet Services Division",
      "Fleet Services maintains 1,240 vehicles for twenty departments.",
      "B. Fuel Program",
      "The City buys fuel through a card program.",
      "II. FINDINGS AND RECOMMENDATIONS",
      "A. Finding 1: Preventive maintenance is frequently overdue",
      "Only 61 percent of services were done on time. We recommend that the Fleet Services Manager:",
      "1. Configure the fleet system to send automatic notices when a vehicle is due for service.",
      "2. Report the preventive maintenance completion rate to the Director each quarter.",
      "B. Finding 2: Fuel card controls are weak",
      "We found 87 active fuel cards assigned to vehicles already sold. We recommend that the Manager:",
      "3. Deactivate fuel cards within two business days of a vehicle's disposal.",
      "III. MANAGEMENT RESPONSE",
      "The Director agreed with all three recommendations.",
    ];
    const outline = englishOutlineOf(audit, "\n");
    expect(pointTree(outline.points)).toEqual([
      "I.|BACKGROUND",
      "  A.|Fleet Services Division",
      "  B.|Fuel Program",
      "II.|FINDINGS AND RECOMMENDATIONS",
      "  A.|Finding 1: Preventive maintenance is frequently overdue",
      "    1.|Configure the fleet system to send automatic notices when a vehicle is due for service",
      "    2.|Report the preventive maintenance completion rate to the Director each quarter",
      "  B.|Finding 2: Fuel card controls are weak",
      "    3.|Deactivate fuel cards within two business days of a vehicle's disposal",
      "III.|MANAGEMENT RESPONSE",
    ]);
  });
});

describe("a numbered paragraph's own list", () => {
  it("counts as no paragraph of the text: its numbers still number paragraphs under the headings", () => {
    const circular = [
      "Use of the Life-wide Learning Grant",
      "Background",
      "1. The Bureau has provided the grant to schools since 2019.",
      "2. Schools report that the grant supports many kinds of activity.",
      "Details",
      "3. From this school year, schools must follow these principles:",
      "(a) the grant must be used for activities that benefit students directly;",
      "(b) schools should give priority to students in financial need; and",
      "(c) at least a tenth of the grant must go to study tours.",
      "4. Schools may hire staff with the grant, up to a third of it.",
      "Reporting",
      "5. Schools must report how they used the grant in their annual report.",
      "6. The Bureau will check accounts during school inspections.",
    ];
    const outline = englishOutlineOf(circular, "\n\n");
    expect(pointTree(outline.points).filter((line) => !line.trim().startsWith("("))).toEqual([
      "|Background",
      "  1.|The Bureau has provided the grant to schools since 2019",
      "  2.|Schools report that the grant supports many kinds of activity",
      "|Details",
      "  3.|From this school year, schools must follow these principles",
      "  4.|Schools may hire staff with the grant, up to a third of it",
      "|Reporting",
      "  5.|Schools must report how they used the grant in their annual report",
      "  6.|The Bureau will check accounts during school inspections",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(circular.join("")));
  });

  it("leaves an opening part's name over its unnumbered prose beside the groups' lines, its list under its paragraph", () => {
    const circular = [
      "優化生涯規劃津貼的安排",
      "摘要",
      "本通告旨在告知學校由2024/25學年起優化生涯規劃教育的安排，以及生涯規劃津貼的新金額與用途。",
      "背景",
      "1.　本局自2014/15學年起，向公營中學提供生涯規劃津貼，協助學校推行生涯規劃教育。",
      "2.　本局於2022/23學年委託本地大學進行檢討，結果顯示學校普遍認同津貼的成效。",
      "詳情",
      "3.　因應上述檢討結果，本局由2024/25學年起推行以下優化措施：",
      "(a)　調整津貼金額：每所學校的津貼將按通脹調整。",
      "(b)　擴大津貼用途：學校可運用津貼購買服務。",
      "4.　學校須在周年計劃中清楚列明生涯規劃教育的目標及推行策略。",
      "5.　本局將於2024年10月舉行簡介會，向學校講解新安排的細節。",
      "生效日期",
      "6.　本通告的安排由2024年9月1日起生效。",
      "查詢",
      "7.　如對本通告有任何查詢，請致電本局生涯規劃組。",
    ];
    const outline = buildOutline(plainSource(circular.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "|摘要",
      "|背景",
      "  1.|本局自2014/15學年起，向公營中學提供生涯規劃津貼，協助學校推行生涯規劃教育",
      "  2.|本局於2022/23學年委託本地大學進行檢討，結果顯示學校普遍認同津貼的成效",
      "|詳情",
      "  3.|因應上述檢討結果，本局由2024/25學年起推行以下優化措施",
      "    (a)|調整津貼金額",
      "    (b)|擴大津貼用途",
      "  4.|學校須在周年計劃中清楚列明生涯規劃教育的目標及推行策略",
      "  5.|本局將於2024年10月舉行簡介會，向學校講解新安排的細節",
      "|生效日期",
      "  6.|本通告的安排由2024年9月1日起生效",
      "|查詢",
      "  7.|如對本通告有任何查詢，請致電本局生涯規劃組",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(circular.join("")));
  });
});

describe("a Chinese report's decimal paragraph numbers", () => {
  const report = [
    "公共服務檢討報告",
    "第一章 引言",
    "1.1 為配合社會發展及市民習慣的轉變，本署於二〇二三年九月展開公共服務的全面檢討工作。",
    "1.2 檢討期間，我們於二〇二四年三月至五月進行為期三個月的公眾諮詢，收集各界意見。",
    "第二章 服務現況",
    "2.1 二〇二三年，登記使用者約四百六十萬人，全年服務人次約二千八百萬，較前年上升。",
    "2.2 與此同時，電子服務的使用量大幅上升。",
    "第三章 主要建議",
    "3.1 綜合上述意見，我們提出以下兩項建議。",
    "建議一\u3000延長服務時間",
    "3.2 由二〇二五年第二季起，分階段把全港六間主要服務中心的開放時間延長至晚上十一時。",
    "建議二\u3000擴展電子服務",
    "3.3 在未來三年把電子服務的種類增加一半，並推出新一代流動應用程式，整合各項功能。",
    "3.4 我們感謝所有提出意見的市民。",
  ];

  it("number paragraphs of prose, short ones too, under the chapters and the lines that head them", () => {
    const outline = outlineOf(report);
    expect(pointTree(outline.points)).toEqual([
      "第一章|引言",
      "  1.1|為配合社會發展及市民習慣的轉變，本署於二〇二三年九月展開公共服務的全面檢討工作",
      "  1.2|檢討期間，我們於二〇二四年三月至五月進行為期三個月的公眾諮詢，收集各界意見",
      "第二章|服務現況",
      "  2.1|二〇二三年，登記使用者約四百六十萬人，全年服務人次約二千八百萬，較前年上升",
      "  2.2|與此同時，電子服務的使用量大幅上升",
      "第三章|主要建議",
      "  3.1|綜合上述意見，我們提出以下兩項建議",
      "  建議一|延長服務時間",
      "    3.2|由二〇二五年第二季起，分階段把全港六間主要服務中心的開放時間延長至晚上十一時",
      "  建議二|擴展電子服務",
      "    3.3|在未來三年把電子服務的種類增加一半，並推出新一代流動應用程式，整合各項功能",
      "    3.4|我們感謝所有提出意見的市民",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(report.join("")));
  });

  it("are points when they head what follows with a short sentence", () => {
    const headed = [
      "二〇二四年工作總結",
      "一、主要工作",
      "1.1 加強組織領導。成立工作專班，每月召開一次推進會議，研究解決重點難點問題。",
      "1.2 完善制度建設。修訂管理辦法十二項，建立健全考核評價機制，壓實各方責任。",
      "1.3 強化督查落實。對重點任務實行清單化管理，逐項明確責任單位和完成時限。",
      "1.4 推進數字改革。上線綜合服務平台，實現八成以上事項網上辦理，群眾少跑腿。",
    ];
    expect(pointTree(outlineOf(headed).points)).toEqual([
      "一、|主要工作",
      "  1.1|加強組織領導",
      "  1.2|完善制度建設",
      "  1.3|強化督查落實",
      "  1.4|推進數字改革",
    ]);
  });
});
