import { HAN_POST_END } from "../han-posts.js";
import type { Meta } from "./types.js";

/**
 * The furniture a web page brings along when its text is copied: toolbars, breadcrumbs, bylines.
 * On lines of their own they are whole lines of debris. A page pasted with no line breaks at all
 * carries them at the head of its one line, before the title and the speech: there only their own
 * words may go, never the line (design.md, "Text run together").
 */

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
  "分享让更多人看到",
  "分享讓更多人看到",
  "推荐",
  "推薦",
  "字号",
  "字號",
  "大字号",
  "小字号",
  "大字號",
  "小字號",
  "字体",
  "字體",
  "字级",
  "字級",
  "字级设定",
  "字級設定",
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
  "回上一页",
  "回上一頁",
  "回上页",
  "回上頁",
  "回到上一页",
  "回到上一頁",
  "顶部",
  "纠错",
  "糾錯",
  "评论",
  "評論",
  "复制链接",
  "複製鏈接",
  "複製連結",
  "微信",
  "微博",
  "QQ",
  "QQ空间",
  "QQ空間",
  "扫一扫",
  "掃一掃",
  "保存",
  "放大",
  "缩小",
  "縮小",
  "列印",
  "列印本頁",
  "友善列印",
  "全屏",
  "退出全屏",
  "首页",
  "首頁",
  "网站首页",
  "網站首頁",
  "返回首页",
  "返回首頁",
  // An account's and a reader's buttons (`登录`, `关注`) and the link to the page for phones.
  "登录",
  "登錄",
  "注册",
  "註冊",
  "关注",
  "關注",
  "手机版",
  "手機版",
  "手机看新闻",
  "手機看新聞",
  "朗读",
  "朗讀",
  "听全文",
  "聽全文",
  "阅读模式",
  "閱讀模式",
  "无障碍",
  "無障礙",
  // A page's switch for the phonetic guide over its characters (`注音：開啟 關閉`).
  "注音",
  "开启",
  "開啟",
  // A page's modes for older readers.
  "长者模式",
  "長者模式",
  "关怀版",
  "關懷版",
  "关怀模式",
  "關懷模式",
  "适老化",
  "適老化",
  "Print",
  "Search",
  "Subscribe",
  "Login",
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
  "Copy",
  "Link",
  "WhatsApp",
  "LINE",
  "WeChat",
  "Weibo",
  // Where else a page may be shared: the chat and social apps a share row names beside the others.
  "Teams",
  "Slack",
  "Telegram",
  "Reddit",
  "Threads",
  "Bluesky",
  "Mastodon",
  "Pinterest",
  "Messenger",
  "Plurk",
  // The type size's buttons (`Font size: A+ A-`).
  "Font",
  "Text",
  "size",
  "A+",
  "A-",
];
/** A page's switches to its other languages: toolbar words beside others (`无障碍 长者模式 English`), not alone. */
const LANGUAGE_SWITCHES = new Set(
  ["English", "EN", "中文", "简体", "簡體", "繁体", "繁體", "简体中文", "繁體中文", "Français", "FR"].map(
    (word) => word.toLowerCase(),
  ),
);
/** Latin toolbar words match whatever their case (`SHARE`, `print`). */
const TOOLBAR_WORDS_FOLDED = new Set(TOOLBAR_WORDS.map((word) => word.toLowerCase()));
const TOOLBAR_SEPARATORS = /[\s【】[\]|｜:：/·•>＞»›]+/u;

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
  责编: "editor",
  責編: "editor",
  编辑: "editor",
  編輯: "editor",
  审核: "reviewer",
  審核: "reviewer",
  // The metadata table government sites print above a document.
  索引号: "index",
  索引號: "index",
  发文机关: "issuer",
  發文機關: "issuer",
  发布机构: "issuer",
  發布機構: "issuer",
  成文日期: "written",
  发文日期: "written",
  發文日期: "written",
  统一编号: "register",
  統一編號: "register",
  信息来源: "source",
  信息來源: "source",
  文件编号: "number",
  文件編號: "number",
  组配分类: "category",
  組配分類: "category",
  生成日期: "written",
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
  废止日期: "repealed",
  廢止日期: "repealed",
  公开方式: "disclosure",
  公開方式: "disclosure",
  体裁分类: "genre",
  體裁分類: "genre",
  發佈日期: "date",
  消息来源: "source",
  消息來源: "source",
  新闻类别: "category",
  新聞類別: "category",
  浏览: "views",
  瀏覽: "views",
  浏览次数: "views",
  瀏覽次數: "views",
  浏览人次: "views",
  瀏覽人次: "views",
  点阅次数: "views",
  點閱次數: "views",
  点阅数: "views",
  點閱數: "views",
  更新日期: "updated",
  资料来源: "source",
  資料來源: "source",
  发布单位: "issuer",
  發布單位: "issuer",
  点击: "views",
  點擊: "views",
  阅读: "views",
  閱讀: "views",
  阅读次数: "views",
  閱讀次數: "views",
  阅读量: "views",
  閱讀量: "views",
  点击量: "views",
  點擊量: "views",
  点击数: "views",
  點擊數: "views",
  阅读数: "views",
  閱讀數: "views",
  浏览量: "views",
  瀏覽量: "views",
  访问量: "views",
  訪問量: "views",
};
/** Spaces a table spreads a short key with (`索 引 号`, `标\u3000\u3000题`). */
const KEY_SPREAD = /[ \u3000]/gu;
/** The keys, longest first (`发布时间` before `时间`), each perhaps spread with spaces. */
const BYLINE_KEY = Object.keys(BYLINE_KEYS)
  .sort((a, b) => b.length - a.length)
  .map((key) => [...key].join("[ \\u3000]*"))
  .join("|");
/** A key and its value apart by a colon, a tab or a full-width bar (`编辑｜王某`, as posts credit their staff). */
const BYLINE_FIELD = new RegExp(`(${BYLINE_KEY})(?:\\s*[:：｜]\\s*|\\t\\s*)`, "gu");
/** So, or the key in black brackets before its value (`【来源】营销公司办公室`): asked only of a line with a bracket. */
const BYLINE_FIELD_OR_BRACKETED = new RegExp(`${BYLINE_FIELD.source}|【(${BYLINE_KEY})】\\s*`, "gu");
/** Spaces and the bars that part one byline field from the next (`来源：X | 日期：Y`). */
const FIELD_SEPARATORS = /^[\s|｜]+|[\s|｜]+$/gu;
const BARE_DATE = /^\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*/u;
/** A writer's name of two to four characters, spaces, then the date. */
const WRITER_BEFORE_DATE = /^(\p{Script=Han}{2,4})[\s\u3000]+(?=\d{4}[-/年.])/u;
/** Where a post was posted from, after its hour (`江西`, `发表于浙江`). */
const POSTED_FROM = "(?:发表于|發表於)?\\p{Script=Han}{2,8}";
/** A social account's post line: its name, when it posted, where from (`澜溪发布\u30002024-04-09 18:30\u3000发表于浙江`, or `…  江苏`). */
const ACCOUNT_POSTED = new RegExp(
  `^([^\\s：:，。]{2,16})[\\s\u3000]+(\\d{4}-\\d{1,2}-\\d{1,2}[\\s\u3000]+\\d{1,2}:\\d{2})(?:[\\s\u3000]+${POSTED_FROM})?$`,
  "u",
);
/**
 * A social post's mark of its own writing, who wrote it and the account (`原创 融媒中心 清河发布`), and
 * perhaps when and where from it was posted (`… 2024-03-18 08:30 发表于江西`).
 */
const ORIGINAL_POST = new RegExp(
  `^(?:原创|原創)[\\s\u3000]+([^\\s：:，。]{1,16})(?:[\\s\u3000]+([^\\s：:，。]{2,16}))?(?:[\\s\u3000]+(\\d{4}-\\d{1,2}-\\d{1,2}[\\s\u3000]+\\d{1,2}:\\d{2})(?:[\\s\u3000]+${POSTED_FROM})?)?$`,
  "u",
);
const POSTED_FROM_ALONE = new RegExp(`^${POSTED_FROM}$`, "u");
/** A line wholly in brackets. */
const BRACKETED = /^[(（](.+)[)）]$/u;

/** A row that sets the size of the page's type (`字體大小：A A A`, `字号 大 中 小`). */
const TYPE_SIZE_ROW = /^(?:文字|字[体體号號級级型])(?:大小)?[：:]?(?:[\s\u3000]*(?:A|大|中|小|[+＋\-－]))+$/u;
/**
 * A page's link past its menus to its text (`跳至主要內容`, `Skip to main content`), and the `:::`
 * that Taiwanese government sites print as the access key to each of their blocks.
 */
const SKIP_LINK =
  /^(?:跳(?:至|到|过|過)(?:主要|页面|頁面)?(?:内容|內容|正文|导航|導航)(?:区块|區塊)?|skip (?:to (?:the )?(?:main )?content|navigation)|:::)$/iu;

/**
 * A page's link that acts on what it shows (`Share this debate`, `Share this specific contribution`,
 * `Download text`, `Print this page`), as a parliament's or a newspaper's site prints beside each part.
 */
const PAGE_ACTION =
  /^(?:(?:share|print|download|e-?mail|save|cite) this(?: specific)? (?:debate|contribution|article|page|story|post|item|speech|statement|release|video|section|quote)|download (?:text|pdf|the (?:text|pdf|transcript)))$/iu;

/** A link to the site's home page, named after the site (`人民网首页`, `百度首页`). */
const SITE_HOME_LINK = /^[\p{Script=Han}A-Za-z0-9]{1,10}(?:首页|首頁)$/u;

/** A toolbar's row is short, however widely its buttons are spaced (`Share:  Facebook  |  X  …  Font size:  A+  A-`). */
const TOOLBAR_MAX = 100;

export function isToolbar(text: string): boolean {
  if (text.length > TOOLBAR_MAX) return false;
  const line = text.trim();
  if (SKIP_LINK.test(line) || TYPE_SIZE_ROW.test(line) || SITE_HOME_LINK.test(line) || PAGE_ACTION.test(line))
    return true;
  // After `Share this:`, or beside other toolbar words (`分享：Facebook\u3000LINE\u3000X`), `X` names a
  // network; alone it might number a part.
  const shareRow = SHARE_ROW.exec(text);
  const words = text
    .slice(shareRow?.[0].length ?? 0)
    .replace(BUTTON_PHRASES, "Share")
    .split(TOOLBAR_SEPARATORS)
    .filter((w) => w !== "");
  // `Font size: A A A`, `A-  A  A+`: a type size's buttons may be plain capitals.
  const sizeRow = words.some((w) => w.toLowerCase() === "size" || w === "A+" || w === "A-");
  const isWord = (w: string) =>
    TOOLBAR_WORDS_FOLDED.has(w.toLowerCase()) ||
    ((shareRow !== null || words.length > 1) && w === "X") ||
    (sizeRow && w === "A");
  return (
    words.some(isWord) && words.every((word) => isWord(word) || LANGUAGE_SWITCHES.has(word.toLowerCase()))
  );
}
/** Buttons named in two words (`Sign In`, `Share on X`), each read as one toolbar word. */
const BUTTON_PHRASES = /\b(?:sign (?:in|up|out)|log (?:in|out)|share (?:on|via))\b/giu;
const SHARE_ROW = /^\s*share(?:(?:\s+(?:this|on|via))?\s*[:：]|\s+(?:on|via)\s)\s*/iu;

/** `来源：新华网 时间：2020-01-02` → {source, date}; null when the line is anything but byline fields. */
export function parseByline(line: string): Meta | null {
  if (line.length > 160) return null;
  const posted = ACCOUNT_POSTED.exec(line.trim());
  if (posted?.[1] && posted[2]) return { source: posted[1], date: posted[2] };
  const original = ORIGINAL_POST.exec(line.trim());
  if (original?.[1])
    return {
      author: original[1],
      ...(original[2] ? { source: original[2] } : {}),
      ...(original[3] ? { date: original[3] } : {}),
    };
  const groups = bracketedGroups(line);
  if (groups !== null) return groups;
  // `(责编：王华、杨明)`: a byline in brackets, as a page ends its article.
  const text = BRACKETED.exec(line)?.[1] ?? line;
  const meta: Meta = {};
  // `李言  2025年03月18日08:31 | 来源：…`: the writer's name before the date.
  const writer = WRITER_BEFORE_DATE.exec(text);
  if (writer?.[1]) meta.author = writer[1];
  let rest = writer ? text.slice(writer[1]?.length ?? 0).trimStart() : text;
  const dateAtStart = rest.match(BARE_DATE);
  if (dateAtStart) {
    meta.date = dateAtStart[0].trim();
    rest = rest.slice(dateAtStart[0].length).replace(FIELD_SEPARATORS, "");
  }
  // `2024年03月12日 18:30 江西`: a post's hour and the province it was posted from, a line of their own.
  if (dateAtStart && POSTED_FROM_ALONE.test(rest) && /\d:\d{2}/u.test(dateAtStart[0]) && !writer) return meta;
  const fields = [...rest.matchAll(rest.includes("【") ? BYLINE_FIELD_OR_BRACKETED : BYLINE_FIELD)];
  if (fields.length === 0 || (fields[0]?.index ?? 0) !== 0) return null;
  fields.forEach((field, i) => {
    const start = (field.index ?? 0) + field[0].length;
    const end = fields[i + 1]?.index ?? rest.length;
    const key = BYLINE_KEYS[(field[1] ?? field[2] ?? "").replace(KEY_SPREAD, "")] ?? "source";
    meta[key] = rest.slice(start, end).replace(FIELD_SEPARATORS, "");
  });
  // A byline is short fields; a sentence that happens to start with 时间： is speech.
  return Object.values(meta).every((v) => v.length <= 40 && !/[。！？]/u.test(v)) ? meta : null;
}

/** A row of fields and buttons each in black brackets (`【来源：县农业农村局】【发布时间：…】【字体：大 中 小】`). */
const BRACKET_GROUPS = /^(?:[\s\u3000]*【[^【】]+】)+[\s\u3000]*$/u;

/** Such a row's fields, read a bracket at a time; null unless every bracket holds a field or buttons. */
function bracketedGroups(line: string): Meta | null {
  if (!BRACKET_GROUPS.test(line)) return null;
  const groups = [...line.matchAll(/【([^【】]+)】/gu)].map((group) => group[1] ?? "");
  if (groups.length < 2) return null;
  const meta: Meta = {};
  for (const group of groups) {
    const fields = isToolbar(group) ? {} : parseByline(group);
    if (fields === null) return null;
    Object.assign(meta, fields);
  }
  return Object.keys(meta).length > 0 ? meta : null;
}

/** The home page, a breadcrumb's first crumb. */
const HOME_WORDS = "首页|首頁|主页|主頁|网站首页|網站首頁|Home";
const HOME = new RegExp(`^(?:${HOME_WORDS})$`, "iu");
/** A breadcrumb (`首页 > 新闻中心 > 领导讲话`, `当前位置：首页 > …`): where the page sits on its site. */
const BREADCRUMB_OPENING = new RegExp(
  `^(?:(?:您(?:当前|當前|现在|現在)?(?:的|所在的?)?|(?:当前|當前)(?:所在)?|所在)位置[：:]\\s*|(?=(?:${HOME_WORDS})\\s*[>＞»›/|｜]))`,
  "iu",
);
const CRUMB_SEPARATORS = "[>＞»›/|｜]";
/** A crumb: the name of a part of the site, written without spaces or colons (`字号：大` is none). */
const CRUMB = new RegExp(
  `^[^\\s：:${CRUMB_SEPARATORS.slice(1, -1)}]+(?=[\\s${CRUMB_SEPARATORS.slice(1, -1)}]|$)`,
  "u",
);
const CRUMB_SEPARATOR = new RegExp(`^\\s*${CRUMB_SEPARATORS}+\\s*`, "u");
const HAS_SEPARATOR = new RegExp(CRUMB_SEPARATORS, "u");
/** Names of parts of a site are short (`政务公开`, `政府信息公开专栏`, `Newsroom`); a title is longer. */
const CRUMB_HAN_MAX = 10;
const CRUMB_MAX = 24;
/** A breadcrumb line, whatever its crumbs hold, is no longer than a toolbar line. */
const DEBRIS_LINE_MAX = 60;
const SENTENCE_END = /[。！？!?；;]/u;

export interface Breadcrumb {
  /** The breadcrumb's own words. */
  crumb: string;
  /** The text of the line after it; "" when the line is nothing but the breadcrumb. */
  rest: string;
}

/**
 * The breadcrumb a line starts with, and the text after it: `首页 > 领导讲话 > 正文 在…的讲话 同志们：…`
 * is `首页 > 领导讲话 > 正文` and the rest. The crumbs end at the first word after a separator that
 * is no crumb (a title, a sentence), so a speech pasted on the same line stays whole. A short line
 * whose rest holds more separators is a breadcrumb whose crumbs have spaces (`Home › Press Room ›
 * Speeches`): all of it goes.
 */
export function cutBreadcrumb(text: string): Breadcrumb | null {
  // The site's name may stand before its trail, a bar apart (`Haicheng Daily English | Home > News > …`).
  const siteName = SITE_NAME_BEFORE_BAR.exec(text)?.[0].length ?? 0;
  const end = breadcrumbEnd(text, siteName > 0 && breadcrumbEnd(text, siteName) > siteName ? siteName : 0);
  if (end < 0) return null;
  const rest = text.slice(end).trim();
  // `Home / News / Commencement 2025`: a number after the last crumb is that crumb's own.
  const crumbsOnly =
    (text.length <= DEBRIS_LINE_MAX &&
      (HAS_SEPARATOR.test(rest) || /^\d{1,4}$/u.test(rest)) &&
      !SENTENCE_END.test(rest)) ||
    // An English trail's names may have spaces (`Home › Newsroom › Speeches & Remarks`); a Chinese
    // title after the crumbs has none, and stays.
    (!/\p{Script=Han}/u.test(text) && isCrumbTrail(text));
  return crumbsOnly ? { crumb: text.trim(), rest: "" } : { crumb: text.slice(0, end).trim(), rest };
}

/**
 * A trail that opens on the site's own name rather than its home page (`東岸市議會全球資訊網 ＞ 議事資訊 ＞
 * 業務報告 ＞ 第三屆第五次定期大會`): arrows apart, three crumbs at least, each a word of its own, or
 * an e-paper's page and section (`桐州日报数字版 > 2024年09月26日 > 第A02版：要闻`).
 */
const SITE_TRAIL =
  /^[^\s>＞»›：:|｜/]{2,16}(?:(?:\s*[>＞»›]+\s*[^\s>＞»›：:|｜/]{1,12}(?=\s|$)){3,}|(?:\s*[>＞»›]+\s*[^\s>＞»›：:|｜/]{1,12}(?=\s|$)){1,}\s*[>＞»›]+\s*第[A-Z\d]{1,4}版[：:]\p{Script=Han}{1,8}(?=\s|$))/u;

/** Such a trail at the head of a page, and the text after it on its line. */
export function cutSiteTrail(text: string): Breadcrumb | null {
  const line = text.trim();
  const trail = SITE_TRAIL.exec(line);
  return trail ? { crumb: trail[0], rest: line.slice(trail[0].length).trim() } : null;
}

/** A post's stamp before its title (`【原创】`, `[转载]`), as forums and blogs set it. */
const POST_STAMP =
  /^[【[](?:原创|原創|转载|轉載|转帖|轉帖|置顶|置頂|精华|精華|推荐|推薦)[】\]][\s\u3000]*(?=\S)/u;
/** A label in black brackets before a title's words. */
const COLUMN_LABEL = /^【([^【】]{2,6})】[\s\u3000]*(?=\S)/u;
/** …that numbers a part instead (`【一】`, `【第二部分】`). */
const NUMERAL_LABEL = /^(?:第?[一二三四五六七八九十百\d]+(?:部分|章|节|節|篇)?)$/u;
/** A button in square brackets after a post's title (`[复制链接]`, `[打印本页]`). */
const BRACKETED_BUTTON = /[\s\u3000]*[[【]([^\][【】]{1,8})[\]】]$/u;

/**
 * A post's title without the stamp before it and the buttons after it (`【原创】在体制内干了十一年后…
 * [复制链接]`), and what was cut; null when the line has neither.
 */
export function cutPostStamps(text: string, atHead = false): { text: string; cut: string[] } | null {
  const cut: string[] = [];
  let line = text.trim();
  // On the page's first line, any column's or poster's label in black brackets (`【校長室】朝會講話：…`).
  const label = atHead ? COLUMN_LABEL.exec(line) : null;
  const stamp = POST_STAMP.exec(line) ?? (label && !NUMERAL_LABEL.test(label[1] ?? "") ? label : null);
  if (stamp) {
    cut.push(stamp[0].trim());
    line = line.slice(stamp[0].length);
  }
  for (let button = BRACKETED_BUTTON.exec(line); button?.[1]; button = BRACKETED_BUTTON.exec(line)) {
    if (!TOOLBAR_WORDS_FOLDED.has(button[1].toLowerCase()) || button.index === 0) break;
    cut.push(button[0].trim());
    line = line.slice(0, button.index);
  }
  return cut.length > 0 ? { text: line, cut } : null;
}

/**
 * Where an English page's byline opens, right after its headline (`Published: 4 June 2024`,
 * `Posted 28 March 2025 by …`, `Posted on: February 6, 2025`, `From: …`, `Statement made on …`, `Remarks by Gordon Feld, …`).
 */
const BYLINE_OPENING =
  /\s(?=(?:Published|Posted|Updated|Last (?:updated|modified|reviewed)|Released|From|Date)(?:(?:\s+on)?:\s|\s+(?:on\s+)?\d)|(?:Published|Posted|Written)\s+by\s+\p{Lu}|(?:Statement|Speech|Remarks|Address)\s+(?:(?:made|given|delivered)\s+on\s|by\s+\p{Lu}))/u;
/** A menu's or a trail's last word before the headline: a section of the site, or the page's kind. */
const SECTION_WORD =
  /^(?:Home|Menu|Search|Contact|News|Newsroom|Statements|statements|Speeches|Speech|Reports|Publications|Releases|releases|Stories|Blog|Articles|[>›»/|])$/u;
const HEADLINE_WORDS_MIN = 3;
/** Two spaces or more between a page's blocks, pasted on one line. */
const WIDE_GAP = /\s{2,}/u;
/** A menu, a trail and a headline at least, set apart by wide gaps. */
const PAGE_HEAD_BLOCKS_MIN = 3;
const HEADLINE_WORDS_MAX = 25;
/** How far into a page pasted as one line its byline may open. */
const PAGE_HEAD_CHARS = 1000;

/** An English page pasted as one line, cut where its headline begins and where its byline does. */
export interface PastedHeadline {
  /** The menus and trail before the headline. */
  chrome: string;
  headline: string;
  /** The byline and the text after it. */
  rest: string;
}

/**
 * `Skip to main content Home … Home > Newsroom > Statements Joint Ministerial Statement on … Published:
 * 4 June 2024 …`: the headline of an English page pasted as one line runs from the last section of
 * the site its menus or trail name to where the byline opens, a few capitalised words with no
 * sentence before them. A trail's last crumb that the headline repeats is the trail's
 * (`… / Annual Review 2024 Annual Review 2024: Water Within Reach`). Null on any other text.
 */
export function cutPastedHeadline(text: string): PastedHeadline | null {
  const opening = BYLINE_OPENING.exec(text.slice(0, PAGE_HEAD_CHARS));
  if (!opening) return null;
  const head = text.slice(0, opening.index);
  if (/[.!?]["”’]?(?:\s|$)/u.test(head)) return null;
  // A page whose blocks the paste set apart by wide gaps: its headline is the head's last block.
  const pieces = head.trim().split(WIDE_GAP);
  const lastBlock = pieces.at(-1) ?? "";
  const lastWords = lastBlock.split(/\s+/u);
  if (
    pieces.length >= PAGE_HEAD_BLOCKS_MIN &&
    lastWords.length >= HEADLINE_WORDS_MIN &&
    lastWords.length <= HEADLINE_WORDS_MAX &&
    /^(?:\p{Lu}|(?:19|20)\d\d\b)/u.test(lastBlock)
  ) {
    const start = head.lastIndexOf(lastBlock);
    return {
      chrome: text.slice(0, start).trim(),
      headline: lastBlock,
      rest: text.slice(opening.index).trim(),
    };
  }
  const words = [...head.matchAll(/\S+/gu)];
  for (let at = words.length - 1 - HEADLINE_WORDS_MIN; at >= 0; at--) {
    if (!SECTION_WORD.test(words[at]?.[0] ?? "")) continue;
    let headline = words.slice(at + 1).map((word) => word[0]);
    if (headline.length > HEADLINE_WORDS_MAX) return null;
    // A capital opens the headline, or its year (`2025 State of the City Address`).
    if (!/^(?:\p{Lu}|(?:19|20)\d\d\b)/u.test(headline[0] ?? "")) continue;
    headline = withoutRepeatedCrumb(headline);
    const start = words[words.length - headline.length]?.index ?? 0;
    return {
      chrome: text.slice(0, start).trim(),
      headline: head.slice(start).trim(),
      rest: text.slice(opening.index).trim(),
    };
  }
  return null;
}

/**
 * The headline's words without a trail's last crumb that they repeat, at their start or inside it
 * in any case (`Action plan Climate Emergency Action Plan 2024–2030: summary`).
 */
function withoutRepeatedCrumb(words: string[]): string[] {
  const plain = words.map((word) => word.replace(/[:,]$/u, "").toLowerCase());
  const bare = ` ${plain.join(" ")} `;
  for (let length = Math.floor(words.length / 2); length >= 1; length--) {
    const crumb = plain.slice(0, length).join(" ");
    if (bare.indexOf(` ${crumb} `, crumb.length + 1) > 0) return words.slice(length);
  }
  return words;
}

/**
 * A crumb of a trail with spaces in its names (`News & Stories`): a few words, no sentence. A dot
 * inside a word is a site's name (`Canada.ca`), no sentence's end.
 */
const SPACED_CRUMB = /^(?:[^.!?。！？：:<]|\.(?=\S)){1,30}$/u;
const SPACED_CRUMB_WORDS_MAX = 4;
/** In a trail of three crumbs or more, a unit's full name may be one (`School of Earth and Ocean Sciences`). */
const LONG_CRUMB = /^(?:[^.!?。！？：:<]|\.(?=\S)){1,40}$/u;
const LONG_CRUMB_WORDS_MAX = 6;
const LONG_TRAIL_CRUMBS_MIN = 3;

/**
 * A line that is only a trail of a site's sections apart by arrows (`News & Stories  >  Campus
 * Life`, `Newsroom › Speeches`, `人民网>>观点>>`), or by slashes where `slashes` says the place
 * allows them (`Politics / Federal Budget 2025` right over the page's heading): a breadcrumb,
 * whatever its first crumb, when it heads the page.
 */
export function isCrumbTrail(text: string, slashes = false): boolean {
  // `人民网>>观点>>`: arrows may be doubled, and the trail may end on one.
  const crumbs = text
    .trim()
    .replace(/\s*[>＞»›]+$/u, "")
    .split(slashes ? /\s*[>＞»›]+\s*|\s+\/\s+/u : /\s*[>＞»›]+\s*/u);
  const long = crumbs.length >= LONG_TRAIL_CRUMBS_MIN;
  return (
    crumbs.length >= 2 &&
    crumbs.every((crumb) =>
      long
        ? LONG_CRUMB.test(crumb) && crumb.split(/\s+/u).length <= LONG_CRUMB_WORDS_MAX
        : SPACED_CRUMB.test(crumb) && crumb.split(/\s+/u).length <= SPACED_CRUMB_WORDS_MAX,
    )
  );
}

/** A page's row of labels needs three of them: two may be a title and its site (`Title | Site`). */
const LABEL_ROW_MIN = 3;
/** A label naming what kind of page it is: one word (`新闻稿`, `Speeches`). */
const KIND_LABEL = /^(?:\p{Script=Han}{2,4}|\p{Lu}\p{Ll}{2,14})$/u;
/** A label: a few words, a date or a length (`14:52`), no sentence and no field (`来源：…`). */
const LABEL = /^(?!.*:\s)[^!?。！？；;：]{1,30}$/u;

/**
 * A line of short labels apart by bars or bullets (`TED Talk | Mindfulness | 14:52`, `Speeches | 2024 | Print`,
 * `April 9, 2024  •  Speeches & Remarks  •  5 min read`):
 * the category, date, length or links a page prints above or below its text, never its title.
 */
export function isLabelRow(text: string): boolean {
  const labels = text.trim().split(/\s+[|｜•]\s+/u);
  // Two labels of a word each name the page's kinds (`新闻稿 | 演讲稿`): no title is a word long.
  if (labels.length === 2 && labels.every((label) => KIND_LABEL.test(label))) return true;
  // Middle dots part a menu's names when it names its home page, perhaps after the site's name in full
  // (`Embassy of … · Home · Embassy News · …`); elsewhere they part a byline's (`Marcus Lee · Hillcrest Talks`).
  const dotted = text.trim().split(/\s+·\s+/u);
  const home = dotted.findIndex((label) => HOME.test(label));
  if (home === 0 || (home === 1 && SITE_NAME_LABEL.test(dotted[0] ?? "")))
    return dotted.length >= LABEL_ROW_MIN && dotted.slice(home).every(isShortLabel);
  return labels.length >= LABEL_ROW_MIN && labels.every(isShortLabel);
}
const isShortLabel = (label: string) =>
  LABEL.test(label) && label.split(/\s+/u).length <= SPACED_CRUMB_WORDS_MAX;
const SITE_NAME_LABEL = /^[^!?。！？；;：:]{2,60}$/u;

/** How many names a site's menu shows at least. */
const MENU_NAMES_MIN = 4;
/** …and at least this many when it names no home page. */
const SPACED_MENU_NAMES_MIN = 5;
/** A name in such a menu: a few words, the first capitalised, no sentence (`Written questions, answers and statements`). */
const SPACED_MENU_NAME = /^\p{Lu}[\p{L}'’&-]*,?(?: [\p{L}'’&-]+,?){0,5}$/u;
const SKIP_LINK_BEFORE = /^skip to (?:the )?(?:main )?content {2,}/iu;
/** A name in a site's menu: a few characters or one capitalised word (`新聞`, `Services`, `Français`). */
const MENU_NAME = /^(?:\p{Script=Han}{1,6}|\p{Lu}\p{Ll}{1,14})$/u;

/**
 * A site's menu in its first lines: its home page's name, then the names of its other parts apart by
 * spaces or bars (`首頁 政府 新聞 服務 活動 搜尋`, ideographic spaces apart, `Home  News  Services  Contact`),
 * perhaps after the site's own name (`东江网\u3000首页｜新闻｜评论｜理论`).
 */
export function isSiteMenu(text: string): boolean {
  // A Taiwanese site prints its access key before the menu too (`::: 首頁 | 網站導覽 | …`).
  const line = text.trim().replace(ACCESS_KEY, "");
  // The site's name may stand before its menu, a bar apart (`EastAsia Daily | Home  China  World …`).
  const siteName = SITE_NAME_BEFORE_BAR.exec(line)?.[0];
  return namesMenu(line) || (siteName !== undefined && namesMenu(line.slice(siteName.length)));
}
const ACCESS_KEY = /^:::[\s\u3000]*/u;
const SITE_NAME_BEFORE_BAR = /^[^|｜]{2,40}?[\s\u3000]*[|｜][\s\u3000]*/u;

/** Whether a line is a menu's names, perhaps after the site's one-word name. */
function namesMenu(line: string): boolean {
  // `News   Local   Politics   Opinion   Sports …`: an English menu with no home page, its names wide apart,
  // perhaps after the link past it (`Skip to main content  UK Parliament  Statements  Daily reports  Help`).
  const spaced = line.replace(SKIP_LINK_BEFORE, "").split(/ {2,}|\s*[|｜]\s*/u);
  if (spaced.length >= SPACED_MENU_NAMES_MIN && spaced.every((name) => SPACED_MENU_NAME.test(name)))
    return true;
  const names = line.split(/[\s\u3000|｜]+/u);
  const home = names.findIndex((name) => HOME.test(name));
  return (
    (home === 0 || home === 1) &&
    names.length - home >= MENU_NAMES_MIN &&
    names.every((name) => MENU_NAME.test(name))
  );
}

/**
 * A name on a line of a menu's column: a menu's name (two joined by a middle dot, `专栏·视频`), or two
 * short words (`About us`, `Get Involved`).
 */
const MENU_COLUMN_NAME =
  /^(?:\p{Script=Han}{1,6}(?:[·・]\p{Script=Han}{1,6})?|\p{Lu}\p{Ll}{1,14}(?: \p{L}\p{Ll}{1,14})?)$/u;

/** Where a page's text begins: its first line long enough to be a sentence, or a sentence ended. */
const PROSE_LINE_MIN = 60;
const SENTENCE_LINE_MIN = 20;
const isProseLine = (line: string) =>
  line.length >= PROSE_LINE_MIN || (line.length >= SENTENCE_LINE_MIN && /[。！？.!?]$/u.test(line));
/** A name in a menu counts nothing: `第一章` and `標的` over an article are a text's parts. */
const COUNTING = /^(?:第|[一二三四五六七八九十百]+$)/u;

/**
 * A site's menu printed a name a line above the text (`Research` · `Events` · `Media` · `About`):
 * the first run of four or more such names before the first line of prose, none of which comes back
 * later as a line of its own (the entries of a table of contents do). The run's [start, end), or null.
 */
export function findMenuColumn(lines: readonly string[]): [number, number] | null {
  const prose = lines.findIndex((line) => isProseLine(line.trim()));
  const head = prose < 0 ? lines.length : prose;
  let start = 0;
  for (let i = 0; i <= head; i++) {
    const name = lines[i]?.trim() ?? "";
    if (i < head && MENU_COLUMN_NAME.test(name) && !COUNTING.test(name)) continue;
    if (i - start >= MENU_NAMES_MIN) {
      const names = new Set(lines.slice(start, i).map((line) => line.trim()));
      if (!lines.slice(head).some((line) => names.has(line.trim()))) return [start, i];
    }
    start = i + 1;
  }
  return null;
}

/** Where the breadcrumb that opens at `from` ends (after its last crumb or separator), or -1. */
function breadcrumbEnd(text: string, from: number): number {
  const head = (at: number) => text.slice(at, at + CRUMB_MAX + 1);
  let opening = BREADCRUMB_OPENING.exec(head(from));
  if (!opening) return -1;
  let end = from;
  // A page may print its breadcrumb twice (in its header and above the article).
  while (opening) {
    end += opening[0].length;
    for (;;) {
      const crumb = CRUMB.exec(head(end));
      if (!crumb || !isCrumb(crumb[0])) break;
      end += crumb[0].length;
      const separator = CRUMB_SEPARATOR.exec(head(end));
      if (!separator) break;
      end += separator[0].length;
    }
    const spaces = /^\s*/u.exec(head(end))?.[0].length ?? 0;
    opening = BREADCRUMB_OPENING.exec(head(end + spaces));
    if (opening) end += spaces;
  }
  return end;
}

/** A crumb names a part of the site; a toolbar's button after it (`正文 | 字号 大 中 小`) ends the trail. */
function isCrumb(word: string): boolean {
  if (TOOLBAR_WORDS_FOLDED.has(word.toLowerCase()) && !HOME.test(word)) return false;
  return word.length <= CRUMB_MAX && (word.match(/\p{Script=Han}/gu)?.length ?? 0) <= CRUMB_HAN_MAX;
}

/** One run of page furniture cut out of a line. */
export interface DebrisRun {
  kind: "byline" | "toolbar" | "breadcrumb" | "menu";
  text: string;
}

/** A page's head ends where the speech's first sentence does, or at a word too long for a field. */
const HEAD_WORD_MAX = 60;
/** A title, a byline and toolbars: a page's head has no more words than this. */
const HEAD_WORDS_MAX = 40;
/** A byline field written as one word (`来源：县应急管理局`), or its key before a space. */
const BYLINE_WORD = new RegExp(`^(${BYLINE_KEY})[:：](.*)$`, "u");
/** A field that names a post (`作者：县委书记`), and the name that may follow it a space apart. */
const POST_VALUE = new RegExp(`[:：]\\p{Script=Han}{0,20}(?:${HAN_POST_END})$`, "u");
const NAME = /^\p{Script=Han}{2,4}$/u;
/** A byline field glued to the Chinese words before it. */
const GLUED_FIELD = new RegExp(`(?<=\\p{Script=Han})(?:${BYLINE_KEY})[:：]`, "u");
const FIELD_VALUE_MAX = 40;
/** A clause's mark in a field's value; a comma between figures (`1,286`) groups thousands. */
const CLAUSE_MARK = /[，。！？；;]|,(?!\d{3}(?!\d))/u;
/** A bar that parts fields or buttons (`来源：X | 日期：Y`, `打印 | 关闭`). */
const BAR = /^[|｜/·•]+$/u;
const CLOSING_BRACKET = /^[\]］】]$/u;
/** The time after a byline's date (`发布时间：2024-03-12 10:30`). */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

interface HeadWord {
  start: number;
  end: number;
  word: string;
  kind: "byline" | "value" | "toolbar" | "time" | "bar" | "crumb" | "menu" | "text";
}

/**
 * Byline fields and toolbar rows among the words before the first sentence of a page pasted as one
 * line (`在…的讲话 发布时间：2024-03-12 来源：县应急管理局 字号：大 中 小 同志们：…`), cut out as they would
 * be on lines of their own: the fields become metadata, the toolbar goes, the title and the speech
 * stay, with a space where the debris stood. Null when the head holds none.
 */
export function cutHeadDebris(text: string): { text: string; meta: Meta; runs: DebrisRun[] } | null {
  const words: HeadWord[] = [];
  let crumbsEnd = -1;
  for (const match of text.matchAll(/\S+/gu)) {
    const word = match[0];
    if (word.length > HEAD_WORD_MAX || SENTENCE_END.test(word) || words.length >= HEAD_WORDS_MAX) break;
    // A breadcrumb after a toolbar (`无障碍 首页 > 政务公开 > 正文`): its words go as one.
    if (match.index >= crumbsEnd) crumbsEnd = breadcrumbEnd(text, match.index);
    const kind = match.index + word.length <= crumbsEnd ? "crumb" : kindOf(word);
    // `…高质量发展来源：澄江日报`: the headline's last words, the byline's first field glued to them.
    const start = match.index;
    const glued = kind === "text" ? (GLUED_FIELD.exec(word)?.index ?? -1) : -1;
    if (glued > 0 && kindOf(word.slice(glued)) === "byline") {
      words.push({ start, end: start + glued, word: word.slice(0, glued), kind });
      words.push({ start: start + glued, end: start + word.length, word: word.slice(glued), kind: "byline" });
    } else words.push({ start, end: start + word.length, word, kind });
  }
  words.forEach((w, i) => {
    const before = words[i - 1];
    // `来源： 县应急管理局`: the value after a space; `2024-03-12 10:30`: the time after a date.
    if (before?.kind === "byline" && BYLINE_WORD.exec(before.word)?.[2] === "" && w.kind === "text")
      w.kind = "value";
    // `作者：中共石门县委书记 韩卫东`: the name a space after the writer's post.
    if (before?.kind === "byline" && POST_VALUE.test(before.word) && NAME.test(w.word) && w.kind === "text")
      w.kind = "value";
    if (w.kind === "time" && before?.kind !== "byline" && before?.kind !== "value") w.kind = "text";
    // `Font size: A A A`: a type size's buttons may be plain capitals.
    if (w.word === "A" && before?.kind === "toolbar" && /^(?:size:?|A)$/iu.test(before.word))
      w.kind = "toolbar";
  });
  markLoneSizes(words);
  markEnglishWords(words);
  markMenu(words);
  words.forEach((w, i) => {
    // `来源：区教育局 | 日期：…`: the bar between two fields goes with them.
    const before = words[i - 1]?.kind;
    const after = words[i + 1]?.kind;
    if (w.kind === "bar" && before !== undefined && before !== "text" && before !== "bar" && after !== "text")
      w.kind = before === "toolbar" || before === "crumb" ? before : "value";
    // `字号：[ 大 中 小 ]`: the bracket that closes a toolbar's buttons goes with them.
    if (w.kind === "text" && CLOSING_BRACKET.test(w.word) && before === "toolbar") w.kind = "toolbar";
  });
  for (const w of words) if (w.kind === "bar") w.kind = "text";
  const debris = words.filter((w) => w.kind !== "text");
  if (debris.length === 0) return null;

  const meta: Meta = {};
  const runs: DebrisRun[] = [];
  let kept = "";
  let from = 0;
  let field = "";
  for (const w of debris) {
    const kind =
      w.kind === "toolbar" || w.kind === "menu" ? w.kind : w.kind === "crumb" ? "breadcrumb" : "byline";
    const previous = runs.at(-1);
    if (previous?.kind === kind && text.slice(from, w.start).trim() === "") previous.text += ` ${w.word}`;
    else runs.push({ kind, text: w.word });
    if (w.kind === "byline") {
      const [, key = "", value = ""] = BYLINE_WORD.exec(w.word) ?? [];
      field = BYLINE_KEYS[key] ?? "source";
      meta[field] = value;
    } else if ((w.kind === "value" || w.kind === "time") && !BAR.test(w.word)) {
      meta[field] = `${meta[field] ?? ""} ${w.word}`.trim();
    }
    kept += text.slice(from, w.start);
    // A field glued to the words before it leaves them a word of their own.
    if (w.start > 0 && !/\s/u.test(text[w.start - 1] ?? "")) kept += " ";
    // The spaces after the debris go with it; those before it part the words it stood between.
    from = w.end;
    while (from < text.length && /\s/u.test(text[from] ?? "")) from++;
  }
  kept += text.slice(from);
  return { text: kept.trim(), meta, runs };
}

function kindOf(word: string): HeadWord["kind"] {
  if (BAR.test(word)) return "bar";
  const field = BYLINE_WORD.exec(word);
  if (field) {
    const value = field[2] ?? "";
    if (value.length <= FIELD_VALUE_MAX && !CLAUSE_MARK.test(value)) return "byline";
  }
  if (TIME.test(word)) return "time";
  // `::: 跳到主要內容`: the link past the menus, its access key before it.
  if (SKIP_LINK.test(word)) return "toolbar";
  const parts = word.split(TOOLBAR_SEPARATORS).filter((w) => w !== "");
  if (parts.length > 0 && parts.every((w) => TOOLBAR_WORDS_FOLDED.has(w.toLowerCase()))) return "toolbar";
  return "text";
}

/** How many names a menu pasted on one line with the page shows at least, its home page's name or not. */
const PASTED_MENU_NAMES_MIN = 6;

/**
 * A site's menu pasted on the page's one line (`首页 学校概况 学校简介 … 联系我们 当前位置：…`): many
 * short names in a row open it, before a longer word that begins the title, on a page with a byline.
 * When the names run on into the byline, the title may be among them, and they stay.
 */
function markMenu(words: HeadWord[]): void {
  // A trail after the menu says a page's head as its byline does.
  const trailed = words.some((w) => w.kind === "crumb");
  if (!trailed && !words.some((w) => w.kind === "byline")) return;
  // The menu opens the line, or follows the page's other furniture (`::: 跳到主要內容 首頁 | 網站導覽 | …
  // RSS 關於本會 | …`), where it starts at the first word that is none.
  const firstText = words.findIndex((w) => w.kind === "text");
  for (const lead of firstText > 0 ? [0, firstText] : [0]) {
    const end = menuEnd(words, lead, trailed);
    if (end < 0) continue;
    for (const w of words.slice(lead, end)) w.kind = "menu";
    return;
  }
}

/** Where a menu that starts at `lead` ends, or -1 when the words there are no menu. */
function menuEnd(words: readonly HeadWord[], lead: number, trailed: boolean): number {
  // The menu's language switch goes with it (`繁 | 葡 | EN`).
  const isName = (w: HeadWord) =>
    ((w.kind === "text" || w.kind === "toolbar") && (MENU_NAME.test(w.word) || LANGUAGE_CODE.test(w.word))) ||
    w.kind === "bar";
  // The site's name may open the line before its menu (`云溪县人民政府门户网站 首页 政务公开 …`), or any
  // name of its owner when a trail follows (`澳門特別行政區立法會 首頁 立法會簡介 …`), a space before the
  // menu: a name a bar apart is the menu's first.
  const first = words[lead]?.word ?? "";
  const named =
    (SITE_NAME_WORD.test(first) || (trailed && OWNER_NAME_WORD.test(first))) &&
    words[lead + 1]?.kind !== "bar";
  const start = named ? lead + 1 : lead;
  let end = start;
  while (words[end] !== undefined && isName(words[end] as HeadWord)) end++;
  if (end - start < PASTED_MENU_NAMES_MIN) return -1;
  // Names a bar apart each (`關於本會 | 政策與法規 | … | 政府資訊公開`) are all the menu's: the title has no
  // bars. Otherwise the names may run on into the title, and they stay.
  const barred =
    words.slice(start, end).every((w, i) => (w.kind === "bar") === (i % 2 === 1)) &&
    words[end - 1]?.kind !== "bar";
  const title = words.slice(end).find((w) => w.kind !== "crumb");
  return barred || (title?.kind === "text" && !MENU_NAME.test(title.word)) ? end : -1;
}

/** The short name of a site's language in its menu (`EN`, `English`, `中文`). */
const LANGUAGE_CODE = /^(?:EN|ENG|English|PT|Português|FR|Français|中文|繁|简|簡|繁體|简体|簡體|葡)$/u;
/** Its owner's name, a word of Chinese (`澳門特別行政區立法會`). */
const OWNER_NAME_WORD = /^\p{Script=Han}{4,20}$/u;
/** A site's name, as a page pasted on one line opens with it (`云溪县人民政府门户网站`, `某某网`). */
const SITE_NAME_WORD = /^\p{Script=Han}{2,20}(?:门户网站|門戶網站|网站|網站|官网|官網|网|網)$/u;

/**
 * `Home`, `Print`, `Share` are words of English too: one alone between words of the text (`A Home
 * for Every Generation`) is the title's, not a toolbar's.
 */
function markEnglishWords(words: HeadWord[]): void {
  words.forEach((w, i) => {
    const [before, after] = [words[i - 1]?.kind, words[i + 1]?.kind];
    if (w.kind === "toolbar" && /^[A-Za-z-]+$/u.test(w.word) && before === "text" && after === "text")
      w.kind = "text";
  });
}

/**
 * `大`, `中`, `小` are toolbar words only beside a longer one (`字号：大 中 小`): alone between spaces
 * they may be words of a title.
 */
function markLoneSizes(words: HeadWord[]): void {
  let start = 0;
  while (start < words.length) {
    if (words[start]?.kind !== "toolbar") {
      start++;
      continue;
    }
    let end = start;
    while (words[end]?.kind === "toolbar") end++;
    const run = words.slice(start, end);
    const named = run.some((w) => w.word.split(TOOLBAR_SEPARATORS).some((part) => part.length >= 2));
    if (!named) for (const w of run) w.kind = "text";
    start = end;
  }
}
