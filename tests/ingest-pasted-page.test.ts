/**
 * A web page pasted with no line breaks at all: its breadcrumb, toolbars and byline stand on the same
 * line as the speech. Only their own words may go; the speech is outlined as if they were lines of
 * their own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource } from "../src/ingest/index.js";
import type { SourceFormat } from "../src/ingest/types.js";
import { buildOutline } from "../src/outline/index.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";

const SPEECHES = [
  "在全市防汛工作会议上的讲话 同志们：今天召开这次会议，主要是分析今年汛期形势，部署防汛重点工作。一、认清严峻形势，切实增强防汛工作的紧迫感。据气象部门预测，今年主汛期降雨偏多，极端天气可能多发。二、聚焦薄弱环节，全面排查整治风险隐患。要对水库、堤防、山洪沟道逐一检查，发现问题立即整改。三、强化责任落实，确保防汛工作有序高效。各级防汛指挥部要实行二十四小时值班，严格执行领导带班制度。同志们，防汛工作责任重大，希望大家以高度负责的态度抓好各项工作。",
  "關於推動社區服務提質增效的講話 各位同仁：今天我們在這裡座談，交流社區服務工作的經驗。一、把握服務需求。居民對養老、托育、就業的需求日益多元。二、完善服務網絡。要把服務站點延伸到每一個小區。三、健全保障機制。各區要加大經費投入，配齊專職社工隊伍。謝謝大家。",
  "Remarks at the Riverside Library Reopening Good morning, everyone. We have three things to celebrate. First, the building is safe again after two years of repairs. Second, the collection has grown by four thousand books. Third, the reading room now stays open until nine every evening. Thank you all for coming.",
];

/** Whole lines of page furniture, as clean-up removes them when they stand alone. */
const FURNITURE = [
  "首页 > 政务公开 > 领导讲话 > 正文",
  "首页 | 政务公开 | 政策文件",
  "当前位置：首页 > 新闻中心 > 工作动态",
  "您现在的位置: 首页 >> 信息公开 >> 讲话",
  "您当前的位置：首页 > 新闻中心 > 部门动态",
  "Home › News › Speeches",
  "Font size: A A A | Print | Close",
  "分享到：　微信　　QQ　　微博",
  "全屏 收藏 打印",
  "下载 打印 关闭",
  "【字号：加大 还原 减小】",
  "字号：大 中 小",
  "字号 大 中 小",
  "Share | Tweet | Email | Print",
  "SHARE: Facebook / LinkedIn",
  "分享到： 微信 微博 QQ空间",
  "打印本页 关闭窗口",
  "来源：市政府网站 时间：2024-01-02",
  "发布时间：2024-03-12 10:30 来源：县应急管理局",
  "来源：区教育局 | 日期：2025-02-10 ｜ 作者：王明",
];
/** A trailer's first lines: they end a page, and opening the line they are kept as its words. */
const TRAILERS = ["相关报道", "上一篇：关于做好春耕生产工作的通知", "看过本文的人还看了"];
const DEBRIS = [...FURNITURE, ...TRAILERS];

async function outlineOf(text: string, format: SourceFormat = "txt") {
  return buildOutline(await parseSource(new TextEncoder().encode(text), `page.${format}`, format));
}

describe("a page pasted as one line", () => {
  it("keeps the speech after a breadcrumb and outlines it as if the breadcrumb had a line of its own", async () => {
    const speech = SPEECHES[0] ?? "";
    const pasted = await outlineOf(`首页 > 政务公开 > 领导讲话 > 正文 ${speech}`);
    const apart = await outlineOf(`首页 > 政务公开 > 领导讲话 > 正文\n${speech}`);
    expect(pasted.title).toBe("在全市防汛工作会议上的讲话");
    expect(pointTree(pasted.points)).toEqual(pointTree(apart.points));
    expect(pointTree(pasted.points)).toHaveLength(3);
    expect(outlineChars(pasted)).toBe(sortedChars(speech));
  });

  it("takes the byline of the page's head as metadata and leaves the title and the speech", async () => {
    const speech = (SPEECHES[0] ?? "").replace(
      " ",
      " 发布时间：2024-03-12 来源：县应急管理局 字号：大 中 小 ",
    );
    const outline = await outlineOf(`当前位置：首页 > 政务公开 > 正文 ${speech}`);
    expect(outline.meta).toEqual({ date: "2024-03-12", source: "县应急管理局" });
    expect(outline.title).toBe("在全市防汛工作会议上的讲话");
    expect(outline.preamble[0]).toMatch(/^同志们：/u);
    expect(outline.warnings.map((w) => w.message)).toEqual([
      'removed the web-page breadcrumb "当前位置：首页 > 政务公开 > 正文" before the text',
      'kept the byline "发布时间：2024-03-12 来源：县应急管理局" as metadata, not as speech',
      'removed web-page toolbar text "字号：大 中 小"',
    ]);
    // The bracket that closes the buttons goes with them.
    const bracketed = await outlineOf(
      `当前位置：首页 > 政务公开 > 正文 ${speech.replace("字号：大 中 小", "字号：[ 大 中 小 ]")}`,
    );
    expect(bracketed.title).toBe("在全市防汛工作会议上的讲话");
    expect(bracketed.preamble[0]).toMatch(/^同志们：/u);
  });

  it("titles an English speech on a Chinese site's page by its headline, up to the address to the guests", async () => {
    const page =
      "当前位置：首页 > English > Speeches Remarks by Vice Mayor Lin Yue at the 2025 Riverside Green Industry Forum " +
      "发布时间：2025-05-14 10:32 来源：市外事办公室 浏览次数：1,286 字号：[ 大 中 小 ] " +
      "Distinguished guests, ladies and gentlemen, Good morning! It is a pleasure to welcome you. " +
      "I. Our foundation is solid. We closed 143 kilns. II. Our plans are bold. We will build a hydrogen park.";
    const outline = await outlineOf(page);
    expect(outline.title).toBe("Remarks by Vice Mayor Lin Yue at the 2025 Riverside Green Industry Forum");
    expect(outline.meta).toEqual({ date: "2025-05-14 10:32", source: "市外事办公室", views: "1,286" });
    expect(outline.preamble[0]).toMatch(/^Distinguished guests,/u);
    expect(pointTree(outline.points)).toEqual(["I.|Our foundation is solid", "II.|Our plans are bold"]);
  });

  it("takes a byline field glued to the headline's last words, and the name a space after a writer's post", async () => {
    // The byline in place of the space after the title, and the metadata it gives.
    const cases: [string, Record<string, string>][] = [
      ["来源：县应急管理局 发布时间：2024-03-12 ", { date: "2024-03-12", source: "县应急管理局" }],
      [
        " 来源：县应急管理局 作者：县委书记\u3000韩卫东 ",
        { author: "县委书记 韩卫东", source: "县应急管理局" },
      ],
    ];
    for (const [byline, meta] of cases) {
      const speech = (SPEECHES[0] ?? "").replace(" ", byline);
      const outline = await outlineOf(`当前位置：首页 > 政务公开 > 正文 ${speech}`);
      expect(outline.meta).toEqual(meta);
      expect(outline.title).toBe("在全市防汛工作会议上的讲话");
      expect(outline.preamble[0]).toMatch(/^同志们：/u);
    }
  });

  it("removes a menu of names a bar apart after the page's skip link, trail and share row, whatever follows it", async () => {
    const speech = (SPEECHES[1] ?? "").replace(" ", " 發布單位：綜合規劃處 更新日期：114-10-02 ");
    const head =
      "::: 跳到主要內容 首頁 | 網站導覽 | English | 常見問答 | RSS 關於本會 | 政策與法規 | 新聞與公告 | 施政資訊 | 便民服務 | 政府資訊公開  " +
      "首頁 > 新聞與公告 > 首長講稿 字級：小 中 大 友善列印 分享：Facebook LINE Plurk ";
    const outline = await outlineOf(`${head}${speech}`);
    expect(outline.title).toBe("關於推動社區服務提質增效的講話");
    expect(outline.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'removed web-page toolbar text "::: 跳到主要內容"',
        `removed the web page's menu "關於本會 | 政策與法規 | 新聞與公告 | 施政資訊 | 便民服務 | 政府資訊公開" before the text`,
        'removed web-page toolbar text "字級：小 中 大 友善列印 分享：Facebook LINE Plurk"',
      ]),
    );
  });

  it("removes the site's menu that opens the line, before the title and its byline", async () => {
    const speech = (SPEECHES[0] ?? "").replace(" ", " 作者：办公室 发布时间：2024-03-12 ");
    const menu = "首页 学校概况 学校简介 新闻动态 党建园地 教育教学 招生信息 联系我们";
    const outline = await outlineOf(`${menu} ${speech}`);
    expect(outline.title).toBe("在全市防汛工作会议上的讲话");
    expect(outline.warnings.map((w) => w.message)).toContain(
      `removed the web page's menu "${menu}" before the text`,
    );
    // The site's name before its menu goes with it.
    const named = await outlineOf(`云溪县人民政府门户网站 ${menu} ${speech}`);
    expect(named.title).toBe("在全市防汛工作会议上的讲话");
    expect(named.warnings.map((w) => w.message)).toContain(
      `removed the web page's menu "云溪县人民政府门户网站 ${menu}" before the text`,
    );
    // With no byline, a trail after the menu says the page's head; the owner's name and the menu's
    // language switch go with the menu.
    const council =
      "澳門特別行政區立法會 首頁 立法會簡介 議員 全體會議 委員會 法律及法規 新聞 聯絡我們 繁 | 葡 | EN";
    const trailed = await outlineOf(
      `${council} 首頁 > 全體會議 > 議員發言 促進青年創業就業\u3000助力經濟適度多元發展 2024年10月15日 議程前發言 發言議員：區嘉敏 主席、各位同事：${"近年來，特區政府積極推動經濟適度多元發展，為青年提供了更廣闊的發展空間。".repeat(8)}一、優化創業援助。二、加強產學研合作。`,
    );
    expect(trailed.title).toBe("促進青年創業就業 助力經濟適度多元發展");
    expect(trailed.warnings.map((w) => w.message)).toContain(
      `removed the web page's menu "${council}" before the text`,
    );
    // Names that run on into the byline may end in the title's words: they stay.
    const spaced = await outlineOf(
      `${menu} 防汛工作 会议讲话 作者：办公室 同志们：今天召开这次会议。一、认清形势。二、排查隐患。`,
    );
    expect(spaced.warnings.map((w) => w.message).join()).not.toContain("menu");
  });

  it("cuts the head's debris when the line's paragraphs stand apart by ideographic spaces", async () => {
    const page = [
      "首页 集团概况 新闻中心 党建工作 企业文化 人才招聘 联系我们 当前位置：首页 > 新闻中心 > 集团要闻 在集团公司2025年工作会议上的讲话 来源：集团办公室 发布时间：2025-01-20 字号：大 中 小",
      "同志们：这次会议的主要任务是总结去年工作，部署今年任务。",
      "一、深刻认识取得的成绩。全年营业收入增长百分之八。",
      "二、准确把握面临的形势。外部环境更趋复杂。",
    ].join("\u3000\u3000");
    const outline = await outlineOf(page);
    expect(outline.title).toBe("在集团公司2025年工作会议上的讲话");
    expect(outline.meta).toMatchObject({ source: "集团办公室", date: "2025-01-20" });
    expect(pointTree(outline.points)).toEqual(["一、|深刻认识取得的成绩", "二、|准确把握面临的形势"]);
  });

  it("ends a breadcrumb before a word too long to be a crumb: the title after it stays", async () => {
    const outline = await outlineOf(
      "首页 > 领导讲话 > 在全市防汛工作会议上的讲话\n同志们：今天召开这次会议。\n一、认清形势。\n二、排查隐患。",
    );
    expect(outline.title).toBe("在全市防汛工作会议上的讲话");
  });

  it("keeps an English word that names a toolbar's button, alone between the title's words", async () => {
    const speech =
      "A Home for Every Generation Address by the Minister for Housing to the National Housing Summit. Thank you, Chair, and good morning to you all. We will build more homes, and we will build them faster than before.";
    const outline = await outlineOf(`Print Share ${speech}`);
    expect(outlineChars(outline)).toBe(sortedChars(speech));
    expect(outline.warnings.map((w) => w.message)).toContain('removed web-page toolbar text "Print Share"');
  });

  it("takes the first piece that is more than a toolbar's buttons as the head of the line", async () => {
    const share = "分享到：\u3000微信\u3000\u3000QQ\u3000\u3000微博";
    const speech = SPEECHES[0] ?? "";
    const pasted = await outlineOf(`${share} 首页 > 政务公开 > 领导讲话 > 正文 ${share} ${speech}`);
    const alone = await outlineOf(speech);
    expect(pasted.title).toBe("在全市防汛工作会议上的讲话");
    expect(pointTree(pasted.points)).toEqual(pointTree(alone.points));
  });

  it("never loses a point of the speech to debris written on the same line", async () => {
    const alone = await Promise.all(SPEECHES.map((speech) => outlineOf(speech)));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(SPEECHES.length - 1),
        fc.array(fc.constantFrom(...DEBRIS), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(" ", "\u3000", "  ", " | "),
        fc.constantFrom(" ", "\u3000", "  "),
        fc.constantFrom<SourceFormat>("txt", "md"),
        async (which, debris, between, space, format) => {
          const speech = SPEECHES[which] ?? "";
          const outline = await outlineOf(`${debris.join(between)}${space}${speech}`, format);
          expect(pointTree(outline.points)).toEqual(pointTree(alone[which]?.points ?? []));
          // Furniture alone goes: the title is the speech's own.
          if (debris.every((line) => FURNITURE.includes(line)))
            expect(outline.title).toBe(alone[which]?.title);
          // Every character of the speech is still there (debris may be kept too).
          const kept = outlineChars(outline);
          const missing = [...sortedChars(speech)].filter((char, i, all) => {
            const need = all.filter((c) => c === char).length;
            return i === all.indexOf(char) && kept.split(char).length - 1 < need;
          });
          expect(missing).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("a page's head pasted line by line", () => {
  it("keeps its menu, breadcrumb and byline lines whole in a hard-wrapped copy: the headline under them is the title", async () => {
    const body =
      "按照机关党委的统一安排，今天由我为大家讲一次专题党课。开展主题教育，是党中央着眼全面建设社会主义现代化国家开局起步关键时期作出的重大部署。" +
      "市委对全市主题教育作了具体安排，局党组也制定了实施方案。今天的党课，我想结合自己的学习体会和我局工作实际，和同志们交流两个方面的认识。";
    const wrapped = (text: string) => text.match(/.{1,38}/gu) ?? [];
    const page = [
      "市直机关党建网",
      "首页 | 党建动态 | 理论学习 | 党课讲稿 | 支部风采 | 廉政建设 | 党务公开",
      "您现在的位置：首页 >> 党课讲稿 >> 正文",
      "",
      "以学铸魂强根基\u3000以学促干见实效",
      "",
      "作者：张立新（市农业农村局党组书记、局长）\u3000来源：市农业农村局机关党委",
      "发布时间：2023-06-28 16:05:21\u3000\u3000点击数：6852",
      "",
      "同志们：",
      ...wrapped(body),
      ...wrapped(`一、深刻理解开展主题教育的重大意义。${body}`),
      ...wrapped(`二、准确把握主题教育的目标要求。${body}`),
    ];
    const outline = await outlineOf(page.join("\n"));
    expect(outline.title).toBe("以学铸魂强根基\u3000以学促干见实效");
    expect(outline.meta).toMatchObject({
      source: "市农业农村局机关党委",
      date: "2023-06-28 16:05:21",
      views: "6852",
    });
    expect(pointTree(outline.points)).toEqual([
      "一、|深刻理解开展主题教育的重大意义",
      "二、|准确把握主题教育的目标要求",
    ]);
  });

  it("reads an English news page's head: the site's menu, the fields under the headline, its share row and dateline", async () => {
    const page = [
      "EastAsia Daily | Home  China  World  Business  Opinion  Culture  Travel  Sports  Video  |  中文  |  Search",
      "Home > China > Diplomacy",
      "Remarks by Vice Minister Zhao Lin at the Opening Ceremony of the 2024 China-ASEAN Youth Exchange Forum",
      "Updated: 2024-08-22 16:48   Source: eastasiadaily.com.cn   Editor: Wang Yue",
      "Share:  Facebook  |  X  |  LinkedIn  |  WeChat  |  Email        Font size:  A+  A-",
      "Nanning, August 21, 2024",
      "Distinguished guests, ladies and gentlemen,",
      "Good morning! It gives me great pleasure to join you for the opening of this year's forum.",
      "This forum has come a long way. When it was first held, there were fewer than two hundred of us.",
    ];
    const outline = await outlineOf(page.join("\n"));
    expect(outline.title).toBe(
      "Remarks by Vice Minister Zhao Lin at the Opening Ceremony of the 2024 China-ASEAN Youth Exchange Forum",
    );
    expect(outline.meta).toEqual({
      author: "Vice Minister Zhao Lin",
      date: "2024-08-22 16:48",
      source: "eastasiadaily.com.cn",
      editor: "Wang Yue",
      venue: "Nanning",
    });
    const kept = JSON.stringify([outline.preamble, outline.points]);
    expect(kept).toContain("Distinguished guests, ladies and gentlemen,");
    expect(kept).not.toMatch(/Opinion|Diplomacy|Facebook|Font size/u);
  });

  it("reads a page's fields set one to a line (`Source: …` · `Updated: …`), and no single one", async () => {
    const plan = (...head: string[]) =>
      outlineOf(
        [
          ...head,
          "",
          "Implementation Plan for Promoting the Silver Economy (2024-2027)",
          "",
          "In order to actively respond to population aging and meet the diverse needs of older people, this Plan is formulated.",
          "",
          "I. General Requirements",
          "",
          "Eastbay will make coordinated efforts to improve public services for the elderly and develop new industries.",
        ].join("\n"),
      );
    const paired = await plan(
      "Source: General Office of the Eastbay Municipal People's Government",
      "Updated: 2024-04-02",
    );
    expect(paired.title).toBe("Implementation Plan for Promoting the Silver Economy (2024-2027)");
    expect(paired.meta).toEqual({
      source: "General Office of the Eastbay Municipal People's Government",
      date: "2024-04-02",
    });
    // `Source: …` alone may cite a figure's source: it stays in the text.
    const single = await plan("Source: General Office of the Eastbay Municipal People's Government");
    expect(single.meta).toEqual({});
  });

  it("reads a city's page: its office over a trail whose names have spaces, its row of labels, the venue", async () => {
    const page = [
      "Skip to main content",
      "City of Riverside  |  Office of the Mayor",
      "Home › Newsroom › Speeches & Remarks",
      "",
      "Remarks by Mayor Elena Vasquez at the 2024 Riverside Small Business Summit",
      "",
      "April 9, 2024  •  Speeches & Remarks  •  5 min read",
      "",
      "Riverside Convention Center, Hall B",
      "",
      "MAYOR VASQUEZ: Thank you. Thank you so much. Please, have a seat. (Applause.)",
      "",
      "I want to start by saying thank you to every one of you who closed up shop for a morning to be here.",
    ];
    const outline = await outlineOf(page.join("\n"));
    expect(outline.title).toBe("Remarks by Mayor Elena Vasquez at the 2024 Riverside Small Business Summit");
    expect(outline.meta.author).toBe("Mayor Elena Vasquez");
    expect(outline.warnings.map((w) => w.message).join("\n")).toContain(
      '"Home › Newsroom › Speeches & Remarks"',
    );
    expect(outline.preamble).not.toContain("& Remarks");
  });

  it("reads a city's English page: its name and version over the trail, the address its byline names as the title, `Date:` among the fields", async () => {
    const outline = await outlineOf(
      [
        "Nanwan City Government | English Website",
        "Home > News & Events > Mayor's Speeches",
        "Font size: A- A A+     Share: Facebook | X | LINE | Email | Print",
        "",
        "Keynote Address by Mayor Chou Shou-chien at the 2025 Asia-Pacific Ports and Cities Forum",
        "",
        "Date: 2025-09-23",
        "Source: Department of Information, Nanwan City Government",
        "Views: 612",
        "",
        "Director-General Hayashi, distinguished guests, ladies and gentlemen, good morning.",
        "",
        "I. A Port in Transition",
        "",
        "Nanwan was built by the sea. A century ago it was a fishing village.",
        "",
        "II. A Port for People",
        "",
        "Our harbor belongs to the people who live beside it.",
      ].join("\n"),
    );
    expect(outline.title).toBe(
      "Keynote Address by Mayor Chou Shou-chien at the 2025 Asia-Pacific Ports and Cities Forum",
    );
    expect(outline.meta).toMatchObject({ date: "2025-09-23", views: "612" });
    expect(outline.points.map((p) => p.marker)).toEqual(["I.", "II."]);
  });

  it("reads a trail on the site's dotted name (`Canada.ca > …`) as a breadcrumb, and the speech its remarks name as the title", async () => {
    const outline = await outlineOf(
      [
        "Canada.ca > Natural Resources Canada > News > Speeches",
        "",
        "Remarks by the Honourable Daniel Okafor-Leclerc, Minister of Energy and Natural Resources, at the opening of the Port Ashdown Critical Minerals Processing Centre",
        "",
        "From: Natural Resources Canada",
        "",
        "June 12, 2025 – Port Ashdown, Ontario",
        "",
        "Thank you, Mayor Kowalczyk, for that kind introduction. It is good to be back in Port Ashdown.",
      ].join("\n"),
    );
    expect(outline.title).toBe(
      "Remarks by the Honourable Daniel Okafor-Leclerc, Minister of Energy and Natural Resources, at the opening of the Port Ashdown Critical Minerals Processing Centre",
    );
    expect(outline.warnings.map((w) => w.message).join("\n")).toContain(
      '"Canada.ca > Natural Resources Canada > News > Speeches"',
    );
  });
});
