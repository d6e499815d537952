import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { matchMarker, ordinalOnly } from "../src/outline/markers.js";
import { plainSource } from "./helpers/plain-source.js";
import { pointTree } from "./helpers/outline-text.js";

const markerAtStart = (text: string) => matchMarker(text, 0, false)?.marker ?? null;

describe("numbering at a paragraph's start", () => {
  it("the first cell of a table's row is no numbering, a number set apart by one tab is", () => {
    expect(markerAtStart("1.0\t14 Feb 2024\tFirst draft")).toBeNull();
    expect(markerAtStart("2.\tBid results\t12")).toBeNull();
    expect(markerAtStart("2.\tBid results")).toBe("2.");
    expect(markerAtStart("2.1 Mandatory consolidation\tHigh\tLow")).toBeNull();
    // A quantity opening a wrapped line or a sentence: `1.5 miles separates…`, `12.34 pm`.
    expect(markerAtStart("1.5 miles separates the two towers.")).toBeNull();
    expect(markerAtStart("12.34 pm")).toBeNull();
    expect(markerAtStart("1.5 Rural bus services")).toBe("1.5");
    // A row of a table's figures, its cells apart by spaces, says no words.
    expect(markerAtStart("265.1\u3000\u3000482.6\u3000\u300012.5%")).toBeNull();
    expect(markerAtStart("3. 7 —")).toBeNull();
  });

  it("a verse or a chapter of another text cited (`第二十節說：`, `第三章至第五章`) opens no part", () => {
    expect(markerAtStart("第二十節說：「野地的走獸也必尊重我。」")).toBeNull();
    expect(markerAtStart("第三章至第五章講的是曠野的路。")).toBeNull();
    expect(markerAtStart("第五章規定了會員的權利。")).toBeNull();
    expect(markerAtStart("第二章\u3000總則")).toBe("第二章");
    expect(markerAtStart("第一節 概述")).toBe("第一節");
  });

  it("a course counts its parts in lessons and units (`第一课`, `第二單元`); a school's `第二课堂` is none", () => {
    const text = [
      "新员工安全培训讲稿",
      "第一课",
      "安全法规",
      "一、为什么要学",
      "很多同志觉得法律与己无关。",
      "第二课",
      "规章制度",
      "一、责任制",
      "每个岗位都有安全职责。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "第一课|安全法规",
      "  一、|为什么要学",
      "第二课|规章制度",
      "  一、|责任制",
    ]);
    expect(markerAtStart("第二單元 分數的認識")).toBe("第二單元");
    expect(markerAtStart("第二课堂活动丰富多彩，学生参与面广。")).toBeNull();
  });

  it("an English speaker's `First of all,` and `Last but not least,` count as `First,` and `Finally,` do", () => {
    const at = (text: string) => {
      const match = matchMarker(text, 0, false);
      return match ? [match.marker, match.ordinal] : null;
    };
    expect(at("First of all, faithfulness begins at home.")).toEqual(["First of all,", 1]);
    expect(at("Second of all, it lasts.")).toEqual(["Second of all,", 2]);
    expect(at("Last but not least, trust the harvest.")?.[0]).toBe("Last but not least,");
    expect(at("Last year, we grew.")).toBeNull();
  });

  it("a connective before a speaker's sequence word belongs to its marker (`所以，最后，`)", () => {
    expect(markerAtStart("所以，最后，我学到了行动。")).toBe("所以，最后，");
    expect(markerAtStart("那么，第二，我们要守住底线。")).toBe("那么，第二，");
    expect(markerAtStart("所以，我们一定要坚持下去。")).toBeNull();
  });

  it("a scan's dash read for `一` numbers the first item (`—、` `（—）` `-是`); a dash's pair or a dash in English does not", () => {
    expect(markerAtStart("—、基本情况")).toBe("—、");
    expect(markerAtStart("(-)水源保障能力不强。")).toBe("(-)");
    expect(matchMarker("管护机制不够健全。-是管护经费不足。", 9, true)?.ordinal).toBe(1);
    expect(matchMarker("我们的目标——是让群众满意。", 6, true)).toBeNull();
    expect(markerAtStart("- 、 list")).toBeNull();
    expect(markerAtStart("(-) 5%")).toBeNull();
    const outline = buildOutline(
      plainSource(
        [
          "—、基本情况",
          "全县情况良好。",
          "二、存在问题",
          "（—）水源不足。水源偏少。",
          "（二）管护不够。-是经费不足。二是人员缺乏。",
        ].join("\n"),
      ),
    );
    expect(pointTree(outline.points)).toEqual([
      "—、|基本情况",
      "二、|存在问题",
      "  （—）|水源不足",
      "  （二）|管护不够",
      "    -是|经费不足",
      "    二是|人员缺乏",
    ]);
  });

  it("a comma a scan or a rough hand set for `、` after a numeral numbers a section at a line's start", () => {
    expect(markerAtStart("二,存在的问题")).toBe("二,");
    expect(markerAtStart("三，下步打算")).toBe("三，");
    // Inside a sentence, numerals and commas count things.
    expect(matchMarker("我们讲了。一，二，三个方面都要抓。", 5, true)).toBeNull();
    expect(markerAtStart("一，二，三，大家跟我一起数。")).toBeNull();
    const outline = buildOutline(
      plainSource(
        [
          "一.主要工作",
          "全镇安全形势平稳。",
          "二,存在的问题",
          "企业主体责任落实不到位。",
          "三、下步打算",
          "持续压实责任。",
        ].join("\n"),
      ),
    );
    expect(pointTree(outline.points)).toEqual(["一.|主要工作", "二,|存在的问题", "三、|下步打算"]);
  });

  it("a writer's `其一、` counts as `其一，` does", () => {
    expect(markerAtStart("其一、要从群众视角重新梳理办事流程。")).toBe("其一、");
    const outline = buildOutline(
      plainSource(
        "改革有三个方面尤其需要下功夫。其一、要梳理办事流程。流程要从群众角度看。其二、要打通数据共享。数据要跑起来。其三、要让群众评价。评价要公开。",
      ),
    );
    expect(pointTree(outline.points)).toEqual([
      "其一、|要梳理办事流程",
      "其二、|要打通数据共享",
      "其三、|要让群众评价",
    ]);
  });

  it("`第三，` after `首先，` and `其次，` goes on with them, not as a series of its own", () => {
    const speech = [
      "部長致詞稿",
      "首先，數位基礎建設必須走在需求前面。部裡正在推動偏鄉光纖建設。",
      "其次，資料治理是智慧城市的核心。城市每天產生大量資料。",
      "第三，數位服務要讓每一個人都用得上。智慧城市不應只服務年輕人。",
      "最後，國際合作是臺灣智慧城市走向世界的關鍵。我們將持續參與國際論壇。",
    ];
    const outline = buildOutline(plainSource(speech.join("\n")));
    expect(pointTree(outline.points).map((line) => line.split("|")[0])).toEqual([
      "首先，",
      "其次，",
      "第三，",
      "最後，",
    ]);
  });

  it("`再來，` or `接下来，` after `首先，` and `其次，` goes on with them, up to `最後，`", () => {
    const speech = [
      "理事長致詞",
      "首先，我要謝謝大家撥空來參加晚會。今年報名的家庭最多。",
      "其次，我要特別感謝今天的幕後功臣。志工隊從下午就開始忙。",
      "再來，跟大家報告一件好消息。長照據點明年開張。",
      "最後，提醒大家注意用火安全。垃圾請分類帶走。",
    ];
    const outline = buildOutline(plainSource(speech.join("\n")));
    expect(pointTree(outline.points).map((line) => line.split("|")[0])).toEqual([
      "首先，",
      "其次，",
      "再來，",
      "最後，",
    ]);
    const simplified = buildOutline(plainSource(speech.join("\n").replace("再來，", "接下来，")));
    expect(pointTree(simplified.points).map((line) => line.split("|")[0])).toEqual([
      "首先，",
      "其次，",
      "接下来，",
      "最後，",
    ]);
  });

  it("whom the speaker turns to before the next of a series belongs to its marker", () => {
    expect(markerAtStart("同志们，第三，要改进作风。")).toBe("同志们，第三，");
    expect(markerAtStart("各位代表，最后，我再强调一点。")).toBe("各位代表，最后，");
    expect(markerAtStart("同志们，我们一定要坚持下去。")).toBeNull();
    expect(matchMarker("Mr Speaker, fourth and finally, we will build homes.", 0, false)?.ordinal).toBe(4);
    expect(markerAtStart("Madam Speaker, second, we will repair the defences.")).toBe(
      "Madam Speaker, second,",
    );
    expect(markerAtStart("Mr Speaker, first things first.")).toBeNull();
  });

  it("the next of a labelled series said in passing (`And lesson five, the one I care about:`) goes on with it", () => {
    const talk = [
      "Five Lessons",
      "Lesson one: show up early.",
      "Lesson two: listen first.",
      "And lesson three, the one I care about most: keep going.",
    ];
    expect(pointTree(buildOutline(plainSource(talk.join("\n\n"))).points)).toEqual([
      "Lesson one:|show up early",
      "Lesson two:|listen first",
      "And lesson three, the one I care about most:|keep going",
    ]);
    expect(markerAtStart("And page two, as you can see, is blank.")).toBeNull();
  });

  it("a host's agenda items (`下面进行第一项，`, `大会进行第二项，`) are the meeting's parts", () => {
    expect(markerAtStart("下面进行第一项，请大队长通报全区消防工作情况。")).toBe("下面进行第一项，");
    expect(markerAtStart("进行大会第三项，为先进集体颁奖。")).toBe("进行大会第三项，");
    expect(markerAtStart("会议进行得很顺利。")).toBeNull();
    const script = [
      "表彰大会主持词",
      "今天的会议共有三项议程。",
      "下面进行第一项，请大队长通报工作情况。",
      "大会进行第二项，为先进集体颁奖。",
      "首先，请先进集体代表上台领奖。",
      "其次，请先进个人上台领奖。",
      "进行大会第三项，请区长作重要讲话。",
    ];
    expect(pointTree(buildOutline(plainSource(script.join("\n\n"))).points)).toEqual([
      "下面进行第一项，|请大队长通报工作情况",
      "大会进行第二项，|为先进集体颁奖",
      "  首先，|请先进集体代表上台领奖",
      "  其次，|请先进个人上台领奖",
      "进行大会第三项，|请区长作重要讲话",
    ]);
  });

  it("a programme's parts are counted in `篇章` as a text's are in `章`", () => {
    expect(markerAtStart("第一篇章　回望·感恩")).toBe("第一篇章");
    const script = [
      "年会主持词",
      "第一篇章　回望·感恩",
      "甲：2024年，是奋进的一年。",
      "第二篇章　奋斗·荣耀",
      "乙：首先，颁发新人奖。",
    ];
    expect(pointTree(buildOutline(plainSource(script.join("\n\n"))).points).slice(0, 2)).toEqual([
      "第一篇章|回望·感恩",
      "第二篇章|奋斗·荣耀",
    ]);
  });

  it("a post's section number before a bar (`01｜`, `壹｜`) heads its section; a year before a bar is none", () => {
    expect(markerAtStart("01｜坚定理想信念")).toBe("01｜");
    expect(markerAtStart("2 | 把问题当课题")).toBe("2 |");
    expect(markerAtStart("壹｜把群众当亲人")).toBe("壹｜");
    expect(markerAtStart("2024｜年度回顾")).toBeNull();
    const post = [
      "驻村两年",
      "开头一段话。",
      "壹｜把群众当亲人",
      "刚到村里时。",
      "贰｜把问题当课题",
      "第一，为民要沉得下去。",
      "第二，为民要干得实在。",
    ];
    expect(pointTree(buildOutline(plainSource(post.join("\n\n"))).points)).toEqual([
      "壹｜|把群众当亲人",
      "贰｜|把问题当课题",
      "  第一，|为民要沉得下去",
      "  第二，|为民要干得实在",
    ]);
  });

  it("a labelled series may number its label `No.` or `#` (`Rule No. 1:`, `Myth #2:`), one series per label", () => {
    expect(markerAtStart("Rule No. 1: Read the whole record.")).toBe("Rule No. 1:");
    expect(markerAtStart("Myth #2: Nobody reads the manual.")).toBe("Myth #2:");
    const talk = [
      "House Rules",
      "Rule No. 1: Read the whole record.",
      "Rule No. 2: Be kind.",
      "Rule No. 3: Rest.",
    ];
    expect(pointTree(buildOutline(plainSource(talk.join("\n\n"))).points)).toEqual([
      "Rule No. 1:|Read the whole record",
      "Rule No. 2:|Be kind",
      "Rule No. 3:|Rest",
    ]);
    // A number inside a sentence names no rule of a series.
    expect(markerAtStart("Route No. 9 runs past the school.")).toBeNull();
  });

  it("a report's labelled number may be set apart from its words by a column's gap (`Goal 1  Net zero …`)", () => {
    expect(markerAtStart("Goal 1  Net zero council operations by 2030")).toBe("Goal 1");
    expect(markerAtStart("Action 12  Plant 10,000 trees by 2030.")).toBe("Action 12");
    // A tab sets minutes' items apart as a column's gap does (`Item 1⇥Apologies for Absence`).
    expect(markerAtStart("Item 1\tApologies for Absence")).toBe("Item 1");
    // One space is a sentence's words; a caption or a page numbers no part.
    expect(markerAtStart("Goal 1 Net zero is what we chose.")).toBeNull();
    expect(markerAtStart("Figure 2  Emissions by source")).toBeNull();
    expect(markerAtStart("Page 3  of 12")).toBeNull();
    // A journal's issue numbers no part; an issue named before a colon, as a judgment names it, does.
    expect(markerAtStart("Issue 3  Spring 2024")).toBeNull();
    expect(markerAtStart("Issue 1: Was the deposit protected within 30 days?")).toBe("Issue 1:");
    // In Roman numerals before a colon, a full stop or a dash (`Phase II: Pilot`); `Phase I think` is words.
    expect(matchMarker("Phase II: Pilot at Riverside Clinic", 0, false)).toMatchObject({
      marker: "Phase II:",
      ordinal: 2,
    });
    expect(markerAtStart("Phase I think was the hardest.")).toBeNull();
  });

  it("a report's labelled number before a dash, as before a colon, may have words in lower case after it", () => {
    expect(markerAtStart("Recommendation 3 – better support for carers.")).toBe("Recommendation 3 –");
    expect(markerAtStart("Recommendation 2: a minimum allowance.")).toBe("Recommendation 2:");
    expect(markerAtStart("Recommendation 3 better support for carers.")).toBeNull();
  });

  it("an aside between an ordinal and its words stays with the marker, ending in a comma or a colon", () => {
    expect(markerAtStart("Number two, and this is the big one, we merge two branches.")).toBe(
      "Number two, and this is the big one,",
    );
    expect(
      markerAtStart("Number four, and this is the one I care about most: the review is where culture lives."),
    ).toBe("Number four, and this is the one I care about most:");
  });

  it("a lecturer's `Part one:` says its number in lower case, with a colon or a dash after it", () => {
    expect(matchMarker("Part one: why cities exist at all.", 0, false)?.ordinal).toBe(1);
    expect(matchMarker("Part three — the forces that push them apart.", 0, false)?.ordinal).toBe(3);
    expect(matchMarker("Part one asks why cities exist at all.", 0, false)).toBeNull();
    expect(matchMarker("Part one of the plan is done.", 0, false)).toBeNull();
  });

  it("a part lettered `Part C` is the third part, written alone on its line or before its title", () => {
    expect(ordinalOnly("Part C")).toMatchObject({ family: "en-part-part", ordinal: 3 });
    expect(matchMarker("Part B: Tax proposals", 0, false)).toMatchObject({
      family: "en-part-part",
      ordinal: 2,
    });
    expect(matchMarker("Part A of the form is complete.", 0, false)).toBeNull();
  });

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

  it("a heading may open with a quotation mark of any script", () => {
    for (const text of [
      "（二）「1+4」產業布局加快推進",
      "三、『雙軌』並進",
      "2. “Open data” first",
      "四、“两个确立”",
    ])
      expect(markerAtStart(text), text).not.toBeNull();
    expect(markerAtStart("一、。")).toBeNull();
  });

  it("Chinese numerals in black or tortoise-shell brackets number sections; a document number does not", () => {
    expect(matchMarker("【二】保障措施", 0, false)).toMatchObject({ family: "cn-lenticular", ordinal: 2 });
    expect(matchMarker("〔三〕加强督查。每季度通报一次。", 0, false)).toMatchObject({
      family: "cn-tortoise",
      ordinal: 3,
      marker: "〔三〕",
    });
    for (const text of ["〔2025〕9号文件要求", "【2】见附表", "〔1〕参见第三章"])
      expect(markerAtStart(text), text).toBeNull();
  });

  it("numbers on keys (`1️⃣`) head a post's parts under its `PART` lines", () => {
    const prose = "全年新开发客户312家，海外市场销售额占比提升至31%。";
    const text = [
      "集团2024年度工作会议报告",
      "PART 1  回顾2023",
      "1\uFE0F\u20E3 市场开拓实现新突破",
      prose,
      "2\uFE0F\u20E3 科技创新迈出新步伐",
      prose,
      "PART 2  展望2024",
      "1\uFE0F\u20E3 坚定不移做强主业",
      prose,
      "2\u20E3 坚定不移推进国际化",
      prose,
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "PART 1|回顾2023",
      "  1\uFE0F\u20E3|市场开拓实现新突破",
      "  2\uFE0F\u20E3|科技创新迈出新步伐",
      "PART 2|展望2024",
      "  1\uFE0F\u20E3|坚定不移做强主业",
      "  2\u20E3|坚定不移推进国际化",
    ]);
  });

  it("phrases in black brackets alone on their lines head the parts, the first over prose too, each at one level", () => {
    const prose = "柳溪镇位于县境东南部，辖18个行政村，户籍人口4.2万人。";
    const text = [
      "柳溪镇推进村级协商民主的实践探索",
      "【基本情况】",
      prose,
      "【主要做法】",
      "①搭建平台，让议事有场所。各村利用农家小院设立议事点。",
      "②规范程序，让议事有章法。议题由村民提出。",
      "【取得成效】",
      prose,
      "【下一步打算】",
      prose,
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "|【基本情况】",
      "|【主要做法】",
      "  ①|搭建平台，让议事有场所",
      "  ②|规范程序，让议事有章法",
      "|【取得成效】",
      "|【下一步打算】",
    ]);
    // A slide's number in a talk's notes marks where the speaker is: no part.
    const slides = [
      "乡村振兴 大有可为",
      "【第1页】",
      "讲稿：各位乡亲，大家上午好！今天我们讲讲乡村振兴。",
      "【第2页】",
      "一、乡村振兴，为什么要振兴？",
      "讲稿：很多乡亲问我，为什么国家这么重视乡村振兴。",
      "【第3页】",
      "二、下一步，咱们该怎么干？",
      "讲稿：咱们要把产业搞起来。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(slides)).points)).toEqual([
      "一、|乡村振兴，为什么要振兴",
      "二、|下一步，咱们该怎么干",
    ]);
    // Labels that open and close the whole text (`【引言】`, `【结语】`) head no part of it.
    const sermon = [
      "在试炼中仍要喜乐",
      "经文：雅各书1:2-4",
      "【引言】",
      "弟兄姊妹平安！今天我们一起来看，这个喜乐从哪里来。",
      "一、试炼是信心必经的路",
      "雅各说你们落在百般的试炼中。",
      "二、试炼的目的是生出忍耐",
      "第3节说：因为知道你们的信心经过试验，就生忍耐。",
      "【结语】",
      "弟兄姊妹，愿我们在试炼中仍要喜乐。",
      "【祷告】",
      "亲爱的天父，求你赐我们忍耐的心。阿们。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(sermon)).points)).toEqual([
      "一、|试炼是信心必经的路",
      "二、|试炼的目的是生出忍耐",
    ]);
    // Under a label, sections of strong numbering; the labels after them stand beside the first.
    const report = [
      "2024年度述职述廉报告",
      "各位领导、同志们：",
      "现将本人一年来履职尽责情况报告如下，请予评议。",
      "【履职尽责情况】",
      "一、坚持稳中求进，经营业绩稳步提升",
      "第1季度，公司完成新签合同额181亿元，同比增长百分之11，经营业绩稳步提升。",
      "二、坚持市场为先，承接任务再创新高",
      "第2季度，公司完成新签合同额182亿元，同比增长百分之12，经营业绩稳步提升。",
      "三、坚持以人为本，队伍建设取得新成效",
      "第3季度，公司完成新签合同额183亿元，同比增长百分之13，经营业绩稳步提升。",
      "【学习提升情况】",
      "本人坚持把学习作为履职尽责的基础，认真参加理论学习中心组学习，全年撰写心得体会6篇；积极参加集团组织的能力提升培训，运用所学指导实际工作的能力不断提高。",
      "【廉洁自律情况】",
      "本人严格履行一岗双责，认真落实各项规定，一是带头遵守各项规定，不搞特殊化；二是严格执行决策制度；三是加强对家属的教育管理。全年未发生违规违纪问题。",
      "【存在的问题和不足】",
      "一是战略谋划还不够深入。对转型升级研究不够。",
      "二是精细化管理还有差距。个别项目成本偏高。",
      "【2025年工作打算】",
      "1.坚持目标导向，全力完成年度经营任务。紧盯目标不放松。",
      "2.坚持转型发展，积极拓展新兴市场。加快进入新领域。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(report)).points)).toEqual([
      "|【履职尽责情况】",
      "  一、|坚持稳中求进，经营业绩稳步提升",
      "  二、|坚持市场为先，承接任务再创新高",
      "  三、|坚持以人为本，队伍建设取得新成效",
      "|【学习提升情况】",
      "|【廉洁自律情况】",
      "  一是|带头遵守各项规定，不搞特殊化",
      "  二是|严格执行决策制度",
      "  三是|加强对家属的教育管理",
      "|【存在的问题和不足】",
      "  一是|战略谋划还不够深入",
      "  二是|精细化管理还有差距",
      "|【2025年工作打算】",
      "  1.|坚持目标导向，全力完成年度经营任务",
      "  2.|坚持转型发展，积极拓展新兴市场",
    ]);
  });

  it("phrases in black brackets run into their paragraphs of sentences head them; a notice's fields do not", () => {
    const report = [
      "一、基本情况",
      "【收入总量稳步增长】2024年，全县经营性收入10万元以下的村全部清零。",
      "【发展路径逐步多元】各村因地制宜，探索形成了多种发展模式。",
      "二、存在问题",
      "【发展不平衡问题突出】偏远山区村资源禀赋差，增收渠道少。",
      "【下主日講員】陳慕義傳道",
    ];
    const outline = buildOutline(plainSource(report.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "一、|基本情况",
      "  |收入总量稳步增长",
      "  |发展路径逐步多元",
      "二、|存在问题",
      "  |发展不平衡问题突出",
    ]);
    expect(outline.points[0]?.children[0]?.paragraphs).toEqual([
      "2024年，全县经营性收入10万元以下的村全部清零。",
    ]);
  });
});

describe("a number and a closing bracket (`1)`, `1）`)", () => {
  it("opens an item with a space after it, or in Chinese with the words glued to the bracket", () => {
    expect(markerAtStart("1) Review the budget.")).toBe("1)");
    expect(markerAtStart("1）深入学习，提高认识。")).toBe("1）");
    expect(markerAtStart("2)对照年度目标细化任务。")).toBe("2)");
    expect(markerAtStart("3)the rest of the sentence")).toBeNull();
  });

  it("goes on a list of clauses inside a paragraph only after a colon or a semicolon", () => {
    const inline = (text: string, at: string) => matchMarker(text, text.indexOf(at), true)?.marker ?? null;
    expect(inline("Conference notes that: 1) waiting lists have grown; 2) posts are unfilled", "1)")).toBe(
      "1)",
    );
    expect(inline("Conference notes that: 1) waiting lists have grown; 2) posts are unfilled", "2)")).toBe(
      "2)",
    );
    expect(inline("to support branches to: a) negotiate local agreements; b) survey members", "b)")).toBe(
      "b)",
    );
    // A number closing an aside, or a letter ending a word, is no item.
    expect(inline("the figures (see page 4) were revised", "4)")).toBeNull();
    expect(inline("as the survey found in 2019, 3) of the branches", "3)")).toBeNull();
    expect(inline("the plan, a. k. a. the strategy", "a.")).toBeNull();
  });
});

describe("numbering inside a paragraph", () => {
  it("a note's reference mark after a sentence's end does not hide the next item", () => {
    const inline = (text: string, at: string) => matchMarker(text, text.indexOf(at), true)?.marker ?? null;
    expect(inline("二是人手不足。〔2〕三是经费紧张。", "三是")).toBe("三是");
    expect(inline("二是人手不足。[12]三是经费紧张。", "三是")).toBe("三是");
    expect(inline("二是人手不足。 ［3］ 三是经费紧张。", "三是")).toBe("三是");
    // Without a sentence's end before the mark, the words go on.
    expect(inline("据调查〔2〕三是其中最常见的说法", "三是")).toBeNull();
  });

  it("the digits after a figure's thousands comma number nothing, and leave a series of paragraphs whole", () => {
    const figures =
      "Members know the numbers. Last year we approved just under 41,000. Approvals have fallen.";
    expect(matchMarker(figures, figures.indexOf("000."), true)).toBeNull();
    const statement = [
      "Planning Reform",
      figures,
      "The Bill gives effect to three reforms.",
      "1. A single assessment pathway. At present a proposal can take years.",
      "2. Clear rules, set once. Too much delay comes from arguments.",
      "3. Local panels with a sharper focus. Panels will decide less.",
    ];
    const { points } = buildOutline({ ...plainSource(statement.join("\n\n")), script: "en" as const });
    expect(points.map((p) => p.marker)).toEqual(["1.", "2.", "3."]);
  });
});

describe("English numbering", () => {
  it("a dash or colon after a part's number separates it from its title", () => {
    expect(markerAtStart("PART II — Our response")).toBe("PART II —");
    expect(markerAtStart("Part III: Next steps")).toBe("Part III:");
    expect(markerAtStart("Section 2 – Funding")).toBe("Section 2 –");
    expect(markerAtStart("Chapter 4 -- The road ahead")).toBe("Chapter 4 --");
    expect(markerAtStart("Section 2.5 of the Act applies")).toBeNull();
    // A word in lower case after the number goes on a sentence that cites the part.
    expect(markerAtStart("Section 3 of that bill provides in part:")).toBeNull();
    expect(markerAtStart("Chapter 4 is where the plan begins.")).toBeNull();
    expect(markerAtStart("Section 3 Eligibility")).toBe("Section 3");
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

  it("a bracketed series may start after the words that lead into it, when its second item opens the next clause", () => {
    const text = "the Government will (a) add 40 shelters; (b) install fountains; and (c) pilot corridors.";
    expect(matchMarker(text, text.indexOf("(a)"), true)?.marker).toBe("(a)");
    const chinese = "規定僱主(a)須制定工作安排計劃；(b)須支付津貼；以及(c)不得扣減工資。";
    expect(matchMarker(chinese, chinese.indexOf("(a)"), true)?.marker).toBe("(a)");
    expect(matchMarker(chinese, chinese.indexOf("(c)"), true)?.marker).toBe("(c)");
    const steps = "政府會（一）加設上蓋；（二）安裝飲水機。";
    expect(matchMarker(steps, steps.indexOf("（一）"), true)?.marker).toBe("（一）");
    // A reference after a figure, or an aside with no second item after it, is no series.
    const cited = "as section 12 (a) requires; (b) of it is spent";
    expect(matchMarker(cited, cited.indexOf("(a)"), true)).toBeNull();
    const aside = "the plan (a) draft, really; then the vote";
    expect(matchMarker(aside, aside.indexOf("(a)"), true)).toBeNull();
  });

  it("a paragraph that names its place in a series opens an item: `The second thing:`, `And the last thing,`", () => {
    expect(markerAtStart("The first is this: small things add up.")).toBe("The first is this:");
    expect(markerAtStart("The second thing: look after each other.")).toBe("The second thing:");
    expect(markerAtStart("The first: say it back.")).toBe("The first:");
    expect(markerAtStart("The first thing I want to say is thank you.")).toBe(
      "The first thing I want to say is",
    );
    expect(markerAtStart("The third and final lesson is simple.")).toBe("The third and final lesson is");
    // A story's first person or last time tells what happened: no place in a series.
    expect(markerAtStart("The first person I called that night was not a donor.")).toBeNull();
    expect(markerAtStart("The last time we met was in the spring.")).toBeNull();
    // Sayings counted as Chinese counts them (`送给大家三句话`): `第一句话是“把根扎深”。`.
    expect(markerAtStart("第一句话是“把根扎深”。")).toBe("第一句话是");
    // An aside between commas before its verb belongs to the words that name the place.
    expect(markerAtStart("The third thing, and for me the most important, is how we treat each other.")).toBe(
      "The third thing, and for me the most important, is",
    );
    // …and so does one between dashes.
    expect(
      markerAtStart("My fourth priority -- and the one closest to my heart -- is our young people."),
    ).toBe("My fourth priority -- and the one closest to my heart -- is");
    expect(markerAtStart("My fourth priority — the one I lose sleep over — is housing.")).toBe(
      "My fourth priority — the one I lose sleep over — is",
    );
    expect(markerAtStart("And the last thing, which matters most: the town notices.")).toBe(
      "And the last thing,",
    );
    // A verb that says what the point is about names its place as `is` does.
    expect(markerAtStart("My third point concerns our Class 10 students.")).toBe("My third point concerns");
    expect(markerAtStart("The second change involves the canteen.")).toBe("The second change involves");
    // `is this` starts the item's own words unless a colon makes it a pointer to them.
    expect(markerAtStart("The first is this city's harbour.")).toBe("The first is");
    expect(markerAtStart("The first time, we met in a church hall.")).toBeNull();
  });

  it("a speaker counting aloud opens an item: `Number one, …`; the words inside a sentence do not", () => {
    expect(markerAtStart("Number one, we open every branch until eight.")).toBe("Number one,");
    expect(markerAtStart("And number two: the lockers.")).toBe("And number two:");
    expect(markerAtStart("Number three, and this is the tough one, fares go up.")).toBe(
      "Number three, and this is the tough one,",
    );
    expect(markerAtStart("Second, and this is the costly one, we rebuild the pier.")).toBe(
      "Second, and this is the costly one,",
    );
    expect(markerAtStart("Number one priority for us is safety.")).toBeNull();
    expect(markerAtStart("number two, the lockers.")).toBeNull();
    expect(markerAtStart("Numbers four and five cost the most.")).toBeNull();
  });

  it("a speaker naming each point opens an item: `Point one: …`; the word inside a sentence does not", () => {
    expect(markerAtStart("Point one: we keep the pool open.")).toBe("Point one:");
    expect(markerAtStart("Point two — the car park.")).toBe("Point two —");
    expect(markerAtStart("And point three, the lockers.")).toBe("And point three,");
    expect(markerAtStart("At this point we stop.")).toBeNull();
    expect(markerAtStart("point four: the lockers.")).toBeNull();
    expect(markerAtStart("Point taken, and thank you.")).toBeNull();
  });

  it("lower-case Roman items (`i.`, `ii.`, `iv.`) are a series; `i.e.` and a letter after `h.` are not", () => {
    expect(family("i. Loan records for every branch.")).toBe("roman-lower");
    expect(family("iv. Fines.")).toBe("roman-lower");
    expect(markerAtStart("i.e. the loans desk and the van.")).toBeNull();
    expect(matchMarker("i. Staff rota.", 0, false, new Map([["alpha-lower", 8]]))?.family).toBe(
      "alpha-lower",
    );
  });

  it("such paragraphs are points only as a series in order; one alone stays a paragraph", () => {
    const speech = (...paragraphs: string[]) =>
      buildOutline({ ...plainSource(["Address to the Graduates", ...paragraphs].join("\n")), script: "en" });
    const lone = speech(
      "Good afternoon, and welcome.",
      "The first thing I want to say is thank you. You kept turning up.",
      "Ask questions, even when you think you know the answer.",
    );
    expect(lone.points.every((p) => p.marker === "")).toBe(true);
    const series = speech(
      "Good afternoon, and welcome.",
      "The first thing I want to say is thank you. You kept turning up.",
      "The second thing: look after each other.",
      "And the last thing, before you go: ask questions.",
    );
    expect(pointTree(series.points)).toEqual([
      "The first thing I want to say is|thank you",
      "The second thing:|look after each other",
      "And the last thing,|before you go",
    ]);
  });

  it("a name's initials are no numbering: a letter before another initial", () => {
    expect(markerAtStart("V. S. Raman spoke first")).toBeNull();
    expect(markerAtStart("I. M. Castillo, Treasurer")).toBeNull();
    expect(markerAtStart("C. J. Abernathy chaired the panel")).toBeNull();
    expect(markerAtStart("II. Ridership")).toBe("II.");
    expect(markerAtStart("B. Scope of the review")).toBe("B.");
  });

  it("a Roman numeral of one letter is numbering only when its series goes on", () => {
    const speech = (opening: string) =>
      buildOutline({
        ...plainSource(
          [
            "Remarks at the Harbour Festival",
            opening,
            "Good evening. The harbour has been the heart of this town for two centuries.",
            "Tonight we celebrate the people who keep it working.",
          ].join("\n"),
        ),
        script: "en",
      });
    expect(speech("V. Raman").points.every((p) => p.marker === "")).toBe(true);
    expect(
      speech("V. Raman")
        .warnings.map((w) => w.message)
        .join(),
    ).not.toContain("numbering starts");
    const series = buildOutline({
      ...plainSource(
        ["Annual Report", "I. Summary", "We met our targets.", "II. Finance", "We balanced the budget."].join(
          "\n",
        ),
      ),
      script: "en",
    });
    expect(pointTree(series.points)).toEqual(["I.|Summary", "II.|Finance"]);
  });

  it("Roman numerals set as one character each (`Ⅰ　背景`, `Ⅱ.`, `Ⅲ` alone) number parts over their `1.`", () => {
    const report = [
      "关于县域商业体系建设情况的调研报告",
      "Ⅰ\u3000调研背景",
      "1. 政策背景",
      "国家出台了一系列政策。",
      "2. 调研方法",
      "课题组走访了十一个乡镇。",
      "Ⅱ. 存在的问题",
      "村级网点经营困难，物流成本偏高。",
      "Ⅲ",
      "对策建议",
      "建议编制商业网点布局规划。",
    ];
    expect(pointTree(buildOutline(plainSource(report.join("\n"))).points)).toEqual([
      "Ⅰ|调研背景",
      "  1.|政策背景",
      "  2.|调研方法",
      "Ⅱ.|存在的问题",
      "Ⅲ|对策建议",
    ]);
    // In brackets (`（Ⅰ）`), they number the parts under `Ⅰ、`, a level of their own.
    const bracketed = [
      "关于职业学校产教融合情况的调研报告",
      "Ⅰ、基本情况",
      "（Ⅰ）办学规模稳步扩大",
      "全市现有中等职业学校17所。",
      "（Ⅱ）专业结构持续优化",
      "三年来新增专业21个。",
      "Ⅱ、对策建议",
      "（Ⅰ）完善政策激励机制",
      "1．建立产教融合型企业认定制度。",
      "2．落实税费优惠政策。",
    ];
    expect(pointTree(buildOutline(plainSource(bracketed.join("\n"))).points)).toEqual([
      "Ⅰ、|基本情况",
      "  （Ⅰ）|办学规模稳步扩大",
      "  （Ⅱ）|专业结构持续优化",
      "Ⅱ、|对策建议",
      "  （Ⅰ）|完善政策激励机制",
      "    1．|建立产教融合型企业认定制度",
      "    2．|落实税费优惠政策",
    ]);
  });

  it("Roman numerals in brackets (`(II) Cultivating …`) number a translation's `（二）` under its `II.`", () => {
    const plan = [
      "Implementation Plan for Promoting the Silver Economy (2024-2027)",
      "II. Key Tasks",
      "(I) Expanding the Supply of Elderly Care Services",
      "1. Develop community meal services. Districts shall build a network of community canteens.",
      "2. Expand home-based care. Home-based care beds will be set up for older people.",
      "(II) Cultivating Silver-Economy Industry Clusters",
      "1. Develop smart elderly-care products. Support enterprises in developing health monitors.",
      "III. Safeguard Measures",
      "Districts shall report progress every half year to the municipal leading group (I) and the public.",
    ];
    expect(pointTree(buildOutline({ ...plainSource(plan.join("\n\n")), script: "en" }).points)).toEqual([
      "II.|Key Tasks",
      "  (I)|Expanding the Supply of Elderly Care Services",
      "    1.|Develop community meal services",
      "    2.|Expand home-based care",
      "  (II)|Cultivating Silver-Economy Industry Clusters",
      "    1.|Develop smart elderly-care products",
      "III.|Safeguard Measures",
    ]);
  });
});

const family = (text: string) => matchMarker(text, 0, false)?.family ?? null;

describe("numbered clauses of standards and regulations (`1 范围`, `3.1 术语`)", () => {
  it("a number, a space and a short title alone on its line", () => {
    expect(family("1 范围")).toBe("dec1");
    expect(family("2　规范性引用文件")).toBe("dec1");
    expect(family("3 Terms and definitions")).toBe("dec1");
    expect(family("5 试验方法（见附录A）")).toBe("dec1");
    // `人员`, `项目` begin titles although `人` and `项` count things.
    expect(family("4 人员配备")).toBe("dec1");
    expect(family("4.2 项目管理")).toBe("dec2");
    // `家长`, `家乡` begin titles although `家` counts firms.
    expect(family("4.2 家长参与度不高")).toBe("dec2");
    expect(family("2.2.3 家乡变化")).toBe("dec3");
    expect(family("3 家企业参加")).toBeNull();
    // A title may begin with the year it plans for.
    expect(family("6  2024年工作计划")).toBe("dec1");
    // An English chapter's title runs longer than a Chinese clause's, up to seventy characters.
    expect(family("2 The condition of the further education estate")).toBe("dec1");
    expect(
      family("2 不应当认为一个标准的条文标题能够写得像英文标题这样长而且还要再长一些才能超过四十个字的界限"),
    ).toBeNull();
  });

  it("no clause when the number counts or measures what follows it", () => {
    for (const text of [
      "3 个方面的问题",
      "10 万元以下",
      "2024 年全市工作要点",
      "60 周岁以上老人",
      "3 人参加",
      "2.5 亿元投资",
    ])
      expect(family(text), text).toBeNull();
  });

  it("no clause when the rest is a sentence, a table's row or ends as a clause does", () => {
    for (const text of [
      "1 本文件规定了范围，适用于本市。",
      "1\t张三\t男",
      "2 张三  男  35",
      "3 总体要求：",
      "4 结论.",
    ])
      expect(family(text), text).toBeNull();
  });

  it("a series of clauses nests its decimal children; a lone numbered line stays text", () => {
    const outline = buildOutline(
      plainSource(
        ["规程", "1 总则", "本规程适用于全市。", "2 术语", "2.1 老旧小区", "2.2 改造", "3 要求"].join("\n"),
      ),
    );
    expect(pointTree(outline.points)).toEqual(["1|总则", "2|术语", "  2.1|老旧小区", "  2.2|改造", "3|要求"]);
    const lone = buildOutline(plainSource(["通知", "1 基本情况", "今年以来，各地加大投入。"].join("\n")));
    expect(lone.points.every((p) => p.marker === "")).toBe(true);
  });

  it("a clause past one is structure when its decimal children follow it (an excerpt of a standard)", () => {
    const outline = buildOutline(
      plainSource(
        ["5 技术要求", "5.1 一般规定", "应设置在室外。", "5.2 电气安全", "6 检验规则", "6.1 出厂检验"].join(
          "\n",
        ),
      ),
    );
    expect(pointTree(outline.points)).toEqual([
      "5|技术要求",
      "  5.1|一般规定",
      "  5.2|电气安全",
      "6|检验规则",
      "  6.1|出厂检验",
    ]);
  });

  it("any tree of clause numbers: each clause sits under the clause its number extends", () => {
    // A tree as counts: per clause, its children, and per child how many children it has.
    const clauses = fc.array(fc.array(fc.nat({ max: 3 }), { maxLength: 3 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(clauses, fc.constantFrom(" ", "\u3000"), (top, space) => {
        const lines = ["技术规范"];
        const expected: string[] = [];
        top.forEach((second, i) => {
          const add = (number: string, depth: number) => {
            lines.push(`${number}${space}第${number}条的标题`, "本条的正文。");
            expected.push(`${"  ".repeat(depth)}${number}|第${number}条的标题`);
          };
          add(`${i + 1}`, 0);
          second.forEach((third, j) => {
            add(`${i + 1}.${j + 1}`, 1);
            for (let k = 0; k < third; k++) add(`${i + 1}.${j + 1}.${k + 1}`, 2);
          });
        });
        expect(pointTree(buildOutline(plainSource(lines.join("\n"))).points)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("lines that open with a quantity never become clauses, even numbered 1, 2, 3 in order", () => {
    const unit = fc.constantFrom("个", "万元", "名", "项", "周岁", "小时", "人", "年");
    const words = fc.array(fc.constantFrom("干部", "企业", "以上", "重点任务", "全部完成", "已经到位"), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, words), { minLength: 2, maxLength: 6 }), (rows) => {
        const lines = ["情况通报", ...rows.map(([u, w], i) => `${i + 1} ${u}${w.join("")}`)];
        const outline = buildOutline(plainSource(lines.join("\n")));
        expect(outline.points.every((p) => p.marker === "" && p.children.length === 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("a year glued to an item's number (`3.2025年，…`)", () => {
  const after = (ordinal: number) => new Map([["num-dot", ordinal]]);

  it("is the next item when the items before it lead up to it", () => {
    expect(matchMarker("3.2025年，全市经济增长5.2%。", 0, false, after(2))?.marker).toBe("3.");
    expect(matchMarker("2．2024年以来，订单有所减少。", 0, false, after(1))?.marker).toBe("2．");
    // The first item opening a paragraph leads up to nothing; inside a sentence it is words.
    expect(matchMarker("1.2025年，全市经济增长5.2%。", 0, false)?.marker).toBe("1.");
    expect(matchMarker("1.2025年，全市经济增长5.2%。", 0, true)).toBeNull();
    // Alone, or out of turn, the number and the year may be a decimal or a date.
    expect(matchMarker("3.2025年，全市经济增长5.2%。", 0, false)).toBeNull();
    expect(matchMarker("3.2025年，全市经济增长5.2%。", 0, false, after(5))).toBeNull();
    // Set apart by a space, the year opens the item's title, whatever came before.
    expect(matchMarker("5. 2024年计划", 0, false)?.marker).toBe("5.");
  });

  it("a 民國 year (`1.113年度…`) is read as a year, as four digits are", () => {
    expect(matchMarker("1.113年本縣農產品外銷金額達新臺幣四十八億元。", 0, false)?.marker).toBe("1.");
    expect(matchMarker("1.113年度核定低收入戶共二萬一千餘戶。", 0, false)?.marker).toBe("1.");
    expect(matchMarker("2.112年以來，訂單有所減少。", 0, false, after(1))?.marker).toBe("2.");
    // Out of turn it may still be a decimal; a duration (`1.5年`) always is.
    expect(matchMarker("3.113年度核定", 0, false)).toBeNull();
    expect(matchMarker("1.5年內完成改建。", 0, false)).toBeNull();
  });

  it("a month glued to the number (`1．5月10日前，…`) is no decimal: the number is an item", () => {
    expect(matchMarker("1．5月10日前，各乡镇要完成全面排查。", 0, false)?.marker).toBe("1．");
    expect(matchMarker("3.12月底前完成验收。", 0, false, after(2))?.marker).toBe("3.");
    // A duration in months says so (`1.5个月`).
    expect(matchMarker("1.5个月内完成改建。", 0, false)).toBeNull();
  });

  it("decimals and years stay words of the sentence, whatever the items before them", () => {
    for (const text of [
      "3.5亿元用于老旧小区改造",
      "1.2万人次参加培训",
      "3.2025项指标全部达标",
      "2024.5月完成验收",
    ])
      expect(matchMarker(text, 0, false, after(2)), text).toBeNull();
  });

  it("any series with years glued to some of its numbers: every item, its year opening its heading", () => {
    const item = fc.record({
      year: fc.option(fc.integer({ min: 1990, max: 2035 })),
      words: fc.constantFrom("全市工业增加值增长6.1%", "新增城镇就业1.2万人", "完成投资3.5亿元"),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 6 }), (items) => {
        const lines = [
          "工作报告",
          "一、主要成绩",
          // The first item's number is never glued: with nothing before it, it could be a decimal.
          ...items.map(
            ({ year, words }, i) => `${i + 1}.${i > 0 && year !== null ? `${year}年，` : ""}${words}。`,
          ),
        ];
        const outline = buildOutline(plainSource(lines.join("\n")));
        const children = outline.points[0]?.children ?? [];
        expect(children.map((p) => p.marker)).toEqual(items.map((_, i) => `${i + 1}.`));
        children.forEach((p, i) => {
          const year = items[i]?.year ?? null;
          if (i > 0 && year !== null) expect(p.heading.startsWith(`${year}年`)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("decimal numbering", () => {
  it("reads `2.0` as part 2 itself, over its `2.1` and `2.2`", () => {
    const text = [
      "STATE OF THE COUNTY ADDRESS 2024",
      "1.0 INTRODUCTION",
      "Mr Speaker, I rise to report on the state of our county.",
      "2.0 FINANCIAL PERFORMANCE",
      "2.1 OWN SOURCE REVENUE",
      "Revenue rose by 14 per cent to 1.2 billion shillings.",
      "2.2 PENDING BILLS",
      "We cleared 380 million shillings of pending bills.",
      "3.0 HEALTH SERVICES",
      "Every ward now has a level 2 facility.",
    ].join("\n\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "1.0|INTRODUCTION",
      "2.0|FINANCIAL PERFORMANCE",
      "  2.1|OWN SOURCE REVENUE",
      "  2.2|PENDING BILLS",
      "3.0|HEALTH SERVICES",
    ]);
  });
});

describe("parts named by a label and its number", () => {
  it("reads `关键词一：` … as a series of parts, with a speaker's 一是 under one of them", () => {
    const text = [
      "在投资推介会上的致辞",
      "关键词一：通达——两小时直达省会",
      "高铁、高速和港口连成一体。",
      "关键词二：要素——成本洼地",
      "我们的优势体现在三个方面。一是土地充足，二是人力丰富。",
      "关键词三：服务——您只管安心发展",
      "我们承诺有求必应、无事不扰。",
    ].join("\n\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "关键词一：|通达——两小时直达省会",
      "关键词二：|要素——成本洼地",
      "  一是|土地充足",
      "  二是|人力丰富",
      "关键词三：|服务——您只管安心发展",
    ]);
  });

  it("reads a rectification plan's `问题1：` … as its items, counted on across its sections", () => {
    const text = [
      "关于巡察反馈意见的整改方案",
      "（一）贯彻落实上级决策部署方面",
      "问题1：重点交通项目推进不力，3个续建项目投资完成率不足60%。",
      "责任领导：陈立明　　整改时限：2024年12月底前",
      "问题2：农村公路路长制落实不到位。",
      "（二）全面从严治党方面",
      "问题3：落实中央八项规定精神有差距。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "（一）|贯彻落实上级决策部署方面",
      "  问题1：|重点交通项目推进不力，3个续建项目投资完成率不足60%",
      "  问题2：|农村公路路长制落实不到位",
      "（二）|全面从严治党方面",
      "  问题3：|落实中央八项规定精神有差距",
    ]);
  });

  it("reads `Lesson one:` … in a speech pasted as one line, not a lesson quoted inside a sentence", () => {
    const speech =
      "Thank you, President Adeyemi. I have five lessons for you this morning. " +
      "Lesson one: Say yes to the boring job. I entered claims for two years and learned the business. " +
      'My mentor liked to say "Lesson one: never skip the footnotes," and she was right. ' +
      "Lesson two: Ask the question everyone else is embarrassed to ask. Nobody laughed. " +
      "Lesson three: Bloom when you bloom. Some of us start late, and that is fine. Congratulations, graduates.";
    const text = ["Five Lessons From a Late Bloomer", speech.repeat(1)].join("\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "Lesson one:|Say yes to the boring job",
      "Lesson two:|Ask the question everyone else is embarrassed to ask",
      "Lesson three:|Bloom when you bloom",
    ]);
  });

  it("reads `1.` `2.` `3.` after sentence ends in a speech pasted as one line, not a lone number there", () => {
    const body =
      "Online sales grew 19 per cent last year, and customer scores are at their highest level. ".repeat(4);
    const speech =
      `Good morning, ladies and gentlemen. We closed 23 stores in 2023. That was ahead of plan. ${body}` +
      `Our plan rests on three priorities. 1. Winning back the everyday customer. ${body}` +
      `2. Simplifying how we work. ${body}3. Investing in our people. ${body}` +
      "I would draw your attention to Resolution 14. This seeks your approval for a share plan. " +
      `It passed by a margin of 2. 9. Nine directors stood. ${body}Thank you.`;
    const text = ["Annual General Meeting 2024", speech].join("\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "1.|Winning back the everyday customer",
      "2.|Simplifying how we work",
      "3.|Investing in our people",
    ]);
  });

  it("reads `1)` `2)` after sentence ends in a statement pasted as one line, a `4.` after them no item of theirs", () => {
    const body =
      "Field officers will report on progress to the county every week until the season ends. ".repeat(4);
    const statement =
      "PRESS STATEMENT ON THE LOCUST OUTBREAK Nairobi, 4 March 2025 Ladies and gentlemen, " +
      `The Government has resolved to take the following measures: 1) The Ministry will release emergency funds. ${body}` +
      `2) Counties shall submit daily reports. ${body}3) Farmers are advised to scout their fields. ${body}` +
      `The swarms covered four counties. 4. Nothing more will be said. ${body}Thank you.`;
    const source = { ...plainSource(statement), script: "en" as const };
    expect(pointTree(buildOutline(source).points).map((line) => line.split("|")[0])).toEqual([
      "1)",
      "2)",
      "3)",
    ]);
  });

  it("reads a brief pasted as one line: its first section after the head's words, labels glued to a heading", () => {
    const body =
      "Coverage in upland areas is far lower than in villages, and the gap matters more each year. ".repeat(
        4,
      );
    const brief =
      "Closing the Last Mile Policy Brief No. 14 | March 2024 Authors: Helen Ashworth and Kieran Doyle " +
      `1. Executive summary ${body}2. The scale of the gap ${body}` +
      `3. Recommendations Recommendation 1: Set a target date. ${body}` +
      `Recommendation 2: Reform wayleave rules. ${body}4. Conclusion ${body}`;
    const source = { ...plainSource(brief), script: "en" as const };
    expect(pointTree(buildOutline(source).points).map((line) => line.split("|")[0])).toEqual([
      "1.",
      "2.",
      "3.",
      "  Recommendation 1:",
      "  Recommendation 2:",
      "4.",
    ]);
  });

  it("reads a review pasted as one line: numbers after a signature count the series, and `5. Thank you` is its point", () => {
    const body =
      "Our pantry on Quay Street now opens five days a week, and visitors choose their own food. ".repeat(4);
    const review =
      "Annual Review 2023-24 Published 14 June 2024 | the PDF version (2.4 MB) " +
      `1. The chair's message ${body}Margaret Osei-Mensah, Chair of Trustees 2. Our year ${body}` +
      `3. What we did ${body}4. Our finances ${body}5. Thank you for reading. To every donor: thank you. ${body}`;
    const source = { ...plainSource(review), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "1.|The chair's message",
      "2.|Our year",
      "3.|What we did",
      "4.|Our finances",
      "5.|Thank you for reading",
    ]);
  });

  it("reads a report pasted as one line: a section's `3.1` `3.2` after sentence ends, not a paragraph it cites", () => {
    const body = "The council ended the year within budget, and demand for its services kept rising. ".repeat(
      4,
    );
    const report =
      "Annual Report of the Chief Executive 2024/25 Report to: Full Council " +
      `1. Purpose of the report ${body}It is presented under paragraph 4.2 of the Constitution. ` +
      `2. The year in summary ${body}3.1 Finances ${body}3.2 Housing ${body}3.3 Adult social care ${body}` +
      `3. Performance ${body}See section 3. 1.5 Housing indicators are set out in Appendix 1. ${body}` +
      `4. Conclusion ${body}`;
    const source = { ...plainSource(report), script: "en" as const };
    expect(pointTree(buildOutline(source).points).map((line) => line.split("|")[0])).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
    ]);
    const numbered = report.replace("3.1 Finances", "2.1 Finances").replace(/3\.([23]) /gu, "2.$1 ");
    const numberedSource = { ...plainSource(numbered), script: "en" as const };
    expect(pointTree(buildOutline(numberedSource).points).map((line) => line.split("|")[0])).toEqual([
      "1.",
      "2.",
      "  2.1",
      "  2.2",
      "  2.3",
      "3.",
      "4.",
    ]);
  });

  it("reads a plan pasted as one line: its labelled themes' `1.1` `1.2`, the first right after the theme's title", () => {
    const body = "We will report on progress to Cabinet every year. ".repeat(4);
    const plan =
      "Climate Emergency Action Plan This page summarises the action plan agreed by Cabinet. " +
      `Theme 1: Homes and buildings Our homes make 38% of emissions. 1.1 Retrofit council homes. ${body}` +
      `1.2 Help private owners. ${body}Theme 2: Nature and land use 2.1 Plant 50,000 trees. ${body}` +
      `2.2 Restore peatland. ${body}Read section 2.1 Tree planting in the full plan.`;
    const source = { ...plainSource(plan), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "Theme 1:|Homes and buildings",
      "  1.1|Retrofit council homes",
      "  1.2|Help private owners",
      "Theme 2:|Nature and land use",
      "  2.1|Plant 50,000 trees",
      "  2.2|Restore peatland",
    ]);
  });

  it("reads a review pasted as one line: parts titled in capitals, their bracketed items, a title run into its sentence", () => {
    const body =
      "We drilled 186 new boreholes and repaired 402 broken ones across the three countries. ".repeat(3);
    const review =
      "Annual Review 2024 A message from our Chief Executive: this review sets out what we achieved. " +
      `PART I – OUR YEAR IN NUMBERS In 2024 we worked in 61 districts. ${body}` +
      `PART II – OUR PROGRAMMES (a) Rural water supply This remains the heart of our work. ` +
      `(i) New boreholes. ${body}(ii) Piped schemes. ${body}(b) Sanitation and hygiene. ${body}` +
      `PART III – LOOKING AHEAD Our new strategy runs to 2030. ${body}Thank you for your support.`;
    const source = { ...plainSource(review), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "PART I –|OUR YEAR IN NUMBERS",
      "PART II –|OUR PROGRAMMES",
      "  (a)|Rural water supply",
      "    (i)|New boreholes",
      "    (ii)|Piped schemes",
      "  (b)|Sanitation and hygiene",
      "PART III –|LOOKING AHEAD",
    ]);
  });

  it("reads conclusions and recommendations numbered across each other as one list, a finding's heading as a parent", () => {
    const text = [
      "Placements for children in care",
      "Conclusion 1. The shortage of placements is the biggest barrier. Councils take what is free.",
      "Recommendation 1. The Department should publish a sufficiency assessment. It should be annual.",
      "Recommendation 2. The Government should fund a recruitment campaign. Carers are leaving.",
      "Conclusion 2. Some providers make high profits. The market is not working.",
      "Recommendation 3. The Department should oversee the largest providers. It should consult by 2025.",
    ].join("\n\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points).map((line) => line.split("|")[0])).toEqual([
      "Conclusion 1.",
      "Recommendation 1.",
      "Recommendation 2.",
      "Conclusion 2.",
      "Recommendation 3.",
    ]);
    // Under a finding's heading line, its recommendations nest, numbered across findings or not.
    const headed = text.replace(/Conclusion (\d)\. [^\n]*/gu, "Conclusion $1: Placements Are Too Few");
    const headedSource = { ...plainSource(headed), script: "en" as const };
    expect(pointTree(buildOutline(headedSource).points).map((line) => line.split("|")[0])).toEqual([
      "Conclusion 1:",
      "  Recommendation 1.",
      "  Recommendation 2.",
      "Conclusion 2:",
      "  Recommendation 3.",
    ]);
  });

  it("reads an agenda's `Item 2.1 – …` under its part, one series per part", () => {
    const text = [
      "MINUTES OF THE REGULAR MEETING",
      "1. CALL TO ORDER",
      "2. CONSENT CALENDAR",
      "Item 2.1 - Approval of the minutes of April 22",
      "Item 2.2 - Award of the contract for the Elm Street water main",
      "3. PUBLIC HEARINGS",
      "Item 3.1 - Ordinance on accessory dwelling units",
      "The motion to approve Items 2.1 through 2.4 carried.",
    ].join("\n\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "1.|CALL TO ORDER",
      "2.|CONSENT CALENDAR",
      "  Item 2.1 -|Approval of the minutes of April 22",
      "  Item 2.2 -|Award of the contract for the Elm Street water main",
      "3.|PUBLIC HEARINGS",
      "  Item 3.1 -|Ordinance on accessory dwelling units",
    ]);
  });

  it("reads `Rule number one: …` with the rule's words in lower case", () => {
    const text = [
      "The four rules of asking for help",
      "Rule number one: ask early. Most of us wait until it is a crisis.",
      "I once heard an improv teacher say that rule number one of improv is to say yes.",
      "Rule number two: be specific. A vague request is hard to grant.",
    ].join("\n\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "Rule number one:|ask early",
      "Rule number two:|be specific",
    ]);
  });

  it("reads `第二个方面，` said where the speaker's `第二，` was due as that series' next item", () => {
    const text = [
      "在教师节表彰大会上的讲话",
      "第一，要坚守立德树人的初心。教师是立教之本。",
      "第二个方面，要锤炼精湛过硬的本领。学高为师，身正为范。",
      "第三，要涵养崇高的师德师风。师德是教师的第一标准。",
    ].join("\n\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "第一，|要坚守立德树人的初心",
      "第二个方面，|要锤炼精湛过硬的本领",
      "第三，|要涵养崇高的师德师风",
    ]);
  });

  it("counts `第一个方面：` and the `第一个故事：` told inside one of them as two series", () => {
    const text = [
      "在开学第一课上的讲话",
      "第一个方面：从历史中读懂现代化",
      "一百多年来，无数仁人志士上下求索。",
      "第二个方面：从身边读懂现代化",
      "第一个故事：屏幕上的乡村课堂。山里的孩子第一次上了直播课。",
      "第二个故事：重新变绿的矿山。废弃矿坑种满了树。",
      "第三个方面：从担当读懂现代化",
      "青年要把个人理想融入国家发展。",
    ].join("\n\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "第一个方面：|从历史中读懂现代化",
      "第二个方面：|从身边读懂现代化",
      "  第一个故事：|屏幕上的乡村课堂",
      "  第二个故事：|重新变绿的矿山",
      "第三个方面：|从担当读懂现代化",
    ]);
  });
});
