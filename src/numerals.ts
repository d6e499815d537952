import { MONTH_NAMES } from "./dates.js";

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // Capital numerals of 公文 and Taiwanese reports (`壹、`, `貳、`).
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** `三` → 3, `十二` → 12, `二十` → 20, `一百零五` → 105; NaN for anything else. */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char] ?? 0;
      seen = true;
    } else if (char === "十" || char === "拾" || char === "百") {
      const unit = char === "百" ? 100 : 10;
      total += (seen ? digit : 1) * unit;
      digit = 0;
      seen = false;
    } else {
      return Number.NaN;
    }
  }
  return total + digit;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanNumber(text: string): number {
  const upper = text.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN[upper[i] ?? ""] ?? Number.NaN;
    const next = ROMAN[upper[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

export function circledNumber(char: string): number {
  return CIRCLED.indexOf(char) + 1;
}

/** Full-width digits (`１２`) read as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * What a range of two numbers counts (`三、四月份`, `一、二线城市`, `三、四年级`): units of time,
 * grades, tiers and ranks. Words that also open a title after a number (`三年行动`, `三个代表`,
 * `三次分配`, `三位一体`) are left out, so those stay numbered points.
 */
const COUNTED =
  "(?:月份|个月|個月|月|季度|年级|年級|线|線|层|層|类|類|级|級|等|成|倍|岁|歲|天|周|週|星期|小时|小時|档|檔|批)";
const ORDINAL_RANGE = new RegExp(
  `([一二三四五六七八九十]{1,3})[\\s\\u3000]*、[\\s\\u3000]*([一二三四五六七八九十]{1,3})(?=${COUNTED})`,
  "uy",
);

/**
 * Two neighbouring numbers joined by `、` before the thing they count (`三、四月份`): a range said in
 * a sentence, not the number of a point. A year after a point's number (`一、二〇二四年`) is no
 * range: its second number is not the next one.
 */
export function isOrdinalRange(text: string, index: number): boolean {
  ORDINAL_RANGE.lastIndex = index;
  const match = ORDINAL_RANGE.exec(text);
  return match !== null && chineseNumber(match[2] ?? "") === chineseNumber(match[1] ?? "") + 1;
}

/** A number and its `、` ending the text before a line break, inside a sentence (`推动农村一、`). */
const RANGE_OPEN_AT_END = /\p{Script=Han}([一二三四五六七八九十]{1,3})[\s\u3000]*、[\s\u3000]*$/u;
const NUMBER_AT_START = /^[\s\u3000]*([一二三四五六七八九十]{1,3})/u;
/** Enough of the text before a break to hold a number and the word before it. */
const RANGE_REACH = 12;

/** `第` ending the text before a line break: an ordinal or a citation goes on after it (`第二十条第⏎（二）项`). */
const ORDINAL_OPEN_AT_END = /\p{Script=Han}第[\s\u3000]*$/u;

/** School years listed after one the line break cut (`初⏎一、高一新生`): the next is a year too. */
const GRADES_AT_START = /^[一二三四五六]、[初高大][一二三四五六]/u;

/**
 * A line break inside words that hold a number, which no paragraph ends with: a range of numbers
 * (`农村一、⏎二、三产业`, `一、⏎二线城市`: the line before ends in a number and its `、` after a word,
 * and the next line opens with the next number), or an ordinal cut after its `第` (`《办法》第二十条第⏎
 * （二）项的规定`), or school years (`初⏎一、高一新生`). The next line goes on with the sentence, whatever follows the number.
 */
export function wrapsNumberedWords(before: string, after: string): boolean {
  if (ORDINAL_OPEN_AT_END.test(before.slice(-RANGE_REACH))) return true;
  if (/[初高大]$/u.test(before) && GRADES_AT_START.test(after)) return true;
  const open = RANGE_OPEN_AT_END.exec(before.slice(-RANGE_REACH));
  const next = NUMBER_AT_START.exec(after);
  return open !== null && next !== null && chineseNumber(next[1] ?? "") === chineseNumber(open[1] ?? "") + 1;
}

/**
 * What a number counts or measures when it stands right before it (`3 个方面`, `10 万元`, `2.5 亿`,
 * `60 周岁`, `3 人`): the number is a quantity, not a section's number. A unit that also begins
 * words of titles (`人员配备`, `项目管理`, `家庭照护`) counts only when no such word follows.
 */
export const QUANTITY_UNIT =
  "[个個万萬亿億%％倍岁歲余餘多吨噸]|周岁|週歲|公里|千米|平方|立方|小时|小時|分钟|分鐘|" +
  "年(?![度龄齡级級鉴鑑报報会會])|月(?![度报報])|名(?![称稱单單词詞录錄])|人(?![员員才口身力事工民群性文])|" +
  "[项項](?!目)|家(?![庭属屬居政具用电電族长長乡鄉园園风風校务務访訪])|次(?![要序级級生])|元(?![素件])|" +
  // A time of day (`12.34 pm`, a transcript's time stamp), an English quantity (`1.5 miles`) or date.
  "(?:[aApP][mM]|[aApP]\\.[mM]\\.|per cent|percent|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|" +
  "feet|foot|inch(?:es)?|acres?|hectares?|tonnes?|tons?|pounds?|kilos?|kg|litres?|liters?|gallons?|" +
  "hours?|minutes?|seconds?|days?|weeks?|months?|years?|million|billion|trillion|thousand|" +
  // A date (`11 March 2025`, a letter's signature line).
  `${MONTH_NAMES}|` +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\\p{L}])";
