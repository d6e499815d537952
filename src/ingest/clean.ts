import type { Warning } from "../errors.js";
import { parseEnglishByline } from "./byline.js";
import type { Block, Meta } from "./types.js";

/**
 * The clean-up a reader would do by hand on a speech pasted from the web. Every change is
 * reported as a warning with its line; text that only looks wrong (garbling, placeholders) is
 * kept as written and reported, never "fixed".
 */
export interface CleanResult {
  blocks: Block[];
  meta: Meta;
  warnings: Warning[];
}

const HAN = "\\p{Script=Han}";
const TONED_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
/** `務(wù)`: a Han character followed by its pinyin in brackets (a tone mark makes it pinyin, not a word). */
const PINYIN_ANNOTATION = new RegExp(`(?<=${HAN})[(（]([a-zü]*[${TONED_VOWEL}][a-zü]*)[)）]`, "gu");

const TOOLBAR_WORDS = [
  "下载",
  "下載",
  "打印",
  "打印本页",
  "打印本頁",
  "关闭",
  "關閉",
  "关闭窗口",
  "關閉窗口",
  "收藏",
  "分享",
  "分享到",
  "字号",
  "字號",
  "字体",
  "字體",
  "大",
  "中",
  "小",
  "加大",
  "还原",
  "還原",
  "减小",
  "減小",
  "默认",
  "默認",
  "返回顶部",
  "返回頂部",
  "返回",
  "顶部",
  "纠错",
  "糾錯",
  "评论",
  "評論",
  "复制链接",
  "複製鏈接",
  "微信",
  "微博",
  "QQ空间",
  "QQ空間",
  "扫一扫",
  "掃一掃",
  "保存",
  "放大",
  "缩小",
  "縮小",
  "全屏",
  "退出全屏",
  "首页",
  "首頁",
  "网站首页",
  "網站首頁",
  "返回首页",
  "返回首頁",
  "朗读",
  "朗讀",
  "听全文",
  "聽全文",
  "阅读模式",
  "閱讀模式",
  "无障碍",
  "無障礙",
  "Print",
  "Share",
  "Download",
  "Close",
  "Home",
  "Fullscreen",
  "Tweet",
  "Email",
  "E-mail",
  "Facebook",
  "Twitter",
  "LinkedIn",
  "WhatsApp",
  "WeChat",
  "Weibo",
];
/** Latin toolbar words match whatever their case (`SHARE`, `print`). */
const TOOLBAR_WORDS_FOLDED = new Set(TOOLBAR_WORDS.map((word) => word.toLowerCase()));
const TOOLBAR_SEPARATORS = /[\s【】[\]|｜:：/·•>＞»›]+/u;
/** A breadcrumb (`首页 > 新闻中心 > 领导讲话`): where the page sits on its site, not speech. */
const BREADCRUMB =
  /^(?:(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|所在位置)[：:]|(?:首页|首頁|网站首页|網站首頁|Home)\s*[>＞»›/|｜])/iu;

const BYLINE_KEYS: Record<string, string> = {
  来源: "source",
  來源: "source",
  出处: "source",
  出處: "source",
  时间: "date",
  時間: "date",
  日期: "date",
  发布时间: "date",
  發布時間: "date",
  發佈時間: "date",
  发布日期: "date",
  發布日期: "date",
  更新时间: "date",
  更新時間: "date",
  作者: "author",
  撰稿: "author",
  记者: "author",
  記者: "author",
  责任编辑: "editor",
  責任編輯: "editor",
  编辑: "editor",
  編輯: "editor",
  // The metadata table government sites print above a document.
  索引号: "index",
  索引號: "index",
  发文机关: "issuer",
  發文機關: "issuer",
  发布机构: "issuer",
  發布機構: "issuer",
  成文日期: "written",
  发文字号: "number",
  發文字號: "number",
  文号: "number",
  文號: "number",
  主题分类: "category",
  主題分類: "category",
  主题词: "keywords",
  主題詞: "keywords",
  公文种类: "kind",
  公文種類: "kind",
  有效性: "validity",
  浏览次数: "views",
  瀏覽次數: "views",
  点击: "views",
  點擊: "views",
  阅读: "views",
  閱讀: "views",
};
const BYLINE_FIELD = new RegExp(
  `(${Object.keys(BYLINE_KEYS)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?:\\s*[:：]\\s*|\\t\\s*)`,
  "gu",
);
/** Spaces and the bars that part one byline field from the next (`来源：X | 日期：Y`). */
const FIELD_SEPARATORS = /^[\s|｜]+|[\s|｜]+$/gu;
const BARE_DATE = /^\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/u;

/** The start of a "people also read" / related-links trailer (or a feedback form) at the end of a web page. */
const TRAILER =
  /^(?:was this (?:page|article|information|answer) (?:helpful|useful)|is this page (?:helpful|useful)|did you find (?:this page|this information|what you were looking for)|how (?:useful|helpful) (?:was|is) this|rate this (?:page|article)|give (?:us )?feedback (?:on|about) this page|share this (?:page|article|story)|related (?:topics|services|guidance)|看[过過].{0,60}的人[还還]看了|相[关關](?:报道|報道|阅读|閱讀|文章|新闻|新聞|链接|鏈接|推荐|推薦)|延伸[阅閱][读讀]|猜你喜[欢歡]|推[荐薦][阅閱][读讀]|[热熱]门推[荐薦]|[热熱]門推[薦荐]|更多精彩|精彩推[荐薦]|上一篇|下一篇|你可能[还還]?感[兴興]趣|您可能[还還]?感[兴興]趣|people also read|related (?:articles|stories|posts|reading)|read more|you may also like|more stories)/iu;

/**
 * A related-links heading alone on its line (`相关文件`, `Related`): the list of links after it at the
 * end of a page is no part of the speech. Whole-line only, as a sentence may begin with these words.
 */
const TRAILER_HEADING =
  /^(?:相[关關](?:文件|政策|文档|文檔|信息|资料|資料|附件|稿件|内容|內容)|related(?:\s+(?:links|content|documents|news|pages|items|speeches))?|see also|further reading|more (?:news|speeches))[：:]?$/iu;

/**
 * A page's prompt or notice on a line of its own, wherever it stands: a feedback question, a cookie
 * notice (`We use cookies to …`), a link back to the top. No speech says these.
 */
const PAGE_PROMPT =
  /^(?:(?:was this (?:page|article|information) (?:helpful|useful)|is this page (?:helpful|useful)|rate this (?:page|article)|share this (?:page|article|story)|print this page|back to top|skip to (?:the )?(?:main )?content)[?.!:]?|(?=.{0,260}\b(?:website|site|browsing|browser|experience|analytics|preferences|settings|consent|accept)\b)(?:we use|this (?:site|website) uses|our (?:site|website) uses) (?:essential |some |small files called )?cookies\b.{0,240})$/iu;

/** A line such as `标题(3)` / `標題（三）`: a title repeated with a number suffix. */
const NUMBER_SUFFIX = /\s*[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]\s*$/u;

/** Signs of text decoded with the wrong encoding. */
const GARBLED = [
  /\uFFFD+/gu,
  // A question mark standing in for an undecodable character, glued to ASCII debris: `?,F`, `?;鶎`, `?zhèn`.
  /\?[,;.:'`^~|\\[\]{}A-Za-z][^\s，。、；：！？]{0,8}/gu,
  /锟斤拷|烫烫烫|屯屯屯|Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ]?/gu,
  /[\uE000-\uF8FF]+/gu,
];

/** Placeholders the speaker still has to fill in. */
const PLACEHOLDER =
  /(?<![A-Za-z])(?:x{2,}|X{2,}(?![IVLCDM.]))(?![A-Za-z])|×{2,}|[某][某]+|○{2,}|〇{2,}|＿{2,}|_{3,}/gu;

export function cleanBlocks(input: readonly Block[]): CleanResult {
  const warnings: Warning[] = [];
  const meta: Meta = {};
  let blocks = input.map((b) => ({ ...b }));

  blocks = dropTrailer(blocks, warnings);
  blocks = takeHeadBylines(blocks, meta, warnings);
  blocks = blocks.filter((block) => {
    if (PAGE_PROMPT.test(block.text.trim())) {
      warnings.push({
        line: block.line,
        message: `removed the web page's prompt "${block.text}"`,
        kind: "cleanup",
      });
      return false;
    }
    if (isToolbar(block.text) || BREADCRUMB.test(block.text)) {
      warnings.push({
        line: block.line,
        message: `removed web-page toolbar text "${block.text}"`,
        kind: "cleanup",
      });
      return false;
    }
    const byline = parseByline(block.text);
    if (byline) {
      Object.assign(meta, byline);
      warnings.push({
        line: block.line,
        message: `kept the byline "${block.text}" as metadata, not as speech`,
        kind: "cleanup",
      });
      return false;
    }
    return true;
  });
  blocks = dropRepeatedTitles(blocks, warnings);
  blocks = dropRepeatedHeadings(blocks, warnings);

  for (const block of blocks) {
    let removed = 0;
    block.text = block.text.replace(PINYIN_ANNOTATION, () => {
      removed += 1;
      return "";
    });
    if (removed > 0) {
      warnings.push({
        line: block.line,
        message: `removed ${removed} pinyin annotation${removed > 1 ? "s" : ""}`,
        kind: "cleanup",
      });
    }
    for (const span of findGarbled(block.text)) {
      warnings.push({
        line: block.line,
        message: `text looks garbled by a wrong encoding: "${span}" (kept as written)`,
        kind: "garbled",
      });
    }
    for (const placeholder of new Set(block.text.match(PLACEHOLDER) ?? [])) {
      warnings.push({
        line: block.line,
        message: `placeholder "${placeholder}" left for the speaker to fill in`,
        kind: "placeholder",
      });
    }
  }
  return { blocks, meta, warnings };
}

/** Blocks a speech's head may hold (title, byline, role, place and date, delivery note). */
const HEAD_BLOCKS = 6;

/**
 * English bylines and datelines at the head of a speech (`President: …`, `Remarks by …`,
 * `Delivered at …, <date>`) become metadata, so none of them is taken for the title. Only the
 * head is searched, and only until the speech itself starts (a long paragraph).
 */
function takeHeadBylines(blocks: Block[], meta: Meta, warnings: Warning[]): Block[] {
  const kept: Block[] = [];
  let inHead = true;
  blocks.forEach((block, index) => {
    const byline =
      inHead && index < HEAD_BLOCKS && block.kind === "paragraph" ? parseEnglishByline(block.text) : null;
    if (!byline) {
      if (block.text.length > 120 || block.kind === "item") inHead = false;
      kept.push(block);
      return;
    }
    for (const [key, value] of Object.entries(byline)) meta[key] ??= value;
    warnings.push({
      line: block.line,
      message: `kept the byline "${block.text}" as metadata, not as speech`,
      kind: "cleanup",
    });
  });
  return kept;
}

function findGarbled(text: string): string[] {
  const spans: string[] = [];
  for (const pattern of GARBLED) {
    for (const match of text.matchAll(pattern)) spans.push(match[0]);
  }
  return spans;
}

function isToolbar(text: string): boolean {
  if (text.length > 60) return false;
  const words = text.split(TOOLBAR_SEPARATORS).filter((w) => w !== "");
  return words.length > 0 && words.every((w) => TOOLBAR_WORDS_FOLDED.has(w.toLowerCase()));
}

/** `来源：新华网 时间：2020-01-02` → {source, date}; null when the line is anything but byline fields. */
function parseByline(text: string): Meta | null {
  if (text.length > 160) return null;
  let rest = text;
  const meta: Meta = {};
  const dateAtStart = rest.match(BARE_DATE);
  if (dateAtStart) {
    meta.date = dateAtStart[0].trim();
    rest = rest.slice(dateAtStart[0].length);
  }
  const fields = [...rest.matchAll(BYLINE_FIELD)];
  if (fields.length === 0 || (fields[0]?.index ?? 0) !== 0) return null;
  fields.forEach((field, i) => {
    const start = (field.index ?? 0) + field[0].length;
    const end = fields[i + 1]?.index ?? rest.length;
    const key = BYLINE_KEYS[field[1] ?? ""] ?? "source";
    meta[key] = rest.slice(start, end).replace(FIELD_SEPARATORS, "");
  });
  // A byline is short fields; a sentence that happens to start with 时间： is speech.
  return Object.values(meta).every((v) => v.length <= 40 && !/[。！？]/u.test(v)) ? meta : null;
}

function dropTrailer(blocks: Block[], warnings: Warning[]): Block[] {
  const half = Math.floor(blocks.length / 2);
  for (let i = blocks.length - 1; i >= half; i--) {
    const block = blocks[i];
    if (!block || !(TRAILER.test(block.text) || TRAILER_HEADING.test(block.text.trim()))) continue;
    const after = blocks.slice(i + 1);
    // Only a list of link titles may follow; real paragraphs mean this is not the page's trailer.
    if (after.every((b) => b.text.length <= 60)) {
      warnings.push({
        line: block.line,
        message: `removed the web page's trailer "${block.text}"${after.length ? ` and the ${after.length} line(s) after it` : ""}`,
        kind: "cleanup",
      });
      return blocks.slice(0, i);
    }
  }
  return blocks;
}

/**
 * Web pages print a speech's title several times, numbered (`标题(3)`, `标题`, `标题(三)`). Among the
 * first lines, copies of one title line are dropped, keeping one plain copy. Only title-like lines
 * count (short, no sentence punctuation), so repeated sentences of the speech stay.
 */
function dropRepeatedTitles(blocks: Block[], warnings: Warning[]): Block[] {
  const head = blocks.slice(0, 4).filter((b) => b.text.length <= 60 && !/[。！？；!?;]/u.test(b.text));
  const base = (text: string) => text.replace(NUMBER_SUFFIX, "").trim();
  const first = head[0];
  if (!first || first !== blocks[0]) return blocks;
  const copies = head.filter((b) => base(b.text) === base(first.text));
  if (copies.length < 2 || !copies.some((b) => NUMBER_SUFFIX.test(b.text) || b.text === first.text))
    return blocks;
  const kept = copies.find((b) => !NUMBER_SUFFIX.test(b.text)) ?? first;
  for (const block of copies) {
    if (block !== kept)
      warnings.push({
        line: block.line,
        message: `removed the repeated title "${block.text}"`,
        kind: "cleanup",
      });
  }
  return blocks
    .filter((b) => b === kept || !copies.includes(b))
    .map((b) => (b === kept ? { ...b, text: base(b.text) } : b));
}

/**
 * A heading printed twice, the second time as a plain paragraph right under it (web pages style
 * one copy and keep the other for readers without styles), is one heading.
 */
function dropRepeatedHeadings(blocks: Block[], warnings: Warning[]): Block[] {
  return blocks.filter((block, i) => {
    const before = blocks[i - 1];
    const repeat =
      before !== undefined &&
      block.kind === "paragraph" &&
      block.text.length <= 80 &&
      before.text.length <= 80 &&
      // Only a heading-like line: a sentence said twice (`加油！加油！`) is speech.
      !/[。！？!?；;]/u.test(block.text) &&
      block.text.replace(/\s+/gu, "") === before.text.replace(/\s+/gu, "");
    if (repeat) {
      warnings.push({
        line: block.line,
        message: `removed the repeated heading "${block.text}"`,
        kind: "cleanup",
      });
    }
    return !repeat;
  });
}
