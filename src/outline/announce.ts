import type { Block } from "../ingest/types.js";
import { hasLatinLetter } from "../characters.js";
import { chineseNumber } from "../numerals.js";

/**
 * A sentence that announces how many items follow (`讲八个方面`, `重点抓好以下五项工作`,
 * `I want to talk about three things`): the count the series after it is expected to reach.
 */

const CN_COUNT = "[二三四五六七八九十两兩]{1,3}|[0-9]{1,2}";
const CN_UNIT =
  "个方面|個方面|方面|点|點|项|項|条|條|件事|个问题|個問題|个重点|個重點|大任务|大任務|个部分|個部分|部分|个层面|個層面";
/**
 * What a speaker offers the listeners, counted (`三点希望`, `兩點要求`, `三個「感謝」`): the count
 * announces items whatever verb comes before it (`我对大家提三点希望`, `有两点要求`).
 */
const CN_COUNSEL =
  "希望|期望|期待|要求|建议|建議|意见|意見|体会|體會|想法|看法|感受|思考|寄语|寄語|嘱托|囑託|倡议|倡議|感谢|感謝|祝福|祝愿|祝願";
/**
 * A verb of announcing (or `以下`/`如下`) and, in the same clause, a number and a unit that counts
 * items; or a count of counsel (`三点希望`) or of sayings (`送给大家三句话`) on its own.
 */
const ZH_ANNOUNCEMENT = new RegExp(
  `(?:(?:讲|講|谈|談|说|說|抓好|做好|突出|把握|强调|強調|提出|汇报|匯報|报告|報告|以下|如下|主要有|共有|一共有|共计|共計|包括|重点|重點|着重|著重|集中|分为|分為|分成|分|归纳为|歸納為|概括为|概括為|从|從)[^。！？；：，,]{0,8}?(${CN_COUNT})(?:${CN_UNIT})|(${CN_COUNT})(?:(?:(?:个|個)?(?:点|點|条|條|项|項)|个|個)[「“"]?(?:${CN_COUNSEL})|句(?:话|話)))`,
  "gu",
);
const EN_COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const EN_ANNOUNCEMENT = new RegExp(
  `\\b(${EN_COUNTS.join("|")}|[2-9])\\s+(?:[a-z]+\\s+)?(?:things|priorities|points|areas|challenges|goals|lessons|questions|ideas|reasons|principles|steps|pillars|issues|messages|commitments|objectives|tasks|themes|updates|announcements|measures|topics|matters|requests|changes|actions|proposals|recommendations|observations|reflections|hopes|wishes|decisions|initiatives|stories|promises)\\b`,
  "giu",
);

/** A count that closes its sentence, its items named before it (`…a few promises. This year there are three.`). */
const EN_BARE_COUNT = new RegExp(
  `\\bthere\\s+(?:are|will\\s+be)\\s+(?:just\\s+|only\\s+)?(${EN_COUNTS.join("|")}|[2-9])$`,
  "iu",
);

/** How far before a series' first item its announcement may stand, in characters. */
const WINDOW = 160;
/** How far back a preview of the items may stand, in the sentence before the announcing one. */
const PREVIEW_WINDOW = 2 * WINDOW;

/** A sentence's end, and what may stand after it before the next sentence. */
const SENTENCE_BREAK = /[。！？；!?;]|\.(?=\s)/gu;

/**
 * The count announced in `text`'s last sentence (the one that leads into the series), or in the
 * sentence before it when that one previews the items, as many as it counts (`I will cover four
 * areas this morning: how busy we were, how quickly we got there, …, and our people. Then we are
 * happy to take your questions.`); null when neither does.
 */
export function announcedCount(before: string): number | null {
  const trimmed = before.replace(/[\s\u3000。！？；：!?;:.，,]+$/u, "");
  let from = 0;
  let previousFrom = 0;
  for (const end of trimmed.matchAll(SENTENCE_BREAK)) {
    previousFrom = from;
    from = (end.index ?? 0) + 1;
  }
  const last = countIn(trimmed.slice(from).slice(-WINDOW));
  if (last !== null || from === 0) return last?.count ?? null;
  const preview = countIn(trimmed.slice(previousFrom, from));
  return preview !== null && previewedItems(preview.after) === preview.count ? preview.count : null;
}

/** The one count a sentence announces, and the words after it; null when it has none, or more than one. */
function countIn(text: string): { count: number; after: string } | null {
  const found = [...text.matchAll(ZH_ANNOUNCEMENT), ...englishAnnouncements(text)];
  const after = text.slice((found[0]?.index ?? 0) + (found[0]?.[0].length ?? 0));
  // `two challenges and one opportunity`, `三个方面和两点要求`: no single count to trust.
  if (found.length !== 1 || MORE_COUNTED.test(after)) return null;
  const count = parseCount(found[0]?.[1] ?? found[0]?.[2] ?? "");
  return count !== null && count >= 2 ? { count, after } : null;
}

/** A few words, then a colon and the items the count previews. */
const PREVIEW = /^[^:：]{0,30}[:：]\s*(.+?)[.。]?$/u;
const PREVIEW_ITEM_BREAK = /,\s*(?:and\s+)?|\s+and\s+|[、；;]/u;

/** How many items the words after a count preview (`: A, B, C, and D`), or 0 when they list none. */
function previewedItems(after: string): number {
  const list = PREVIEW.exec(after.trim())?.[1];
  return list === undefined ? 0 : list.split(PREVIEW_ITEM_BREAK).filter((item) => item.trim() !== "").length;
}

/** English announcements have Latin letters: a Chinese sentence is not searched for them. */
function englishAnnouncements(text: string): RegExpExecArray[] {
  if (!hasLatinLetter(text)) return [];
  const bare = EN_BARE_COUNT.exec(text);
  return [...text.matchAll(EN_ANNOUNCEMENT), ...(bare ? [bare] : [])];
}

/** Another count joined on after the announced one. */
const MORE_COUNTED = new RegExp(
  `(?:\\b(?:and|plus)\\s+(?:one|an?|${EN_COUNTS.join("|")})\\b|[和及与與][一二三四五六七八九十两兩])`,
  "iu",
);

function parseCount(numeral: string): number | null {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  const english = EN_COUNTS.indexOf(numeral.toLowerCase());
  if (english >= 0) return english + 2;
  const value = chineseNumber(numeral);
  return Number.isNaN(value) ? null : value;
}

/**
 * The text just before a series' first item, where its announcement stands: the same paragraph
 * before the item (from `from`, the end of the numbering before it there) and, when the item opens
 * its paragraph, the end of the paragraph before.
 */
export function textBefore(
  blocks: readonly Block[],
  block: number,
  start: number,
  /** Where the words of the last numbering found start, per block: an announcement stands after it. */
  wordsFrom: ReadonlyMap<number, number>,
): string {
  const own =
    blocks[block]?.text.slice(Math.max(wordsFrom.get(block) ?? 0, start - PREVIEW_WINDOW), start) ?? "";
  const previous = blocks[block - 1];
  if (start > 0 || !previous || previous.kind !== "paragraph") return own;
  const text = previous.text;
  return text.slice(Math.max(wordsFrom.get(block - 1) ?? 0, text.length - PREVIEW_WINDOW)) + own;
}
