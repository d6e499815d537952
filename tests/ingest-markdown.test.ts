import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../src/ingest/frontmatter.js";
import { readMarkdown } from "../src/ingest/readers/markdown.js";

const source = readFileSync(new URL("./fixtures/ingest/speech.md", import.meta.url), "utf8");
const sourceLines = source.split("\n");

describe("readMarkdown on a speech with front matter", () => {
  const { frontMatter, body, bodyStartLine } = splitFrontMatter(source, "speech.md");
  const doc = readMarkdown(body, bodyStartLine);

  it("splits the front matter off first", () => {
    expect(frontMatter).toEqual({ title: "在全市工作会议上的讲话", author: "张三" });
    expect(bodyStartLine).toBe(5);
  });

  it("takes the leading H1 as the title, not as a block", () => {
    expect(doc.title).toBe("在全市工作会议上的讲话");
    expect(doc.blocks.some((b) => b.text === "在全市工作会议上的讲话")).toBe(false);
  });

  it("reads every block in order with its kind, marker and depth", () => {
    expect(doc.blocks.map(({ line: _line, ...rest }) => rest)).toEqual([
      { kind: "paragraph", text: "同志们：" },
      { kind: "paragraph", text: "今天召开的这次会议，主要任务是总结工作、部署任务。详见市政府网站。" },
      { kind: "heading", text: "一、总体要求", depth: 2 },
      { kind: "item", text: "坚持稳中求进", marker: "1.", listDepth: 1 },
      { kind: "item", text: "坚持改革创新", marker: "2.", listDepth: 1 },
      { kind: "item", text: "深化重点领域改革", marker: "1.", listDepth: 2 },
      { kind: "paragraph", text: "这是子项的第二段。" },
      { kind: "item", text: "扩大开放", marker: "2.", listDepth: 2 },
      { kind: "item", text: "坚持人民至上", marker: "3.", listDepth: 1 },
      { kind: "heading", text: "1. Scope", depth: 3 },
      { kind: "paragraph", text: "无序列表项" },
      { kind: "paragraph", text: "第二项" },
      { kind: "paragraph", text: "引用的一句话", quoted: true },
      { kind: "paragraph", text: "const x = 1; // 代码原样保留", code: true },
      // HTML that only lays words out shows them.
      { kind: "paragraph", text: "原始 HTML" },
      { kind: "item", text: "第五条", marker: "5)", listDepth: 1 },
      { kind: "item", text: "第六条", marker: "6)", listDepth: 1 },
      { kind: "paragraph", text: "谢谢大家！" },
    ]);
  });

  it("gives each block the line of the file it starts on", () => {
    for (const block of doc.blocks) {
      const shown = (sourceLines[block.line - 1] ?? "").replace(/[*[\]]/g, "");
      expect(shown, `${block.text} at line ${block.line}`).toContain(block.text.slice(0, 4));
    }
  });
});

describe("readMarkdown details", () => {
  it("an H1 after other content is a heading, not the title", () => {
    const doc = readMarkdown("开场白。\n\n# 第一部分\n", 1);
    expect(doc.title).toBeNull();
    expect(doc.blocks[1]).toEqual({ kind: "heading", text: "第一部分", depth: 1, line: 3 });
  });

  it("takes the only H1 as the title under a short cover of letterhead and meeting lines", () => {
    const cover = [
      "**Harbour Housing Group — Board of Directors**",
      "Meeting of 12 March 2025 · Agenda item 4 · Paper B/25/07",
      "",
      "# Repairs Service Review",
      "",
      "## Purpose",
      "",
      "This paper asks the Board to note the review.",
    ].join("\n");
    const doc = readMarkdown(cover, 1);
    expect(doc.title).toBe("Repairs Service Review");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
    // A rule may set the cover apart from the title.
    const ruled = readMarkdown(cover.replace("\n\n# ", "\n\n---\n\n# "), 1);
    expect(ruled.title).toBe("Repairs Service Review");
  });

  it("takes the only H1 as the title under a saved page's furniture: skip link, cookie banner, menu, breadcrumb", () => {
    const page = [
      "[Skip to main content](#content)",
      "",
      "Cookies on GOV.UK — We use some essential cookies to make this website work. [Accept additional cookies]",
      "",
      "[GOV.UK](https://www.gov.uk/)   Menu   Search",
      "",
      "* [Home](/)",
      "* [Environment](/environment)",
      "",
      "Independent report",
      "",
      "# Independent Review of Storm Overflow Monitoring",
      "",
      "## 1. Why this review was needed",
      "",
      "Storm overflows act as relief valves.",
    ].join("\n");
    expect(readMarkdown(page, 1).title).toBe("Independent Review of Storm Overflow Monitoring");
  });

  it("keeps an H1 under a cover as a heading when the document has other H1s or prose before it", () => {
    const twoParts = "Harbour Housing Group\n\n# Part one\n\nText.\n\n# Part two\n\nMore text.";
    expect(readMarkdown(twoParts, 1).title).toBeNull();
    const prose = "Good morning, everyone. It is good to be here.\n\n# The year ahead\n\nText.";
    expect(readMarkdown(prose, 1).title).toBeNull();
  });

  it("joins soft breaks with a space in English and nothing between hanzi", () => {
    const doc = readMarkdown("Ladies and\ngentlemen, *welcome*\nhere.\n\n第一行\n**第二行**", 1);
    expect(doc.blocks.map((b) => b.text)).toEqual(["Ladies and gentlemen, welcome here.", "第一行第二行"]);
  });

  it("joins a soft break inside a number of Chinese text without a space", () => {
    const doc = readMarkdown(
      "首先回顾总结202\n3年的工作，全年投资12.\n5亿元，增长8\n.3%。\n\nIn 2019\n2020 came.",
      1,
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "首先回顾总结2023年的工作，全年投资12.5亿元，增长8.3%。",
      "In 2019 2020 came.",
    ]);
  });

  it("joins a paragraph of 20,000 wrapped lines", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `要点${i + 1}，文字文字`);
    const doc = readMarkdown(lines.join("\n"), 1);
    // Each break once read the whole paragraph joined so far: half a minute for these lines. (`npm run bench` times this shape.)
    expect(doc.blocks.map((b) => b.text)).toEqual([lines.join("")]);
  });

  it("starts a paragraph at a line that opens with clause numbering, with no blank line before it", () => {
    // CommonMark runs `1.1 …` into the list item before it, and `**第二条**` into the paragraph.
    // A list item keeps such lines as lines of its own; the outline cuts them off (as `三、` is).
    expect(texts("1. 总则\n1.1 本办法适用于全市。\n1.2 遵循统筹规划的原则。\n2. 职责\n")).toEqual([
      ["总则\n1.1 本办法适用于全市。\n1.2 遵循统筹规划的原则。", 1],
      ["职责", 4],
    ]);
    expect(texts("**第一条**　为了规范管理，制定本办法。\n**第二条**　本办法适用于全市。")).toEqual([
      ["第一条　为了规范管理，制定本办法。", 1],
      ["第二条　本办法适用于全市。", 2],
    ]);
    expect(texts("说明如下：\n2. 职责分工\n3.1 各部门负责。")).toEqual([
      ["说明如下：", 1],
      ["2. 职责分工", 2],
      ["3.1 各部门负责。", 3],
    ]);
    // A report pasted a paragraph a line: its items' numbers glued to their text.
    expect(texts("一、主要工作\n1.抓好安全生产。\n2.推进项目建设。\n二、存在问题")).toEqual([
      ["一、主要工作", 1],
      ["1.抓好安全生产。", 2],
      ["2.推进项目建设。", 3],
      ["二、存在问题", 4],
    ]);
  });

  it("keeps a lettered sub-item under a numbered item on a line of its own (`   a. Capital cost …`)", () => {
    expect(
      texts(
        "1. Build a second line.\n   a. Capital cost of £14 million.\n   b. Payback within four years.\n2. Acquire a distributor.\n   (i) Two candidates.\n",
      ),
    ).toEqual([
      ["Build a second line.\na. Capital cost of £14 million.\nb. Payback within four years.", 1],
      ["Acquire a distributor.\n(i) Two candidates.", 4],
    ]);
    // A wrapped line that opens with a word is the sentence going on.
    expect(texts("We met a\nfew of them.\n")).toEqual([["We met a few of them.", 1]]);
  });

  it("goes on over a line that opens with a quantity or a year", () => {
    expect(texts("全年完成投资\n12.5 亿元，新增企业\n3. 2 万户。\n\nIn 2019\n2.5 million came.")).toEqual([
      ["全年完成投资 12.5 亿元，新增企业 3. 2 万户。", 1],
      ["In 2019 2.5 million came.", 5],
    ]);
    expect(texts("全年完成投资\n12.5亿元，新增企业\n3.万户。")).toEqual([
      ["全年完成投资 12.5亿元，新增企业 3.万户。", 1],
    ]);
  });

  it("reads a list's wrapped line that starts with a year as words, not as its next item", () => {
    const doc = readMarkdown(
      "1. We will finish the seawall.\n2. We will review the fees.\nInsurance will not ease until\n2027. That is why the seawall matters.\n3. We will publish our accounts.\n",
      1,
    );
    expect(doc.blocks.map((b) => [b.kind, b.marker, b.text.split("\n")[0]])).toEqual([
      ["item", "1.", "We will finish the seawall."],
      ["item", "2.", "We will review the fees. Insurance will not ease until"],
      ["paragraph", undefined, "2027. That is why the seawall matters."],
      ["item", "3.", "We will publish our accounts."],
    ]);
  });

  it("keeps hard breaks, escapes and entities as the text they show", () => {
    const doc = readMarkdown("A &amp; B\\*  \nnext `a &amp; b` <span>z</span>", 1);
    expect(doc.blocks[0]?.text).toBe("A & B*\nnext a &amp; b z");
  });

  it("shows HTML that only lays words out (or a picture) as its lines of words, and keeps any other HTML as written", () => {
    const doc = readMarkdown(
      [
        '<p align="center">\n  <img src="logo.svg" alt="Ledgerline" width="96">\n</p>',
        "<div align=center><font size=5><b>调研报告</b></font></div>",
        '<div align="center">调研组<br>（2024年7月）</div>',
        "<br>",
        '<h2 align="center">一、基本情况</h2>',
        "正文。",
        '<div onclick="run()">点我</div>',
        "<details><summary>展开</summary>要落实。</details>",
      ].join("\n\n"),
      1,
    );
    expect(doc.blocks.map(({ kind, text, depth, bold }) => ({ kind, text, depth, bold }))).toEqual([
      { kind: "paragraph", text: "调研报告", depth: undefined, bold: true },
      { kind: "paragraph", text: "调研组", depth: undefined, bold: undefined },
      { kind: "paragraph", text: "（2024年7月）", depth: undefined, bold: undefined },
      { kind: "heading", text: "一、基本情况", depth: 2, bold: undefined },
      { kind: "paragraph", text: "正文。", depth: undefined, bold: undefined },
      { kind: "paragraph", text: '<div onclick="run()">点我</div>', depth: undefined, bold: undefined },
      {
        kind: "paragraph",
        text: "<details><summary>展开</summary>要落实。</details>",
        depth: undefined,
        bold: undefined,
      },
    ]);
  });

  it("an ordered list starting at 3 counts from 3; one under an unordered list is the top list", () => {
    const doc = readMarkdown("3. 三\n4. 四\n\n- 要点\n  1. 其一\n  2. 其二\n", 1);
    expect(doc.blocks.map((b) => [b.kind, b.marker, b.listDepth, b.line])).toEqual([
      ["item", "3.", 1, 1],
      ["item", "4.", 1, 2],
      ["paragraph", undefined, undefined, 4],
      ["item", "1.", 1, 5],
      ["item", "2.", 1, 6],
    ]);
  });

  it("headings inside a quote are quoted text", () => {
    expect(readMarkdown("> ## 引语\n", 1).blocks).toEqual([
      { kind: "paragraph", text: "引语", line: 1, quoted: true },
    ]);
  });

  it("reads a table row by row", () => {
    const doc = readMarkdown("| 项目 | 目标 |\n|---|---|\n| 增长 | 6% |\n", 10);
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "项目\t目标", line: 10 },
      { kind: "paragraph", text: "增长\t6%", line: 12 },
    ]);
  });

  it("counts lines across blank-line runs and setext headings", () => {
    const doc = readMarkdown("\n\n标题二\n---\n\n\n\n段落\n", 1);
    expect(doc.blocks).toEqual([
      { kind: "heading", text: "标题二", depth: 2, line: 3 },
      { kind: "paragraph", text: "段落", line: 8 },
    ]);
  });
});

const texts = (markdown: string) => readMarkdown(markdown, 1).blocks.map((b) => [b.text, b.line]);

describe("readMarkdown: bullets that open with a bold title", () => {
  it("keep the title on a line of its own and are marked; a term before a colon is not", () => {
    const doc = readMarkdown(
      "- **坚持需求导向。** 从居民最关心的问题入手。\n- **坚持统筹集约。** 避免重复建设。\n\n" +
        "- **Division method:** h(k) = k mod m.\n- plain bullet\n",
      1,
    );
    expect(doc.blocks.map((b) => [b.text, b.line, b.bulletTitle ?? false])).toEqual([
      ["坚持需求导向。\n从居民最关心的问题入手。", 1, true],
      ["坚持统筹集约。\n避免重复建设。", 2, true],
      ["Division method: h(k) = k mod m.", 4, false],
      ["plain bullet", 5, false],
    ]);
  });

  it("a term before a colon titles what follows when that says sentences of prose, not a status", () => {
    const prose =
      "- **Childcare:** We opened two new early learning centres in Ashford and Pine Hollow, adding 180 places.\n" +
      "- **Transit:** We launched the Route 9 express bus, and ridership passed 1,000 a day in its third month.\n";
    expect(readMarkdown(prose, 1).blocks.map((b) => [b.text.split("\n")[0], b.bulletTitle ?? false])).toEqual(
      [
        ["Childcare:", true],
        ["Transit:", true],
      ],
    );
    const status =
      "- **Schedule:** Amber — go-live date of 2 June 2025 still achievable, but with no float\n";
    expect(readMarkdown(status, 1).blocks.map((b) => b.bulletTitle ?? false)).toEqual([false]);
  });

  it("so are paragraphs that open with a bold title; a bold term before a colon, or bold alone, is not", () => {
    const doc = readMarkdown(
      "**Capital management.** Our balance sheet remains strong.\n\n" +
        "**Board renewal.** Two directors will retire this year.\n\n" +
        "**Note:** figures are unaudited.\n\n**Thank you.**\n",
      1,
    );
    expect(doc.blocks.map((b) => [b.text, b.line, b.bulletTitle ?? false])).toEqual([
      ["Capital management.\nOur balance sheet remains strong.", 1, true],
      ["Board renewal.\nTwo directors will retire this year.", 3, true],
      ["Note: figures are unaudited.", 5, false],
      ["Thank you.", 7, false],
    ]);
  });

  it("a figure in bold is emphasis, not a title", () => {
    const doc = readMarkdown(
      "- **2.5 million** pounds of food\n- **61,400** people served\n- **38%** fresh produce\n",
      1,
    );
    expect(doc.blocks.map((b) => [b.text, b.bulletTitle ?? false])).toEqual([
      ["2.5 million pounds of food", false],
      ["61,400 people served", false],
      ["38% fresh produce", false],
    ]);
  });
});

describe("readMarkdown: bold numbered titles glued to their text", () => {
  it("a bold title is a line of its own whether or not CommonMark closes its bold", () => {
    // CommonMark closes `**` after `。` only before a space or punctuation: here it stays open.
    expect(texts("**（一）坚持稳中求进。**今年以来，我们顶住压力。\n\n**一、总体要求**")).toEqual([
      ["（一）坚持稳中求进。", 1],
      ["今年以来，我们顶住压力。", 1],
      ["一、总体要求", 3],
    ]);
    expect(texts("**1.加强组织领导。**各地要把**重点**工作抓实。")).toEqual([
      ["1.加强组织领导。", 1],
      ["各地要把重点工作抓实。", 1],
    ]);
  });

  it("finds the title with its numbering outside the bold, and the end outside it", () => {
    expect(texts("（二）**扩大有效需求。**要扩大消费。\n\n**（三）坚持创新驱动**。要培育新动能。")).toEqual([
      ["（二）扩大有效需求。", 1],
      ["要扩大消费。", 1],
      ["（三）坚持创新驱动。", 3],
      ["要培育新动能。", 3],
    ]);
  });

  it("cuts a paragraph of several lines before each line that opens with a bold title", () => {
    expect(texts("前言。\n**（一）稳就业。**要落实政策。\n**（二）促消费**要扩大内需。\n谢谢。")).toEqual([
      ["前言。", 1],
      ["（一）稳就业。", 2],
      ["要落实政策。", 2],
      ["（二）促消费", 3],
      ["要扩大内需。谢谢。", 3],
    ]);
  });

  it("bold numbering alone stays with its text, without the asterisks", () => {
    expect(texts("**（一）**坚持稳中求进。今年以来，形势向好。")).toEqual([
      ["（一）坚持稳中求进。今年以来，形势向好。", 1],
    ]);
  });

  it("leaves bold that is no numbered title, or that a comma goes on from, in its sentence", () => {
    expect(texts("**必须看到**当前形势依然严峻。")).toEqual([["必须看到当前形势依然严峻。", 1]]);
    expect(texts("**（一）坚持稳中求进**，以进促稳。")).toEqual([["（一）坚持稳中求进，以进促稳。", 1]]);
    expect(texts("一、**抓好网格化管理，**把服务延伸到每家每户。")).toEqual([
      ["一、抓好网格化管理，把服务延伸到每家每户。", 1],
    ]);
    expect(texts("一是**抓项目**，二是**稳就业**。")).toEqual([["一是抓项目，二是稳就业。", 1]]);
  });

  it("a list item opening with a bold title keeps the title on a line of its own", () => {
    const doc = readMarkdown("1. **稳定就业。**要落实就业优先政策。\n2. **办好教育**，推动均衡发展。\n", 1);
    expect(doc.blocks.map((b) => [b.marker, b.text])).toEqual([
      ["1.", "稳定就业。\n要落实就业优先政策。"],
      ["2.", "办好教育，推动均衡发展。"],
    ]);
  });

  it("any bold numbered title: the title and its text apart, every other character kept", () => {
    const marker = fc.constantFrom("一、", "（二）", "(三)", "3.", "4．", "第二章");
    const words = fc.array(fc.constantFrom("加强", "组织", "领导", "推动", "高质量", "发展", "Scope"), {
      minLength: 1,
      maxLength: 6,
    });
    const end = fc.constantFrom("", "。", "：");
    // Text that goes on with a comma makes the bold its first clause (tested above), so it starts otherwise.
    const body = fc.array(fc.constantFrom("各地要", "抓好落实", "今年以来", "，", "12%"), { maxLength: 8 });
    fc.assert(
      fc.property(marker, words, end, body, fc.boolean(), (m, w, e, b, closedBySpace) => {
        const title = `${m}${w.join("")}${e}`;
        const text = `要${b.join("")}。`;
        const blocks = readMarkdown(`**${title}**${closedBySpace ? " " : ""}${text}\n`, 1).blocks;
        expect(blocks.map((block) => block.text)).toEqual([title, text]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("readMarkdown: bold glued to punctuation that CommonMark leaves as asterisks", () => {
  it("reads it as bold: its words without the asterisks", () => {
    // `，**当` cannot close (punctuation before, a word after); `会**“` cannot open.
    expect(texts("**必须坚持问题导向，**当前一些地方基层负担依然较重。")).toEqual([
      ["必须坚持问题导向，当前一些地方基层负担依然较重。", 1],
    ]);
    expect(texts("要深刻领会**“两个确立”**的决定性意义，\n做到**“两个维护”。**各级干部要带头。")).toEqual([
      ["要深刻领会“两个确立”的决定性意义，做到“两个维护”。各级干部要带头。", 1],
    ]);
    expect(texts("## **一、总体要求：**坚持稳中求进")).toEqual([["一、总体要求：坚持稳中求进", 1]]);
  });

  it("leaves what is no pair of bold on a line as CommonMark reads it", () => {
    // Code, escaped asterisks, a bold left open, and single asterisks are not touched.
    expect(texts("`**甲，**乙` 和 \\*\\*丙，\\*\\*丁")).toEqual([["**甲，**乙 和 **丙，**丁", 1]]);
    expect(texts("**未闭合的粗体，文字\n\n一行*强调，*文字")).toEqual([
      ["**未闭合的粗体，文字", 1],
      ["一行*强调，*文字", 3],
    ]);
    // Bold over two lines is CommonMark's to pair.
    expect(texts("**加强\n领导**，抓好落实。")).toEqual([["加强领导，抓好落实。", 1]]);
  });

  it("any line of words and bold: its words, every asterisk of the bold gone", () => {
    const word = fc.constantFrom(
      "当前",
      "形势",
      "“两个确立”",
      "，",
      "。",
      "：",
      "（一）",
      "Scope",
      " ",
      "12%",
    );
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(""));
    const bold = words.filter((w) => w.trim() === w);
    const piece = fc.tuple(words, bold);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), words, (pieces, last) => {
        const markdown = `要${pieces.map(([w, b]) => `${w}**${b}**`).join("")}${last}`;
        const plain = markdown.replaceAll("**", "");
        expect(readMarkdown(markdown, 1).blocks.map((b) => b.text)).toEqual([plain.trim()]);
      }),
      { numRuns: 300 },
    );
  });

  it("reads 20,000 lines of such bold in one paragraph", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `**要点${i + 1}，**文字文字`);
    const doc = readMarkdown(lines.join("\n"), 1);
    // marked looked for a closing `**` from each one to the paragraph's end: 5,000 lines took 37 s. (`npm run bench` times this shape.)
    expect(doc.blocks.map((b) => b.text)).toEqual([lines.join("").replaceAll("**", "")]);
  });
});

describe("readMarkdown: a label above the title", () => {
  it("leaves the `#` line the title under a bold label, not under a bold sentence", () => {
    const labelled = readMarkdown(
      "**INTERNAL - DO NOT FORWARD**\n\n# June All-Hands\n\n## Opening remarks\n\nWelcome.",
      1,
    );
    expect(labelled.title).toBe("June All-Hands");
    const sentence = readMarkdown("**Please read this first.**\n\n# Notes\n\nText.", 1);
    expect(sentence.title).toBeNull();
  });
});

describe("readMarkdown: pandoc's attributes", () => {
  it("reads a span's words without its attributes, and a heading without its bookmark or its own attributes", () => {
    const doc = readMarkdown(
      [
        "## []{#_Toc159081122 .anchor}深刻认识优化营商环境的重大意义",
        "",
        "要[一以贯之]{.underline}抓落实，`[保持]{.x}` 原样。",
        "",
        "## 二、总体要求 {#sec-2 .unnumbered}",
      ].join("\n"),
      1,
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "深刻认识优化营商环境的重大意义",
      "要一以贯之抓落实，[保持]{.x} 原样。",
      "二、总体要求",
    ]);
  });
});
