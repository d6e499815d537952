import { hasHan, hasLatinLetter, RAISED_DIGIT } from "../characters.js";
import {
  asciiDigits,
  chineseNumber,
  circledNumber,
  isOrdinalRange,
  QUANTITY_UNIT,
  romanNumber,
} from "../numerals.js";

/**
 * A place where numbering may begin. Whether it really is structure is decided later, by whether
 * its series continues (see `candidates.ts`).
 */
export interface MarkerMatch {
  /** Which numbering family (`cn-dun` for `一、`, `cn-shi` for `一是`, `dec2` for `1.1`, …). */
  family: string;
  /** Its number in the series; `LAST` for `最后`, NaN where the family has no numbers. */
  ordinal: number;
  /** The numbering exactly as written, with the punctuation and spaces that belong to it. */
  marker: string;
  /** Strong markers (`一、`, `（一）`, `I.`) are structure even without a second item. */
  strong: boolean;
}

/** `最后` closes a `首先 … 其次 …` series whatever its length. */
export const LAST = 1000;

/** `One more thing:` goes on from any item of a spoken series, its last included. */
export const ONE_MORE = LAST + 1;

/** `Let me turn to …` takes the next place of a spoken series that has places left. */
export const TURNED_TO = LAST + 2;

/** English series a speaker starts inside a paragraph, after a sentence's end (`… today. First, …`). */
export const SAID_INSIDE = new Set(["en-ordinal", "en-cardinal", "en-number"]);

/** The ways an English speaker counts aloud (`Number one:`, `The second thing is`, `Third,`). */
export const SPOKEN_ENGLISH = new Set(["en-ordinal", "en-the-ordinal", "en-number", "en-point", "en-start"]);

/** Ordinals said in words, which open a paragraph as a speaker says them (`一是`, `第一，`, `首先`). */
export const SPOKEN_CHINESE = new Set(["cn-shi", "cn-di", "cn-di-shi", "cn-seq"]);

/**
 * The numbering a family's items count in: a speaker who says `Number one:`, then `The second
 * thing is this:`, then `Third,` counts one series in three ways, as one who says `首先`, then
 * `接下来`, then `最后` does.
 */
export function numberingOf(family: string): string {
  if (family === "cn-seq-next" || family === "cn-talk" || family === "cn-talk-next") return "cn-seq";
  return SPOKEN_ENGLISH.has(family) ? "en-spoken" : family;
}

const CN = "[一二三四五六七八九十百零〇两兩]{1,4}";
/**
 * The title of a numbered clause of a standard or regulation, alone on its line: a word first, or a
 * year (`6  2024年工作计划`), at most 40 characters, no punctuation of a sentence or a list, no
 * columns or tabs (a table's row), no full stop at its end.
 */
const CLAUSE_TITLE =
  "(?:(?:[0-9０-９]{4}(?=年))?\\p{Script=Han}(?:(?![ \\u3000]{2}|\\t)[^。，、；：！？,;:!?\\n]){0,39}|[A-Za-z](?:(?![ \\u3000]{2}|\\t)[^。，、；：！？,;:!?\\n]){0,69})(?<![.…])(?:\\n|$)";
const CN_SMALL = "[一二三四五六七八九十]{1,3}";
const DIGIT = "[0-9０-９]";

/** The characters from `first` to `last`, as a string. */
function charRange(first: string, last: string): string {
  let chars = "";
  for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code++) chars += String.fromCharCode(code);
  return chars;
}
const startSet = (...parts: string[]): ReadonlySet<string> => new Set(parts.join(""));
/** What CN, CN_SMALL and DIGIT start with. */
const CN_CHARS = "一二三四五六七八九十百零〇两兩";
const CN_SMALL_CHARS = "一二三四五六七八九十";
/**
 * A scan's reading of `一`, one stroke across: a dash (`—、基本情况`, `（—）`, `-是`). Only where a
 * numeral must stand, before its mark and Chinese words, and never in a dash's pair (`——是`).
 */
const OCR_DASHES = "—－–-";
const OCR_ONE = "(?<![—－–-])[—－–-]";
const isOcrOne = (numeral: string | undefined) => numeral?.length === 1 && OCR_DASHES.includes(numeral);
/** What a speech counts its parts as (`第一个问题：`, `第二个方面：`, `第三个故事：`). */
const CN_COUNTED_PARTS = (
  "问题 問題 方面 故事 关键词 關鍵詞 体会 體會 感悟 启示 啟示 建议 建議 任务 任務 要求 意见 意見 " +
  "层面 層面 维度 維度 案例 重点 重點"
).split(" ");
/** Words a speech labels its numbered parts with (`关键词一：`, `亮点二：`). */
const CN_LABEL_WORDS = (
  "关键词 關鍵詞 亮点 亮點 任务 任務 举措 舉措 目标 目標 特点 特點 经验 經驗 案例 篇章 专题 專題 " +
  "板块 板塊 主题 主題 议题 議題 启示 啟示 体会 體會 感悟 讨论题纲 討論題綱 题纲 題綱 提纲 提綱 话题 話題 课题 課題 单元 單元 " +
  "建议 建議 决议 決議 提案 议案 議案 问题 問題"
).split(" ");
const DIGIT_CHARS = charRange("0", "9") + charRange("０", "９");
/** The first letters of the words in an alternation (`And|But|…`). */
const initials = (alternation: string): string =>
  alternation
    .split("|")
    .map((word) => word.charAt(0))
    .join("");

interface Family {
  id: string;
  /** When one pattern writes two series (`第一，` and `第一是` nest inside each other). */
  idOf?: (m: RegExpExecArray) => string;
  pattern: RegExp;
  /**
   * Every character a match of `pattern` can start with. At any other position the pattern is not
   * run: most families never match in a speech (English ones in Chinese, and the other way round),
   * and a pattern never run is never compiled.
   */
  starts: ReadonlySet<string>;
  ordinal: (m: RegExpExecArray) => number;
  strong: boolean | ((m: RegExpExecArray, text: string) => boolean);
  /** May appear inside a paragraph as a series (`……。一是……；二是……`). */
  inline: boolean;
  /** Which characters may stand before it inside a paragraph. */
  inlineAfter?: RegExp;
}

/** A colon or a semicolon: where a list of clauses goes on inside a sentence. */
const CLAUSE_LIST_BEFORE = /[；;：:]\s*$/u;
const CLAUSE_END_BEFORE = /[。；;！!？?：:，,]\s*$/u;
/**
 * An English sentence's end before a word (`today. First`), a closing quote or bracket after it; or
 * a transcript's cue in square brackets, which follows one (`[SLIDE 3] First`, `[APPLAUSE] Second`).
 */
const ENGLISH_SENTENCE_END_BEFORE = /(?:[a-z\d%)][.!?]["”’)]?|\])\s+$/u;

/** A speaker taking up the next part: `Let me turn now to …`, `Turning to …`. */
const EN_TURN =
  "(?:(?:Let me|Let['’]s|I(?:['’]ll| will| want to| would like to)?)\\s+(?:now\\s+)?turn\\s+(?:now\\s+)?to|Turning\\s+(?:now\\s+)?to)";
const EN_TURN_MARKER = new RegExp(`^${EN_TURN}$`, "u");

/** Whether an item's marker is a speaker's `Let me turn now to`. */
export function saysTurn(marker: string): boolean {
  return EN_TURN_MARKER.test(marker);
}

/** `Ⅲ` → 3: the characters Ⅰ to Ⅻ stand in order. */
const romanCharNumber = (numeral: string): number => (numeral.codePointAt(0) ?? 0) - 0x215f;
const cn = (m: RegExpExecArray) => (isOcrOne(m[1]) ? 1 : chineseNumber(m[1] ?? ""));
const arabic = (m: RegExpExecArray) => Number(asciiDigits(m[1] ?? ""));
const EN_ORDINALS: Record<string, number> = {
  First: 1,
  Second: 2,
  Third: 3,
  Fourth: 4,
  Fifth: 5,
  Sixth: 6,
  Seventh: 7,
  Eighth: 8,
  Ninth: 9,
  Tenth: 10,
  Eleventh: 11,
  Twelfth: 12,
  Thirteenth: 13,
  Fourteenth: 14,
  Fifteenth: 15,
  Finally: LAST,
  Lastly: LAST,
  "Last but not least": LAST,
  Last: LAST,
};
const EN_ORDINAL_WORDS = Object.keys(EN_ORDINALS).join("|");
/** What a speaker counts when the place in the series ends the phrase (`The second thing: …`). */
const EN_SIGNPOSTS =
  "thing|lesson|point|idea|reason|step|priority|principle|question|challenge|goal|message|task|request|theme|area|change|commitment|promise|rule|habit|piece of advice|" +
  "reflection|observation|thought|hope|wish|story|truth|word|conviction|ask|concern|pillar|shift";
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

const EN_NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
/** `II`, `3`, `Three` → 3; NaN for anything else. */
function englishNumber(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  const word = EN_NUMBER_WORDS.indexOf(text.toLowerCase());
  if (word >= 0) return word + 1;
  return /^[IVXLC]+$/u.test(text) ? romanNumber(text) : Number.NaN;
}
/**
 * What a story counts, not a speech's points: `The first person I called that night was …`, `The last
 * time we met was …` tell what happened.
 */
const EN_STORY_NOUNS =
  "time|times|day|days|night|nights|week|weeks|month|months|year|years|morning|evening|moment|person|people|man|woman|men|women|child|children|call|job|house|home|car|book|letter|meeting|visit|words";

/** The last of a series said with its place (`Third and finally,`; `Third, and lastly,` is an aside). */
const EN_AND_FINALLY = "\\s+and\\s+(?:finally|lastly)";
/**
 * An aside said between an ordinal and its words, kept with the marker so that the heading is the
 * item's own words: `First, and most importantly, …`, `Number two, and this is the big one, …`,
 * `Number four, and this is the one I care about most: …`.
 */
const EN_ASIDE =
  `(?:${EN_AND_FINALLY},|` +
  "\\s+and\\s+(?:perhaps\\s+)?(?:most\\s+importantly|above\\s+all),|\\s+and\\s+(?:this|that)(?:\\s+one)?(?:\\s+is|['’]s)\\s+(?:the|a)\\s+(?:[a-z]+\\s+){0,2}one(?:\\s+[A-Za-z]+){0,5}[,:])?";
const EN_PART_WORD = "PART|Part|SECTION|Section|CHAPTER|Chapter|BOOK|Book|ARTICLE|Article";
const EN_NUMBER = `[IVXLC]{1,6}|\\d{1,3}|${EN_NUMBER_WORDS.map(capitalize).join("|")}|${EN_NUMBER_WORDS.join("|").toUpperCase()}`;
/** A part lettered (`Part A`, `Part B`, as a budget speech has them). */
const EN_PART_LETTER = "[A-H]";
const PART_LETTER_ONLY = new RegExp(`^${EN_PART_LETTER}$`, "u");
/** A part's number: `Part C` is the third part, not the hundredth. */
function partNumber(numeral: string): number {
  return PART_LETTER_ONLY.test(numeral)
    ? numeral.charCodeAt(0) - "A".charCodeAt(0) + 1
    : englishNumber(numeral);
}
/** What sets a part's number apart from its title: `PART II — Our response`, `Part III: Next steps`. */
const EN_PART_SEPARATOR = "(?:[ \\t]*(?:[.:：]|[—–]{1,2}|-{1,2})(?!\\d))?";
/**
 * `Section 3 of the Act provides…`: a word in lower case after the number goes on a sentence. A
 * speaker's `Part one: …` says its number in lower case, always with a colon or a dash after it.
 */
const EN_PART = new RegExp(
  `(${EN_PART_WORD})\\s+(${EN_NUMBER}|${EN_PART_LETTER}|(?:${EN_NUMBER_WORDS.join("|")})(?=[ \\t]*[:：—–]))(?![\\w])(?!\\s+(?:of|in|to|and|or|is|are|was|provides|says|states|requires|above|below)\\b)${EN_PART_SEPARATOR}\\s*`,
  "uy",
);
/** Words that lead into a number said aloud (`And number two,`). */
const EN_NUMBER_LEADS = "And|But|Now|So|Then|OK|Okay";
/** Words that lead into an English ordinal (`And second,`, `But the third …`). */
const EN_ORDINAL_LEADS = "And|But|Now|So|Then";
/**
 * Whom a speaker turns to before going on with the series (`Mr Speaker, fourth and finally, …`), as
 * a minister's statement and a council address do between parts.
 */
const EN_ADDRESSES =
  "(?:Mr|Mrs|Ms|Madam|Madame)\\.?\\s+(?:Deputy\\s+)?(?:Speaker|President|Chair(?:man|woman|person)?|Mayor|Chancellor|Moderator)|Colleagues|Friends|Ladies\\s+and\\s+gentlemen";
/** The letters EN_ADDRESSES start with. */
const EN_ADDRESS_INITIALS = "MCFL";
const EN_THE_ORDINAL_LEADS = "And|But|Now|So";
const EN_THE_ORDINAL_OWNERS = "The|My|Our";
/** Words numbered in a report that head no part of it: captions, references, units, counts. */
const EN_UNNUMBERED_LABELS =
  "Figure|Fig|Table|Chart|Exhibit|Graph|Map|Photo|Image|Box|Source|Sources|Note|Notes|Page|Pages|Vol|Volume|Issue(?!\\s+\\d{1,2}:)|No|Number|Point|Part|Section|Chapter|Book|Article|Appendix|Annex|Schedule|Attachment|Enclosure|Footnote|Level|Grade|Class|Room|Floor|Unit|Line|Route|Row|Column|Version|Release|Day|Week|Month|Year|Quarter|Q|Hour|Minute|Verse|Psalm|FIGURE|TABLE|CHART|EXHIBIT|PAGE|NOTE|NOTES|APPENDIX|ANNEX|PART|SECTION|CHAPTER|ARTICLE";

const PART_UNITS: Record<string, string> = { 節: "节", 編: "编", 講: "讲", 課: "课", 單元: "单元" };
/**
 * The units a text's parts are counted in (`第二章`, `第一部分`, a course's `第一讲` `第一课`, a
 * programme's `第一篇章`); a
 * `第二课堂` is a school's activities, no lesson.
 */
const PART_UNIT = "(部分|章|节|節|篇章|篇|编|編|讲|講|案|单元|單元|[课課](?!堂))";
/** `cn-part-章`, `cn-part-节`: one family per unit, the traditional and simplified forms alike. */
function partFamily(unit: string): string {
  return `cn-part-${PART_UNITS[unit] ?? unit}`;
}

/** An article's title in brackets (`（目的和依据）`): a short phrase, no sentence in it, not a number. */
export const ARTICLE_TITLE = /[（(](?![一二三四五六七八九十\d]+[）)])([^（）()。；;！!？?\n]{2,20})[）)]/u;

/** The ten heavenly stems, in their order. */
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

const SEQUENCE: Record<string, number> = {
  首先: 1,
  其次: 2,
  再次: 3,
  再者: 3,
  再其次: 3,
  最后: LAST,
  最後: LAST,
};

/**
 * Words after `第二十節` or `第三章` that cite a passage of another text rather than open a part of
 * this one (`第二十節說：「…」`, `第三章至第五章`, `第五章規定`).
 */
const CITED_AFTER_PART = "(?:說|说|記載|记载|提到|指出|講到|讲到|告訴|告诉|寫道|写道|規定|规定|[至到]第)";

// Order matters: the first family that matches at a position wins.
const FAMILIES: Family[] = [
  {
    id: "cn-part",
    starts: startSet("第"),
    pattern: new RegExp(
      `第(${CN})${PART_UNIT}(?!${CITED_AFTER_PART})[\\s\\u3000]*[：:，,、．.]?[\\s\\u3000]*`,
      "uy",
    ),
    // `第二章` holds `第一节`: each unit is a series of its own.
    idOf: (m) => partFamily(m[2] ?? ""),
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    // Articles of rules and 公文: a space sets the number apart (`第一条 为了…`), or the article's
    // title in brackets follows it (`第一条（目的和依据）`).
    id: "cn-article",
    starts: startSet("第"),
    pattern: new RegExp(`第(${CN})(?:条|條)(?:[\\s\\u3000]+|(?=${ARTICLE_TITLE.source}))`, "uy"),
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    // A speech's parts counted by what they are (`第一个问题：认清形势`, `第一个方面：…`, `第二个故事：…`):
    // sections, above the speaker's `第一，` `第二，` inside each of them; one series per noun, so the
    // stories told inside an aspect nest under it.
    id: "cn-counted",
    starts: startSet("第"),
    pattern: new RegExp(
      `第(${CN_SMALL})(?:个|個)(${CN_COUNTED_PARTS.join("|")})是?[：:，,、．.]?[\\s\\u3000]*`,
      "uy",
    ),
    idOf: (m) => `cn-counted-${m[2] ?? ""}`,
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    // A speech's parts named by a label and its number (`关键词一：通达`, `亮点2：…`, `任务三：…`,
    // a report's `建議一\u3000延長開放時間`): one series per label; only a series is structure.
    id: "cn-label",
    starts: startSet(CN_LABEL_WORDS.map((word) => word.charAt(0)).join("")),
    pattern: new RegExp(
      `(${CN_LABEL_WORDS.join("|")})(${CN_SMALL}|\\d{1,2})(?:[：:][\\s\\u3000]*|[\\s\\u3000]+(?=\\p{Script=Han}))`,
      "uy",
    ),
    idOf: (m) => `cn-label-${m[1] ?? ""}`,
    ordinal: (m) => (/\d/u.test(m[2] ?? "") ? Number(m[2]) : chineseNumber(m[2] ?? "")),
    strong: false,
    inline: false,
  },
  {
    // A host's running order (`下面，进行大会第一项议程：奏唱国歌。`): each item of the agenda is a
    // part of the 主持词, headed by what it is.
    id: "cn-agenda",
    starts: startSet("下现現接进進开開举舉会會第"),
    pattern: new RegExp(
      `(?:(?:下面|现在|現在|接下来|接下來)[，,]?[\\s\\u3000]*)?(?:(?:进行|進行|开始|開始|举行|舉行)(?:大会|大會|会议|會議)?)?第(${CN_SMALL})[项項](?:议程|議程|议题|議題)[：:，,]?[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: cn,
    strong: false,
    inline: false,
  },
  {
    id: "cn-di",
    starts: startSet("第"),
    pattern: new RegExp(
      `第(${CN_SMALL})(?:个方面|個方面|方面|点|點|条|條|种|種|项|項|句话|句話|件事|个|個)?(?:是[，,：:]?|[，,、：:．.])[\\s\\u3000]*`,
      "uy",
    ),
    idOf: (m) => (/^第[^是]*是/u.test(m[0]) ? "cn-di-shi" : "cn-di"),
    ordinal: cn,
    strong: false,
    inline: true,
  },
  {
    id: "cn-capital",
    starts: startSet("壹贰貳叁參肆伍陆陸柒捌玖拾"),
    // A post may set a bar after it (`壹｜把群众当亲人`), as it does after `01｜`.
    pattern: /([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})[\s\u3000]*[、．.|｜][\s\u3000]*/uy,
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    // The heavenly stems number the parts of a report in Hong Kong, Macau and Taiwan (`甲、會務概況`);
    // `甲、乙雙方` names two parties.
    id: "cn-stem",
    starts: startSet(HEAVENLY_STEMS),
    pattern: new RegExp(
      `([${HEAVENLY_STEMS}])[\\s\\u3000]*[、．.](?![${HEAVENLY_STEMS}])[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: (m) => HEAVENLY_STEMS.indexOf(m[1] ?? "") + 1,
    strong: true,
    inline: false,
  },
  {
    id: "cn-dun",
    starts: startSet(CN_CHARS, OCR_DASHES),
    pattern: new RegExp(
      `(${CN}|${OCR_ONE}(?=、\\p{Script=Han}))[\\s\\u3000]*[、．.](?![一二三四五六七八九十][、．.])[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: cn,
    strong: true,
    // Inside a paragraph only after a colon or a sentence end (`主要有三点：一、……；二、……`).
    inline: true,
    inlineAfter: /[。；;：:！!？?]\s*$/u,
  },
  {
    // `二,存在的问题`: a scan or a rough hand sets a comma where `、` belongs; at a line's start only,
    // since inside a sentence numerals and commas count things (`一，二，三`).
    id: "cn-dun-comma",
    starts: startSet(CN_CHARS),
    pattern: new RegExp(
      `(${CN})[\\s\\u3000]*[，,](?![\\s\\u3000]*[一二三四五六七八九十][，,、])[\\s\\u3000]*`,
      "uy",
    ),
    idOf: () => "cn-dun",
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    id: "cn-paren",
    starts: startSet("（("),
    pattern: new RegExp(
      `[（(][\\s\\u3000]*(${CN}|${OCR_ONE}(?=[）)]\\p{Script=Han}))[\\s\\u3000]*[）)][\\s\\u3000]*[、，,．.：:]?[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: cn,
    strong: true,
    inline: true,
  },
  {
    // `（Ⅰ）办学规模稳步扩大`: Roman numerals of one character in brackets, under `Ⅰ、`.
    id: "roman-char-paren",
    starts: startSet("（("),
    pattern: /[（(]\s*([Ⅰ-Ⅻ])\s*[）)][\s\u3000]*/uy,
    ordinal: (m) => romanCharNumber(m[1] ?? ""),
    strong: true,
    inline: false,
  },
  {
    // `㈠` `㈡`: `（一）` `（二）` written as one character, as Taiwanese reports set them.
    id: "cn-paren-sign",
    starts: startSet(charRange("㈠", "㈩")),
    pattern: /([㈠-㈩])[\s\u3000]*/uy,
    ordinal: (m) => (m[1] ?? "㈠").charCodeAt(0) - 0x321f,
    strong: true,
    inline: true,
  },
  {
    // Sections of some 方案 and 公文 numbered in black lenticular brackets (`【一】总体要求`).
    id: "cn-lenticular",
    starts: startSet("【"),
    pattern: new RegExp(`【[\\s\\u3000]*(${CN})[\\s\\u3000]*】[\\s\\u3000]*`, "uy"),
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    // Tortoise-shell brackets (`〔一〕指导思想`), a level below; a document number (`〔2025〕9号`)
    // holds digits, never a Chinese numeral.
    id: "cn-tortoise",
    starts: startSet("〔"),
    pattern: new RegExp(`〔[\\s\\u3000]*(${CN})[\\s\\u3000]*〕[\\s\\u3000]*`, "uy"),
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    id: "cn-shi",
    starts: startSet(CN_SMALL_CHARS, "其", OCR_DASHES),
    pattern: new RegExp(
      `(?:(${CN_SMALL}|${OCR_ONE}(?=是\\p{Script=Han}))(?:是|要|则|則|来|來)|其(${CN_SMALL}))[，,：:、]?[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: (m) => (isOcrOne(m[1]) ? 1 : chineseNumber(m[1] ?? m[2] ?? "")),
    strong: false,
    inline: true,
  },
  {
    // A speaker taking topics in turn (`先说说…`, `再说说…`, `然后讲讲…`, then `最后，…`): a spoken
    // series counted as `首先` `其次` are, opening paragraphs only.
    id: "cn-talk",
    starts: startSet("首先再然接下"),
    pattern:
      /(?:(首先|先)|再|然后|然後|接着|接著|下面)(?:来|來)?(?:说说|說說|讲讲|講講|谈谈|談談|说一说|說一說|讲一讲|講一講|谈一谈|談一談)[，,：:]?[\s\u3000]*/uy,
    idOf: (m) => (m[1] ? "cn-talk" : "cn-talk-next"),
    ordinal: (m) => (m[1] ? 1 : 2),
    strong: false,
    inline: false,
  },
  {
    id: "cn-seq",
    starts: startSet("首其再最"),
    // `最後的小叮嚀` names a thing: no place in a series.
    pattern: /(首先|其次|再其次|再次|再者|最后|最後)(?![的之])是?[，,：:]?[\s\u3000]*/uy,
    ordinal: (m) => SEQUENCE[m[1] ?? ""] ?? Number.NaN,
    strong: false,
    inline: true,
  },
  {
    // A host's agenda, item by item (`下面进行第一项，`, `大会进行第二项，`, `进行大会第三项，`): the
    // meeting's parts, whatever the host says under each.
    id: "cn-agenda",
    starts: startSet("下现現接大会會进進"),
    pattern:
      /(?:(?:下面|现在|現在|接下来|接下來)[，,]?)?(?:(?:大会|会议|大會|會議)(?:进行|進行)|(?:进行|進行)(?:大会|会议|大會|會議)?)第([一二三四五六七八九十]{1,3})[项項][，,：:]?[\s\u3000]*/uy,
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    // `一方面，成绩来之不易。…` then `另一方面，差距不容忽视。…`: two sides taken in turn, opening
    // paragraphs only; inside one they are words of its sentence (`一方面要…，另一方面要…`).
    id: "cn-aspect",
    starts: startSet("一另"),
    pattern: /(另)?一方面[，,：:][\s\u3000]*/uy,
    ordinal: (m) => (m[1] ? 2 : 1),
    strong: false,
    inline: false,
  },
  {
    // `接下来，…` or `再来，…` opening a paragraph after `首先，…`: the next item of a spoken series,
    // however many came before it. Inside a paragraph it is a word of the sentence.
    id: "cn-seq-next",
    starts: startSet("接再"),
    pattern: /(?:接下来|接下來|再来|再來)[，,][\s\u3000]*/uy,
    ordinal: () => 2,
    strong: false,
    inline: false,
  },
  {
    id: "dec",
    starts: startSet(DIGIT_CHARS),
    pattern: new RegExp(
      `(${DIGIT}{1,3}(?:[.．]${DIGIT}{1,3}){1,3})(?!(?<=[.．]${DIGIT}{3})年)[.．]?(?=[\\s\\u3000]|\\p{Script=Han})(?![\\s\\u3000]*(?:${QUANTITY_UNIT}))[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: (m) => Number(decimalParts(m[1] ?? "").at(-1)),
    strong: (m) => /\s$/u.test(m[0]),
    inline: false,
  },
  {
    // Clauses of standards and regulations (`1 范围`, `3\u3000术语和定义`): a number, a space and a
    // short title on a line of its own, the top of the decimal numbering (`3.1`, `4.2.1`) below it.
    id: "dec1",
    starts: startSet(DIGIT_CHARS),
    pattern: new RegExp(
      `(${DIGIT}{1,3})(?![ \\u3000]*(?:${QUANTITY_UNIT}))[ \\u3000]+(?=${CLAUSE_TITLE})`,
      "uy",
    ),
    ordinal: arabic,
    strong: false,
    inline: false,
  },
  {
    // `01 冷库建了，却“冷”在那里`: a WeChat editor's part number, padded, then its title after a space.
    id: "num-padded",
    starts: startSet("0０"),
    pattern: /(0[1-9]|[0０][１-９])[ \t\u3000]+(?=[\p{Script=Han}“「])/uy,
    ordinal: arabic,
    strong: false,
    inline: false,
  },
  {
    // Not a decimal (`3.5亿元`); a year glued to the number (`3.2025年，…`, a 民國 year
    // `1.113年度…`) only as the next item of a series (see `GLUED_YEAR`), and a month at once
    // (`1．5月10日前，…`), which no decimal is.
    id: "num-dot",
    starts: startSet(DIGIT_CHARS),
    pattern: new RegExp(
      `(${DIGIT}{1,3})[\\s\\u3000]*([.．、])(?!${DIGIT}(?!${DIGIT}{2,3}年|${DIGIT}?月))[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: arabic,
    strong: false,
    inline: true,
  },
  {
    id: "num-paren",
    starts: startSet("（("),
    // Not a telephone's area code (`(406) 555-0187`); a Taiwanese text may set `、` after it (`(1)、`).
    pattern: new RegExp(
      `[（(][\\s\\u3000]*(${DIGIT}{1,3})[\\s\\u3000]*[）)](?![\\s\\u3000]*\\d{3}[-.\\s]\\d{4})[\\s\\u3000]*(?:[、．][\\s\\u3000]*)?`,
      "uy",
    ),
    ordinal: arabic,
    strong: false,
    inline: true,
  },
  {
    // `1) …`, and in Chinese `1）深入学习…` with nothing between the bracket and the words.
    id: "num-rparen",
    starts: startSet(DIGIT_CHARS),
    pattern: new RegExp(`(${DIGIT}{1,3})[)）](?:[\\s\\u3000]+|(?=[\\p{Script=Han}“《]))`, "uy"),
    ordinal: arabic,
    strong: false,
    // Inside a paragraph only after a colon or a semicolon (`Conference notes that: 1) …; 2) …`):
    // after anything else a number and a bracket close an aside (`(in 2019) and`).
    inline: true,
    inlineAfter: CLAUSE_LIST_BEFORE,
  },
  {
    // A paragraph's number in square brackets (`[12] The Claimant …`), as judgments and tribunal
    // decisions number theirs: at a paragraph's start only, never a year (`[2025] SGECT 47`).
    id: "num-bracket",
    starts: startSet("[［"),
    pattern: new RegExp(`[[［](${DIGIT}{1,3})[\\]］][\\s\\u3000]+`, "uy"),
    ordinal: arabic,
    strong: false,
    inline: false,
  },
  {
    id: "circled",
    starts: startSet(charRange("①", "⑳"), charRange("㉑", "㉟"), charRange("㊱", "㊿")),
    pattern: /([①-⑳㉑-㉟㊱-㊿])[\s\u3000]*/uy,
    ordinal: (m) => circledNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    // A post's section number before a bar (`01｜坚定理想信念`, `2 | 把问题当课题`), as WeChat sets its headings.
    id: "num-bar",
    starts: startSet(DIGIT_CHARS),
    pattern: /(\d{1,2})[ \u3000]*[|｜][ \u3000]*(?=\S)/uy,
    ordinal: arabic,
    strong: true,
    inline: false,
  },
  {
    // A number on a key (`1️⃣ 市场开拓实现新突破`), as posts on social media set their headings.
    id: "keycap",
    starts: startSet(DIGIT_CHARS),
    pattern: /([0-9])\uFE0F?\u20E3[\s\u3000]*/uy,
    ordinal: arabic,
    strong: false,
    inline: false,
  },
  {
    id: "paren-digit",
    starts: startSet(charRange("⑴", "⒇")),
    pattern: /([⑴-⒇])[\s\u3000]*/uy,
    ordinal: (m) => (m[1] ?? "⑴").charCodeAt(0) - 0x2473,
    strong: false,
    inline: true,
  },
  {
    // `PART II`, `Section 3`, `Chapter Four`: a word and a number head a part of the text.
    id: "en-part",
    starts: startSet(initials(EN_PART_WORD)),
    pattern: EN_PART,
    idOf: (m) => `en-part-${(m[1] ?? "").toLowerCase()}`,
    ordinal: (m) => partNumber(m[2] ?? ""),
    strong: true,
    inline: false,
  },
  {
    // A speaker taking the parts of a talk in turn: `In part one, I want to show you …`, `And in
    // part three, …`. Only a series of them is structure.
    id: "en-part-said",
    starts: startSet("IAS"),
    pattern: new RegExp(
      `(?:(?:And|So)\\s+in|In)\\s+part\\s+(${EN_NUMBER_WORDS.join("|")}|\\d{1,2})[,:]\\s+`,
      "uy",
    ),
    ordinal: (m) => englishNumber(m[1] ?? ""),
    strong: false,
    inline: false,
  },
  {
    // A speaker counting aloud: `Number one, …`, `And number two: …`, `Number three is …`, also
    // inside a paragraph after a sentence ends (`I will add two things. Number one, …`). The
    // words inside a sentence (`our number one request`, `numbers one and three`) are no marker:
    // lower case, or no comma after them. Only a series of them is structure.
    id: "en-number",
    starts: startSet(initials(EN_NUMBER_LEADS), "N"),
    pattern: new RegExp(
      `(?:(?:${EN_NUMBER_LEADS}),?\\s+number|Number)\\s+(${EN_NUMBER_WORDS.join("|")}|\\d{1,2})(?:[,:]|\\s+is\\b:?)${EN_ASIDE}\\s+`,
      "uy",
    ),
    ordinal: (m) => englishNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    // A speaker naming the thing counted with its number: `Mistake number one: trying to …`,
    // `Lesson number two — …`, `And mistake number five:`. The same series as `Number one:`, said
    // inside a paragraph too.
    id: "en-named-number",
    starts: startSet(charRange("A", "Z")),
    pattern: new RegExp(
      `(?:(?:${EN_NUMBER_LEADS}),?\\s+[a-z]{3,15}|[A-Z][a-z]{2,15})\\s+number\\s+(${EN_NUMBER_WORDS.join("|")}|\\d{1,2})\\s*(?:[:—–]|\\s+is\\b:?)\\s+`,
      "uy",
    ),
    idOf: () => "en-number",
    ordinal: (m) => englishNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    // A speaker naming each point as it comes: `Point one: we will …`, `Point two — …`. The words
    // inside a sentence (`At this point`, `the point of all this`) are no marker: lower case, or no
    // number after them. Only a series of them is structure.
    id: "en-point",
    starts: startSet("ASN", "P"),
    pattern: new RegExp(
      `(?:(?:And|So|Now),?\\s+point|Point)\\s+(?:number\\s+)?(${EN_NUMBER_WORDS.join("|")}|\\d{1,2})(?:\\s*[:.]|\\s*[—–]|,)\\s+`,
      "uy",
    ),
    ordinal: (m) => englishNumber(m[1] ?? ""),
    strong: false,
    inline: false,
  },
  {
    // English paragraphs opened `First, … Second, … Finally, …`: a series, never a lone word.
    id: "en-ordinal",
    starts: startSet(initials(EN_ORDINAL_LEADS), initials(EN_ORDINAL_WORDS), EN_ADDRESS_INITIALS),
    pattern: new RegExp(
      // `First of all,`, `Second of all,`, `Last of all,` count as `First,` does.
      `(?:(?:${EN_ORDINAL_LEADS}|(?:${EN_ADDRESSES}),)\\s+(${EN_ORDINAL_WORDS.toLowerCase()})|(${EN_ORDINAL_WORDS}))(?:ly)?(?:\\s+of\\s+all|${EN_AND_FINALLY})?,${EN_ASIDE}\\s+`,
      "uy",
    ),
    ordinal: (m) => EN_ORDINALS[capitalize(m[1] ?? m[2] ?? "")] ?? Number.NaN,
    strong: false,
    // Inside a paragraph after a sentence ends (`… three measures today. First, we will …`).
    inline: true,
  },
  {
    // Things counted aloud inside a paragraph: `… three big upgrades. One, the display: … Two, the
    // battery: …`. Capitalised, after a sentence's end; only a series of them is structure.
    id: "en-cardinal",
    starts: startSet(initials(EN_NUMBER_WORDS.map(capitalize).join("|"))),
    pattern: new RegExp(`(${EN_NUMBER_WORDS.map(capitalize).join("|")})[,:]\\s+`, "uy"),
    ordinal: (m) => englishNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    // A series said inside a sentence after a colon (`in three ways: first, by …; secondly, by …; and
    // thirdly, by …`): the same series as `First,`, in lower case, never at a paragraph's start.
    id: "en-ordinal-listed",
    starts: startSet(initials(EN_ORDINAL_WORDS.toLowerCase())),
    // A list of questions goes on after each one's mark (`…three questions: first, what …? second, am I …?`).
    // The first item may be set off by commas alone (`We will do this, firstly, by …; secondly, by …`).
    pattern: new RegExp(
      `(?:(?<=(?:[:;?]|\\band)\\s{1,2})(${EN_ORDINAL_WORDS.toLowerCase()})|(?<=,\\s{1,2})(first))(?:ly)?,\\s+`,
      "uy",
    ),
    idOf: () => "en-ordinal",
    ordinal: (m) => EN_ORDINALS[capitalize(m[1] ?? m[2] ?? "")] ?? Number.NaN,
    strong: false,
    inline: true,
  },
  {
    // Things counted in lower case inside a sentence after a colon (`three things on wages: one, take
    // …; two, run …; three, fight …`): the same series as `One, …`. A count said aloud (`one, two,
    // three`) has no item after a semicolon.
    id: "en-cardinal-listed",
    starts: startSet(initials(EN_NUMBER_WORDS.join("|"))),
    // The last may follow `and` after the semicolon (`…; and three, a small-grants fund`).
    pattern: new RegExp(`(?<=(?:[:;]|;\\s{1,2}and)\\s{1,2})(${EN_NUMBER_WORDS.join("|")}),\\s+`, "uy"),
    idOf: () => "en-cardinal",
    ordinal: (m) => englishNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    // `Next, we will …` opening a paragraph after `First, …`: the next item of a spoken series, as
    // `接下来，` is; it counts as a second, so it may be said more than once. Inside a paragraph it
    // is a word of the sentence.
    id: "en-ordinal-next",
    starts: startSet("AN"),
    pattern: /(?:And\s+)?Next,\s+/uy,
    idOf: () => "en-ordinal",
    ordinal: () => 2,
    strong: false,
    inline: false,
  },
  {
    // `Oh – and one more thing: the canteen opens …` after `Lastly, …`: a speaker adding an item to
    // the series they had closed. Alone, it is a sentence.
    id: "en-one-more",
    starts: startSet("AJNO"),
    pattern:
      /(?:(?:Oh|And|Now|Just)(?:\s*[,–—-]\s*|\s+)(?:and\s+|just\s+)?)?[Oo]ne\s+more\s+thing\s*[:,–—]\s*/uy,
    idOf: () => "en-ordinal",
    ordinal: () => ONE_MORE,
    strong: false,
    inline: false,
  },
  {
    // `Let me turn to the heat warning …` after `I have three updates` and two of them: the next
    // update. Said where no announced item is left, it is a sentence.
    id: "en-turn",
    starts: startSet("LIT"),
    pattern: new RegExp(`${EN_TURN}\\s+`, "uy"),
    idOf: () => "en-ordinal",
    ordinal: () => TURNED_TO,
    strong: false,
    inline: false,
  },
  {
    // `The first is …`, `My second point is …`, `The final priority is …`, `The first thing I want
    // to say is …`, `The first is this: …`, `The second thing: …`, `The third and final lesson is …`,
    // `My fourth priority -- and the one closest to my heart -- is …` (an aside, kept with the marker),
    // `The first: say it back.`,
    // `And the last thing, …`: a paragraph that names its place in a series; only a series of them
    // is structure.
    id: "en-the-ordinal",
    starts: startSet(initials(EN_THE_ORDINAL_LEADS), initials(EN_THE_ORDINAL_OWNERS)),
    pattern: new RegExp(
      `(?:(?:${EN_THE_ORDINAL_LEADS})\\s+(?:${EN_THE_ORDINAL_OWNERS.toLowerCase()})|${EN_THE_ORDINAL_OWNERS})\\s+(${EN_ORDINAL_WORDS.toLowerCase()}|final|last)(?:\\s+and\\s+(?:final|last))?(?!\\s+(?:${EN_STORY_NOUNS})\\b)` +
        `(?:(?:\\s+(?:[a-z'’]+|[A-Z][a-z'’]*)){0,8}?(?:,\\s+[^,.;:!?]{1,60},|\\s*(?:--|[—–])\\s*[^.;:!?—–]{1,60}?\\s*(?:--|[—–]))?\\s+(?:is|was|are|concerns|involves)\\b(?:\\s+(?:simply\\s+|just\\s+)?this:|[:,])?|\\s+(?:${EN_SIGNPOSTS})[:,]|:)\\s+`,
      "uy",
    ),
    ordinal: (m) => {
      const word = (m[1] ?? "").toLowerCase();
      return word === "final" || word === "last" ? LAST : (EN_ORDINALS[capitalize(word)] ?? Number.NaN);
    },
    strong: false,
    inline: false,
  },
  {
    // A speaker's first item said as a start (`Let me start with the people problem, …`): the first
    // of a series counted aloud after it (`Number two: …`); alone, it is a sentence.
    id: "en-start",
    starts: startSet("LI"),
    pattern: /(?:Let me|Let['’]s|I['’]ll|I will|I want to|I['’]d like to) (?:start|begin) (?:with|by)\s+/uy,
    ordinal: () => 1,
    strong: false,
    inline: false,
  },
  {
    // A report's numbered findings, goals or steps (`Finding 1: …`, `Key finding 2: …`, `Strategic Priority 4: …`, `Recommendation 2. …`, `Goal 3 —`,
    // `Action 4  Plant …` with a column's gap or a tab after the number, `Phase II: …` in Roman numerals),
    // a speaker's `Lesson one: …`, `Rule number two: …`, `Rule No. 3: …` or `Myth #4: …`, an agenda's `Item 5.1 …`:
    // one series per word, so recommendations nest under their finding's heading. Captions and units
    // (`Figure 2:`, `Table 1.`, `Page 3`) number no part; only a series is structure.
    id: "en-label",
    starts: startSet(charRange("A", "Z")),
    pattern: new RegExp(
      `(?!(?:${EN_UNNUMBERED_LABELS})\\b)([A-Z][a-z]{2,15}(?: [a-z]{3,15}| (?!(?:${EN_UNNUMBERED_LABELS})\\b)[A-Z][a-z]{2,15})?|[A-Z]{3,16})\\s+(?:(\\d{1,2}(?:\\.\\d{1,2}){1,2})(?::|\\s+[—–-])?|(?:number\\s+|No\\.\\s?|#)?(\\d{1,2}|${EN_NUMBER_WORDS.join("|")}|${EN_NUMBER_WORDS.map(capitalize).join("|")}|[IVX]{1,4}(?=[.:]|\\s+[—–-]))(?:[.:]|\\s+[—–-]|(?=\\s{2,}|\\t)))\\s+(?=[A-Z“"‘']|(?<=(?::|\\s[—–-])\\s+)[\\d\\p{Ll}])`,
      "uy",
    ),
    // `Item 5.1 …` numbers the items of part 5: one series per depth, as `5.1` is.
    idOf: (m) => `en-label-${(m[1] ?? "").toLowerCase()}${m[2] ? `-${m[2].split(".").length}` : ""}`,
    ordinal: (m) => (m[2] ? Number(m[2].split(".").at(-1)) : englishNumber(m[3] ?? "")),
    strong: false,
    inline: false,
  },
  {
    // A question put at a town hall or in a consultation, by its number (`Q1. Compulsory
    // redundancies`, `Q2: …`): a labelled series, as `Question 2:` is.
    id: "en-label-q",
    starts: startSet("Q"),
    pattern: /Q\s?(\d{1,2})[.:)]\s+(?=[A-Z"“‘])/uy,
    ordinal: (m) => Number(m[1]),
    strong: false,
    inline: false,
  },
  {
    // The next of a labelled series said in passing, in lower case after its lead: `And lesson five,
    // the one I care about most: …` after `Lesson one: …`. Its series is the label's; an aside up to
    // a colon stays with the marker.
    id: "en-label-said",
    starts: startSet(initials(EN_NUMBER_LEADS)),
    pattern: new RegExp(
      `(?:${EN_NUMBER_LEADS}),?\\s+(?!(?:${EN_UNNUMBERED_LABELS.toLowerCase()})\\b)([a-z]{3,15})\\s+(?:number\\s+)?(${EN_NUMBER_WORDS.join("|")}|\\d{1,2})(?:[.:]|,(?:\\s+[^,.:;!?]{1,40}:)?)\\s+`,
      "uy",
    ),
    idOf: (m) => `en-label-${m[1] ?? ""}`,
    ordinal: (m) => englishNumber(m[2] ?? ""),
    strong: false,
    inline: false,
  },
  {
    // Roman numerals set as one character each (`Ⅰ 调研背景与方法`, `Ⅱ. Findings`), as a Chinese
    // report may number its parts: the same series as `I.`.
    id: "roman",
    starts: startSet(charRange("Ⅰ", "Ⅻ")),
    pattern: /([Ⅰ-Ⅻ])(?:[、．.]\s*|[ \u3000]+)(?=\S)/uy,
    ordinal: (m) => romanCharNumber(m[1] ?? ""),
    strong: true,
    inline: false,
  },
  {
    id: "roman",
    starts: startSet("IVX"),
    // Not a name's initials (`I. M. Castillo`, `V. S. Raman`): a letter before another one.
    pattern: /([IVX]{1,5})\.\s+(?=\S)(?![A-Z]\.\s)/uy,
    ordinal: (m) => romanNumber(m[1] ?? ""),
    strong: true,
    inline: false,
  },
  {
    // A form's questions numbered by its section's letter (`A1. Tell us about your organisation.`,
    // `B2: Who will benefit?`): one series per section, under the section's line.
    id: "letter-number",
    starts: startSet(charRange("A", "P"), charRange("R", "Z")),
    // Its words may stand apart by a wide gap instead of a stop (`R1  That the Basic Allowance …`).
    pattern: /([A-PR-Z])(\d{1,2})(?:[.:]\s+|\s{2,}|\t)(?=[A-Z“"‘'])/uy,
    ordinal: (m) => Number(m[2]),
    strong: false,
    inline: false,
  },
  {
    id: "alpha-upper",
    starts: startSet(charRange("A", "Z")),
    pattern: /([A-Z])\.\s+(?=\S)(?![A-Z]\.\s)/uy,
    ordinal: (m) => (m[1] ?? "A").charCodeAt(0) - 64,
    strong: false,
    inline: false,
  },
  {
    // `A、智能客服二期上线`, `B．工单流转`: a Chinese text's parts lettered as `甲、` letters them.
    id: "alpha-upper-dun",
    starts: startSet(charRange("A", "Z")),
    pattern: /([A-Z])[、．][\s\u3000]*(?=[\p{Script=Han}“（])/uy,
    ordinal: (m) => (m[1] ?? "A").charCodeAt(0) - 64,
    strong: true,
    inline: false,
  },
  {
    // `(II) Cultivating Industry Clusters`: an English translation's `（二）`, under its `II.`.
    id: "roman-upper-paren",
    starts: startSet("(（"),
    pattern: /[（(]([IVX]{1,5})[）)]\s+(?=[A-Z])/uy,
    ordinal: (m) => romanNumber(m[1] ?? ""),
    strong: false,
    inline: false,
  },
  {
    id: "roman-lower-paren",
    starts: startSet("(（"),
    pattern: /(?:\(([ivx]{1,4})\)\s+|（([ivx]{1,4})）[\s\u3000]*)/uy,
    ordinal: (m) => romanNumber(m[1] ?? m[2] ?? ""),
    strong: false,
    inline: true,
  },
  {
    id: "alpha-lower-paren",
    starts: startSet("("),
    pattern: /\(([a-z])\)(?:\s+|(?=\p{Script=Han}))/uy,
    ordinal: (m) => (m[1] ?? "a").charCodeAt(0) - 96,
    strong: false,
    inline: true,
  },
  {
    // `i.`, `ii.`, `iv.` items of a report under its `1.` sections; `i.e.` has no space after its
    // dot. A lone `i.` or `v.` reads as a letter after `h.` or `u.` (see `AMBIGUOUS`), and only a
    // series of them is structure.
    id: "roman-lower",
    starts: startSet("ivx"),
    pattern: /([ivx]{1,5})[.)]\s+(?=\S)/uy,
    ordinal: (m) => romanNumber(m[1] ?? ""),
    strong: false,
    inline: false,
  },
  {
    id: "alpha-lower",
    starts: startSet(charRange("a", "z")),
    pattern: /([a-z])[.)]\s+(?=\S)/uy,
    ordinal: (m) => (m[1] ?? "a").charCodeAt(0) - 96,
    strong: false,
    inline: true,
    inlineAfter: CLAUSE_LIST_BEFORE,
  },
];

/** Letters that are both a Roman numeral and a letter of the alphabet. */
const AMBIGUOUS: Record<string, [string, string]> = {
  roman: ["alpha-upper", "roman"],
  "roman-lower": ["alpha-lower", "roman-lower"],
  "roman-lower-paren": ["alpha-lower-paren", "roman-lower-paren"],
};

/**
 * Characters that can begin a marker, by UTF-16 code unit. Lead-in words (`此外，第二，`) are left
 * out: they are common characters, and the ordinal after them is found on its own.
 */
const MARKER_START_CHARS = `壹贰貳叁參肆伍陆陸柒捌玖拾一二三四五六七八九十百零〇两兩第其首再最（(【〔${OCR_DASHES}`;
const MARKER_START_RANGES = ["09", "０９", "①⑳", "⑴⒇", "㈠㈩", "㉑㉟", "㊱㊿", "AZ", "az"];

/** As a table, for a lookup at one place. */
const MARKER_START_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (const char of MARKER_START_CHARS) table[char.charCodeAt(0)] = 1;
  for (const [from = "", to = ""] of MARKER_START_RANGES.map((r) => [...r])) {
    for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) table[code] = 1;
  }
  return table;
})();

/**
 * As a pattern (without the `u` flag, so it reads code units as the table does), for the scan of a
 * whole speech: the regex engine skips the characters between markers, where a loop in script
 * would look at each one.
 */
const MARKER_START = new RegExp(
  `[${MARKER_START_CHARS.replace("-", "\\-")}${MARKER_START_RANGES.map(([from = "", to = ""]) => `${from}-${to}`).join("")}]`,
  "g",
);

/** The family of a decimal number below the top (`1.1`, `5.1.1`), as `decimalParts` counts them. */
export const SUB_DECIMAL_FAMILY = /^dec[2-9]$/u;

/**
 * The parts of a decimal number that place it: `2.1` is the first of part 2, and `2.0` is part 2
 * itself (`2.0 FINANCIAL PERFORMANCE` over `2.1 OWN SOURCE REVENUE`), as `2` would be.
 */
export function decimalParts(numeral: string): string[] {
  const parts = asciiDigits(numeral).split(/[.．]/u);
  while (parts.length > 1 && Number(parts.at(-1)) === 0) parts.pop();
  return parts;
}

/** Whether numbering may begin with the character at `index` of `text`. */
export function isMarkerStart(text: string, index: number): boolean {
  return MARKER_START_TABLE[text.charCodeAt(index)] === 1;
}

/** The numbering the text opens with (`一、`, `（二）`, `3.`, …), read on its own, or null. */
export function openingMarker(text: string): MarkerMatch | null {
  return isMarkerStart(text, 0) ? matchMarker(text, 0, false) : null;
}

/** Whether the text opens with numbering, read on its own. */
export function opensWithNumbering(text: string): boolean {
  return openingMarker(text) !== null;
}

/** The numbering a line opens with, a number alone on its line (`PART A`, `Chapter 3`, `## 三`) too. */
export function lineNumbering(text: string): MarkerMatch | null {
  return ordinalOnly(text) ?? matchMarker(text, 0, false);
}

/** The first index from `from` on where numbering may begin, or -1. */
export function nextMarkerStart(text: string, from: number): number {
  MARKER_START.lastIndex = from;
  return MARKER_START.exec(text)?.index ?? -1;
}

const ORDINAL_ONLY: {
  pattern: RegExp;
  family: (m: RegExpExecArray) => string;
  strong: boolean;
  /** The ordinal, when it is not the numeral read whole (`3.1` is the first of its depth). */
  ordinal?: (m: RegExpExecArray) => number;
}[] = [
  {
    pattern: new RegExp(`^第(${CN})${PART_UNIT}$`, "u"),
    family: (m) => partFamily(m[2] ?? ""),
    strong: true,
  },
  // An article whose title is the line under its number (`第一條` · `標的` · its text).
  { pattern: new RegExp(`^第(${CN})(?:条|條)$`, "u"), family: () => "cn-article", strong: true },
  { pattern: new RegExp(`^(${CN})[、．.]$`, "u"), family: () => "cn-dun", strong: true },
  { pattern: /^([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})[、．.]?$/u, family: () => "cn-capital", strong: true },
  { pattern: new RegExp(`^([${HEAVENLY_STEMS}])[、．.]$`, "u"), family: () => "cn-stem", strong: true },
  { pattern: new RegExp(`^[（(](${CN})[）)]$`, "u"), family: () => "cn-paren", strong: true },
  { pattern: new RegExp(`^【(${CN})】$`, "u"), family: () => "cn-lenticular", strong: true },
  { pattern: new RegExp(`^〔(${CN})〕$`, "u"), family: () => "cn-tortoise", strong: true },
  { pattern: new RegExp(`^(${CN})$`, "u"), family: () => "cn-dun", strong: false },
  {
    pattern: new RegExp(`^(?:${EN_PART_WORD})\\s+(${EN_NUMBER}|${EN_PART_LETTER})${EN_PART_SEPARATOR}$`, "u"),
    family: (m) => `en-part-${m[0].split(/\s/u)[0]?.toLowerCase() ?? ""}`,
    strong: true,
    ordinal: (m) => partNumber(m[1] ?? ""),
  },
  // A speaker's points said as numbers, each alone on its line (`One.` · its paragraphs · `Two.`).
  {
    pattern: new RegExp(`^(${EN_NUMBER_WORDS.map(capitalize).join("|")})\\.$`, "u"),
    family: () => "en-cardinal",
    strong: false,
  },
  { pattern: /^([IVX]{1,5})\.$/u, family: () => "roman", strong: true },
  {
    pattern: /^([Ⅰ-Ⅻ])[、．.]?$/u,
    family: () => "roman",
    strong: true,
    ordinal: (m) => romanCharNumber(m[1] ?? ""),
  },
  { pattern: /^([IVX]{1,5})$/u, family: () => "roman", strong: false },
  // `01` `02` alone, over each part's title line, as WeChat editors set them, between dashes perhaps
  // (`—01—`): no `1.` of the text's.
  {
    pattern: /^(?:[-－—–―]{1,2}\s*)?(0[1-9]|[0０][１-９])(?:\s*[-－—–―]{1,2})?$/u,
    family: () => "num-padded",
    strong: true,
  },
  { pattern: /^([0-9０-９]{1,3})[.．、]?$/u, family: () => "num-dot", strong: false },
  {
    // A term or clause of a standard numbered alone on its line (`3.1`), its title on the next.
    pattern: /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,3})$/u,
    family: (m) => `dec${decimalParts(m[1] ?? "").length}`,
    strong: false,
    ordinal: (m) => Number(decimalParts(m[1] ?? "").at(-1)),
  },
];

/**
 * A line that holds nothing but numbering (`三`, `四、`, `第二章`, `PART II`): a numbered section
 * whose title, if any, is the next line.
 */
export function ordinalOnly(text: string): MarkerMatch | null {
  const trimmed = text.trim();
  if (trimmed.length > 16) return null;
  for (const { pattern, family, strong, ordinal: ordinalOf } of ORDINAL_ONLY) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const numeral = m[1] ?? "";
    const ordinal = ordinalOf
      ? ordinalOf(m)
      : /^[IVXLC]+$/u.test(numeral)
        ? romanNumber(numeral)
        : /^[0-9０-９]+$/u.test(numeral)
          ? Number(asciiDigits(numeral))
          : Number.isNaN(chineseNumber(numeral))
            ? englishNumber(numeral)
            : chineseNumber(numeral);
    if (Number.isNaN(ordinal) || ordinal === 0) continue;
    return { family: family(m), ordinal, marker: trimmed, strong };
  }
  return null;
}

/**
 * The marker starting at `index` of `text`, if any. `previous` holds the last ordinal seen per
 * family so that `I.` after `H.` reads as a letter, not a Roman one.
 */
export function matchMarker(
  text: string,
  index: number,
  inline: boolean,
  previous: ReadonlyMap<string, number> = new Map(),
): MarkerMatch | null {
  const boundary = !inline || isInlineBoundary(text, index);
  if (!boundary && ENGLISH_SENTENCE_END_BEFORE.test(text.slice(Math.max(0, index - 4), index))) {
    // `… three measures today. First, we will …`: an English ordinal may start a sentence inside a
    // paragraph; other numbering after a full stop is a name's initial or a figure's (`Mr. A. Lee`).
    const spoken = matchFamily(text, index, inline, previous);
    return spoken && SAID_INSIDE.has(spoken.family) ? spoken : null;
  }
  if (!boundary && !afterJoiningWord(text, index))
    return inline ? (introducedSeries(text, index) ?? introducedBrackets(text, index)) : null;
  const direct = matchFamily(text, index, inline, previous);
  // `(ii) population growth; and (iii) ageing pipes`: the last of a lettered series may follow `and`.
  // So may the last of a series listed in lower case (`…; and thirdly, by …`).
  const listed =
    (direct?.family === "en-ordinal" || direct?.family === "en-cardinal") && /^[a-z]/u.test(direct.marker);
  if (!boundary) return direct && (BRACKETED_FAMILIES.has(direct.family) || listed) ? direct : null;
  if (!direct && !inline) {
    // `所以，最后，…`, `同志们，第三，…`: a link or an address, then the paragraph's sequence word.
    CONNECTIVE.lastIndex = index;
    const connective = CONNECTIVE.exec(text);
    const after = connective ? matchFamily(text, index + connective[0].length, inline, previous) : null;
    if (connective && after && CONNECTED_FAMILIES.has(after.family))
      return { ...after, marker: connective[0] + after.marker };
  }
  // `首先，…` `其次，…` `第三，…` `最后，…`: an ordinal that goes on from a speaker's sequence words
  // past `其次`, with no series of its own under way, is their next item.
  if (
    direct?.family === "cn-di" &&
    direct.ordinal >= 3 &&
    previous.get("cn-di") !== direct.ordinal - 1 &&
    previous.get("cn-seq") === direct.ordinal - 1
  )
    return { ...direct, family: "cn-seq" };
  if (direct && direct.family !== "cn-seq") return direct;
  // `最后，第六，`: a word of sequence before a numbered ordinal belongs to that ordinal's marker.
  LEAD_IN.lastIndex = index;
  const lead = LEAD_IN.exec(text);
  if (!lead) return direct;
  const numbered = matchFamily(text, index + lead[0].length, inline, previous);
  if (!numbered || numbered.family === "cn-seq") return direct;
  return { ...numbered, marker: lead[0] + numbered.marker };
}

/** Characters that make a word with the 一 after them (`统一是`, `唯一是`, `之一要`): no series starts there. */
const WORD_BEFORE_ONE = /[统統唯之第单單同万萬专專归歸划劃合均整逐如不]$/u;
/** A series' second item at a clause's start, by the word after its numeral (`；二是`). */
const SECOND_ITEM = new Map(
  [..."是要则則来來"].map((word) => [word, new RegExp(`[。；;，,：:][\\s\\u3000]*二${word}`, "u")]),
);
/** How far after `一是` its `二是` is looked for. */
const SECOND_ITEM_REACH = 600;

/**
 * `市府的做法一是…；二是…`, `我们一要…，二要…`: a series' first item may follow the words that
 * lead into it with no punctuation between, when its second item follows at a clause's start.
 */
function introducedSeries(text: string, index: number): MarkerMatch | null {
  const second = text.charAt(index) === "一" ? SECOND_ITEM.get(text.charAt(index + 1)) : undefined;
  if (!second || WORD_BEFORE_ONE.test(text.slice(index - 1, index))) return null;
  if (!hasHan(text.charAt(index - 1))) return null;
  if (!second.test(text.slice(index + 2, index + SECOND_ITEM_REACH))) return null;
  const match = matchFamily(text, index, true, new Map());
  return match?.family === "cn-shi" ? match : null;
}

/** Numbering in brackets that may run through a sentence's clauses (`will (a) add …; (b) install …`). */
const BRACKETED_FAMILIES = new Set(["alpha-lower-paren", "roman-lower-paren", "num-paren", "cn-paren"]);
const OPENING_BRACKETS = new Set(["(", "（"]);
/** A word just before a bracket: a Latin word and a space, or a Han character (`规定僱主(a)須…`). */
const WORD_BEFORE_BRACKET = /(?:[A-Za-z]\s|\p{Script=Han})$/u;
/** Where a sentence's next clause begins: after a semicolon, perhaps with `and` or `以及` after it. */
const NEXT_CLAUSE = /[；;][\s\u3000]*(?:(?:and|or)\s+|以及|及|并|並)?/gu;

/**
 * `the Government will (a) add …; (b) install …; and (c) pilot …`, `規定僱主(a)須…；(b)須…`: a
 * first item in brackets may follow the words that lead into it, when its second item opens the
 * sentence's next clause. After a figure it is a reference (`section 12(a)`), and alone an aside.
 */
function introducedBrackets(text: string, index: number): MarkerMatch | null {
  if (!OPENING_BRACKETS.has(text.charAt(index))) return null;
  if (!WORD_BEFORE_BRACKET.test(text.slice(Math.max(0, index - 2), index))) return null;
  const first = matchFamily(text, index, true, new Map());
  if (!first || first.ordinal !== 1 || !BRACKETED_FAMILIES.has(first.family)) return null;
  const reach = text.slice(0, index + SECOND_ITEM_REACH);
  NEXT_CLAUSE.lastIndex = index + first.marker.length;
  for (let clause = NEXT_CLAUSE.exec(reach); clause; clause = NEXT_CLAUSE.exec(reach)) {
    const second = matchFamily(text, clause.index + clause[0].length, true, new Map());
    if (second) return second.family === first.family && second.ordinal === 2 ? first : null;
  }
  return null;
}

const LEAD_IN = /(?:最后|最後|此外|另外|同时|同時|再次|再者|其次|首先|还有|還有)[，,]?[\s\u3000]*/uy;
/**
 * Words said before a paragraph's sequence word: a link to the paragraph before (`所以，最后，`), or
 * whom the speaker turns to (`同志们，第三，`).
 */
const CONNECTIVE =
  /(?:所以|因此|因而|于是|於是|那么|那麼|同志们|同志們|同学们|同學們|朋友们|朋友們|各位代表|各位委员|各位委員|各位同仁)[，,][\s\u3000]*/uy;
/** The numbering a connective may stand before: a speaker's sequence words and spoken ordinals. */
const CONNECTED_FAMILIES = new Set(["cn-seq", "cn-seq-next", "cn-di"]);

/** Any letter of any script: words, not figures. */
const LETTER = /\p{L}/u;
/** How far a row of figures runs at most; past it, words follow (a paragraph is read only so far ahead). */
const FIGURES_ROW_MAX = 200;

function matchFamily(
  text: string,
  index: number,
  inline: boolean,
  previous: ReadonlyMap<string, number>,
): MarkerMatch | null {
  const first = text.charAt(index);
  for (const family of FAMILIES) {
    if (!family.starts.has(first)) continue;
    if (inline && !family.inline) continue;
    if (inline && family.inlineAfter && !family.inlineAfter.test(text.slice(Math.max(0, index - 4), index)))
      continue;
    family.pattern.lastIndex = index;
    const m = family.pattern.exec(text);
    if (!m) continue;
    if (family.id === "cn-dun" && isOrdinalRange(text, index)) continue;
    // `1.0⇥14 Feb 2024⇥First draft`, `2.1 Mandatory consolidation⇥High⇥Low`: the first cell of a
    // table's row, not a numbered point.
    if (text.includes("\t", index + m[0].length)) continue;
    // `265.1  482.6  12.5%`: a row of a table's figures, its cells apart by spaces, says no words.
    const ahead = text.slice(index + m[0].length, index + m[0].length + FIGURES_ROW_MAX);
    if (ahead.length < FIGURES_ROW_MAX && !LETTER.test(ahead)) continue;
    const after = text.slice(index + m[0].length, index + m[0].length + 1);
    // A marker must introduce words, not stand before punctuation or nothing.
    if (after === "" || (/^[\p{P}\s]/u.test(after) && !/^[“"‘《(（「『〈]/u.test(after))) continue;
    // `1.1` and `1.1.1` are series of their own: one family per depth.
    let id = family.id === "dec" ? `dec${decimalParts(m[1] ?? "").length}` : (family.idOf?.(m) ?? family.id);
    let ordinal = family.ordinal(m);
    const swap = AMBIGUOUS[id];
    const numeral = m[1] ?? m[2] ?? "";
    if (swap && numeral.length === 1) {
      const [letterFamily] = swap;
      const letterOrdinal = numeral.toLowerCase().charCodeAt(0) - 96;
      if ((previous.get(letterFamily) ?? -1) === letterOrdinal - 1) {
        id = letterFamily;
        ordinal = letterOrdinal;
      }
    }
    if (Number.isNaN(ordinal)) continue;
    // `第一，…` `第二个方面，…` `第三，…`: a part counted by what it is, said with a comma where the
    // speaker's next `第N，` was due, is that series' next item, worded longer.
    const saidAsNext =
      family.id === "cn-counted" &&
      /[，,][\s\u3000]*$/u.test(m[0]) &&
      followsSeries("cn-di", ordinal, previous);
    if (saidAsNext) id = "cn-di";
    // Set apart by a space (`5. 2024年计划`), the year opens the item's title.
    if (
      family.id === "num-dot" &&
      !/[\s\u3000]$/u.test(m[0]) &&
      gluedYear(text, index + m[0].length) &&
      !followsSeries(id, ordinal, previous) &&
      (inline || ordinal !== 1)
    )
      continue;
    const strong =
      !saidAsNext && (typeof family.strong === "function" ? family.strong(m, text) : family.strong);
    return { family: id, ordinal, marker: m[0].replace(/[\s\u3000]+$/u, ""), strong: strong && !inline };
  }
  return null;
}

/**
 * A year right after a number and its dot (`3.2025年`, or a 民國 year `1.113年`): the number is an item only when the items
 * before it lead up to it (`1.` `2.` then `3.2025年`), or when it opens a paragraph as the first
 * (`1.2025年，…`); elsewhere it may be a decimal or a date.
 */
const GLUED_YEAR = /[0-9０-９]{3,4}年/uy;

function gluedYear(text: string, at: number): boolean {
  GLUED_YEAR.lastIndex = at;
  return GLUED_YEAR.test(text);
}

function followsSeries(family: string, ordinal: number, previous: ReadonlyMap<string, number>): boolean {
  return ordinal > 1 && previous.get(family) === ordinal - 1;
}

/** `…; and (iii) …`, `… or (b) …`: an English list's last item after its joining word. */
const JOINING_WORD_BEFORE = /(?:^|[\s,;])(?:and|or)\s+$/iu;
/** `；以及(c)…`: a Chinese clause's last item after its joining word. */
const CHINESE_JOINING_WORD_BEFORE = /[；;][\s\u3000]*(?:以及|及|并|並)$/u;

function afterJoiningWord(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 6), index);
  if (hasLatinLetter(before)) return JOINING_WORD_BEFORE.test(before);
  // Only a bracket's item follows a Chinese joining word.
  return OPENING_BRACKETS.has(text.charAt(index)) && CHINESE_JOINING_WORD_BEFORE.test(before);
}

/**
 * A note's reference mark after a sentence's end (`…方案。〔4〕三是…`, `…in 2019.[3] Second, …`):
 * it cites the sentence before, so the next item of a series still opens a clause after it.
 */
const REFERENCE_MARK_BEFORE = new RegExp(
  `(?:〔\\d{1,3}〕|\\[\\d{1,3}\\]|［\\d{1,3}］|【\\d{1,3}】|${RAISED_DIGIT}{1,3})\\s*$`,
  "u",
);

/** The last character of a reference mark: only after one is the longer look back needed. */
const REFERENCE_MARK_END = new RegExp(`(?:[〕\\]］】]|${RAISED_DIGIT})\\s*$`, "u");

function isInlineBoundary(text: string, index: number): boolean {
  // `41,000. Building …`: the digits after a thousands comma are the figure's, no item's number.
  if (index === 0 || THOUSANDS.test(text.slice(Math.max(0, index - 2), index + 1))) return false;
  const near = text.slice(Math.max(0, index - 4), index);
  if (CLAUSE_END_BEFORE.test(near)) return true;
  if (!REFERENCE_MARK_END.test(near)) return false;
  const before = text.slice(Math.max(0, index - 12), index).replace(REFERENCE_MARK_BEFORE, "");
  return CLAUSE_END_BEFORE.test(before.slice(-4));
}

const THOUSANDS = /^\d[,，]\d$/u;

/** The length of the marker as matched, spaces after it included. */
export function markerSpan(text: string, index: number, match: MarkerMatch): number {
  let end = index + match.marker.length;
  while (end < text.length && /[\s\u3000]/u.test(text[end] ?? "")) end++;
  return end - index;
}

/** How far ahead the next item of a glued series is looked for. */
const GLUED_SERIES_REACH = 5000;

/**
 * `（一）` glued to the words before it, as in text run together from a page
 * (`…高质量发展（一）着力扩大…`): strong numbering that begins an item although no punctuation
 * stands before it, when its series goes on later in the text (`（二）` follows).
 */
export function gluedMarker(text: string, index: number): MarkerMatch | null {
  if (index === 0 || !/[（(]/u.test(text[index] ?? "") || !/\p{Script=Han}/u.test(text[index - 1] ?? ""))
    return null;
  const match = matchFamily(text, index, false, new Map());
  if (match?.family !== "cn-paren") return null;
  const end = Math.min(text.length, index + GLUED_SERIES_REACH);
  for (let at = index + match.marker.length; at < end; at++) {
    if (text[at] !== "（" && text[at] !== "(") continue;
    const next = matchFamily(text, at, false, new Map());
    if (next?.family === match.family && next.ordinal === match.ordinal + 1)
      return { ...match, strong: false };
  }
  return null;
}
