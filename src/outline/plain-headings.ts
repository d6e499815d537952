import { hasLatinLetter } from "../characters.js";
import type { Block, Source } from "../ingest/types.js";
import { HAN_POST_AND_NAME } from "../han-posts.js";
import { ELAPSED_TIME, isAsideLine, isCueLine, isTitleLine, SALUTATION, titleShaped } from "./lines.js";
import { ENDS_WITH_WRITTEN_DATE } from "../dates.js";
import { headerField } from "../header-fields.js";
import { findEndnotes, linesNamedByContents } from "./debris.js";
import { isPartName } from "./part-names.js";
import { debateMemberLines, opensWithSpeaker } from "./speaker-labels.js";
import { findBracketedLabels, findSymbolHeadings } from "./symbol-headings.js";
import {
  lineNumbering,
  opensWithNumbering,
  ordinalOnly,
  numberingOf,
  SPOKEN_CHINESE,
  SUB_DECIMAL_FAMILY,
  type MarkerMatch,
} from "./markers.js";

/** A subheading is a phrase: a longer line without a stop is a sentence run on. */
const SUBHEADING_MAX = 30;
const SUBHEADING_MAX_LATIN = 60;
const SUBHEADING_MIN = 4;
/** A numbered heading's words may run longer: its number already sets it apart. */
const NUMBERED_HEADING_MAX_LATIN = 70;
/** The prose a subheading heads: a paragraph at least this long. */
const PROSE_MIN = 40;
/** Fewer lines than this are a line set apart, not a family of headings. */
const FAMILY_MIN = 2;

/** A bullet typed before a list item's words. */
const TYPED_BULLET = /^[-*•–]\s/u;

function subheadingShaped(block: Block, script: Source["script"], latinMax = SUBHEADING_MAX_LATIN): boolean {
  const text = block.text.trim();
  const latin = hasLatinLetter(text);
  return (
    block.kind === "paragraph" &&
    !block.bold &&
    !text.includes("\n") &&
    text.length >= SUBHEADING_MIN &&
    titleShaped(text, script, latin ? latinMax : SUBHEADING_MAX, /[。；;！!？?]/u) &&
    // Words, not a time stamp (`03:08`), nor who speaks (`[00:00:41] Speaker: Tom Asante`); a part's
    // number before a colon (`PART A: ECONOMY …`) is no speaker.
    /\p{L}{2}/u.test(text) &&
    // A list's item written with its bullet (`- Weekly forecast call …`), in plain text.
    !TYPED_BULLET.test(text) &&
    (!opensWithSpeaker(`${text} `) || lineNumbering(text)?.strong === true) &&
    !SALUTATION.test(text) &&
    !isAsideLine(text) &&
    headerField(text) === null &&
    // Where and when a speech was given (`Harlow Bay Civic Auditorium – Thursday, February 6, 2025`).
    !ENDS_WITH_WRITTEN_DATE.test(text)
  );
}

/** The fewest questions that head a text's parts. */
const QUESTION_HEADINGS_MIN = 3;

/** A short question alone on its line, nothing but it (`How are our ākonga achieving?`): a subheading asked. */
function asksAsHeading(block: Block, script: Source["script"]): boolean {
  const text = block.text.trim();
  if (!/[？?]$/u.test(text) || /\.\s/u.test(text)) return false;
  return subheadingShaped({ ...block, text: text.slice(0, -1) }, script);
}

const numbered = (block: Block) => {
  const text = block.text.trim();
  return ordinalOnly(text) !== null || opensWithNumbering(text);
};

/** A label's own count (`Recommendation 3:`), not one within a numbered part (`Objective 1.2:`). */
const LABEL_COUNTING_FROM_ONE = /^en-label-[a-z]+(?: [a-z]+)?$/u;

/**
 * Numbering a writer set, not words a speaker says: a speech's `First, …` `And third, …` `一要…`
 * `最后，…` are items inside its parts, and leave its short lines its headings. So do items that
 * name what they number (`Recommendation 1: …`): a report's list under its `Recommendations` line.
 */
const numberedByWriter = (block: Block) => {
  if (!numbered(block)) return false;
  const family = numberingOf(lineNumbering(block.text.trim())?.family ?? "");
  return !(
    family === "en-spoken" ||
    SPOKEN_CHINESE.has(family) ||
    LABEL_COUNTING_FROM_ONE.test(family) ||
    ITEM_LETTERS.has(family)
  );
};

/**
 * A number alone on its line that no series leads up to (`46` over `Lantern Club sessions every
 * month`): a figure a report sets large, no part's number, which counts from one.
 */
function figureAlone(blocks: readonly Block[], index: number): boolean {
  const number = ordinalOnly(blocks[index]?.text.trim() ?? "");
  if (!number || number.ordinal === 1) return false;
  return !blocks.slice(0, index).some((block) => {
    const before = ordinalOnly(block.text.trim());
    return before?.family === number.family && before.ordinal === number.ordinal - 1;
  });
}

/** The most items a list inside a part may have. */
const LIST_ITEMS_MAX = 9;

/**
 * One list inside a part (`We are asking for three things:` · `1. …` `2. …` `3. …`): its items are
 * paragraphs one after another, counted from one, after an unnumbered sentence that introduces them.
 */
function isOneList(blocks: readonly Block[], items: readonly number[]): boolean {
  const first = items[0] ?? 0;
  return (
    items.length <= LIST_ITEMS_MAX &&
    items.every(
      (block, n) => block === first + n && lineNumbering(blocks[block]?.text.trim() ?? "")?.ordinal === n + 1,
    ) &&
    // A numbered paragraph's own list (`[7] I make the following orders:`) is the paragraph's.
    /[:：.。]$/u.test(blocks[first - 1]?.text.trim() ?? "") &&
    lineNumbering(blocks[first - 1]?.text.trim() ?? "") === null
  );
}

/**
 * One series of numbered headings (`Recommendations` · `1. Five-year settlements` · prose · `2.
 * Franchising powers` · prose), counted from one, each heading prose.
 */
function isNumberedHeadingSeries(
  blocks: readonly Block[],
  items: readonly number[],
  script: Source["script"],
): boolean {
  const first = items[0] ?? 0;
  const family = lineNumbering(blocks[first]?.text.trim() ?? "")?.family;
  // A heading's words after its number (`3. Demand-responsive transport as a complement, not a substitute`).
  const words = (block: Block): Block => {
    const text = block.text.trim();
    return { ...block, text: text.slice(lineNumbering(text)?.marker.length ?? 0).trim() };
  };
  return (
    items.length >= FAMILY_MIN &&
    items.every((block, n) => {
      const match = lineNumbering(blocks[block]?.text.trim() ?? "");
      return match?.family === family && match?.ordinal === n + 1;
    }) &&
    items.every(
      (block) =>
        subheadingShaped(words(blocks[block] as Block), script, NUMBERED_HEADING_MAX_LATIN) &&
        headsProse(blocks, block),
    )
  );
}

/**
 * The short line that heads the series opening at `first`: right over it, or over one paragraph that
 * introduces it (`2026年主要目标任务` · `今年是……。` or `重点抓好以下工作：` · `（一）…`). Its block, or null.
 */
function lineOverSeries(
  blocks: readonly Block[],
  first: number,
  script: Source["script"],
  named: ReadonlySet<number>,
): number | null {
  const intro = blocks[first - 1];
  const introduces =
    intro !== undefined &&
    !subheadingShaped(intro, script) &&
    (endsSentence(intro) || /[:：]$/u.test(intro.text.trim()));
  const head = introduces ? first - 2 : first - 1;
  const line = blocks[head];
  // A line a table of contents names heads its part after anything (a figure, a signature).
  return line !== undefined &&
    subheadingShaped(line, script) &&
    (partDoneBefore(blocks, head) || named.has(head))
    ? head
    : null;
}

/**
 * `一年來會務回顧` · `①…` `②…` · `未來工作方向` · `①…` `②…`: the numbered paragraphs count from one
 * again after each of two or more short lines, right under it, and nothing numbered stands outside
 * those lists. Each line heads its list; the blocks of the lines, or none.
 */
function linesOverEachList(
  blocks: readonly Block[],
  numbered: readonly number[],
  script: Source["script"],
): number[] {
  const numbering = new Map(
    numbered.map((block) => [block, lineNumbering(blocks[block]?.text.trim() ?? "")]),
  );
  const starts = numbered.filter((block) => numbering.get(block)?.ordinal === 1);
  const lists = starts.map((start, k) =>
    numbered.filter((b) => b >= start && b < (starts[k + 1] ?? Infinity)),
  );
  const family = numbering.get(starts[0] ?? -1)?.family;
  const counted = lists.every((list) =>
    list.every((block, n) => {
      const match = numbering.get(block);
      return match?.family === family && match?.ordinal === n + 1;
    }),
  );
  const heads = starts.map((start) => start - 1);
  const headed = heads.every((head) => {
    const line = blocks[head];
    return (
      line !== undefined &&
      !numbered.includes(head) &&
      subheadingShaped(line, script) &&
      (head === 0 || partDoneBefore(blocks, head))
    );
  });
  return starts.length >= FAMILY_MIN && starts[0] === numbered[0] && counted && headed ? heads : [];
}

/** The series stands inside one part of a text whose other parts are headed by plain lines. */
function insideOnePart(items: readonly number[], plainHeadings: ReadonlySet<number>): boolean {
  const [first, last] = [items[0] ?? 0, items.at(-1) ?? 0];
  const plain = [...plainHeadings];
  return (
    plain.length >= FAMILY_MIN && plain.some((i) => i < first) && !plain.some((i) => i > first && i < last)
  );
}

/** The first of a labelled series (`Q1. Compulsory redundancies`, `Recommendation 1: …`), which a line may head. */
function opensLabelledSeries(block: Block | undefined): boolean {
  const match = lineNumbering(block?.text.trim() ?? "");
  return match?.ordinal === 1 && LABEL_COUNTING_FROM_ONE.test(match.family);
}

/**
 * The line at `index` heads a sentence that introduces a list, and the list's first item
 * (`Recommendations` · `That the Board:` · `1. Principal's report. Receive …`).
 */
function headsIntroducedList(blocks: readonly Block[], index: number): boolean {
  const lead = blocks[index + 1];
  return (
    lead?.kind === "paragraph" &&
    !isProse(lead) &&
    /[:：]$/u.test(lead.text.trim()) &&
    lineNumbering(blocks[index + 2]?.text.trim() ?? "")?.ordinal === 1
  );
}

/** Small letters and Roman numerals number the items within a part (`(a)` … `(d)`), never its parts. */
const ITEM_LETTERS = new Set(["alpha-lower-paren", "alpha-lower", "roman-lower-paren", "roman-lower"]);

/** A paragraph of prose: a heading line's few words are shorter. */
export const isProse = (block: Block | undefined) =>
  block?.kind === "paragraph" && block.text.length >= PROSE_MIN;
/**
 * Prose follows the line at `index`, at once or after a short sentence (a line quoted under it) or
 * the audience addressed again (`Fellow South Africans,`).
 */
const headsProse = (blocks: readonly Block[], index: number) =>
  isProse(blocks[index + 1]) ||
  ((endsSentence(blocks[index + 1]) || SALUTATION.test(blocks[index + 1]?.text.trim() ?? "")) &&
    isProse(blocks[index + 2]));
/** What stands before a subheading ends a sentence, a note's mark after it perhaps (`.[3]`): the part before it is done. */
export const endsSentence = (block: Block | undefined) =>
  block?.kind === "paragraph" && /(?:[。！？!?.”」]|[.!?]["'’])(?:\[\d{1,3}\])*$/u.test(block.text.trim());

/** The part before block `i` is done: its last sentence ended, perhaps with a cue after it (`(Applause)`). */
const partDoneBefore = (blocks: readonly Block[], i: number) =>
  endsSentence(blocks[i - 1]) || (isCueLine(blocks[i - 1]?.text ?? "") && endsSentence(blocks[i - 2]));

/**
 * A plain text with no numbering at all often heads its parts with short lines of their own (a
 * commentary's `以“钉钉子”的韧劲抓落实`, between paragraphs of prose): with two or more of them,
 * they are its headings, and its points. Text that numbers anything keeps its numbering as its
 * structure, and a text without such lines keeps a point per paragraph.
 */
export function withPlainSubheadings(
  blocks: readonly Block[],
  source: Pick<Source, "format" | "script">,
): Block[] {
  const notes = findEndnotes(blocks);
  const writerNumbered = blocks
    .slice(0, notes)
    .flatMap((b, i) => (numberedByWriter(b) && !figureAlone(blocks, i) ? [i] : []));
  // Notes at the end number themselves, not the text's parts; nor does one list inside a part, nor
  // one series of numbered headings inside one.
  const alone = writerNumbered.length === 0 || isOneList(blocks, writerNumbered);
  if (source.format !== "txt" || blocks.some((b) => b.kind !== "paragraph")) return [...blocks];
  // Lines led by a symbol (`■ 主要工作`, `◆ 客户服务`) or set in brackets (`【主要做法】`) head its
  // parts, as numbering would.
  if (findSymbolHeadings(blocks).size > 0 || findBracketedLabels(blocks).size > 0) return [...blocks];
  const listHeads = alone ? [] : linesOverEachList(blocks, writerNumbered, source.script);
  if (listHeads.length > 0) {
    const heads = new Set(listHeads);
    return blocks.map((block, i) => (heads.has(i) ? { ...block, kind: "heading", depth: 1 } : block));
  }
  // A line a table of contents names heads its part, whatever stands under it (who wrote it, a list).
  const named = linesNamedByContents(blocks);
  const seriesHead = alone ? null : lineOverSeries(blocks, writerNumbered[0] ?? 0, source.script, named);
  if (!alone && (seriesHead === null || !isNumberedHeadingSeries(blocks, writerNumbered, source.script)))
    return [...blocks];
  const numbered = new Set(writerNumbered);
  const headings = new Set<number>();
  const firstProse = blocks.findIndex(isProse);
  const members = debateMemberLines(blocks);
  blocks.forEach((block, i) => {
    // The first speaker's line follows the text's head (its title, its date), not a part.
    const speaks = SPEAKER_LINE.test(block.text.trim()) || HAN_POST_AND_NAME.test(block.text.trim());
    const firstTurn = speaks && (firstProse < 0 || firstProse >= i);
    if (
      !numbered.has(i) &&
      !members.has(i) &&
      subheadingShaped(block, source.script) &&
      (named.has(i) ||
        ((partDoneBefore(blocks, i) || firstTurn) &&
          (headsProse(blocks, i) || opensLabelledSeries(blocks[i + 1]) || headsIntroducedList(blocks, i))))
    )
      headings.add(i);
  });
  // A report may head its parts with questions (`Where did we start the year?`): three or more
  // short ones, each a line over prose. A speech's one or two questions alone are words said.
  const asked = blocks.flatMap((block, i) =>
    alone && asksAsHeading(block, source.script) && partDoneBefore(blocks, i) && headsProse(blocks, i)
      ? [i]
      : [],
  );
  if (asked.length >= QUESTION_HEADINGS_MIN) for (const i of asked) headings.add(i);
  if (!alone) {
    if (!insideOnePart(writerNumbered, headings)) return [...blocks];
    // The series' part is headed by the line over it; an opening or a closing part by its name.
    if (seriesHead !== null) headings.add(seriesHead);
    blocks.forEach((block, i) => {
      if (isPartName(block.text) && headsProse(blocks, i)) headings.add(i);
    });
    // Notes at the end are headed by their own line (`Notes`): none of the text's parts.
    for (const i of headings) if (i >= notes) headings.delete(i);
  }
  // Who speaks: a name and a role, or a name alone that a list of the call's participants gives a role.
  const lines = blocks.map((block) => block.text.trim());
  const participants = new Set(lines.flatMap((line) => (SPEAKER_LINE.test(line) ? [nameOf(line)] : [])));
  const isTurn = (i: number) => SPEAKER_LINE.test(lines[i] ?? "") || participants.has(lines[i] ?? "");
  // A call's transcript in sections (`Presentation`, `Question-and-Answer Session`): the sections
  // are its parts, and the topics inside them theirs; who speaks next heads no part, as the turns
  // of its questions and answers are many.
  const turnCount = lines.filter((_, i) => isTurn(i)).length;
  const sections = lines.flatMap((line, i) => (CALL_SECTION.test(line) ? [i] : []));
  if (sections.length >= FAMILY_MIN && turnCount >= FAMILY_MIN) {
    const topics = [...headings].filter((i) => !isTurn(i) && i > (sections[0] ?? 0) && !sections.includes(i));
    return blocks.map((block, i) =>
      sections.includes(i)
        ? { ...block, kind: "heading", depth: 1 }
        : topics.includes(i)
          ? { ...block, kind: "heading", depth: 2 }
          : block,
    );
  }
  // Remarks that count their points aloud (`First, …` `Second, …` `Third, …`) are structured by
  // that count, across the turns: who speaks next heads no part.
  if (turnCount >= FAMILY_MIN && countsAloud(lines)) {
    const parts = [...headings].filter((i) => !isTurn(i));
    if (parts.length < FAMILY_MIN) return [...blocks];
    for (const i of headings) if (isTurn(i)) headings.delete(i);
  }
  // A recorder's line of who speaks and when stands over every paragraph it took down: no part.
  for (const i of headings) if (RECORDED_TURN.test(lines[i] ?? "")) headings.delete(i);
  if (headings.size < FAMILY_MIN) return [...blocks];
  // Prepared remarks of several speakers (an earnings call): who speaks heads a turn, and the topics
  // a speaker heads inside it sit under their turn.
  const turns = [...headings].filter(isTurn);
  const byTurn = turns.length >= FAMILY_MIN && turns.length < headings.size;
  const depthOf = (i: number) => (byTurn && !turns.includes(i) ? 2 : 1);
  return blocks.map((block, i) =>
    headings.has(i) ? { ...block, kind: "heading", depth: depthOf(i) } : block,
  );
}

/**
 * Who speaks, on a line of their own: a name and a role after a comma or a dash (`Sofia Marchetti,
 * Chief Financial Officer`, `Kevin O'Neill -- Northgate Capital Markets`), or `Operator`.
 */
const NAME_AND_ROLE =
  /^(?:Operator|Moderator|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}(?:,|\s+(?:--?|[—–]))\s+[A-Z][^.!?;:]{2,80}):?$/u;
/** A recorder's line of who speaks and when (`Dana Okafor  3:18`, `Audience  10:44`). */
const NAME_AND_TIME = new RegExp(
  `^(?:Audience|(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+){0,3})\\s+${ELAPSED_TIME}$`,
  "u",
);
/** A recorder's line in either language (`Dana Okafor  3:18`, `发言人2 00:00:41`). */
const RECORDED_TURN = new RegExp(
  `${NAME_AND_TIME.source}|^\\p{Script=Han}{2,6}\\d{0,2}[ \\t\\u3000]+${ELAPSED_TIME}$`,
  "u",
);
/** Who speaks, on a line of their own, either way. */
const SPEAKER_LINE = new RegExp(`${NAME_AND_ROLE.source}|${NAME_AND_TIME.source}`, "u");

/** The name before the role in a speaker's line. */
const nameOf = (line: string) => line.split(/,|\s+(?:--?|[—–])\s+/u)[0] ?? line;

/** Spoken ordinals counted from one to three at least (`First, …` `Second, …` `And third, …`) open paragraphs. */
function countsAloud(lines: readonly string[]): boolean {
  const ordinals = new Set(
    lines.flatMap((line) => {
      const match = lineNumbering(line);
      return match && numberingOf(match.family) === "en-spoken" ? [match.ordinal] : [];
    }),
  );
  return [1, 2, 3].every((n) => ordinals.has(n));
}

/** A section of a call's transcript, alone on its line. */
const CALL_SECTION =
  /^(?:Presentation|(?:Management(?:'s|’s)? )?(?:Prepared )?Remarks|Questions?(?:[- ]and[- ]|\s*&\s*)Answers?(?: Session)?|Q\s*&\s*A(?: Session)?):?$/iu;

/**
 * In a plain text whose sections are headed by lines of strong numbering (`II. Where we stand`,
 * `二、…`, two or more of one family), a section that numbers nothing more and heads its parts with
 * short lines between prose (`Inflation dynamics`, `The labour market`), two or more: those lines
 * are its subheadings, a series of their own under it.
 */
export function findSectionSubheadings(
  blocks: readonly Block[],
  source: Pick<Source, "format" | "script">,
  unnumbered: ReadonlySet<number>,
): Map<number, MarkerMatch> {
  const subheadings = new Map<number, MarkerMatch>();
  if (source.format !== "txt" || blocks.some((b) => b.kind !== "paragraph")) return subheadings;
  // A section's paragraphs numbered to cite them (`1.1 England needs more homes. Every …`) go on
  // inside it: they end no section.
  const citesParagraph = (b: Block) =>
    SUB_DECIMAL_FAMILY.test(lineNumbering(b.text.trim())?.family ?? "") &&
    !subheadingShaped(b, source.script);
  // A table of contents' lines (`PART III  DELIVERY`) head no section.
  const sections = blocks.flatMap((b, i) =>
    numbered(b) && !citesParagraph(b) && !unnumbered.has(i) ? [i] : [],
  );
  const family = (i: number) => {
    const match = lineNumbering(blocks[i]?.text.trim() ?? "");
    return match?.strong && subheadingShaped(blocks[i] as Block, source.script) ? match.family : null;
  };
  const families = sections.map(family);
  // Bracketed labels that head a part before the first section (`【履职尽责情况】` over `一、…`) are
  // a series of their own: a later one stands beside them, never under a section. Found only when a
  // line would otherwise be taken, since most texts have none.
  let labelSeries: Set<number> | undefined;
  const inLabelSeries = (i: number) => {
    if (labelSeries === undefined) {
      const labels = [...findBracketedLabels(blocks).keys()];
      labelSeries = new Set(labels.some((at) => at < (sections[0] ?? 0)) ? labels : []);
    }
    return labelSeries.has(i);
  };
  const counts = new Map<string | null, number>();
  for (const f of families) counts.set(f, (counts.get(f) ?? 0) + 1);
  sections.forEach((start, k) => {
    const own = families[k] ?? null;
    if (own === null || (counts.get(own) ?? 0) < FAMILY_MIN) return;
    const end = sections[k + 1] ?? blocks.length;
    // A number alone on its line (`PART B`) takes the title line under it (`Tax Proposals`).
    const bare = ordinalOnly(blocks[start]?.text.trim() ?? "") !== null;
    const from =
      bare && isTitleLine(blocks[start + 1]?.text.trim() ?? "", source.script) ? start + 2 : start + 1;
    const found: number[] = [];
    for (let i = from; i < end; i++) {
      const opensPart = i === from || partDoneBefore(blocks, i);
      // A line numbered by a label of its own (`建議一\u3000延長開放時間`) is its series' item.
      const ownNumber = lineNumbering(blocks[i]?.text.trim() ?? "") !== null;
      if (
        opensPart &&
        !ownNumber &&
        subheadingShaped(blocks[i] as Block, source.script) &&
        headsProse(blocks, i) &&
        !inLabelSeries(i)
      )
        found.push(i);
    }
    if (found.length < FAMILY_MIN) return;
    found.forEach((i, n) =>
      subheadings.set(i, { family: `subheading-under-${start}`, ordinal: n + 1, marker: "", strong: false }),
    );
  });
  return subheadings;
}
