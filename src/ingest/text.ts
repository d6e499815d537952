import { isTitleCaseLine } from "../title-case.js";
import { columnWidth, inCapitals, inEnglishCapitals } from "../characters.js";
import { HAN_POST_AND_NAME } from "../han-posts.js";
import { cutBreadcrumb, isSiteMenu, parseByline } from "./page-debris.js";
import { isPersonLine } from "./byline.js";
import { headerField } from "../header-fields.js";
import { isOrdinalRange, wrapsNumberedWords } from "../numerals.js";
import { padsSpreadTitle } from "../spread-title.js";
import type { Warning } from "../errors.js";
import type { Block } from "./types.js";
import { CONTENTS_HEADING } from "../contents-heading.js";
import { isWideColumnRow } from "../wide-columns.js";
import { CJK, CONTENTS_ENTRY_END, textEnd, wrapsNumber } from "./wrap.js";

/** Two or more ideographic spaces inside a line: how news sites separate pasted paragraphs. */
const IDEOGRAPHIC_PARAGRAPH_BREAK = /(?<=\S)[\u3000]{2,}(?=\S)/gu;
/** A line indented like the first line of a paragraph (two ideographic spaces, or a tab or spaces). */
const PARAGRAPH_INDENT = /^(?:[\u3000]{1,}|\t|[ \u00a0]{2,})\S/u;
/** Far more leading spaces than an indent, and no two columns: a line centred by hand. */
const CENTRED = /^(?: {8,}|\t{2,}|\u3000{4,})\S(?:(?! {3}).)*$/u;
/** How many columns short of the right edge a line set flush right may end. */
const FLUSH_RIGHT_SLACK = 1;
/** A line of two columns apart by a run of spaces, as a memo's header sets them. */
const TWO_COLUMNS = /\S {3,}\S/u;
/**
 * Fewer spaces than CENTRED asks for also centre a line when as many lie after it, up to the right
 * edge (`     Timestamp Practice for Open Data Feeds` in a text 72 columns wide).
 */
const BALANCED_INDENT_MIN = 4;
const BALANCE_SLACK = 2;

/**
 * A line centred by hand between the left margin and one of `rightEdges` (where the longest line
 * ends, where a header's right column ends); not one set flush right, nor one of two columns.
 */
function isCentred(rawLine: string, end: number, rightEdges: readonly number[]): boolean {
  if (rightEdges.some((edge) => Math.abs(edge - end) <= FLUSH_RIGHT_SLACK) || /\S {3}/u.test(rawLine.trim()))
    return false;
  const indent = rawLine.length - rawLine.trimStart().length;
  return (
    CENTRED.test(rawLine) ||
    (indent >= BALANCED_INDENT_MIN &&
      rightEdges.some((edge) => Math.abs(indent - (edge - end)) <= BALANCE_SLACK) &&
      !rawLine.startsWith("\t"))
  );
}
/** A line that starts with numbering: never joined to the line before it. */
const STARTS_WITH_MARKER =
  /^(?:[一二三四五六七八九十]+[、是要则則]|[壹贰貳叁參肆伍陆陸柒捌玖拾]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+|\d{1,3}(?:\.\d{1,3})*(?:[.、．)）](?!\d)|\s)|[①-⑳]|[IVX]+\.\s|[A-Za-z][.)]\s|[（(](?:[a-z]|[ivx]{1,4})[）)]\s|#|[-*+]\s|(?:PART|Part|CHAPTER|Chapter|SECTION|Section)\s+(?:[IVXLC]{1,6}|\d{1,3})(?=\s*(?:[—–:.-]|$)))/u;

/**
 * Splits plain text into paragraphs. A paragraph is a line, unless the text is hard-wrapped (most
 * lines filled to one width, as text copied from a PDF or an e-mail is): then a line filled to the
 * width goes on in the next one, unless that one is indented, numbered or after a blank line. Runs
 * of ideographic spaces inside a line also separate paragraphs. A page number on its own line is
 * taken out, noted, and the paragraph it cut goes on.
 */
export function readPlainText(text: string, firstLine = 1): { blocks: Block[]; warnings: Warning[] } {
  const lines = text.split("\n");
  const trimmedLines = lines.map((line) => line.trim());
  const lengths = trimmedLines.map(columnWidth);
  const width = wrapWidth(trimmedLines, lengths);
  /** Whether the line at `at` runs to near the width the text was wrapped at. */
  const filled = (at: number) => width !== null && (lengths[at] ?? 0) >= width * FILLED_SHARE;
  const lineEnds = lines.map((raw, index) => raw.length - raw.trimStart().length + (lengths[index] ?? 0));
  // Where the longest line ends, and where the right column of a header at the text's head ends
  // (`R. Okafor` beside `Platform Engineering Working Group`): a line that ends there too is set
  // flush right (`March 2025` under them), not centred, and a line centred between the margin and
  // either is centred.
  let rightEdge = 0;
  for (const end of lineEnds) rightEdge = Math.max(rightEdge, end);
  const columnEdges = new Set<number>();
  const headEnd = trimmedLines.findIndex((line, index) => line === "" && index > 0);
  for (let index = 0; index < (headEnd < 0 ? 0 : headEnd); index++)
    if (TWO_COLUMNS.test(trimmedLines[index] ?? "")) columnEdges.add(lineEnds[index] ?? 0);
  const rightEdges = [rightEdge, ...columnEdges];
  const pageBreaks = findPageBreaks(trimmedLines, centredPageNumbers(lines));
  const warnings: Warning[] = pageBreaks.removed.map((index) => ({
    line: firstLine + index,
    message: `removed "${trimmedLines[index] ?? ""}" at a page's end`,
    kind: "cleanup",
  }));
  // A text whose paragraphs open indented (ideographic spaces before `问题：…`): a line set flush
  // after one that ends no sentence goes on with it, wherever the wrap fell.
  const indented = lines.filter((line) => PARAGRAPH_INDENT.test(line)).length;
  const indentsParagraphs =
    indented >= INDENTED_PARAGRAPHS_MIN && indented >= trimmedLines.filter((line) => line !== "").length / 2;
  const blocks: Block[] = [];
  /** The characters that underline headings, in the order of their depth. */
  const underlineDepths: string[] = [];
  let open: Block | null = null;
  let openFilled = false;
  /** The end of the open paragraph's text, by which the next line is joined or read as a wrapped range. */
  let openEnd = "";
  /** The lines before the first blank one: a title, a subtitle, who speaks, each a line of its own. */
  let inHead = true;
  /** The open paragraph's last line. */
  let openLine = "";
  /** Whether the open paragraph's first line is indented (a paragraph's, not a title's or a heading's). */
  let openIndented = false;
  /** How far the open item's words stand from the margin, after its number (`1. `: 3), or 0. */
  let openHang = 0;
  lines.forEach((rawLine, index) => {
    const line = firstLine + index;
    // `trim` takes the same spaces as `\s` (ideographic, no-break, BOM) and, unlike a `\s+$`
    // search, never scans a run of spaces inside the line once per space.
    const trimmed = trimmedLines[index] ?? "";
    // A page's end (its number and the blank lines around it) ends no paragraph that stops
    // mid-sentence: a line filled to the width before it goes on after it.
    if (pageBreaks.lines.has(index)) {
      if (SENTENCE_END.test(openEnd)) open = null;
      return;
    }
    if (trimmed === "") {
      open = null;
      inHead &&= blocks.length === 0;
      return;
    }
    // `Impact` ⏎ `------`: a line of words underlined by a rule its own width is a heading, each rule's
    // character a depth of its own in the order the text first uses them (`=` then `-`).
    const underline = UNDERLINE.exec(trimmed)?.[1];
    if (
      underline &&
      open?.text === openLine &&
      !STATEMENT_END.test(openLine) &&
      // A total's rule under a table's last row (`Capital    N354.4 billion`) underlines no heading.
      !TWO_COLUMNS.test(openLine) &&
      underlines(lengths[index - 1] ?? 0, trimmed.length)
    ) {
      if (!underlineDepths.includes(underline)) underlineDepths.push(underline);
      open.kind = "heading";
      open.depth = underlineDepths.indexOf(underline) + 1;
      open = null;
      return;
    }
    // A filled line in Title Case at the head is a title, not a paragraph's first line; so is one in
    // capitals over a line in small letters (`… ANNUAL REPORT 2023-24` ⏎ `Presented to the …`).
    const headTitle =
      inHead && (isTitleCaseLine(openLine) || (inEnglishCapitals(openLine) && !inCapitals(trimmed)));
    // `关于…的报告` ⏎ `——2025年1月8日在…会议上` ⏎ `区财政局局长 王晓燕`: the subtitle under the
    // title is a line of its own, however full the lines around it are.
    const aroundSubtitle =
      open !== null &&
      blocks.length <= 2 &&
      ((blocks.length === 1 && SUBTITLE_LINE.test(trimmed)) ||
        (blocks.length === 2 && SUBTITLE_LINE.test(open.text) && SUBTITLE_END.test(open.text)));
    // `立法委員…質詢稿——國道五號…` ⏎ `立法院第11屆第2會期交通委員會` ⏎ `質詢對象：…`: short lines under a
    // filled first line, none of them a paragraph's last, are the head's lines under its title.
    const underTitle =
      inHead &&
      blocks.length === 1 &&
      open?.text === openLine &&
      !filled(index) &&
      (trimmedLines[index + 1] ?? "") !== "" &&
      !filled(index + 1);
    // A web page's menu, breadcrumb or byline at its head is a line of its own, however full.
    const pageHead =
      index < PAGE_HEAD_LINES && openFilled && (isPageHeadLine(openLine) || isPageHeadLine(trimmed));
    const continues =
      open !== null &&
      !RULE_LINE.test(trimmed) &&
      ((openFilled &&
        !headTitle &&
        !pageHead &&
        // `Spring All-Staff Town Hall: Remarks by the President and CEO` ⏎ `Dr. Anita Ferreira-Boyd`:
        // who speaks, under a line of its own, is a line of their own.
        !(open.text === openLine && isPersonLine(trimmed)) &&
        !aroundSubtitle &&
        !underTitle &&
        !PARAGRAPH_INDENT.test(rawLine) &&
        !startsWithMarker(trimmed) &&
        !CONTENTS_HEADING.test(trimmed) &&
        // `…亟待提升。` ⏎ `建议：`: in a text whose paragraphs open indented, wrapped or not, a label set
        // flush after a sentence's end heads what follows.
        !(indented >= INDENTED_PARAGRAPHS_MIN && SENTENCE_END.test(openLine) && FLUSH_LABEL.test(trimmed))) ||
        // `…通知如下。一、` ⏎ `排查范围和重点…`: a line broken after a section's number goes on with its words.
        MARKER_AT_LINE_END.test(openLine) ||
        wrapsNumberedWords(openEnd, trimmed) ||
        wrapsQuantity(openEnd, trimmed, openLine) ||
        (width !== null && goesOnInLowerCase(openLine, trimmed)) ||
        (width !== null &&
          openHang > 0 &&
          hangsUnder(rawLine, trimmed, openHang) &&
          (openFilled || !SENTENCE_END.test(openLine))) ||
        (open.text === openLine && continuesHeading(openLine, trimmed)) ||
        (indentsParagraphs &&
          openIndented &&
          !PARAGRAPH_INDENT.test(rawLine) &&
          !startsWithMarker(trimmed) &&
          CJK.test(openEnd.slice(-1)) &&
          !SENTENCE_END.test(openLine) &&
          // …a line of prose, broken off inside a sentence: an entry with no clause in it (an
          // attachment's name, `3．项目申报诚信承诺书`) is whole, and the issuer under it no word of it.
          CLAUSE_MARK.test(openLine)));
    openFilled = filled(index) && !CONTENTS_ENTRY_END.test(trimmed) && !RULE_LINE.test(trimmed);
    openLine = trimmed;
    if (continues && open) {
      const joined = joiner(openEnd, trimmed) + trimmed;
      open.text += joined;
      openEnd = textEnd(openEnd, joined);
      return;
    }
    const pieces = paragraphsOfLine(trimmed);
    const centred = pieces.length === 1 && isCentred(rawLine, lineEnds[index] ?? 0, rightEdges);
    for (const piece of pieces) {
      const block: Block = { text: piece.trim(), line, kind: "paragraph" };
      if (centred) block.centred = true;
      const indent = rawLine.length - rawLine.trimStart().length;
      if (indent > 0 && pieces.length === 1) block.indent = indent;
      if (block.text !== "") blocks.push(block);
      open = block;
      openIndented = PARAGRAPH_INDENT.test(rawLine);
      openHang = ITEM_NUMBER_AT_MARGIN.exec(rawLine)?.[0].length ?? 0;
      openEnd = textEnd("", block.text);
    }
  });
  return { blocks, warnings };
}

/** How far down a pasted page's menus, breadcrumb and byline may stand. */
const PAGE_HEAD_LINES = 30;

/** A line of a web page's head: its menu (`首页 | 党建动态 | …`), breadcrumb or byline (`作者：… 来源：…`). */
function isPageHeadLine(line: string): boolean {
  return isSiteMenu(line) || cutBreadcrumb(line)?.rest === "" || parseByline(line) !== null;
}

/** An item's number at the margin and the spaces after it (`2. `, `2.1 `, `(b) `), where its words start. */
const ITEM_NUMBER_AT_MARGIN =
  /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[A-Za-z][.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))[ \t]+(?=\S)/u;

/**
 * A wrapped item's next line set under its words, not under its number (`2. Approve the …` ·
 * `   teacher aide hours …`): a hanging indent goes on with the item.
 */
function hangsUnder(rawLine: string, trimmed: string, hang: number): boolean {
  const indent = rawLine.length - rawLine.trimStart().length;
  // A table's row set in under a heading (`4.1 Urgent care` · `    Standard      Target`) is no word of it.
  return indent === hang && !startsWithMarker(trimmed) && !TWO_COLUMNS.test(trimmed);
}

/** A subtitle set under the title after a dash (`——在全县经济工作会议上`). */
const SUBTITLE_LINE = /^(?:——|—)\s*[\p{Script=Han}\d]/u;
/** Where such a subtitle ends: the meeting it was given at, or the kind of text it is. */
const SUBTITLE_END = /(?:上|讲话|講話|报告|報告|发言|發言|致辞|致辭|[）)])$/u;

/** How a sentence ends, and a heading (which may ask a question) never does. */
const STATEMENT_END = /[.。!！,，;；:：]$/u;
/** A rule of one character under a heading line (`Summary` ⏎ `-------`). */
const UNDERLINE = /^([=\-~^])\1{2,}$/u;
/** A rule underlines the line above when it runs about as wide as that line's words. */
const underlines = (headingWidth: number, ruleWidth: number) =>
  headingWidth > 0 &&
  headingWidth <= UNDERLINED_HEADING_MAX &&
  Math.abs(ruleWidth - headingWidth) <= Math.max(3, headingWidth / 4);
/** The widest line a rule may underline as a heading: a wider one is a paragraph over a rule. */
const UNDERLINED_HEADING_MAX = 100;

/** A rule drawn across the page (`-----`, `=====`, `* * *`): it neither goes on a paragraph nor goes on in the next line. */
const RULE_LINE = /^(?:[-_=*─—━~][ \t]?){3,}$/u;

/**
 * A page's number set between dashes or dots (`- 3 -`, `－3－`, `— 12 —`, `· 2 ·`); a number padded
 * with a zero (`—01—`) numbers a post's section instead.
 */
const NUMBER_BETWEEN_MARKS = "(?:[-－—–―]\\s*(?!0)\\d{1,4}\\s*[-－—–―]|[·•]\\s*(?!0)\\d{1,4}\\s*[·•])";

/**
 * A page number on a line of its own, as text copied from a printed document keeps it: framed by
 * dashes or dots (`- 3 -`, `－3－`, `— 12 —`, `· 2 ·`) or spelt out (`第3页`, `第 3 页 共 12 页`, `Page 3`, `Page 3 of 12`,
 * a parliamentary record's `Column 812`).
 * A bare number stays: it may be a section's number (`三`, `3`).
 */
const PAGE_NUMBER = new RegExp(
  `^(?:${NUMBER_BETWEEN_MARKS}|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|column\\s+\\d{1,4})$`,
  "iu",
);

/**
 * A page's foot or head with its number in one line, apart from it by a wide gap
 * (`OIG-24-017          Page 1`, `Page 2          Annual Report 2024`, a running head of the part
 * the page is in, `一、客观分析经济形势    · 2 ·`).
 */
const PAGE_NUMBER_MARK = `(?:page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|${NUMBER_BETWEEN_MARKS})`;
const WIDE_GAP = "(?: {3,}|\\t|\\u3000{2,})";
const PAGE_NUMBER_BESIDE_WORDS = new RegExp(
  `^(?:\\S.{0,59}${WIDE_GAP}${PAGE_NUMBER_MARK}|${PAGE_NUMBER_MARK}${WIDE_GAP}.{0,59}\\S)$`,
  "iu",
);

const isPageNumberLine = (line: string): boolean =>
  (line.length <= 20 && PAGE_NUMBER.test(line)) || PAGE_NUMBER_BESIDE_WORDS.test(line);

const BARE_PAGE_NUMBER = /^\d{1,4}$/u;

/**
 * A number alone on its line between the two halves of a sentence (`…Harborview sent a letter
 * demanding` · `1` · `payment, which…`): a page's number where the page cut a paragraph. A number
 * alone elsewhere may number a section, and stays.
 */
function cutsParagraph(lines: readonly string[], index: number): boolean {
  if (!BARE_PAGE_NUMBER.test(lines[index] ?? "")) return false;
  let before = index - 1;
  while (lines[before] === "") before--;
  let after = index + 1;
  while (lines[after] === "") after++;
  const last = lines[before] ?? "";
  const next = lines[after] ?? "";
  return last !== "" && !SENTENCE_END.test(last) && /^[a-z]/u.test(next);
}

/**
 * In hard-wrapped English, a line that opens in lower case after one that ends no sentence goes on
 * with it, however short the wrap left the line before (a ragged PDF copy, an indented list item's
 * second line): no sentence, heading or item opens so.
 */
function goesOnInLowerCase(before: string, line: string): boolean {
  // `v.` between a case's parties stands alone.
  return (
    /^[a-z]/u.test(line) &&
    !/^vs?\.?$/u.test(line) &&
    (/[\p{L}\d,;'’)$%]$/u.test(before) || HYPHENATED_WORD_END.test(before)) &&
    !startsWithMarker(line)
  );
}

/** A line wholly in brackets: a note on the document (`（征求意见稿）`), no title of it. */
const BRACKETED_NOTE = /^[（(［[【〔][^（）()]*[）)］\]】〕]$/u;

/** Who gives the text, named alone under its title (`罗建川`). */
const NAME_ALONE = /^\p{Script=Han}{2,4}$/u;

/** A running head is a line of words: shorter ones (`Thank you`) may be the text's own twice. */
const RUNNING_HEAD_MIN = 12;

/** Spaces before a number that set it in the middle of a page, not at a heading's place. */
const CENTRING_INDENT = /^(?: {8,}|\t{2,}|\u3000{4,})\d{1,4}\s*$/u;

/**
 * Bare numbers set far in from the margin (`              1`), one after another (`1`, later `2`):
 * a printed page's numbers at its foot. One such number alone may be a centred section number.
 */
function centredPageNumbers(lines: readonly string[]): Set<number> {
  const found = [...lines.entries()].filter(([, line]) => CENTRING_INDENT.test(line));
  const counting = found.filter(([, line], i) => {
    const value = Number(line.trim());
    const previous = found[i - 1]?.[1].trim();
    const next = found[i + 1]?.[1].trim();
    return Number(previous) === value - 1 || Number(next) === value + 1;
  });
  return new Set(counting.map(([index]) => index));
}

/**
 * Where pages ended: page number lines, with the blank lines around them and a running head or
 * foot beside them (a line that stands by two page numbers or more, word for word). `removed` are
 * the lines with words, each noted.
 */
function findPageBreaks(
  lines: readonly string[],
  centredNumbers: ReadonlySet<number>,
): { removed: number[]; lines: Set<number> } {
  const breakLines = new Set<number>();
  const numbers: number[] = [];
  /** The line with words beside the blank lines from `index` on, going `step` (±1). */
  const beside = (index: number, step: number, mark: boolean): number => {
    let at = index + step;
    for (; lines[at] === ""; at += step) if (mark) breakLines.add(at);
    return at;
  };
  const headsWithNumbers = runningHeadsWithNumbers(lines);
  const numbersByHeads = bareNumbersBesideRunningHeads(lines);
  lines.forEach((line, index) => {
    if (
      !isPageNumberLine(line) &&
      !cutsParagraph(lines, index) &&
      !centredNumbers.has(index) &&
      !headsWithNumbers.has(index) &&
      !numbersByHeads.has(index)
    )
      return;
    numbers.push(index);
    breakLines.add(index);
  });
  const neighbours = new Map<string, number[]>();
  for (const index of numbers) {
    for (const step of [-1, 1]) {
      const at = beside(index, step, true);
      const text = lines[at];
      if (text === undefined || breakLines.has(at)) continue;
      const found = neighbours.get(text);
      if (found) found.push(at);
      else neighbours.set(text, [at]);
    }
  }
  // A line beside one page number that also heads the first page, word for word, is the running
  // head too (`Cedar Falls City Council - Regular Meeting Minutes - March 11, 2025`): two pages.
  // Unless no title follows it there (only a note in brackets, `（第十五屆會員代表大會文件）`, its
  // subtitle, who gives the text, or its first sentences): then it is the title the pages repeat, and
  // only its copies go.
  const head = lines.findIndex((line) => line !== "");
  const headText = lines[head] ?? "";
  const headRepeated = neighbours.get(headText);
  let next = head + 1;
  while (next < lines.length && lines[next]?.trim() === "") next++;
  const afterHead = lines[next] ?? "";
  const repeatsHead =
    headRepeated !== undefined &&
    !breakLines.has(head) &&
    headText.length >= RUNNING_HEAD_MIN &&
    !SENTENCE_END.test(headText);
  const titleRepeated = [BRACKETED_NOTE, SENTENCE_END, HAN_POST_AND_NAME, SUBTITLE_LINE, NAME_ALONE].some(
    (shape) => shape.test(afterHead.trim()),
  );
  // A head set in columns (`青禾县人民政府办公室      内部资料 注意保存`) is no title, whatever follows it.
  const inColumns = HEAD_COLUMNS.test(headText);
  if (repeatsHead && (!titleRepeated || inColumns)) headRepeated.push(head);
  const removed = [...numbers];
  const running = [...neighbours.values()].filter(
    (found) => found.length >= 2 || (repeatsHead && titleRepeated && found === headRepeated),
  );
  for (const at of running.flat()) {
    removed.push(at);
    breakLines.add(at);
    for (const step of [-1, 1]) beside(at, step, true);
  }
  return { removed: removed.sort((a, b) => a - b), lines: breakLines };
}

/** Words, a wide gap, words: a running head's columns. */
const HEAD_COLUMNS = /\S[ \u3000]{4,}\S/u;

/** How many blank lines may stand between a page's number and its running head. */
const PAGE_GAP_MAX = 2;

/**
 * Bare numbers counting up (`1`, later `2`), each right beside the same line of words
 * (`MARLOW WATER UTILITY | ANNUAL REPORT 2023`): pages' numbers with their running head. A
 * section's number stands beside its own heading, never the same one twice.
 */
function bareNumbersBesideRunningHeads(lines: readonly string[]): Set<number> {
  const byNeighbour = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (!BARE_PAGE_NUMBER.test(line)) return;
    for (const step of [-1, 1]) {
      // Right beside it, or across the blank lines a page puts between (`1` · `` · `Chair's Address`).
      let at = index + step;
      for (let blank = 0; lines[at] === "" && blank < PAGE_GAP_MAX; blank++) at += step;
      const words = lines[at]?.trim() ?? "";
      if (words.length < RUNNING_HEAD_MIN || BARE_PAGE_NUMBER.test(words)) continue;
      const found = byNeighbour.get(words);
      if (found) found.push(index);
      else byNeighbour.set(words, [index]);
    }
  });
  const numbers = new Set<number>();
  for (const found of byNeighbour.values()) {
    const counting = found.every((at, i) => i === 0 || Number(lines[at]) > Number(lines[found[i - 1] ?? 0]));
    if (found.length >= 2 && counting) for (const at of found) numbers.add(at);
  }
  // The last page's number ends the text, with no page after it to carry the head.
  let last = lines.length - 1;
  while (last > 0 && lines[last]?.trim() === "") last--;
  let highest = Number.NEGATIVE_INFINITY;
  for (const at of numbers) highest = Math.max(highest, Number(lines[at]));
  if (BARE_PAGE_NUMBER.test(lines[last] ?? "") && Number(lines[last]) === highest + 1) numbers.add(last);
  return numbers;
}

/** A running head and the page's bare number, apart by a wide gap (`CITY OF RIVERTON | BUDGET     2`). */
const HEAD_WITH_NUMBER = /^(?:(\S.{0,79}?)(?: {3,}|\t)\d{1,4}|\d{1,4}(?: {3,}|\t)(\S.{0,79}))$/u;

/** The lines that are one running head beside a page's number, found at two pages or more. */
function runningHeadsWithNumbers(lines: readonly string[]): Set<number> {
  const byWords = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const match = line.length <= 100 ? HEAD_WITH_NUMBER.exec(line) : null;
    const words = match?.[1] ?? match?.[2];
    if (words === undefined) return;
    const found = byWords.get(words);
    if (found) found.push(index);
    else byWords.set(words, [index]);
  });
  return new Set([...byWords.values()].filter((found) => found.length >= 2).flat());
}

/** A sentence's end, with a note's mark or a closing quotation mark after it (`…feet.(1)`, `…。”`). */
const SENTENCE_END = /[。！？.!?][”’"')）]*(?:[(（[［]\d{1,3}[)）\]］])?$/u;
/** A section's number after a sentence's end, last on its line: its words are on the next line. */
const MARKER_AT_LINE_END =
  /[。！？；：]\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])$/u;

/** The paragraphs a line holds, apart at runs of ideographic spaces that are no title's padding (`总  则`). */
function paragraphsOfLine(line: string): string[] {
  // A table's row keeps its cells together, whatever runs part them.
  if (isWideColumnRow(line)) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const run of line.matchAll(IDEOGRAPHIC_PARAGRAPH_BREAK)) {
    const end = run.index + run[0].length;
    if (padsSpreadTitle(line, run.index, end)) continue;
    pieces.push(line.slice(from, run.index));
    from = end;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/**
 * A range of numbers (`三、四月份`) opening a line is words of the sentence the line goes on. A
 * memo's header field (`FROM:`) is a line of its own too, and so is a report's numbered part
 * (`GOAL 1: SAFE CARE`, `Objective 2.1: …`).
 */
function startsWithMarker(line: string): boolean {
  return (
    (STARTS_WITH_MARKER.test(line) && !isOrdinalRange(line, 0)) ||
    NUMBERED_LABEL.test(line) ||
    headerField(line) !== null ||
    NOTES_LABEL.test(line)
  );
}

/** A word in capitals, a number and a colon: `Goal 2: `, `OBJECTIVE 1.1: `, `Recommendation 3: `. */
const NUMBERED_LABEL = /^(?:[A-Z][a-z]{2,15}|[A-Z]{3,16})\s+\d{1,2}(?:\.\d{1,2})*:\s/u;

/** A label alone on its line over notes or attachments (`註：`, `附件：`): no wrapped sentence's end. */
const NOTES_LABEL = /^(?:注|註|注释|註釋|附注|附註|备注|備註|附件|说明|說明)[：:]$/u;

/** A word of a heading in Title Case: capitalised, a number, or a short word left in lower case. */
const TITLE_CASE_WORD = /^(?:[A-Z0-9&]|(?:a|an|and|the|of|to|in|on|for|with|at|by|or|nor|from|as)$)/u;

/**
 * A numbered heading that a wrap cut (`1) Public Safety That Residents Can See and` · `Trust`,
 * `（二）加快构建…相协调的` · `养老服务体系`): the next line is the rest of it, a few words in Title Case
 * or a few characters after one that leaves the heading hanging, with no sentence's end.
 */
function continuesHeading(open: string, line: string): boolean {
  const marker = STARTS_WITH_MARKER.exec(open)?.[0];
  // A line that opens with numbering of its own heads its own part
  // (`II.⇥Progress by Project` · `A.⇥Waste Collection App`).
  // A line in columns (`Measure      2022/23      2023/24`) heads a table under the heading.
  if (
    marker === undefined ||
    /[.!?;:,]$/u.test(open) ||
    /[.!?;:,]$/u.test(line) ||
    startsWithMarker(line) ||
    TWO_COLUMNS.test(line)
  )
    return false;
  // `（二）加快构建居家社区机构相协调的` · `养老服务体系`: a word that cannot end a heading.
  if (CJK.test(open.slice(-1)))
    return HANGING_HAN.test(open) && line.length <= HEADING_REST_HAN_MAX && !/[，。；：、,;:]/u.test(line);
  const heading = open.slice(marker.length).trim().split(/\s+/u);
  const rest = line.split(/\s+/u);
  return (
    heading.length >= 2 &&
    rest.length <= HEADING_REST_WORDS_MAX &&
    /^[A-Z]/u.test(line) &&
    [...heading, ...rest].every((word) => TITLE_CASE_WORD.test(word))
  );
}
/** The most words of a heading a wrap may carry to the next line. */
const HEADING_REST_WORDS_MAX = 4;
/** The most Chinese characters of a heading a wrap may carry to the next line. */
const HEADING_REST_HAN_MAX = 12;
/** Characters a Chinese heading never ends on: the words after them are still to come. */
const HANGING_HAN = /[的和与與及之对對在为為并並把将將向从從以]$/u;

/**
 * A number that opens a line as a quantity or a date does (`1.5 kilometres`, `2.4 metre`,
 * `30 June`): digits and a space, no dot or bracket closing them as a marker's, and the word after.
 */
const QUANTITY_START = /^\d{1,3}(?:[.,]\d{1,3})*\s+(\S+)/u;
/** Words that never end an English sentence or a heading: the sentence goes on in the next line. */
const HANGING_WORD =
  /(?:^|\s)(?:a|an|the|of|by|in|on|at|to|for|from|with|within|about|over|under|than|and|or|nor|but|A|An|The)$/u;

/**
 * A line that opens with a quantity and goes on with the sentence before it, which a wrap cut
 * there (`… all on sections within⏎1.5 kilometres of …`, `… by⏎30 June 2025`): the open line ends
 * no sentence, and either the words after the number read on in lower case or the open line ends
 * with a word that leaves its sentence hanging. A decimal heading (`2.1 The pressure zone`) follows
 * a blank line, or a finished line, and begins with a capital.
 */
function wrapsQuantity(before: string, line: string, openLine: string): boolean {
  const quantity = QUANTITY_START.exec(line);
  if (!quantity || !/[A-Za-z]$/u.test(before)) return false;
  // `3. Why the supply side matters more than it used to` ⏎ `3.1 Energy …`: a contents list's next
  // entry, numbered under the open line's own number, however its words end.
  const part = /^(\d{1,3})\.\d{1,3}\s+[A-Z]/u.exec(line)?.[1];
  if (part !== undefined && new RegExp(`^${part}[.)]?\\s`, "u").test(openLine.trim())) return false;
  return /^[a-z]/u.test(quantity[1] ?? "") || HANGING_WORD.test(before);
}

/** A line that ends inside a word, at a hyphen (`recyc-`), not at a dash between words (`fell -`). */
const HYPHENATED_WORD_END = /\p{L}\p{Ll}-$/u;

function joiner(before: string, after: string): string {
  const last = before.at(-1) ?? "";
  const first = after[0] ?? "";
  // Chinese wraps without spaces (beside an ideograph, inside a number); Latin words need one back,
  // unless the wrap cut a word at its hyphen (`recyc-` · `ling`, `self-` · `employed`): the hyphen
  // stays, as a printed page may hyphenate a compound there too.
  if (HYPHENATED_WORD_END.test(before) && /^\p{Ll}/u.test(after)) return "";
  return CJK.test(last + first) || wrapsNumber(before, after) ? "" : " ";
}

/**
 * Widths a text may be wrapped at, in columns (a Chinese character takes two). Below 40, only
 * Chinese is wrapped (fifteen characters or more, a narrow column of a printed page) and only many
 * filled lines tell it from a list of short lines.
 */
const WRAP_WIDTH_MIN = 30;
const WRAP_WIDTH_NARROW = 40;
const NARROW_FILLED_MIN = 8;
const WRAP_WIDTH_MAX = 200;
/** Punctuation inside a sentence: a line that holds it is prose. */
const CLAUSE_MARK = /[，、：；,:;]/u;
/** A label alone on its line, a few words before a colon (`建议：`, `理由：`). */
const FLUSH_LABEL = /^\p{Script=Han}{2,8}[：:]$/u;
/** The fewest indented lines that tell a text whose paragraphs open indented. */
const INDENTED_PARAGRAPHS_MIN = 4;
/** The fewest lines that may go on in the next that tell, by how many of them are filled, a wrapped text. */
const INNER_LINES_MIN = 5;

/** A line this share of the wrap width or longer was filled to it, and cut there. */
const FILLED_SHARE = 0.8;

/**
 * The width a hard-wrapped text was wrapped at, or null when its lines are paragraphs of their
 * own. Wrapped text has many lines ending near one width; a speech written a paragraph a line has
 * lengths all over the place. `lines` are trimmed, `lengths` their display lengths.
 */
function wrapWidth(lines: readonly string[], lineLengths: readonly number[]): number | null {
  const lengths = lineLengths.filter((n) => n > 0);
  if (lengths.length < 6) return null;
  // The width is read off the lines that go on in the next: a paragraph set on one line between
  // blank ones, however long, tells nothing of where the wrapped paragraphs beside it were cut.
  const goingOn = lineLengths.filter((n, i) => n > 0 && (lineLengths[i + 1] ?? 0) > 0);
  // Only when most lines go on: a text of one-line paragraphs has a few lines that do (a page's
  // head), and their width is none it was wrapped at.
  const sorted = [...(goingOn.length * 2 >= lengths.length ? goingOn : lengths)].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < WRAP_WIDTH_MIN || width > WRAP_WIDTH_MAX) return null;
  const isFilled = (i: number) => {
    const n = lineLengths[i] ?? 0;
    return n >= width * FILLED_SHARE && n <= width + 4;
  };
  const filled = lines.filter((_, i) => isFilled(i));
  // A wrap falls anywhere, so most filled lines stop mid-sentence; a list of equal-length items does not.
  const midSentence = filled.filter((l) => !/[。！？；：”」.!?;:)）]$/u.test(l)).length;
  if (width < WRAP_WIDTH_NARROW) {
    const chinese = filled.filter((l) => CJK.test(l)).length;
    if (filled.length < NARROW_FILLED_MIN || chinese < filled.length * 0.8) return null;
  }
  // Most lines are filled, or most of those that may go on in the next line: not a sentence's end,
  // and words after them with no number. A transcript's short lines (who speaks, `谢谢！`) and a
  // report's short numbered headings each end a paragraph of their own.
  const inner = lines.flatMap((line, i) => {
    const next = lines[i + 1] ?? "";
    return line !== "" && next !== "" && !SENTENCE_END.test(line) && !startsWithMarker(next) ? [i] : [];
  });
  const filledShare = Math.max(
    filled.length / lengths.length,
    inner.length >= INNER_LINES_MIN ? inner.filter(isFilled).length / inner.length : 0,
  );
  return filledShare >= 0.5 && midSentence / filled.length >= 0.5 ? width : null;
}
