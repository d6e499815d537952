import type { Block } from "../ingest/types.js";
import { YEAR_DIGITS } from "../dates.js";
import { HAN_POST_END } from "../han-posts.js";
import { romanNumber, wrapsNumberedWords } from "../numerals.js";
import { padsSpreadTitle } from "../spread-title.js";
import { barHeadCuts, DESK_BEFORE_TITLE, englishHeadTitleEnd, markHeadTitle } from "./head-title.js";
import { isMarkerStart, matchMarker, ordinalOnly, type MarkerMatch } from "./markers.js";
import { OFFICE_SUFFIX, REPORT_KIND, SPOKEN_KIND } from "./lines.js";

/** Numbering that heads a section wherever it stands after a sentence (`。二、`, `。（三）`, `。第二章`). */
const SECTION_FAMILIES = new Set([
  "cn-article",
  "cn-capital",
  "cn-stem",
  "cn-dun",
  "cn-paren",
  "cn-paren-sign",
  "cn-lenticular",
  "cn-tortoise",
]);
/**
 * In English text run together: `… today. First, we …`, `… end. PART II …`, `… end. II. …`,
 * `… hard. Lesson two: …`, `… us. A. He takes …`.
 */
const isSectionFamily = (family: string) =>
  SECTION_FAMILIES.has(family) ||
  family.startsWith("cn-part-") ||
  family === "en-ordinal" ||
  family === "en-number" ||
  family === "en-point" ||
  family === "en-the-ordinal" ||
  family.startsWith("en-label-") ||
  family === "roman" ||
  // `… us. A. He takes the initiative. …`: a Roman part's lettered points.
  family === "alpha-upper" ||
  family.startsWith("en-part-");

/** A section heading written without punctuation is short: the next marker within this ends it. */
const HEADING_MAX = 40;

/**
 * A paragraph this long that holds section numbering is text pasted from a web page with its
 * paragraphs run together; shorter ones are real paragraphs, whose numbering stays inline. An
 * English paragraph takes five times the characters to say as much, and its spoken series
 * (`… three measures today. First, … Secondly, …`) stay inside it.
 */
const RUN_TOGETHER_MIN = { chinese: 300, english: 1500 };
/** A shorter paragraph that holds most of the document is run together too, down to this length. */
const WHOLE_TEXT_MIN = 100;

/** Spaces between two Chinese characters: Chinese has none, so in run-together text they are a paragraph break. */

const RUN_TOGETHER = new WeakSet<Block>();

/** Whether the block is a piece of text that was run together into one long line. */
export function wasRunTogether(block: Block): boolean {
  return RUN_TOGETHER.has(block);
}

/**
 * Splits paragraphs that hold several: at a line break whose next line opens with numbering or an
 * ideographic indent (Word line breaks, Markdown hard breaks), and, in text run together into one
 * long line, before every section marker that follows a sentence end and at the spaces that
 * stand between Chinese words. Every character but those breaks is kept, in order.
 * `linesAreLines`: a break inside the paragraph is a line of the file (not in Word).
 */
export function splitBlocks(blocks: readonly Block[], linesAreLines: boolean, plainText = false): Block[] {
  const out: Block[] = [];
  let total = 0;
  for (const block of blocks) total += block.text.length;
  blocks.forEach((block, index) => {
    if (block.kind === "item") {
      // A Markdown list item takes the lines after it as its own (a lazy continuation); a line
      // that opens with numbering (`三、`) is a paragraph of its own all the same.
      out.push(...splitItem(block, linesAreLines));
      return;
    }
    if (block.kind !== "paragraph" || block.code) {
      out.push(block);
      return;
    }
    // `社論｜大學退場，…`: the desk heads the page as a stamp does, apart from the title after it.
    const desk = index === 0 && !block.text.includes("\n") ? DESK_BEFORE_TITLE.exec(block.text) : null;
    if (desk && block.text.length <= DESK_TITLE_LINE_MAX) {
      out.push(...cutBlock(block, [desk[0].length], linesAreLines));
      return;
    }
    // Long, or most of a short document: a whole speech pasted as one line. In plain text, a line
    // that the reader already cut at runs of ideographic spaces was such a line too.
    const length = block.text.length;
    const sharedLine =
      plainText && (blocks[index - 1]?.line === block.line || blocks[index + 1]?.line === block.line);
    const longest = /\p{Script=Han}/u.test(block.text.slice(0, 200))
      ? RUN_TOGETHER_MIN.chinese
      : RUN_TOGETHER_MIN.english;
    const oneLine = length >= longest || (length >= WHOLE_TEXT_MIN && length >= total * 0.8);
    const runTogether = oneLine || sharedLine;
    // The reader cut a shared line at its runs of spaces already; a single space left in it is
    // part of the text (`應邀到\u3000大院`: a space of respect).
    const cuts = cutPoints(block.text, runTogether, oneLine);
    // `## 一` · `交付情况  ⏎本季度…`: under a number alone, a short first line ended by a hard break is
    // its title, a line of its own.
    const titleEnd = block.text.indexOf("\n");
    if (
      titleEnd > 0 &&
      isShortTitle(block.text.slice(0, titleEnd)) &&
      index > 0 &&
      ordinalOnly(blocks[index - 1]?.text.trim() ?? "") !== null
    )
      addCut(cuts, titleEnd + 1);
    // `附件一 …重點說明`: an attached document's label and its title, on one line, are lines of their own.
    const attachment = index > 0 ? LABEL_BEFORE_ATTACHED_TITLE.exec(block.text) : null;
    if (attachment && isShortTitle(block.text.slice(attachment[0].length)))
      addCut(cuts, attachment[0].length);
    // `主日信息｜曠野中的嗎哪｜經文：…`: the head's label and title are lines of their own.
    for (const cut of index === 0 ? barHeadCuts(block.text) : []) addCut(cuts, cut);
    // `Harbour Forum: Opening Remarks by … (transcript) Recorded …`: the title at the head of an
    // English speech pasted as one line is a line of its own.
    const headTitle = index === 0 && oneLine ? englishHeadTitleEnd(block.text) : -1;
    if (headTitle > 0) addCut(cuts, headTitle);
    if (cuts.length === 0) {
      if (runTogether) RUN_TOGETHER.add(block);
      out.push(block);
      return;
    }
    cutBlock(block, cuts, linesAreLines).forEach((piece, i) => {
      if (runTogether) RUN_TOGETHER.add(piece);
      if (i === 0 && headTitle > 0 && cuts[0] === headTitle) markHeadTitle(piece);
      out.push(piece);
    });
  });
  return out;
}

/** A section number after a sentence's end, and the spaces between them (`。二、`, `。  二、`). */
const SENTENCE_THEN_SECTION = /[。！？][”」』]?([ \u3000]*)(?=[一二三四五六七八九十]{1,3}、)/gu;

/**
 * `…稳定向好。一、强化责任落实 …`: a page that runs its paragraphs together with no space between
 * them, two sections' numbers or more glued to the sentence before.
 */
function sectionsGlued(text: string): boolean {
  const gaps = [...text.matchAll(SENTENCE_THEN_SECTION)].map((match) => match[1] ?? "");
  return gaps.length >= 2 && gaps.every((gap) => gap === "");
}

/** A title's first phrase before a space: a few words after a sentence's end, a section's number or the start. */
const FIRST_PHRASE = /(?:^|[。！？；：]|[一二三四五六七八九十]{1,3}、)([^。！？；;：:，,\s]{2,14})$/u;
/** A title's second phrase after it: a few words and a word in quotes, before any stop. */
const QUOTED_PHRASE = /^[^。！？；;：:，,\s“”]{2,12}“[^“”，,。\s]{1,8}”/u;

/**
 * The space from `start` to `end` stands between a title's two phrases, the second holding a word in
 * quotes (`强化责任落实 织密安全责任“一张网”`, `坚持“四个强化” 构建安全生产“大监管”格局`).
 */
function pairsTitlePhrases(text: string, start: number, end: number): boolean {
  return (
    FIRST_PHRASE.test(text.slice(Math.max(0, start - 20), start)) &&
    QUOTED_PHRASE.test(text.slice(end, end + 24))
  );
}

/** An attached document's label and the spaces after it, before its title on the same line (`附件一` · `…重點說明`). */
const LABEL_BEFORE_ATTACHED_TITLE =
  /^附[ \u3000]*件[ \u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \u3000]+(?=\S)/u;

/** A title's words on a line: a few, no punctuation of a sentence or a clause. */
const isShortTitle = (line: string) => /^[^。，；：！？.,;:!?]{2,30}$/u.test(line.trim());

/** The longest line a desk and a title share. */
const DESK_TITLE_LINE_MAX = 80;

/** Adds a cut at `at` to the sorted `cuts`, unless one is there already. */
function addCut(cuts: number[], at: number): void {
  if (cuts.includes(at)) return;
  const after = cuts.findIndex((cut) => cut > at);
  cuts.splice(after < 0 ? cuts.length : after, 0, at);
}

/** The block cut at `cuts` into pieces that keep its kind, their own line numbers and every character. */
function cutBlock(block: Block, cuts: readonly number[], linesAreLines: boolean): Block[] {
  const pieces: Block[] = [];
  let from = 0;
  let line = block.line;
  // One pass over the line breaks for all the cuts: a text run together may have thousands.
  let newline = linesAreLines ? block.text.indexOf("\n") : -1;
  for (const cut of [...cuts, block.text.length]) {
    const text = block.text.slice(from, cut).trim();
    if (text !== "") pieces.push({ ...block, text, line });
    for (; newline !== -1 && newline < cut; newline = block.text.indexOf("\n", newline + 1)) line++;
    from = cut;
  }
  return pieces;
}

function splitItem(block: Block, linesAreLines: boolean): Block[] {
  if (!block.text.includes("\n")) return [block];
  const cuts = lineCuts(block.text, opensWithNumbering);
  if (cuts.length === 0) return [block];
  // The item keeps its first lines; what the numbered lines start are paragraphs.
  return cutBlock(block, cuts, linesAreLines).map((piece, i) =>
    i === 0 ? piece : { kind: "paragraph", text: piece.text, line: piece.line },
  );
}

/** A line that opens with numbering (`三、`, a lone `四`). */
const opensWithNumbering = (line: string) =>
  ordinalOnly(line) !== null || matchMarker(line, 0, false) !== null;
/** …or with an ideographic indent: in plain text and Word, that too starts a paragraph. */
const opensParagraph = (line: string) => /^\u3000/u.test(line) || opensWithNumbering(line);

/** Where the lines that pass `test` start, after each line break of `text`. */
function lineCuts(text: string, test: (line: string) => boolean): number[] {
  const cuts: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    let start = i + 1;
    while (start < text.length && /[ \t\u00a0]/u.test(text[start] ?? "")) start++;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    // `农村一、⏎二、三产业`: the next number of a range the line break wrapped opens no paragraph.
    if (test(line) && !wrapsNumberedWords(text.slice(0, i), line)) cuts.push(i + 1);
  }
  return cuts;
}

function cutPoints(text: string, runTogether: boolean, spacesBreak: boolean): number[] {
  const cuts = lineCuts(text, opensParagraph);
  if (!runTogether) return cuts;
  const glued = spacesBreak && sectionsGlued(text);
  for (const space of spacesBreak ? text.matchAll(SPACES) : []) {
    const end = (space.index ?? 0) + space[0].length;
    // `第一条 为了…`: the space sets an article's number apart from its text, which has no title.
    if (endsWithArticleNumber(text, space.index ?? 0)) continue;
    // Between Chinese words, or between Chinese and numbering (`一、总体要求 1.指导思想`); not
    // inside a short title spread with spaces (`第一章 总  则`).
    if (padsSpreadTitle(text, space.index ?? 0, end)) continue;
    // `一、强化责任落实 织密安全责任“一张网”县委…`: on a page that glues its paragraphs, the space
    // between a title's two phrases.
    if (glued && pairsTitlePhrases(text, space.index ?? 0, end)) continue;
    // `（市政协委员、民盟滨江市委副主委 吴晓岚）`: inside brackets a space sets a post apart from a name.
    if (insideBrackets(text, space.index ?? 0)) continue;
    // `中共南屏市委 南屏市人民政府关于…的决定`: the space stands between the issuers of one title.
    if (joinsIssuers(text, space.index ?? 0, end)) continue;
    if (
      CJK_BEFORE.test(text[(space.index ?? 0) - 1] ?? "") &&
      (CJK_AFTER.test(text[end] ?? "") ||
        YEAR_OPENING.test(text.slice(end, end + 5)) ||
        (isMarkerStart(text, end) && matchMarker(text, end, false) !== null))
    ) {
      cuts.push(end);
      // `第一章 总则第一条 为了…`: the chapter's title ends where its first article begins.
      cutHeadings(text, end, cuts);
    }
  }
  // `讲话（2023年12月28日）同志们：`: the date under a title is a line of its own.
  const date = dateAfterTitle(text.slice(0, TITLE_AREA));
  if (date) {
    if (date.start > 0) cuts.push(date.start);
    cuts.push(date.end);
  }
  // `…推进会上的讲话县委书记 韩立新（2024年8月20日）`: who speaks stands between title and date, or
  // between title and the salutation (`…上的表态发言县商务局局长 孙丽华尊敬的…`).
  const speaker =
    SPEECH_TITLE_END.exec(text.slice(0, date?.start ?? TITLE_AREA)) ??
    // `2025年度述职述廉报告县住建局副局长\u3000马晓东（2026年1月）`: any report's title, then who gives it.
    (date ? TITLE_THEN_POST_AND_NAME.exec(text.slice(0, date.start)) : null);
  if (speaker) {
    const end = speaker.index + speaker[0].length;
    // With no date, only the salutation after it says a speaker's line stands there: a sentence
    // may name a speech too (`…会议上的重要讲话中，…`).
    const salutation = date
      ? null
      : (SALUTATION_AFTER_SPEAKER.exec(text.slice(end, end + SPEAKER_LINE_MAX + SALUTATION.length)) ??
        ADDRESS_AFTER_SPEAKER.exec(text.slice(end, end + SPEAKER_LINE_MAX + ADDRESS_MAX)));
    if (date || salutation) cuts.push(end);
    if (salutation) cuts.push(end + salutation.index);
  }
  // `…研討會引言主持人：國立臺灣師範大學…`: who chairs or gives it, by a label glued to the title.
  const role = TITLE_THEN_ROLE.exec(text.slice(0, TITLE_AREA));
  if (role) cuts.push(role[0].length);
  // `关于…的调研报告 市政协经济委员会调研组`: who wrote it, after a space, alone with the title.
  const byline = TITLE_THEN_BYLINE.exec(text);
  if (byline) cuts.push(byline[0].length);
  const studyGroup = TITLE_THEN_STUDY_GROUP.exec(text.slice(0, TITLE_AREA));
  if (studyGroup?.[1]) cuts.push(studyGroup[1].length, studyGroup[0].length);
  // `关于…的建议（市政协委员 吴晓岚）主席、各位委员：`: who speaks, in brackets after the title.
  const bracketed = TITLE_THEN_SPEAKER.exec(text.slice(0, TITLE_AREA));
  if (bracketed?.[1]) cuts.push(bracketed[1].length, bracketed[0].length);
  // `…2023年工作总结及2024年工作打算2023年，全镇…`: a report's title glued to its first sentence,
  // or a space before it, which opens with the year it reports on.
  const report = REPORT_TITLE_THEN_YEAR.exec(text.slice(0, TITLE_AREA));
  if (report) cuts.push(report[0].length);
  // `政府工作报告——在…会议上各位代表：`: a title, its subtitle and the address to the audience
  // after them, before any sentence, are lines of their own.
  const head = HEAD.exec(text)?.[0] ?? "";
  const address = head.search(ADDRESS_OPENER);
  if (address > 0) {
    cuts.push(address);
    const subtitle = head.search(SUBTITLE_DASH);
    if (subtitle > 0) cuts.push(subtitle);
    // `…施政報告澳門特別行政區政府二〇二五年十一月主席、各位議員：`: who issues it and when, between.
    const dated = DATE_BEFORE_ADDRESS.exec(head.slice(0, address));
    if (dated && dated.index > 0) {
      cuts.push(dated.index);
      const issuer = TITLE_THEN_ISSUER.exec(head.slice(0, dated.index));
      if (issuer) cuts.push(issuer[0].length);
    }
  }
  // `…奋斗！各位代表！新征程上…`, `… an hour. Thank you.`: an address to the audience, or the
  // closing words, open a paragraph of their own.
  for (const end of text.matchAll(SENTENCE_THEN_ADDRESS)) cuts.push((end.index ?? 0) + end[0].length);
  // The series of paragraphs a glued first item began, by family: the ordinal of its last item cut.
  const seriesCut = new Map<string, number>();
  for (const end of text.matchAll(SENTENCE_THEN_MARKER)) {
    // A section marker after a sentence; and `二、主要任务（一）健全…`: a heading without
    // punctuation ends where the next section marker starts.
    const sentenceEnd = (end.index ?? 0) + end[0].length;
    // After a colon (`有三个方面：（一）…`) a section marker may be a list inside the paragraph:
    // it stays there, but its heading still ends where a series of paragraphs begins.
    const afterColon = /^[：:]/u.test(end[0]);
    cutHeadings(text, sentenceEnd, cuts, afterColon, seriesCut);
  }
  cuts.push(...numberedSeriesStarts(text), ...partsInCapitals(text), ...bracketedSeriesStarts(text));
  // `…社區照顧服務 ＊＊＊＊＊＊ 以下是…`: a rule drawn under a headline is a line of its own.
  for (const rule of spacesBreak ? text.matchAll(RULE_BETWEEN_SPACES) : [])
    cuts.push(rule.index ?? 0, (rule.index ?? 0) + rule[0].length);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/**
 * `… this year. PART II – OUR PROGRAMMES (a) Rural water …`: in English run together, a part's
 * number and its title in capitals, after a sentence's end, are a line of their own: the title ends
 * with its capitals, where a word in small letters or a bracketed item begins. Two or more such parts.
 */
const PART_IN_CAPITALS =
  /(?<=^|[.!?:]["”’)]?\s+)(?:PART|SECTION|CHAPTER)\s+(?:[IVXLC]{1,6}|\d{1,2})\s*[–—:.-]?\s*(?:[A-Z][A-Z'’&,-]*\s+){0,12}?[A-Z][A-Z'’&-]+(?=\s+(?:[A-Z]?[a-z]|\())/gu;
const PARTS_MIN = 2;

/**
 * `… spending. (i) New boreholes. We drilled … (ii) Piped schemes. …`: in English run together, a
 * bracketed letter or Roman numeral after a sentence's end (or a part's title in capitals) opens a
 * point as one of a series counted from `(a)` or `(i)`, never alone. A title in small letters run
 * into its first sentence (`(a) Rural water supply This remains …`) ends where that sentence opens.
 */
const SENTENCE_THEN_BRACKETED = /(?<=[.!?:]["”’)]?\s+|[A-Z]{2}\s+)\(([a-z]|[ivx]{1,4})\)\s+(?=[A-Z])/gu;
const TITLE_THEN_SENTENCE =
  /^\([a-z]{1,4}\)\s+[A-Z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){1,6}\s+(?=(?:This|These|The|We|Our|It|In|They|Their|There|Each|Every|Most|All|Since|Over|When|During|Last|After)\s)/u;

function bracketedSeriesStarts(text: string): number[] {
  const starts: number[] = [];
  const series = { letter: [] as number[], roman: [] as number[] };
  const close = (kind: "letter" | "roman") => {
    if (series[kind].length >= NUMBERED_SERIES_MIN) starts.push(...series[kind]);
    series[kind] = [];
  };
  for (const match of text.matchAll(SENTENCE_THEN_BRACKETED)) {
    const label = match[1] ?? "";
    const at = match.index ?? 0;
    const letterNext = String.fromCharCode(97 + series.letter.length);
    if (label === letterNext && (label !== "i" || series.roman.length === 0)) {
      // A letter's item ends the Roman items under the letter before it.
      close("roman");
      series.letter.push(at);
    } else if (romanNumber(label) === series.roman.length + 1) series.roman.push(at);
  }
  close("roman");
  close("letter");
  const titled = starts.map((start) => {
    const title = TITLE_THEN_SENTENCE.exec(text.slice(start, start + HEADING_MAX * 2));
    return title ? start + title[0].length : -1;
  });
  return [...starts, ...titled.filter((at) => at > 0)];
}

function partsInCapitals(text: string): number[] {
  const parts = [...text.matchAll(PART_IN_CAPITALS)];
  if (parts.length < PARTS_MIN) return [];
  return parts.flatMap((part) => [part.index ?? 0, (part.index ?? 0) + part[0].length]);
}

/**
 * `… in turn. 1. Winning back the customer. Over … 2. Simplifying how we work. …`: in English run
 * together, a number after a sentence's end opens a point only as one of a series counted from 1,
 * never alone.
 */
function numberedSeriesStarts(text: string): number[] {
  const starts: number[] = [];
  let series: number[] = [];
  const close = () => {
    if (series.length >= NUMBERED_SERIES_MIN) starts.push(...series);
    series = [];
  };
  let closer = "";
  for (const match of text.matchAll(SENTENCE_THEN_NUMBER)) {
    const number = Number(match[1]);
    const at = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
    // One series closes its numbers one way: `2)` goes on from `1)`, not from `1.`.
    if (number !== series.length + 1 || match[2] !== closer) close();
    closer = match[2] ?? "";
    // `… Kieran Doyle 1. Executive summary Around … regulators. 2. The scale …`: the numbers before
    // may follow the head's last words or a signature, with no sentence's end before them.
    if (series.length === 0 && number > 1) series.push(...numbersBefore(text, at, number, closer));
    if (number === series.length + 1) series.push(at);
  }
  close();
  // `4. Recommendations Recommendation 1: Set …`: a section's heading ends where a labelled item
  // glued to it begins.
  const glued = starts.map((start) => labelInHeading(text, start)).filter((at) => at > 0);
  const numberedSections = starts.map((at) => ({ at, number: parseInt(text.slice(at), 10) }));
  return [...starts, ...glued, ...subsectionStarts(text, [...numberedSections, ...labelledSections(text)])];
}

/** `… heating. Theme 2: Transport …`: a section labelled by a word and its number after a sentence's end. */
const SENTENCE_THEN_LABEL = /(?<=^|[.!?:]["”’)]?\s+)(?=[A-Z][a-z]{2,15} (\d{1,2})[:.]?\s)/gu;

/** The sections a report labels by a word and its number (`Theme 1:`, `Goal 2.`), as its marker reads them. */
function labelledSections(text: string): Section[] {
  return [...text.matchAll(SENTENCE_THEN_LABEL)].flatMap((match) => {
    const at = match.index ?? 0;
    const label = matchMarker(text, at, false);
    return label?.family.startsWith("en-label-") ? [{ at, number: Number(match[1]) }] : [];
  });
}

/** A numbered section of English run together: where it starts, and its number. */
interface Section {
  at: number;
  number: number;
}

/**
 * `3. The year in summary … to them. 3.1 Finances The council … 3.2 Housing We …`: inside a
 * numbered or labelled section found in English run together (`3.`, `Theme 3:`), its decimal
 * sub-sections counted from `N.1` open points too, as a series and never alone (`paragraph 4.2 of
 * the Constitution` is a reference).
 */
function subsectionStarts(text: string, found: readonly Section[]): number[] {
  const sections = [...found].sort((a, b) => a.at - b.at);
  const starts: number[] = [];
  let series: number[] = [];
  let section = -1;
  const close = () => {
    if (series.length >= NUMBERED_SERIES_MIN) starts.push(...series);
    series = [];
  };
  for (const match of text.matchAll(SENTENCE_THEN_SUBSECTION)) {
    const at = (match.index ?? 0) + match[0].length;
    const within = sections.filter((s) => s.at < at).at(-1);
    const number = Number(match[1]);
    if (within?.number !== number) continue;
    if (within.at !== section || Number(match[2]) !== series.length + 1) close();
    section = within.at;
    // `Theme 3: Nature and land use 3.1 Plant … 3.2 …`: the first may follow the section's title
    // at once, with no sentence's end before it.
    const first = series.length === 0 && Number(match[2]) === 2 ? firstSubsection(text, within, at) : -1;
    if (first >= 0) series.push(first);
    if (Number(match[2]) === series.length + 1) series.push(at);
  }
  close();
  return starts;
}

/** How far after its section's start a first sub-section may follow the section's title. */
const SECTION_TITLE_REACH = 80;

/** Where `N.1` and a capital stand after a word of section N's title, before `before`; else -1. */
function firstSubsection(text: string, section: Section, before: number): number {
  const reach = text.slice(section.at, Math.min(before, section.at + SECTION_TITLE_REACH));
  const first = new RegExp(`(?<=\\s)${section.number}\\.1\\s+["“‘]?[A-Z]`, "u").exec(reach);
  return first ? section.at + first.index : -1;
}

/** `… them. 3.1 Finances`: a section's number, a sub-number and a capital after a sentence's end. */
const SENTENCE_THEN_SUBSECTION = /[.!?:]["”’)]?\s+(?=(\d{1,2})\.(\d{1,2})\s+["“‘]?[A-Z])/gu;

/** Where a labelled item (`Recommendation 1:`) begins among a numbered heading's first words; else -1. */
function labelInHeading(text: string, start: number): number {
  const heading = start + (NUMBER_THEN_SPACE.exec(text.slice(start, start + HEADING_MAX))?.[0].length ?? 0);
  const end = Math.min(text.length, heading + HEADING_MAX);
  for (let i = text.indexOf(" ", heading); i > 0 && i < end; i = text.indexOf(" ", i + 1)) {
    // The heading's words end at its first stop: a label after it is in a sentence.
    if (/[.!?;:]/u.test(text.slice(heading, i))) return -1;
    const match = isMarkerStart(text, i + 1) ? matchMarker(text, i + 1, false) : null;
    if (match?.family.startsWith("en-label-")) return i + 1;
  }
  return -1;
}

/**
 * Where the numbers counting up to `number` stand (`1. `, `2. `, or `1) `, as `closer` says), each
 * with a capital after it and a space before, each within a section's reach before the next; none
 * unless all of them do.
 */
function numbersBefore(text: string, at: number, number: number, closer: string): number[] {
  const found: number[] = [];
  for (let n = number - 1, next = at; n >= 1; n--) {
    const from = Math.max(0, next - FIRST_NUMBER_REACH);
    const pattern = new RegExp(`\\s${n}(?=([.)])\\s+["“‘]?[A-Z])`, "gu");
    let last = -1;
    for (const match of text.slice(from, next).matchAll(pattern))
      if (match[1] === closer) last = from + (match.index ?? 0) + 1;
    if (last < 0) return [];
    found.unshift(last);
    next = last;
  }
  return found;
}

/** A section's number and the space after it (`4. `). */
const NUMBER_THEN_SPACE = /^\d{1,2}\.\s+/u;
/** How far before a number of a series the one before it may stand. */
const FIRST_NUMBER_REACH = 3000;
/** How many numbers count a series in English run together. */
const NUMBERED_SERIES_MIN = 2;
/** `… in turn. 1. Winning …`, `… effect: 1) The Ministry …`: a number, its full stop or bracket and a capital after a sentence's end. */
const SENTENCE_THEN_NUMBER = /[.!?:]["”’)]?\s+(\d{1,2})(?=([.)])\s+["“‘]?[A-Z])/gu;

/** How far a bracket's words reach on either side of a space inside it. */
const BRACKETED_REACH = 40;

/** Whether `at` stands inside a pair of brackets that opens and closes near it. */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - BRACKETED_REACH), at);
  const after = text.slice(at, at + BRACKETED_REACH);
  const opened = Math.max(before.lastIndexOf("（"), before.lastIndexOf("("));
  const closedBefore = Math.max(before.lastIndexOf("）"), before.lastIndexOf(")"));
  const closes = after.search(/[）)]/u);
  const opensAgain = after.search(/[（(]/u);
  return opened > closedBefore && closes >= 0 && (opensAgain < 0 || closes < opensAgain);
}

/** Where the date under a title stands in the text's head: in brackets, or a news page's dateline. */
function dateAfterTitle(head: string): { start: number; end: number } | null {
  const bracketed = DATE_LINE.exec(head);
  if (bracketed) return { start: bracketed.index, end: bracketed.index + bracketed[0].length };
  const dateline = BARE_DATELINE.exec(head);
  const date = dateline?.[1];
  return dateline && date ? { start: dateline[0].length - date.length, end: dateline[0].length } : null;
}

/**
 * Cuts before the section marker at `start` and before each marker glued to its heading after it
 * (`二、主要任务（一）健全…`): a heading without punctuation ends where the next section marker
 * starts. `keepFirst`: the marker at `start` stays in its paragraph (a list after a colon), unless
 * a section marker is glued to its heading.
 */
function cutHeadings(
  text: string,
  start: number,
  cuts: number[],
  keepFirst = false,
  seriesCut = new Map<string, number>(),
): void {
  for (let at = start; at >= 0;) {
    const match = matchMarker(text, at, false);
    if (!match) break;
    if (!isSectionFamily(match.family)) {
      // `（一）加强三个建设一是加强能力建设。…二是…`: a heading without punctuation also ends
      // where a series of paragraphs begins; and so may that series' first heading
      // (`（四）推动教育发展1. 教育方面（1）推进…。（2）…`). The series' next items after a
      // sentence's end (`…。2. 青年方面…`) are paragraphs of their own too.
      const continues = at === start && seriesCut.get(match.family) === match.ordinal - 1;
      if (!continues && (at === start || !opensSeries(text, at, match))) break;
      cuts.push(at);
      seriesCut.set(match.family, match.ordinal);
      at = nextMarkerInHeading(text, at + match.marker.length);
      continue;
    }
    const next = nextMarkerInHeading(text, at + match.marker.length);
    // `总结如下：一、2024年工作开展情况（一）经济…`: a marker whose heading runs into another
    // section's marker heads a section, even after a colon.
    if (!keepFirst || at !== start || next !== -1) cuts.push(at);
    at = next;
  }
}

/** An issuer's name ending before a space (`中共南屏市委`, `南屏市人民政府`). */
const ISSUER_BEFORE = new RegExp(`\\p{Script=Han}{2,20}(?:${OFFICE_SUFFIX})$`, "u");
/** Another issuer after it, whose name runs on into what the document is about. */
const ISSUER_THEN_ABOUT = /^\p{Script=Han}{2,24}?(?:关于|關於)/u;
/** How much text before a space an issuer's name may take. */
const ISSUER_MAX = 21;

/** Whether the space at [`start`, `end`) stands between two issuers of a title (`A市委 A市人民政府关于…`). */
function joinsIssuers(text: string, start: number, end: number): boolean {
  return (
    ISSUER_BEFORE.test(text.slice(Math.max(0, start - ISSUER_MAX), start)) &&
    ISSUER_THEN_ABOUT.test(text.slice(end, end + ISSUER_MAX + 6))
  );
}

/** How far back from a space an article's number (`第一百二十条`) may begin. */
const ARTICLE_NUMBER_MAX = 8;

/** Whether an article's number (`第一条`, `第十二條`) ends the text right before `index`. */
function endsWithArticleNumber(text: string, index: number): boolean {
  // Only the characters just before: a text run together has a space every few words.
  const start = text.slice(Math.max(0, index - ARTICLE_NUMBER_MAX), index).lastIndexOf("第");
  if (start < 0) return false;
  const at = Math.max(0, index - ARTICLE_NUMBER_MAX) + start;
  const match = matchMarker(text, at, false);
  return match?.family === "cn-article" && at + match.marker.length === index;
}

const SPACES = /[ \u3000]+/g;
const CJK_BEFORE = /^[\p{Script=Han}。！？；：”」』）]$/u;
const CJK_AFTER = /^[\p{Script=Han}“「『（(—]$/u;
/** A rule of six characters or more, spaces on both sides. */
const RULE_BETWEEN_SPACES = /(?<=\s)[＊*─━═=~_-]{6,}(?=\s)/gu;
/** A year that opens Chinese words (`2024年凤鸣镇人民政府工作报告`), as a title may. */
const YEAR_OPENING = /^\d{4}年/u;
const SENTENCE_THEN_MARKER =
  /[。！？!?.：:][”’」』"]?[\s\u3000]*(?:[-－—–―][\s\u3000]*\d{1,4}[\s\u3000]*[-－—–―][\s\u3000]*)?(?=[第一二三四五六七八九十百壹贰貳叁參肆伍陆陸柒捌玖拾（(〔【ABCDEFGILMNOPRSTVX1-9])/gu;

/** A title that says what it is (`…的建议`, `…的发言`), then who gives it in brackets, with a post. */
const TITLE_THEN_SPEAKER = new RegExp(
  `^([^。，；：！？,;:!?（(]{4,60}?(?:建议|建議|提案|${SPOKEN_KIND}|${REPORT_KIND}))[（(][^（）()。，；！？]{0,30}(?:委员|委員|主席|书记|書記|代表|主任|局长|局長|会长|會長|部长|部長|校长|校長|市委|县委|縣委)[^（）()。，；！？]{0,20}[）)]`,
  "u",
);
/** A title that says what it is, a space, and who wrote or gives it, then only the piece's end or its date. */
const TITLE_THEN_BYLINE = new RegExp(
  `^[^。，；：！？,;:!?]{4,60}?(?:${REPORT_KIND}|${SPOKEN_KIND}|总结|總結|方案|计划|計劃|意见|意見|建议|建議)[ \u3000]+(?=[^。，；：！？,;:!?\\s（）()](?:[^。，；：！？,;:!?\\n（）()]{0,22}[^。，；：！？,;:!?\\s（）()])?[ \u3000]*(?:$|[（(][ \u3000]*\\d{4}[ \u3000]*年))`,
  "u",
);
/** A report's title glued to the group that wrote it (`…的调研报告县政协…调研组为深入了解…`). */
const TITLE_THEN_STUDY_GROUP = new RegExp(
  `^([^。，；：！？,;:!?]{4,60}?(?:${REPORT_KIND}))[^。，；：！？,;:!?\\s]{2,24}?(?:调研组|調研組|课题组|課題組)`,
  "u",
);
/** Where a title and its date stand in text run together: its first characters. */
const TITLE_AREA = 100;
/**
 * The title and its subtitle up to the first punctuation of a sentence or a clause; a time's colon
 * in the byline before them is none (`凤鸣镇融媒 2024-01-18 10:21 · …`).
 */
const HEAD = new RegExp(`^(?:[^。，；：！？,;:!?]|(?<=\\d)[:：](?=\\d)){1,${TITLE_AREA}}[：:]?`, "u");
const SUBTITLE_DASH = /(?<=\p{Script=Han})——/u;
/** The address that ends the head (`各位代表：`, `主席、各位議員：`), right after the title's words. */
const ADDRESS_OPENER =
  /(?<=[\p{Script=Han}\s）)])(?:(?:主席|主任|议长|議長|院长|院長|会长|會長|校长|校長)[、，,])?(?:同志们|同志們|朋友们|朋友們|各位(?:代表|委员|委員|同志|同事|领导|領導|来宾|來賓|议员|議員))[：:]$/u;
/** A date of year and month (and day) that ends the head before its address. */
const DATE_BEFORE_ADDRESS = new RegExp(
  `${YEAR_DIGITS}[\\s\u3000]*年[\\s\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})[\\s\u3000]*月(?:[\\s\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[\\s\u3000]*日)?[\\s\u3000]*$`,
  "u",
);
/** A title that says what it is, then the name of the government or body that issues it. */
const TITLE_THEN_ISSUER = new RegExp(
  `^[^。，；：！？,;:!?]{4,60}?(?:${REPORT_KIND}|${SPOKEN_KIND}|规划|規劃|纲要|綱要)(?=[\\s\u3000]*\\p{Script=Han}{2,24}(?:政府|委员会|委員會|议会|議會|办公室|辦公室)[\\s\u3000]*$)`,
  "u",
);
const DATE_LINE =
  /[（(][\s\u3000]*\d{4}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月(?:[\s\u3000]*\d{1,2}[\s\u3000]*日)?[\s\u3000]*[)）]/u;
/**
 * A news page's dateline after its headline, apart by spaces (`社論／… 2025-10-02 05:30 經濟部…`):
 * only after words with no punctuation of a sentence or a clause, a headline's.
 */
const BARE_DATELINE =
  /^[^。，；：！？,;:!?]{4,80}?[\s\u3000](\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?)(?=[\s\u3000])/u;
/**
 * A title, then the label of who chairs or gives the talk (`主持人：`, `主講人：`, `發言人：`), before
 * any sentence: the label opens a line of its own.
 */
const TITLE_THEN_ROLE =
  /^[^。，；！？,;!?]{4,80}?(?<=[\p{Script=Han}」』）)])(?=(?:主持人|主講人|主讲人|引言人|致詞人|致辞人|發言人|发言人|報告人|报告人|講者|讲者|演講者|演讲者)[：:])/u;
/** How long the line saying who speaks may be (`县商务局局长 孙丽华`). */
const SPEAKER_LINE_MAX = 24;
/** The word that opens the salutation ending that line (`尊敬的张书记…`). */
const SALUTATION = "尊敬的";
/** That salutation, after a name. */
const SALUTATION_AFTER_SPEAKER = new RegExp(`(?<=\\p{Script=Han})${SALUTATION}`, "u");
/** The most an address to the audience takes (`企业家朋友们，同志们：`). */
const ADDRESS_MAX = 24;
/** An address to the audience after a name and a space, ending on its colon (`王立平 朋友们，同志们：`). */
const ADDRESS_AFTER_SPEAKER = new RegExp(
  `(?<=\\p{Script=Han}[ \\u3000]+)(?=[^\\s\\u3000。！？：:]{0,${ADDRESS_MAX}}(?:们|們|同志|代表|来宾|來賓|嘉宾|嘉賓|领导|領導|委员|委員)[：:])`,
  "u",
);
/** A speech's title ends on what it is (`…会议上的讲话`), and a line saying who gives it may follow. */
const SPEECH_TITLE_END = new RegExp(
  `^[^。，；！？]{4,80}?上的\\p{Script=Han}{0,4}?(?:${SPOKEN_KIND}|${REPORT_KIND})(?=[\\s\u3000]*\\p{Script=Han})`,
  "u",
);
/** A title that says what it is, then a post and a name, ending where the date under them begins. */
const TITLE_THEN_POST_AND_NAME = new RegExp(
  `^[^。，；！？\\s]{4,40}?(?:${REPORT_KIND}|${SPOKEN_KIND})(?=[^。，；！？]{2,30}?(?:${HAN_POST_END})[\\s\u3000]*\\p{Script=Han}{2,4}[\\s\u3000]*$)`,
  "u",
);
const REPORT_TITLE_THEN_YEAR =
  /^[^。，,；！？\s]{4,60}?(?:总结|總結|打算|计划|計劃|要点|要點|报告|報告|方案|规划|規劃)(?=[ \u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})年[，,]|(?:今年|去年|近年|一年)(?:以来|以來|来|來)?[，,])/u;
/** A sentence's end, never a point's number (`6. Thank you`), before an address to the audience or closing words. */
const SENTENCE_THEN_ADDRESS =
  /[。！？!?）)][”’」』"]?[\s\u3000]*(?=(?:同志们|同志們|朋友们|朋友們|各位(?:代表|委员|委員|同志|同事|领导|領導|来宾|來賓|议员|議員))[！!，,：:])|(?<!(?:^|\s)\d{1,2})[.!?]["”’]?\s+(?=(?:Thank you|In closing|To conclude|In conclusion)\b)/gu;

/** The second item of a series of paragraphs, by the family of its first. */
const SECOND_ITEM: Record<string, RegExp> = {
  "cn-shi": /二(?:是|要|则|則|来|來)|其二/u,
  "cn-di": /第二[，,、：:]/u,
  "cn-di-shi": /第二是/u,
  "cn-seq": /其次/u,
  // `二、扎实推进乡村振兴1、发展特色产业。…。2、建设和美乡村。`: the second after a sentence's end.
  "num-dot": /[。；！？!?;][\s\u3000]*2[、．.](?!\d)/u,
  "num-paren": /[。；！？!?;][\s\u3000]*[（(]2[）)]/u,
};
/** How far the second item of a series may stand from its first. */
const SERIES_WINDOW = 2000;
/** Characters that make a following `一` part of a word (`第一要务`, `统一是`, `唯一`). */
const WORD_BEFORE_ONE = /[第统統唯之万萬同单單专專划劃]/u;

/** A first item glued to the heading before it, whose second item follows in the text. */
function opensSeries(text: string, at: number, match: MarkerMatch): boolean {
  const second = SECOND_ITEM[match.family];
  if (
    !second ||
    match.ordinal !== 1 ||
    WORD_BEFORE_ONE.test(text[at - 1] ?? "") ||
    /\d/u.test(text[at - 1] ?? "")
  )
    return false;
  return second.test(text.slice(at + match.marker.length, at + SERIES_WINDOW));
}

/** Where a section marker starts within a heading's first words, before any punctuation; -1 if none. */
function nextMarkerInHeading(text: string, from: number): number {
  const limit = Math.min(text.length, from + HEADING_MAX);
  for (let i = from + 1; i < limit; i++) {
    const char = text[i] ?? "";
    // A heading may hold a comma (`三、全面持续给力，为…提供坚强保障一要…`), no other punctuation.
    if (/[\p{P}\s]/u.test(char) && !"（(，,".includes(char)) return -1;
    if (isMarkerStart(text, i) && matchMarker(text, i, false) !== null) return i;
  }
  return -1;
}
