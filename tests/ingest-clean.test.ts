import { describe, expect, it } from "vitest";
import { cleanBlocks } from "../src/ingest/clean.js";
import { parseSource } from "../src/ingest/index.js";
import type { Block } from "../src/ingest/types.js";
import { readPlainText } from "../src/ingest/text.js";
import { plainBlocks } from "./helpers/plain-source.js";

const clean = (text: string) => cleanBlocks(plainBlocks(text));
const texts = (text: string) => clean(text).blocks.map((b) => b.text);

describe("web clean-up", () => {
  it("removes pinyin annotations after Han characters and reports each line", () => {
    const result = clean("標題\n這次會議的主要任務(wù)是認(rèn)真貫徹\n項目(a)與 app(lè) 不動");
    expect(result.blocks.map((b) => b.text)).toEqual([
      "標題",
      "這次會議的主要任務是認真貫徹",
      "項目(a)與 app(lè) 不動",
    ]);
    expect(result.warnings).toContainEqual({
      line: 2,
      message: "removed 2 pinyin annotations",
      kind: "cleanup",
    });
  });

  it("removes readings of several syllables, in pinyin or in zhuyin, and keeps English in brackets", () => {
    expect(
      texts("標題\n經濟全面復甦(fù sū)\n醫療(ㄧ ㄌㄧㄠˊ)服務\n多元(duō yuán)發展\n計劃(plan B)不變"),
    ).toEqual(["標題", "經濟全面復甦", "醫療服務", "多元發展", "計劃(plan B)不變"]);
  });

  it("removes zhuyin glued to each character, as a page's ruby text copies", () => {
    expect(texts("標題\n有禮ㄌㄧˇ貌ㄇㄠˋ，天天說早安。\n小叮ㄉㄧㄥ嚀ㄋㄧㄥˊ")).toEqual([
      "標題",
      "有禮貌，天天說早安。",
      "小叮嚀",
    ]);
  });

  it("reads back the numerals a scan's recognition read as a dash or a box, only where a numeral stands", async () => {
    const scanned = [
      "在全县安全生产工作会议上的讲话",
      "（二口二四年三月十二日）",
      "今天召开全县安全生产工作会议，主要任务是总结去年工作，安排部署",
      "今年重点任务。刚才几个单位作了表态发言，下面，我再讲三点意见。",
      "-、清醒认识当前安全生产形势，切实增强抓好安全工作的责任感紧迫",
      "（-）成绩值得肯定。全年共发生各类生产安全事故11起、死亡9人，同比",
      "分别下降26.7%和18.2%，未发生较大以上生产安全事故，实现目标。",
      "-是压实党政领导责任。各乡镇党委书记是本辖区安全生产第一责任人。",
      "第-章　总则",
      "第十-条　本办法自2024-05-01起施行，口罩、路口和- 是否列入等词不改。",
    ];
    const source = await parseSource(Buffer.from(scanned.join("\n")), "scan.txt", "txt");
    const lines = source.blocks.map((block) => block.text);
    expect(lines).toContain("（二〇二四年三月十二日）");
    expect(lines.filter((line) => /^(?:一、|（一）|一是|第一章|第十一条)/u.test(line))).toHaveLength(5);
    expect(lines.at(-1)).toBe("第十一条　本办法自2024-05-01起施行，口罩、路口和- 是否列入等词不改。");
    expect(source.warnings).toContainEqual({
      line: 1,
      message: "read a dash or 口 recognised from a scan as the numeral it stands for (6 times)",
      kind: "cleanup",
    });
    // A page's paragraphs, one pasted line's sentences among them, are read back too.
    expect(texts("通知\n（-）总体要求。各单位要高度重视。-、工作安排")).toEqual([
      "通知",
      "（一）总体要求。各单位要高度重视。一、工作安排",
    ]);
  });

  it("reads the zhuyin letter ㄧ typed for the numeral 一, and keeps it where it may be a reading", () => {
    const typed = clean("質詢稿\nㄧ、捷運進度落後\n這ㄧ年來，市民等了很久。\n二、校園安全");
    expect(typed.blocks.map((b) => b.text)).toEqual([
      "質詢稿",
      "一、捷運進度落後",
      "這一年來，市民等了很久。",
      "二、校園安全",
    ]);
    expect(typed.warnings).toContainEqual({
      line: 2,
      message: "read the zhuyin letter ㄧ as the numeral 一",
      kind: "cleanup",
    });
    // A text that writes readings: ㄧ after a character is its reading (衣 is read ㄧ) and goes with them.
    expect(texts("標題\nㄧ、穿衣ㄧ要整齊\n醫療(ㄧ ㄌㄧㄠˊ)服務\n有禮ㄌㄧˇ貌ㄇㄠˋ")).toEqual([
      "標題",
      "一、穿衣要整齊",
      "醫療服務",
      "有禮貌",
    ]);
  });

  it("drops a follow prompt set on two lines, and keeps the words in a sentence", () => {
    expect(texts("标题\n点击蓝字\n关注我们\n正文第一段。\n欢迎大家关注我们的社区活动。")).toEqual([
      "标题",
      "正文第一段。",
      "欢迎大家关注我们的社区活动。",
    ]);
    // `关注… 了解更多…` invites a reader to follow the account, as a line alone.
    expect(texts("关注江川大学 了解更多资讯\n标题\n正文：关注江川大学，了解更多资讯。")).toEqual([
      "标题",
      "正文：关注江川大学，了解更多资讯。",
    ]);
  });

  it("keeps a byline that opens with the writer's name, and one in brackets, as metadata", () => {
    const result = clean(
      "人民网评：让服务更暖心\n李言  2025年03月18日08:31 | 来源：人民网－观点频道\n正文第一段。\n正文第二段。\n(责编：王华、杨明)\n分享让更多人看到 推荐 打印 收藏",
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      "人民网评：让服务更暖心",
      "正文第一段。",
      "正文第二段。",
    ]);
    expect(result.meta).toEqual({
      author: "李言",
      date: "2025年03月18日08:31",
      source: "人民网－观点频道",
      editor: "王华、杨明",
    });
  });

  it("drops toolbar lines and keeps bylines as metadata", () => {
    const result = clean(
      "讲话稿\n【字号：加大 还原 减小】\n下载 打印 关闭\n来源：市政府网站 时间：2024-01-02\n正文第一段。",
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["讲话稿", "正文第一段。"]);
    expect(result.meta).toEqual({ source: "市政府网站", date: "2024-01-02" });
    expect(result.warnings.filter((w) => w.kind === "cleanup").map((w) => w.line)).toEqual([2, 3, 4]);
  });

  it("takes a head row that mixes the type-size buttons with byline fields, and a bare view count", () => {
    const result = clean(
      [
        "首页 > 新闻动态 > 教育要闻",
        "【字体：大 中 小】\u3000发布时间：2023-09-11 09:32\u3000来源：临澜区教育局\u3000阅读：672次",
        "浏览：2107",
        "在全区教师节表彰大会上的讲话",
        "老师们、同志们：",
        "【字体：大 中 小】 这一行在正文里，照样保留。",
      ].join("\n"),
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      "在全区教师节表彰大会上的讲话",
      "老师们、同志们：",
      "【字体：大 中 小】 这一行在正文里，照样保留。",
    ]);
    expect(result.meta).toEqual({ date: "2023-09-11 09:32", source: "临澜区教育局", views: "2107" });
  });

  it("reads a row of fields and buttons each in black brackets a bracket at a time", () => {
    const row = "【来源：县委农办\u3000县农业农村局】【发布时间：2024-03-12 16:05】【字体：大 中 小】";
    const result = clean(
      [row, "临溪县和美乡村建设三年行动实施方案", "【注意】这一行是正文。【完】"].join("\n"),
    );
    expect(result.meta).toEqual({ source: "县委农办\u3000县农业农村局", date: "2024-03-12 16:05" });
    expect(result.blocks.map((b) => b.text)).toEqual([
      "临溪县和美乡村建设三年行动实施方案",
      "【注意】这一行是正文。【完】",
    ]);
  });

  it("drops the link to the site's home page, an account's buttons, and a trail under the site's menu", () => {
    const page = [
      "人民网首页",
      "手机看新闻",
      "首页 时政 国际 财经 观点 理论",
      "人民网>>观点",
      "以实干笃行书写奋斗答卷",
      "一年之计在于春。",
    ].join("\n");
    expect(texts(page)).toEqual(["以实干笃行书写奋斗答卷", "一年之计在于春。"]);
    expect(
      texts("百度首页\n登录\n老局长的三个道理\n老周聊职场\n关注\n前几天，一位老朋友给我转来一段文字。"),
    ).toEqual(["老局长的三个道理", "老周聊职场", "前几天，一位老朋友给我转来一段文字。"]);
    // A trail further down, under no menu, is left where it stands.
    expect(texts("标题\n第一段。\n第二段。\n第三段。\n人民网>>观点")).toContain("人民网>>观点");
  });

  it("drops a page's link past its menus to its text, in either script or in English", () => {
    for (const link of [
      "跳至主要內容",
      "跳到主要内容",
      "跳到主要內容區塊",
      "Skip to main content",
      "SKIP NAVIGATION",
    ])
      expect(clean(`${link}\n讲话稿\n正文第一段。`).blocks.map((b) => b.text)).toEqual([
        "讲话稿",
        "正文第一段。",
      ]);
    expect(clean("跳至主要內容的方法\n正文第一段。").blocks).toHaveLength(2);
  });

  it("drops a page's menu, its type-size row and its print button, and keeps its news fields as metadata", () => {
    const page = [
      "繁 | 簡 | PT | EN",
      "首頁　政府　新聞　服務　活動　搜尋",
      "字體大小：A　A　A",
      "列印",
      "行政長官發表施政報告",
      "發佈日期：2025-11-18 16:45",
      "消息來源：新聞局",
      "新聞類別：施政報告",
      "首頁　政府　新聞　服務是本段的話。",
    ];
    const result = clean(page.join("\n"));
    expect(result.blocks.map((b) => b.text)).toEqual([
      "行政長官發表施政報告",
      "首頁　政府　新聞　服務是本段的話。",
    ]);
    expect(result.meta).toEqual({ date: "2025-11-18 16:45", source: "新聞局", category: "施政報告" });
    // An English page's row of search, type-size buttons in capitals and share links.
    expect(
      clean(
        "Search   |   A-  A  A+   |   Share: Facebook  X  LinkedIn  WhatsApp  Email\nNational Day Rally 2025\nGood evening.",
      ).blocks.map((b) => b.text),
    ).toEqual(["National Day Rally 2025", "Good evening."]);
    // A row of names that does not start at the home page is no menu: it may be a line of the text.
    expect(clean("講話\n政府　新聞　服務　活動\n正文。").blocks).toHaveLength(3);
    // A Taiwanese site's access key may stand before the menu on its line.
    expect(
      clean(
        "縣政府全球資訊網\n:::　首頁　|　網站導覽　|　English　|　常見問答\n施政報告\n正文第一段。",
      ).blocks.map((b) => b.text),
    ).toEqual(["施政報告", "正文第一段。"]);
    // …or on the line over the menu, where it is no title.
    expect(
      clean(
        "城市觀點網 CityView\n首頁 ｜ 新聞 ｜ 評論 ｜ 專題 ｜ 影音\n高齡社會的住宅難題\n正文。",
      ).blocks.map((b) => b.text),
    ).toEqual(["高齡社會的住宅難題", "正文。"]);
    // …or over its trail of sections, whose arrows may be doubled and end it.
    expect(
      clean("澜江新闻网\n首页 > 评论 > 本报评论员\n让每一位企业家都能安心谋发展\n正文。").blocks.map(
        (b) => b.text,
      ),
    ).toEqual(["让每一位企业家都能安心谋发展", "正文。"]);
    expect(clean("人民网\n人民网>>观点>>\n坚持系统观念\n小字号\n正文。").blocks.map((b) => b.text)).toEqual([
      "坚持系统观念",
      "正文。",
    ]);
    // An English site's name runs to a few words, its links to other languages after it.
    expect(
      clean(
        "Prime Minister's Office Singapore\nHome  >  Newsroom  >  Speeches\nPM Ong at the National Day Rally 2025\nMy fellow Singaporeans, good evening.",
      ).blocks.map((b) => b.text),
    ).toEqual(["PM Ong at the National Day Rally 2025", "My fellow Singaporeans, good evening."]);
    expect(
      clean(
        "Yunfeng County People's Government  |  中文  |  English\nHome   About Yunfeng   News   Government   Investment   Contact Us\nSpeech by Yang Weimin at the County Conference on the Collective Economy\nComrades,",
      ).blocks.map((b) => b.text),
    ).toEqual(["Speech by Yang Weimin at the County Conference on the Collective Economy", "Comrades,"]);
    // Who wrote a post, a bar after the label, is no site's name.
    expect(clean("文 | 杨帆\n首页 > 评论\n正文。").blocks.map((b) => b.text)).toEqual([
      "文 | 杨帆",
      "正文。",
    ]);
    // A sentence over a menu is no site's name.
    expect(clean("請先閱讀說明。\n首頁 ｜ 新聞 ｜ 評論 ｜ 專題 ｜ 影音\n正文。").blocks).toHaveLength(2);
    // The site's name may stand before the home page, the names apart by bars.
    expect(
      clean("东江网\u3000首页｜新闻｜评论｜理论｜视频\n以进促稳\n正文。").blocks.map((b) => b.text),
    ).toEqual(["以进促稳", "正文。"]);
  });

  it("drops a toolbar row that sets the type's size, prints, shares to LINE and goes back a page", () => {
    const row = "字級設定：小　中　大　｜　友善列印　｜　分享：Facebook　LINE　｜　回上一頁";
    expect(clean(`${row}\n臺灣的傳統節慶\n正文第一段。`).blocks.map((b) => b.text)).toEqual([
      "臺灣的傳統節慶",
      "正文第一段。",
    ]);
    // A column's row shares to X and copies the link.
    const shares = "字級：小 中 大\u3000｜\u3000分享：Facebook\u3000LINE\u3000X\u3000複製連結";
    expect(clean(`${shares}\n臺灣的傳統節慶\n正文第一段。`).blocks.map((b) => b.text)).toEqual([
      "臺灣的傳統節慶",
      "正文第一段。",
    ]);
    // A school site's row also turns the phonetic guide on and off.
    const guide = "字級設定：小 中 大\u3000\u3000注音：開啟 關閉\u3000\u3000列印\u3000分享";
    expect(clean(`${guide}\n臺灣的傳統節慶\n正文第一段。`).blocks.map((b) => b.text)).toEqual([
      "臺灣的傳統節慶",
      "正文第一段。",
    ]);
    // `文字大小` sets the size of the page's words, as a Hong Kong bureau's site prints it.
    expect(clean("文字大小：A A A\n加快公營房屋供應\n正文第一段。").blocks.map((b) => b.text)).toEqual([
      "加快公營房屋供應",
      "正文第一段。",
    ]);
    // Each on a line of its own, as a county's news page prints its toolbar.
    expect(clean("分享\n列印\n回上頁\n臺灣的傳統節慶\n正文第一段。").blocks.map((b) => b.text)).toEqual([
      "臺灣的傳統節慶",
      "正文第一段。",
    ]);
  });

  it("drops a record's links that act on what it shows (`Share this debate`, `Download text`), never such words in a sentence", () => {
    const record = [
      "Rural Bus Services",
      "Download text",
      "Share this debate",
      "With permission, I shall make a statement.",
      "Share this specific contribution",
      "Members may share this debate with their constituents.",
      "Share this quote",
      "Share on Facebook",
      "Share on X",
      "Share on the radio, they said.",
    ];
    expect(clean(record.join("\n")).blocks.map((b) => b.text)).toEqual([
      "Rural Bus Services",
      "With permission, I shall make a statement.",
      "Members may share this debate with their constituents.",
      "Share on the radio, they said.",
    ]);
  });

  it("drops breadcrumbs, navigation words and a heading repeated as the next paragraph, never a repeated sentence", () => {
    const result = clean(
      "首页 > 政务公开 > 讲话\n全屏 收藏\n讲话稿\n一、总体要求\n一、总体要求\n加油！\n加油！",
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["讲话稿", "一、总体要求", "加油！", "加油！"]);
    // A Hong Kong site's home page is its `主頁`, a trail's first crumb under the site's menu.
    const menu = ["主頁", "關於我們", "局長網誌", "新聞公報", "演辭", "政策", "聯絡我們"];
    const blog = [...menu, "主頁 > 局長網誌 > 2025年", "加快公營房屋供應", "正文第一段。"];
    expect(clean(blog.join("\n")).blocks.map((b) => b.text)).toEqual(["加快公營房屋供應", "正文第一段。"]);
  });

  it("drops a heading printed again over the next page as going on, and keeps one that only ends alike", () => {
    const report = [
      "Report",
      "3. BARGAINING AND PAY",
      "Talks opened in May.",
      "3. BARGAINING AND PAY (continued)",
      "Pay rose.",
    ];
    expect(texts(report.join("\n"))).toEqual([
      "Report",
      "3. BARGAINING AND PAY",
      "Talks opened in May.",
      "Pay rose.",
    ]);
    expect(texts("报告\n二、主要措施\n正文。\n二、主要措施（续）\n正文二。")).toHaveLength(4);
    expect(texts("报告\n正文。\n附表（续）\n正文二。")).toHaveLength(4);
  });

  it("cuts a trail opening on the site's own name from the head of a page pasted on one line", () => {
    const page =
      "東岸市議會全球資訊網 ＞ 議事資訊 ＞ 業務報告 ＞ 第三屆第五次定期大會 東岸市政府衛生局業務報告 報告人：局長 周怡君";
    expect(texts(`${page}\n壹、重要業務執行成果`)[0]).toBe("東岸市政府衛生局業務報告 報告人：局長 周怡君");
    // An e-paper's trail ends on its page and section.
    const paper = [
      "桐州日报数字版 > 2024年09月26日 > 第A02版：要闻",
      "葛慧敏检查节前市场供应",
      "本报讯 9月25日，副市长带队检查。",
    ];
    expect(texts(paper.join("\n"))).toEqual(paper.slice(1));
    // Below the page's head, arrows are the speech's own.
    const body = ["報告", "第一段。", "第二段。", "部門 > 處室 > 科室 > 小組 依次負責。"];
    expect(texts(body.join("\n"))).toEqual(body);
  });

  it("drops breadcrumbs parted by bars and share rows in any case", () => {
    const result = clean(
      [
        "首页 | 政务公开 | 政策文件",
        "Home › News › Speeches",
        "Home / News / Commencement 2025",
        "Share | Tweet | Email | Print",
        "SHARE: Facebook / LinkedIn",
        "Share: Teams | Slack | Email | Copy link",
        "Share on Reddit | Bluesky | Threads | Telegram",
        "分享到： 微信 微博",
        "讲话稿",
        "Home is where the work starts.",
      ].join("\n"),
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["讲话稿", "Home is where the work starts."]);
  });

  it("drops an English menu with no home page only when its names stand wide apart, and an advertisement's mark only alone", () => {
    expect(texts("News   Local   Politics   Opinion   Sports\nBudget Address\nGood evening.")).toEqual([
      "Budget Address",
      "Good evening.",
    ]);
    const kept = [
      "Local News Politics Opinion Sports",
      "Advertisement paid for the new park, as the council knows.",
      "Good evening.",
    ];
    expect(texts(kept.join("\n"))).toEqual(kept);
  });

  it("drops a trail of a site's sections at the head, whatever its first crumb, and a share row naming X", () => {
    const result = clean(
      [
        "News & Stories  >  Campus Life",
        "Share this:  Facebook | X | LinkedIn | Email",
        "The Long Way Around",
        "Good morning, graduates! Past > present, as the old motto says.",
        "X",
      ].join("\n"),
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      "The Long Way Around",
      "Good morning, graduates! Past > present, as the old motto says.",
      "X",
    ]);
  });

  it("drops a trail parted by slashes right over the page's heading or opening the text; elsewhere slashes part words", () => {
    const heading: Block = { text: "Full text: the 2025 budget speech", line: 2, kind: "heading", depth: 1 };
    const trail = (text: string) =>
      cleanBlocks([
        { text, line: 1, kind: "paragraph" },
        heading,
        {
          text: "Madam Speaker, I move that this bill be now read a second time.",
          line: 3,
          kind: "paragraph",
        },
      ]).blocks.map((b) => b.text);
    expect(trail("Politics / Federal Budget 2025")).toEqual([heading.text, expect.stringMatching(/^Madam/u)]);
    // Three crumbs or more may name a unit in full.
    const unit = "Staff Intranet / Faculty of Science / School of Earth and Ocean Sciences / Annual Report";
    expect(trail(unit)).toEqual([heading.text, expect.stringMatching(/^Madam/u)]);
    expect(trail("Work / Life Balance in the Modern School of Earth and Ocean Sciences")[0]).toMatch(
      /^Work/u,
    );
    // Over a paragraph, the slashes are the text's.
    expect(texts("Work / Life Balance\nWe all need rest.")).toEqual([
      "Work / Life Balance",
      "We all need rest.",
    ]);
    // Three crumbs or more as the text's first line are a trail over anything.
    expect(texts("页面 / 研发中心 / 会议纪要 / 2024年\n研发质量分析会会议纪要\n会议听取了汇报。")).toEqual([
      "研发质量分析会会议纪要",
      "会议听取了汇报。",
    ]);
  });

  it("keeps a line set in HTML tags at the head: a tag's brackets are no trail's arrows", () => {
    expect(
      texts("<div align=center><b>关于加装电梯的调研报告</b></div>\n按照安排，调研组开展了专题调研。"),
    ).toEqual(["<div align=center><b>关于加装电梯的调研报告</b></div>", "按照安排，调研组开展了专题调研。"]);
  });

  it("drops a row of three or more labels at the head, not a title with its site", () => {
    expect(texts("Keynote | Energy | 18:40\nThe Grid We Need\nGood morning.")).toEqual([
      "The Grid We Need",
      "Good morning.",
    ]);
    // Middle dots part them too, and the site's full name may open them before its home page.
    const menu = "Embassy of the People's Republic of China · Home · Embassy News · Consular Services · 中文";
    expect(texts(`${menu}\nThe Grid We Need\nGood morning.`)).toEqual(["The Grid We Need", "Good morning."]);
    expect(
      texts("Embassy of the People's Republic of China · News · Consular Services\nGood morning.")[0],
    ).toMatch(/^Embassy/u);
    expect(texts("The Grid We Need | Energy Forum\nGood morning.")).toEqual([
      "The Grid We Need | Energy Forum",
      "Good morning.",
    ]);
    // Two labels a word each name the page's kinds, and no title is a word long.
    expect(texts("新闻稿 | 演讲稿\n部长在推介礼上的讲话\n大家早上好！")).toEqual([
      "部长在推介礼上的讲话",
      "大家早上好！",
    ]);
    expect(texts("Speeches | Transcripts\nThe Grid We Need\nGood morning.")).toEqual([
      "The Grid We Need",
      "Good morning.",
    ]);
  });

  it("drops each trailer at a page's end, one after another", () => {
    const page = [
      "The Grid We Need",
      "Good morning. We will build the lines the new plants need.",
      "Thank you.",
      "Related talks",
      "1. Power to the people",
      "Share this talk | Download | Subtitles in 9 languages",
    ].join("\n");
    expect(texts(page)).toEqual([
      "The Grid We Need",
      "Good morning. We will build the lines the new plants need.",
      "Thank you.",
    ]);
    const more = ["The Grid We Need", "Thank you.", "More from Energy Week 2026", "Panel: Storage at scale"];
    expect(texts(more.join("\n"))).toEqual(["The Grid We Need", "Thank you."]);
    // A news headline in the list runs longer than a link's title, and ends no sentence.
    const news = [
      "The Grid We Need",
      "Good morning. We will build the lines the new plants need.",
      "Related news",
      "Province Announces 30 New Nurse Practitioner Training Seats at Brandon University Campus",
      "March 5, 2025",
    ];
    expect(texts(news.join("\n"))).toEqual(news.slice(0, 2));
    // Links set in the middle of the text are no trailer: Chinese prose after them, shorter than
    // an English line, goes on with the text.
    const report = [
      "新澄市政府施政報告",
      "參、未來施政重點",
      "第一，全面提升防洪排水能力。未來四年將投入新臺幣八十六億元，完成十二處滯洪池及雨水下水道延伸工程。",
      "第二，推動老舊建築耐震補強。針對三十年以上之私有老舊建物，市府將提高耐震評估及補強補助額度。",
      "第三，強化社區防災能量。每一個里都要成立防災社區組織，結合民間志工定期演練，讓市民懂得自救、互救。",
      "延伸閱讀：",
      "●新澄捷運環狀線明年底土建完工　沿線房市升溫",
      "肆、結語",
      "各位議員女士、先生，市政建設需要府會攜手合作。以上報告，敬請各位議員不吝指教，謝謝！",
      "相關新聞",
      "●市長施政報告　議員聚焦捷運與社宅進度",
    ];
    expect(texts(report.join("\n"))).toEqual(report.slice(0, -2));
  });

  it("drops a page's bar of reading modes and languages", () => {
    const page = [
      "东陵市人民政府门户网站",
      "无障碍\u3000长者模式\u3000English",
      "在全市优化营商环境大会上的讲话",
    ];
    expect(texts(page.join("\n"))).toEqual([page[0], page[2]]);
    // A language's name alone on its line may head the text in that language.
    expect(texts("English\nGood morning, everyone.")).toEqual(["English", "Good morning, everyone."]);
  });

  it("reads a byline row whose keys stand in black brackets before their values (`【来源】…  【点击数】…`)", () => {
    const result = clean("【发布日期】2026-01-12  【来源】营销公司办公室  【点击数】2431\n正文第一段。");
    expect(result.meta).toEqual({ date: "2026-01-12", source: "营销公司办公室", views: "2431" });
    expect(result.blocks.map((b) => b.text)).toEqual(["正文第一段。"]);
  });

  it("keeps no bar of a byline row in the metadata", () => {
    const result = clean("来源：区教育局 | 日期：2025-02-10 ｜ 作者：王明\n正文第一段。");
    expect(result.meta).toEqual({ source: "区教育局", date: "2025-02-10", author: "王明" });
  });

  it("reads a government site's metadata table into meta, cells apart by tabs", () => {
    const result = clean(
      "索引号：\t11440100/2024-0012\t主题分类：\t综合政务\n发文机关：\t市政府办公厅\t成文日期：\t2024年01月05日\n通知",
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["通知"]);
    expect(result.meta).toEqual({
      index: "11440100/2024-0012",
      category: "综合政务",
      issuer: "市政府办公厅",
      written: "2024年01月05日",
    });
    // Some sites call the date the document was issued its 发文日期.
    expect(clean("发文日期：\t2025-01-06\n通知").meta).toEqual({ written: "2025-01-06" });
    expect(clean("2024-03-04\u3000發布單位：產業發展處\u3000點閱次數：1,284\n公告").meta).toEqual({
      date: "2024-03-04",
      issuer: "產業發展處",
      views: "1,284",
    });
    expect(clean("發布單位：教學資源組\u3000更新日期：2023-12-05\u3000點閱數：15,327\n公告").meta).toEqual({
      issuer: "教學資源組",
      updated: "2023-12-05",
      views: "15,327",
    });
    expect(
      clean("发布日期：2024-03-06\u3000\u3000信息来源：县委农办\u3000\u3000阅读次数：947\n讲话").meta,
    ).toEqual({
      date: "2024-03-06",
      source: "县委农办",
      views: "947",
    });
    // A social account's post line: its name, when, and where from.
    const posted = clean(
      "澜溪发布\u30002024-04-09 18:30\u3000发表于浙江\n鲁海燕在全县安全生产工作会议上的讲话",
    );
    expect(posted.meta).toEqual({ source: "澜溪发布", date: "2024-04-09 18:30" });
    expect(posted.blocks.map((b) => b.text)).toEqual(["鲁海燕在全县安全生产工作会议上的讲话"]);
    // The province alone, as WeChat now shows it; the post's mark of its own writing, who wrote it
    // and the account; the prompt to follow, pointing up at the account's name.
    const original = clean(
      "点击上方蓝字 关注我们 ↑↑↑\n\n清河发布  2024-03-18 19:30  江苏\n\n原创 融媒中心 清河发布\n\n在全县优化营商环境大会上的讲话",
    );
    expect(original.meta).toEqual({ source: "清河发布", date: "2024-03-18 19:30", author: "融媒中心" });
    expect(original.blocks.map((b) => b.text)).toEqual(["在全县优化营商环境大会上的讲话"]);
    // The mark, writer, account, time and province on one line, over the collections it is in.
    const oneLine = clean(
      "原创 青禾融媒 青禾发布 2024-03-18 08:30 发表于江西\n收录于合集 #安全生产 12个\n动员部署会召开\n正文。",
    );
    expect(oneLine.meta).toEqual({ author: "青禾融媒", source: "青禾发布", date: "2024-03-18 08:30" });
    expect(oneLine.blocks.map((b) => b.text)).toEqual(["动员部署会召开", "正文。"]);
    // The hour and the province on a line of their own, under the account's line.
    const hour = clean("原创 青岚融媒 青岚发布\n2024年03月12日 18:30 江西\n在全县安全生产工作会议上的讲话");
    expect(hour.meta).toEqual({ author: "青岚融媒", source: "青岚发布", date: "2024年03月12日 18:30" });
    expect(hour.blocks.map((b) => b.text)).toEqual(["在全县安全生产工作会议上的讲话"]);
    // A speech's date line with no hour is the speech's own.
    expect(texts("在全县安全生产工作会议上的讲话\n2024年3月11日 周立民\n同志们：")).toHaveLength(3);
    expect(texts("标题\n本文收录于合集，欢迎转发。")).toHaveLength(2);
  });

  it("takes out a search box's placeholder, never a sentence that searches", () => {
    expect(texts("知乎\n搜索你感兴趣的内容…\n如何在年终总结会上做一次让领导记住的发言？")).toEqual([
      "知乎",
      "如何在年终总结会上做一次让领导记住的发言？",
    ]);
    expect(texts("Search this site...\nAnnual Report 2024")).toEqual(["Annual Report 2024"]);
    expect(texts("标题\n搜索引擎优化要持续推进。")).toHaveLength(2);
  });

  it("reads a normative document's register number and a file's number, each of its own, into meta", () => {
    const table = "索引号\t11330825/2024-00427\t组配分类\t规范性文件\n统一编号\tQXSD01-2024-0007";
    const result = clean(`${table}\n村级集体资金管理办法\n\n文件编号：YF-HR-2024-007\n\n第一章\u3000总则`);
    expect(result.blocks.map((b) => b.text)).toEqual(["村级集体资金管理办法", "第一章　总则"]);
    expect(result.meta).toMatchObject({
      category: "规范性文件",
      number: "YF-HR-2024-007",
      register: "QXSD01-2024-0007",
    });
  });

  it("reads the table's keys spread with spaces, and its validity, disclosure and genre fields", () => {
    const result = clean(
      "索 引 号：\t11440100/2024-0013\t体裁分类：\t方案\n文\u3000\u3000号：\t穗府办〔2024〕3号\t有 效 性：\t有效\t废止日期：\t暂无\n公开方式：\t主动公开\n通知",
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["通知"]);
    expect(result.meta).toEqual({
      index: "11440100/2024-0013",
      genre: "方案",
      number: "穗府办〔2024〕3号",
      validity: "有效",
      repealed: "暂无",
      disclosure: "主动公开",
    });
  });

  it("keeps a sentence that merely starts like a byline", () => {
    expect(texts("时间：就是生命，我们要抓紧每一分钟。各项工作都要提速。")).toHaveLength(1);
  });

  it("drops the lists of links under a short article, though they fill most of the page", () => {
    const paragraph =
      "抓落实要有一张蓝图绘到底的韧劲，发展规划一经确定，就要一任接着一任干，久久为功。".repeat(2);
    const article = ["以钉钉子精神抓好落实", paragraph, `第一，${paragraph}`, `第二，${paragraph}`];
    const links = [
      "相关新闻",
      "一、以实干担当书写答卷",
      "二、把握稳与进的关系",
      "三、让营商环境更优",
      "四、为基层减负",
    ];
    const ranking = ["热点排行", "全省经济工作会议召开", "一图读懂工作报告", "农村公路新建五千公里"];
    expect(texts([...article, ...links, ...ranking].join("\n"))).toEqual(article);
  });

  it("drops a trailing 'people also read' block but not a mid-speech mention", () => {
    const speech = ["标题", "第一段。", "第二段。", "第三段。", "相关报道", "链接一", "链接二"].join("\n");
    expect(texts(speech)).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    const long = ["标题", "相关报道", "这是一段很长的正文，".repeat(10), "第三段。"].join("\n");
    expect(texts(long)).toHaveLength(4);
    const related = ["Title", "First.", "Second.", "Third.", "Related", "Link one", "Link two"].join("\n");
    expect(texts(related)).toEqual(["Title", "First.", "Second.", "Third."]);
    const alsoRead = ["Title", "First.", "Second.", "Third.", "Also Read", "1. Board exam dates released"];
    expect(texts(alsoRead.join("\n"))).toEqual(["Title", "First.", "Second.", "Third."]);
    const sermons = [
      "标题",
      "第一段。",
      "第二段。",
      "第三段。",
      "相关讲道",
      "爱人如己的操练",
      "一、二、三：小组关怀的三步法",
    ];
    expect(texts(sermons.join("\n"))).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    // A minister's page lists its portfolios and ministers under `Related …` headings of any word.
    const portfolios = [
      "Title",
      "First.",
      "Second.",
      "Third.",
      "Related portfolios",
      "Local Government",
      "Related ministers",
      "Hon A. Minister",
    ];
    expect(texts(portfolios.join("\n"))).toEqual(["Title", "First.", "Second.", "Third."]);
    const ranking = [
      "标题",
      "第一段。",
      "第二段。",
      "第三段。",
      "热门排行",
      "1地铁开通",
      "扫码下载客户端",
    ].join("\n");
    expect(texts(ranking)).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    expect(texts(["标题", "第一段。", "第二段。", "热门排行榜单上的企业要带头。"].join("\n"))).toHaveLength(
      4,
    );
    const files = ["标题", "第一段。", "第二段。", "第三段。", "相关文件：", "链接一"].join("\n");
    expect(texts(files)).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    const links = ["標題", "第一段。", "第二段。", "第三段。", "相關連結", "菸害防制法全文"].join("\n");
    expect(texts(links)).toEqual(["標題", "第一段。", "第二段。", "第三段。"]);
    const notices = [
      "標題",
      "第一段。",
      "第二段。",
      "第三段。",
      "相關訊息",
      "敬老禮金發放作業說明　114-02-14",
    ];
    expect(texts(notices.join("\n"))).toEqual(["標題", "第一段。", "第二段。", "第三段。"]);
    // Its files to download; under the links, the site's footer, a long line that is no prose.
    const footer =
      "臺東縣政府　地址：950201臺東縣臺東市中山路276號　總機：089-326141　服務時間：週一至週五 08:00-12:00、13:30-17:30　本網站最佳瀏覽解析度為1280x768　瀏覽人次：28,451,337　© 2024 Taitung County Government. All Rights Reserved.";
    const downloads = [
      "標題",
      "第一段。",
      "第二段。",
      "第三段。",
      "附件下載",
      "簡報.pdf（2.3MB）",
      "相關新聞",
      "新聞一",
      footer,
    ];
    expect(texts(downloads.join("\n"))).toEqual(["標題", "第一段。", "第二段。", "第三段。"]);
    // A policy's page ends in the readings of it.
    const readings = ["标题", "第一段。", "第二段。", "第三段。", "相关解读", "一图读懂《实施意见》"].join(
      "\n",
    );
    expect(texts(readings)).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    // A page's tag list at its end, under `Topics` or `标签`.
    const topics = ["Title", "First.", "Second.", "Third.", "Topics", "Older Workers", "Tripartism"];
    expect(texts(topics.join("\n"))).toEqual(["Title", "First.", "Second.", "Third."]);
    expect(texts(["标题", "第一段。", "第二段。", "第三段。", "标签：", "乡村振兴"].join("\n"))).toHaveLength(
      4,
    );
    // Words that only begin a sentence are speech.
    const sentence = ["标题", "第一段。", "第二段。", "相关文件要求各单位认真落实。", "谢谢。"].join("\n");
    expect(texts(sentence)).toHaveLength(5);
  });

  it("drops a page's feedback form, cookie notice and share prompt, and reports each", () => {
    const page = [
      "We use cookies to make this website work and to understand how people use it.",
      "Applying for a parking permit",
      "Residents of a controlled zone can apply online.",
      "Share this page",
      "Most applications are decided within five working days.",
      "Was this page helpful?",
      "Your answer helps us improve our website.",
      "Yes",
      "No",
    ].join("\n");
    const result = clean(page);
    expect(result.blocks.map((b) => b.text)).toEqual([
      "Applying for a parking permit",
      "Residents of a controlled zone can apply online.",
      "Most applications are decided within five working days.",
    ]);
    const lines = result.warnings.filter((w) => w.kind === "cleanup").map((w) => w.line);
    expect(lines.sort((a, b) => a - b)).toEqual([1, 4, 6]);
  });

  it("drops a cookie banner's buttons, a download link, a reading time and a column of share links", () => {
    const page = [
      ":::",
      "Accept all cookies",
      "Reject non-essential cookies",
      "Manage preferences",
      "Fixing the Bus",
      "12 minute read",
      "Share",
      "Facebook",
      "X",
      "LinkedIn",
      "Copy link",
      "Download PDF (1.2 MB)",
      "Rural bus services in England have been in decline for fifteen years.",
      "X",
      "Markets have moved since the spring.",
    ].join("\n\n");
    expect(texts(page)).toEqual([
      "Fixing the Bus",
      "Rural bus services in England have been in decline for fifteen years.",
      "X",
      "Markets have moved since the spring.",
    ]);
  });

  it("drops a government site's banner telling it is official, and keeps a sentence about websites", () => {
    const us = [
      "An official website of the United States government",
      "Here's how you know",
      "Official websites use .gov",
      "Secure .gov websites use HTTPS",
      "A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
    ];
    const sg = [
      "A Singapore Government Agency Website",
      "How to identify",
      "Official website links end with .gov.sg",
      "Government agencies communicate via .gov.sg websites (e.g. go.gov.sg/open). Trusted websites",
      "Look for a lock or https:// as an added precaution. Share sensitive information only on official, secure websites.",
    ];
    const body = [
      "Speech at the Committee of Supply Debate",
      "Our websites now serve more residents than ever.",
    ];
    expect(texts([...us, ...body].join("\n"))).toEqual(body);
    expect(texts([...sg, ...body].join("\n"))).toEqual(body);
  });

  it("drops a government page's cookie banner: its heading, its sentences and its buttons", () => {
    const page = [
      "Cookies on GOV.UK",
      "We use some essential cookies to make this website work.",
      "We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
      "Accept additional cookies",
      "View cookies",
      "You've accepted additional cookies. You can change your cookie settings at any time.",
      "Hide this message",
      "Flood recovery and resilience",
      "We would like to thank the volunteers who filled sandbags through the night.",
    ].join("\n");
    expect(texts(page)).toEqual([
      "Flood recovery and resilience",
      "We would like to thank the volunteers who filled sandbags through the night.",
    ]);
  });

  it("drops a site's menu printed a name a line above the text, and keeps lines that come back or count", () => {
    const menu = [
      "Centre for Regional Prosperity",
      "Research",
      "Events",
      "Experts",
      "Media",
      "About",
      "Donate",
    ];
    const text =
      "Rural bus services in England have been in decline for fifteen years, and faster since 2021.";
    expect(texts([...menu, "Fixing the Bus", text].join("\n"))).toEqual([menu[0], "Fixing the Bus", text]);
    // A name may have letters beyond English ones (`Français`, the page in another language).
    const bilingual = ["Français", "Manitoba", "Menu", "Search", "Government", "Residents"];
    expect(texts([...bilingual, "Fixing the Bus", text].join("\n"))).toEqual(["Fixing the Bus", text]);
    // A name may be two short words (`About us`, `Get involved`).
    const party = ["Renewal", "About us", "Our plan", "News", "Get involved", "Donate"];
    expect(texts([...party, "Fixing the Bus", text].join("\n"))).toEqual(["Fixing the Bus", text]);
    // A Chinese name may join two with a middle dot (`专栏·视频`).
    const blog = ["博客", "专栏·视频", "论坛", "问答", "直播"];
    const speech =
      "今天召开全公司信息化建设工作会议，主要任务是总结去年工作，部署今年的重点任务，大家要认真抓好落实。";
    expect(texts([...blog, "2024年信息化建设工作会议讲话", speech].join("\n"))).toEqual([
      "2024年信息化建设工作会议讲话",
      speech,
    ]);
    // The trail of sections under such a menu goes with it.
    expect(texts([...party, "News > Speeches", "Fixing the Bus", text].join("\n"))).toEqual([
      "Fixing the Bus",
      text,
    ]);
    // A table of contents: its entries come back as the text's headings.
    const contents = [
      "Annual Report",
      "Summary",
      "Finances",
      "Programmes",
      "Governance",
      text,
      "Summary",
      text,
    ];
    expect(texts(contents.join("\n"))).toEqual(contents);
    // Rules set a chapter and an article a line each: they count, and are no menu.
    const rules = [
      "長者照顧服務資助計劃",
      "第一章",
      "一般規定",
      "第一條",
      "標的",
      "本行政法規訂定資助計劃的制度。",
    ];
    expect(texts(rules.join("\n"))).toEqual(rules);
  });

  it("sets an English page's headline pasted on one line apart from its menus and its byline", () => {
    const body =
      " Meeting in Valderra on 3 June 2024, the Ministers adopted the following statement. 1. We met.";
    const page = (head: string) => texts(head + body);
    expect(
      page(
        "Skip to main content Home About Us Newsroom Contact Home > Newsroom > Statements Joint Ministerial Statement on Water Security Published: 4 June 2024",
      )[0],
    ).toBe("Joint Ministerial Statement on Water Security");
    // The page's kind before it, or a trail's last crumb that it repeats.
    expect(
      page(
        "Skip to main content Menu Canada.ca News Speech Minister's remarks at the Arctic Forum From: Northern Affairs",
      )[0],
    ).toBe("Minister's remarks at the Arctic Forum");
    expect(
      page(
        "Home / About Us / Reports / Annual Review 2024 Annual Review 2024: Water Within Reach Posted 28 March 2025 by the team",
      )[0],
    ).toBe("Annual Review 2024: Water Within Reach");
    expect(
      page(
        "Home About Us Events News & Publications Home > News & Publications > Economic Outlook 2025 Economic Outlook 2025: Steady Volumes, Thinner Margins Remarks by Gordon Feld, President, at the Outlook Breakfast",
      )[0],
    ).toBe("Economic Outlook 2025: Steady Volumes, Thinner Margins");
    // A trail's last crumb the headline names again inside it, in any case.
    expect(
      page(
        "Home Bins and recycling Council tax Home › Environment › Action plan Climate Emergency Action Plan 2024–2030: summary Last updated: 12 August 2024",
      )[0],
    ).toBe("Climate Emergency Action Plan 2024–2030: summary");
    expect(
      page(
        "Home / Mayor's Office / Speeches Mayor's Address to the Chamber Posted on: February 6, 2025 | Share Print",
      )[0],
    ).toBe("Mayor's Address to the Chamber");
    // Its year may open it.
    expect(
      page("Home / Mayor's Office / Speeches 2025 State of the City Address Posted on: February 6, 2025")[0],
    ).toBe("2025 State of the City Address");
    // Blocks the paste set apart by wide gaps: the headline is the head's last, whatever its trail's
    // crumbs hold; a byline may name who posted it.
    expect(
      page(
        "Skip to main content  Brightwell Retail Intranet  Home News Teams Search  Home > News > Stores & Regions  A Message from Our Regional Director: Thank You for a Record Quarter  Posted by Internal Communications on 3 October 2024",
      )[0],
    ).toBe("A Message from Our Regional Director: Thank You for a Record Quarter");
    // A sentence before the byline's words: no page head.
    const speech = "We start here tonight. News Speech Today We Meet Again From: the floor";
    expect(texts(speech + body)[0]).toBe(speech + body);
  });

  it("cuts a post's stamp before its title and the buttons after it, and keeps words in brackets that are none", () => {
    const post = clean("【原创】在体制内干了十一年后去了民企 [复制链接]\n正文。");
    expect(post.blocks.map((b) => b.text)).toEqual(["在体制内干了十一年后去了民企", "正文。"]);
    expect(post.warnings.map((w) => w.message)).toContain(
      'removed the page\'s marks "【原创】", "[复制链接]"',
    );
    expect(texts("关于开展【安全生产月】活动的通知\n正文。")[0]).toBe("关于开展【安全生产月】活动的通知");
    expect(texts("标题\n【原创】")).toEqual(["标题", "【原创】"]);
    // On the page's first line, a column's or poster's label too; a number in brackets numbers a part.
    expect(texts("【校長室】朝會講話：暑假安全三件事\n正文。")[0]).toBe("朝會講話：暑假安全三件事");
    expect(texts("首页 > 校园动态\n【校長室】朝會講話\n正文。")[0]).toBe("朝會講話");
    expect(texts("【一】总体要求\n正文。")[0]).toBe("【一】总体要求");
    expect(texts("标题\n【校長室】正文一句。")).toEqual(["标题", "【校長室】正文一句。"]);
  });

  it("drops a document site's note on the file it sells, and keeps a sentence about Word files", () => {
    expect(texts("（此文档为word格式，可任意编辑）\n表彰大会主持词\n同志们：")).toEqual([
      "表彰大会主持词",
      "同志们：",
    ]);
    expect(texts("表彰大会主持词\n此文档为Word格式的材料已经发给大家，请会后查看。")).toHaveLength(2);
  });

  it("takes a line printed twice under short names as a headline only when it is two lines of a headline's length", () => {
    const page = clean(
      "THE WESTVALE COURIER\nMayor's budget address to the council\nMayor's budget address to the council\nGood evening.",
    );
    expect(page.headline).toBe("Mayor's budget address to the council");
    expect(page.blocks.map((b) => b.text)).toEqual([
      "Mayor's budget address to the council",
      "Good evening.",
    ]);
    // Two pieces of one line, or a few words said twice, leave the lines over them alone.
    for (const text of [
      "加强能力建设\n首先要\u3000\u3000首先要\n一、",
      "加强能力建设\n首先要\n首先要\n一、",
    ]) {
      const kept = clean(text);
      expect(kept.headline).toBeUndefined();
      expect(kept.blocks[0]?.text).toBe("加强能力建设");
    }
  });

  it("drops a mailing's own lines around a newsletter sent by e-mail, and keeps a sentence that speaks of them", () => {
    const mail = [
      "View this email in your browser",
      "Headteacher's Newsletter",
      "Dear Parents and Carers,",
      "You can unsubscribe from the choir's list at any time by telling Mrs Hale.",
      "You are receiving this message because you are a registered contact for a student.",
      "Sent via SchoolPost | Manage preferences | Unsubscribe",
    ];
    expect(texts(mail.join("\n"))).toEqual([
      "Headteacher's Newsletter",
      "Dear Parents and Carers,",
      "You can unsubscribe from the choir's list at any time by telling Mrs Hale.",
    ]);
  });

  it("drops a WeChat account's prompt to follow it, named or not, and keeps a sentence that asks the same", () => {
    const page = [
      "点击上方蓝字关注我们",
      "点击蓝字 关注“河西发布”",
      "点击上方蓝字“妙音禅寺”关注我们，每日一句法语伴您修行",
      "长按识别二维码关注",
      "评论标题",
      "正文。",
    ].join("\n");
    expect(texts(page)).toEqual(["评论标题", "正文。"]);
    expect(texts("评论标题\n请大家点击上方蓝字关注“河西发布”，及时了解民生实事进展。")).toHaveLength(2);
  });

  it("drops the related links after a speech that a page holds in one paragraph", () => {
    const speech = "各位来宾：大家好！".repeat(40);
    const links = [
      "一季度经济运行情况",
      "第一，抢抓机遇：园区获批",
      "市委书记会见客商",
      "招商政策问答",
      "园区简介",
    ];
    const result = clean(["招商推介会致辞", speech, "相关阅读", ...links].join("\n"));
    expect(result.blocks.map((b) => b.text)).toEqual(["招商推介会致辞", speech]);
  });

  it("keeps sentences that speak of cookies, feedback or sharing", () => {
    const speech = [
      "Remarks at the Bakers' Guild",
      "We use cookies from the school fair to raise money every year.",
      "Was this page of our history helpful to the town? I think it was.",
      "Share this moment with the people beside you.",
    ].join("\n");
    expect(texts(speech)).toHaveLength(4);
  });

  it("drops a title repeated with a number suffix, keeping one plain copy", () => {
    expect(texts("講話稿(3)\n講話稿\n講話稿(三)\n正文。")).toEqual(["講話稿", "正文。"]);
    expect(texts("講話稿(2)\n講話稿(三)\n正文。")).toEqual(["講話稿", "正文。"]);
  });

  it("reports garbled spans and keeps them as written", () => {
    const result = clean("標題\n就少做事?,F(xiàn)在全面推進\n確?;鶎尤簣F組織有人做事");
    // The pinyin after the garbled "F" is part of the garbling: kept, since no Han character carries it.
    expect(result.blocks.map((b) => b.text)).toContain("就少做事?,F(xiàn)在全面推進");
    expect(result.warnings.filter((w) => w.kind === "garbled").map((w) => w.line)).toEqual([2, 3]);
    const garbled = (text: string) =>
      clean(text)
        .warnings.filter((w) => w.kind === "garbled")
        .map((w) => w.message);
    expect(garbled("什么力量最強?民眾聯合")).toEqual([]);
    expect(garbled("Is it real? Yes.")).toEqual([]);
    expect(garbled("替换\uFFFD字符")).toEqual([
      'text looks garbled by a wrong encoding: "\uFFFD" (kept as written)',
    ]);
  });

  it("reports placeholders left for the speaker", () => {
    const result = clean(
      "標題\n全市有基层组织xx个，××同志和某某同志参加。\nXX century and Xbox are fine, so is XXI.",
    );
    const found = result.warnings.filter((w) => w.kind === "placeholder").map((w) => w.message);
    expect(found).toEqual([
      'placeholder "xx" left for the speaker to fill in',
      'placeholder "××" left for the speaker to fill in',
      'placeholder "某某" left for the speaker to fill in',
      'placeholder "XX" left for the speaker to fill in',
    ]);
  });
});

describe("pictographs before numbering", () => {
  it("are taken off (`🔷 一、…`), but `©` `®` `™` are words of their line", () => {
    const result = clean(
      "🔷 一、坚持稳中求进\n\n© 2025 Clean Water Futures Network.\n\n® 2024 Harbour Group",
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      "一、坚持稳中求进",
      "© 2025 Clean Water Futures Network.",
      "® 2024 Harbour Group",
    ]);
    expect(result.warnings.filter((w) => w.message.includes("pictographs"))).toHaveLength(1);
    // A post's editor draws bars and blocks before its numbering too.
    expect(texts("▌1.项目为王，扩大有效投资\n\n■ （二）产业立市\n\n▌ 这一段不编号。")).toEqual([
      "1.项目为王，扩大有效投资",
      "（二）产业立市",
      "▌ 这一段不编号。",
    ]);
    // And shapes, stars and arrows; a photo's caption opens with its day, no numbering.
    expect(texts("➤ 一、清醒认识形势\n\n◆ （二）产业立市\n\n★ 3.抓好落实\n\n▲2月20日，大会召开。")).toEqual([
      "一、清醒认识形势",
      "（二）产业立市",
      "3.抓好落实",
      "▲2月20日，大会召开。",
    ]);
    // Inside a line run together, after a sentence's end, before a section's numbering.
    const runTogether = clean("下面，我讲三点意见。 ➤ 一、清醒认识形势。 ➤ 二、抓好措施。价格 ▲ 上涨。");
    expect(runTogether.blocks.map((b) => b.text)).toEqual([
      "下面，我讲三点意见。 一、清醒认识形势。 二、抓好措施。价格 ▲ 上涨。",
    ]);
    expect(runTogether.warnings.map((w) => w.message)).toContain(
      'removed the pictographs "➤ ➤" before the numbering',
    );
    // Brackets around a numbered heading alone on its line are taken off too; a bracketed label stays.
    expect(
      texts(
        "【一、总体要求】\n\n【（二）工作目标】\n\n【第二部分　主要任务】\n\n【第一篇章　回望·感恩】\n\n【红色阵地全覆盖】\n\n【第一分队集合】",
      ),
    ).toEqual([
      "一、总体要求",
      "（二）工作目标",
      "第二部分　主要任务",
      "第一篇章　回望·感恩",
      "【红色阵地全覆盖】",
      "【第一分队集合】",
    ]);
    // A year opening the line numbers nothing: the block heads it as the others do.
    expect(texts("■ 2024年工作计划")).toEqual(["■ 2024年工作计划"]);
  });
});

describe("paragraph splitting", () => {
  it("splits news-site paragraphs at runs of ideographic spaces", () => {
    expect(texts("　　第一段内容。　　第二段内容。")).toEqual(["第一段内容。", "第二段内容。"]);
  });

  it("joins Chinese text wrapped at a fixed width (copied from a PDF), starting paragraphs at indents", () => {
    const wrapped = [
      "　　今年以来我们坚持稳中求进工作总基调，各项工作取得新的进",
      "展。主要指标完成情况良好，经济运行总体平稳，民生保障持续加强，为",
      "全年目标任务的完成打下了坚实基础。",
      "　　一、关于当前形势。当前我们面临的困难和挑战依然很多，必须保持清",
      "醒头脑，增强忧患意识，坚持底线思维，做好应对各种风险的准备工作。",
      "　　谢谢大家。",
    ].join("\n");
    expect(texts(wrapped)).toEqual([
      "今年以来我们坚持稳中求进工作总基调，各项工作取得新的进展。主要指标完成情况良好，经济运行总体平稳，民生保障持续加强，为全年目标任务的完成打下了坚实基础。",
      "一、关于当前形势。当前我们面临的困难和挑战依然很多，必须保持清醒头脑，增强忧患意识，坚持底线思维，做好应对各种风险的准备工作。",
      "谢谢大家。",
    ]);
    // A label set flush after a sentence's end, where the wrap fell, heads what follows.
    const proposal = [
      "理由：",
      "　　三是场地瓶颈突出，运营成本压力大。托育机构对场地的消防、采光、室",
      "外活动面积等要求较高，符合条件的场地难找、租金偏高，房租一般占机构运",
      "营成本的40%左右，不少机构长期处于微利甚至亏损状态。",
      "　　四是从业人员队伍不稳定，专业化水平不高。托育从业人员待遇偏低、职",
      "业认同感不强，年流失率超过25%；持有保育师、育婴员等职业资格证书的",
      "人员比例不足六成，医育结合、婴幼儿早期发展等专业能力亟待提升。",
      "建议：",
      "　　1. 加大普惠托位供给。将托育服务设施纳入城市更新和完整社区建设",
      "统筹规划，严格落实新建住宅小区按每千人不少于10个托位标准配套建设托",
      "育设施，做到同步规划、同步建设、同步验收、同步交付。",
      "　　2. 完善价格和补贴机制。由市发展改革委会同市卫生健康委制定普惠",
      "性托育服务收费指导标准，对普惠托育机构给予运营补贴。",
    ].join("\n");
    expect(texts(proposal)).toContain("建议：");
  });

  it("starts a paragraph at a number closed by a full-width bracket, after a line filled to the width", () => {
    const wrapped = [
      "一、履职尽责情况",
      "1）抓实社区治理，基层基础不断夯实。推进“网格+”治理模式，将辖区12个社区",
      "优化调整为148个网格，配齐专职网格员156名。全年通过网格排查处置各类问题",
      "隐患3260件，办结率达98.7%。指导桂园、新河两个社区创建省级和谐社区示范",
      "点，顺利通过验收，带动全街道基层治理水平整体提升，群众满意度稳步提高。",
      "2）抓好安全生产，守住不发生较大事故的底线。牵头开展自建房、燃气、消防",
      "等领域专项整治行动8轮，检查生产经营单位2140家次，整改隐患1877处，关停",
      "取缔“三合一”场所23处，全年辖区未发生较大及以上安全生产事故和亡人事故。",
      "3）抓牢民生保障，群众获得感持续提升。全年发放低保金、特困供养金等各类",
      "救助资金1286万元，新增居家养老服务站3个，为680名高龄老人提供助餐服务。",
    ].join("\n");
    expect(texts(wrapped).map((text) => text.slice(0, 2))).toEqual(["一、", "1）", "2）", "3）"]);
  });

  it("in text whose paragraphs open indented, a flush line goes on a line of prose, not a whole entry", () => {
    const text = [
      "　　整改措施：一是制定重点项目推进方案，明确责任领导和",
      "完成时限；二是建立项目周调度机制，对滞后项目挂牌督办。",
      "　　整改进展：已完成方案制定，8个滞后项目全部复工。",
      "　　附件：1．项目申报指南",
      "　　　　　2．项目申报诚信承诺书",
      "东岚市人民政府办公室",
      "2024年3月15日",
    ].join("\n");
    expect(texts(text)).toEqual([
      "整改措施：一是制定重点项目推进方案，明确责任领导和完成时限；二是建立项目周调度机制，对滞后项目挂牌督办。",
      "整改进展：已完成方案制定，8个滞后项目全部复工。",
      "附件：1．项目申报指南",
      "2．项目申报诚信承诺书",
      "东岚市人民政府办公室",
      "2024年3月15日",
    ]);
  });

  it("reads the wrap width off wrapped paragraphs, not off the long one-line paragraphs between them", () => {
    const longParagraph =
      "二〇二四年是极不平凡的一年。面对经济下行压力加大、夏季持续干旱等多重考验，镇政府团结带领全镇干部群众，稳住了发展基本盘，全年完成地区生产总值十八亿元，同比增长百分之五点八，交出了一份来之不易的答卷。";
    const wrapped = [
      "现在，我代表镇人民政府，向大会报告工作，请予审议，并请提出意见。",
      "",
      longParagraph,
      "",
      "一年来，我们重点抓了以下几个方面的工作。一是农业基础持续巩固。",
      "克服旱情影响，全镇粮食播种面积稳定在4.2万亩，总产量1.7万吨；",
      "新建高标准农田6800亩，改造提升灌溉渠系21公里。二是工业经济稳",
      "中有进。镇工业集中区新引进项目7个，总投资9.3亿元，其中亿元以",
      "上项目3个，规上工业企业新增4家。三是城镇面貌明显改善。完成老街",
      "立面改造1.2公里，新建停车泊位320个，镇区污水管网实现全覆盖。",
      "",
      longParagraph,
      "",
      "在肯定成绩的同时，我们也清醒地看到，全镇发展仍面临不少困难和问",
      "题：产业结构仍然偏重传统农业和初级加工，新兴产业支撑不足；镇级",
      "财力紧张，民生项目资金缺口较大，部分村集体经济薄弱。",
    ].join("\n");
    const paragraphs = texts(wrapped);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[2]).toMatch(/^一年来.*二是工业经济稳中有进.*实现全覆盖。$/u);
    expect(paragraphs[4]).toMatch(/^在肯定成绩.*部分村集体经济薄弱。$/u);
  });

  it("finds no wrap width in one-line paragraphs under a web page's head of short lines", () => {
    const paragraph =
      "[00:00:31] MAYOR RENATA OKAFOR: Thank you, James, and thank you all for coming out tonight to talk about the budget for next year and what it means for your neighborhood.";
    const page = [
      "Skip to main content",
      "City of Maple Falls | News & Announcements | Transcripts",
      "Home > News > Transcripts",
      "",
      "TRANSCRIPT: Mayor Renata Okafor's FY2026 Budget Town Hall",
      "Posted March 14, 2025 | Office of Communications",
      "Share on Facebook | Share on X | Email | Print",
      ...Array.from({ length: 8 }, () => ["", paragraph]).flat(),
      "",
      "Related",
      "- Mayor Okafor Releases Preliminary FY2026 Budget",
      "- Lead Service Line Replacement: What Residents Need to Know",
      "",
      "Was this page helpful? Yes | No",
      "© 2025 City of Maple Falls. All rights reserved. | Privacy Policy | Accessibility",
    ].join("\n");
    expect(
      plainBlocks(page)
        .map((b) => b.text)
        .slice(0, 6),
    ).toEqual([
      "Skip to main content",
      "City of Maple Falls | News & Announcements | Transcripts",
      "Home > News > Transcripts",
      "TRANSCRIPT: Mayor Renata Okafor's FY2026 Budget Town Hall",
      "Posted March 14, 2025 | Office of Communications",
      "Share on Facebook | Share on X | Email | Print",
    ]);
  });

  it("joins a wrap inside a number or beside one without a space; Latin words keep theirs", () => {
    const wrapped = [
      "同志们：过去一年，全区上下团结一心、攻坚克难，经济社会发展取得了新成绩",
      "。下面，我代表区政府向大会报告工作，请予审议。首先简要回顾总结202",
      "3年的工作，全年完成固定资产投资12.5亿元，同比增长8.3%，规模以上工业",
      "增加值增长百分之六，在全市排名第三位，成绩来之不易。全区新增市场主体3",
      ",200户，新建5G基站四百余座，数字经济发展势头良好。我们推动machine",
      "learning等新技术在政务服务中的应用，让数据多跑路、群众少跑腿，办事效率",
      "明显提升。今年是实施“十四五”规划的关键一年，我们要继续努力，向着2025",
      "年的目标奋勇前进，确保各项任务落到实处，以优异成绩向全区人民交出答卷。",
    ].join("\n");
    const [text = ""] = texts(wrapped);
    expect(text).toContain("总结2023年的工作");
    expect(text).toContain("市场主体3,200户");
    expect(text).toContain("推动machine learning等新技术");
    expect(text).toContain("向着2025年的目标");
  });

  it("joins 20,000 hard-wrapped lines", () => {
    const line = "我们要坚持问题导向加强工作统筹推进各项任务落实到位确保取得实效文字";
    const lines = Array.from({ length: 20_000 }, () => line);
    const paragraphs = texts(`${lines.join("\n")}。`);
    // Each wrap once read the whole paragraph joined so far: over a minute for these lines. (`npm run bench` times this shape.)
    expect(paragraphs).toEqual([`${lines.join("")}。`]);
  });

  it("keeps a rule drawn across hard-wrapped text a line of its own: it joins neither the line before nor the one after", () => {
    const wrapped = [
      "The factory bell, the clock and the foreman together made a new kind of time",
      "discipline that the domestic system had never known, and the workers of the",
      "early mills resisted it for a generation before it became second nature to",
      "their children and grandchildren, as Thompson argued in his famous essay.",
      "----------------------------------------------------------------------------",
      "Notes",
      "[1] R. C. Allen, The British Industrial Revolution in Global Perspective.",
    ].join("\n");
    expect(texts(wrapped).slice(1)).toEqual([
      "----------------------------------------------------------------------------",
      "Notes",
      "[1] R. C. Allen, The British Industrial Revolution in Global Perspective.",
    ]);
  });

  it("reads a line underlined by a rule its own width as a heading, each rule's character a depth in the order first used", () => {
    const review = [
      "Post-incident review: card payment failures",
      "===========================================",
      "",
      "Summary",
      "-------",
      "",
      "For just under three hours, roughly one in three card payments failed.",
      "------------------------------------------------------------------------",
      "",
      "Root cause",
      "----------",
      "",
      "The pool size was reduced from 80 to 20 connections per instance.",
      "",
      "Recurrent     231.9",
      "Capital       354.4",
      "-----------------",
      "Total         586.3",
    ].join("\n");
    expect(readPlainText(review).blocks.map((b) => [b.kind, b.depth, b.text])).toEqual([
      ["heading", 1, "Post-incident review: card payment failures"],
      ["heading", 2, "Summary"],
      ["paragraph", undefined, "For just under three hours, roughly one in three card payments failed."],
      ["paragraph", undefined, "------------------------------------------------------------------------"],
      ["heading", 2, "Root cause"],
      ["paragraph", undefined, "The pool size was reduced from 80 to 20 connections per instance."],
      ["paragraph", undefined, "Recurrent     231.9"],
      ["paragraph", undefined, "Capital       354.4"],
      ["paragraph", undefined, "-----------------"],
      ["paragraph", undefined, "Total         586.3"],
    ]);
  });

  it("joins a line broken after a section's number to the line that holds its words", () => {
    const wrapped = [
      "为切实消除校舍安全隐患，决定在全市范围内开展2024年度中小",
      "学校舍安全隐患排查整治工作。现就有关事项通知如下。一、",
      "排查范围和重点（一）排查范围。全市各级各类中小学校的全部",
      "校舍。（二）",
      "排查重点。重点排查建成年代较早的校舍。",
    ].join("\n");
    const joined = texts(wrapped).join("\n");
    expect(joined).toContain("通知如下。一、排查范围和重点");
    expect(joined).toContain("校舍。（二）排查重点。");
  });

  it("joins a word a wrap cut at its hyphen without a space, keeping the hyphen; a dash between words keeps its space", () => {
    const wrapped = [
      "Option B would introduce a weekly food waste collection and move dry recyc-",
      "ling to a twin-stream system, which suits the growing number of self-",
      "employed residents who work from home during the week and need it -",
      "and it performs best against the environmental criterion by some margin.",
      "The task-and-finish group supports this conclusion and recommends that",
      "the Committee endorse Option B for presentation to Cabinet in April, with",
      "a detailed implementation plan to follow in the autumn.",
    ].join("\n");
    const [text = ""] = texts(wrapped);
    expect(text).toContain("move dry recyc-ling to a twin-stream system");
    expect(text).toContain("number of self-employed residents");
    expect(text).toContain("need it - and it performs");
  });

  it("keeps the space where a wrap parts two numbers in English", () => {
    const wrapped = [
      "Good morning. This speech was wrapped by an editor at a fixed width, and",
      "the form codes it compares are the ones we used in the years 2018 and 2019",
      "2020 and 2021 across every department that reported to the committee, so",
      "its lines need joining back into one paragraph before podium can read it",
      "properly, with every number kept apart from the number next to it as the",
      "speaker wrote it, whatever the width the editor happened to wrap it at.",
    ].join("\n");
    expect(texts(wrapped)).toHaveLength(1);
    expect(texts(wrapped)[0]).toContain("2018 and 2019 2020 and 2021");
  });

  it("keeps lines of equal length that each end a sentence apart", () => {
    const list = Array.from(
      { length: 8 },
      (_, i) => `第${i + 1}项工作要按照计划推进落实，确保年底前全部完成。`,
    ).join("\n");
    expect(texts(list)).toHaveLength(8);
  });

  it("joins Chinese wrapped in a narrow column (15–19 characters), but not a list of short lines", () => {
    const wrapped = [
      "　　（二）问题不容忽视。在看到成绩的同",
      "时，我们更要清醒看到，当前经济回升向好",
      "的基础还不稳固，一些深层次矛盾和问题仍",
      "然比较突出。主要表现在：一是有效需求不",
      "足，部分行业产能利用率偏低，民间投资增",
      "长乏力；二是新旧动能转换不快，传统产业",
      "占全市工业比重仍在六成以上，战略性新兴",
      "产业规模偏小、带动力不强，亟待加以解决",
      "和改进。",
      "　　二、聚焦重点狠抓落实，全力以赴冲刺",
      "全年目标任务",
    ];
    expect(texts(wrapped.join("\n"))).toEqual([
      wrapped.slice(0, 9).join("").trim(),
      "二、聚焦重点狠抓落实，全力以赴冲刺全年目标任务",
    ]);
    const menu = [
      "首页 | 政务公开 | 政策文件",
      "Share | Tweet | Email | Print",
      "SHARE: Facebook / LinkedIn",
    ];
    expect(plainBlocks([...menu, "讲话稿", "Home is where the work starts."].join("\n"))).toHaveLength(5);
  });

  it("takes out page numbers and running heads, and goes on with a paragraph a page break cut", () => {
    const lines = [
      "　　越是经济下行压力大，越要把民生放在",
      "心上。要做到三个到位：一是稳就业，突出",
      "抓好高校毕业生、农民工、退役军人等重点",
      "",
      "                - 3 -",
      "",
      "群体就业，确保城镇新增就业全年突破5万",
      "人；二是兜底线，及时足额发放各类救助补",
      "助资金，决不能让困难群众的基本生活出问",
      "题；三是保安全，坚决守牢安全底线。",
      "",
      "第 4 页 共 9 页",
      "",
      "　　三、锤炼过硬作风，以实干实绩推动各",
      "项决策部署落地见效",
      "",
      "三",
      "",
      "要敢于担当，勇于负责。",
    ];
    const { blocks, warnings } = readPlainText(lines.join("\n"));
    expect(blocks.map((block) => block.text)).toEqual([
      lines.slice(0, 3).join("").trim() + lines.slice(6, 10).join(""),
      "三、锤炼过硬作风，以实干实绩推动各项决策部署落地见效",
      "三",
      "要敢于担当，勇于负责。",
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [5, 'removed "- 3 -" at a page\'s end'],
      [12, 'removed "第 4 页 共 9 页" at a page\'s end'],
    ]);
    const english = [
      "The decline exceeded six feet.(1)",
      "",
      "Page 1 of 3",
      "",
      "Statement of the Director          Senate Committee",
      "",
      "Canals lose capacity and wells fail.",
      "",
      "Page 2 of 3",
      "",
      "Statement of the Director          Senate Committee",
      "",
      "Statement of the Director          Senate Committee",
    ].join("\n");
    // A line that repeats beside page numbers is the pages' running head; the last one stands by no page number.
    expect(readPlainText(english).blocks.map((block) => block.text)).toEqual([
      "The decline exceeded six feet.(1)",
      "Canals lose capacity and wells fail.",
      "Statement of the Director          Senate Committee",
    ]);
    // A page's head that repeats the part it is in, its number between dots after a wide gap.
    const parts = [
      "二、聚焦重点任务，全力推动经济高质量发展",
      "要坚定不移抓项目扩投资，全年新开工项目一百个。",
      "二、聚焦重点任务，全力推动经济高质量发展\u3000\u3000\u3000\u3000· 4 ·",
      "要坚定不移抓改革优环境。",
    ];
    const read = readPlainText(parts.join("\n"));
    expect(read.blocks.map((block) => block.text)).toEqual([parts[0], parts[1], parts[3]]);
    expect(read.warnings.map((w) => w.line)).toEqual([3]);
  });

  it("starts a report's numbered part (`GOAL 1: …`) and a contents line after three leader dots on their own lines", () => {
    const text = [
      "CONTENTS",
      "",
      "Goal 1: Safe, high-quality care ........................... 3",
      "    Objective 1.1  Reduce avoidable harm .................. 3",
      "    Objective 1.2  Improve access to community services ... 4",
      "Goal 2: Care closer to home ............................... 5",
      "",
      "Over the past five years our staff have cared for more than 400,000",
      "people in their homes, in clinics and in our community hospitals,",
      "through a pandemic and through some of the most difficult winters the",
      "health service has known. We are proud of what they have achieved.",
      "",
      "Margaret Ellery, Chair          Dr Anil Raghavan, Chief Executive",
      "",
      "                                                        Page 2 of 12",
      "",
      "Riverside Community Health Trust — Strategic Plan 2025–2029",
      "",
      "GOAL 1: SAFE, HIGH-QUALITY CARE",
      "",
      "We will provide care that is consistently safe, effective and",
      "personal, and we will be open and honest when things go wrong.",
      "",
      "                                                        Page 3 of 12",
      "",
      "Riverside Community Health Trust — Strategic Plan 2025–2029",
      "",
      "Objective 1.1: Reduce avoidable harm",
    ];
    expect(readPlainText(text.join("\n")).blocks.map((block) => block.text)).toEqual([
      "CONTENTS",
      "Goal 1: Safe, high-quality care ........................... 3",
      "Objective 1.1  Reduce avoidable harm .................. 3",
      "Objective 1.2  Improve access to community services ... 4",
      "Goal 2: Care closer to home ............................... 5",
      text.slice(7, 11).join(" "),
      "Margaret Ellery, Chair          Dr Anil Raghavan, Chief Executive",
      "GOAL 1: SAFE, HIGH-QUALITY CARE",
      text.slice(20, 22).join(" "),
      "Objective 1.1: Reduce avoidable harm",
    ]);
  });

  it("joins a wrapped transcript's lines though most of its lines are short ones of who speaks", () => {
    const wrapped =
      "各位记者朋友，大家上午好！今天我们邀请到有关部门负责同志介绍全年工作情况并回答大家关心的问题";
    const turn = (who: string, words: string) => [
      `${who}：`,
      words.slice(0, 19),
      words.slice(19, 38),
      words.slice(38),
      "",
    ];
    const text = [
      ...turn("主持人", wrapped),
      ...turn("发布人", wrapped),
      ...turn("记者", wrapped),
      ...turn("发布人", wrapped),
      "谢谢！",
    ];
    const blocks = readPlainText(text.join("\n")).blocks.map((block) => block.text);
    expect(blocks.filter((block) => block === wrapped)).toHaveLength(4);
  });

  it("joins a wrapped report's lines though many of its lines are short numbered headings", () => {
    const text = [
      "一、工作回顾",
      "（一）就业形势保持稳定。全年城镇新增就业1.2万人，城镇调查失业率",
      "控制在5%以内，零就业家庭动态清零，各项指标均完成年度目标任务。",
      "（二）社会保障扩面提质。基本养老保险参保率达到96%，医疗保险",
      "参保率稳定在95%以上，社会保障卡持卡人数达到常住人口的98%左右。",
      "二、存在问题",
      "一是部分行业招工难与就业难并存，结构性就业矛盾仍然比较突出；二是",
      "基层公共就业服务力量较为薄弱，服务的精准性和便利性还有待提升。",
      "三、下步打算",
      "（一）稳定就业岗位",
      "1.落实稳岗返还政策。全面落实失业保险稳岗返还和一次性扩岗补助",
      "政策，力争全年惠及企业3000家以上，稳定就业岗位2万个以上。",
      "2.做好就业援助。",
      "3.开展专项招聘。",
      "（二）提升服务水平",
      "1.建设零工市场。在每个街道建设一个零工驿站，为灵活就业人员提供",
      "岗位信息、技能培训和权益维护等服务，打造十五分钟就业服务圈。",
      "2.推进数字就业。",
      "3.办好技能大赛。",
      "4.加强队伍建设。",
      "5.完善考核机制。",
      "6.强化宣传引导。",
      "7.落实经费保障。",
    ];
    const blocks = readPlainText(text.join("\n")).blocks.map((block) => block.text);
    expect(blocks).toHaveLength(18);
    expect(blocks[1]).toBe(`${text[1]}${text[2]}`);
    expect(blocks[4]).toBe(`${text[6]}${text[7]}`);
    // A heading the wrap cut after a word that leaves it hanging takes its last characters back.
    const cut = [...text, "（三）加快构建居家社区机构相协调的", "养老服务体系", "1.实施居家适老化改造工程。"];
    const after = readPlainText(cut.join("\n")).blocks.map((block) => block.text);
    expect(after.slice(-2)).toEqual([
      "（三）加快构建居家社区机构相协调的养老服务体系",
      "1.实施居家适老化改造工程。",
    ]);
  });

  it("keeps a numbered heading's line apart from the next numbered heading in hard-wrapped text", () => {
    const prose = [
      "The programme remains on track overall, with an amber rating carried over from",
      "Q1. Two of the three projects are green and one has moved from amber to red.",
    ];
    const text = [
      "I.\tExecutive Summary",
      ...prose,
      "II.\tProgress by Project",
      "A.\tWaste Collection App",
      ...prose,
    ];
    const blocks = readPlainText(text.join("\n")).blocks.map((block) => block.text);
    expect(blocks.slice(2, 4)).toEqual(["II.\tProgress by Project", "A.\tWaste Collection App"]);
    // A heading's own words wrapped onto the next line still go on there.
    const wrapped = [
      "I.\tExecutive Summary",
      ...prose,
      "II.\tProgress by Project and",
      "Programme Risks",
      ...prose,
    ];
    expect(readPlainText(wrapped.join("\n")).blocks[2]?.text).toBe(
      "II.\tProgress by Project and Programme Risks",
    );
    // A table's head in columns under a heading heads the table, no words of the heading.
    const table = [
      "I.\tExecutive Summary",
      ...prose,
      "2. Our Year in Numbers",
      "Measure       2022/23      2023/24",
    ];
    expect(
      readPlainText(table.join("\n"))
        .blocks.slice(-2)
        .map((block) => block.text),
    ).toEqual(["2. Our Year in Numbers", "Measure       2022/23      2023/24"]);
  });

  it("keeps a table of contents' heading a line of its own in hard-wrapped text", () => {
    const text = [
      "Annual Report Summary 2023/24",
      "A summary of our annual report and accounts for patients, staff and the public",
      "Contents",
      "1. Introduction from the Chair and Chief Executive ........ 2",
      "2. Our Year in Numbers ...................................... 2",
      "The full Annual Report and Accounts 2023/24 was laid before Parliament on 18 July 2024",
      "and is available on our website or on request from the Trust Secretary. This summary has",
      "been prepared for the Annual Members' Meeting on 26 September 2024.",
    ];
    expect(readPlainText(text.join("\n")).blocks.map((block) => block.text)[2]).toBe("Contents");
  });

  it("keeps who speaks a line of their own under a title line in hard-wrapped text", () => {
    const text = [
      "MERCY VALLEY MEDICAL CENTER",
      "",
      "Spring All-Staff Town Hall: Remarks by the President and CEO",
      "Dr. Anita Ferreira-Boyd",
      "",
      "Good morning -- or good evening, if you're coming off a night shift, and",
      "if you are, thank you for staying. I know a town hall is not anyone's",
      "idea of a good time at the end of twelve hours. I'll try to be quick,",
      "and I'll leave at least twenty minutes for questions, including the ones",
      "submitted anonymously through the intranet. We received 214 of those.",
    ];
    expect(
      readPlainText(text.join("\n"))
        .blocks.map((block) => block.text)
        .slice(0, 3),
    ).toEqual([
      "MERCY VALLEY MEDICAL CENTER",
      "Spring All-Staff Town Hall: Remarks by the President and CEO",
      "Dr. Anita Ferreira-Boyd",
    ]);
  });

  it("takes out a running head that also heads the first page, beside one page number", () => {
    const head = "Harbor City Council - Regular Meeting Minutes - May 6, 2025";
    const text = [
      head,
      "",
      "MINUTES OF THE REGULAR MEETING",
      "",
      "1. CALL TO ORDER",
      "",
      "Page 1 of 2",
      "",
      head,
      "",
      "2. ADJOURNMENT",
    ];
    const { blocks, warnings } = readPlainText(text.join("\n"));
    expect(blocks.map((block) => block.text)).toEqual([
      "MINUTES OF THE REGULAR MEETING",
      "1. CALL TO ORDER",
      "2. ADJOURNMENT",
    ]);
    expect(warnings.map((w) => w.line)).toEqual([1, 7, 9]);
    // Over the text's first sentences, the line is the title the pages repeat: only its copy goes.
    const title = "青石镇2024年工作总结和2025年工作计划";
    const report = [
      title,
      "",
      "2024年，全镇较好完成了全年各项目标任务。",
      "",
      "— 2 —",
      "",
      title,
      "",
      "一、经济运行",
    ];
    expect(readPlainText(report.join("\n")).blocks.map((block) => block.text)).toEqual([
      title,
      "2024年，全镇较好完成了全年各项目标任务。",
      "一、经济运行",
    ]);
    // Over who gives it, too: a post and a name.
    const byPost = [
      title,
      "",
      "局长  周海燕",
      "",
      "— 1 —",
      "",
      title,
      "",
      "一、经济运行",
      "",
      "— 2 —",
      "",
      title,
    ];
    expect(readPlainText(byPost.join("\n")).blocks.map((block) => block.text)).toEqual([
      title,
      "局长  周海燕",
      "一、经济运行",
    ]);
    // Over its subtitle, or a name alone.
    const speech = "在全县安全生产工作会议上的讲话";
    for (const under of ["——在县安全生产委员会全体会议上", "罗建川"]) {
      const copy = [speech, under, "", "同志们：", "", "— 1 —", "", speech, "", "一、认清形势"];
      expect(readPlainText(copy.join("\n")).blocks.map((block) => block.text)).toEqual([
        speech,
        under,
        "同志们：",
        "一、认清形势",
      ]);
    }
    // A head set in columns, an issuer and a handling mark, is no title, whatever line follows it.
    const columns = "青禾县人民政府办公室　　　　　　　　内部资料　注意保存";
    const internal = [columns, "", "领导讲话", "", speech, "", "— 1 —", "", columns, "", "一、认清形势"];
    expect(readPlainText(internal.join("\n")).blocks.map((block) => block.text)).toEqual([
      "领导讲话",
      speech,
      "一、认清形势",
    ]);
    // A short line of the text's own (`Thank you.`) twice is no running head.
    const thanks = ["Thank you.", "", "We met our goals.", "", "Page 1 of 1", "", "Thank you."];
    expect(readPlainText(thanks.join("\n")).blocks.map((block) => block.text)).toContain("Thank you.");
  });

  it("takes out bare page numbers with the running head a blank line apart from them", () => {
    const head = "Chief Executive's Address | 2025 AGM";
    const text = [
      head,
      "",
      "Safety comes first",
      "",
      "I want to begin, as I always do, with safety.",
      "",
      "Returning capital to shareholders",
      "",
      "1",
      "",
      head,
      "",
      "",
      "Strong operations have turned into strong cash flow.",
      "",
      "Outlook",
      "",
      "We expect production to grow again next year.",
      "",
      "2",
      "",
      head,
      "",
      "Thank you.",
    ];
    expect(readPlainText(text.join("\n")).blocks.map((block) => block.text)).toEqual([
      "Safety comes first",
      "I want to begin, as I always do, with safety.",
      "Returning capital to shareholders",
      "Strong operations have turned into strong cash flow.",
      "Outlook",
      "We expect production to grow again next year.",
      "Thank you.",
    ]);
  });

  it("takes out bare page numbers set in the middle of the line, when they count on", () => {
    const pages = [
      "第一段话到此为止。",
      "",
      "              1",
      "",
      "经济形势",
      "",
      "第二段话。",
      "",
      "              2",
      "",
      "第三段话。",
    ];
    const { blocks, warnings } = readPlainText(pages.join("\n"));
    expect(blocks.map((block) => block.text)).toEqual([
      "第一段话到此为止。",
      "经济形势",
      "第二段话。",
      "第三段话。",
    ]);
    expect(warnings.map((w) => w.line)).toEqual([3, 9]);
    // One centred number alone, or a number at the margin, may number a section: it stays.
    const alone = ["第一段话。", "", "              3", "", "深化改革", "", "要敢于担当。"];
    expect(readPlainText(alone.join("\n")).blocks.map((block) => block.text)).toContain("3");
    const margin = ["第一段话。", "", "1", "", "深化改革", "", "2", "", "扩大开放"];
    expect(readPlainText(margin.join("\n")).blocks.map((block) => block.text)).toContain("2");
  });

  it("keeps a Chinese title, its subtitle after a dash and who gives it apart, however full the lines", () => {
    const body = "全区财政运行总体平稳，收支结构不断优化，重点支出保障有力，财政管理改革持续深化，".repeat(8);
    const wrappedBody = body.match(/.{1,30}/gu) ?? [];
    const text = [
      "关于青川区2024年财政预算执行情况和2025年财政预算草案的报告",
      "——2025年1月8日在青川区第五届人民代表大会第五次会议上",
      "区财政局局长　王晓燕",
      "各位代表：",
      ...wrappedBody,
    ].join("\n");
    expect(readPlainText(text).blocks.map((block) => block.text.slice(0, 8))).toEqual([
      "关于青川区202",
      "——2025年1",
      "区财政局局长　王",
      "各位代表：",
      "全区财政运行总体",
    ]);
  });

  it("keeps a filled Chinese title apart from the short lines of the head under it", () => {
    const body =
      "宜蘭縣人口約四十五萬人，觀光人次每年超過一千萬，每逢連續假期車流量動輒超過每日十萬輛次，".repeat(8);
    const wrappedBody = body.match(/.{1,30}/gu) ?? [];
    const text = [
      "立法委員林佳蓉質詢稿——國道五號壅塞與宜蘭聯外交通",
      "立法院第11屆第2會期交通委員會",
      "質詢對象：交通部部長、高速公路局局長",
      "",
      "壹、前言",
      ...wrappedBody,
    ].join("\n");
    expect(readPlainText(text).blocks.map((block) => block.text.slice(0, 6))).toEqual([
      "立法委員林佳",
      "立法院第11",
      "質詢對象：交",
      "壹、前言",
      "宜蘭縣人口約",
    ]);
  });

  it("keeps the Title Case lines at the head of a hard-wrapped text apart", () => {
    const text = [
      "Cleaner Rivers, Fuller Nets: What the Delta Asks of Us Now",
      "Keynote Address, Annual Fisheries Forum",
      "",
      "Thank you, and good morning. I want to thank the organisers for",
      "inviting me, and all of you for coming out so early on a cold",
      "Thursday, when the river is high and the boats are still in port.",
      "The delta has given this town its living for two hundred years,",
      "and this morning I want to talk about what it now asks of us in",
      "return, and about the three things we can do before next spring.",
    ].join("\n");
    expect(readPlainText(text).blocks.map((block) => block.text.slice(0, 30))).toEqual([
      "Cleaner Rivers, Fuller Nets: W",
      "Keynote Address, Annual Fisher",
      "Thank you, and good morning. I",
    ]);
    // So is a title in capitals over a line in small letters.
    const report = text
      .replace(
        "Cleaner Rivers, Fuller Nets: What the Delta Asks of Us Now",
        "DELTA FISHERIES TRUST: ANNUAL REPORT OF THE COMMITTEE 2023-24",
      )
      .replace(
        "Keynote Address, Annual Fisheries Forum",
        "Presented to the Annual General Meeting, Saturday 18 May 2024",
      );
    expect(readPlainText(report).blocks.map((block) => block.text.slice(0, 30))).toEqual([
      "DELTA FISHERIES TRUST: ANNUAL ",
      "Presented to the Annual Genera",
      "Thank you, and good morning. I",
    ]);
  });

  it("joins hard-wrapped English paragraphs but not numbered lines", () => {
    const wrapped = [
      "Good morning. This is a speech that was wrapped at a fixed",
      "width by an editor, so its lines need joining back into one",
      "paragraph before podium can read its sentences properly.",
      "",
      "1. The first point is that wrapped text must be joined up",
      "again, without losing any of the words that it contains.",
      "",
      "2. The second point is short but it is also a real point",
      "of the speech and must stay separate from the first one.",
    ].join("\n");
    expect(texts(wrapped)).toHaveLength(3);
    expect(texts(wrapped)[1]).toMatch(/^1\. The first point .* contains\.$/);
  });

  it("starts a paragraph at a part's heading in English after a filled line (`PART I — WHERE WE STAND`)", () => {
    const keynote = [
      "Eighteen months ago, a contractor working on a gas main in the Ashby district of",
      "Port Elden struck one of our trunk mains. For the next nine days, 41,000",
      "households were told to boil their tap water. We got the water back. What we did",
      "not get back, not fully, is the trust of the people who stood in queues outside",
      "the Ashby leisure centre for bottled water while our website told them everything",
      "was fine. I want to talk this morning about how we earn that trust again, with you.",
      "PART I — WHERE WE STAND",
      "Let me start with some honest numbers. Our authority serves 1.2 million people",
      "through 9,400 kilometres of pipe. The median age of that pipe is 58 years.",
    ].join("\n");
    expect(texts(keynote)).toEqual([
      expect.stringMatching(/^Eighteen months .* with you\.$/u),
      "PART I — WHERE WE STAND",
      expect.stringMatching(/^Let me start .* 58 years\.$/u),
    ]);
  });

  it("joins a wrapped item's lines set under its words, not under its number", () => {
    const recommendations = [
      "The structured literacy programme is now in place in every junior class, and",
      "teachers report that students are decoding with more confidence than before.",
      "",
      "2. Literacy teacher aide funding. Approve the continuation of 45 teacher aide",
      "   hours per week to support the structured literacy programme from Term 4,",
      "   2024, at an estimated cost of $31,900 to be met from the operations grant.",
      "",
      "3. Fifth junior class. Approve the opening of a fifth junior class from Term 3,",
      "   subject to the roll reaching 420 by 19 July, and authorise the appointment of",
      "   a fixed-term teacher to the end of 2024.",
      "   Noted: the Board asked for a report on the roll in July.",
    ].join("\n");
    expect(texts(recommendations)).toEqual([
      expect.stringMatching(/^The structured .* before\.$/u),
      expect.stringMatching(/^2\. Literacy teacher aide funding\. .* Term 4, 2024, at .* grant\.$/u),
      expect.stringMatching(/^3\. Fifth junior class\. .* 2024\.$/u),
      "Noted: the Board asked for a report on the roll in July.",
    ]);
    // A report's paragraph numbers are items' numbers too (`2.1   Notes …` · `      April 2024, …`);
    // a table set in under a heading is no line of it.
    const report = [
      "2.1   Notes the increase in households placed in temporary accommodation since",
      "      April 2024, as set out in section 3 of this report.",
      "",
      "2.2   Approves the Temporary Accommodation Mitigation Plan at Appendix A,",
      "      including the acquisition programme described in section 4 of it.",
      "",
      "2.3   Delegates authority to the Director of Place, in consultation with the",
      "      Portfolio Holder for Housing, to agree individual property purchases.",
      "",
      "3.    PERFORMANCE",
      "",
      "3.1 Urgent and emergency care",
      "    Standard                      Target      April    May",
      "    4-hour ED standard            78%         71.6%    72.9%",
      "The opening of the new Same Day Emergency Care unit in May has reduced",
      "admissions from the emergency department by an average of 19 patients.",
    ].join("\n");
    expect(texts(report)).toEqual([
      expect.stringMatching(/^2\.1 {3}Notes .* since April 2024, as .* report\.$/u),
      expect.stringMatching(/^2\.2 {3}Approves .* Appendix A, including .* of it\.$/u),
      expect.stringMatching(/^2\.3 {3}Delegates .* with the Portfolio Holder .* purchases\.$/u),
      "3.    PERFORMANCE",
      "3.1 Urgent and emergency care",
      "Standard                      Target      April    May",
      "4-hour ED standard            78%         71.6%    72.9%",
      expect.stringMatching(/^The opening .* patients\.$/u),
    ]);
  });
});
