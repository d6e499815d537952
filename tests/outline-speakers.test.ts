import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { parseSource } from "../src/ingest/index.js";
import { opensWithSpeaker, turnLabel } from "../src/outline/speaker-labels.js";
import { plainSource } from "./helpers/plain-source.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";

const REMARKS = [
  "邱立新（东岭建材有限公司副总经理）：希望简化技改项目备案手续。",
  "区税务局：将开展上门辅导，落实研发费用加计扣除政策。",
];

describe("remarks in minutes, one paragraph per speaker", () => {
  it("each speaker under a numbered section is a point one level below it, headed by the label", () => {
    const text = [
      "工业企业座谈会纪要",
      "一、发言情况",
      ...REMARKS,
      "二、议定事项",
      "（一）区工信局牵头做好服务。",
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(pointTree(outline.points)).toEqual([
      "一、|发言情况",
      "  |邱立新（东岭建材有限公司副总经理）",
      "  |区税务局",
      "二、|议定事项",
      "  （一）|区工信局牵头做好服务",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });

  it("a sentence that leads into a quotation (`经文说：`) or speaks for the hearers (`我们…：`) names no speaker", () => {
    const text = [
      "谁是我的邻舍",
      "一、他看见了",
      "经文说：“惟有一个撒玛利亚人行路来到那里，看见他就动了慈心。”其实祭司和利未人也看见了。",
      "我们每天也看见很多人：地铁口发传单的阿姨、小区门口收废品的大叔。我们都看见了，却没有停下来。",
      "二、他动了慈心",
      "动了慈心这个词，原文是指五脏六腑都翻动起来。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual(["一、|他看见了", "二、|他动了慈心"]);
  });

  it("a reporter's question and its answer under a section (`三、答记者问`) are a press conference's turns, no remarks", () => {
    const text = [
      "上半年全省经济运行情况新闻发布会",
      "一、经济运行情况",
      "上半年全省经济运行总体平稳。",
      "二、答记者问",
      "江澜日报记者：上半年全省GDP增长5.4%。请问支撑经济增长的主要因素有哪些？",
      "许文澜：谢谢你的提问。主要有三个因素：一是产业支撑比较有力；二是政策效应持续显现；三是市场预期有所改善。",
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(pointTree(outline.points)).toEqual([
      "一、|经济运行情况",
      "二、|答记者问",
      "  一是|产业支撑比较有力",
      "  二是|政策效应持续显现",
      "  三是|市场预期有所改善",
    ]);
  });

  it("a label alone after the remarks (`会议议定：`) ends the last speaker's: the items after it are the section's", () => {
    const section = (n: string) => [
      `${n}、研究项目招标事项`,
      ...REMARKS,
      "会议议定：",
      "1．同意划分11个标段。",
      "2．监理由局统一招标。",
    ];
    const outline = buildOutline(
      plainSource(["局长办公会议记录", ...section("一"), ...section("二")].join("\n")),
    );
    const levels = pointTree(outline.points).map((line) => line.split("|")[0]);
    expect(levels).toEqual(["一、", "  ", "  ", "  1．", "  2．", "二、", "  ", "  ", "  1．", "  2．"]);
  });

  it("labels outside a numbered section, a lone label and meeting fields are no points", () => {
    const loose = buildOutline(plainSource(["座谈会纪要", ...REMARKS, "一、下步工作"].join("\n")));
    expect(pointTree(loose.points)).toEqual(["一、|下步工作"]);
    const lone = buildOutline(
      plainSource(["座谈会纪要", "一、发言情况", REMARKS[0] ?? "", "二、下步工作"].join("\n")),
    );
    expect(pointTree(lone.points)).toEqual(["一、|发言情况", "二、|下步工作"]);
    const fields = buildOutline(
      plainSource(
        ["座谈会纪要", "一、会议情况", "出席：高明、许岚", "记录：钟伟", "二、下步工作"].join("\n"),
      ),
    );
    expect(pointTree(fields.points)).toEqual(["一、|会议情况", "二、|下步工作"]);
    // What an organisation says of itself: its vision and mission are no one speaking.
    const mission = buildOutline(
      plainSource(
        [
          "年报",
          "I. 機構簡介",
          "抱負：建立一個關愛共融的社區。",
          "使命：以人為本，回應社區需要。",
          "II. 主席報告",
        ].join("\n"),
      ),
    );
    expect(pointTree(mission.points)).toEqual(["I.|機構簡介", "II.|主席報告"]);
    // `农业方面：` names a topic of a report, not who speaks.
    const topics = buildOutline(
      plainSource(
        [
          "发展报告",
          "一、产业数字化",
          "农业方面：建成示范基地16个。",
          "服务业方面：网络零售额增长15%。",
          "二、下步工作",
        ].join("\n"),
      ),
    );
    expect(pointTree(topics.points)).toEqual(["一、|产业数字化", "二、|下步工作"]);
    // `…的总体要求是：` is a sentence that says what the aims are, not who speaks.
    const aims = buildOutline(
      plainSource(
        [
          "政府工作报告",
          "二、今年主要目标和重点任务",
          "今年政府工作的总体要求是：坚持稳中求进工作总基调，推动经济实现质的有效提升。",
          "全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
          "（一）坚持创新驱动，加快构建现代化产业体系。",
          "（二）坚持扩大内需，持续增强经济发展动能。",
        ].join("\n"),
      ),
    );
    expect(pointTree(aims.points)).toEqual([
      "二、|今年主要目标和重点任务",
      "  （一）|坚持创新驱动，加快构建现代化产业体系",
      "  （二）|坚持扩大内需，持续增强经济发展动能",
    ]);
    // Terms a list defines say no sentence: no one speaks them.
    const terms = buildOutline(
      plainSource(
        [
          "安全培训讲义",
          "一、从业人员的权利",
          "知情权：有权了解岗位存在的危险因素",
          "建议权：对安全工作提出建议",
          "二、怎样辨识危险源",
        ].join("\n"),
      ),
    );
    expect(pointTree(terms.points)).toEqual(["一、|从业人员的权利", "二、|怎样辨识危险源"]);
  });

  it("a resolution or a motion numbered by its label (`决议一：`, `提案二：`) is an item of its series, not a speaker", () => {
    const minutes = buildOutline(
      plainSource(
        [
          "理事会会议纪要",
          "一、会议形成的决议",
          "决议一：审议通过《2024年度会费收支情况报告》。表决结果：同意23票。",
          "决议二：同意增补赵明远同志为理事。表决结果：同意23票。",
          "二、讨论提案",
          "提案一：关于调整会费标准案。说明：现行标准已执行十年。",
          "提案二：关于设立青年律师基金案。说明：由青年律师工作委员会提出。",
        ].join("\n"),
      ),
    );
    expect(pointTree(minutes.points)).toEqual([
      "一、|会议形成的决议",
      "  决议一：|审议通过《2024年度会费收支情况报告》",
      "  决议二：|同意增补赵明远同志为理事",
      "二、|讨论提案",
      "  提案一：|关于调整会费标准案",
      "  提案二：|关于设立青年律师基金案",
    ]);
  });

  it("a notice's contacts under its section (`市教育局教师工作处：陈老师，联系电话：…`) are no speakers", () => {
    const notice = [
      "关于举办教师培训班的通知",
      "一、培训对象",
      "各中小学信息技术教师。",
      "二、联系方式",
      "市教育局教师工作处：陈老师，联系电话：0736-5568213",
      "南屏师范学院教师发展中心：李老师，联系电话：0736-5603497",
      "电子邮箱：npjsc2024@example.cn",
    ];
    expect(pointTree(buildOutline(plainSource(notice.join("\n"))).points)).toEqual([
      "一、|培训对象",
      "二、|联系方式",
    ]);
  });

  it("a notice's places and contacts by name and number alone are no speakers either", () => {
    const notice = [
      "关于召开现场推进会的通知",
      "一、会议地点",
      "现场观摩地点：河西县青石镇枫林村、柳塘镇下湾村。",
      "会议地点：河西县行政中心三楼第一会议室。",
      "二、联系方式",
      "市农业农村局社会事业促进科：李静　0517-83326517　13905170246",
      "河西县农业农村局办公室：陈小军　0517-86021234",
      // A page may mask a number's last digits.
      "三、咨询电话",
      "市科技局资源配置与管理处：陈工、汪工，电话0523-6618××××",
      "平台技术支持：0523-6618××××（工作日9:00—17:00）",
    ];
    expect(pointTree(buildOutline(plainSource(notice.join("\n"))).points)).toEqual([
      "一、|会议地点",
      "二、|联系方式",
      "三、|咨询电话",
    ]);
  });
});

describe("the motions of a meeting's minutes (`第一案`)", () => {
  it("head the parts of its discussion; the fields of each motion, and the items they number, are its text", () => {
    const motion = (nth: string, title: string, reason: string) => [
      `第${nth}案\u3000${title}`,
      "提案單位：理事會",
      `案由：${reason}，提請大會審議。`,
      "說明：",
      "1.收支決算表及財產目錄如附件二。",
      "2.監事會查核意見如前項報告。",
      "決議：（一）照案通過。（二）請理事會辦理。",
    ];
    const minutes = [
      "和平社區發展協會會員大會會議紀錄",
      "壹、報告事項",
      "理事長會務報告，大會無異議，准予備查。",
      "貳、討論事項",
      ...motion("一", "112年度經費收支決算", "擬具本會112年度經費收支決算"),
      ...motion("二", "113年度工作計畫", "擬具本會113年度工作計畫"),
      "參、散會",
    ];
    const outline = buildOutline(plainSource(minutes.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "壹、|報告事項",
      "貳、|討論事項",
      "  第一案|112年度經費收支決算",
      "  第二案|113年度工作計畫",
      "參、|散會",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(minutes.join("")));
  });
});

describe("who speaks next, alone on a line", () => {
  it("is a person: a name, a post and a name, a post or a courtesy, a reporter's outlet", () => {
    for (const line of [
      "周立新：",
      "人力资源社会保障部副部长 李伟明：",
      "林教授：",
      "主持人：",
      "新华社记者：",
      "发布人：",
      // A live record sets who speaks in black brackets, and when they began.
      "【主持人 李堃】　14:42:16",
      "【江澜日报记者】",
      "【省医药集中采购服务中心主任 蔡文静】　14:43:21",
    ])
      expect(turnLabel(line), line).not.toBeNull();
    for (const line of ["【第一篇章　回望·感恩】", "【编者按】", "【图文实录】"])
      expect(turnLabel(line), line).toBeNull();
  });

  it("is never a field of a form or a part's heading", () => {
    for (const line of ["整改措施：", "建议：", "第一部分 总则：", "时间：", "附件：", "存在问题："])
      expect(turnLabel(line), line).toBeNull();
  });

  it("ends the section heading the last speaker said over their own words: the answers' series stand beside it", () => {
    const text = [
      "全省就业和社会保障工作新闻发布会",
      "周明远：",
      "各位记者朋友，大家上午好！下面我通报有关情况。",
      "一、就业形势保持总体稳定",
      "前三季度，全省城镇新增就业58.6万人。",
      "二、人才人事和劳动关系工作扎实推进",
      "一是技能人才队伍持续壮大。二是劳动关系保持和谐稳定。",
      "以上是我的介绍，谢谢大家！",
      "江澜日报记者：",
      "请问在促进毕业生就业方面，下一步有什么考虑？",
      "林佩华：",
      "第一，持续拓宽就业渠道。用好扩岗补助。",
      "第二，强化就业指导服务。组织专场招聘。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "一、|就业形势保持总体稳定",
      "二、|人才人事和劳动关系工作扎实推进",
      "  一是|技能人才队伍持续壮大",
      "  二是|劳动关系保持和谐稳定",
      "第一，|持续拓宽就业渠道",
      "第二，|强化就业指导服务",
    ]);
  });
});

describe("who speaks, opening their words", () => {
  it("ends the last speaker's points: the next answer's series stands beside them, not under the last", () => {
    const text = [
      "新闻发布会实录",
      "发布人：（市数据局副局长　林晓岚）谢谢您的提问。下一步，我们重点做好三件事。",
      "一是扩大电子证照应用范围。2025年底前实现应用尽用。",
      "二是推动更多事项免申即享。主动识别符合条件的企业。",
      "三是强化数据安全保护。严格落实分级分类管理。",
      "记者：我是人民财经网记者。请问明年还有什么新的打算？",
      "发布人：（赵宏）谢谢。明年，我们将启动新一轮行动，重点在以下几个方面发力：一是聚焦经营主体全生命周期，推出改革举措不少于100项；二是聚焦重点产业链，为重点产业提供精准服务；三是聚焦法治保障，加快制定优化营商环境条例。我们将持续以企业感受为第一标准。",
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(outline.points.map((p) => [p.heading, p.children.length])).toEqual([
      ["扩大电子证照应用范围", 0],
      ["推动更多事项免申即享", 0],
      ["强化数据安全保护", 0],
      ["聚焦经营主体全生命周期，推出改革举措不少于100项", 0],
      ["聚焦重点产业链，为重点产业提供精准服务", 0],
      ["聚焦法治保障，加快制定优化营商环境条例", 0],
    ]);
    // A record that says who asks and who answers (`…记者问：`, `…答：`) ends turns so too.
    const record = [
      "新闻发布会实录",
      "临江日报记者问：请问如何促进高校毕业生就业？",
      "何静澜答：谢谢您的提问。我们重点做好三件事。",
      "一是拓宽市场化就业渠道。组织校园招聘月活动。",
      "二是稳定公共部门岗位。事业单位计划招聘1860人。",
      "三是强化精准帮扶。建立一人一档。",
      "临江广播电视台记者问：返乡农民工就业有什么举措？",
      "吕向东答：这个问题问得很好。",
      "第一，搭建用工对接平台。依托零工市场。",
      "第二，加强技能培训。开展订单式培训。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(record)).points).map((line) => line.split("|")[0])).toEqual([
      "一是",
      "二是",
      "三是",
      "第一，",
      "第二，",
    ]);
  });

  it("of a record of turns, says a series inside one paragraph as words; a series across paragraphs is structure", () => {
    const panel = [
      "Regional Cities and the Remote Work Dividend",
      "PRIYA NAIR: Welcome, everyone. Kwame, you have placed a big bet on regional hubs.",
      "KWAME ASANTE: We have. I'd say two things made the difference. First, local anchor employers. Second, the stuff that isn't work.",
      "PRIYA NAIR: Jo, does that match what your staff tell you?",
      "JO WHITCOMBE: It does. Our people want a desk near home and a reason to see each other.",
      "PRIYA NAIR: Thank you both.",
    ];
    const said = buildOutline({ ...plainSource(panel.join("\n\n")), script: "en" });
    expect(said.points.every((p) => p.marker === "")).toBe(true);
    expect(outlineChars(said)).toBe(sortedChars(panel.join("")));
    const townHall = [
      "Harborview County Budget Town Hall",
      "[00:01:10] DENISE WALCOTT: Thank you all for coming. I want to tell you four things about this budget.",
      "First, the revenue picture is tighter than it has been in a decade.",
      "Second, we are going to make some cuts.",
      "Third, there are things we are not going to cut.",
      "[00:08:40] RESIDENT: Will the property tax rate go up?",
      "[00:09:06] DENISE WALCOTT: No. Two reasons. One, the state cap already limits it. Two, we have not finished trimming.",
      "[00:10:02] RESIDENT: Thank you.",
    ];
    const counted = buildOutline({ ...plainSource(townHall.join("\n\n")), script: "en" });
    expect(counted.points.map((p) => p.marker)).toEqual(["First,", "Second,", "Third,"]);
    expect(counted.points.flatMap((p) => p.children)).toEqual([]);
  });

  it("of a record divided by the paper's numbered headings, takes a series said inside a turn as its section's", () => {
    const interview = [
      "【在线访谈】林业局局长谈湿地保护与修复",
      "一、这几年做了哪些保护修复工作",
      "主持人： 这几年做了哪些工作？",
      "谭永和： 主要是完善制度、实施修复。",
      "二、湿地保护面临哪些难题",
      "主持人： 当前湿地保护还面临哪些困难？",
      "谭永和： 主要有两个方面。第一，保护与发展的矛盾依然存在。第二，资金投入渠道比较单一。",
      "主持人： 下一步有什么打算？",
      "谭永和： 我们将抓好两件事：一是编制一部规划；二是建设一个平台。",
      "主持人： 感谢嘉宾！",
    ];
    expect(pointTree(buildOutline(plainSource(interview.join("\n"))).points)).toEqual([
      "一、|这几年做了哪些保护修复工作",
      "二、|湿地保护面临哪些难题",
      "  第一，|保护与发展的矛盾依然存在",
      "  第二，|资金投入渠道比较单一",
      "  一是|编制一部规划",
      "  二是|建设一个平台",
    ]);
  });

  it("is a Chinese turn's label too, a reporter's outlet in brackets after it, never a field or a topic", () => {
    expect(opensWithSpeaker("記者（港南日報）：那承包商有沒有受到處罰？")).toBe(true);
    expect(opensWithSpeaker("許局長：謝謝你的問題。")).toBe(true);
    expect(opensWithSpeaker("地點：市政府大樓4樓第二會議室")).toBe(false);
    expect(opensWithSpeaker("农业方面：粮食产量稳定。")).toBe(false);
    expect(opensWithSpeaker("主要措施如下：")).toBe(false);
  });
});

describe("a collection of remarks, each headed by its headline and its speaker under a dash", () => {
  const remarks = [
    "全市民营企业家座谈会发言摘要",
    "编者按：3月12日，市委、市政府召开全市民营企业家座谈会，现将部分企业家的发言摘要刊发如下。",
    "加大研发投入 以创新赢得市场",
    "——恒信智能装备股份有限公司董事长  孙立伟",
    "这几年，我们公司坚持每年把销售收入的8%以上投入研发。借此机会，我提两点建议：一是加大对企业研发的支持力度；二是完善人才引进政策。",
    "破解融资难题 为企业发展“输血供氧”",
    "——丰禾农业科技集团总经理  王秀兰",
    "我们是一家从事粮食种植、加工和销售的农业产业化龙头企业，融资难的问题长期困扰着我们。",
  ];

  it("makes each headline a point, with the series its speaker says under it", () => {
    const outline = buildOutline(plainSource(remarks.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "|加大研发投入 以创新赢得市场",
      "  一是|加大对企业研发的支持力度",
      "  二是|完善人才引进政策",
      "|破解融资难题 为企业发展“输血供氧”",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(remarks.join("")));
  });

  it("one headline over its speaker is no collection", () => {
    const outline = buildOutline(plainSource(remarks.slice(0, 5).join("\n")));
    expect(outline.points.some((p) => p.heading === "加大研发投入 以创新赢得市场")).toBe(false);
  });
});

describe("prepared remarks of several speakers, each on a line of their own", () => {
  const prose = (words: string) =>
    `${words} We delivered another strong quarter, and the pipeline remains healthy.`;
  const call = [
    "Third Quarter Earnings Conference Call",
    "",
    "Karen Holt, Vice President, Investor Relations",
    prose("Thank you, operator."),
    "",
    "Daniel Ferreira, Chief Executive Officer",
    prose("Thank you, Karen."),
    "",
    "Sofia Marchetti, Chief Financial Officer",
    prose("Thank you, Daniel."),
    "",
    "Margins and profitability",
    "",
    prose("Gross margin rose."),
    "",
    "Outlook",
    "",
    prose("We raise our guidance."),
    "",
    "Operator",
    prose("We will now begin the question-and-answer session."),
  ];

  it("heads each turn by who speaks, and nests the topics a speaker heads under the turn", () => {
    const outline = buildOutline({ ...plainSource(call.join("\n")), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|Karen Holt, Vice President, Investor Relations",
      "|Daniel Ferreira, Chief Executive Officer",
      "|Sofia Marchetti, Chief Financial Officer",
      "  |Margins and profitability",
      "  |Outlook",
      "|Operator",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(call.join("")));
  });
});

describe("a collection of speeches given in turn, each under a line of its speaker's post and name", () => {
  it("heads each speech by its speaker, the first right under the title, the series they say under them", () => {
    const turn = (speaker: string, greeting: string, series: string[]) => [
      "",
      speaker,
      "",
      greeting,
      "刚才，市委书记的讲话站位高远、要求明确，我们坚决拥护、全力落实，确保全年目标任务圆满完成。",
      ...series,
    ];
    const lines = [
      "全市重大项目建设攻坚年动员大会表态发言",
      "（按发言顺序排列）",
      ...turn("云阳县委书记　邓海波", "尊敬的李书记、王市长，各位领导，同志们：", [
        "一是全力抓开工。对已具备条件的新开工项目倒排工期。",
        "二是全力抓要素。统筹盘活存量建设用地。",
      ]),
      ...turn("市交通运输局局长　范雪梅", "各位领导，同志们：", [
        "首先，强化项目推进。加快高速公路建设。",
        "其次，强化质量安全。严格落实工程质量终身责任制。",
      ]),
    ];
    const outline = buildOutline(plainSource(lines.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "|云阳县委书记　邓海波",
      "  一是|全力抓开工",
      "  二是|全力抓要素",
      "|市交通运输局局长　范雪梅",
      "  首先，|强化项目推进",
      "  其次，|强化质量安全",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(lines.join("")));
  });
});

describe("a call's transcript in sections, or counting its points aloud", () => {
  const prose = (words: string) =>
    `${words} We delivered another strong quarter, and the pipeline remains healthy.`;
  const presentation = [
    "Fourth Quarter Earnings Call Transcript",
    "",
    "Presentation",
    "",
    "Operator",
    prose("Good morning, and welcome."),
    "",
    "Karen Holt -- Vice President, Investor Relations",
    prose("Thank you, operator."),
    "",
    "Daniel Ferreira -- Chief Executive Officer",
    prose("Thanks, Karen."),
    "",
    "First, operational performance. " + prose("Production rose."),
    "",
    "Second, the new gas plant. " + prose("It came in on budget."),
    "",
    "Third, emissions. " + prose("They fell."),
    "",
    "Finally, returns to shareholders. " + prose("We raised the dividend."),
    "",
  ];
  const questions = [
    "Question-and-Answer Session",
    "",
    "Operator",
    prose("Our first question comes from Ana Silva."),
    "",
    "Ana Silva -- Northgate Capital Markets",
    prose("Good morning."),
    "",
    "Daniel Ferreira -- Chief Executive Officer",
    prose("Thanks, Ana."),
  ];

  it("takes the call's sections as its parts and the points counted inside them as theirs, who speaks as neither", () => {
    const text = [...presentation, ...questions].join("\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|Presentation",
      "  First,|operational performance",
      "  Second,|the new gas plant",
      "  Third,|emissions",
      "  Finally,|returns to shareholders",
      "|Question-and-Answer Session",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text.replace(/\n/gu, "")));
  });

  it("reads a section's name with its colon, and no line before the first section as a topic", () => {
    const head = ["Fourth Quarter Earnings Call Transcript", "", "Published Feb 6, 2025 at 9:12 AM ET", ""];
    const text = [
      ...head,
      "Prepared Remarks:",
      ...presentation.slice(3),
      "Questions & Answers:",
      ...questions.slice(1),
    ].join("\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|Prepared Remarks",
      "  First,|operational performance",
      "  Second,|the new gas plant",
      "  Third,|emissions",
      "  Finally,|returns to shareholders",
      "|Questions & Answers",
    ]);
  });

  it("without sections, takes the points counted aloud across the turns, who speaks heading none", () => {
    const participants = [
      "Company Participants",
      "",
      "Karen Holt - Vice President, Investor Relations",
      "",
      "Daniel Ferreira - Chief Executive Officer",
      "",
    ];
    const text = [...participants, ...presentation.slice(4), ...questions.slice(2)]
      .join("\n")
      .replace(/ -- /gu, "\n")
      .replace(
        /\n(Vice President, Investor Relations|Chief Executive Officer|Northgate Capital Markets)\n/gu,
        "\n",
      );
    const outline = buildOutline({ ...plainSource(text), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "First,|operational performance",
      "Second,|the new gas plant",
      "Third,|emissions",
      "Finally,|returns to shareholders",
    ]);
  });

  it("reads a Chinese recorder's lines (`发言人2　00:02:26`) as heading nothing: the speaker's series are the points", () => {
    const said = "这个大家都清楚，各级各部门一定要克服侥幸心理，克服麻痹思想，把困难估计得更充分一些。";
    const turn = (who: string, at: string, words: string) => [`${who}\u3000${at}`, words + said, ""];
    const text = [
      ...turn("发言人1", "00:00:03", "好，各位，我们现在开会。下面请周建平局长讲话，大家欢迎。"),
      ...turn(
        "发言人2",
        "00:00:41",
        "好，同志们。今天召开这个会议，主要任务是对全市防汛工作再动员、再部署。",
      ),
      ...turn("发言人2", "00:02:26", "第一，思想上要绷紧弦。防汛工作，说到底就是保人民群众生命财产安全。"),
      ...turn("发言人1", "00:04:35", "好，下一页。"),
      ...turn("发言人2", "00:04:40", "第二，措施上要抓具体。今天离主汛期也就一个多月了，时间非常紧。"),
    ].join("\n");
    const outline = buildOutline({ ...plainSource(text), script: "zh-Hans" as const });
    expect(pointTree(outline.points)).toEqual(["第一，|思想上要绷紧弦", "第二，|措施上要抓具体"]);
  });

  it("reads a recorder's lines of who speaks and when (`Dana Okafor  3:18`) as turns, heading nothing", () => {
    const turn = (who: string, at: string, words: string) => [`${who}  ${at}`, prose(words), ""];
    const text = [
      ...turn("Mark Ellison", "0:02", "Good morning, everyone, and welcome."),
      ...turn("Dana Okafor", "1:48", "I was asked to talk about trust."),
      ...turn("Dana Okafor", "3:18", "First, trust is built at the desk."),
      ...turn("Mark Ellison", "5:10", "Slides?"),
      ...turn("Dana Okafor", "5:12", "Second, trust is not the same as agreement."),
      ...turn("Audience", "10:44", "Can you say more?"),
      ...turn("Dana Okafor", "11:05", "Third, trust has to run in both directions."),
    ].join("\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "First,|trust is built at the desk",
      "Second,|trust is not the same as agreement",
      "Third,|trust has to run in both directions",
    ]);
  });
});

describe("a debate printed with a heading for each turn", () => {
  const debate = (first: string, again: string) =>
    [
      "# Rural Bus Services",
      `## ${first}`,
      "I want to make three points this afternoon.",
      "First, the decline of rural buses is not a story of falling demand.",
      "### Mr Tom Pryce (Ludlow) (Con)",
      "Will the hon. Lady give way?",
      `### ${again}`,
      "I will give way briefly. Second, the cost of losing a bus falls on those least able to bear it.",
      "Third, short-term funding is the enemy of good services.",
      "## Anna Greaves (Shropshire Hills) (Lab)",
      "It is a pleasure to follow the hon. Member.",
    ].join("\n\n");
  const outlineOf = async (text: string) =>
    buildOutline(await parseSource(new TextEncoder().encode(text), "debate.md", "md"));

  it("reads the headings as who speaks and finds the speech's points under them", async () => {
    const text = debate("Sarah Whitlock (North Herefordshire Dales) (LD)", "Sarah Whitlock");
    const outline = await outlineOf(text);
    expect(pointTree(outline.points).map((line) => line.split("|")[0]?.trim())).toEqual([
      "First,",
      "Second,",
      "Third,",
    ]);
  });

  it("keeps headings that name no one twice as the text's parts", async () => {
    const outline = await outlineOf(debate("Key Findings", "Next Steps"));
    expect(pointTree(outline.points).some((line) => line.includes("Key Findings"))).toBe(true);
  });
});

describe("a debate's record in plain text, a line naming each member who speaks", () => {
  it("reads the short names after the first (`Mr Reed`, `Ms Pryce`) as who speaks, no parts", () => {
    const text = [
      "Rural Bus Services",
      "Westminster Hall",
      "Ms Rhiannon Pryce (Carnmoor and Vale) (LD)",
      "I beg to move, That this House has considered the future of rural bus services.",
      "It is a pleasure to serve under your chairmanship. The number 41 now runs twice a week.",
      "Mr Tobias Reed (Harlow Fen) (Con)",
      "Will the hon. Lady give way?",
      "Ms Pryce",
      "I will give way briefly.",
      "Mr Reed",
      "I am grateful. Demand-responsive services can work where fixed routes cannot.",
      "Ms Pryce",
      "They can, but they need stable funding just as much as a conventional route does.",
      "First, funding must be multi-year. Councils still receive grants one year at a time.",
      "Secondly, the concessionary fares scheme needs fixing. Rates were set in 2019.",
    ].join("\n\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "First,|funding must be multi-year",
      "Secondly,|the concessionary fares scheme needs fixing",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text.replace(/\s+/gu, "")));
  });

  it("reads a minister's name alone, given in brackets after the office, and `Hon. Members` as who speaks", () => {
    const text = [
      "Social Housing (Minimum Standards) Bill",
      "Volume 781: debated on Tuesday 14 October 2025",
      "Second Reading 4.07 pm",
      "The Minister of State, Ministry of Housing (Helena Marlow)",
      "I beg to move, That the Bill be now read a Second time. The Bill does four things.",
      "First, it places a statutory duty on every registered provider to bring its homes up to standard.",
      "Sir Giles Fenwick (Northmoor) (Con)",
      "Will the Minister give way?",
      "Helena Marlow",
      "I will give way once on this point, and then I must make progress with the Bill.",
      "Secondly, the Bill gives tenants a clear and enforceable right to redress when things go wrong.",
      "Hon. Members",
      "Hear, hear.",
      "Helena Marlow",
      "Finally, the Bill ends the practice of leaving tenants in the dark about repairs.",
    ].join("\n\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "First,|it places a statutory duty on every registered provider to bring its homes up to standard",
      "Secondly,|the Bill gives tenants a clear and enforceable right to redress when things go wrong",
      "Finally,|the Bill ends the practice of leaving tenants in the dark about repairs",
    ]);
  });
});
