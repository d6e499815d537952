import type { Block } from "../ingest/types.js";
import type { Candidate } from "./candidates.js";

/**
 * The numbering of a list's items (`1.` `（1）` `①` `(a)`, a list's own numbers), not of a text's
 * parts or of what a speaker says. Items numbered `(i)`, `a)` or `1)` head points of their own more
 * often than not, and stay so.
 */
const LIST_FAMILY = /^(?:num-dot|num-paren|num-bracket|circled|paren-digit|alpha-lower-paren)$|@/u;

/** The end of a clause that a list's next item goes on from (`…活動；及`, `…; and`). */
const CLAUSE_END = /[；;,，]?\s*(?:及|和|或|以及|and|or)$/u;

/** A time of day opening an entry, before a dash or a colon (`13:58 —`, `9:05 a.m.:`, `14:06：`). */
const AT_TIME =
  /^\d{1,2}[:：]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:UTC|GMT|[A-Z]{2,4}T))?\s*(?:[—–-]|[:：])\s*\S/u;

/** An item this long is a sentence, not a heading's few words. */
const SENTENCE_MIN = { chinese: 25, latin: 60 };

/** A clause this long before a `；` is a sentence's, not a heading's few words. */
const CLAUSE_BEFORE_SEMICOLON = 12;

/**
 * Whether the item's words are one sentence of running text with no heading of its own: long, or a
 * question, with no stop before its end (`(a) the grant must be used for activities that benefit
 * students directly;`), where a heading would end (`(a) 調整津貼金額：…`, `1. 供水设施。更换…`).
 */
function isSentence(words: string): boolean {
  const text = words.trim();
  const latin = !/\p{Script=Han}/u.test(text);
  // A question is a sentence however short (`1. 你現在正在等候的是甚麼？`, a reflection's).
  const asked = /[？?]["”’」)）]*$/u.test(text);
  // An English item in lower case goes on with the sentence that introduced the list
  // (`…to:` · `(a) adopt the policy attached as Appendix A;`), however short.
  const clause = latin && /^\p{Ll}/u.test(text);
  if (!asked && !clause && text.length < (latin ? SENTENCE_MIN.latin : SENTENCE_MIN.chinese)) return false;
  // A paragraph of several sentences is read by its first: what follows is the item's own text.
  const stop = latin ? /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z])/u.exec(text) : /[。！](?=.)/u.exec(text);
  if (stop && !asked) return isSentence(text.slice(0, stop.index + 1));
  // A clause the next item goes on from (`…活動；及`, `…; and`) ends where its words do.
  const sentence = text.replace(CLAUSE_END, "").replace(/[。；;.!?！？,，]["”’」)）]*$/u, "");
  // Questions may follow one another in one item (`…是甚麼？你如何…？`).
  const body = asked ? sentence.replace(/[？?]/gu, "") : sentence;
  // A `；` after a long clause joins two clauses of the sentence (`…吸引逾五十萬人次參觀；夏季…`);
  // a heading's few words end at one (`加強組織領導；`).
  const semicolon = body.indexOf("；");
  if (!latin && semicolon >= CLAUSE_BEFORE_SEMICOLON) return !/[。！？：:]/u.test(body);
  // A time (`10:30`) or a shortened word (`p.m. on`) ends no sentence.
  return latin ? !/[;!?]|(?<!\d):(?!\d)|\.\s+[A-Z]/u.test(body) : !/[。！？；：:]/u.test(body);
}

/**
 * A list whose items are each one sentence of running text, one after another under a heading or
 * a sentence that introduces them (`…原則：` · `(a) …；` `(b) …；`), in a text that has parts of its
 * own above it: the list is its part's text, as a reader reads it, and its items are no points.
 */
export function findSentenceLists(blocks: readonly Block[], all: readonly Candidate[]): Candidate[] {
  const lists: Candidate[] = [];
  const runs = new Set(all.map((c) => c.run));
  const words = (c: Candidate) => (blocks[c.block]?.text.slice(c.textStart) ?? "").trim();
  // An item heads a part when its few words have text of their own after them, in its paragraph
  // or the next, not the next item of a list. A Chinese text numbers its levels of parts so
  // (`一、` › `（一）` › `1.`); an English one numbers lists, steps one after another.
  const runAt = new Map(all.map((c) => [c.block, c.run]));
  const headsPart = (c: Candidate) => {
    if (c.inline || !/\p{Script=Han}/u.test(words(c))) return false;
    const after = blocks[c.block + 1];
    const ownText =
      /[。！？.!?：:]\s*\S/u.test(words(c)) ||
      (after?.kind === "paragraph" && runAt.get(c.block + 1) !== c.run);
    return !isSentence(words(c)) && ownText;
  };
  // The runs of each family that head parts, found once for the whole text.
  let headingRuns: Map<string, Set<readonly Candidate[]>> | undefined;
  const partHeadingRuns = () => {
    if (headingRuns) return headingRuns;
    headingRuns = new Map();
    for (const c of all.filter(headsPart)) {
      const found = headingRuns.get(c.family) ?? new Set();
      headingRuns.set(c.family, found.add(c.run));
    }
    return headingRuns;
  };
  const pointParagraphs = new Set(all.filter((c) => !c.inline && c.start === 0).map((c) => c.block));
  for (const run of runs) {
    const first = run[0];
    if (!first || run.length < 2) continue;
    const introduced = /[:：]\s*$/u.test(blocks[first.block - 1]?.text ?? "");
    // `（一）` numbers parts, but also the conditions a sentence lists, each a clause ending in `；`
    // (`应同时具备以下条件：` · `（一）遵纪守法，…；` · `（二）…；` · `（四）身体健康。`).
    // A point's own paragraph introduces its items, no such list (an article's `第四条 …扶持以下类型
    // 项目：`, a part's `二、加強…接駁。具體而言：` · `（一）…；`): readers outline a point down to them.
    const fromPoint = pointParagraphs.has(first.block - 1);
    const clauses =
      first.family === "cn-paren" &&
      introduced &&
      !fromPoint &&
      run.slice(0, -1).every((c) => /；$/u.test(blocks[c.block]?.text.trim() ?? ""));
    // Lettered items a sentence introduces (`…the following changes:` · `a. Raise the income cap …;`)
    // go on with it; after a sentence that ends, they may head proposals of their own.
    const lettered = first.family === "alpha-lower" && introduced;
    if (!LIST_FAMILY.test(first.family) && !clauses && !lettered) continue;
    const oneAfterAnother = run.every(
      (c, i) =>
        !c.inline &&
        c.start === 0 &&
        blocks[c.block]?.kind !== "heading" &&
        (i === 0 || c.block === (run[i - 1]?.block ?? -1) + 1),
    );
    if (!oneAfterAnother) continue;
    // A clause of the list may be short (`（四）身体健康。`) but has no stop or colon inside.
    const oneClause = (c: Candidate) => !/[。！？：:]/u.test(words(c).slice(0, -1));
    // A timeline's entries each open with the time they happened (`1. 13:58 — A pull request …`).
    const chronology = run.every((c) => AT_TIME.test(words(c)));
    if (!chronology && !run.every((c) => isSentence(words(c)) || (clauses && oneClause(c)))) continue;
    // The same numbering heads parts elsewhere in the text (`1.抓实班子建设`): it is the text's
    // structure, and its sentences under a later part (`1.进一步加强理论学习，…。`) are points too.
    if ([...(partHeadingRuns().get(first.family) ?? [])].some((other) => other !== run)) continue;
    // A part of the text's own stands above: the list is inside it, not the text's structure.
    const parent = all.some((c) => c.block < first.block && c.run !== run && !c.inline);
    // A list a sentence introduces (`…is asked to:`) before the text's parts is words of the opening.
    const last = run.at(-1)?.block ?? first.block;
    const partsBelow = () =>
      all.some((c) => c.block > last && c.run !== run && c.run.length > 1 && !c.inline);
    if (parent || (introduced && partsBelow())) lists.push(...run);
  }
  return lists;
}
