import { describe, expect, it } from "vitest";
import { cleanBlocks } from "../src/ingest/clean.js";
import { splitPlainText } from "../src/ingest/text.js";

const clean = (text: string) => cleanBlocks(splitPlainText(text));
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

  it("drops toolbar lines and keeps bylines as metadata", () => {
    const result = clean(
      "讲话稿\n【字号：加大 还原 减小】\n下载 打印 关闭\n来源：市政府网站 时间：2024-01-02\n正文第一段。",
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["讲话稿", "正文第一段。"]);
    expect(result.meta).toEqual({ source: "市政府网站", date: "2024-01-02" });
    expect(result.warnings.filter((w) => w.kind === "cleanup").map((w) => w.line)).toEqual([2, 3, 4]);
  });

  it("drops breadcrumbs, navigation words and a heading repeated as the next paragraph, never a repeated sentence", () => {
    const result = clean(
      "首页 > 政务公开 > 讲话\n全屏 收藏\n讲话稿\n一、总体要求\n一、总体要求\n加油！\n加油！",
    );
    expect(result.blocks.map((b) => b.text)).toEqual(["讲话稿", "一、总体要求", "加油！", "加油！"]);
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
  });

  it("keeps a sentence that merely starts like a byline", () => {
    expect(texts("时间：就是生命，我们要抓紧每一分钟。各项工作都要提速。")).toHaveLength(1);
  });

  it("drops a trailing 'people also read' block but not a mid-speech mention", () => {
    const speech = ["标题", "第一段。", "第二段。", "第三段。", "相关报道", "链接一", "链接二"].join("\n");
    expect(texts(speech)).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    const long = ["标题", "相关报道", "这是一段很长的正文，".repeat(10), "第三段。"].join("\n");
    expect(texts(long)).toHaveLength(4);
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
  });

  it("keeps lines of equal length that each end a sentence apart", () => {
    const list = Array.from(
      { length: 8 },
      (_, i) => `第${i + 1}项工作要按照计划推进落实，确保年底前全部完成。`,
    ).join("\n");
    expect(texts(list)).toHaveLength(8);
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
});
