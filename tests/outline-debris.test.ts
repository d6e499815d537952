import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { pointTree } from "./helpers/outline-text.js";
import { plainSource } from "./helpers/plain-source.js";

const NOTICE = [
  "关于做好防汛工作的通知",
  "各县（市、区）人民政府：",
  "一、压实防汛责任。各地要落实防汛责任制。",
  "二、加强隐患排查。要对水库、堤防开展排查。",
  "特此通知。",
];

/** The parts of a 公文's closing block, in the order they stand. */
const ATTACHMENT_LIST = ["附件：1．防汛重点部位清单", "2．防汛值班表"];
const SIGNATURE = ["临江市防汛抗旱指挥部"];
const DATES = ["2024年5月10日", "二〇二四年五月十日", "2024 年 5 月 10 日"];
const NOTES = ["（此件公开发布）", "（联系人：王明；联系电话：0571-87654321）"];
const RECORDS = [
  "抄送：省防汛抗旱指挥部办公室，市应急管理局。",
  "临江市防汛抗旱指挥部办公室　2024年5月11日印发",
];

describe("a 公文's closing block", () => {
  it("the attachments list, signature, date, notes and records close the text, not the last point", () => {
    const block = [...ATTACHMENT_LIST, ...SIGNATURE, "2024年5月10日", ...NOTES, ...RECORDS];
    const outline = buildOutline(plainSource([...NOTICE, ...block].join("\n")));
    expect(outline.closing).toEqual(block);
    expect(outline.points.at(-1)?.paragraphs).toEqual(["要对水库、堤防开展排查。", "特此通知。"]);
  });

  it("a press release's end mark (`ENDS`, `- END -`, `# # #`) closes its text with the contact after it", () => {
    for (const mark of ["ENDS", "- END -", "# # #"]) {
      const release = [
        "Minister Opens Flood Recovery Office",
        "1. A recovery office in every district.",
        "The offices open on Monday.",
        "2. A grant for every household.",
        "Applications open next week.",
        mark,
        "Media contact: Jo Ruiz, 021 555 0178",
      ];
      const outline = buildOutline({ ...plainSource(release.join("\n\n")), script: "en" });
      expect(outline.closing).toEqual([mark, "Media contact: Jo Ruiz, 021 555 0178"]);
      expect(pointTree(outline.points)).toEqual([
        "1.|A recovery office in every district",
        "2.|A grant for every household",
      ]);
    }
  });

  it("a list's last numbered item right above the issuer and the date is a point, not a line of the signature", () => {
    const points = [
      "临江区2024年教育工作要点",
      "一、统筹教育发展和安全",
      "1.深入开展校园安全隐患排查整治",
      "2.加强校园食品安全管理",
      "3.做好教育系统信访维稳工作",
    ];
    const outline = buildOutline(plainSource([...points, "临江区教育局", "2024年2月20日"].join("\n")));
    expect(outline.closing).toEqual(["临江区教育局", "2024年2月20日"]);
    expect(outline.points[0]?.children.map((p) => p.heading)).toEqual([
      "深入开展校园安全隐患排查整治",
      "加强校园食品安全管理",
      "做好教育系统信访维稳工作",
    ]);
  });

  it("a glossary attached at the end (`附件：名词解释` and its numbered terms) closes the text", () => {
    const glossary = [
      "附件：名词解释",
      "1.“白改黑”：指将水泥路面改造为沥青路面。",
      "2.稻虾共作：指稻田里养殖小龙虾的种养模式。",
    ];
    const outline = buildOutline(plainSource([...NOTICE, ...glossary].join("\n")));
    expect(outline.closing).toEqual(glossary);
    expect(outline.points.map((p) => p.heading)).toEqual(["压实防汛责任", "加强隐患排查"]);
  });

  it("a page's list of files to download (`附件下載`) closes the text", () => {
    const files = ["附件下載", "禁止吸菸場所位置圖.pdf（1.2MB）", "公告全文.odt"];
    const outline = buildOutline(plainSource([...NOTICE, ...files].join("\n")));
    expect(outline.closing).toEqual(files);
  });

  it("the printer's name on a line of its own before the date it printed on", () => {
    const records = ["抄送：市应急管理局。", "临江市防汛抗旱指挥部办公室", "2024年5月11日印发"];
    const outline = buildOutline(plainSource([...NOTICE, ...records].join("\n")));
    expect(outline.closing).toEqual(records);
  });

  it("who researched and wrote a report (`调研组组长：…`, `执笔：…`) closes the text", () => {
    const credits = ["调研组组长：吴志诚", "调研组成员：林海燕\u3000钟建伟\u3000邱晓峰", "执笔：邱晓峰"];
    const outline = buildOutline(plainSource([...NOTICE, ...credits].join("\n")));
    expect(outline.closing).toEqual(credits);
    expect(pointTree(outline.points)).toEqual(pointTree(buildOutline(plainSource(NOTICE.join("\n"))).points));
  });

  it("a note only a 公文 has closes the text without a signature; a bracketed aside does not", () => {
    expect(buildOutline(plainSource([...NOTICE, "（此件公开发布）"].join("\n"))).closing).toEqual([
      "（此件公开发布）",
    ]);
    const aside = buildOutline(plainSource([...NOTICE, "（全场热烈鼓掌）"].join("\n")));
    expect(aside.closing).toEqual([]);
    expect(aside.points.at(-1)?.paragraphs.at(-1)).toBe("（全场热烈鼓掌）");
  });

  it("any closing block, whole or in part: exactly its lines close the text, the points stay as they were", () => {
    const parts = fc.record({
      attachments: fc.boolean(),
      signature: fc.boolean(),
      date: fc.constantFrom(...DATES),
      notes: fc.subarray(NOTES),
      records: fc.subarray(RECORDS),
    });
    const plain = buildOutline(plainSource(NOTICE.join("\n")));
    fc.assert(
      fc.property(parts, ({ attachments, signature, date, notes, records }) => {
        const block = [
          ...(attachments ? ATTACHMENT_LIST : []),
          ...(signature ? SIGNATURE : []),
          date,
          ...notes,
          ...records,
        ];
        const outline = buildOutline(plainSource([...NOTICE, ...block].join("\n")));
        expect(outline.closing).toEqual(block);
        expect(outline.points).toEqual(plain.points);
      }),
      { numRuns: 100 },
    );
  });

  it("the same block before an attached document closes the text too; the document stays a part of its own", () => {
    const attached = [
      "附件",
      "防汛值班制度",
      "第一条　汛期实行二十四小时值班。",
      "第二条　值班人员不得擅离岗位。",
    ];
    const parts = fc.record({
      signature: fc.boolean(),
      date: fc.constantFrom(...DATES),
      notes: fc.subarray(NOTES),
    });
    const plain = buildOutline(plainSource(NOTICE.join("\n")));
    fc.assert(
      fc.property(parts, ({ signature, date, notes }) => {
        const block = [...(signature ? SIGNATURE : []), date, ...notes];
        const outline = buildOutline(plainSource([...NOTICE, ...block, ...attached].join("\n")));
        expect(outline.closing).toEqual(block);
        expect(outline.points.slice(0, -1)).toEqual(plain.points);
        expect(outline.points.at(-1)).toMatchObject({ marker: "附件", heading: "防汛值班制度" });
        expect(outline.points.at(-1)?.children.map((p) => p.marker)).toEqual(["第一条", "第二条"]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("pages appended after a 公文's sign-off", () => {
  /** An attached page as 公文 print it: its label, in one of its forms, its title, then its rows. */
  const page = (label: string, title: string, rows: string[]) => [label, title, ...rows];
  const TABLE = ["序号　部位　责任单位", "1　城南堤防　城南区水利局", "2　东湖水库　市水库管理处"];
  const NAMES = ["1.王明　市防汛办　0571-87654321", "2.李红　市应急局　0571-87654322"];
  const LISTS = [
    ["附件：", "1.防汛重点部位清单", "2.防汛值班表"],
    ["附件：1.防汛重点部位清单", "　　　2.防汛值班表"],
    ["附件：防汛重点部位清单"],
  ];

  it("close the text with the list and signature before them, numbered as their rows are", () => {
    const parts = fc.record({
      list: fc.constantFrom(...LISTS),
      date: fc.constantFrom(...DATES),
      notes: fc.subarray(NOTES),
      label: fc.constantFrom("附件1", "附件1：", "附件 1"),
      rows: fc.constantFrom(TABLE, NAMES, []),
      second: fc.boolean(),
      records: fc.subarray(RECORDS),
    });
    const plain = buildOutline(plainSource(NOTICE.join("\n")));
    fc.assert(
      fc.property(parts, ({ list, date, notes, label, rows, second, records }) => {
        const block = [
          ...list,
          ...SIGNATURE,
          date,
          ...notes,
          ...page(label, "防汛重点部位清单", rows),
          ...(second ? page(label.replace("1", "2"), "防汛值班表", NAMES) : []),
          ...records,
        ];
        const outline = buildOutline(plainSource([...NOTICE, ...block].join("\n")));
        expect(outline.closing).toEqual(block.map((line) => line.trim()));
        expect(outline.points).toEqual(plain.points);
      }),
      { numRuns: 100 },
    );
  });

  it("an attached page of numbered text after them stays a part of its own, a table after it does not", () => {
    const rules = [
      "附件1",
      "防汛值班制度",
      "第一条　汛期实行二十四小时值班。",
      "第二条　值班人员不得擅离岗位。",
    ];
    const table = page("附件2", "防汛重点部位清单", TABLE);
    const outline = buildOutline(
      plainSource([...NOTICE, ...LISTS[0]!, ...SIGNATURE, DATES[0]!, ...rules, ...table].join("\n")),
    );
    expect(outline.points.map((p) => p.marker)).toEqual(["一、", "二、", "附件1"]);
    expect(outline.points.at(-1)?.children.map((p) => p.marker)).toEqual(["第一条", "第二条"]);
    expect(outline.closing).toEqual([...LISTS[0]!, ...SIGNATURE, DATES[0]!, ...table]);
  });
});

describe("an appendix at the end of a report", () => {
  const REPORT = [
    "关于全市制造业数字化转型情况的调研报告",
    "一、基本情况",
    "全市规模以上工业企业关键工序数控化率达到58.3%。",
    "二、对策建议",
    "（一）分类推进转型。针对不同规模企业制定差异化转型路径。",
    "（二）强化人才支撑。支持高校与龙头企业共建产业学院。",
  ];
  const COMPANIES = ["1.临江重工机械股份有限公司", "2.华瑞电子科技有限公司", "3.东海精密模具有限公司"];

  it.each([
    ["附：参加调研的企业名单"],
    ["附件：参加调研的企业名单"],
    ["附表：参加调研的企业名单"],
    ["附表1　参加调研的企业名单"],
    ["附录：参加调研的企业名单"],
    ["附录", "参加调研的企业名单"],
    ["附件", "参加调研的企业名单"],
  ])("%s and the numbered list after it close the text", (...opener) => {
    const plain = buildOutline(plainSource(REPORT.join("\n")));
    const outline = buildOutline(plainSource([...REPORT, ...opener, ...COMPANIES].join("\n")));
    expect(outline.closing).toEqual([...opener, ...COMPANIES]);
    expect(outline.points).toEqual(plain.points);
  });

  it("a table under `附表：` inside the text is no appendix: the sections after it stay points", () => {
    const table = ["附表：主要指标完成情况", "1　数控化率　58.3%", "2　普及率　76.5%"];
    const after = ["二、存在问题", "中小企业转型意愿不强。"];
    const outline = buildOutline(plainSource([...REPORT.slice(0, 3), ...table, ...after].join("\n")));
    expect(outline.closing).toEqual([]);
    expect(outline.points.map((p) => p.marker)).toEqual(["一、", "二、"]);
    expect(outline.points.at(-1)?.paragraphs).toEqual(["中小企业转型意愿不强。"]);
  });

  it("a last point that speaks of an appendix stays a point", () => {
    const outline = buildOutline(
      plainSource([...REPORT, "附表所列企业要在年底前完成诊断评估。", ...COMPANIES].join("\n")),
    );
    expect(outline.closing).toEqual([]);
    expect(
      outline.points
        .at(-1)
        ?.children.at(-1)
        ?.children.map((p) => p.marker),
    ).toEqual(["1.", "2.", "3."]);
  });
});

describe("a memo's or report's list of attachments", () => {
  const REPORT = [
    "Renewing the Lease on the Riverside Warehouse",
    "1. Background",
    "We have stored furniture and archive boxes there since 2016.",
    "2. Recommendation",
    "Renew the lease for five years with a break clause at year three.",
  ];
  const english = (lines: string[]) =>
    buildOutline({ ...plainSource([...REPORT, ...lines].join("\n")), script: "en" });

  it.each([
    [["Attachments:", "1. Utilization data, 2023–24 (Excel)", "2. Market survey of warehouse rents"]],
    [["Enclosures:", "1. Draft heads of terms", "2. Floor plan of the warehouse"]],
    [["Appendices to this report:", "1. Schedule of works by ward", "2. Equality impact assessment"]],
    [["Attachment: Floor plan of the warehouse (PDF)"]],
    [["Appendices", "A. Utilization data", "B. Market survey"]],
    [["Attachments:", "1. Utilization data (Excel)", "cc: Finance and Audit Committee"]],
  ])("%j closes the text, numbered as it is", (closing) => {
    const outline = english(closing);
    expect(outline.closing).toEqual(closing);
    expect(outline.points.map((p) => p.marker)).toEqual(["1.", "2."]);
  });

  it("names on the list's own line, apart by semicolons, are no points, wherever the line stands", () => {
    const cover =
      "Attachments: 1. Capital Works Program Status Report (circulated separately); 2. Quarterly Budget Review";
    const prose =
      "The Shire delivered 68 per cent of its capital works program by the end of March, and expects to finish the year on budget.";
    const report = [REPORT[0], cover, "1. Purpose", prose, "2. Financial performance", prose];
    const outline = buildOutline({ ...plainSource(report.join("\n")), script: "en" });
    expect(outline.points.map((p) => p.marker)).toEqual(["1.", "2."]);
    expect(outline.preamble).toContain(cover);
  });

  it("a last point that speaks of its attachments stays a point", () => {
    const outline = english([
      "3. Attachments",
      "The attachments to this report are on the board's shared drive. Please read them before the meeting.",
    ]);
    expect(outline.closing).toEqual([]);
    expect(outline.points.map((p) => p.marker)).toEqual(["1.", "2.", "3."]);
  });
});

describe("a table set in columns", () => {
  it("keeps a row typed with ideographic spaces between its cells whole, and numbers no points with it", () => {
    const report = [
      "一、总体情况",
      "各县（市、区）好评率排名情况如下：",
      "1\u3000\u3000鹤浦区\u3000\u3000\u3000\u300099.87%\u3000\u3000100%",
      "2\u3000\u3000澄阳高新区\u3000\u300099.71%\u3000\u3000100%",
      "二、存在的主要问题",
      "部分单位差评整改不及时。\u3000\u3000三、下一步工作要求",
    ];
    const outline = buildOutline(plainSource(report.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "一、|总体情况",
      "二、|存在的主要问题",
      "三、|下一步工作要求",
    ]);
    expect(outline.points[0]?.paragraphs.slice(1)).toEqual([report[2], report[3]]);
  });

  it("numbers no points with the numbers in its rows, which stay words of the text", () => {
    const minutes = [
      "Harbourside Residents' Association: Minutes",
      "Item 1: Welcome and apologies",
      "The Chair welcomed members. Apologies were received from two members.",
      "Item 2: Date of next meeting",
      "The next meeting will be held on Tuesday 10 December.",
      "SUMMARY OF ACTIONS",
      "Item   Action                                    Owner     Due",
      "3.2    Circulate draft noticeboard rota          OP        10 Dec",
      "4.3    Renewal reminder in December newsletter   DP/JT     1 Dec",
      "6.1    Draft objection to the application        JT        20 Nov",
    ];
    const outline = buildOutline({ ...plainSource(minutes.join("\n\n")), script: "en" });
    expect(outline.points.map((p) => [p.heading, p.children.length])).toEqual([
      ["Welcome and apologies", 0],
      ["Date of next meeting", 0],
    ]);
    expect(outline.points[1]?.paragraphs.join("\n")).toContain("3.2    Circulate draft noticeboard rota");
    // One line in columns is no table: a numbered line of it may still be a point.
    const single = [
      "Budget Notes",
      "1.   Salaries        £40,000",
      "The coordinator's salary is the largest item.",
      "2. Books",
      "We will buy 600 books.",
    ];
    const alone = buildOutline({ ...plainSource(single.join("\n\n")), script: "en" });
    expect(alone.points.map((p) => p.marker)).toEqual(["1.", "2."]);
  });
});

describe("a table of contents", () => {
  const RULES = [
    "第一章 总则",
    "第一条 为了规范社区志愿服务，制定本办法。",
    "第二章 志愿者",
    "第二条 志愿者应当遵守服务规范。",
    "第三章 附则",
    "第三条 本办法自公布之日起施行。",
  ];
  const contents = ["目录", "第一章 总则", "第二章 志愿者管理", "第三章 附则"];

  it("ends where its first entry comes back, wherever it stands: its entries are no points", () => {
    // An entry that no longer matches its chapter's title, after a notice of many paragraphs.
    const notice = Array.from({ length: 24 }, (_, i) => `现将有关事项通知如下，这是第${i + 1}段。`);
    const outline = buildOutline(
      plainSource(["社区志愿服务管理办法", ...notice, ...contents, ...RULES].join("\n")),
    );
    expect(outline.points.map((point) => `${point.marker}${point.heading}`)).toEqual([
      "第一章总则",
      "第二章志愿者",
      "第三章附则",
    ]);
    expect(outline.preamble.slice(-4)).toEqual(contents);
    expect(outline.warnings).toEqual([]);
  });

  it("takes English entries as long as a Chinese entry says in fewer characters", () => {
    const record = [
      "Assembly Record of Proceedings",
      "Contents",
      "Statement by the First Minister: The Legislative Programme 2025–26",
      "Part One: Bills to be introduced in the coming session",
      "Part Two: Bills carried over",
      "Statement by the First Minister: The Legislative Programme 2025–26",
      "Thank you, Presiding Officer. Today I set out the legislation we will bring forward.",
      "Part One: Bills to be introduced in the coming session",
      "1. Bus Services Bill",
      "The Bill will give us the powers to plan the network.",
      "Part Two: Bills carried over",
      "2. Heritage Buildings Bill",
      "The Bill will protect listed buildings.",
    ];
    const outline = buildOutline({ ...plainSource(record.join("\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "Part One:|Bills to be introduced in the coming session",
      "  1.|Bus Services Bill",
      "Part Two:|Bills carried over",
      "  2.|Heritage Buildings Bill",
    ]);
  });

  it("ends where an entry's number comes back alone over its title's line (`PART I` · `THE ECONOMY`)", () => {
    const english = (lines: string[]) => buildOutline({ ...plainSource(lines.join("\n")), script: "en" });
    const lines = [
      "Budget Statement 2026",
      "CONTENTS",
      "PART I   THE ECONOMY ........................ 2",
      "PART II  TAX MEASURES ....................... 5",
      "Honourable Speaker,",
      "I beg to move that the House resolve itself into committee.",
      "PART I",
      "THE ECONOMY",
      "Growth slowed to three per cent.",
      "PART II",
      "TAX MEASURES",
      "The rates stay as they are.",
    ];
    expect(english(lines).points.map((p) => `${p.marker}|${p.heading}`)).toEqual([
      "PART I|THE ECONOMY",
      "PART II|TAX MEASURES",
    ]);
  });

  it("is headed `目次` as a Taiwanese text heads it, its entries indented or not", () => {
    const text = [
      "施政方針",
      "目　　次",
      "壹、前言",
      "貳、施政重點",
      "　一、內政",
      "壹、前言",
      "本院訂定施政方針。",
      "貳、施政重點",
      "一、內政",
      "推動國土計畫。",
    ];
    const outline = buildOutline(plainSource(text.join("\n")));
    expect(outline.points.map((point) => `${point.marker}${point.heading}`)).toEqual([
      "壹、前言",
      "貳、施政重點",
    ]);
    expect(outline.points[1]?.children.map((point) => point.heading)).toEqual(["內政"]);
  });

  it("ends at prose before its first entry comes back, when an entry comes back after it", () => {
    const english = (lines: string[]) => buildOutline({ ...plainSource(lines.join("\n")), script: "en" });
    const lines = [
      "Strategic Plan 2025-2030",
      "Contents",
      "1. Student Success ........................ 3",
      "2. Research and Discovery .................. 6",
      "Founded in 1889, the university has grown with its region and now serves students from every county.",
      "1. Student Success",
      "Everything we do begins with our students.",
      "2. Research and Discovery",
      "Our research serves the region.",
    ];
    const plan = english(lines);
    expect(plan.points.map((point) => `${point.marker} ${point.heading}`)).toEqual([
      "1. Student Success",
      "2. Research and Discovery",
    ]);
    // Without a `Contents` heading's entries coming back, short lines before prose stay the text's.
    const noReturn = english([...lines.slice(0, 5), "Everything we do begins with our students."]);
    expect(noReturn.points.map((point) => point.marker)).toEqual(["1.", "2."]);
  });
});

describe("notes at the end of the text", () => {
  it("numbered as notes (`註1：`, `注2:`) close the text, not the last point", () => {
    const notes = [
      "註1：依主計總處113年2月發布之統計，112年經濟成長率為1.31％。",
      "註2：再生能源設置目標依能源署之推廣規劃，實際進度視併網時程檢討。",
    ];
    const outline = buildOutline(
      plainSource(
        [
          "壹、施政成果",
          "去年經濟穩定成長。",
          "貳、結語",
          "行政院團隊將虛心接受大院監督。謝謝！",
          ...notes,
        ].join("\n"),
      ),
    );
    expect(outline.points.map((p) => [p.heading, p.children.length])).toEqual([
      ["施政成果", 0],
      ["結語", 0],
    ]);
    expect(outline.closing).toEqual(notes);
  });

  it("in square brackets, over the page's copyright line, close the text", () => {
    const notes = [
      "[1] The survey sample was stratified by settlement and by distance from the nearest block.",
      "[2] Based on daily usage counts recorded by caretakers at 38 blocks.",
      "© 2025 Clean Water Futures Network. This brief may be reproduced freely.",
    ];
    const outline = buildOutline({
      ...plainSource(
        [
          "Closing the Sanitation Gap",
          "1. Fund a caretaker for every shared block.",
          "2. Install solar lighting on all approach paths.",
          "About this research",
          "The research was carried out between October 2024 and May 2025 by partners in six cities.",
          ...notes,
        ].join("\n\n"),
      ),
      script: "en",
    });
    expect(outline.closing).toEqual(notes);
  });

  it("under `注释：`, with `参考文献：` and its numbered entries after them, close the text together", () => {
    const notes = [
      "注释：",
      "[1] 指《某省数字政府建设三年行动方案》，省政府办公厅2023年3月印发。",
      "[2] 数据来源：区大数据中心《2023年度政务数据资源目录编制情况报告》。",
      "参考文献：",
      "[1] 陈立新. 数字政府建设的地方实践与路径选择[J]. 行政管理研究, 2023(4): 45-52.",
      "[2] 王晓梅. 政务数据共享的制度困境与破解[J]. 电子政务, 2022(11): 18-27.",
    ];
    const outline = buildOutline(
      plainSource(
        [
          "一、深化一网通办",
          "首先，要夯实数据底座[1]。推动数据共享。",
          "其次，要守牢安全底线[2]。严防数据泄露。",
          "同志们，数字政府建设需要久久为功。",
          ...notes,
        ].join("\n"),
      ),
    );
    expect(pointTree(outline.points).map((line) => line.split("|")[0])).toEqual([
      "一、",
      "  首先，",
      "  其次，",
    ]);
    expect(outline.closing).toEqual(["同志们，数字政府建设需要久久为功。", ...notes]);
  });

  it("an English report's titled appendix (`APPENDIX A …`) is its last part, holding its table and notes unnumbered", () => {
    const appendix = [
      "APPENDIX A  OPTIONS SCORING MATRIX",
      "Criterion (weighting)\tOption A\tOption B",
      "1. Each criterion is scored from 1 (poor) to 5 (very good).",
      "2. Weightings were agreed by the task-and-finish group on 9 October 2024.",
    ];
    const report = [
      "Review of Household Waste Collections",
      "1. PURPOSE",
      "1.1 This report sets out the options for changing the household waste collection service from April 2026.",
      "2. NEXT STEPS",
      "2.1 Subject to the Committee's comments, the preferred option will be presented to Cabinet in April.",
      "2.2 A detailed implementation plan will be brought back to this Committee in September.",
    ];
    const outline = buildOutline({ ...plainSource([...report, ...appendix].join("\n")), script: "en" });
    expect(outline.points.map((p) => [p.marker, p.heading, p.children.length])).toEqual([
      ["1.", "PURPOSE", 1],
      ["2.", "NEXT STEPS", 2],
      ["APPENDIX A", "OPTIONS SCORING MATRIX", 0],
    ]);
    expect(outline.points.at(-1)?.paragraphs).toEqual(appendix.slice(1));
    expect(outline.closing).toEqual([]);
    // Untitled, it stays closing words.
    const untitled = buildOutline({
      ...plainSource([...report, "Appendix A", ...appendix.slice(1)].join("\n")),
      script: "en",
    });
    expect(untitled.points.map((p) => p.heading)).toEqual(["PURPOSE", "NEXT STEPS"]);
    expect(untitled.closing).toEqual(["Appendix A", ...appendix.slice(1)]);
  });

  it("a report's titled `附录A` and `附件1` are its last parts; a 公文's `附件：` and a table's `附表1` close it", () => {
    const report = [
      "学会年度工作报告",
      "一、学术交流",
      "全年举办学术会议12场。",
      "二、组织建设",
      "全年发展会员300人。",
    ];
    const parts = buildOutline(
      plainSource(
        [
          ...report,
          "附录A  2023年主要活动一览表",
          "1  3月18日  研讨会  320",
          "附件1　新成立分会名单",
          "1. 罕见病分会",
        ].join("\n"),
      ),
    );
    expect(parts.points.map((p) => [p.marker, p.heading, p.paragraphs])).toEqual([
      ["一、", "学术交流", ["全年举办学术会议12场。"]],
      ["二、", "组织建设", ["全年发展会员300人。"]],
      ["附录A", "2023年主要活动一览表", ["1  3月18日  研讨会  320"]],
      ["附件1", "新成立分会名单", ["1. 罕见病分会"]],
    ]);
    for (const closing of ["附件：2024年工作要点任务分工表", "附表1　全市会员基本情况"]) {
      const closed = buildOutline(plainSource([...report, closing, "1  理事长单位  5"].join("\n")));
      expect(closed.points.map((p) => p.marker)).toEqual(["一、", "二、"]);
      expect(closed.closing[0]).toBe(closing);
    }
  });

  it("a press release's `Notes to editors` and the notes it numbers close the text", () => {
    const notes = [
      "Notes to editors",
      "1. The consultation response is published today on the department's website.",
      "2. Estimated bill savings are based on modelling using the English Housing Survey.",
    ];
    const outline = buildOutline(
      plainSource(
        [
          "Landlords to upgrade rented homes by 2030",
          "The measures announced today are:",
          "1. A new minimum standard for all private rented homes by 2030.",
          "2. A cost cap of £10,000 per property.",
          ...notes,
        ].join("\n"),
      ),
    );
    expect(outline.points.map((p) => p.heading)).toEqual([
      "A new minimum standard for all private rented homes by 2030",
      "A cost cap of £10,000 per property",
    ]);
    expect(outline.closing).toEqual(notes);
  });

  it("a report's notes under `NOTES`, each numbered by its number and a space as a PDF prints them, close the text", () => {
    const notes = [
      "NOTES",
      "1 See, for example, analyses of occupational employment shares by wage tercile.",
      "2 Figures from the Department of Labor registered apprenticeship data.",
    ];
    const outline = buildOutline(
      plainSource(
        [
          "Rebuilding the Ladder",
          "I. INTRODUCTION",
          "Apprenticeship has been a route into good jobs for generations of workers.",
          "II. CONCLUSION",
          "The case for apprenticeship is strong, and the time to act is now.",
          ...notes,
        ].join("\n"),
      ),
    );
    expect(outline.points.map((p) => p.heading)).toEqual(["INTRODUCTION", "CONCLUSION"]);
    expect(outline.closing).toEqual(notes);
  });

  it("a table of contents names the lines that head the text's parts, whatever stands under them", () => {
    const prose =
      "It has been a year of small beginnings, and our Wednesday study has grown to thirty people.";
    const text = [
      "Annual Reports to the Congregation",
      "CONTENTS",
      "Report of the Minister .................................. 2",
      "Report of the Clerk of Session ......................... 3",
      "Report of the Treasurer ................................ 5",
      "Report of the Minister",
      "Rev. Fiona MacAlister",
      "Dear friends in Christ,",
      prose,
      "With gratitude,\nFiona",
      "Report of the Clerk of Session",
      "Elder Judith Campbell, Clerk",
      "Membership statistics as of December 31, 2024:",
      "Communicant members, January 1, 2024: 287",
      prose,
      "Report of the Treasurer",
      prose,
    ];
    const outline = buildOutline({ ...plainSource(text.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "|Report of the Minister",
      "|Report of the Clerk of Session",
      "|Report of the Treasurer",
    ]);
  });

  it("a table of contents names its parts' lines over a numbered series and after a report's large figures", () => {
    const prose =
      "Each young carer referred to us is offered a named support worker, who visits them at home.";
    const text = [
      "Annual Report 2023–24",
      "Contents",
      "A letter from our Chair ........................ 2",
      "Our Year in Numbers ............................ 3",
      "What We Did .................................... 4",
      "Looking Ahead .................................. 6",
      "A letter from our Chair",
      prose,
      "Chair of Trustees",
      "Our Year in Numbers",
      "1,146",
      "young carers supported, up from 874 last year",
      "46",
      "Lantern Club sessions every month across five towns",
      "What We Did",
      "1. One-to-one support",
      prose,
      "2. Lantern Clubs",
      prose,
      "Looking Ahead",
      prose,
    ];
    const outline = buildOutline({ ...plainSource(text.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "|A letter from our Chair",
      "|Our Year in Numbers",
      "|What We Did",
      "  1.|One-to-one support",
      "  2.|Lantern Clubs",
      "|Looking Ahead",
    ]);
  });

  it("a note under a table (`注：1. …。2. …。`) numbers its remarks, no points, and stays where it stands", () => {
    const note = "注：1. 括号外数值为水温＞12℃时的控制指标。2. 出水粪大肠菌群数≤1000个/L。";
    const outline = buildOutline(
      plainSource(
        [
          "污水处理厂提标改造工程可行性研究报告",
          "3 工程方案",
          "3.1 设计规模",
          "设计规模为5万立方米每日，远期预留扩建用地。",
          "3.2 设计进出水水质",
          "设计进出水水质见下表。",
          note,
          "3.3 工艺方案比选",
          "经技术经济比较，推荐采用深度处理工艺。",
        ].join("\n"),
      ),
    );
    expect(pointTree(outline.points)).toEqual([
      "3|工程方案",
      "  3.1|设计规模",
      "  3.2|设计进出水水质",
      "  3.3|工艺方案比选",
    ]);
    expect(outline.points[0]?.children[1]?.paragraphs).toContain(note);
  });

  it("a press release's `Notes to editors` close the text when they are paragraphs, numbered or not", () => {
    const notes = [
      "Notes to editors",
      "The full plan is published today on the department's website.",
      "Media enquiries: press office, 020 7946 0321.",
    ];
    const release = [
      "Landlords to upgrade rented homes by 2030",
      "The measures announced today are:",
      "1. A new minimum standard for all private rented homes by 2030.",
      "2. A cost cap of £10,000 per property.",
    ];
    const outline = buildOutline(plainSource([...release, ...notes].join("\n")));
    expect(outline.points.map((p) => p.heading)).toEqual([
      "A new minimum standard for all private rented homes by 2030",
      "A cost cap of £10,000 per property",
    ]);
    expect(outline.closing).toEqual(notes);
  });

  it("a committee report's `BACKGROUND PAPERS` and the papers it numbers close the text", () => {
    const papers = [
      "BACKGROUND PAPERS",
      "1. Westbridge Parking Strategy 2019–2029 (Cabinet, 11 July 2019)",
      "2. District Centre Parking Survey 2023: summary of results",
    ];
    const report = [
      "Review of Parking Charges",
      "1. PURPOSE OF REPORT",
      "1.1 This report sets out the findings of the review of parking charges in the district centres.",
      "2. FINANCIAL IMPLICATIONS",
      "2.1 The revised tariffs are estimated to reduce parking income by £86,000 a year.",
    ];
    const outline = buildOutline({ ...plainSource([...report, ...papers].join("\n")), script: "en" });
    expect(outline.points.map((p) => p.heading)).toEqual(["PURPOSE OF REPORT", "FINANCIAL IMPLICATIONS"]);
    expect(outline.closing).toEqual(papers);
  });
});

describe("lists of names", () => {
  it("the people present and the papers tabled, numbered under their label or the sentence naming them, are no points", () => {
    const minutes = [
      "Minutes of the Board Meeting",
      "Present:",
      "1. Margaret Okafor (Chair)",
      "2. David Lindqvist (Vice Chair)",
      "In attendance:",
      "1. Helen Carver, Chief Executive",
      "1. Minutes of the last meeting",
      "The minutes of the meeting held on 14 March were approved as a correct record.",
      "2. Annual accounts",
      "The following papers were tabled at the meeting:",
      "1. Draft financial statements 2023/24",
      "2. External auditor's findings report",
      "The Board approved the financial statements.",
    ];
    const outline = buildOutline({ ...plainSource(minutes.join("\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual(["1.|Minutes of the last meeting", "2.|Annual accounts"]);
    const jiyao = [
      "关于数据工作的专题会议纪要",
      "一、关于试点方案",
      "会议原则同意试点方案。",
      "二、其他事项",
      "会议同意扩容申请。",
      "参会人员：",
      "1. 周建明  局长",
      "2. 林晓燕  副局长",
      "列席人员：",
      "1. 马骏  副处长",
    ];
    expect(pointTree(buildOutline(plainSource(jiyao.join("\n"))).points)).toEqual([
      "一、|关于试点方案",
      "二、|其他事项",
    ]);
  });
});

describe("a note in square brackets over several lines", () => {
  it("numbers no point: whom a circular is for stays one note in its opening", () => {
    const circular = [
      "教育局通告第15/2025號",
      "[注意：本通告應交",
      "(a) 各中學及小學的校長——備辦；及",
      "(b) 各組主管——備悉]",
      "一、背景",
      "本局自2019年起向學校提供津貼。",
      "二、詳情",
      "學校運用津貼時須遵從以下原則。",
    ];
    const outline = buildOutline(plainSource(circular.join("\n")));
    expect(pointTree(outline.points)).toEqual(["一、|背景", "二、|詳情"]);
    expect(outline.preamble).toEqual(circular.slice(1, 4));
  });
});
