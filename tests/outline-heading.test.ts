import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitHeading } from "../src/outline/heading.js";
import { buildOutline } from "../src/outline/index.js";
import type { Point } from "../src/outline/types.js";
import { unspreadTitle } from "../src/spread-title.js";
import { plainBlocks, plainSource } from "./helpers/plain-source.js";

const runTogether = (text: string) => {
  const { heading, terminator, rest } = splitHeading(text, "run-together");
  return [heading, terminator, rest];
};

describe("where a section title ends in text run together", () => {
  it("at the first sentence end, when the title has one", () => {
    expect(
      runTogether("认清形势，增强做好乡村振兴工作的责任感。去年以来，全县上下坚持农业农村优先发展。"),
    ).toEqual(["认清形势，增强做好乡村振兴工作的责任感", "。", "去年以来，全县上下坚持农业农村优先发展。"]);
    expect(runTogether("为什么要下大力气抓作风建设？作风就是形象。")).toEqual([
      "为什么要下大力气抓作风建设",
      "？",
      "作风就是形象。",
    ]);
    // A question is whole, whatever clauses and times it holds.
    const asked =
      "請問警察局，今年以來在學校周邊一百公尺範圍內，開出多少違規停車和超速的罰單？根據資料，件數偏低。";
    expect(runTogether(asked)).toEqual([
      "請問警察局，今年以來在學校周邊一百公尺範圍內，開出多少違規停車和超速的罰單",
      "？",
      "根據資料，件數偏低。",
    ]);
  });

  it("at an English sentence's end, never at the comma inside it", () => {
    const pledge =
      "We, the Ministers responsible for water resources, met in Valderra for the Sixth Ministerial Meeting. We thank the hosts.";
    expect(runTogether(pledge)).toEqual([
      "We, the Ministers responsible for water resources, met in Valderra for the Sixth Ministerial Meeting",
      ".",
      "We thank the hosts.",
    ]);
  });

  it("in English, after a title in Title Case, where a sentence's first word stands before a lower-case one", () => {
    expect(
      runTogether("The Demand Picture Our members shipped 6.1 billion pounds in 2024. Packaging grew."),
    ).toEqual(["The Demand Picture", "", "Our members shipped 6.1 billion pounds in 2024. Packaging grew."]);
    // Each text, and the title it opens with.
    const titled: [string, string][] = [
      ["Policy and Advocacy That brings me to Washington and our state capitals.", "Policy and Advocacy"],
      // A word a speaker's sentence opens on, after a lower-case word; a question glued to the title.
      [
        "The scale of the challenge Let me be frank about where we are. There is more.",
        "The scale of the challenge",
      ],
      ["What I am asking of you I want every council to publish a plan.", "What I am asking of you"],
      ["What we will do So what will the government do? Let me explain.", "What we will do"],
      // A question alone is the point whole.
      [
        "Why does housing cost so much in this country today? Let me explain.",
        "Why does housing cost so much in this country today",
      ],
      // The title's last word, taken up by the sentence.
      ["Homes and buildings Buildings account for 38% of the district's emissions.", "Homes and buildings"],
      ["Transport Transport is now the largest single source of emissions.", "Transport"],
      // An article capitalised inside a title in Title Case, which leaves it in lower case.
      [
        "A Stronger Waterfront Economy The Port of Arlen handled a record 1.8 million containers.",
        "A Stronger Waterfront Economy",
      ],
      ["Getting the Basics Right The city repaved 212 lane-miles of road.", "Getting the Basics Right"],
      ["Warm Spaces From early November our hall opened every weekday.", "Warm Spaces"],
      // A figure in thousands, or a sum, after a lower-case word.
      ["Our year in numbers 18,400 food parcels were given out.", "Our year in numbers"],
      ["Where the money went £742,000 came from local donors.", "Where the money went"],
      ["Thank you To every donor and volunteer: thank you.", "Thank you"],
      // A title in sentence case that ends on a name.
      [
        "A message from our Chair When we opened the doors in 2019, we had two volunteers.",
        "A message from our Chair",
      ],
    ];
    for (const [text, title] of titled) expect(runTogether(text)[0]).toBe(title);
    // A name in capitals opens the sentence and goes on with no sentence word after it: no title.
    const named = "The United States Government has agreed to fund the programme for five more years.";
    expect(runTogether(named)[0]).toBe(named.slice(0, -1));
  });

  it("at the space after its few words, where the paragraph after it opens with a figure", () => {
    expect(runTogether("目标任务 2024年至2026年，全市计划改造2000年前建成的老旧小区312个。")).toEqual([
      "目标任务",
      "",
      "2024年至2026年，全市计划改造2000年前建成的老旧小区312个。",
    ]);
    // A title's second phrase after a space opens with no figure: it is the title's.
    expect(runTogether("坚定信心 勇毅前行。今年以来，全县上下团结奋斗。")[0]).toBe("坚定信心 勇毅前行");
    // A second phrase closed by a word in quotes ends the title, the sentence glued to it.
    expect(
      runTogether(
        "强化责任落实 织密安全责任“一张网”县委、县政府坚持把安全生产摆在突出位置，专题研究安全生产工作11次。",
      ),
    ).toEqual([
      "强化责任落实 织密安全责任“一张网”",
      "",
      "县委、县政府坚持把安全生产摆在突出位置，专题研究安全生产工作11次。",
    ]);
    // So does one after a comma (`…，做强…“硬支撑”产业是…`), and a paragraph taking up the title's
    // words after the quote ends it there (`…“一盘棋”城乡融合是…`); a sentence opening a phrase is none.
    const quoted: [string, string][] = [
      [
        "聚焦产业升级，做强县域经济“硬支撑”产业是县域经济的根基。我们坚持实体经济。",
        "聚焦产业升级，做强县域经济“硬支撑”",
      ],
      [
        "聚焦城乡融合，激活县域发展“一盘棋”城乡融合是必由之路。我们以县城为载体。",
        "聚焦城乡融合，激活县域发展“一盘棋”",
      ],
      ["近年来，我们打造“红色引擎”品牌，取得了明显成效。各级党组织要认真落实。", "近年来"],
    ];
    for (const [text, title] of quoted) expect(runTogether(text)[0]).toBe(title);
  });

  it("not where a title says its words twice and ends (`…教师队伍，建设…教师队伍。`)", () => {
    expect(runTogether("聚焦教师队伍，建设高素质专业化教师队伍。一是强化师德师风建设。")).toEqual([
      "聚焦教师队伍，建设高素质专业化教师队伍",
      "。",
      "一是强化师德师风建设。",
    ]);
  });

  it("at a comma after which a sentence visibly begins: a subject and its modal verb, the speaker, a time", () => {
    expect(runTogether("持续改善农村人居环境，各乡镇要以垃圾和污水治理为重点，年底前实现全覆盖。")).toEqual([
      "持续改善农村人居环境",
      "，",
      "各乡镇要以垃圾和污水治理为重点，年底前实现全覆盖。",
    ]);
    expect(runTogether("加强组织领导，我们要把这项工作摆上重要议事日程，定期研究。")).toEqual([
      "加强组织领导",
      "，",
      "我们要把这项工作摆上重要议事日程，定期研究。",
    ]);
  });

  it("where a short time clause opens the sentence glued to the title (`近年来，`, `2024年是`)", () => {
    expect(
      runTogether("这是推动高质量发展的现实需要近年来，全市发展进入关键阶段，越要靠过硬作风来保障。"),
    ).toEqual(["这是推动高质量发展的现实需要", "", "近年来，全市发展进入关键阶段，越要靠过硬作风来保障。"]);
    expect(runTogether("2024年主要任务2024年是实施规划的关键一年，任务艰巨。")).toEqual([
      "2024年主要任务",
      "",
      "2024年是实施规划的关键一年，任务艰巨。",
    ]);
  });

  it("after a standard section title, also one that says what it is of", () => {
    expect(runTogether("总体要求坚持以经营主体需求为导向，以数字化改革为牵引，打造一流环境。")[0]).toBe(
      "总体要求",
    );
    expect(
      runTogether(
        "明确优化营商环境的总体要求坚持以经营主体需求为导向，以数字化改革为牵引，打造一流环境。",
      )[0],
    ).toBe("明确优化营商环境的总体要求");
    // A summary's sections are standard too, unless the title names a second thing.
    expect(runTogether("基本情况全年公司在建项目共31个，其中房建项目22个、市政项目7个。")[0]).toBe(
      "基本情况",
    );
    expect(runTogether("主要做法和成效全年公司在建项目共31个，其中房建项目22个、市政项目7个。")[0]).not.toBe(
      "主要做法",
    );
    // A self-review's shortcomings, alone or with a second word for them.
    expect(runTogether("存在的不足对照群众期盼和上级要求，我的工作还存在一些差距：在数据安全方面。")[0]).toBe(
      "存在的不足",
    );
    expect(runTogether("存在的问题和不足对照上级要求，我的工作还存在一些差距：一是学习不够。")[0]).toBe(
      "存在的问题和不足",
    );
  });

  it("after a field a section is about, and before a government that is a sentence's subject or an adverb of manner", () => {
    expect(runTogether("青年方面加强青年生涯规划指导，扩大青年实习和就业配对计划，培养新一代。")[0]).toBe(
      "青年方面",
    );
    expect(runTogether("做优做精综合旅游休闲业特区政府将深化跨界融合，持续开拓国际客源市场。")[0]).toBe(
      "做优做精综合旅游休闲业",
    );
    // An adverb of manner before a report's verb (`始终把`, `认真履行`) opens the sentence after a title.
    expect(
      runTogether("坚持学思践悟，政治能力持续提升始终把政治建设摆在首位，认真落实“第一议题”制度。")[0],
    ).toBe("坚持学思践悟，政治能力持续提升");
    expect(
      runTogether("严守纪律规矩，全面从严治党责任有效落实认真履行“第一责任人”职责，逐级签订责任书。")[0],
    ).toBe("严守纪律规矩，全面从严治党责任有效落实");
    // A government the title names, no subject of a sentence.
    expect(runTogether("持续深化数字政府建设，推动政务服务全程网办，让数据多跑路、群众少跑腿。")[0]).toBe(
      "持续深化数字政府建设",
    );
  });

  it("after the passage a title reads, in brackets at its end", () => {
    expect(runTogether("神按日供應所需（13-21節）到了晚上，有鵪鶉飛來遮滿了營。")[0]).toBe(
      "神按日供應所需（13-21節）",
    );
    expect(runTogether("神聽見百姓的怨言（1-12節）第2節說：他們發怨言。")[0]).toBe(
      "神聽見百姓的怨言（1-12節）",
    );
    // A bracket that cites no passage stays inside the title.
    expect(runTogether("实施三年行动（2024—2026年）中期评估全面启动，各部门要抓紧落实。")[0]).not.toBe(
      "实施三年行动（2024—2026年）",
    );
  });

  it("not inside a title that names a year or holds a second clause", () => {
    expect(runTogether("全面完成2024年全年目标任务今年以来，各地加大力度，取得明显成效。")[0]).toBe(
      "全面完成2024年全年目标任务",
    );
    expect(runTogether("坚持稳中求进，推动经济持续回升向好。")[0]).toBe("坚持稳中求进，推动经济持续回升向好");
  });

  it("keeps every character: the heading, its terminator and the rest are the text", () => {
    const piece = fc.constantFrom(
      "持续改善",
      "人居环境",
      "，",
      "各乡镇要",
      "我们",
      "近年来",
      "2024年",
      "是",
      "要求",
      "。",
      "？",
      "全市",
      "要",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        const { heading, terminator, rest } = splitHeading(text, "run-together");
        expect(heading + terminator + rest).toBe(text.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe("where an English paragraph's first sentence ends", () => {
  const sentence = (text: string) => splitHeading(text, "sentence").heading;

  it("not at a title, a shortened word or a name's initial", () => {
    expect(sentence("When Mr. Delgado hired me, I was seventeen. He taught me to listen.")).toBe(
      "When Mr. Delgado hired me, I was seventeen",
    );
    expect(sentence("We met at St. Anne's Hall and Dr. Moreno spoke. Then we ate.")).toBe(
      "We met at St. Anne's Hall and Dr. Moreno spoke",
    );
    expect(sentence("Room No. 5 is closed for repairs. Use room 6.")).toBe(
      "Room No. 5 is closed for repairs",
    );
    expect(sentence("My mentor was V. S. Raman of the harbour board. He was patient.")).toBe(
      "My mentor was V. S. Raman of the harbour board",
    );
  });

  it("after a year or an amount before a capital, not after a section's number unless a sentence opens", () => {
    const cases: [string, string][] = [
      [
        "The contract should be reopened in 2027. Pharmacists cannot wait.",
        "The contract should be reopened in 2027",
      ],
      ["See Section 3. Scope is set out there. Then read on.", "See Section 3. Scope is set out there"],
      // An amount a word of quantity leads ends one too.
      [
        "The gap opens at 16, not at 21. Most carers leave school with qualifications.",
        "The gap opens at 16, not at 21",
      ],
      ["Read the guidance in chapter 4 of 12. Then apply.", "Read the guidance in chapter 4 of 12"],
      // Before a word that opens a sentence, any number ends one.
      ["Decommission MedTrack 7. After the final go-live, it is read-only.", "Decommission MedTrack 7"],
      ["Restore 15-minute service on Routes 4 and 11.", "Restore 15-minute service on Routes 4 and 11"],
    ];
    for (const [text, heading] of cases) expect(sentence(text)).toBe(heading);
  });

  it("not at a time or a ratio, nor at `a.m.` before the sentence goes on", () => {
    expect(sentence("Decisions will be posted by 5:30 a.m. on the website. Families get a text.")).toBe(
      "Decisions will be posted by 5:30 a.m. on the website",
    );
    expect(sentence("The doors open at 6 p.m. The hall seats four hundred.")).toBe("The doors open at 6 p.m");
    expect(sentence("We mix it 3:1 with water. Then we wait.")).toBe("We mix it 3:1 with water");
  });

  it("at a sentence that ends on a capital letter or the pronoun I", () => {
    expect(sentence("Nobody worked harder than I. Then the rain came.")).toBe("Nobody worked harder than I");
    expect(sentence("We chose plan B. It was cheaper.")).toBe("We chose plan B");
    expect(sentence("The hall is named for John F. Kennedy. It seats four hundred.")).toBe(
      "The hall is named for John F. Kennedy",
    );
  });

  it("past the colon of an option or a stage named by its letter or number, not of another name", () => {
    expect(sentence("Option A: maintain the existing estate. The Council would carry out the works.")).toBe(
      "Option A: maintain the existing estate",
    );
    expect(sentence("Phase 2: open the new depot. Buses move in the spring.")).toBe(
      "Phase 2: open the new depot",
    );
    // So do a report's findings and recommendations counted by label.
    expect(sentence("Finding 2: Fuel card controls are weak. We analyzed 96,400 transactions.")).toBe(
      "Finding 2: Fuel card controls are weak",
    );
    expect(sentence("One, the barley risotto: it uses what the farm grows.")).toBe("One, the barley risotto");
  });

  it("past the colon of a heading in capitals, which opens its subtitle", () => {
    expect(sentence("STRATEGY: THE NEXT PHASE")).toBe("STRATEGY: THE NEXT PHASE");
    expect(sentence("Strategy: the next phase")).toBe("Strategy");
  });
});

describe("a short title spread with spaces", () => {
  it("is closed up when it is a few characters apart (总\u3000\u3000则, 附  则), nothing else", () => {
    expect(unspreadTitle("总\u3000\u3000则")).toBe("总则");
    expect(unspreadTitle("附  则")).toBe("附则");
    expect(unspreadTitle("前 言")).toBe("前言");
    // Words of a longer title, a title of many characters, and English keep their spaces.
    expect(unspreadTitle("组织 机构")).toBe("组织 机构");
    expect(unspreadTitle("加 强 组 织 领 导")).toBe("加 强 组 织 领 导");
    expect(unspreadTitle("A B")).toBe("A B");
    expect(unspreadTitle("总则")).toBe("总则");
  });

  it("is one line of plain text, not two paragraphs parted by its padding", () => {
    const lines = (text: string) => plainBlocks(text).map((block) => block.text);
    expect(lines("第一章\u3000总\u3000\u3000则\n第一条\u3000为了规范管理，制定本办法。")).toEqual([
      "第一章\u3000总\u3000\u3000则",
      "第一条\u3000为了规范管理，制定本办法。",
    ]);
    // Runs of ideographic spaces between sentences still part the paragraphs a news site ran together.
    expect(lines("会议由副县长主持。\u3000\u3000县委书记作了讲话。")).toEqual([
      "会议由副县长主持。",
      "县委书记作了讲话。",
    ]);
  });
});

describe("an article of rules with no title in brackets", () => {
  const articles = [
    "第一条\u3000为了加强机关事务管理，规范机关事务工作，保障机关正常运行，降低机关运行成本，制定本办法。",
    "第二条\u3000本办法适用于本市各级机关。机关事务工作应当厉行节约。",
    "第三条\u3000本办法自发布之日起施行。",
  ];
  const shape = (points: readonly Point[]): unknown[] =>
    points.map((p) => [p.level, p.marker, p.heading, p.terminator, p.paragraphs, shape(p.children)]);

  it("is headed by its first sentence, whether on lines of its own or run together", () => {
    const lines = buildOutline(plainSource(["临江市机关事务管理办法", ...articles].join("\n")));
    expect(shape(lines.points)).toEqual([
      [
        1,
        "第一条",
        "为了加强机关事务管理，规范机关事务工作，保障机关正常运行，降低机关运行成本，制定本办法",
        "。",
        [],
        [],
      ],
      [1, "第二条", "本办法适用于本市各级机关", "。", ["机关事务工作应当厉行节约。"], []],
      [1, "第三条", "本办法自发布之日起施行", "。", [], []],
    ]);
    const oneLine = buildOutline(plainSource(["临江市机关事务管理办法", ...articles].join("\u3000")));
    expect(shape(oneLine.points)).toEqual(shape(lines.points));
  });

  it("nests under its chapter, titled or not, over the items it lists", () => {
    const chapters = [
      "临江市机关事务管理办法",
      "第一章\u3000总则",
      articles[0] ?? "",
      articles[1] ?? "",
      "第二章\u3000经费管理",
      "第三条\u3000机关运行经费实行定额管理，具体标准如下：",
      "（一）办公经费按照在编人数核定，每年调整一次。",
      "（二）会议费按照年度计划核定，不得超支。",
      "第三章\u3000附则",
      "第四条（施行日期）本办法自发布之日起施行。",
    ];
    const outline = buildOutline(plainSource(chapters.join("\n")));
    const tree = (points: readonly Point[]): unknown[] =>
      points.map((point) => [point.marker, point.heading, tree(point.children)]);
    expect(tree(outline.points)).toEqual([
      [
        "第一章",
        "总则",
        [
          [
            "第一条",
            "为了加强机关事务管理，规范机关事务工作，保障机关正常运行，降低机关运行成本，制定本办法",
            [],
          ],
          ["第二条", "本办法适用于本市各级机关", []],
        ],
      ],
      [
        "第二章",
        "经费管理",
        [
          [
            "第三条",
            "机关运行经费实行定额管理，具体标准如下",
            [
              ["（一）", "办公经费按照在编人数核定，每年调整一次", []],
              ["（二）", "会议费按照年度计划核定，不得超支", []],
            ],
          ],
        ],
      ],
      ["第三章", "附则", [["第四条", "施行日期", []]]],
    ]);
  });
});

describe("an article whose number stands alone on its line", () => {
  it("is headed by the title line under it, under its chapter", () => {
    const regulation = [
      "长者居家照顾服务资助计划",
      "第一章",
      "一般规定",
      "第一條",
      "標的",
      "本行政法规订定资助计划的制度。",
      "第二條",
      "目的",
      "资助计划旨在支援长者留在社区安享晚年。",
      "第二章",
      "附则",
      "第三條",
      "生效",
      "本行政法规自公布翌日起生效。",
    ];
    const { points } = buildOutline(plainSource(regulation.join("\n")));
    const tree = (list: readonly Point[]): unknown[] =>
      list.map((p) => [p.marker, p.heading, p.paragraphs, tree(p.children)]);
    expect(tree(points)).toEqual([
      [
        "第一章",
        "一般规定",
        [],
        [
          ["第一條", "標的", ["本行政法规订定资助计划的制度。"], []],
          ["第二條", "目的", ["资助计划旨在支援长者留在社区安享晚年。"], []],
        ],
      ],
      ["第二章", "附则", [], [["第三條", "生效", ["本行政法规自公布翌日起生效。"], []]]],
    ]);
  });
});

describe("a numbered line over its paragraph, a name and a subtitle after a colon", () => {
  const prose = "農曆正月十五日是元宵節，也是新年期間的最後一個節日，這一天晚上，小朋友會提著燈籠出門。";
  it("is headed by the whole line; a colon that opens a sentence or a field heads only what stands before it", () => {
    const page = [
      "臺灣的傳統節慶",
      "一、春節：一年的開始",
      prose,
      "二、元宵節：提燈籠、猜燈謎",
      prose,
      "三、目標：到2027年完成改造",
      prose,
      "四、時間：每年二月",
      "五、清明節：慎終追遠",
      prose,
      "六、“中秋節”：月圓人團圓",
      "中秋節是闔家團圓的日子。",
      prose,
    ];
    const { points } = buildOutline(plainSource(page.join("\n")));
    expect(points.map((p) => [p.marker, p.heading, p.terminator])).toEqual([
      ["一、", "春節：一年的開始", ""],
      ["二、", "元宵節：提燈籠、猜燈謎", ""],
      ["三、", "目標", "："],
      ["四、", "時間", "："],
      ["五、", "清明節：慎終追遠", ""],
      ["六、", "“中秋節”：月圓人團圓", ""],
    ]);
  });

  it("in English, is headed by the whole line in Title Case; a colon before a sentence heads only its lead", () => {
    const text =
      "Employers we interviewed described the problem in strikingly similar terms across all regions.";
    const report = [
      "Rebuilding the Ladder",
      "A. Forty Years of Polarization",
      text,
      "B. Why Employers Stopped Training: Evidence from Three Decades of Survey Data",
      text,
      "C. Costs: employers paid for most of the training themselves",
      text,
    ];
    const { points } = buildOutline(plainSource(report.join("\n")));
    expect(points.map((p) => [p.marker, p.heading])).toEqual([
      ["A.", "Forty Years of Polarization"],
      ["B.", "Why Employers Stopped Training: Evidence from Three Decades of Survey Data"],
      ["C.", "Costs"],
    ]);
  });
});
