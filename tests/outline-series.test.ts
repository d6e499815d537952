import { describe, expect, it } from "vitest";
import { parseSource } from "../src/ingest/index.js";
import { buildOutline, type Point } from "../src/outline/index.js";
import { plainSource } from "./helpers/plain-source.js";
import { pointTree } from "./helpers/outline-text.js";

const outlineOf = (text: string) => buildOutline(plainSource(text));

const items = (points: readonly Point[]): [string, string, boolean][] =>
  points.flatMap((p) => [[p.marker, p.heading, p.inline] as [string, string, boolean], ...items(p.children)]);

describe("a preview of the sections in the opening", () => {
  it("is words of the opening when numbered sections follow: the sections are the points", () => {
    const text = [
      "同志们：",
      "今天我讲三个方面：一是回顾去年工作，二是分析当前形势，三是部署今年任务。",
      "一、去年工作回顾",
      "全年经济运行总体平稳。",
      "二、当前形势",
      "机遇和挑战并存。",
      "三、今年主要任务",
      "要抓好项目建设。",
    ].join("\n");
    expect(items(outlineOf(text).points)).toEqual([
      ["一、", "去年工作回顾", false],
      ["二、", "当前形势", false],
      ["三、", "今年主要任务", false],
    ]);
  });

  it("stays a series when nothing numbered follows it, or when its count was not announced", () => {
    const alone = ["今天我讲三个方面：一是回顾工作，二是分析形势，三是部署任务。", "各位要认真抓好落实。"];
    expect(items(outlineOf(alone.join("\n")).points).map(([marker]) => marker)).toEqual([
      "一是",
      "二是",
      "三是",
    ]);
    const unannounced = [
      "过去一年，一是经济平稳，二是民生改善。",
      "一、去年工作回顾",
      "全年经济运行总体平稳。",
      "二、今年主要任务",
      "要抓好项目建设。",
    ];
    expect(items(outlineOf(unannounced.join("\n")).points).map(([marker]) => marker)).toEqual([
      "一是",
      "二是",
      "一、",
      "二、",
    ]);
  });
});

describe("a field of a form, its label alone on a line (`建　　议：`)", () => {
  it("ends the items of the field before it: the next series stands beside them", () => {
    const text = [
      "关于加快养老服务体系建设的提案",
      "理　　由：",
      "⑴养老设施布局不均衡。城区床位紧张。",
      "⑵护理人才短缺。持证人员不足。",
      "建　　议：",
      "1.加强统筹规划。优化布局。",
      "2.实施人才培育工程。提高待遇。",
    ].join("\n");
    const outline = outlineOf(text);
    expect(outline.points.map((p) => [p.marker, p.heading, p.children.length])).toEqual([
      ["⑴", "养老设施布局不均衡", 0],
      ["⑵", "护理人才短缺", 0],
      ["1.", "加强统筹规划", 0],
      ["2.", "实施人才培育工程", 0],
    ]);
  });

  it("written under every item (`整改措施：` under each problem) heads a part of each: the items under it nest", () => {
    const text = [
      "一、整改落实情况",
      "1.关于“学习不够深入”的问题。",
      "整改措施：",
      "（1）修订学习制度。每月集中学习一次。",
      "（2）开展专题研讨。形成调研报告。",
      "2.关于“调度不够有力”的问题。",
      "整改措施：",
      "（1）建立月调度机制。每月通报进度。",
    ].join("\n");
    expect(items(outlineOf(text).points).map(([marker, heading]) => marker + heading)).toEqual([
      "一、整改落实情况",
      "1.关于“学习不够深入”的问题",
      "（1）修订学习制度",
      "（2）开展专题研讨",
      "2.关于“调度不够有力”的问题",
      "（1）建立月调度机制",
    ]);
    const levels = (points: readonly Point[]): number[] =>
      points.flatMap((p) => [p.level, ...levels(p.children)]);
    expect(levels(outlineOf(text).points)).toEqual([1, 2, 3, 3, 2, 3]);
  });

  it("leaves a numbered section open: a label inside it heads its items", () => {
    const text = [
      "一、重点任务",
      "主要措施：",
      "1.加强统筹规划。",
      "2.实施人才培育工程。",
      "二、保障措施",
    ].join("\n");
    expect(items(outlineOf(text).points)).toEqual([
      ["一、", "重点任务", false],
      ["1.", "加强统筹规划", false],
      ["2.", "实施人才培育工程", false],
      ["二、", "保障措施", false],
    ]);
    expect(outlineOf(text).points[0]?.children.length).toBe(2);
  });
});

describe("a series written inside the text", () => {
  it("is no series of the speech inside quotation marks: someone's words quoted", () => {
    const text = [
      "一、基本情况",
      "一位社区书记说：“群众的要求不高，一要听得见，二要办得成，三要有回音。”这话说到了点子上。",
      "二、下一步要求",
      "要做到两个到位：一是认识到位；二是措施到位。",
      "她在会上讲「一要快，二要实」，大家都赞成。",
    ].join("\n");
    expect(items(outlineOf(text).points)).toEqual([
      ["一、", "基本情况", false],
      ["二、", "下一步要求", false],
      ["一是", "认识到位", true],
      ["二是", "措施到位", true],
    ]);
    // Straight quotes, as English writes them: `"I need: 1. time to plan 2. …"`.
    const letter = [
      "What we heard",
      'A teacher wrote to me: "What I need is: 1. time to plan with colleagues; 2. a curriculum I can use." That says it all.',
      "Our plan",
      "First, give teachers back their time. We will fund more aides.",
      "Second, provide good materials. Teachers should design lessons, not write them from scratch.",
    ].join("\n");
    expect(outlineOf(letter).points.map((p) => p.marker)).toEqual(["First,", "Second,"]);
    // A quotation mark that never closes in the paragraph quotes nothing it could end.
    expect(items(outlineOf("一、要求\n他说“要做到：一是认识到位；二是措施到位。").points)).toEqual([
      ["一、", "要求", false],
      ["一是", "认识到位", true],
      ["二是", "措施到位", true],
    ]);
  });

  it("is no series of the speech inside straight quotes that open before its lines and close after them", () => {
    const text = [
      "Town Hall",
      "1. Our results",
      "Revenue grew, margins did not.",
      "A customer wrote to me, and I'll read it exactly as she wrote it:",
      '"Sarah, here is everything I need from a partner:',
      "1. Tell me where my freight is.",
      "2. If it's late, tell me before my customer does.",
      '3. When you get it wrong, own it."',
      "2. What we will change",
      "We will answer every delay within the hour.",
    ].join("\n");
    expect(items(outlineOf(text).points).map(([marker, heading]) => `${marker}${heading}`)).toEqual([
      "1.Our results",
      "2.What we will change",
    ]);
  });

  it("is no heading of a forum's thread when a reply quotes it under its quote label, up to the blank line", () => {
    const thread = (label: string) =>
      outlineOf(
        [
          "一、先算清楚账",
          "很多人辞职是被一时情绪推着走的。",
          "二、平台给的能力不等于你的能力",
          "在单位的时候，很多事情一路绿灯。",
          "",
          label,
          "老周在路上 发表于 2023-11-05 22:14",
          "二、平台给的能力不等于你的能力",
          "",
          "这一条真是扎心了。",
        ].join("\n"),
      ).points.map((p) => p.heading);
    expect(thread("引用:")).toEqual(["先算清楚账", "平台给的能力不等于你的能力"]);
    expect(thread("Quote:")).toEqual(["先算清楚账", "平台给的能力不等于你的能力"]);
    expect(thread("他说：")).toHaveLength(3);
  });

  it("goes on after a line that ends mid-sentence: the next item is still an item of the series", () => {
    const outline = outlineOf(
      [
        "一、基本情况",
        "问题依然存在，原因主要有两个：一是部分学校作业设计不科学，",
        "二是部分家长存在焦虑心理。",
        "二、下一步要求",
        "要做到三个到位：一是认识到位；",
        "二是措施到位；",
        "三是督查到位。",
      ].join("\n"),
    );
    expect(items(outline.points)).toEqual([
      ["一、", "基本情况", false],
      ["一是", "部分学校作业设计不科学", true],
      ["二是", "部分家长存在焦虑心理", true],
      ["二、", "下一步要求", false],
      ["一是", "认识到位", true],
      ["二是", "措施到位", true],
      ["三是", "督查到位", true],
    ]);
    expect(outline.warnings).toEqual([]);
  });

  it("may begin right after the words that lead into it, when its second item starts a clause", () => {
    const outline = outlineOf(
      [
        "一、住宅政策",
        "市府的做法一是加速興建社會住宅，四年內開工一千戶；二是推動都市更新；三是擴大租金補貼。",
        "二、校園教育",
        "我们一要把生态调查纳入课程，二要强化教师研习。",
      ].join("\n"),
    );
    expect(items(outline.points)).toEqual([
      ["一、", "住宅政策", false],
      ["一是", "加速興建社會住宅，四年內開工一千戶", true],
      ["二是", "推動都市更新", true],
      ["三是", "擴大租金補貼", true],
      ["二、", "校園教育", false],
      ["一要", "把生态调查纳入课程", true],
      ["二要", "强化教师研习", true],
    ]);
  });

  it("does not begin in a word that ends in 一 (`统一是`), nor without a second item", () => {
    const words = outlineOf(
      ["一、基本要求", "思想统一是前提，二是行动要快。", "二、工作重点", "他的做法一是值得推广的。"].join(
        "\n",
      ),
    );
    expect(items(words.points)).toEqual([
      ["一、", "基本要求", false],
      ["二、", "工作重点", false],
    ]);
  });

  it("after a sentence's end, the next paragraph's item is a paragraph of its own", () => {
    const outline = outlineOf(["原因主要有两个：一是作业设计不科学。", "二是家长存在焦虑心理。"].join("\n"));
    expect(items(outline.points).map(([, , inline]) => inline)).toEqual([false, false]);
  });
});

describe("openers outside their series", () => {
  const markersOf = (points: readonly Point[]): string[] =>
    points.flatMap((p) => [p.marker, ...markersOf(p.children)]);

  it("`Finally,` said inside a paragraph under the next part goes on from no series said in the part before", () => {
    const review = [
      "Library Review",
      "I. BACKGROUND",
      "A. Scope",
      "The Board asked us three questions. First, how is the system used? Second, is it adequate? Third, what should change?",
      "B. Data Sources",
      "We drew on four sources. We ran a survey. We held focus groups. Finally, we compared six other systems.",
      "II. FINDINGS",
      "Usage fell by a fifth.",
    ];
    const outline = buildOutline({ ...plainSource(review.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "I.|BACKGROUND",
      "  A.|Scope",
      "    First,|how is the system used",
      "    Second,|is it adequate",
      "    Third,|what should change",
      "  B.|Data Sources",
      "II.|FINDINGS",
    ]);
  });

  it.each([
    ["首先，", "其次，", "再次，"],
    ["首先，", "其次，", "再其次，"],
    ["第一，", "第二，", "第三，"],
    ["一是", "二是", "三是"],
  ])(
    "%s inside the greeting is a word of its sentence; the series opens the paragraphs",
    (one, two, three) => {
      const outline = outlineOf(
        [
          "同志们：",
          `今天召开这次会议，${one}我代表区委向大家表示感谢！`,
          `${one}要提高认识。思想是行动的先导。`,
          `${two}要压实责任。各部门要各负其责。`,
          `${three}要强化督查。发现问题及时整改。`,
        ].join("\n"),
      );
      expect(markersOf(outline.points)).toEqual([one, two, three]);
      expect(outline.preamble.at(-1)).toContain("表示感谢");
    },
  );

  it("a `最后，` of wishes or thanks after the announced items is the closing words", () => {
    const outline = outlineOf(
      [
        "我讲三点意见。",
        "一是要提高认识。",
        "二是要压实责任。",
        "三是要强化督查。",
        "最后，衷心感谢大家一年来的辛勤付出！",
      ].join("\n"),
    );
    expect(markersOf(outline.points)).toEqual(["一是", "二是", "三是"]);
    expect(outline.closing).toEqual(["最后，衷心感谢大家一年来的辛勤付出！"]);
    // Congratulations said once more are wishes too.
    const commencement = outlineOf(
      [
        "我對各位畢業生有三個期許。",
        "第一，要保持好奇心。",
        "第二，要學會與人合作。",
        "第三，要記得回饋社會。",
        "最後，再一次恭喜各位畢業生，祝福大家鵬程萬里！謝謝大家。",
      ].join("\n"),
    );
    expect(markersOf(commencement.points)).toEqual(["第一，", "第二，", "第三，"]);
    // So is greeting those about to set off, on behalf of the body the speaker leads.
    const sendOff = outlineOf(
      [
        "第一，被检查单位要主动接受监督。",
        "第二，检查组要敢于较真碰硬。",
        "第三，有关部门要加强协作配合。",
        "最后，我代表县委，向即将奔赴检查一线的同志们表示慰问！",
      ].join("\n"),
    );
    expect(markersOf(sendOff.points)).toEqual(["第一，", "第二，", "第三，"]);
  });

  it("a `最后，` that appeals to the audience and ends with thanks is the closing words", () => {
    const speech = (last: string) =>
      outlineOf(
        [
          "第一，我們要讓交通回到以人為本。",
          "第二，我們要讓年輕人住得起。",
          "各位鄉親，四年的時間很短，要做的事情很多。",
          last,
        ].join("\n"),
      );
    const thanked = speech("最後，請大家和我一起，讓這座城市成為幸福的家。謝謝大家！");
    expect(markersOf(thanked.points)).toEqual(["第一，", "第二，"]);
    expect(thanked.closing).toEqual(["最後，請大家和我一起，讓這座城市成為幸福的家。謝謝大家！"]);
    // An appeal with work in it and no thanks is the series' last item.
    const asked = speech("最後，請大家把安全放在第一位。各單位要落實責任。");
    expect(markersOf(asked.points)).toEqual(["第一，", "第二，", "最後，"]);
  });

  it("a `最后，` of wishes ends a series that began with a welcome on someone's behalf, as its last item", () => {
    const outline = outlineOf(
      [
        "在桃花节开幕式上的致辞",
        "各位来宾：",
        "首先，我谨代表县委、县政府，向各位嘉宾表示热烈的欢迎！",
        "其次，借此机会介绍一下我县的情况。",
        "再次，本届节会将举办十项活动。",
        "最后，预祝本届节会取得圆满成功！",
        "谢谢大家！",
      ].join("\n"),
    );
    expect(markersOf(outline.points)).toEqual(["首先，", "其次，", "再次，", "最后，"]);
    expect(outline.closing).toEqual(["谢谢大家！"]);
  });

  it("thanks said first inside the greeting's paragraph begin no series with the topics after them", () => {
    const outline = outlineOf(
      [
        "在民营企业家座谈会上的发言",
        "大家下午好！首先感谢市委、市政府给我们这样一个面对面交流的机会。我是做机械加工的。",
        "这些年企业发展离不开政府的支持，订单多了，人也多了，厂房一扩再扩。",
        "再说说用地的事。我们公司旁边原来规划了一块工业用地，可因为规划调整一直没能落地。",
        "我就说这些，谢谢大家！",
      ].join("\n"),
    );
    expect(markersOf(outline.points)).not.toContain("再说说");
    expect(markersOf(outline.points)).not.toContain("首先");
  });

  it("a `最后，` with something to do ends a series of spoken ordinals as its last item", () => {
    const outline = outlineOf(
      [
        "第一，要提高认识。",
        "第二，要压实责任。",
        "最后，要强化督查。发现问题及时整改。",
        "最后，祝大家工作顺利！",
      ].join("\n"),
    );
    expect(items(outline.points)).toEqual([
      ["第一，", "要提高认识", false],
      ["第二，", "要压实责任", false],
      ["最后，", "要强化督查", false],
    ]);
    expect(outline.points.map((p) => p.level)).toEqual([1, 1, 1]);
    expect(outline.closing).toEqual(["最后，祝大家工作顺利！"]);
  });

  it("an announced count says whether a `最后，` of another numbering is one more item", () => {
    const speech = (count: string) =>
      outlineOf(
        [
          `我讲${count}点意见。`,
          "第一，要提高认识。",
          "第二，要压实责任。",
          "第三，要强化督查。",
          "最后，要关心干部。多谈心，多交流。",
        ].join("\n"),
      );
    expect(markersOf(speech("四").points)).toEqual(["第一，", "第二，", "第三，", "最后，"]);
    expect(markersOf(speech("三").points)).toEqual(["第一，", "第二，", "第三，"]);
    expect(speech("三").points.at(-1)?.paragraphs).toEqual(["最后，要关心干部。多谈心，多交流。"]);
  });

  it("a series announced a few paragraphs after the last item of another stands beside it; right after it, inside", () => {
    const speech = (between: readonly string[]) =>
      pointTree(
        outlineOf(
          [
            "2024年，各项工作取得了新进展。",
            "第一，服务会员更加精准。全年走访会员企业160多家次。",
            "第二，社会责任更加彰显。全年捐款捐物860余万元。",
            ...between,
            "借此机会，我向大家提两点希望。",
            "首先，要坚定发展信心。困难是暂时的。",
            "其次，要坚守诚信底线。诚信是金字招牌。",
          ].join("\n"),
        ).points,
      );
    const beside = speech(["朋友们，这些成绩来之不易。", "当前，企业既面临困难，也面临机遇。"]);
    expect(beside).toEqual([
      "第一，|服务会员更加精准",
      "第二，|社会责任更加彰显",
      "首先，|要坚定发展信心",
      "其次，|要坚守诚信底线",
    ]);
    expect(speech([]).slice(2)).toEqual(["  首先，|要坚定发展信心", "  其次，|要坚守诚信底线"]);
  });

  it("a numbered list after a paragraph that follows an announced series, done, stands beside it; right after its last item, inside", () => {
    const remarks = (between: readonly string[]) =>
      pointTree(
        buildOutline({
          ...plainSource(
            [
              "Every year I ask you to keep a small number of promises. This year there are three.",
              "Firstly, be on time. Lessons now begin at 8:05.",
              "Secondly, be kind online. Our new lessons start in week two.",
              "Thirdly, be brave enough to ask for help. The counsellors' door is open.",
              ...between,
              "1. The main gate now opens at half past seven.",
              "2. Lunch orders must be placed by this Friday.",
            ].join("\n\n"),
          ),
          script: "en",
        }).points,
      );
    expect(remarks(["Before I finish, a few practical reminders for families."]).slice(2)).toEqual([
      "Thirdly,|be brave enough to ask for help",
      "1.|The main gate now opens at half past seven",
      "2.|Lunch orders must be placed by this Friday",
    ]);
    expect(remarks([]).slice(3)).toEqual([
      "  1.|The main gate now opens at half past seven",
      "  2.|Lunch orders must be placed by this Friday",
    ]);
  });

  it("the last of announced headings keeps the list under its paragraphs: a heading's line heads them", () => {
    const remarks = pointTree(
      buildOutline({
        ...plainSource(
          [
            "This morning I want to set out the plan's two pillars.",
            "1. Storage before scarcity",
            "The first pillar is storage.",
            "2. Institutions that can deliver",
            "The second and final pillar is about institutions. Plans do not build dams.",
            "(a) A fully funded catchment agency.",
            "(b) A regional water dashboard.",
          ].join("\n\n"),
        ),
        script: "en",
      }).points,
    );
    expect(remarks).toEqual([
      "1.|Storage before scarcity",
      "2.|Institutions that can deliver",
      "  (a)|A fully funded catchment agency",
      "  (b)|A regional water dashboard",
    ]);
  });

  it("a series after a paragraph turning to what comes next stands beside the paragraphs before it", () => {
    const report = (between: string) =>
      pointTree(
        outlineOf(
          [
            "四、存在的不足和下步打算",
            "1.理论学习的系统性还不够。有时满足于完成规定学习任务。",
            "2.调查研究不够深入。到基层调研有时行程安排较紧。",
            between,
            "一是在学深悟透上下功夫。制定个人年度学习计划。",
            "二是在服务发展上求实效。坚持“项目为王”。",
          ].join("\n"),
        ).points,
      );
    expect(report("下一步，我将针对上述问题认真加以整改，重点做好以下工作：").slice(3)).toEqual([
      "  一是|在学深悟透上下功夫",
      "  二是|在服务发展上求实效",
    ]);
    // Words that go on about the last item leave the series after them inside it.
    expect(report("主要表现在以下两个方面：").slice(3)).toEqual([
      "    一是|在学深悟透上下功夫",
      "    二是|在服务发展上求实效",
    ]);
  });

  it("a first item said inside the paragraph a first item opens begins a series under it", () => {
    const strategy = pointTree(
      buildOutline({
        ...plainSource(
          [
            "Northern Housing Strategy",
            "It rests on three commitments.",
            "First, we will build more homes faster. We will do this: firstly, by funding regional plants; secondly, by bundling projects; and thirdly, by paying providers directly.",
            "Second, we will repair the homes people live in. Too many have been allowed to decay.",
            "Third, we will bring down the cost of heating. Diesel costs more every year.",
          ].join("\n\n"),
        ),
        script: "en",
      }).points,
    );
    expect(strategy).toEqual([
      "First,|we will build more homes faster",
      "  firstly,|by funding regional plants",
      "  secondly,|by bundling projects",
      "  thirdly,|by paying providers directly",
      "Second,|we will repair the homes people live in",
      "Third,|we will bring down the cost of heating",
    ]);
    const plan = pointTree(
      outlineOf(
        [
          "住房计划",
          "第一，建更多房子。具体来说：第一，资助工厂；第二，捆绑项目。",
          "第二，维修现有住房。很多住房失修。",
        ].join("\n\n"),
      ).points,
    );
    expect(plan).toEqual([
      "第一，|建更多房子",
      "  第一，|资助工厂",
      "  第二，|捆绑项目",
      "第二，|维修现有住房",
    ]);
  });

  it("a series in a paragraph summing up the items above stands beside them", () => {
    const notice = (summing: string) =>
      pointTree(
        outlineOf(
          [
            "关于3起违反中央八项规定精神典型问题的通报",
            "1.某县住建局原局长贺某某违规收受礼品礼金问题。2021年至2023年，贺某某先后收受购物卡。",
            "2.某市水务集团副总经理陶某某违规接受宴请问题。2022年6月，陶某某多次接受宴请。",
            `${summing}切实做到以下几点：一要提高政治站位，坚决克服松劲情绪；二要紧盯关键节点，露头就打。`,
          ].join("\n\n"),
        ).points,
      );
    expect(notice("上述问题中，有的顶风违纪，有的隐形变异。全市各级党组织要引以为戒，").slice(2)).toEqual([
      "一要|提高政治站位",
      "二要|紧盯关键节点",
    ]);
    // A paragraph that goes on about the last case keeps its series inside it, and so does one
    // that opens on a city's name (`以上海为例`).
    expect(notice("以上海为例，各地都有类似案例。").slice(2)).toEqual([
      "  一要|提高政治站位",
      "  二要|紧盯关键节点",
    ]);
    expect(notice("陶某某受到党内警告处分。有关部门要举一反三，").slice(2)).toEqual([
      "  一要|提高政治站位",
      "  二要|紧盯关键节点",
    ]);
  });

  it("a `最后，` after strong numbering or after no series stays text", () => {
    const sections = outlineOf(["一、提高认识", "二、压实责任", "最后，要强化督查。"].join("\n"));
    expect(markersOf(sections.points)).toEqual(["一、", "二、"]);
    const lone = outlineOf(["一、基本要求", "第一，要提高认识。", "最后，要强化督查。"].join("\n"));
    expect(markersOf(lone.points)).toEqual(["一、"]);
  });
});

describe("spoken items that each open with a short clause (`一是抓产业，…`)", () => {
  const headings = (text: string) =>
    items(outlineOf(text).points).map(([marker, heading]) => `${marker}${heading}`);

  it("are headed by their clauses, and the words after them stay the items' text", () => {
    const text = "要抓好三件事：一是抓产业，力争增长8%；二是抓项目，确保按期开工；三是抓创新，新增企业10家。";
    const outline = outlineOf(text);
    expect(headings(text)).toEqual(["一是抓产业", "二是抓项目", "三是抓创新"]);
    expect(outline.points.map((p) => `${p.heading}${p.terminator}${p.paragraphs.join("")}`)).toEqual([
      "抓产业，力争增长8%；",
      "抓项目，确保按期开工；",
      "抓创新，新增企业10家。",
    ]);
  });

  it("keep their whole clause when one item has no such lead, when it opens a sentence, or when two halves match", () => {
    expect(headings("一是抓产业，力争增长8%；二是项目建设要加快。")).toEqual([
      "一是抓产业，力争增长8%",
      "二是项目建设要加快",
    ]);
    expect(headings("一是同时，要稳住就业；二是同时，要守住底线。")).toEqual([
      "一是同时，要稳住就业",
      "二是同时，要守住底线",
    ]);
    expect(headings("一是学生自愿，家长知情；二是学校主体，社会参与。")).toEqual([
      "一是学生自愿，家长知情",
      "二是学校主体，社会参与",
    ]);
  });

  it("keep a sentence whole that heads the rest of its paragraph, a pledge's couplet too", () => {
    const pledge = [
      "第一，坚决扛牢政治责任，以最高标准抓好安全生产。我们将严格落实党政同责、一岗双责。",
      "第二，坚决抓好风险防控，以最严措施消除事故隐患。围绕危险化学品开展专项整治。",
    ].join("\n\n");
    expect(headings(pledge)).toEqual([
      "第一，坚决扛牢政治责任，以最高标准抓好安全生产",
      "第二，坚决抓好风险防控，以最严措施消除事故隐患",
    ]);
    const lead = [
      "第一，坚持党建引领，把基层党组织建设得更加坚强有力。要选优配强村级班子。",
      "第二，坚持系统施治，推动治理资源向基层下沉。要理顺条块关系。",
    ].join("\n\n");
    expect(headings(lead)).toEqual([
      "第一，坚持党建引领，把基层党组织建设得更加坚强有力",
      "第二，坚持系统施治，推动治理资源向基层下沉",
    ]);
    // Items said inside a paragraph keep their leads, the last one too, whatever follows it.
    const inline = "一要敢于担当，二要善于作为，三要勤于落实，真正把心思用在干事业上。要坚决反对形式主义。";
    expect(headings(inline)).toEqual(["一要敢于担当", "二要善于作为", "三要勤于落实"]);
    // An item that is its sentence alone is still headed by its lead.
    const alone = [
      "第一，坚持党建引领，把基层党组织建设得更加坚强有力。",
      "第二，坚持系统施治，推动治理资源向基层下沉。",
    ];
    expect(headings(alone.join("\n\n"))).toEqual(["第一，坚持党建引领", "第二，坚持系统施治"]);
    // Each alone on its line over paragraphs of its own, they are heading lines, whole.
    const overText = [
      "第一，提高政治站位，深刻认识开展主题教育的重大意义。",
      "开展这次主题教育，是市委作出的重要部署。",
      "第二，聚焦目标任务，推动主题教育往深里走、往实里走。",
      "这次主题教育为期6个月。",
    ];
    expect(headings(overText.join("\n\n"))).toEqual([
      "第一，提高政治站位，深刻认识开展主题教育的重大意义",
      "第二，聚焦目标任务，推动主题教育往深里走、往实里走",
    ]);
  });
});

describe("a spoken item said after a few words of its paragraph", () => {
  it("fills the gap between the items on either side, and only that gap", () => {
    const text = [
      "Remarks on the School Budget",
      "First, we will hire more teachers. The schools have waited long enough.",
      "MODERATOR: Please hold your questions. (Laughter.) Second, we will fix the roofs.",
      "Third, we will open the libraries on Sundays.",
    ].join("\n\n");
    expect(items(outlineOf(text).points).map(([marker, heading]) => `${marker} ${heading}`)).toEqual([
      "First, we will hire more teachers",
      "Second, we will fix the roofs",
      "Third, we will open the libraries on Sundays",
    ]);
    const words = outlineOf(text).points[0]?.paragraphs ?? [];
    expect(words).toContain("MODERATOR: Please hold your questions. (Laughter.)");
  });

  it("stays words when no item is missing around it", () => {
    const text = [
      "Remarks on the School Budget",
      "First, we will hire more teachers.",
      "Second, we will fix the roofs. I said it last year too. Second, I mean it.",
      "Third, we will open the libraries on Sundays.",
    ].join("\n\n");
    expect(items(outlineOf(text).points).map(([marker]) => marker)).toEqual(["First,", "Second,", "Third,"]);
  });
});

describe("a series said another way inside an item of a spoken series", () => {
  it("nests `First,` … under `My first reflection:`, and the reflections go on after it", () => {
    const text = [
      "Convocation Address",
      "My first reflection: you will not find your way by avoiding detours. I learned that late.",
      "First, take one class this year because it sounds interesting.",
      "Second, go to office hours before you need to.",
      "Third, keep a list of the moments when you lose track of time.",
      "My second reflection: the people who will matter most are not yet in your phone.",
      "My third and final reflection: this place belongs to you.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.marker)])).toEqual([
      ["My first reflection:", ["First,", "Second,", "Third,"]],
      ["My second reflection:", []],
      ["My third and final reflection:", []],
    ]);
  });
});

describe("a transcript's speaker who counts", () => {
  it("opens an item after their label, and `Number three:` goes on with the `Number`s after a `First,` inside `Number two:`", () => {
    const text = [
      "All-Hands Transcript",
      "Priya Raman: Welcome, everyone. Dana, over to you.",
      "Dana Whitfield (CEO): Number one: we are growing, but not the way we planned.",
      "Number two: we are changing how the sales teams are organized.",
      "First, sales and support will report to one leader.",
      "Second, we are moving to industry teams.",
      "Number three: we are not doing layoffs.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.marker)])).toEqual([
      ["Number one:", []],
      ["Number two:", ["First,", "Second,"]],
      ["Number three:", []],
    ]);
  });

  it("is no questioner asking on the line under their name: `First, what happens …? And second, …?`", () => {
    const text = [
      "Supporters' Evening Transcript",
      "[00:01:10] Speaker: Tom Asante (Chief Executive)",
      "Tonight I want to tell you about three changes.",
      "First, we will stop counting beds. The hostel bed was the heart of what we did.",
      "Second, we will put people with lived experience in charge of the services they use.",
      "Third, we will be a lot louder. Thank you.",
      "[00:12:10] Speaker: Audience member",
      "I've got two questions. First, what happens to the hostel staff? And second, how will you know it works?",
      "[00:12:31] Speaker: Tom Asante (Chief Executive)",
      "Both fair. Nobody is losing their job over this.",
    ].join("\n\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" });
    expect(items(outline.points).map(([marker]) => marker)).toEqual(["First,", "Second,", "Third,"]);
  });

  it("opens an item after a time stamp, which reads like a label (`[01:22] Number one: …`)", () => {
    const text = [
      "Keynote Transcript",
      "[00:31] So I have three lessons for you this morning.",
      "[01:22] Number one: fix the thing people actually ask about. We ranked every call.",
      "[04:40] Number two: make the old systems talk. Every council has one from 1998.",
      "[09:15] Number three: measure trust, not clicks.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.heading])).toEqual([
      ["Number one:", "fix the thing people actually ask about"],
      ["Number two:", "make the old systems talk"],
      ["Number three:", "measure trust, not clicks"],
    ]);
  });

  it("goes on after a time stamp and a label with items said after a sentence that leads into them", () => {
    const text = [
      "Five Mistakes Landlords Make",
      "[01:04] Marcus: Number one, you skip tenant screening. I get why people do this.",
      "[03:12] Marcus: Number two, you use the wrong lease. This one is sneaky.",
      "[06:40] Dana: We'll get to number three after this break.",
      "[11:06] Marcus: And we're back. Number three, you treat it like a hobby. This is the trap.",
      "[14:20] Marcus: Last one. Number four, you try to do everything yourself. And look.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.heading])).toEqual([
      ["Number one,", "you skip tenant screening"],
      ["Number two,", "you use the wrong lease"],
      ["Number three,", "you treat it like a hobby"],
      ["Number four,", "you try to do everything yourself"],
    ]);
  });

  it("reads no field's decimal value, nor a part it names, as an item after its label (`Version: 1.3 (final)`)", () => {
    const prose = "This plan sets out what the team will deliver this year and how it will report on it.";
    const plan = [
      "Digital Services Work Plan",
      "Version: 1.3 (final)",
      "Owner: Head of Digital Services",
      "Status:   Part 1 (public)",
      "1. Purpose and scope",
      "1.1 Purpose",
      prose,
      "1.2 Scope",
      prose,
      "2. Context",
      prose,
    ].join("\n\n");
    expect(pointTree(outlineOf(plan).points)).toEqual([
      "1.|Purpose and scope",
      "  1.1|Purpose",
      "  1.2|Scope",
      "2.|Context",
    ]);
  });
});

describe("a series listed inside a sentence after a colon", () => {
  it("reads `first, …; secondly, …; and thirdly, …` as the paragraph's items, not `first` in prose", () => {
    const text = [
      "Statement on Flood Resilience",
      "First, we will put maintenance first. Too many defences were left to decay.",
      "Secondly, we will give earlier warnings. We will act in three ways: first, by replacing the river gauges; secondly, by sending alerts to every phone; and thirdly, by publishing plain flood plans.",
      "Thirdly, we will help people recover. The first claims were paid within a week, and first responders were thanked.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.marker)])).toEqual([
      ["First,", []],
      ["Secondly,", ["first,", "secondly,", "thirdly,"]],
      ["Thirdly,", []],
    ]);
  });

  it("reads a first item set off by commas alone (`this, firstly, by …; secondly, by …`) as the list's first", () => {
    const text = [
      "Coastal Shipping",
      "I. Ports",
      "We are building three new ports.",
      "II. Waterways",
      "We intend to change this. We will do this, firstly, by developing new waterways; secondly, by funding ferry services; and thirdly, by simplifying the rules.",
      "III. Skills",
      "We will train, first, the young, and then everyone else.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.heading)])).toEqual([
      ["I.", []],
      ["II.", ["by developing new waterways", "by funding ferry services", "by simplifying the rules"]],
      ["III.", []],
    ]);
  });

  it("reads questions listed in lower case, and numbers counted so, as the paragraph's items", () => {
    const text = [
      "Faithful in Little Things",
      "I. LITTLE THINGS REVEAL THE HEART",
      "Jesus says that whoever can be trusted with very little can be trusted with much.",
      "II. LITTLE THINGS BELONG TO GOD",
      "So as you go home, ask yourself three questions: first, what has God placed in my hands? second, am I faithful with it when no one is watching? third, what would it look like to give it back?",
      "III. WE ACT TOGETHER",
      "We will do three things on wages: one, take bargaining to every warehouse; two, run a national claim; and three, fight any attempt to leave workers behind. Count with me: one, two, three.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.marker)])).toEqual([
      ["I.", []],
      ["II.", ["first,", "second,", "third,"]],
      ["III.", ["one,", "two,", "three,"]],
    ]);
  });
});

describe("a law's articles quoted after `规定：`", () => {
  it("are the law's words when picked from it; a text's own articles, from the first, are its points", () => {
    const report = [
      "关于水污染防治法实施情况的报告",
      "一、意见和建议",
      "（一）进一步压实法律责任。各级政府要切实履行法定职责。法律明确规定：",
      "第四条　县级以上人民政府应当将水环境保护工作纳入国民经济和社会发展规划。",
      "第九条　县级以上人民政府生态环境主管部门对水污染防治实施统一监督管理。",
      "要严格落实上述规定，健全河湖长制考核评价办法。",
      "（二）加快补齐污染治理设施短板。要科学编制城镇污水处理规划。",
    ];
    const markers = (points: readonly Point[]): string[] =>
      points.flatMap((p) => [p.marker, ...markers(p.children)]);
    expect(markers(outlineOf(report.join("\n")).points)).toEqual(["一、", "（一）", "（二）"]);
    const rules = [
      "临江市物业管理办法",
      "为了规范物业管理活动，结合本市实际，现作如下规定：",
      "第一条　本办法适用于本市行政区域内的物业管理活动。",
      "第二条　市住房城乡建设部门负责全市物业管理活动的监督管理。",
    ];
    expect(outlineOf(rules.join("\n")).points.map((p) => p.marker)).toEqual(["第一条", "第二条"]);
  });
});

describe("things named inside a sentence", () => {
  it("are a list, not points, when each is a few words and the last ends `等` (`（4）农村电商等。`)", () => {
    const text = [
      "关于促进个体工商户发展的实施意见",
      "第一条　加大财政支持力度。市财政每年安排专项资金，重点用于以下方面：（1）首次开业补贴；（2）数字化改造奖励；（3）吸纳就业补贴等。具体办法另行制定。",
      "第二条　强化金融服务。一是扩大信贷投放，鼓励银行推出专属产品；二是降低融资成本，落实贴息政策。",
      "第三条　支持特色发展。重点扶持以下行业：（1）传统手工艺；（2）老字号餐饮；（3）社区家政服务。",
    ].join("\n");
    const tree = outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.marker)]);
    expect(tree).toEqual([
      ["第一条", []],
      ["第二条", ["一是", "二是"]],
      // Without `等` the list may be points: it is left as it was.
      ["第三条", ["（1）", "（2）", "（3）"]],
    ]);
    // Every word stays in the notes.
    expect(outlineOf(text).points[0]?.paragraphs.join("")).toContain("（2）数字化改造奖励；");
  });

  it("are the law's words, not points, after the sentence that cites its article", () => {
    const text = [
      "在市纪委全会上的工作报告",
      "一、做实政治监督",
      "要推动监督体系贯通融合。根据《中华人民共和国监察法》第十一条规定，监察委员会履行监督、调查、处置职责：（一）对公职人员开展廉政教育，进行监督检查；（二）对职务违法和职务犯罪进行调查；（三）对违法的公职人员依法作出政务处分决定。要把这些法定职责落到实处。",
      "二、深化作风建设",
      "要推进三项工作：（一）整治形式主义，减轻基层负担；（二）纠治享乐主义；（三）狠刹奢靡之风。",
    ].join("\n");
    const tree = outlineOf(text).points.map((p) => [p.marker, p.children.map((c) => c.marker)]);
    expect(tree).toEqual([
      ["一、", []],
      ["二、", ["（一）", "（二）", "（三）"]],
    ]);
    expect(outlineOf(text).points[0]?.paragraphs.join("")).toContain("（二）对职务违法和职务犯罪进行调查；");
  });
  it("are a list, not points, when an English sentence names them in brackets, apart by commas", () => {
    const plan = [
      "Reading Together: A Family Literacy Programme",
      "I. Project Design",
      "We will run weekly sessions in the library for parents and children under seven.",
      "II. Evaluation Plan",
      "We will evaluate the programme using three sources of evidence: (1) short surveys of participating parents, (2) book-loan records kept by the library, and (3) teacher assessments of children's reading. An independent evaluator will review our methods.",
      "III. Budget",
      "The largest item is the salary of a part-time coordinator. The grant will pay for three things: (a) we will hire two reading mentors; (b) we will buy 600 books for home packs; (c) we will print the evaluation report.",
    ];
    const tree = buildOutline({ ...plainSource(plan.join("\n\n")), script: "en" }).points.map((p) => [
      p.heading,
      p.children.map((c) => c.marker),
    ]);
    expect(tree).toEqual([
      ["Project Design", []],
      ["Evaluation Plan", []],
      // Clauses apart by semicolons are the things the grant does: points.
      ["Budget", ["(a)", "(b)", "(c)"]],
    ]);
  });
  it("are a list too when the last joins on by `and` alone, and when a named thing is described at length", () => {
    const brief = [
      "Closing the Gap in Rural Broadband",
      "I. Summary",
      "The remaining gaps fall on three groups: (1) farms and businesses more than two kilometres from a cabinet, whose lines were never upgraded and now fall below the legal minimum speed, (2) households in the national parks and (3) schools that share one line between every classroom. Each needs a different remedy.",
      "II. Recommendations",
      "Recommendation 1: The Department should fund full-fibre connections to every farm that lies beyond the reach of commercial plans.",
      "Recommendation 2: Planning rules in the national parks should allow masts on farm buildings without a full application.",
    ];
    const tree = buildOutline({ ...plainSource(brief.join("\n\n")), script: "en" }).points.map((p) => [
      p.heading,
      p.children.length,
    ]);
    expect(tree).toEqual([
      ["Summary", 0],
      ["Recommendations", 2],
    ]);
  });
});

describe("a label of two words that numbers a report's items (`Key finding 1:`)", () => {
  it("numbers a series under the short line that heads it, beside the report's other short lines", () => {
    const prose =
      "The research combined a survey of 1,214 young adult carers with interviews and new analysis.";
    const summary = [
      "Held Back: Young Adult Carers and the Move into Work",
      prose,
      "Key findings",
      `Key finding 1: Young adult carers are more likely to be out of work. ${prose}`,
      `Key finding 2: The gap opens at 16, not at 21. ${prose}`,
      `Key finding 3: Flexibility matters more than pay. ${prose}`,
      "What needs to change",
      prose,
      "A note on language",
      prose,
    ];
    const tree = pointTree(buildOutline({ ...plainSource(summary.join("\n\n")), script: "en" }).points);
    expect(tree).toEqual([
      "|Key findings",
      "  Key finding 1:|Young adult carers are more likely to be out of work",
      "  Key finding 2:|The gap opens at 16, not at 21",
      "  Key finding 3:|Flexibility matters more than pay",
      "|What needs to change",
      "|A note on language",
    ]);
  });

  it("takes both words capitalised (`Strategic Priority 1:`), but no caption's (`Supplementary Table 2:`)", () => {
    const prose =
      "We will measure it every year and publish what we find, good or bad, to staff and students.";
    const plan = [
      "Ashcombe University Strategic Plan 2025–2030",
      "Pillar 1: Research with Impact",
      `Strategic Priority 1: Grow research income and partnerships. ${prose}`,
      `Strategic Priority 2: Turn discovery into benefit for our region. ${prose}`,
      "Supplementary Table 2: Research income by faculty, 2020–2024",
      "Pillar 2: Education for a Changing World",
      `Strategic Priority 3: Close the awarding gap. ${prose}`,
    ];
    const tree = pointTree(buildOutline({ ...plainSource(plan.join("\n\n")), script: "en" }).points);
    expect(tree).toEqual([
      "Pillar 1:|Research with Impact",
      "  Strategic Priority 1:|Grow research income and partnerships",
      "  Strategic Priority 2:|Turn discovery into benefit for our region",
      "Pillar 2:|Education for a Changing World",
      "  Strategic Priority 3:|Close the awarding gap",
    ]);
  });

  it("takes no bulleted line under a labelled item (`  - Weekly forecast call …`) for a heading of its own", () => {
    const prose =
      "A forecast is a promise to the rest of the company, and last year we missed our commit by 11 percent.";
    const talk = [
      "FY2025 Sales Kickoff",
      "We have two priorities this year.",
      "Priority 1: Land and expand with service contracts",
      prose,
      "  - Target: 70 percent service attach on new systems",
      "Priority 2: Forecast like we mean it",
      prose,
      "  - Weekly forecast call every Monday at 9:00 CET",
      "  - Commit accuracy target: plus or minus 5 percent",
      "That is it. Two priorities, no more. If something does not serve one of them, ask yourself why you are doing it.",
    ];
    const tree = pointTree(buildOutline({ ...plainSource(talk.join("\n\n")), script: "en" }).points);
    expect(tree).toEqual([
      "Priority 1:|Land and expand with service contracts",
      "Priority 2:|Forecast like we mean it",
    ]);
  });

  it("leaves a transcript's speakers named in capitals (`AUDIENCE MEMBER 1:`) unnumbered", () => {
    const questions = [
      "Panel discussion on regional cities",
      "PRIYA NAIR: We have time for questions from the floor.",
      "AUDIENCE MEMBER 1: Hi, I'm a planning officer in a district council. What should we do first?",
      "KWAME ASANTE: Start with the town centre and a reason to be there.",
      "AUDIENCE MEMBER 2: Question for Jo. Does remote work slow careers down?",
      "JO WHITCOMBE: On average it does, and we are working hard on that.",
    ];
    const markers = buildOutline({ ...plainSource(questions.join("\n\n")), script: "en" }).points.map(
      (p) => p.marker,
    );
    expect(markers.filter((marker) => /MEMBER/u.test(marker))).toEqual([]);
  });
});

describe("a speaker who counts one series in several ways", () => {
  it("keeps `Number one:`, `The second thing is this:` and `Third,` in one series", () => {
    const text = [
      "Remarks on Rest",
      "I learned three things.",
      "Number one: rest is work. The brain is busy when we stop.",
      "The second thing is this: boredom is a signal. It tells us we have room.",
      "Third, rest must be guarded. Nobody will guard it for us.",
    ].join("\n\n");
    expect(outlineOf(text).points.map((p) => [p.level, p.marker])).toEqual([
      [1, "Number one:"],
      [1, "The second thing is this:"],
      [1, "Third,"],
    ]);
  });

  it("takes `Let me start with …` as the first item when the count goes on from two", () => {
    const counted = [
      "Remarks on the Factory Floor",
      "Let me start with people. We cannot hire fast enough.",
      "Number two: supply chains. We buy from two sources now.",
      "The third and final point: trust. We open our doors each spring.",
    ].join("\n\n");
    expect(outlineOf(counted).points.map((p) => p.marker)).toEqual([
      "Let me start with",
      "Number two:",
      "The third and final point:",
    ]);
    const thanks = [
      "Budget Address",
      "Let me begin by thanking the staff who built this budget.",
      "First, we will fix the streets.",
      "Second, we will hire more crews.",
    ].join("\n\n");
    expect(outlineOf(thanks).points.map((p) => p.marker)).toEqual(["First,", "Second,"]);
  });

  it("takes the count from a preview of the items one sentence before the last", () => {
    const briefing = [
      "Annual Briefing to the Public Safety Committee",
      "Thank you, Chair. I will cover three areas this morning: how busy we were, what we did to prevent fires, and our people. Then we are happy to take your questions.",
      "Let me start with call volume. Our crews answered more calls than ever.",
      "Let me turn now to prevention. We did two things differently this year. First, we knocked on doors. Second, we went back into the schools.",
      "Finally, our people. We graduated our largest recruit class.",
    ].join("\n\n");
    expect(pointTree(outlineOf(briefing).points)).toEqual([
      "Let me start with|call volume",
      "Let me turn now to|prevention",
      "  First,|we knocked on doors",
      "  Second,|we went back into the schools",
      "Finally,|our people",
    ]);
  });

  it("counts a written letter that says its section's title again as the first item (`Section 7. Officers` ¶ `(a) Officers.`)", () => {
    const bylaws = [
      "Bylaws of the Riverside Garden Association",
      "Section 7. Officers",
      "(a) Officers. The officers shall be a President, a Secretary and a Treasurer.",
      "(b) Duties. The President shall preside at meetings of the Board.",
      "Section 8. Finances",
      "The fiscal year shall run from January to December.",
    ].join("\n\n");
    expect(pointTree(outlineOf(bylaws).points)).toEqual([
      "Section 7.|Officers",
      "  (a)|Officers",
      "  (b)|Duties",
      "Section 8.|Finances",
    ]);
  });
});

describe("a report's parts after the list of its recommendations", () => {
  it("stand beside the list, never inside its last item", () => {
    const report = [
      "Regional Roading Resilience Fund: Lessons from the first three years",
      "We recommend that the Ministry:",
      "1. set measurable objectives for the Fund;",
      "2. revise the eligibility criteria; and",
      "3. keep a complete record of its decisions.",
      "Part 1: Introduction",
      "1.1 In this Part, we describe the Fund and our audit.",
      "1.2 The Fund was established in November 2020.",
      "Part 2: Designing the Fund",
      "2.1 In this Part, we discuss how the Fund was designed.",
    ];
    expect(outlineOf(report.join("\n\n")).points.map((p) => [p.marker, p.children.length])).toEqual([
      ["1.", 0],
      ["2.", 0],
      ["3.", 0],
      ["Part 1:", 2],
      ["Part 2:", 1],
    ]);
  });
});

describe("a part's name alone on its line", () => {
  it("takes a report's foreword in its head's words (`院長的話`, `Chair's foreword`) as the part before the chapters", () => {
    const report = [
      "二〇二四年度院長報告",
      "院長的話",
      "二〇二四年，是本院創院第四十五年，也是疫情後全面恢復正常營運的第一年。",
      "第一章　年度營運概況",
      "一、服務量",
      "全年門診量一百二十萬人次，較上年成長百分之六。",
      "第二章　醫療品質與病人安全",
      "一、重點品質指標",
      "院內感染密度降至千分之一點八。",
    ];
    expect(outlineOf(report.join("\n")).points.map((p) => [p.level, p.marker, p.heading])).toEqual([
      [1, "", "院長的話"],
      [1, "第一章", "年度營運概況"],
      [1, "第二章", "醫療品質與病人安全"],
    ]);
    const trustees = [
      "Trustees' Annual Report for the year ended 31 March 2025",
      "Chair's foreword",
      "This year our carers service reached more families than ever before, and we thank every volunteer.",
      "PART I",
      "Objectives and activities",
      "We support unpaid carers of all ages across the county, in their homes and in hospital.",
      "PART II",
      "Achievements and performance",
      "We supported 2,400 carers this year, four hundred more than the year before.",
    ];
    const english = buildOutline({ ...plainSource(trustees.join("\n\n")), script: "en" as const });
    expect(pointTree(english.points)).toEqual([
      "|Chair's foreword",
      "PART I|Objectives and activities",
      "PART II|Achievements and performance",
    ]);
    // Over a greeting, the words are a letter's, and the letter is the whole text.
    const letter = ["一一三年度年報", "董事長的話", "各位股東女士、先生：", ...report.slice(2)];
    expect(outlineOf(letter.join("\n")).points.map((p) => p.heading)).toEqual([
      "年度營運概況",
      "醫療品質與病人安全",
    ]);
  });

  const COMMITTEE_REPORT_SECTIONS = [
    "1. PURPOSE OF REPORT",
    "1.1 The purpose of this report is to seek the Committee's approval of the charge.",
    "2. BACKGROUND",
    "2.1 The Council introduced a charged garden waste service in April 2022.",
  ];

  it("stands beside the sections that head lines of their own, not beside a list inside it", () => {
    const report = [
      "GARDEN WASTE CHARGES FOR 2024/25",
      "Summary",
      "This report reviews the service and proposes the charge. That the Committee:",
      "(a) notes the performance of the garden waste service in 2022/23;",
      "(b) approves an annual subscription charge of £54 per bin for 2024/25.",
      ...COMMITTEE_REPORT_SECTIONS,
    ];
    const outline = buildOutline({ ...plainSource(report.join("\n")), script: "en" as const });
    expect(outline.points.map((p) => [p.level, p.heading.slice(0, 20)])).toEqual([
      [1, "Summary"],
      [1, "PURPOSE OF REPORT"],
      [1, "BACKGROUND"],
    ]);
    expect(outline.points[0]?.children.map((p) => p.marker)).toEqual(["(a)", "(b)"]);
  });

  it("in a committee report, names the recommendations and their reasons as parts beside its numbered sections", () => {
    const report = [
      "GARDEN WASTE CHARGES FOR 2024/25",
      "Summary",
      "This report reviews the service and proposes the charge for the coming year.",
      "Recommendations",
      "That the Committee:",
      "(a) notes the performance of the garden waste service in 2022/23;",
      "(b) approves an annual subscription charge of £54 per bin for 2024/25.",
      "Reasons for recommendations",
      "The proposed charge recovers the full cost of providing the service.",
      ...COMMITTEE_REPORT_SECTIONS,
    ];
    const outline = buildOutline({ ...plainSource(report.join("\n")), script: "en" as const });
    expect(outline.points.map((p) => [p.level, p.heading.slice(0, 27)])).toEqual([
      [1, "Summary"],
      [1, "Recommendations"],
      [1, "Reasons for recommendations"],
      [1, "PURPOSE OF REPORT"],
      [1, "BACKGROUND"],
    ]);
    expect(outline.points[1]?.children.map((p) => p.marker)).toEqual(["(a)", "(b)"]);
  });

  it("stands beside the numbered sections, and is words where nothing is numbered", () => {
    const numbered = [
      "调研报告",
      "前言",
      "今年我们开展了调研。",
      "一、基本情况",
      "情况总体良好。",
      "二、存在问题",
      "问题仍然不少。",
      "结语",
      "我们将继续努力。",
    ];
    expect(outlineOf(numbered.join("\n")).points.map((p) => [p.level, p.marker, p.heading])).toEqual([
      [1, "", "前言"],
      [1, "一、", "基本情况"],
      [1, "二、", "存在问题"],
      [1, "", "结语"],
    ]);
    const report = [
      "Closing the Broadband Gap",
      "Executive Summary",
      "Fourteen million people still lack a fixed connection.",
      "Part I. The Scope of the Gap",
      "The unserved are concentrated in three kinds of places.",
      "Part II. What Has Been Tried",
      "Reverse auctions and state grants have both helped.",
    ];
    expect(outlineOf(report.join("\n")).points.map((p) => [p.level, p.heading])).toEqual([
      [1, "Executive Summary"],
      [1, "The Scope of the Gap"],
      [1, "What Has Been Tried"],
    ]);
    // Under a number alone on its line, the name is that number's title: one point.
    const bare = [
      "施政報告摘要",
      "一、",
      "經濟概況",
      "經濟穩步復甦。",
      "二、",
      "民生建設",
      "建成公屋八千個。",
      "三、",
      "結語",
      "讓我們攜手同行。",
    ];
    expect(outlineOf(bare.join("\n")).points.map((p) => [p.marker, p.heading])).toEqual([
      ["一、", "經濟概況"],
      ["二、", "民生建設"],
      ["三、", "結語"],
    ]);
    const flat = ["学习体会", "前言", "今年我们开展了学习。", "大家收获很大。"];
    expect(outlineOf(flat.join("\n")).warnings.map((w) => w.message)).toContain(
      "no structure found: no numbered points, one point per paragraph",
    );
  });
});

describe("a speech with no numbering", () => {
  it("keeps who gives it in its opening, and its first words thanking the mourners stay a paragraph's point", () => {
    const eulogy = [
      "Eulogy for Margaret Ellison",
      "Spoken by her son, David, at St Mary's Church, Hexham, 6 February 2026",
      "Thank you all for coming. Mum would have been astonished to see this church so full.",
      "She was born in Gateshead in the winter of 1938, the youngest of four.",
      "She taught at the village school for thirty-one years.",
    ];
    const outline = outlineOf(eulogy.join("\n"));
    expect(outline.preamble).toEqual([eulogy[1]]);
    expect(outline.points.map((p) => p.heading)).toEqual([
      "Thank you all for coming",
      "She was born in Gateshead in the winter of 1938, the youngest of four",
      "She taught at the village school for thirty-one years",
    ]);
    expect(outline.closing).toEqual([]);
  });

  it("keeps a transcript's time stamps and cues with the paragraph before them, no point of their own", () => {
    const talk = [
      "What Repair Taught Me",
      "00:04",
      "So when I was nine, my grandmother's sewing machine broke, and she fixed it with a hairpin.",
      "00:17",
      "(Laughter)",
      "00:19",
      "I'm serious. It was a black Singer, made in 1951.",
    ];
    const outline = outlineOf(talk.join("\n"));
    expect(outline.points.map((p) => p.heading)).toEqual([
      "So when I was nine, my grandmother's sewing machine broke, and she fixed it with a hairpin",
      "I'm serious",
    ]);
    expect(outline.preamble).toContain("00:04");
    expect(outline.points[0]?.paragraphs).toEqual(["00:17", "(Laughter)", "00:19"]);
  });

  it("keeps a record's clock times (`12.46 pm`) with the paragraph before them: no headings, no points", () => {
    const record = [
      "Rural Bus Services",
      "12.37 pm",
      "With permission, Madam Deputy Speaker, I shall make a statement on the future of rural buses.",
      "For millions of people in our towns and villages, the bus is a lifeline.",
      "12.46 pm",
      "I thank the Minister for advance sight of her statement, and I welcome the fare cap.",
      "But the House will have noticed what the statement did not say.",
      "1.05 pm",
      "I warmly welcome the statement, and I hope the Minister will meet me.",
    ];
    const outline = buildOutline({ ...plainSource(record.join("\n\n")), script: "en" });
    expect(outline.points.map((p) => p.heading)).toEqual([
      "With permission, Madam Deputy Speaker, I shall make a statement on the future of rural buses",
      "For millions of people in our towns and villages, the bus is a lifeline",
      "I thank the Minister for advance sight of her statement, and I welcome the fare cap",
      "But the House will have noticed what the statement did not say",
      "I warmly welcome the statement, and I hope the Minister will meet me",
    ]);
    expect(outline.points[1]?.paragraphs).toEqual(["12.46 pm"]);
  });

  it("begins after its salutation, under the lines of its head; the salutation is not the closing", () => {
    const address = [
      "ADDRESS AT THE CLOSING GATHERING OF THE DIOCESAN LISTENING PROCESS",
      "Knock Shrine, Co. Mayo",
      "Issued by the Diocesan Communications Office",
      "Dear friends, sisters and brothers in Christ,",
      "For almost two years now, people in every parish have been talking about the Church.",
      "I have read every one of the summaries that came in from the parishes.",
      "May the God of hope fill you with all joy and peace.",
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n\n")), script: "en" });
    expect(outline.preamble).toEqual(address.slice(1, 4));
    expect(outline.points.map((p) => p.heading)).toEqual([
      "For almost two years now, people in every parish have been talking about the Church",
      "I have read every one of the summaries that came in from the parishes",
      "May the God of hope fill you with all joy and peace",
    ]);
    expect(outline.closing).toEqual([]);
  });
  it("closes in its second half only: thanks to the chair near the top are its opening words", () => {
    const address = [
      "Commencement Address to the Class of 2024",
      "Hollis College, Kessler Green",
      "Thank you, President Okafor. Members of the Board, families, and graduates: good morning.",
      "Many of you started college on a laptop screen, in a bedroom you shared with a sibling.",
      "When President Okafor called to invite me, I said yes before she had finished the sentence.",
      "So instead of wisdom, I am going to tell you about my grandmother.",
      "Thank you, and congratulations.",
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n\n")), script: "en" });
    expect(outline.points.map((p) => p.heading)).toEqual([
      "Hollis College, Kessler Green",
      "Thank you, President Okafor",
      "Many of you started college on a laptop screen, in a bedroom you shared with a sibling",
      "When President Okafor called to invite me, I said yes before she had finished the sentence",
      "So instead of wisdom, I am going to tell you about my grandmother",
    ]);
    expect(outline.closing).toEqual(["Thank you, and congratulations."]);
  });

  it("leaves a letterhead above the title in the opening", () => {
    const address = [
      "Harbour Valley College, Quay Street, Dunmore",
      "",
      "Principal's Address at the Annual Prize-Giving",
      "",
      "I want to start with a confession. Every year I promise myself this speech will be shorter.",
      "",
      "This has been a year of firsts for the college.",
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n")), script: "en" });
    expect(outline.title).toBe("Principal's Address at the Annual Prize-Giving");
    expect(outline.preamble).toEqual([address[0]]);
    expect(outline.points.map((p) => p.heading)).toEqual([
      "I want to start with a confession",
      "This has been a year of firsts for the college",
    ]);
  });
});

describe("a number alone on its line", () => {
  it("takes the short line after it as its heading, a question too; a sentence after it leaves it empty", () => {
    const outline = outlineOf(
      [
        "反向消费观察",
        "01",
        "不是没钱",
        "年轻人算得更细了，这是理性的选择。",
        "02",
        "商家该慌吗？",
        "商家要做的是把价格做实，把服务做细。",
        "03",
        "未来的消费会更看重品质，也更看重体验，这一点已经越来越明显了。",
      ].join("\n"),
    );
    expect(outline.points.map((p) => [p.marker, p.heading])).toEqual([
      ["01", "不是没钱"],
      ["02", "商家该慌吗？"],
      ["03", ""],
    ]);
  });

  it("between dashes (`—01—`), as a WeChat editor sets it, is no printed page's number (`— 1 —`)", async () => {
    const post = [
      "青年读书班：我们这样读懂基层",
      "—01—",
      "读原著·学原文",
      "读书班开班第一课，带班老师就给大家立规矩：不读二手材料，原原本本读原文。",
      "—02—",
      "进村居·察实情",
      "纸上得来终觉浅，绝知此事要躬行。读书班把课堂搬到了田间地头。",
    ];
    const read = buildOutline(
      await parseSource(new TextEncoder().encode(post.join("\n")), "post.txt", "txt"),
    );
    expect(read.points.map((p) => [p.marker, p.heading])).toEqual([
      ["—01—", "读原著·学原文"],
      ["—02—", "进村居·察实情"],
    ]);
  });

  it("as a WeChat editor sets it before its part's title on the same line (`01 冷库建了，却“冷”在那里`) numbers a series", () => {
    const prose = "记者调研发现，部分冷库选址时重申报、轻论证，建在了交通不便的地方，利用率不高。";
    const outline = outlineOf(
      [
        "县域冷链“最先一公里”，卡在哪儿？",
        "清晨六点，湘南某县的一个橙子种植合作社门口，十几辆三轮车排起了长队。",
        "01 冷库建了，却“冷”在那里",
        prose,
        "02 有库无人，运营成了“老大难”",
        prose,
        "03 前后断链，单点设施难成网络",
        prose,
        "写在最后",
        "冷链“最先一公里”连着农民的钱袋子，补齐这块短板，需要久久为功。",
      ].join("\n"),
    );
    expect(outline.points.map((p) => [p.marker, p.heading])).toEqual([
      ["01", "冷库建了，却“冷”在那里"],
      ["02", "有库无人，运营成了“老大难”"],
      ["03", "前后断链，单点设施难成网络"],
      ["", "写在最后"],
    ]);
  });

  it("takes a short sentence of its own line as its heading only when each number of its series has one", () => {
    const part = "很多群众来办事，往往是遇到了难处，窗口工作人员多问一句、多帮一把，群众就少跑一趟。";
    const every = outlineOf(
      [
        "一",
        "服务有温度，首先要把群众的事当成自己的事。",
        part,
        "二",
        "服务有温度，关键要在规范上下功夫。",
        part,
      ].join("\n"),
    );
    expect(every.points.map((p) => p.heading)).toEqual([
      "服务有温度，首先要把群众的事当成自己的事。",
      "服务有温度，关键要在规范上下功夫。",
    ]);
    const notEvery = outlineOf(
      ["一", "服务有温度，首先要把群众的事当成自己的事。", part, "二", part, part].join("\n"),
    );
    expect(notEvery.points.map((p) => p.heading)).toEqual(["", ""]);
  });

  it("a speaker's ordinal opening a numbered part says its number again, even when a part says none", () => {
    const talk = (words: string) =>
      `${words} Every lawyer in this room has a client who has waited too long.`;
    const outline = buildOutline({
      ...plainSource(
        [
          "The Bar and the Public Trust",
          "I",
          talk("The first thing I want to speak about is delay."),
          "II",
          talk("My second concern is civility."),
          "III",
          talk("Then there is the young Bar."),
          "IV",
          talk("Lastly, trust."),
        ].join("\n\n"),
      ),
      script: "en",
    });
    expect(pointTree(outline.points)).toEqual(["I|", "II|", "III|", "IV|"]);
  });

  it("says it again though one part says its ordinal twice (`The second map, then, is simple.`)", () => {
    const words = "Every one of you has been assessed for years, and you will be wrong more often now.";
    const outline = buildOutline({
      ...plainSource(
        [
          "Three Small Maps for a Large World",
          words,
          "Part One",
          "The first map is about being wrong.",
          words,
          "Part Two",
          "The second map is about other people.",
          words,
          "The second map, then, is simple. Stay in rooms with people who are not like you.",
          "Part Three",
          "The third map is about where you come from.",
          words,
        ].join("\n\n"),
      ),
      script: "en",
    });
    expect(pointTree(outline.points)).toEqual(["Part One|", "Part Two|", "Part Three|"]);
  });
});

describe("a series said inside a paragraph", () => {
  it("does not go on under the next heading: its `Finally,` starts that part's text", () => {
    const source = { ...plainSource(""), format: "md" as const, script: "en" as const };
    const blocks = [
      { kind: "paragraph" as const, text: "Good morning. I want to talk about the grid.", line: 0 },
      { kind: "heading" as const, depth: 2, text: "Permitting", line: 1 },
      {
        kind: "paragraph" as const,
        text: "Our bill does three things. First, it sets deadlines. Second, it shortens appeals. Third, it requires consultation.",
        line: 2,
      },
      { kind: "heading" as const, depth: 2, text: "The Workforce", line: 3 },
      {
        kind: "paragraph" as const,
        text: "Finally, let me turn to the people who will do this work. They need training.",
        line: 4,
      },
      { kind: "heading" as const, depth: 2, text: "Closing", line: 5 },
      { kind: "paragraph" as const, text: "Thank you.", line: 6 },
    ];
    const outline = buildOutline({ ...source, blocks });
    expect(items(outline.points).map(([marker, heading]) => `${marker}${heading}`)).toEqual([
      "Permitting",
      "First,it sets deadlines",
      "Second,it shortens appeals",
      "Third,it requires consultation",
      "The Workforce",
      "Closing",
    ]);
  });

  it("does not go on under the next part's numbering either (`IV. LOOKING OUTWARD` then `Finally, …`)", () => {
    const address = [
      "PRESIDENTIAL ADDRESS TO THE DIOCESAN SYNOD",
      "I. A CHURCH THAT PRAYS",
      "Everything we do begins in prayer, in every parish and chapel of this diocese, week by week.",
      "II. PARISHES AND MONEY",
      "Three things follow from this. First, we will stop asking parishes to pay what they cannot. Secondly, we will invest in people before buildings. Thirdly, we must let some things end well.",
      "III. LOOKING OUTWARD",
      "Finally, I want to remind us that the Church does not exist for itself, but for the world it serves.",
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n")), script: "en" });
    expect(items(outline.points).map(([marker, heading]) => `${marker}${heading}`)).toEqual([
      "I.A CHURCH THAT PRAYS",
      "II.PARISHES AND MONEY",
      "First,we will stop asking parishes to pay what they cannot",
      "Secondly,we will invest in people before buildings",
      "Thirdly,we must let some things end well",
      "III.LOOKING OUTWARD",
    ]);
  });

  it("goes on inside the next paragraph, and in the paragraphs that open with its next items", () => {
    const text = [
      "A Word to the Parish",
      "I want to ask four things of us. Firstly, that we keep the warm space open. Last winter forty people came.",
      "My next request is harder. The weekday rota is thin. Secondly, I ask you to give one afternoon a month.",
      "Thirdly, I want us to look outward. The food bank needs a second site.",
      "Lastly, I want us to keep praying for one another.",
    ].join("\n\n");
    expect(items(outlineOf(text).points).map(([marker, heading]) => `${marker} ${heading}`)).toEqual([
      "Firstly, that we keep the warm space open",
      "Secondly, I ask you to give one afternoon a month",
      "Thirdly, I want us to look outward",
      "Lastly, I want us to keep praying for one another",
    ]);
    // Three paragraphs on, `Second,` inside a paragraph is a sentence's word.
    const far = [
      "Keynote",
      "Let me begin. First, a word of thanks to the organisers.",
      "The hall is full.",
      "The coffee is good.",
      "The chairs are new.",
      "My point is simple. Second, I mean it.",
    ].join("\n\n");
    expect(items(outlineOf(far).points).some(([marker]) => marker === "Second,")).toBe(false);
  });

  it("takes `Next, …` opening a paragraph as the next item of a spoken series, and ends it at a heading", () => {
    const source = { ...plainSource(""), format: "md" as const, script: "en" as const };
    const paragraph = (text: string, line: number) => ({ kind: "paragraph" as const, text, line });
    const blocks = [
      paragraph("Good evening. I want to report on the promises we made two years ago.", 0),
      { kind: "heading" as const, depth: 2, text: "Jobs", line: 1 },
      paragraph("First, pass the Rural Opportunity Act.", 2),
      paragraph("Second, double the number of apprenticeships.", 3),
      paragraph("And third, fix a permitting system that makes families wait.", 4),
      { kind: "heading" as const, depth: 2, text: "Our schools", line: 5 },
      paragraph("Finally, I want to talk about the reason most of us ran for office: our children.", 6),
      paragraph("First, every child should be reading by the end of third grade.", 7),
      paragraph("Next, we will make summer count.", 8),
      paragraph("Next, we will fix the school buses.", 9),
      paragraph("And finally, we have to pay teachers like the professionals they are.", 10),
      paragraph("Next, a word of thanks to the staff of this chamber.", 11),
    ];
    const outline = buildOutline({ ...source, blocks });
    expect(outline.points.map((p) => [p.heading, p.children.map((c) => c.marker)])).toEqual([
      ["Jobs", ["First,", "Second,", "And third,"]],
      ["Our schools", ["First,", "Next,", "Next,", "And finally,"]],
    ]);
  });

  it("goes on after its last item with `Oh – and one more thing:`, which alone is a sentence", () => {
    const speech = [
      "Principal's Address at the Opening Assembly",
      "Good morning, students. I have four things to tell you this morning.",
      "First, the new timetable. The school day will begin at 7.45 from this year.",
      "Second, the mobile phone policy. Phones stay in lockers until the last bell.",
      "Third, our Class 12 students, who face their board examinations in March.",
      "Lastly, be kind to one another. We are a school of many languages and faiths.",
      "Oh – and one more thing: the new canteen block opens on Wednesday. It has a larger seating area.",
      "Have a wonderful year.",
    ];
    const outline = buildOutline({ ...plainSource(speech.join("\n\n")), script: "en" });
    expect(items(outline.points).map(([marker, heading]) => `${marker} ${heading}`)).toEqual([
      "First, the new timetable",
      "Second, the mobile phone policy",
      "Third, our Class 12 students, who face their board examinations in March",
      "Lastly, be kind to one another",
      "Oh – and one more thing: the new canteen block opens on Wednesday",
    ]);
    const alone = [
      "Remarks at the Gala",
      "Thank you all for coming tonight.",
      "One more thing: the raffle closes at nine.",
      "Enjoy the evening.",
    ];
    const flat = buildOutline({ ...plainSource(alone.join("\n\n")), script: "en" });
    expect(items(flat.points).some(([marker]) => marker.includes("one more"))).toBe(false);
  });

  it("takes `Let me turn to …` as the next of the announced items, and as a sentence where none is left", () => {
    const statement = [
      "Opening Statement by the Chief Medical Officer of Health",
      "Good morning. I have three updates for you this morning, and then we'll open it up to questions.",
      "First, measles. We have confirmed nine new cases in the province since our last briefing.",
      "The second thing I want to say is that respiratory virus season is arriving early this year.",
      "Let me turn to the heat warning for the southern districts. Highs of thirty-four are forecast.",
      "Let me turn to your questions now. Thank you.",
    ];
    const outline = buildOutline({ ...plainSource(statement.join("\n\n")), script: "en" });
    expect(items(outline.points).map(([marker, heading]) => `${marker} ${heading}`)).toEqual([
      "First, measles",
      "The second thing I want to say is that respiratory virus season is arriving early this year",
      "Let me turn to the heat warning for the southern districts",
    ]);
    // With no count announced, `Let me turn to` is a sentence of the speech.
    const unannounced = [statement[0], "Good morning.", ...statement.slice(2)];
    const plain = buildOutline({ ...plainSource(unannounced.join("\n\n")), script: "en" });
    expect(items(plain.points).map(([marker]) => marker)).toEqual([
      "First,",
      "The second thing I want to say is",
    ]);
  });

  it("takes three `Let me turn now to …` or more, counted by nothing else, as the speaker's parts", () => {
    const remarks = [
      "Remarks on the Long Term Plan Vote",
      "I will be voting in favour of this plan today, and I want to explain why.",
      "Let me turn now to the rates increase itself.",
      "The average increase is 9.9 per cent. I looked hard at the alternatives.",
      "Let me turn now to the wastewater network. Residents asked me three questions. First, could the work be faster? Second, would local firms get a share?",
      "Let me turn now to what this plan does for the eastern suburbs.",
      "It funds the recreation centre at last. I support the motion.",
    ];
    const outline = buildOutline({ ...plainSource(remarks.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "Let me turn now to|the rates increase itself",
      "Let me turn now to|the wastewater network",
      "  First,|could the work be faster",
      "  Second,|would local firms get a share",
      "Let me turn now to|what this plan does for the eastern suburbs",
    ]);
  });

  it("takes a turn said just before the item of the same place as that item's lead-in", () => {
    const address = [
      "Building a Skills System",
      "Let me turn to what we are going to do about it. I want to make three commitments to you.",
      "First, we will put college funding on a stable footing. Budgets will be set for three years.",
      "Let me turn now to the people who make all of this work.",
      "Second, we will invest in the workforce. Lecturers in shortage subjects will be paid more.",
      "Let me turn to the system itself.",
      "Third, we will make the system simpler. There are too many qualifications.",
      "Thank you.",
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "First,|we will put college funding on a stable footing",
      "Second,|we will invest in the workforce",
      "Third,|we will make the system simpler",
    ]);
    expect(outline.warnings.join(" ")).not.toContain("repeats");
  });

  it("after a sentence ending in a colon, which names no speaker (`My budget does three things: first, …`)", () => {
    const speech = [
      "Remarks",
      "Good evening. Every family has the right to feel safe on their street and at home.",
      "My public safety budget does three things: first, it funds 200 new dispatchers; second, it opens 300 treatment beds; and third, it pays for public defenders in every county.",
      "Thank you.",
    ];
    const outline = buildOutline({ ...plainSource(speech.join("\n\n")), script: "en" });
    expect(items(outline.points).map(([marker, heading]) => `${marker} ${heading}`)).toEqual([
      "first, it funds 200 new dispatchers",
      "second, it opens 300 treatment beds",
      "third, it pays for public defenders in every county",
    ]);
  });

  it("goes on in the paragraph its first item opens (`First, we will … Second, we will …`)", () => {
    const speech = [
      "BUDGET SPEECH",
      "AGRICULTURE",
      "5. Members are aware that six out of every ten workers in the State depend on farming.",
      "6. Our approach for the coming year therefore rests on three elements.",
      "First, we will bring more land under assured irrigation. Second, we will extend crop loans to tenant farmers. Third, we will set up hubs with cold storage.",
      "7. The farm support scheme will continue.",
      "HEALTH",
      "8. Good health is the foundation on which every other achievement rests.",
      "9. Three new medical colleges will admit their first students.",
      "EDUCATION",
      "10. We will convert more schools.",
    ];
    const outline = buildOutline({ ...plainSource(speech.join("\n\n")), script: "en" });
    expect(outline.points.map((p) => [p.heading, p.children.map((c) => c.heading)])).toEqual([
      [
        "AGRICULTURE",
        [
          "we will bring more land under assured irrigation",
          "we will extend crop loans to tenant farmers",
          "we will set up hubs with cold storage",
        ],
      ],
      ["HEALTH", []],
      ["EDUCATION", []],
    ]);
  });
});

describe("a picture's caption after its mark", () => {
  it("right over a number alone on its line, closes the part before it: no heading", () => {
    const prose = "有光的人，心里有求知的光。大学和中学最大的不同，是没有人再把标准答案递到你的手上。";
    const post = [
      "做一个有光的人",
      "▲开学典礼现场",
      "今天，新同学正式成为大家庭的一员。",
      "一",
      prose,
      "▲学生代表宣读入学誓词",
      "二",
      prose,
      "三",
      prose,
    ];
    const outline = outlineOf(post.join("\n"));
    expect(pointTree(outline.points)).toEqual(["一|", "二|", "三|"]);
    expect(outline.points[0]?.paragraphs).toContain("▲学生代表宣读入学誓词");
  });

  it("right over a numbered heading, closes the part before it: no heading", () => {
    const prose = "街道党工委开展专题学习12次，新发展党员15名，各项工作取得新进展，群众满意度持续提升。";
    const summary = [
      "东湖街道2023年度工作总结",
      prose,
      "一、党建引领强根基",
      prose,
      "▲ 街道召开2023年度基层党建工作推进会",
      "二、经济发展稳中有进",
      prose,
      "▲ 街道走访辖区重点企业，现场解决企业诉求",
      "三、城市更新提速增效",
      prose,
    ];
    const outline = outlineOf(summary.join("\n"));
    expect(pointTree(outline.points)).toEqual([
      "一、|党建引领强根基",
      "二、|经济发展稳中有进",
      "三、|城市更新提速增效",
    ]);
  });
});

describe("numbering written as one character", () => {
  it("`㈠` `㈡` number a series as `（一）` `（二）` do, under the part above", () => {
    const prose = "本部自今年起調整最低工資，月薪調升至二萬八千五百九十元，受惠勞工逾二百萬人。";
    const report = [
      "勞動部業務報告",
      "一、保障勞工基本權益",
      "㈠調整最低工資",
      prose,
      "㈡強化職場霸凌防治",
      prose,
      "二、促進就業",
      prose,
    ];
    expect(pointTree(outlineOf(report.join("\n")).points)).toEqual([
      "一、|保障勞工基本權益",
      "  ㈠|調整最低工資",
      "  ㈡|強化職場霸凌防治",
      "二、|促進就業",
    ]);
  });
});

describe("two sides taken in turn", () => {
  it("`一方面，` and `另一方面，` opening paragraphs are a series of two; inside a paragraph, words of it", () => {
    const prose = "全市累计投入资金18.7亿元，农村卫生厕所普及率达到91.3%，村容村貌明显改善。";
    const speech = [
      "在全市农村人居环境整治提升推进会上的讲话",
      "一、正确看待成绩和差距",
      `一方面，成绩来之不易。${prose}`,
      `另一方面，差距不容忽视。${prose}`,
      "二、突出抓好重点任务",
      `一方面要加强组织领导，另一方面要加大资金投入。${prose}`,
    ];
    expect(pointTree(outlineOf(speech.join("\n")).points)).toEqual([
      "一、|正确看待成绩和差距",
      "  一方面，|成绩来之不易",
      "  另一方面，|差距不容忽视",
      "二、|突出抓好重点任务",
    ]);
  });
});

describe("capital letters with a Chinese mark after them", () => {
  it("`A、` `B、` letter a series under the part above, headings or paragraphs headed by a sentence", () => {
    const prose = "8月促销期间，每日晚间的人工接通率仅为76%，主要原因是排班模型仍按历史均值测算。";
    const review = [
      "第三季度客户服务中心工作复盘",
      "一、问题与原因分析",
      `A、高峰时段接通率偏低。${prose}`,
      `B、新员工流失较快。${prose}`,
      "二、工作计划",
      "A．大促保障",
      prose,
      "B．人员稳定",
      prose,
    ];
    expect(pointTree(outlineOf(review.join("\n")).points)).toEqual([
      "一、|问题与原因分析",
      "  A、|高峰时段接通率偏低",
      "  B、|新员工流失较快",
      "二、|工作计划",
      "  A．|大促保障",
      "  B．|人员稳定",
    ]);
  });
});

describe("a bracketed number with a mark after it", () => {
  it("`(1)、` `(2)、` number a series under the part above, the mark kept with the number", () => {
    const prose = "本公司一一二年度合併營業收入為新臺幣八十六億元，較前一年度減少百分之六。";
    const address = [
      "股東常會董事長致詞",
      "一、一一二年度營業結果",
      "(1)、營業計畫實施成果",
      prose,
      "(2)、財務收支及獲利能力分析",
      prose,
      "二、一一三年度營業計畫概要",
      prose,
    ];
    expect(pointTree(outlineOf(address.join("\n")).points)).toEqual([
      "一、|一一二年度營業結果",
      "  (1)、|營業計畫實施成果",
      "  (2)、|財務收支及獲利能力分析",
      "二、|一一三年度營業計畫概要",
    ]);
  });
});

describe("a form's questions numbered by its section's letter", () => {
  it("`A1.` `A2.` then `B1.` `B2.` nest under their sections' lines", () => {
    const answer =
      "We are governed by a board of nine trustees who meet every two months and report each year.";
    const form = [
      "VOICES OF THE MILL: PROJECT NARRATIVE",
      "SECTION A: ABOUT YOUR ORGANISATION",
      "A1. Tell us about your organisation.",
      answer,
      "A2. How is your organisation governed?",
      answer,
      "SECTION B: THE PROJECT",
      "B1. What do you want to do, and why?",
      answer,
      "B2. Who will take part?",
      answer,
    ];
    const outline = buildOutline({ ...plainSource(form.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points).map((line) => line.split("|")[0])).toEqual([
      "SECTION A:",
      "  A1.",
      "  A2.",
      "SECTION B:",
      "  B1.",
      "  B2.",
    ]);
  });

  it("`R1  That …`: a panel's recommendations with a wide gap for a stop", () => {
    const summary = [
      "Summary of Recommendations 2024/25",
      "The Panel's recommendations to Council are:",
      "R1  That the Basic Allowance be increased by 3.5%.\nR2  That the Leader's allowance remain unchanged.\nR3  That allowances be indexed to the pay award.",
      "Contact: Democratic Services",
    ];
    const outline = buildOutline({ ...plainSource(summary.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points).map((line) => line.split("|")[0])).toEqual(["R1", "R2", "R3"]);
  });
});

describe("a speaker's points said as numbers", () => {
  const prose =
    "We did what we said we would do on reliability, and the numbers from this quarter show it plainly.";
  const talk = (numbers: string[]) =>
    buildOutline({
      ...plainSource(
        [
          "Northwind Labs — Company All-Hands",
          "[00:01:10] PRIYA NAIR (CEO):",
          "Thanks, Jordan. I am going to keep this short today, and say three things.",
          ...numbers.flatMap((number) => [number, prose, prose]),
          "That's my three. Marcus?",
          "[00:18:45] MARCUS OYELARAN (CFO):",
          prose,
        ].join("\n\n"),
      ),
      script: "en",
    });

  it("`One.` `Two.` `Three.`, each alone on its line over its paragraphs, are the points", () => {
    expect(pointTree(talk(["One.", "Two.", "Three."]).points)).toEqual(["One.|", "Two.|", "Three.|"]);
  });

  it("a lone `One.` is a word said", () => {
    expect(pointTree(talk(["One."]).points)).not.toContain("One.|");
  });
});

describe("a list nested by indentation alone", () => {
  const prose = "The inspectors spent time in 140 lessons and workshops and spoke to more than 300 students.";
  it("nests the items set in further, counting from one again, under the item above them", () => {
    const notes = [
      "Staff Briefing",
      "",
      "Good afternoon, everyone, and thank you for coming at the end of a long day.",
      "",
      "1. The inspection",
      `   ${prose}`,
      "",
      "    1. What the inspectors saw",
      `       ${prose}`,
      "",
      "    2. What they asked us to improve",
      `       ${prose}`,
      "",
      "        1. Attendance in the first year",
      `           ${prose}`,
      "",
      "        2. Consistency of written feedback",
      `           ${prose}`,
      "",
      "2. Changes for September",
      `   ${prose}`,
    ];
    expect(pointTree(outlineOf(notes.join("\n")).points)).toEqual([
      "1.|The inspection",
      "  1.|What the inspectors saw",
      "  2.|What they asked us to improve",
      "    1.|Attendance in the first year",
      "    2.|Consistency of written feedback",
      "2.|Changes for September",
    ]);
  });

  it("reads items set in at random, not counting from one, as one series", () => {
    const text = ["1. The inspection", prose, "   2. What they saw", prose, "3. Changes", prose].join("\n\n");
    expect(pointTree(outlineOf(text).points)).toEqual([
      "1.|The inspection",
      "2.|What they saw",
      "3.|Changes",
    ]);
  });

  it("reads headings centred by hand, the first set in furthest, as one series", () => {
    const centred = (line: string, width: number) => `${" ".repeat(width)}${line}`;
    const body = "（一）成绩来之不易。过去一年，全区安全生产形势总体平稳，事故起数和死亡人数实现双下降。";
    const speech = [
      "同志们：",
      centred("一、清醒认识当前安全生产形势", 11),
      `  ${body}`,
      centred("二、突出重点，全力抓好隐患排查整治", 9),
      `  ${body}`,
      centred("三、压实责任，健全安全生产长效机制", 9),
      `  ${body}`,
    ];
    expect(pointTree(outlineOf(speech.join("\n")).points).filter((line) => !line.includes("（一）"))).toEqual(
      [
        "一、|清醒认识当前安全生产形势",
        "二、|突出重点，全力抓好隐患排查整治",
        "三、|压实责任，健全安全生产长效机制",
      ],
    );
  });

  it("reads numerals set flush right (`  i.` · ` ii.` · `iii.`), their words in one column, as one series", () => {
    const report = [
      "Review of Leisure Centres",
      "(a) Condition of the buildings. The position varies considerably between sites:",
      "      i. Whitmore Road. Built in 1974, the pool hall roof is at the end of its life.",
      "     ii. Castlegate. The sports hall is sound but the changing rooms are old.",
      "    iii. Millfield. Opened in 2011, Millfield is in good condition.",
      "(b) Usage and demand. Total visits recovered to 412,000 in 2022/23.",
    ];
    expect(pointTree(outlineOf(report.join("\n\n")).points)).toEqual([
      "(a)|Condition of the buildings",
      "  i.|Whitmore Road",
      "  ii.|Castlegate",
      "  iii.|Millfield",
      "(b)|Usage and demand",
    ]);
  });
});
