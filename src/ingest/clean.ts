import { PICTOGRAPH } from "../pictographs.js";
import type { Warning } from "../errors.js";
import { GOVERNMENT_OFFICE, LOCAL_GOVERNMENT } from "../offices.js";
import { hasHan, inCapitals, startsWithLatinLetter } from "../characters.js";
import { pageFieldLines, parseEnglishByline, speakerAtOccasion } from "./byline.js";
import {
  cutBreadcrumb,
  cutSiteTrail,
  cutPostStamps,
  cutPastedHeadline,
  cutHeadDebris,
  isCrumbTrail,
  isLabelRow,
  isSiteMenu,
  isToolbar,
  findMenuColumn,
  parseByline,
} from "./page-debris.js";
import { readScannedNumerals, scannedNumeralsWarning } from "./ocr.js";
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
  /** The headline a news page printed twice over its text, which titles it. */
  headline?: string;
}

const HAN = "\\p{Script=Han}";
const TONED_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
const ZHUYIN = "\\u3105-\\u312F\\u31A0-\\u31BFˊˇˋ˙";
/** A zhuyin letter (its tone marks aside). */
const BOPOMOFO = "[\\u3105-\\u312F\\u31A0-\\u31BF]";
/**
 * `務(wù)`, `復甦(fù sū)`, `醫療(ㄧ ㄌㄧㄠˊ)`: Han characters followed by their reading in brackets, in
 * pinyin (a tone mark makes it pinyin, not a word) or in zhuyin; or zhuyin glued to each character
 * (`禮ㄌㄧˇ貌ㄇㄠˋ`), as a page's ruby text reads when copied. Zhuyin is never a speech's own words.
 */
const PINYIN_ANNOTATION = new RegExp(
  // Each way opens with its first character and looks back for the Han character after: the engine
  // then skips to brackets and zhuyin, rather than looking back from every character of the text.
  `[(（](?<=${HAN}[(（])(?:(?=[^)）]{0,60}[${TONED_VOWEL}])\\s*[a-zü${TONED_VOWEL}]+(?:[\\s'’]+[a-zü${TONED_VOWEL}]+){0,7}|\\s*[${ZHUYIN}]+(?:\\s+[${ZHUYIN}]+){0,7})\\s*[)）]|${BOPOMOFO}(?<=${HAN}${BOPOMOFO})${BOPOMOFO}{0,3}[ˊˇˋ˙]?`,
  "gu",
);

/** What every reading holds: an opening bracket or a zhuyin letter. */
const READING_MARK = /[(（\u3105-\u312F\u31A0-\u31BF]/u;

/** The zhuyin letter ㄧ, which looks like the numeral 一 and is typed for it (`ㄧ、`, `這ㄧ年`). */
const ZHUYIN_YI = /\u3127/gu;
/** Any zhuyin letter but ㄧ, or a tone mark: the text writes readings. */
const OTHER_ZHUYIN = /[\u3105-\u3126\u3128-\u312F\u31A0-\u31BFˊˇˋ˙]/u;
/** ㄧ with no zhuyin beside it: once the readings are removed, none of them. */
const LONE_ZHUYIN_YI = new RegExp(`(?<![${ZHUYIN}])\\u3127(?![${ZHUYIN}])`, "gu");

/**
 * How ㄧ typed for 一 is found: in a text that writes no reading (no other zhuyin letter, no tone
 * mark) every ㄧ is one, read before the readings are removed (`這ㄧ年` is no reading of 這); in a
 * text that does, a ㄧ left once they are (`ㄧ、` opening a line). `null` when no ㄧ is written.
 */
function typedYiPattern(blocks: readonly Block[]): RegExp | null {
  if (!blocks.some((block) => block.text.includes("\u3127"))) return null;
  return blocks.some((block) => OTHER_ZHUYIN.test(block.text)) ? LONE_ZHUYIN_YI : ZHUYIN_YI;
}

function readTypedYi(blocks: readonly Block[], pattern: RegExp, warnings: Warning[]): void {
  for (const block of blocks) {
    if (!block.text.includes("\u3127")) continue;
    let count = 0;
    block.text = block.text.replace(pattern, () => {
      count += 1;
      return "一";
    });
    if (count > 0) {
      warnings.push({
        line: block.line,
        message: `read the zhuyin letter ㄧ as the numeral 一${count > 1 ? ` (${count} times)` : ""}`,
        kind: "cleanup",
      });
    }
  }
}

/** A text without the readings a page annotated it with (see PINYIN_ANNOTATION), and how many. */
export function withoutReadings(text: string): { text: string; removed: number } {
  // Most paragraphs hold no bracket and no zhuyin: they are not scanned for readings.
  if (!READING_MARK.test(text)) return { text, removed: 0 };
  let removed = 0;
  const kept = text.replace(PINYIN_ANNOTATION, () => {
    removed += 1;
    return "";
  });
  return { text: kept, removed };
}

/**
 * The start of a "people also read" / related-links trailer (or a feedback form) at the end of a web
 * page, in English and in Chinese. A line is matched against the words of the script it starts in.
 */
const TRAILER = {
  english:
    /^(?:was this (?:page|article|information|answer) (?:helpful|useful)|is this page (?:helpful|useful)|did you find (?:this page|this information|what you were looking for)|how (?:useful|helpful) (?:was|is) this|rate this (?:page|article)|give (?:us )?feedback (?:on|about) this page|share this (?:page|article|story|talk|video|post)|related (?:topics|services|guidance)|(?:people )?also read|related (?:articles|stories|posts|reading)|read more|you (?:may|might) also like|more stories|more talks\b|more (?:from|in|on) )/iu,
  chinese:
    /^(?:看[过過].{0,60}的人[还還]看了|相[关關](?:报道|報道|阅读|閱讀|文章|新闻|新聞|链接|鏈接|推荐|推薦|讲道|講道|视频|視頻)|延伸[阅閱][读讀]|猜你喜[欢歡]|推[荐薦][阅閱][读讀]|[热熱]门推[荐薦]|[热熱]門推[薦荐]|(?:[热熱][门門点點]|点击|點擊|阅读|閱讀)排行(?:榜)?$|更多精彩|精彩推[荐薦]|上一篇|下一篇|你可能[还還]?感[兴興]趣|您可能[还還]?感[兴興]趣|往期(?:推荐|推薦|回顾|回顧|精选|精選)|[-—–]+\s*(?:END|完)\s*[-—–]+$)/u,
};

/**
 * A related-links or a tag-list heading alone on its line (`相关文件`, `Related`, `Topics`): the list of
 * links after it at the end of a page is no part of the speech. Whole-line only, as a sentence may begin with these words.
 */
const TRAILER_HEADING = {
  english:
    /^(?:related(?:\s+[a-z]+){0,2}|see also|further reading|more (?:news|speeches)|topics|tags|tagged(?: with)?)[：:]?$/iu,
  chinese:
    /^(?:相[关關](?:文件|政策|文档|文檔|信息|讯息|訊息|资讯|資訊|资料|資料|附件|稿件|内容|內容|链接|鏈接|連結|连结|網站|网站|解读|解讀)|附件下[载載]|标签|標籤)[：:]?$/u,
};

/** The pattern of the script `text` starts in: the other one cannot match it, so it is not compiled. */
function inScriptOf(text: string, patterns: { english: RegExp; chinese: RegExp }): boolean {
  return (startsWithLatinLetter(text) ? patterns.english : patterns.chinese).test(text);
}

/**
 * A page's prompt or notice on a line of its own, wherever it stands: a feedback question, a cookie
 * notice (`Cookies on GOV.UK`, `We use cookies to …`) and its buttons (`Accept all cookies`, `View cookies`), a
 * link back to the top, to a download (`Download PDF (1.2 MB)`). No speech says these.
 */
const PAGE_PROMPT =
  /^(?:(?:was this (?:page|article|information) (?:helpful|useful)|is this page (?:helpful|useful)|rate this (?:page|article)|share this (?:page|article|story)|print this page|back to top|skip to (?:the )?(?:main )?content|(?:accept|reject|allow|decline|refuse)(?: all)?(?: non-essential| optional| necessary| essential| additional)?(?: cookies)(?: only)?|(?:manage|cookie|privacy) (?:cookie )?(?:preferences|settings)|(?:view|hide) (?:the )?cookies?(?: (?:message|policy|settings))?|hide this message|cookies on (?:the )?[\w.-]+(?: website)?|download (?:the )?(?:full )?(?:pdf|report|brief|paper)(?: \([^()]{1,20}\))?)[?.!:]?|(?=.{0,260}\b(?:website|site|browsing|browser|experience|analytics|preferences|settings|consent|accept)\b)(?:we use|we(?:'d|’d| would) like to (?:set|use)|this (?:site|website) uses|our (?:site|website) uses|you(?:'ve|’ve| have) (?:accepted|rejected)) (?:essential |some |all |additional |optional |analytics |small files called )*cookies\b.{0,240})$/iu;

/**
 * A social account's prompt to follow it or to scan its code, on a line of its own
 * (`点击上方蓝字关注我们`, `点击蓝字 关注“某某发布”`, `点击上方蓝字“某某”关注我们，每日一句…`,
 * `长按识别二维码关注`, `关注江川大学 了解更多资讯`,
 * or `点击蓝字` · `关注我们` on two lines), as WeChat articles open and end, perhaps pointing up at
 * the name (`… ↑↑↑`).
 */
const FOLLOW_PROMPT =
  /^(?:(?:点击|點擊)(?:上方|下方|标题下|標題下)?(?:蓝字|藍字)$|(?:关注|關注)(?:我们|我們)$|(?:点击|點擊)(?:上方|下方|标题下|標題下)?(?:蓝字|藍字)?(?:“[^”]{1,16}”)?[，,\s]*(?:关注|關注)(?:我们|我們|公众号|公眾號|“[^”]{1,16}”|「[^」]{1,16}」)?(?:[，,][^，,。！!？?]{1,16})?|(?:长按|長按)(?:识别|識別|扫描|掃描)?(?:图中|圖中)?(?:二维码|二維碼).{0,16}|(?:关注|關注)[^\s，,。：:]{1,16}[\s\u3000，,]*(?:了解|获取|獲取|查看|阅读|閱讀)更多[^\s，,。]{0,6})[!！。~～]?(?:[\s\u3000]*[↑↓⬆⬇\p{Extended_Pictographic}\uFE0F]+)?$/u;

/**
 * A government site's banner telling it is official (`An official website of the United States
 * government` · `Here's how you know` · `Official websites use .gov` · `Secure .gov websites use HTTPS`,
 * `A Singapore Government Agency Website` · `How to identify` · `Official website links end with
 * .gov.sg` · `Government agencies communicate via .gov.sg websites …`).
 */
const OFFICIAL_SITE_BANNER =
  /^(?:an official website of the [^.!?]{3,60}|a [^.!?]{3,40} government agency website|here['’]s how you know|how to identify|official websites? (?:use|links? end with) \.gov[\w.]*|secure (?:\.gov )?websites use https|(?:a lock|look for a lock)\b.{0,200}\b(?:secure|\.gov) websites?\.?|government agencies communicate via \.gov[\w.]* websites?.{0,200})$/iu;

/** A paper's mark where an advertisement stood in its page (`ADVERTISEMENT`, `Story continues below advertisement`, `广告`). */
const ADVERTISEMENT_MARK =
  /^(?:(?:story|article) continues (?:below|after) (?:this )?)?(?:advertisement|advertising|广告|廣告)$/iu;

/**
 * A mailing's own lines around a newsletter sent by e-mail (`View this email in your browser`, `Sent via
 * SchoolPost | Manage preferences | Unsubscribe`, `You are receiving this message because …`).
 */
const MAILING_LINE =
  /^(?:view (?:this (?:email|e-mail|message|newsletter)|it) (?:in|on) (?:your|a|the) (?:web )?browser|(?:(?:sent|delivered) (?:via|by) [^|]{2,30}\s*\|\s*)?(?:manage (?:your )?(?:preferences|subscription)|update (?:your )?preferences)(?:\s*\|\s*unsubscribe)?|unsubscribe|you are receiving this (?:email|e-mail|message|newsletter) because .{5,200})[.!]?$/iu;

/** A document site's note on the file it sells (`（此文档为word格式，可任意编辑）`). */
const DOCUMENT_SITE_NOTE =
  /^[（(【[]?(?:此|本)(?:文档|文檔|文章|范文|範文)[为為]\s*word\s*(?:格式|版)[，,、\s]*(?:(?:下载后|下載後)?(?:可任意编辑|可任意編輯|可编辑|可編輯|可修改))?[。！!]?[）)】\]]?$/iu;

/** An article's reading time (`12 minute read`, `5 min read`). */
const READING_TIME = /^\d{1,3} min(?:ute)?s? read$/iu;
/** A post's line naming the collections it belongs to (`收录于合集 #安全生产 12个`), as WeChat prints under its head. */
const COLLECTION_LINE =
  /^(?:收录于|收錄於)(?:合集|话题|話題)?(?:[\s\u3000]*#[^\s#]{1,20})+(?:[\s\u3000]*\d{1,4}\s*[个個])?$/u;

/** A search box's placeholder (`搜索你感兴趣的内容…`, `Search this site...`). */
const SEARCH_PLACEHOLDER = /^(?:搜索|搜尋|search)[^。！？.!?]{0,20}(?:…|\.{3})$/iu;

/** Prompts start with their first word, in the script of the page. */
function isPagePrompt(text: string): boolean {
  const line = text.trim();
  if (
    READING_TIME.test(line) ||
    ADVERTISEMENT_MARK.test(line) ||
    MAILING_LINE.test(line) ||
    DOCUMENT_SITE_NOTE.test(line) ||
    OFFICIAL_SITE_BANNER.test(line) ||
    COLLECTION_LINE.test(line) ||
    SEARCH_PLACEHOLDER.test(line)
  )
    return true;
  return startsWithLatinLetter(line) ? PAGE_PROMPT.test(line) : FOLLOW_PROMPT.test(line);
}

/**
 * Pictographs, and the bars, blocks, shapes, stars and arrows a post's editor draws (`▌`, `■`, `◆`,
 * `★`, `➤`), that decorate the numbering opening a line (`🔷 一、`, `📌 （二）`, `▶️ 3.`, `▌1.`, `➤ 一、`);
 * a year or a day is no numbering (`■ 2024年工作计划`, a photo's caption `▲2月20日，…`).
 */
const DECORATION = `(?:${PICTOGRAPH}|[\\uFE0F\\u200D]|[\\u2580-\\u259F\\u25A0-\\u25FF\\u2605\\u2606\\u2666\\u2726\\u2727\\u2756\\u2794-\\u27BF])+[\\s\\u3000]*`;
const DECORATED_NUMBERING = new RegExp(
  `^${DECORATION}(?=[一二三四五六七八九十（(〔【第①-⑳]|\\d(?!\\d{3}年|\\d?[月日]))`,
  "u",
);
/**
 * The same decoration inside a line run together, after a sentence's end, before a section's
 * numbering (`…三点意见。 ➤ 一、清醒认识…`).
 */
const DECORATED_NUMBERING_INSIDE = new RegExp(
  `(?<=[。！？；][\\s\\u3000]*)${DECORATION}(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`,
  "gu",
);

/** A numbered heading in black brackets, alone on its line (`【一、总体要求】`, `【（二）…】`). */
const BRACKETED_HEADING =
  /^【((?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|篇章|章|节|節|篇|讲|講|单元|單元))[^【】。；！？]{1,40})】$/u;

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

/** A site's menu, its trail of sections, or a row of its labels, whole on its line. */
function isNavigation(text: string): boolean {
  return isSiteMenu(text) || isCrumbTrail(text) || cutBreadcrumb(text)?.rest === "" || isLabelRow(text);
}

/** A page's menu, trail or toolbar, which the page's head holds around its headline. */
const isPageFurniture = (text: string) => isNavigation(text) || isToolbar(text);

/** The longest a site's name runs; in English, as many words (`Prime Minister's Office Singapore`). */
const SITE_NAME_MAX = 30;
const SITE_NAME_WORDS_MAX = 6;
/**
 * The links to the site in other languages after its name, or the version it is in
 * (`Yunfeng County People's Government | 中文 | English`, `Nanwan City Government | English Website`).
 */
const LANGUAGE_LINKS =
  /(?:\s*[|｜]\s*(?:中文|简体|簡體|繁體|繁体|English|EN|ENG|Français|Português|Bahasa Melayu|தமிழ்)(?:\s+(?:Website|Site|Version))?)+$/u;

/** A site's name: a few words, no sentence and no numbering in them. */
function isSiteName(text: string): boolean {
  const line = text.trim().replace(LANGUAGE_LINKS, "");
  const short = /\p{Script=Han}/u.test(line)
    ? line.length <= SITE_NAME_MAX
    : line.split(/\s+/u).length <= SITE_NAME_WORDS_MAX;
  return (
    line !== "" &&
    short &&
    !/[。！？，：；.!?,:;|｜]/u.test(line) &&
    !/^(?:[（(]?[一二三四五六七八九十\d]+[、.）)]|第)/u.test(line)
  );
}

/** A trail of a site's sections heads the page: it is looked for in its first lines only. */
const CRUMB_TRAIL_LINES = 3;
/** How far down a page's head its menu may stand (under a skip link, its site's name and language links). */
const MENU_LINES = 8;
/** A row of the page's head is short, however many buttons and fields it holds. */
const HEAD_ROW_MAX = 160;

export function cleanBlocks(input: readonly Block[]): CleanResult {
  const warnings: Warning[] = [];
  const meta: Meta = {};
  let blocks = input.map((b) => ({ ...b }));

  blocks = dropTrailer(blocks, warnings);
  blocks = splitPastedHeadline(blocks, warnings);
  blocks = takeHeadBylines(blocks, meta, warnings);
  let total = 0;
  for (const block of blocks) total += block.text.length;
  const menuColumnEnd = findMenuColumn(blocks.map((block) => block.text))?.[1];
  // Whether a piece of a page pasted as one line was kept before: the first kept one is its head.
  let keptPiece = false;
  // Whether a line of the page was kept before: the first one kept is its head.
  let keptAny = false;
  blocks = blocks.filter((block, index, all) => {
    if (isPagePrompt(block.text)) {
      warnings.push({
        line: block.line,
        message: `removed the web page's prompt "${block.text}"`,
        kind: "cleanup",
      });
      return false;
    }
    const decoration = DECORATED_NUMBERING.exec(block.text)?.[0];
    if (decoration) {
      // `🔷 一、…`: a post's pictographs before numbering, which a printed page has no face for.
      warnings.push({
        line: block.line,
        message: `removed the pictographs "${decoration.trim()}" before the numbering`,
        kind: "cleanup",
      });
      block.text = block.text.slice(decoration.length);
    }
    const inside = block.text.match(DECORATED_NUMBERING_INSIDE);
    if (inside) {
      warnings.push({
        line: block.line,
        message: `removed the pictographs "${inside.map((d) => d.trim()).join(" ")}" before the numbering`,
        kind: "cleanup",
      });
      block.text = block.text.replace(DECORATED_NUMBERING_INSIDE, "");
    }
    const bracketed = BRACKETED_HEADING.exec(block.text);
    if (bracketed?.[1]) {
      // `【一、总体要求】`: a post's brackets around a numbered heading, which the slide sets apart its own way.
      warnings.push({
        line: block.line,
        message: `removed the brackets around "${bracketed[1]}"`,
        kind: "cleanup",
      });
      block.text = bracketed[1];
    }
    const stamped = index < MENU_LINES ? cutPostStamps(block.text, !keptAny) : null;
    if (stamped) {
      warnings.push({
        line: block.line,
        message: `removed the page's marks ${stamped.cut.map((mark) => `"${mark}"`).join(", ")}`,
        kind: "cleanup",
      });
      block.text = stamped.text;
    }
    const breadcrumb =
      cutBreadcrumb(block.text) ?? (index < CRUMB_TRAIL_LINES ? cutSiteTrail(block.text) : null);
    // A trail heads the page, or stands right under the site's menu (`首页 时政 国际 …` · `人民网>>观点`,
    // or a menu printed a name a line).
    const underMenu =
      (index < MENU_LINES && isSiteMenu(all[index - 1]?.text ?? "")) || index === menuColumnEnd;
    // Slashes may part a trail too, right over the page's heading or as the text's first line with
    // three crumbs or more (`页面 / 研发中心 / 会议纪要 / 2024年`); elsewhere they part words (`2024/25`).
    const slashed =
      all[index + 1]?.kind === "heading" || (index === 0 && (block.text.match(/\s\/\s/gu)?.length ?? 0) >= 2);
    if (!breadcrumb && (index < CRUMB_TRAIL_LINES || underMenu) && isCrumbTrail(block.text, slashed)) {
      warnings.push({
        line: block.line,
        message: `removed the web-page breadcrumb "${block.text.trim()}" before the text`,
        kind: "cleanup",
      });
      return false;
    }
    if (breadcrumb && breadcrumb.rest !== "") {
      warnings.push({
        line: block.line,
        message: `removed the web-page breadcrumb "${breadcrumb.crumb}" before the text`,
        kind: "cleanup",
      });
      block.text = breadcrumb.rest;
    }
    // `X` names a network in a column of share links (`Facebook` · `X` · `LinkedIn`); alone it may number a part.
    const network =
      block.text.trim() === "X" && [all[index - 1], all[index + 1]].some((b) => b && isToolbar(b.text));
    if (breadcrumb?.rest === "" || isToolbar(block.text) || network) {
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
    if (index < MENU_LINES && isSiteMenu(block.text)) {
      warnings.push({
        line: block.line,
        message: `removed the web page's menu "${block.text.trim()}" before the text`,
        kind: "cleanup",
      });
      return false;
    }
    // The site's name on the line over its menu or its trail (`城市觀點網 CityView` · `首頁 ｜ 新聞 ｜ …`,
    // `澜江新闻网` · `首页 > 评论 > 本报评论员`).
    const next = all[index + 1];
    if (index < MENU_LINES && next && isSiteName(block.text) && isNavigation(next.text)) {
      warnings.push({
        line: block.line,
        message: `removed the web site's name "${block.text.trim()}" over its menu`,
        kind: "cleanup",
      });
      return false;
    }
    if (index < CRUMB_TRAIL_LINES && isLabelRow(block.text)) {
      warnings.push({
        line: block.line,
        message: `removed the web page's row of labels "${block.text.trim()}" before the text`,
        kind: "cleanup",
      });
      return false;
    }
    // A page pasted as one line: the bylines and toolbars of its head, on the same line as the speech.
    const pastedPage = block.text.length >= PASTED_PAGE_MIN && block.text.length >= total * PASTED_PAGE_SHARE;
    // A page pasted as one line that was cut into paragraphs at its runs of ideographic spaces: its
    // head is the first of them that is more than a toolbar's button.
    const firstLine = all[0]?.line;
    const pastedHead =
      !keptPiece && block.kind === "paragraph" && block.line === firstLine && all[1]?.line === firstLine;
    // A row of the page's head that mixes its toolbar's buttons with byline fields (`【字体：大 中 小】 发布时间：… 来源：…`).
    const headRow =
      index < MENU_LINES && block.text.length <= HEAD_ROW_MAX && cutHeadDebris(block.text)?.text === "";
    if (breadcrumb || pastedPage || pastedHead || headRow) cutPastedHead(block, meta, warnings);
    // A head that was all furniture leaves nothing of the line behind.
    if ((pastedHead || headRow) && block.text.trim() === "") return false;
    keptPiece ||= block.line === firstLine;
    keptAny = true;
    return true;
  });
  blocks = dropMenuColumn(blocks, warnings);
  blocks = dropRepeatedTitles(blocks, warnings);
  const headlineAt = findRepeatedHeadline(blocks);
  const headline = headlineAt === null ? undefined : blocks[headlineAt]?.text.trim();
  if (headlineAt !== null) blocks = dropPageHead(blocks, headlineAt, warnings);
  blocks = dropRepeatedHeadings(blocks, warnings);
  blocks = dropTextLabels(blocks, warnings);
  const typedYi = typedYiPattern(blocks);
  if (typedYi === ZHUYIN_YI) readTypedYi(blocks, typedYi, warnings);

  for (const block of blocks) {
    // Plain text was read back before its lines were joined; here a web page's or a Word file's paragraphs are.
    const scanned = readScannedNumerals(block.text);
    if (scanned.read > 0) warnings.push(scannedNumeralsWarning(scanned.read, block.line));
    const { text, removed } = withoutReadings(scanned.text);
    block.text = text;
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
  if (typedYi === LONE_ZHUYIN_YI) readTypedYi(blocks, typedYi, warnings);
  return { blocks, meta, warnings, ...(headline !== undefined ? { headline } : {}) };
}

/**
 * An English page pasted as one line: its menus and trail before the headline go, and the headline
 * becomes a line of its own over the byline and the text (see cutPastedHeadline).
 */
function splitPastedHeadline(blocks: Block[], warnings: Warning[]): Block[] {
  const [first, ...others] = blocks;
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (
    first?.kind !== "paragraph" ||
    !startsWithLatinLetter(first.text) ||
    first.text.length < total * PASTED_PAGE_SHARE
  )
    return blocks;
  const cut = cutPastedHeadline(first.text);
  if (!cut) return blocks;
  if (cut.chrome !== "")
    warnings.push({
      line: first.line,
      message: `removed the web page's menu "${cut.chrome}" before the text`,
      kind: "cleanup",
    });
  return [{ ...first, text: cut.headline }, { ...first, text: cut.rest }, ...others];
}

/** A line that holds most of the text, and more than a title and its byline: a page pasted as one line. */
const PASTED_PAGE_MIN = 100;
const PASTED_PAGE_SHARE = 0.8;

function cutPastedHead(block: Block, meta: Meta, warnings: Warning[]): void {
  const cut = cutHeadDebris(block.text);
  if (!cut) return;
  block.text = cut.text;
  Object.assign(meta, cut.meta);
  for (const run of cut.runs) {
    warnings.push({
      line: block.line,
      message:
        run.kind === "byline"
          ? `kept the byline "${run.text}" as metadata, not as speech`
          : run.kind === "breadcrumb"
            ? `removed the web-page breadcrumb "${run.text}" before the text`
            : run.kind === "menu"
              ? `removed the web page's menu "${run.text}" before the text`
              : `removed web-page toolbar text "${run.text}"`,
      kind: "cleanup",
    });
  }
}

/** Blocks a speech's head may hold (title, byline, role, place and date, delivery note). */
const HEAD_BLOCKS = 6;

/**
 * English bylines and datelines at the head of a speech (`President: …`, `Remarks by …`,
 * `Delivered at …, <date>`) become metadata, so none of them is taken for the title. Only the
 * head is searched, and only until the speech itself starts (a long paragraph). An address's
 * byline that names its occasion stays, as the title, when only a letterhead stands above it and
 * no title below it.
 */
function takeHeadBylines(blocks: Block[], meta: Meta, warnings: Warning[]): Block[] {
  let inHead = true;
  // The head's blocks so far that are more than the page's furniture and bylines (a paper's masthead,
  // its section, its headline).
  let headBlocks = 0;
  const bylines = blocks.map((block, index) => {
    const byline =
      // A heading may hold it too (`### Remarks by …` under a Markdown title).
      inHead &&
      headBlocks < HEAD_BLOCKS &&
      block.kind !== "item" &&
      !opensCapitalsTitle(block, blocks[index + 1]) &&
      !namedByLineAbove(block, blocks[index - 1])
        ? (parseEnglishByline(block.text) ?? fieldsWithNeighbour(blocks, index))
        : null;
    // Only the head's furniture matters: past the head, no line is read for it.
    const furniture = inHead && (isPageFurniture(block.text) || isPagePrompt(block.text));
    if (!byline && !furniture && (block.text.length > 120 || block.kind === "item")) inHead = false;
    if (!byline && !furniture) headBlocks++;
    return byline;
  });
  const kept: Block[] = [];
  blocks.forEach((block, index) => {
    const byline = bylines[index];
    const speaker = byline ? speakerAtOccasion(block.text) : null;
    if (
      speaker !== null &&
      block.kind === "paragraph" &&
      blocks
        .slice(0, index)
        .every((above) => isLetterhead(above.text.trim()) || isPageFurniture(above.text)) &&
      !titledBelow(blocks, bylines, index)
    ) {
      // `Address by Minister … at the … Summit 2025` over the speech itself is its title.
      meta.author ??= speaker;
      kept.push(block);
      return;
    }
    if (!byline) {
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

/** A page's field on its line, read with the field on the line above or below it. */
function fieldsWithNeighbour(blocks: readonly Block[], index: number): Meta | null {
  const text = (i: number) => blocks[i]?.text.trim() ?? "";
  return (
    (index > 0 ? pageFieldLines(text(index - 1), text(index)) : null) ??
    (index + 1 < blocks.length ? pageFieldLines(text(index), text(index + 1)) : null)
  );
}

/**
 * A name on the line right under one that ends by naming who says it (`Statement by` ⏎ `H.E. Mr.
 * Iosefa Tuilagi` ⏎ `Minister for …`): the title's words, going on, no byline.
 */
const namedByLineAbove = (block: Block, above: Block | undefined) =>
  above !== undefined && above.line === block.line - 1 && /\sby$/iu.test(above.text.trim());

/** An office's name over a speech, in capitals or not (`Department of Further and Higher Education`). */
const isLetterhead = (text: string) =>
  inCapitals(text) ||
  // An office, or a government and its office apart by a bar (`City of Riverside  |  Office of the Mayor`),
  // its links to other languages aside.
  text
    .replace(LANGUAGE_LINKS, "")
    .split(/\s+[|｜]\s+/u)
    .every((part) => GOVERNMENT_OFFICE.test(part) || LOCAL_GOVERNMENT.test(part));

/** Whether the first line under block `index` that is no byline is a short line that ends no sentence: a title. */
function titledBelow(blocks: readonly Block[], bylines: readonly (Meta | null)[], index: number): boolean {
  const below = blocks.findIndex(
    (block, i) => i > index && bylines[i] === null && !isPageFurniture(block.text),
  );
  const text = blocks[below]?.text.trim() ?? "";
  // `(Haicheng, June 13, 2024)`: a place and a date in brackets note when it was said, and title nothing.
  return (
    below >= 0 &&
    text.length <= TITLE_BELOW_MAX &&
    !/[.!?,:;]$/u.test(text) &&
    !VENUE_LINE.test(text) &&
    !/^[(（].*[)）]$/u.test(text)
  );
}
const TITLE_BELOW_MAX = 120;
/** Where the speech was given, the building and the room in it (`Riverside Convention Center, Hall B`): no title. */
const VENUE_LINE =
  /^(?:[A-Z][\p{L}'’.&-]*\s+){0,5}(?:Center|Centre|Hall|Auditorium|Hotel|Stadium|Arena|Theatre|Theater|Pavilion|Ballroom),\s+(?:[A-Z\d][\p{L}\d'’.-]*\s*){1,4}$/u;

/** Words that carry a title in capitals on into its next line (`… MORAN` · `AT THE CLOSING GATHERING …`). */
const CAPITALS_GOING_ON = /^(?:AT|ON|TO|BEFORE|DURING|FOR|IN|OF)\b/u;

/**
 * `ADDRESS BY BISHOP DECLAN MORAN` · `AT THE CLOSING GATHERING OF …`: a byline in capitals that a
 * line in capitals goes on from (after its comma, or with `AT`, `ON`, `TO` …) is the first line
 * of the title, not a byline.
 */
function opensCapitalsTitle(block: Block, next: Block | undefined): boolean {
  const text = block.text.trim();
  const after = next?.text.trim() ?? "";
  return inCapitals(text) && inCapitals(after) && (text.endsWith(",") || CAPITALS_GOING_ON.test(after));
}

function findGarbled(text: string): string[] {
  const spans: string[] = [];
  for (const pattern of GARBLED) {
    for (const match of text.matchAll(pattern)) spans.push(match[0]);
  }
  return spans;
}

/** A trailer's first line is a heading or a row of links; a longer line holds speech. */
const TRAILER_LINE_MAX = 200;
const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;

function dropTrailer(blocks: Block[], warnings: Warning[]): Block[] {
  // The trailer follows the text: a first line that opens with its words is a page pasted as one line.
  // It is in the second half of the page, after the block that holds most of its text (a speech
  // pasted in one `<p>`), or after the page's last paragraph of prose (a short article over long
  // lists of links).
  const longest = blocks.reduce(
    (best, b, i) => (b.text.length > (blocks[best]?.text.length ?? 0) ? i : best),
    0,
  );
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  const half = Math.floor(blocks.length / 2);
  const holdsText = (blocks[longest]?.text.length ?? 0) * 2 >= total;
  const lastProse = blocks.findLastIndex(holdsProse);
  const afterText = holdsText ? Math.min(half, longest + 1) : half;
  const from = Math.max(1, lastProse >= 0 ? Math.min(afterText, lastProse + 1) : afterText);
  // A page may end with more than one trailer (`Related talks` and its links, then `Share this talk`).
  let end = blocks.length;
  /** Whether a line longer than a link's title stands between `i` and `end`. */
  let proseAfter = false;
  for (let i = end - 1; i >= from; i--) {
    const block = blocks[i];
    if (!block) continue;
    const prose = proseAfter;
    if (holdsProse(block)) proseAfter = true;
    if (block.text.length > TRAILER_LINE_MAX) continue;
    // Pictographs may frame the trailer's heading (`👇往期推荐👇`).
    const words = block.text.replace(LEADING_PICTOGRAPHS, "").trim();
    const about = ABOUT_HEADING.test(words) && end - i <= ABOUT_MAX;
    if (!(about || inScriptOf(words, TRAILER) || inScriptOf(words, TRAILER_HEADING))) continue;
    // Only a list of link titles may follow; real paragraphs mean this is not the page's trailer.
    // A note on who spoke (`About the speaker` and a few lines) is the page's, prose as it is.
    if (about || !prose) {
      const after = end - i - 1;
      warnings.push({
        line: block.line,
        message: `removed the web page's trailer "${block.text}"${after ? ` and the ${after} line(s) after it` : ""}`,
        kind: "cleanup",
      });
      end = i;
      proseAfter = false;
    }
  }
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/** The longest line a trailer's list of links may hold; a news headline, ending no sentence, runs longer. */
const LINK_TITLE_MAX = 80;
const HEADLINE_MAX = 150;
/** Chinese says as much in fewer characters: a link's title in Chinese ends no sentence and runs shorter. */
const HAN_LINK_TITLE_MAX = 40;
/** A line of prose, longer than a link's title and no headline (`Province Announces 30 New … at Brandon University`). */
const holdsProse = (block: Block) => {
  const text = block.text.trim();
  const ended = /[.。!！:：;；,，]$/u.test(text);
  return (
    (text.length > LINK_TITLE_MAX || (ended && text.length > HAN_LINK_TITLE_MAX && hasHan(text))) &&
    (text.length > HEADLINE_MAX || ended) &&
    !SITE_FOOTER.test(text)
  );
};
/** A site's footer: its rights, its address and its visitors counted (`© 2024 …`, `版權所有`), no prose of the page. */
const SITE_FOOTER = /©|\ball rights reserved\b|版權所有|版权所有|瀏覽人次|浏览人次/iu;
/** A page's note on who gave the talk, after it (`About the speaker`, `关于作者`). */
const ABOUT_HEADING =
  /^(?:about the (?:speaker|speakers|author|authors|presenter)|(?:关于|關於)(?:作者|讲者|講者|主讲人|主講人)|作者简介|作者簡介|讲者简介|講者簡介)[：:]?$/iu;
/** How many lines such a note may hold, its heading included. */
const ABOUT_MAX = 4;

/** A section's number, perhaps in brackets: a pattern. */
const SECTION_NUMBER = "[（(〔【]?[一二三四五六七八九十百〇零\\d０-９IVXLCivxlc]{1,6}";
const BARE_NUMBER = new RegExp(`^${SECTION_NUMBER}[)）〕】、.．,，]?$`, "u");

/** A site's menu printed a name a line above the text: gone, its removal noted (see findMenuColumn). */
function dropMenuColumn(blocks: Block[], warnings: Warning[]): Block[] {
  const menu = findMenuColumn(blocks.map((block) => block.text));
  if (!menu) return blocks;
  const [start, end] = menu;
  warnings.push({
    line: blocks[start]?.line ?? 0,
    message: `removed the web page's menu "${blocks
      .slice(start, end)
      .map((block) => block.text.trim())
      .join(" ")}" before the text`,
    kind: "cleanup",
  });
  return [...blocks.slice(0, start), ...blocks.slice(end)];
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
  // A number alone (`一、`) titles nothing: it numbers each of its sections again.
  if (!first || first !== blocks[0] || BARE_NUMBER.test(first.text.trim())) return blocks;
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

/** How far down a page's head its headline may be printed twice, under the site's name and section. */
const HEADLINE_REACH = 4;
const REPEATED_HEADLINE_MIN = 10;
const REPEATED_HEADLINE_MAX = 200;
const NUMBERED_OPENING = new RegExp(`^${SECTION_NUMBER}[)）〕】、.．]`, "u");
/** A name over a headline: the site's (`THE HARBOR LEDGER`) or its section's (`EDUCATION`), short and no sentence. */
const NAME_OVER_HEADLINE = /^[^。！？.!?:：;；]{1,40}$/u;

/**
 * A news page's headline printed twice in a row (its page's title, then its heading), under nothing but
 * short names, the site's and its section's: the index of its first copy, or null.
 */
function findRepeatedHeadline(blocks: readonly Block[]): number | null {
  const at = blocks.slice(0, HEADLINE_REACH).findIndex(
    (block, i) =>
      block.text.trim() === blocks[i + 1]?.text.trim() &&
      // Two lines of a headline's length, not two pieces of one line.
      block.line !== blocks[i + 1]?.line &&
      block.text.trim().length >= REPEATED_HEADLINE_MIN &&
      block.text.length <= REPEATED_HEADLINE_MAX &&
      !/[。！？；;]/u.test(block.text) &&
      // A numbered heading said twice is a section's (see dropRepeatedHeadings).
      !NUMBERED_OPENING.test(block.text.trim()),
  );
  return at >= 0 && blocks.slice(0, at).every((b) => NAME_OVER_HEADLINE.test(b.text.trim())) ? at : null;
}

/** The headline titles the page: the names over it and its second copy are the page's, not the text's. */
function dropPageHead(blocks: readonly Block[], at: number, warnings: Warning[]): Block[] {
  for (const block of blocks.slice(0, at))
    warnings.push({
      line: block.line,
      message: `removed the web page's name "${block.text.trim()}" over its headline`,
      kind: "cleanup",
    });
  const copy = blocks[at + 1] as Block;
  warnings.push({ line: copy.line, message: `removed the repeated title "${copy.text}"`, kind: "cleanup" });
  return blocks.filter((block, i) => i >= at && block !== copy);
}

/** A heading that only says the text follows (`Transcript`, `讲话全文`): the page's, no part of the text. */
const TEXT_LABEL =
  /^(?:(?:full |complete )?transcript|full text|text of the (?:speech|address|remarks|statement)|(?:讲话|講話|报告|報告)?全文|(?:讲话|講話)原文)[：:]?$/iu;

function dropTextLabels(blocks: Block[], warnings: Warning[]): Block[] {
  return blocks.filter((block) => {
    const label = block.kind === "heading" && TEXT_LABEL.test(block.text.trim());
    if (label)
      warnings.push({
        line: block.line,
        message: `removed the heading "${block.text}" over the text`,
        kind: "cleanup",
      });
    return !label;
  });
}

/** A heading said to go on (`… (continued)`, `…（续）`): its words before the note. */
const CONTINUED = /^(.+?)[\s\u3000]*[（(](?:continued|cont(?:['’]d|\.)|续|續|接上页|接上頁)[）)]$/iu;
const headingKey = (text: string) => text.replace(/\s+/gu, "").toLowerCase();
/** Two lines with the same words, spaces aside. */
const same = (a: string, b: string) => a.replace(/\s+/gu, "") === b.replace(/\s+/gu, "");

/**
 * A heading printed twice, the second time as a plain paragraph right under it (web pages style
 * one copy and keep the other for readers without styles), is one heading.
 */
function dropRepeatedHeadings(blocks: Block[], warnings: Warning[]): Block[] {
  /** The latest heading of each depth, while no heading above it has come since. */
  const open: string[] = [];
  /** Every short line so far, as `headingKey` reads it: what a `(continued)` line may repeat. */
  const earlier = new Set<string>();
  // Kept only when some line says it goes on, as few texts do.
  const anyContinued = blocks.some((block) => block.text.length <= 80 && CONTINUED.test(block.text));
  return blocks.filter((block, i) => {
    const before = blocks[i - 1];
    // `3. BARGAINING AND PAY (continued)`, `二、主要措施（续）`: a heading printed again over the next page.
    const base = block.text.length <= 80 ? CONTINUED.exec(block.text) : null;
    const continued = base !== null && earlier.has(headingKey(base[1] ?? ""));
    if (anyContinued && block.text.length <= 80) earlier.add(headingKey(block.text));
    // A section's heading printed again over its next page (`## Section 4 – Findings`, its
    // subsections between): the section goes on.
    const depth = block.kind === "heading" ? (block.depth ?? 1) : 0;
    const reprinted = depth > 0 && open[depth] !== undefined && same(open[depth], block.text);
    if (depth > 0) {
      open.length = depth;
      open[depth] = block.text;
    }
    const repeat =
      reprinted ||
      continued ||
      (before !== undefined &&
        block.kind === "paragraph" &&
        block.text.length <= 80 &&
        before.text.length <= 80 &&
        // Only a heading-like line: a sentence said twice (`加油！加油！`) is speech.
        !/[。！？!?；;]/u.test(block.text) &&
        same(block.text, before.text));
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
