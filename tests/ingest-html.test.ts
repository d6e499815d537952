import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readHtml } from "../src/ingest/readers/html.js";

const page = readFileSync(new URL("./fixtures/ingest/news-page.html", import.meta.url), "utf8");
const pageLines = page.split("\n");

describe("readHtml on a news page", () => {
  const doc = readHtml(page, "GB18030");

  it("takes the first <h1> as the title and keeps the byline as metadata", () => {
    expect(doc.title).toBe("在全市工作会议上的讲话");
    expect(doc.meta).toEqual({ author: "市政府办公室", date: "2024-03-01 09:30" });
    expect(doc.encoding).toBe("GB18030");
    expect(doc.frontMatter).toEqual({});
  });

  it("reads the body text as headings, numbered items and paragraphs, without page debris", () => {
    expect(doc.blocks.map(({ line: _line, ...rest }) => rest)).toEqual([
      { kind: "paragraph", text: "同志们：" },
      { kind: "paragraph", text: "今天召开的这次会议，主要任务是总结工作、部署任务。全市上下要“真抓实干”。" },
      { kind: "heading", text: "一、总体要求", depth: 2 },
      { kind: "item", text: "坚持稳中求进", marker: "1.", listDepth: 1 },
      { kind: "item", text: "坚持改革创新", marker: "2.", listDepth: 1 },
      { kind: "item", text: "深化改革", marker: "a.", listDepth: 2 },
      { kind: "item", text: "扩大开放", marker: "b.", listDepth: 2 },
      { kind: "item", text: "第四项", marker: "4.", listDepth: 1 },
      { kind: "paragraph", text: "第四项的说明。" },
      { kind: "paragraph", text: "无序要点" },
      { kind: "paragraph", text: "第一段" },
      { kind: "paragraph", text: "第二段" },
      { kind: "paragraph", text: "第三段" },
      { kind: "paragraph", text: "项目\t目标" },
      { kind: "paragraph", text: "谢谢大家！" },
    ]);
  });

  it("gives each block the source line where its text starts", () => {
    for (const block of doc.blocks) {
      const line = pageLines[block.line - 1] ?? "";
      expect(line.replace(/<[^>]+>/g, ""), `${block.text} at ${block.line}`).toContain(
        block.text.slice(0, 2),
      );
    }
  });
});

describe("readHtml details", () => {
  it("joins a paragraph of 20,000 source lines", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `要点${i + 1}，文字文字`);
    const doc = readHtml(`<html><body><p>${lines.join("\n")}</p></body></html>`);
    // Each break once read the whole paragraph joined so far: half a minute for these lines. (`npm run bench` times this shape.)
    expect(doc.blocks.map((b) => b.text)).toEqual([lines.join("")]);
  });

  it("shows what Word's `<![if !supportLists]>` holds (a list paragraph's number), as a browser does, without the markers", () => {
    const doc = readHtml(
      [
        "<h1>Aims and Objectives</h1>",
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp; </span></span><![endif]><span>To run a mobile shed session in each village.</span></p>",
        "<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp;&nbsp; </span></span><![endif]><span>To train 30 volunteers.</span></p>",
      ].join("\n"),
    );
    expect(doc.blocks.map((b) => [b.text, b.line])).toEqual([
      ["1. To run a mobile shed session in each village.", 2],
      ["2. To train 30 volunteers.", 3],
    ]);
  });

  it("reads a bullet Word wrote in a symbol font (`·` in Symbol, `§` in Wingdings, `o` in Courier New) as `•`", () => {
    const bullet = (font: string, glyph: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:${font}'>${glyph}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;\n</span></span><![endif]>${text}</p>`;
    const doc = readHtml(
      [
        "<h1>Key points</h1>",
        bullet("Symbol", "·", "Exports rose."),
        bullet("Wingdings", "§", "Imports fell."),
        bullet('"Courier New"', "o", "Wages rose."),
        bullet("Symbol", "&middot;", "Prices held."),
        "<p class=MsoNormal>Thank you.</p>",
      ].join("\n"),
    );
    expect(doc.blocks.map((b) => [b.text, b.line])).toEqual([
      ["• Exports rose.", 2],
      ["• Imports fell.", 4],
      ["• Wages rose.", 6],
      ["• Prices held.", 8],
      ["Thank you.", 10],
    ]);
  });

  it("falls back to <title> when there is no <h1>", () => {
    const doc = readHtml(
      "<html><head><title> Speech &amp; Notes </title></head><body><p>Hello</p></body></html>",
    );
    expect(doc.title).toBe("Speech & Notes");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "Hello", line: 1 }]);
  });

  it("takes a Google Docs export's paragraph of the class `title` as the title, before its <title>", () => {
    const doc = readHtml(
      '<html><head><title>plan</title></head><body><p class="c10 title"><span>Portal Relaunch: Project Plan</span></p>' +
        "<table><tr><td><p>Status</p></td><td><p>Draft v0.9</p></td></tr></table><h1>1. Background</h1><p>Old.</p><h1>2. Goals</h1></body></html>",
    );
    expect(doc.title).toBe("Portal Relaunch: Project Plan");
  });

  it("a lone <h1> is the title even after breadcrumb debris; of several, only a leading one", () => {
    const lone = readHtml("<p>当前位置：首页 &gt; 讲话</p>\n<h1>讲话标题</h1><p>正文</p>");
    expect(lone.title).toBe("讲话标题");
    expect(lone.blocks.map((b) => b.text)).toEqual(["当前位置：首页 > 讲话", "正文"]);
    const sections = readHtml("<p>Opening words.</p>\n<h1>Part One</h1>\n<h1>Part Two</h1>");
    expect(sections.title).toBeNull();
    expect(sections.blocks).toEqual([
      { kind: "paragraph", text: "Opening words.", line: 1 },
      { kind: "heading", text: "Part One", depth: 1, line: 2 },
      { kind: "heading", text: "Part Two", depth: 1, line: 3 },
    ]);
  });

  it("never lets script content become text, even with markup in strings", () => {
    const doc = readHtml(
      '<body><script>document.write("<p>evil</p>")</script><template><p>t</p></template><p>ok</p></body>',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(["ok"]);
  });

  it("leaves out boxes around the article (feedback, cookies, sign-up, ARIA furniture) and reports those with words", () => {
    const doc = readHtml(
      [
        '<div id="cookie-consent"><p>We set cookies.</p><button>OK</button></div>',
        '<div role="navigation"><a href="/">Home</a></div>',
        "<article><h2>1. Eligibility</h2><p>You must live in the zone.</p></article>",
        '<aside role="complementary"><p>Opening hours</p></aside>',
        '<section class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button></section>',
        '<form class="newsletter-signup"><label>Get our newsletter</label></form>',
        '<div class="operating-budget"><p>The operating budget rose.</p></div>',
        '<div class="published-dates"><p>Published 12 March 2025</p><ol id="full-history"><li>13 March 2025: Corrected a figure.</li></ol></div>',
        '<section class="history"><p>Our history began in 1901.</p></section>',
      ].join("\n"),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "1. Eligibility",
      "You must live in the zone.",
      "The operating budget rose.",
      "Our history began in 1901.",
    ]);
    expect(doc.warnings).toEqual([
      { line: 1, message: 'removed the web page\'s cookie notice "We set cookies."', kind: "cleanup" },
      {
        line: 5,
        message: 'removed the web page\'s feedback form "Was this page helpful?"',
        kind: "cleanup",
      },
      {
        line: 6,
        message: 'removed the web page\'s newsletter sign-up "Get our newsletter"',
        kind: "cleanup",
      },
      {
        line: 8,
        message: 'removed the web page\'s publication history "Published 12 March 2025"',
        kind: "cleanup",
      },
    ]);
  });

  it("leaves out the site's header and the bar above it, and a post's category links, named by two words", () => {
    const html = [
      '<header class="site-header"><div class="top-bar">Sunday Worship 9:00 &amp; 11:00</div></header>',
      '<article><header class="entry-header"><span class="cat-links"><a href="#">Messages</a></span>',
      "<h1>A Centennial Address</h1></header>",
      '<div class="entry-content"><p>Grace and peace to you.</p></div></article>',
    ].join("\n");
    const doc = readHtml(html, "UTF-8");
    expect(doc.title).toBe("A Centennial Address");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Grace and peace to you."]);
  });

  it("leaves out a box that embeds a video, with its heading", () => {
    const html = [
      "<article><p>I will close with this.</p>",
      '<section id="video" class="event-video"><h3>Video</h3><iframe src="x.html" title="Remarks"></iframe></section>',
      "</article>",
    ].join("\n");
    expect(readHtml(html, "UTF-8").blocks.map((b) => b.text)).toEqual(["I will close with this."]);
  });

  it("marks what a <blockquote> holds as quoted, its numbered list too", () => {
    const html = [
      "<p>I read you the minutes.</p>",
      "<blockquote><p>Resolved:</p><ol><li>That the shed be enlarged.</li><li>That the meal be cut.</li></ol></blockquote>",
      "<p>That last one haunts me.</p>",
    ].join("\n");
    expect(readHtml(html, "UTF-8").blocks.map(({ kind, quoted }) => [kind, quoted === true])).toEqual([
      ["paragraph", false],
      ["paragraph", true],
      ["item", true],
      ["item", true],
      ["paragraph", false],
    ]);
  });

  it("marks a paragraph set wholly in bold, by tag or by style, and no other", () => {
    const html = [
      "<h1>心得</h1>",
      '<p style="text-align:center"><strong><span style="color:#c00">悟思想之“魂”</span></strong></p>',
      '<section><span style="font-weight: bold">把实践之“要”</span></section>',
      "<p><strong>首先，</strong>在优化服务上下功夫。</p>",
      "<p>正文。</p>",
    ].join("\n");
    expect(readHtml(html, "UTF-8").blocks.map(({ text, bold }) => [text, bold === true])).toEqual([
      ["悟思想之“魂”", true],
      ["把实践之“要”", true],
      ["首先，在优化服务上下功夫。", false],
      ["正文。", false],
    ]);
  });

  it("sets a bold sentence opening a paragraph on a line of its own, as its title, and no bold clause", () => {
    const html = [
      "<h1>评论</h1>",
      '<p><span>&nbsp;&nbsp;</span><span style="font-weight:bold">要守牢质量和安全的底线。</span><span>民生工程是良心工程。</span></p>',
      "<p><b>Closer to home.</b> In April we opened two markets.</p>",
      "<p><strong>首先，</strong>在优化服务上下功夫。</p>",
      "<p><strong>二、</strong>加强监督。</p>",
    ].join("\n");
    expect(
      readHtml(html, "UTF-8").blocks.map(({ text, bulletTitle }) => [text, bulletTitle === true]),
    ).toEqual([
      ["要守牢质量和安全的底线。\n民生工程是良心工程。", true],
      ["Closer to home.\nIn April we opened two markets.", true],
      ["首先，在优化服务上下功夫。", false],
      ["二、加强监督。", false],
    ]);
  });

  it("reads a short cell's paragraphs as one line of its row, and a long cell's as paragraphs", () => {
    const article = "这是一段很长的正文，讲的是图书馆夜间开放的情况。".repeat(4);
    const html = [
      `<table><tr><td><p>${article}</p><p>第二段。</p>`,
      '<table border="1"><tr><td><p><b>校区</b></p></td><td><p><b>人数</b></p></td></tr>',
      "<tr><td><p>东校区</p></td><td><p>1260</p></td></tr></table>",
      "</td></tr></table>",
    ].join("");
    expect(readHtml(html, "UTF-8").blocks.map(({ text, bold }) => [text, bold === true])).toEqual([
      [article, false],
      ["第二段。", false],
      ["校区\t人数", true],
      ["东校区\t1260", false],
    ]);
  });

  it("a <br> inside a heading only wraps it", () => {
    const doc = readHtml("<h2>一、总体<br>要求</h2><h3>Part<br>two</h3>");
    expect(doc.blocks.map((b) => b.text)).toEqual(["一、总体要求", "Part two"]);
  });

  it("keeps <pre> text as written", () => {
    const doc = readHtml("<pre>  第一行\n    缩进的第二行</pre>");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "  第一行\n    缩进的第二行", line: 1 }]);
  });

  it("joins inline runs with spaces in English and nothing between hanzi", () => {
    const doc = readHtml(
      "<p>Ladies and\n   gentlemen, <em>welcome</em>.</p><p>第一行\n<span>第二行</span></p>",
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(["Ladies and gentlemen, welcome.", "第一行第二行"]);
  });

  it("drops a source line break inside a number in Chinese", () => {
    const doc = readHtml("<p>回顾总结202\n3\n年的工作，投资12.\n5亿元。</p><p>In 2019\n2020 came.</p>");
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "回顾总结2023年的工作，投资12.5亿元。",
      "In 2019 2020 came.",
    ]);
  });

  it("counts reversed lists and <li value>", () => {
    const doc = readHtml(
      '<ol reversed><li>c</li><li>b</li><li value="9">x</li></ol><ol type="I" start="3"><li>iii</li></ol>',
    );
    expect(doc.blocks.map((b) => b.marker)).toEqual(["3.", "2.", "9.", "III."]);
  });

  it("gives a list item's number to the heading it opens with, and its paragraphs stay text", () => {
    const doc = readHtml(
      [
        "<ol><li><h2>Safer streets</h2><p>Most concerns were about underpasses.</p>",
        '<ol type="a"><li><strong>Street lighting.</strong> We will replace 1,200 lamps.</li></ol></li>',
        "<li><h2>Young people</h2><p>Youth clubs will open later.</p></li></ol>",
      ].join(""),
    );
    expect(doc.blocks.map((b) => [b.kind, b.text, b.marker ?? ""])).toEqual([
      ["heading", "1. Safer streets", ""],
      ["paragraph", "Most concerns were about underpasses.", ""],
      ["item", "Street lighting. We will replace 1,200 lamps.", "a."],
      ["heading", "2. Young people", ""],
      ["paragraph", "Youth clubs will open later.", ""],
    ]);
  });

  it("does not mistake article content for furniture by a class that only resembles one", () => {
    const doc = readHtml(
      '<body class="has-sidebar"><div class="navigator-free unavailable"><p>正文</p></div></body>',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(["正文"]);
  });
});

describe("the page title", () => {
  it("leaves out the site's section before its name in a <title>, a word or two, but a title's own second part stays", () => {
    const titled = (title: string) =>
      readHtml(`<html><head><title>${title}</title></head><body><p>正文。</p></body></html>`).title;
    expect(titled("局長在研討會開幕式上的致辭 - 新聞 - 澳門特別行政區政府文化局")).toBe(
      "局長在研討會開幕式上的致辭",
    );
    expect(titled("Budget Speech 2025 - Newsroom - Ministry of Finance")).toBe("Budget Speech 2025");
    expect(titled("Budget 2025 - Opening Remarks - Ministry of Finance")).toBe(
      "Budget 2025 - Opening Remarks",
    );
  });

  it("takes no title from a <title> that names only the site and its section", () => {
    const page = (title: string) =>
      readHtml(
        `<html><head><title>${title}</title></head><body><table><tr><td class="news_title">在集团公司数字化转型推进会上的讲话</td></tr></table><p>同志们：</p></body></html>`,
      );
    expect(page("江汉电投集团综合办公平台--领导讲话").title).toBeNull();
    expect(page("临江新闻网_要闻").title).toBeNull();
    expect(page("数字化转型推进会_领导讲话").title).toBe("数字化转型推进会");
  });

  it("leaves out a lone <h1> that only names the site, and titles the page by its <h2>", () => {
    const page = [
      "<html><head><title>关于发展银发经济的实施意见_文件库_临江省人民政府门户网站</title></head><body>",
      "<h1>临江省人民政府</h1>",
      "<h2>关于发展银发经济的实施意见</h2>",
      "<p>正文。</p>",
      "</body></html>",
    ].join("\n");
    const doc = readHtml(page);
    expect(doc.title).toBe("关于发展银发经济的实施意见");
    expect(doc.blocks.map((b) => b.text)).toEqual(["正文。"]);
    expect(doc.warnings?.map((w) => w.line)).toEqual([2]);
  });

  it("leaves out a site's <h1> in two scripts when the <title> opens with its first name and ends with the <h2>", () => {
    const page = [
      "<html><head><title>交通部-新聞稿-公路總局啟動春節疏運計畫</title></head><body>",
      "<h1>交通部 Ministry of Transportation</h1>",
      "<h3>新聞稿</h3>",
      "<h2>公路總局啟動春節疏運計畫</h2>",
      "<p>一、國道部分：實施高乘載管制。</p>",
      "</body></html>",
    ].join("\n");
    const doc = readHtml(page);
    expect(doc.title).toBe("公路總局啟動春節疏運計畫");
    expect(doc.blocks.map((b) => b.text)).toEqual(["新聞稿", "一、國道部分：實施高乘載管制。"]);
  });

  it("titles a page with no <h1> by the deeper heading its <title> says again, and drops the section's name over it", () => {
    // The <title> may say the heading whole before the site's name, or first of its parts.
    for (const title of [
      "勞動部推動青年就業領航計畫-勞動部全球資訊網",
      "勞動部推動青年就業領航計畫-本部新聞-勞動部全球資訊網",
    ]) {
      const page = [
        `<html><head><title>${title}</title></head><body>`,
        "<h2>本部新聞</h2>",
        "<h3>勞動部推動青年就業領航計畫</h3>",
        "<p>一、職場體驗與實習：補助企業提供青年職場體驗機會。</p>",
        "<h3>相關連結</h3>",
        "</body></html>",
      ].join("\n");
      const doc = readHtml(page);
      expect(doc.title).toBe("勞動部推動青年就業領航計畫");
      expect(doc.blocks.map((b) => b.text)).toEqual([
        "一、職場體驗與實習：補助企業提供青年職場體驗機會。",
        "相關連結",
      ]);
      expect(doc.warnings?.map((w) => w.line)).toEqual([2]);
    }
  });

  it("titles a page by the heading its <title> ends with after the section's name, not by the section's heading", () => {
    const page = [
      "<html><head><title>党建工作 | 强化政治功能　推动党建与生产经营深度融合 - 华曜能源集团</title></head><body>",
      "<h3>党建工作</h3>",
      '<h2 class="title">强化政治功能　推动党建与生产经营深度融合</h2>',
      "<h4>一、深刻把握根本遵循</h4><p>坚持党的领导。</p>",
      "</body></html>",
    ].join("\n");
    const doc = readHtml(page);
    expect(doc.title).toBe("强化政治功能　推动党建与生产经营深度融合");
    expect(doc.blocks.map((b) => b.text)).not.toContain("强化政治功能　推动党建与生产经营深度融合");
  });

  it("titles a blog's post by the heading its <title> says before ` @ ` and the blog's name, and drops the blog's name over it", () => {
    const page = [
      "<html><head><title>【育兒隨筆】女兒的畢業典禮 @ 小雨媽的慢慢日記 :: 部落格</title></head><body>",
      '<h2 class="blog-title"><a href="/">小雨媽的慢慢日記</a></h2>',
      '<h2 class="title">【育兒隨筆】女兒的畢業典禮</h2>',
      "<h3>壹、學會好好告別</h3><p>校長一開口就說：「今天是一個告別的日子。」</p>",
      "</body></html>",
    ].join("\n");
    const doc = readHtml(page);
    expect(doc.title).toBe("【育兒隨筆】女兒的畢業典禮");
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "壹、學會好好告別",
      "校長一開口就說：「今天是一個告別的日子。」",
    ]);
  });

  it("titles a page with no <h1> by its lone <h2> under a letterhead whose address line runs long", () => {
    const page = [
      "<html><head><title>Ordinary Council Meeting Agenda - Item 11.2</title></head><body>",
      "<p><strong>RIVERBEND CITY COUNCIL</strong><br>",
      "PO Box 48, Riverbend NSW 2484 · ABN 32 145 667 081 · council@riverbend.nsw.gov.au</p>",
      "<h2>Draft Riverbend Foreshore Masterplan</h2>",
      "<h3>Purpose</h3><p>This report presents the masterplan.</p>",
      "</body></html>",
    ].join("\n");
    expect(readHtml(page).title).toBe("Draft Riverbend Foreshore Masterplan");
  });

  it("reads a heading over the page's title heading (who issues it) as a line of its head, no section", () => {
    const page = [
      "<html><head><title>Press Release: Press Information Bureau</title></head><body>",
      '<div class="ministry-name"><h3>Ministry of Ports, Shipping and Waterways</h3></div>',
      "<h2>Indian ports to handle more cargo by 2035</h2>",
      "<p>The Minister today opened the Conclave.</p>",
      "<h3>Green ports</h3><p>Every port will use renewable power.</p>",
      "</body></html>",
    ].join("\n");
    const read = readHtml(page);
    expect(read.title).toBe("Indian ports to handle more cargo by 2035");
    expect(read.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "Ministry of Ports, Shipping and Waterways"],
      ["paragraph", "The Minister today opened the Conclave."],
      ["heading", "Green ports"],
      ["paragraph", "Every port will use renewable power."],
    ]);
  });

  it("drops the site name a <title> ends with", () => {
    const titleOf = (title: string) => readHtml(`<title>${title}</title><p>正文</p>`).title;
    expect(titleOf("在全市工作会议上的讲话_市政府门户网站")).toBe("在全市工作会议上的讲话");
    expect(titleOf("Remarks on the Budget - City Hall")).toBe("Remarks on the Budget");
    expect(titleOf("Q&amp;A - Part 1 - Site")).toBe("Q&A - Part 1");
    expect(titleOf("Self-driving cars")).toBe("Self-driving cars");
    expect(titleOf("关于学业预警工作的调研报告-教务处")).toBe("关于学业预警工作的调研报告");
    expect(titleOf("坚持人民至上—奋力谱写新篇章")).toBe("坚持人民至上—奋力谱写新篇章");
    expect(titleOf("在全市工作会议上的讲话")).toBe("在全市工作会议上的讲话");
  });

  it("takes the article's title a <meta> states over a <title> that adds its section's and its site's names", () => {
    const page = (metas: string) =>
      `<head><title>溪东区2024年优化营商环境工作要点_政策文件_溪东区人民政府</title>${metas}</head><p>正文</p>`;
    expect(
      readHtml(page('<meta name="ArticleTitle" content="溪东区2024年优化营商环境工作要点">')).title,
    ).toBe("溪东区2024年优化营商环境工作要点");
    expect(
      readHtml(page('<meta property="og:title" content="溪东区2024年优化营商环境工作要点">')).title,
    ).toBe("溪东区2024年优化营商环境工作要点");
    // A shared title the <title> does not open with says something else (the site's slogan).
    expect(readHtml(page('<meta property="og:title" content="溪东区人民政府门户网站">')).title).toBe(
      "溪东区2024年优化营商环境工作要点_政策文件",
    );
  });
});
