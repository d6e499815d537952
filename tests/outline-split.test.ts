import { describe, expect, it } from "vitest";
import type { Block } from "../src/ingest/types.js";
import { readPlainText } from "../src/ingest/text.js";
import { splitBlocks } from "../src/outline/split.js";

const paragraph = (text: string, line = 1): Block => ({ text, line, kind: "paragraph" });

describe("paragraphs that hold several", () => {
  it("a line break before numbering or an ideographic indent starts a paragraph on its own line", () => {
    const blocks = splitBlocks(
      [paragraph("一、总体要求\n　　要坚持稳中求进。\n（一）稳增长\n全年增长五%左右。", 4)],
      true,
    );
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ["一、总体要求", 4],
      ["要坚持稳中求进。", 5],
      ["（一）稳增长\n全年增长五%左右。", 6],
    ]);
  });

  it("under a number alone, a short first line ended by a hard break is a title line of its own", () => {
    const heading: Block = { text: "一", line: 6, kind: "heading", depth: 2 };
    const blocks = splitBlocks([heading, paragraph("交付情况\n本季度交付需求 47 个，按时率 91%。", 7)], true);
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ["一", 6],
      ["交付情况", 7],
      ["本季度交付需求 47 个，按时率 91%。", 8],
    ]);
    // A sentence on the first line is the paragraph's, not a title.
    const said = splitBlocks(
      [heading, paragraph("最后说几句题外话。\n小周离职的时候，文档几乎为零。", 7)],
      true,
    );
    expect(said).toHaveLength(2);
  });

  it("in Word a break stays in its paragraph's number", () => {
    const blocks = splitBlocks([paragraph("一、总体要求\n二、主要任务", 7)], false);
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ["一、总体要求", 7],
      ["二、主要任务", 7],
    ]);
  });

  it("a short paragraph keeps a series written inside it", () => {
    const text = "我讲三点意见。一、统一思想。二、狠抓落实。";
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text)).toEqual([text]);
  });

  it("text run together splits at section numbering after a sentence and after an unpunctuated heading", () => {
    const body = "要坚持问题导向，把各项工作落到实处，确保取得实效。".repeat(6);
    const text = `前言。${body}一、总体要求${body}二、主要任务（一）稳增长${body}`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 6))).toEqual([
      "前言。要坚持",
      "一、总体要求",
      "二、主要任务",
      "（一）稳增长",
    ]);
    // Numbers in black or tortoise-shell brackets head sections too (`。【二】聚焦…`).
    const bracketed = `前言。${body}【一】聚焦产业升级${body}〔二〕聚焦城乡融合${body}`;
    expect(splitBlocks([paragraph(bracketed)], true).map((b) => b.text.slice(0, 5))).toEqual([
      "前言。要坚",
      "【一】聚焦",
      "〔二〕聚焦",
    ]);
    // A printed page's number between the sentence and the section (`。－ 2 －三、`) ends that page.
    const paged = `前言。${body}－ 2 －二、主要任务${body}`;
    expect(splitBlocks([paragraph(paged)], true).map((b) => b.text.slice(-6))).toEqual([
      "。－ 2 －",
      body.slice(-6),
    ]);
  });

  it("a first item glued to a glued item's title opens its series, and that series' next items are cut", () => {
    const body = "持续优化课程改革，减轻学生过重的学业负担。".repeat(4);
    const text = `前言。${body}（四）推动教育和青年发展1. 教育方面（1）推进基础教育优质发展。${body}（2）提升高等教育水平。${body}2. 青年方面加强青年生涯规划指导。${body}四、深化公共行政改革`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 6))).toEqual([
      "前言。持续优",
      "（四）推动教",
      "1. 教育方",
      "（1）推进基",
      "（2）提升高",
      "2. 青年方",
      "四、深化公共",
    ]);
  });

  it("after a colon, a marker stays in the sentence unless its heading runs into another section's marker", () => {
    const body = "要坚持问题导向，把各项工作落到实处，确保取得实效。".repeat(6);
    const list = `${body}重点抓好三个方面：（一）稳增长；（二）促改革；（三）惠民生。${body}`;
    expect(splitBlocks([paragraph(list)], true)).toHaveLength(1);
    const sections = `${body}现将有关情况总结如下：一、全年工作开展情况（一）经济发展稳中提质。${body}二、存在的问题${body}`;
    expect(splitBlocks([paragraph(sections)], true).map((b) => b.text.slice(0, 6))).toEqual([
      "要坚持问题导",
      "一、全年工作",
      "（一）经济发",
      "二、存在的问",
    ]);
  });
});

describe("a page that glues its paragraphs together with no space between them", () => {
  it("keeps the spaces inside its titles, and cuts only its head and its foot at theirs", () => {
    const body =
      "县委、县政府坚持把安全生产摆在突出位置，专题研究安全生产工作11次，明确38个部门单位的监管职责。".repeat(
        3,
      );
    const text =
      `坚持“四个强化” 构建安全生产“大监管”格局 今年以来，全县安全生产形势持续稳定向好。` +
      `一、强化责任落实 织密安全责任“一张网”${body}二、强化风险防控 筑牢隐患排查“防火墙”${body}` +
      `谢谢大家！ 上一篇：县领导调研 下一篇：全县召开推进会`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 22))).toEqual([
      "坚持“四个强化” 构建安全生产“大监管”格局",
      "今年以来，全县安全生产形势持续稳定向好。",
      `一、强化责任落实 织密安全责任“一张网”县委`,
      `二、强化风险防控 筑牢隐患排查“防火墙”县委`,
      "上一篇：县领导调研",
      "下一篇：全县召开推进会",
    ]);
  });
});

describe("rules run together into one line", () => {
  const body = "为了加强机关事务管理，规范机关事务工作，保障机关正常运行，制定本办法。";
  it("an article's number stays with its text; a chapter's title ends where its first article begins", () => {
    for (const space of [" ", "\u3000"]) {
      const text = `机关事务管理办法${space}第一章${space}总则第一条${space}${body}第二条${space}${body}第二章${space}附则第三条${space}${body}`;
      expect(splitBlocks([paragraph(text)], true).map((b) => b.text)).toEqual([
        "机关事务管理办法",
        "第一章",
        "总则",
        `第一条${space}${body}`,
        `第二条${space}${body}`,
        "第二章",
        "附则",
        `第三条${space}${body}`,
      ]);
    }
  });
});

describe("text run together with a space every few words", () => {
  it("is cut at every space, 40,000 pieces", () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `要点${i} 文字文字`).join(" ");
    const pieces = splitBlocks([paragraph(text)], true);
    // Each space once looked back for an article's number as far as the text's start. (`npm run bench` times this shape.)
    expect(pieces).toHaveLength(40_000);
  });
});

describe("the head of a speech run together into one line", () => {
  it("the subtitle after a dash and the address after it are lines of their own", () => {
    const body = "市委决定召开这次大会，动员全市干部以过硬作风推动工作落实。".repeat(8);
    const text = `以优良作风凝聚奋进力量——在全市机关作风建设大会上的讲话同志们：${body}`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 12))).toEqual([
      "以优良作风凝聚奋进力量",
      "——在全市机关作风建设大",
      "同志们：市委决定召开这次",
    ]);
  });

  it("under a post's byline, a title that opens with its year and the subtitle after it are lines of their own", () => {
    const body = "过去一年，镇政府团结带领全镇干部群众，较好地完成了目标任务。".repeat(8);
    const text = `凤鸣镇融媒 2024-01-18 10:21 · 凤鸣镇人民政府官方账号 2024年凤鸣镇人民政府工作报告——在镇人民代表大会上各位代表：${body}`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 16))).toEqual([
      "凤鸣镇融媒",
      "2024-01-18 10:21",
      "· 凤鸣镇人民政府官方账号",
      "2024年凤鸣镇人民政府工作报告",
      "——在镇人民代表大会上",
      "各位代表：过去一年，镇政府团结带",
    ]);
  });

  it("who issues a report and when stand apart between its title and the address to the chamber", () => {
    const body = "特区政府坚定不移贯彻方针，各项民生工作取得新的进展。".repeat(8);
    const text = `二〇二六年财政年度施政报告澳门特别行政区政府二〇二五年十一月主席、各位议员：${body}`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 13))).toEqual([
      "二〇二六年财政年度施政报告",
      "澳门特别行政区政府",
      "二〇二五年十一月",
      "主席、各位议员：特区政府坚",
    ]);
  });

  it("a subtitle after a space and its dash is a line of its own, and so is who speaks after it", () => {
    const body = "养老问题关系千家万户，是重大民生问题，我们就此提出以下建议。".repeat(8);
    const text = `以数字赋能推动养老服务提质增效 ——民盟青川市委员会在市政协六届四次会议上的大会发言 发言人：周立群 ${body}`;
    expect(splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 8))).toEqual([
      "以数字赋能推动养",
      "——民盟青川市委",
      "发言人：周立群",
      "养老问题关系千家",
    ]);
  });

  it("who wrote a report stands apart from its title when the two share a piece of a line", () => {
    const body = "县域商业是农村消费的主阵地，也是畅通城乡经济循环的重要支撑。".repeat(4);
    const text = `关于我市县域商业体系建设情况的调研报告\u3000市政协经济委员会调研组\u3000\u3000${body}`;
    const pieces = readPlainText(text).blocks;
    expect(splitBlocks(pieces, true, true).map((b) => b.text.slice(0, 10))).toEqual([
      "关于我市县域商业体系",
      "市政协经济委员会调研",
      "县域商业是农村消费的",
    ]);
    // Pasted as one line, the report's author (a post and a name) stands between the title and its date.
    const oneLine = `2023年度抓基层党建工作述职报告 青石镇党委书记\u3000李晓东 （2024年1月12日）\u3000\u3000${body}`;
    expect(splitBlocks(readPlainText(oneLine).blocks, true, true).map((b) => b.text)).toEqual([
      "2023年度抓基层党建工作述职报告",
      "青石镇党委书记\u3000李晓东",
      "（2024年1月12日）",
      body,
    ]);
    // Glued to the title with no space, a study group that wrote the report stands apart too.
    const glued = `关于全县农村居家养老服务情况的调研报告县政协社会和法制委员会调研组为深入了解情况，${body}`;
    expect(splitBlocks(readPlainText(glued).blocks, true, true).map((b) => b.text.slice(0, 10))).toEqual([
      "关于全县农村居家养老",
      "县政协社会和法制委员",
      "为深入了解情况，县域",
    ]);
    // A note on the title in brackets stays with it.
    const draft = readPlainText(`政府工作报告\u3000（征求意见稿）\u3000\u3000${body}`).blocks;
    expect(splitBlocks(draft, true, true)[0]?.text).toBe("政府工作报告\u3000（征求意见稿）");
  });

  it("who speaks stands apart from the title, glued to it or set apart by a space", () => {
    const body = "同志们：今年以来，全县上下攻坚克难，各项工作取得了新成效。".repeat(8);
    const cases = [
      ["在全县推进会上的讲话", "县委书记 韩立新（2024年8月20日）"],
      ["在集团年会上的致辞", "　董事长　赵立新　（2025年1月18日）"],
      // Any report's title, when a date follows who gives it.
      ["2025年度述职述廉报告", "县住房和城乡建设局党组成员、副局长\u3000马晓东（2026年1月）"],
    ];
    for (const [title = "", speaker = ""] of cases) {
      const lines = splitBlocks([paragraph(title + speaker + body)], true).map((b) => b.text.trim());
      expect(lines[0]).toBe(title);
      expect(lines).toContain(speaker.slice(speaker.indexOf("（")));
    }
    // With no date, the salutation after the name opens the speech.
    const lines = splitBlocks(
      [paragraph(`在全县动员大会上的表态发言县商务局局长\u3000孙丽华尊敬的张书记、各位领导，${body}`)],
      true,
    ).map((b) => b.text.trim());
    expect(lines[0]).toBe("在全县动员大会上的表态发言");
    expect(lines.some((line) => line.startsWith("尊敬的张书记"))).toBe(true);
    // Or an address to the audience after a space, ending on its colon, on a page's line cut at its
    // runs of spaces.
    const page = readPlainText(
      `在全市民营企业座谈会上的讲话 市委书记\u3000王立平 企业家朋友们，同志们：\u3000\u3000${body}`,
    ).blocks;
    expect(
      splitBlocks(page, true, true)
        .map((b) => b.text.trim().slice(0, 14))
        .slice(0, 4),
    ).toEqual([
      "在全市民营企业座谈会上的讲话",
      "市委书记\u3000王立平",
      "企业家朋友们，同志们：",
      body.slice(0, 14),
    ]);
    // Who speaks, in brackets with a post after a title that says what it is, is a line of its own.
    const proposal = splitBlocks(
      [
        paragraph(
          `关于加快补齐县域养老服务短板的建议（市政协委员、民盟滨江市委副主委\u3000吴晓岚）主席、各位委员：${body}`,
        ),
      ],
      true,
    ).map((b) => b.text.trim());
    expect(proposal.slice(0, 2)).toEqual([
      "关于加快补齐县域养老服务短板的建议",
      "（市政协委员、民盟滨江市委副主委\u3000吴晓岚）",
    ]);
    // A label glued to the title (`主持人：`) says who chairs the talk: a line of its own.
    const chaired = splitBlocks(
      [
        paragraph(
          `「數位時代的華語文教學：傳承與創新」國際學術研討會引言主持人：鄭雅文教授各位貴賓，${body}`,
        ),
      ],
      true,
    ).map((b) => b.text.trim());
    expect(chaired[0]).toBe("「數位時代的華語文教學：傳承與創新」國際學術研討會引言");
    expect(chaired[1]).toMatch(/^主持人：鄭雅文教授/u);
    // A sentence that names a speech, with no date and no salutation after it, stays whole.
    const sentence = `在中央党的群团工作会议上的重要讲话中，对群团工作作了全面深入阐述。${body}`;
    expect(splitBlocks([paragraph(sentence)], true)[0]?.text).toMatch(
      /^在中央党的群团工作会议上的重要讲话中，/u,
    );
  });

  it("a space inside brackets sets a post apart from a name: no paragraph ends there", () => {
    const body = "就业是最基本的民生。今天我们邀请到有关部门负责同志介绍情况。".repeat(6);
    const lines = splitBlocks(
      [paragraph(`主持人（市政府新闻办副主任\u3000孙丽）：各位记者朋友，大家上午好！${body}`)],
      true,
    );
    expect(lines[0]?.text).toMatch(/^主持人（市政府新闻办副主任\u3000孙丽）：/u);
    // Outside brackets the space still ends a paragraph.
    const apart = splitBlocks([paragraph(`要抓好项目建设。\u3000下一步要做好三项工作。${body}`)], true);
    expect(apart.map((b) => b.text.trim()).slice(0, 2)).toEqual([
      "要抓好项目建设。",
      `下一步要做好三项工作。${body}`,
    ]);
  });

  it("a space between the issuers of one title ends no paragraph; after an issuer with no title it does", () => {
    const body = "营商环境是企业生存发展的土壤。现作出如下决定。".repeat(8);
    const joint = splitBlocks(
      [paragraph(`中共南屏市委 南屏市人民政府关于全面优化营商环境的决定 （2024年2月18日）${body}`)],
      true,
    );
    expect(joint[0]?.text).toBe("中共南屏市委 南屏市人民政府关于全面优化营商环境的决定");
    // An issuer with no title after it: the space ends its line.
    const apart = splitBlocks([paragraph(`中共南屏市委 南屏市人民政府办公室印发${body}`)], true);
    expect(apart.map((b) => b.text)[0]).toBe("中共南屏市委");
  });

  it("a news page's dateline after its headline ends the headline; a date inside a sentence does not", () => {
    const body = "經濟部昨日召開電價費率審議會，決議今年第四季住宅電價維持不變。".repeat(8);
    const lines = splitBlocks([paragraph(`社論／電價凍漲不能只是拖延戰術 2025-10-02 05:30 ${body}`)], true);
    expect(lines.slice(0, 2).map((b) => b.text.trim())).toEqual([
      "社論／電價凍漲不能只是拖延戰術",
      "2025-10-02 05:30",
    ]);
    const notice = `各单位：本办法自 2025-01-01 起施行，请遵照执行。${body}`;
    expect(
      splitBlocks([paragraph(notice)], true)[0]?.text.startsWith("各单位：本办法自 2025-01-01 起施行"),
    ).toBe(true);
  });

  it("a report's title ends where its first sentence opens with the year it reports on", () => {
    const body = "全镇经济社会保持了稳中有进、进中向好的良好态势，各项工作取得新成效。".repeat(8);
    const lines = splitBlocks([paragraph(`清水镇2023年工作总结及2024年工作打算2023年，${body}`)], true);
    expect(lines.slice(0, 2).map((b) => b.text)).toEqual([
      "清水镇2023年工作总结及2024年工作打算",
      `2023年，${body}`,
    ]);
    const spaced = splitBlocks([paragraph(`幸福里社区2024年工作总结及2025年工作计划 2024年，${body}`)], true);
    expect(spaced[0]?.text).toBe("幸福里社区2024年工作总结及2025年工作计划");
    // A year inside the title (`…总结及2024年…`) ends nothing.
    const within = splitBlocks([paragraph(`全县2024年工作要点今年以来，${body}`)], true);
    expect(within[0]?.text).toBe("全县2024年工作要点");
  });

  it("a dash that no address follows, or that stands in a sentence, is left alone", () => {
    const body = "我们召开这次会议——这是全市今年规模最大的一次会议，意义重大。".repeat(8);
    const pieces = (text: string) => splitBlocks([paragraph(text)], true).map((b) => b.text.slice(0, 4));
    expect(pieces(`同志们，${body}`)).toEqual(["同志们，"]);
    expect(pieces(`新征程上——${body}`)).toEqual(["新征程上"]);
  });
});

describe("list items that hold several paragraphs", () => {
  it("a numbered line after a list item (a lazy continuation in Markdown) is a paragraph of its own", () => {
    const item: Block = {
      kind: "item",
      marker: "2.",
      listDepth: 1,
      line: 10,
      text: "限期整改。\n三、加强应急值守。\n要严格执行值班制度。",
    };
    expect(splitBlocks([item], true).map((b) => [b.kind, b.text, b.line])).toEqual([
      ["item", "限期整改。", 10],
      ["paragraph", "三、加强应急值守。\n要严格执行值班制度。", 11],
    ]);
  });
});
