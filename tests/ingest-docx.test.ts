import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { PodiumError } from "../src/errors.js";
import { formatNumber, readDocx } from "../src/ingest/readers/docx.js";
import { makeDocx, runs } from "./helpers/make-docx.js";

async function errorOf(promise: Promise<unknown>): Promise<PodiumError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof PodiumError) return err;
    throw err;
  }
  throw new Error("expected a PodiumError");
}

/** 一、 > （一） > 1. — the usual Chinese outline, as Word numbers it. */
const chineseOutline = {
  id: 1,
  levels: [
    { ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、" },
    { ilvl: 1, numFmt: "chineseCounting", lvlText: "（%2）" },
    { ilvl: 2, numFmt: "decimal", lvlText: "%3." },
  ],
};

const speech = makeDocx({
  styles: [
    { id: "1", name: "heading 1", basedOn: "Normal" }, // Chinese Word names its heading style ids 1, 2, …
    { id: "MyBody", name: "正文缩进", basedOn: "Normal" },
    { id: "Quote", name: "要点", basedOn: "MyBody", outlineLvl: 2 },
  ],
  abstractNums: [chineseOutline, { id: 2, levels: [{ ilvl: 0, numFmt: "bullet", lvlText: "•" }] }],
  nums: [
    { numId: 1, abstractId: 1 },
    { numId: 2, abstractId: 2 },
    { numId: 3, abstractId: 1, startOverrides: { 0: 1 } },
  ],
  paragraphs: [
    { text: "在全市工作会议上的讲话", style: "Title" },
    "",
    "同志们：",
    { text: "总体要求", numId: 1, ilvl: 0 },
    { text: "坚持稳中求进", numId: 1, ilvl: 1 },
    { text: "稳是大局", numId: 1, ilvl: 2 },
    { text: "进是方向", numId: 1, ilvl: 2 },
    { text: "坚持改革创新", numId: 1, ilvl: 1 },
    { text: "改革", numId: 1, ilvl: 2 },
    { text: "重点任务", numId: 1, ilvl: 0 },
    { text: "一条无序要点", numId: 2 },
    { text: "第一部分", style: "Heading1" },
    { text: "第二部分", style: "1" },
    { text: "带大纲级别的段落", style: "Quote" },
    { text: "另起一个列表", numId: 3, ilvl: 0 },
    { text: "姓名\t职务\n第二行", style: "MyBody" },
    {
      text: "保留",
      rawRuns:
        '<w:del w:id="1"><w:r><w:delText>删除的字</w:delText></w:r></w:del>' +
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>" +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        runs("3") +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        runs("链接文字") +
        "</w:hyperlink>",
    },
    "谢谢大家！",
  ],
  rawBody: `<w:tbl><w:tr><w:tc><w:p>${runs("表格单元")}</w:p></w:tc></w:tr></w:tbl>`,
});

describe("readDocx", () => {
  it("the helper writes a .docx other readers accept too", async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await speech) });
    expect(value).toContain("总体要求");
    expect(value).toContain("表格单元");
  });

  it("reads title, headings, Word's list numbers and plain paragraphs", async () => {
    const doc = await readDocx(await speech, "speech.docx");
    expect(doc.title).toBe("在全市工作会议上的讲话");
    expect(doc.encoding).toBe("UTF-8");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "同志们：", line: 3 },
      { kind: "item", text: "总体要求", marker: "一、", listDepth: 1, line: 4 },
      { kind: "item", text: "坚持稳中求进", marker: "（一）", listDepth: 2, line: 5 },
      { kind: "item", text: "稳是大局", marker: "1.", listDepth: 3, line: 6 },
      { kind: "item", text: "进是方向", marker: "2.", listDepth: 3, line: 7 },
      { kind: "item", text: "坚持改革创新", marker: "（二）", listDepth: 2, line: 8 },
      { kind: "item", text: "改革", marker: "1.", listDepth: 3, line: 9 },
      { kind: "item", text: "重点任务", marker: "二、", listDepth: 1, line: 10 },
      { kind: "paragraph", text: "一条无序要点", line: 11 },
      { kind: "heading", text: "第一部分", depth: 1, line: 12 },
      { kind: "heading", text: "第二部分", depth: 1, line: 13 },
      { kind: "heading", text: "带大纲级别的段落", depth: 3, line: 14 },
      { kind: "item", text: "另起一个列表", marker: "一、", listDepth: 1, line: 15 },
      { kind: "paragraph", text: "姓名\t职务\n第二行", line: 16 },
      { kind: "paragraph", text: "保留3链接文字", line: 17 },
      { kind: "paragraph", text: "谢谢大家！", line: 18 },
      { kind: "paragraph", text: "表格单元", line: 19 },
    ]);
  });

  it("takes a Title paragraph under a running head as the title; one after the text has begun stays text", async () => {
    const doc = await readDocx(
      await makeDocx({
        paragraphs: [
          "Harbour Trust - Annual Report 2025",
          { text: "Letter from the Chair", style: "Title" },
          "",
          { text: "to our members", style: "Title" },
          "Dear members,",
          { text: "A Title paragraph later on", style: "Title" },
        ],
      }),
      "letter.docx",
    );
    expect(doc.title).toBe("Letter from the Chair to our members");
    expect(doc.blocks.map((block) => block.text)).toEqual([
      "Harbour Trust - Annual Report 2025",
      "Dear members,",
      "A Title paragraph later on",
    ]);
  });

  it("takes a Title paragraph under a table of contents as the title, however many entries it lists", async () => {
    const entries = [
      "一、提高认识\t2",
      "（一）作风是党的鲜明特质\t2",
      "（二）作风建设永远在路上\t3",
      "二、查找问题\t4",
    ];
    const doc = await readDocx(
      await makeDocx({
        paragraphs: [
          "目\u3000\u3000录",
          ...entries,
          "三、推动落实……………………5",
          { text: "锤炼过硬作风\u3000勇担交通强市使命", style: "Title" },
          "同志们：",
        ],
      }),
      "lecture.docx",
    );
    expect(doc.title).toBe("锤炼过硬作风\u3000勇担交通强市使命");
    // Four lines of the opening with no contents among them leave a Title paragraph under them text.
    const late = await readDocx(
      await makeDocx({ paragraphs: ["甲", "乙", "丙", "丁", { text: "标题", style: "Title" }] }),
      "late.docx",
    );
    expect(late.title).toBeNull();
  });

  it("takes a second Title paragraph in the other script as the title's translation, a line of the opening", async () => {
    const doc = await readDocx(
      await makeDocx({
        paragraphs: [
          { text: "Address by the President at the 2024 Congregation", style: "Title" },
          { text: "校長在二〇二四年學位頒授典禮上的致辭", style: "Title" },
          "Good morning.",
        ],
      }),
      "congregation.docx",
    );
    expect(doc.title).toBe("Address by the President at the 2024 Congregation");
    expect(doc.blocks.map((block) => block.text)).toEqual([
      "校長在二〇二四年學位頒授典禮上的致辭",
      "Good morning.",
    ]);
  });

  it("reads a table row of several cells as one paragraph, cells apart by a tab; a one-cell table by its paragraphs", async () => {
    const cell = (...texts: string[]) => `<w:tc>${texts.map((t) => `<w:p>${runs(t)}</w:p>`).join("")}</w:tc>`;
    const doc = await readDocx(
      await makeDocx({
        paragraphs: ["一、抓项目"],
        rawBody:
          `<w:tbl><w:tr>${cell("序号")}${cell("指标")}${cell("完成")}</w:tr>` +
          `<w:tr>${cell("1")}${cell("固定资产投资", "增速")}${cell("8.1%")}</w:tr></w:tbl>` +
          `<w:tbl><w:tr>${cell("二、抓改革", "深化改革。")}</w:tr></w:tbl>`,
      }),
      "report.docx",
    );
    expect(doc.blocks.map((block) => [block.line, block.text])).toEqual([
      [1, "一、抓项目"],
      [2, "序号\t指标\t完成"],
      [5, "1\t固定资产投资增速\t8.1%"],
      [9, "二、抓改革"],
      [10, "深化改革。"],
    ]);
  });

  it("marks a paragraph whose every run with words is bold: a heading Word was not told of", async () => {
    const bold = (text: string, on = "") =>
      `<w:r><w:rPr><w:b${on}/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const doc = await readDocx(
      await makeDocx({
        paragraphs: [
          { text: "", rawRuns: bold("Middle-mile") + bold(" networks") + "<w:r><w:t> </w:t></w:r>" },
          { text: "", rawRuns: bold("Half bold, ") + runs("half plain.") },
          { text: "", rawRuns: bold("Bold switched off", ' w:val="0"') },
          { text: "Plain words." },
        ],
      }),
      "brief.docx",
    );
    expect(doc.blocks.map((b) => [b.text, b.bold ?? false])).toEqual([
      ["Middle-mile networks", true],
      ["Half bold, half plain.", false],
      ["Bold switched off", false],
      ["Plain words.", false],
    ]);
  });

  it("puts the number of a numbered heading in front of its text, as the outline expects", async () => {
    const bytes = await makeDocx({
      styles: [{ id: "Heading1", name: "heading 1", basedOn: "Normal", outlineLvl: 0, numId: 7 }],
      abstractNums: [
        { id: 5, levels: [{ ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、", pStyle: "Heading1" }] },
        { id: 6, levels: [{ ilvl: 0, numFmt: "decimal", lvlText: "%1." }] },
      ],
      nums: [
        { numId: 7, abstractId: 5 },
        { numId: 8, abstractId: 6 },
      ],
      paragraphs: [
        { text: "总体要求", style: "Heading1" },
        { text: "Scope", style: "Heading2", numId: 8 },
        { text: "主要任务", style: "Heading1" },
      ],
    });
    const doc = await readDocx(bytes, "h.docx");
    expect(doc.blocks.map((b) => [b.kind, b.text, b.depth])).toEqual([
      ["heading", "一、总体要求", 1],
      ["heading", "1. Scope", 2],
      ["heading", "二、主要任务", 1],
    ]);
  });

  it("lists that share a definition continue each other; a start override restarts them", async () => {
    const bytes = await makeDocx({
      abstractNums: [{ id: 1, levels: [{ ilvl: 0, numFmt: "decimal", lvlText: "（%1）", start: 3 }] }],
      nums: [
        { numId: 1, abstractId: 1 },
        { numId: 2, abstractId: 1 },
        { numId: 3, abstractId: 1, startOverrides: { 0: 1 } },
      ],
      paragraphs: [
        { text: "a", numId: 1 },
        { text: "b", numId: 2 },
        { text: "c", numId: 3 },
        { text: "d", numId: 3 },
      ],
    });
    const doc = await readDocx(bytes, "n.docx");
    expect(doc.blocks.map((b) => b.marker)).toEqual(["（3）", "（4）", "（1）", "（2）"]);
  });

  it("multi-level numbers: %1.%2 shows each level in its own format unless the level is legal", async () => {
    const levels = (isLgl: boolean) => [
      { ilvl: 0, numFmt: "chineseCounting", lvlText: "%1、" },
      { ilvl: 1, numFmt: "decimal", lvlText: "%1.%2", isLgl },
    ];
    const markers = async (isLgl: boolean): Promise<(string | undefined)[]> => {
      const bytes = await makeDocx({
        abstractNums: [{ id: 1, levels: levels(isLgl) }],
        nums: [{ numId: 1, abstractId: 1 }],
        paragraphs: [
          { text: "a", numId: 1, ilvl: 0 },
          { text: "b", numId: 1, ilvl: 1 },
          { text: "c", numId: 1, ilvl: 0 },
          { text: "d", numId: 1, ilvl: 1 },
          { text: "e", numId: 1, ilvl: 1 },
        ],
      });
      return (await readDocx(bytes, "m.docx")).blocks.map((b) => b.marker);
    };
    expect(await markers(true)).toEqual(["一、", "1.1", "二、", "2.1", "2.2"]);
    expect(await markers(false)).toEqual(["一、", "一.1", "二、", "二.1", "二.2"]);
  });

  it("reads a document without styles.xml or numbering.xml", async () => {
    const bytes = await makeDocx({
      paragraphs: [{ text: "标题", style: "Heading1" }, "正文"],
      parts: { "word/styles.xml": null, "word/numbering.xml": null, "word/_rels/document.xml.rels": null },
    });
    const doc = await readDocx(bytes, "bare.docx");
    expect(doc.blocks).toEqual([
      { kind: "heading", text: "标题", depth: 1, line: 1 },
      { kind: "paragraph", text: "正文", line: 2 },
    ]);
  });
});

describe("readDocx: files that are not a readable .docx", () => {
  it("plain text named .docx", async () => {
    const err = await errorOf(readDocx(Buffer.from("同志们好"), "talk.docx"));
    expect(err.message).toBe("talk.docx: not a Word .docx file (not a zip archive)");
  });

  it("a damaged zip", async () => {
    const good = await makeDocx({ paragraphs: ["正文"] });
    const damaged = Buffer.from(good.subarray(0, 60));
    const err = await errorOf(readDocx(damaged, "talk.docx"));
    expect(err.message).toMatch(/^talk\.docx: corrupt \.docx \(.+\)$/);
  });

  it("a zip without word/document.xml", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const err = await errorOf(readDocx(bytes, "talk.docx"));
    expect(err.message).toBe("talk.docx: corrupt .docx (no word/document.xml inside)");
  });

  it("a document.xml that is not XML", async () => {
    const bytes = await makeDocx({
      paragraphs: [],
      parts: { "word/document.xml": "<w:document><w:body><w:p>" },
    });
    const err = await errorOf(readDocx(bytes, "talk.docx"));
    expect(err.message).toBe("talk.docx: corrupt .docx (word/document.xml is not well-formed XML)");
  });

  it("a document with no text", async () => {
    const err = await errorOf(readDocx(await makeDocx({ paragraphs: ["", "  "] }), "empty.docx"));
    expect(err.message).toBe("empty.docx: the document contains no text");
  });

  const ole = (streamName: string): Uint8Array => {
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
    Buffer.from(streamName, "utf16le").copy(bytes, 1024); // a directory entry name
    return bytes;
  };

  it("a password-protected .docx (an OLE file holding EncryptionInfo)", async () => {
    const err = await errorOf(readDocx(ole("EncryptionInfo"), "secret.docx"));
    expect(err.message).toMatch(/^secret\.docx: the document is password-protected/);
  });

  it("an old Word .doc renamed", async () => {
    const err = await errorOf(readDocx(ole("WordDocument"), "old.docx"));
    expect(err.message).toMatch(/^old\.docx: an old Word 97–2003 document, not \.docx/);
  });
});

describe("formatNumber", () => {
  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [11, "chineseCountingThousand", "十一"],
    [20, "chineseCounting", "二十"],
    [105, "chineseCounting", "一百零五"],
    [110, "chineseCounting", "一百一十"],
    [3, "ideographTraditional", "丙"],
    [2, "chineseLegalSimplified", "贰"],
    [10, "ideographDigital", "一〇"],
    [4, "upperRoman", "IV"],
    [14, "lowerRoman", "xiv"],
    [27, "upperLetter", "AA"],
    [2, "lowerLetter", "b"],
    [3, "decimalEnclosedCircle", "③"],
    [21, "decimalEnclosedCircleChinese", "㉑"],
    [12, "decimalFullWidth", "１２"],
    [7, "decimalZero", "07"],
    [22, "ordinal", "22nd"],
    [5, "somethingNew", "5"],
  ])("%i as %s is %s", (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});
