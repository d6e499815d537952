import type { Block } from "../ingest/types.js";
import { announcedCount as countIn, textBefore } from "./announce.js";
import { findIndentDepths, partsTitledByList } from "./list-nesting.js";
import { asciiDigits } from "../numerals.js";
import { wasRunTogether } from "./split.js";
import { isAttachmentLabel, isClosingWords } from "./lines.js";
import {
  findBylinedHeadlines,
  findSpeakerHeadings,
  findSpeakerParagraphs,
  isQuestionerTurn,
  markerAfterSpeaker,
  opensWithSpeaker,
  turnLabel,
} from "./speaker-labels.js";
import {
  asksAsSpeaker,
  findQuestionParagraphs,
  opensFloor,
  opensQuestionTime,
  QUESTION_FAMILY,
} from "./questions.js";
import { numberedHeadingDepths } from "./heading-depths.js";
import { findNamedParts } from "./named-parts.js";
import { findBoldHeadings, findBulletTitles } from "./bold-headings.js";
import { findBracketedLabels, findSymbolHeadings } from "./symbol-headings.js";
import { findLateOpeners } from "./late-openers.js";
import { findPartNames, PART_NAME_FAMILY } from "./part-names.js";
import { findSegmentLabels } from "./segment-labels.js";
import {
  gluedMarker,
  LAST,
  ONE_MORE,
  TURNED_TO,
  decimalParts,
  matchMarker,
  markerSpan,
  nextMarkerStart,
  numberingOf,
  ordinalOnly,
  SAID_INSIDE,
  saysTurn,
  SPOKEN_CHINESE,
  SPOKEN_ENGLISH,
  type MarkerMatch,
} from "./markers.js";

/** A marker found in the text, before we know whether it is structure. */
export interface Candidate extends MarkerMatch {
  block: number;
  /** Where the marker starts in the block's text, and where its words start. */
  start: number;
  textStart: number;
  /** Found inside a paragraph rather than opening it. */
  inline: boolean;
  /** The series it belongs to (same array object for every member). */
  run: Candidate[];
  /**
   * The numbering family its series is linked by: the family itself, or for a heading the family
   * of the numbering it is written with (`## 二、` continues `一、`), null when it has none.
   */
  numbering: string | null;
  /** Nothing but numbering stands in its block (`三`, `第二章`): its title may be the next line. */
  bare: boolean;
  /** For a first item: how many items the text just before it announces (`讲三点`), else null. */
  announced: number | null;
  /**
   * It opens a paragraph that follows one ending mid-sentence (`，`, `；`, `：`): the break before
   * it only wrapped a line.
   */
  afterOpenClause: boolean;
  /** Its words are a few of their own line, no sentence (`A. Global Economy`): it heads what follows. */
  headsLine: boolean;
  /**
   * Its words are a wish, thanks or congratulations (`祝大家…`, `我要感谢…`, `I want to thank …`), or
   * an appeal that ends with thanks: the words that close a speech.
   */
  wishes: boolean;
}

/** An item's words: from its marker to the next item said in its paragraph, or the paragraph's end. */
export function itemWords(
  item: Candidate,
  blocks: readonly Block[],
  byBlock: ReadonlyMap<number, readonly Candidate[]>,
): string {
  const inBlock = byBlock.get(item.block) ?? [];
  const next = inBlock[inBlock.indexOf(item) + 1];
  return blocks[item.block]?.text.slice(item.textStart, next?.start) ?? "";
}

/**
 * A last word (`最后，`, `Finally,`) that wishes or thanks (`最后，祝大家…`) is the speech's closing
 * words, unless its series began so too (`首先，我要恭喜…` `其次…` `最后，我要感谢…`): then thanking is
 * one of the things the speaker set out to say.
 */
function closingWish(series: Candidate, c: Candidate): boolean {
  return c.ordinal === LAST && c.wishes && !series.run[0]?.wishes;
}

/** A heading's few words: no sentence, no clause, nothing said after a colon. */
const HEADING_WORDS = /^[^。；;！!？?.,，:：]{1,60}$/u;
/** A label that counts what the heading after it names (`A. Finding 1: Fuel card controls are weak`). */
const HEADING_LABEL = /^[A-Z][a-z]{2,15} \d{1,2}:\s+/u;

/** A paragraph ending so ends mid-sentence: what follows goes on with its sentence. */
const OPEN_CLAUSE_END = /[，,；;：:、]\s*$/u;

const INLINE_SCAN_LIMIT = 200_000;
export const ATTACHMENT_FAMILY = "attachment";

/**
 * Whether the block at `index` begins an attached document: `附件` alone on its line, more after it.
 * First in the text, it labels the text itself, printed as another document's attachment.
 */
export function opensAttachedDocument(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  return (
    index > 0 &&
    block !== undefined &&
    block.kind === "paragraph" &&
    index + 1 < blocks.length &&
    isAttachmentLabel(block.text)
  );
}
/** The most a line that only names who speaks next may hold (`[00:12:10] Speaker: Audience member`). */
const SPEAKER_LINE_MAX = 80;

/** A line of its own that names who speaks next, their words in the paragraph after it. */
function isSpeakerLine(text: string): boolean {
  // A label reads as one before words (`Speaker: Audience member`, `Dana Whitfield (CEO):`):
  // the space stands for the words on the next line.
  return text.length <= SPEAKER_LINE_MAX && !/[.!?。！？]$/u.test(text) && opensWithSpeaker(`${text} `);
}

/** How many paragraphs after an item said inside one its next may be said inside another. */
const SAID_AGAIN_REACH = 2;
/** How many paragraphs after a glued `（一）` may hold its `（二）`. */
const GLUED_AHEAD_BLOCKS = 8;

/**
 * Every place in the blocks where numbering may start, in document order; `skip`: blocks to leave
 * out; `attachedTitles`: titles that open an attached document with no `附件` line before them.
 */
export function findCandidates(
  blocks: readonly Block[],
  skip: ReadonlySet<number> = new Set(),
  attachedTitles: ReadonlySet<number> = new Set(),
  /** Unnumbered lines found to head parts of a section (see plain-headings.ts). */
  sectionSubheadings: ReadonlyMap<number, MarkerMatch> = new Map(),
): Candidate[] {
  let found: Candidate[] = [];
  const previous = new Map<string, number>();
  const wordsFrom = new Map<number, number>();
  const announced = (block: number, start: number, ordinal: number) =>
    ordinal === 1 ? countIn(textBefore(blocks, block, start, wordsFrom)) : null;
  const add = (block: number, start: number, match: MarkerMatch, inline: boolean, text: string) => {
    const textStart = start + markerSpan(text, start, match);
    const candidate: Candidate = {
      announced: announced(block, start, match.ordinal),
      ...match,
      block,
      start,
      textStart,
      inline,
      run: [],
      numbering: numberingOf(match.family),
      bare: !inline && textStart >= text.length,
      afterOpenClause: start === 0 && OPEN_CLAUSE_END.test(blocks[block - 1]?.text ?? ""),
      headsLine:
        !inline && start === 0 && HEADING_WORDS.test(text.slice(textStart).replace(HEADING_LABEL, "")),
      wishes: isClosingWords(text.slice(textStart)),
    };
    candidate.run.push(candidate);
    found.push(candidate);
    previous.set(match.family, match.ordinal);
    if (!inline && start === 0) openedWith.set(match.family, match.ordinal);
    wordsFrom.set(block, textStart);
    if (!inline) {
      if (opensQuestionTime(text.slice(textStart))) questionTime = match.family;
      else if (match.family === questionTime) questionTime = null;
    }
  };
  /** Per family, the ordinal of its latest item that opened a paragraph. */
  const openedWith = new Map<string, number>();
  /** The family of the part that opens the floor to questions, while in it; else null. */
  let questionTime: string | null = null;
  /** Whether a paragraph has opened the floor to questions (`we will now begin the Q&A`): for good. */
  let floorOpen = false;

  const headingDepths = numberedHeadingDepths(blocks);
  const indentDepths = findIndentDepths(blocks);
  const listHeadingDepth = partsTitledByList(blocks);
  const symbolHeadings = findSymbolHeadings(blocks);
  const boldHeadings = findBoldHeadings(blocks);
  const bulletTitles = findBulletTitles(blocks);
  const speakers = findSpeakerParagraphs(blocks);
  const headlines = findBylinedHeadlines(blocks);
  const questions = findQuestionParagraphs(blocks);
  const partNames = findPartNames(blocks);
  const namedParts = findNamedParts(blocks);
  const bracketedLabels = findBracketedLabels(blocks);
  const segmentLabels = findSegmentLabels(blocks);
  const speakerHeadings = findSpeakerHeadings(blocks);
  /** The latest paragraph set wholly in bold that opens with numbering: a heading by its look. */
  let lastBold: Candidate | undefined;
  /**
   * Per numbering, the family and ordinal of the latest heading it numbers, which a list item of
   * the next number goes on from (Word's `（一）` styled a heading, its `（二）` left a list item).
   */
  const headingNumbered = new Map<string, { family: string; ordinal: number; block: number }>();
  /** Per list family (`num-dot@1`), the block of its latest item. */
  const lastListItem = new Map<string, number>();
  // Numbering in a blockquote is someone's words quoted, unless the whole text is set in one.
  const mostlyQuoted = blocks.filter((block) => block.quoted).length * 2 >= blocks.length;
  const quotedOn = paragraphsQuotedOn(blocks);
  for (const index of [...listsQuoted(blocks), ...forumQuotes(blocks)]) quotedOn.add(index);
  /** Who speaks, named by the latest line alone that opens a turn (`周立新：`). */
  let turn: string | null = null;
  /** Per English family, the latest item said inside a paragraph. */
  const saidLast = new Map<string, { block: number; ordinal: number }>();
  /**
   * `… four things. Firstly, …` ¶ `My next request is harder. … Secondly, …`: the next item of a
   * series said inside a paragraph just before, said inside this one.
   */
  const saidBefore = (match: MarkerMatch, block: number) => {
    const last = saidLast.get(match.family);
    return (
      last !== undefined &&
      block - last.block <= SAID_AGAIN_REACH &&
      (match.ordinal === last.ordinal + 1 || match.ordinal === LAST)
    );
  };
  blocks.forEach((block, index) => {
    if (skip.has(index) || block.code || (block.quoted && !mostlyQuoted) || quotedOn.has(index)) return;
    const text = block.text;
    turn = turnLabel(text) ?? turn;
    const reporterTurn = isQuestionerTurn(turn, text);
    floorOpen ||= opensFloor(text);
    // A debate's heading naming who speaks is a turn's label, not a part.
    if (block.kind === "heading" && speakerHeadings.has(index)) return;
    if (block.kind === "heading") {
      // A heading between ends a series of bold lines: a bold line after it is no item of theirs.
      lastBold = undefined;
      const match = ordinalOnly(text) ?? matchMarker(text, 0, false, previous);
      const marker = match?.marker ?? "";
      add(
        index,
        0,
        {
          family: `h${headingDepths.get(index) ?? block.depth ?? 1}`,
          ordinal: match?.ordinal ?? Number.NaN,
          marker,
          strong: true,
        },
        false,
        text,
      );
      const heading = found.at(-1);
      if (heading) heading.numbering = match?.family ?? null;
      if (heading && match)
        headingNumbered.set(match.family, { family: heading.family, ordinal: match.ordinal, block: index });
      return;
    }
    // A list item's number is the list's; a series may still be written inside its text
    // (`（三）加强队伍建设。一是…；二是…`, the `（三）` Word's).
    const isItem = block.kind === "item";
    if (isItem) {
      const written = block.marker ?? "";
      const match = matchMarker(`${written} x`, 0, false, previous);
      // A nested list's items are another series than the list around them, whatever their numbering.
      // A list that titles the text's parts over its headings is their parent heading.
      const listFamily = `${match ? match.family : "list"}@${block.listDepth ?? 1}`;
      // A list of its own under the heading (`4. Recommendations` · `1.` … `5.`) goes on from nothing above.
      const numberedHeading = match ? headingNumbered.get(match.family) : undefined;
      const goesOnHeading =
        numberedHeading !== undefined &&
        match?.ordinal === numberedHeading.ordinal + 1 &&
        (lastListItem.get(listFamily) ?? -1) < numberedHeading.block;
      if (goesOnHeading) numberedHeading.ordinal += 1;
      else lastListItem.set(listFamily, index);
      const family =
        listHeadingDepth !== null && (block.listDepth ?? 1) === 1
          ? `h${listHeadingDepth}`
          : goesOnHeading
            ? numberedHeading.family
            : listFamily;
      const ordinal = match ? match.ordinal : Number.NaN;
      const candidate: Candidate = {
        announced: announced(index, 0, ordinal),
        family,
        ordinal,
        marker: written,
        strong: true,
        block: index,
        start: 0,
        textStart: 0,
        inline: false,
        run: [],
        numbering: family,
        bare: false,
        afterOpenClause: false,
        headsLine: false,
        wishes: false,
      };
      candidate.run.push(candidate);
      found.push(candidate);
      wordsFrom.set(index, 0);
    }
    if (attachedTitles.has(index) && !isItem) {
      add(
        index,
        0,
        { family: ATTACHMENT_FAMILY, ordinal: Number.NaN, marker: "", strong: true },
        false,
        text,
      );
      return;
    }
    if (!isItem && opensAttachedDocument(blocks, index)) {
      add(
        index,
        0,
        { family: ATTACHMENT_FAMILY, ordinal: Number.NaN, marker: text.trim(), strong: true },
        false,
        text,
      );
      return;
    }
    const opener = isItem
      ? null
      : (symbolHeadings.get(index) ??
        bulletTitles.get(index) ??
        sectionSubheadings.get(index) ??
        speakers.get(index) ??
        headlines.get(index) ??
        (questionTime === null ? questions.get(index) : undefined) ??
        partNames.get(index) ??
        namedParts.get(index) ??
        bracketedLabels.get(index) ??
        segmentLabels.get(index) ??
        ordinalOnly(text) ??
        matchMarker(text, 0, false, previous));
    // A bold label line among bold part headings (`Pillar 1: …`) is a part by its look, as they are.
    const boldPart = boldHeadings.get(index);
    const first = isItem
      ? null
      : ((boldPart?.marker ? boldPart : null) ??
        opener ??
        // Under a bare number (`02`), a bold line is that number's title, no item of its own.
        (ordinalOnly(blocks[index - 1]?.text ?? "") ? null : (boldSibling(block, lastBold) ?? boldPart)) ??
        null);
    // `D. Our people` ¶ `Finally, our people. We hired …`: the heading said again opening its text.
    // A written letter (`Section 7. Officers` ¶ `(a) Officers. …` `(b) Duties. …`) numbers an item.
    const saysHeadingAgain =
      first !== null &&
      !first.strong &&
      (SPOKEN_ENGLISH.has(first.family) || SPOKEN_CHINESE.has(first.family)) &&
      restatesLineAbove(text.slice(markerSpan(text, 0, first)), first.family, blocks, index, found);
    // A list nested by indentation alone: the items set in further are another series, as a nested list's are.
    const indentDepth = indentDepths.get(index);
    if (first && !saysHeadingAgain)
      add(
        index,
        0,
        indentDepth ? { ...first, family: `${first.family}@${indentDepth}` } : first,
        false,
        text,
      );
    // `Dana Whitfield (CEO): Number one: we are growing…`: in a transcript, who speaks comes first.
    const labelled = first || isItem ? null : markerAfterSpeaker(text, previous);
    if (labelled) {
      add(index, labelled.start, labelled.match, false, text);
      // Said first after the label, it opens the paragraph as the series' items do.
      openedWith.set(labelled.match.family, labelled.match.ordinal);
    }
    if (block.bold) lastBold = first ? found.at(-1) : undefined;
    const limit = Math.min(text.length, INLINE_SCAN_LIMIT);
    const runTogether = wasRunTogether(block);
    // A glued item's series may go on in the paragraphs split off after it.
    let ahead: string | null = null;
    const textAhead = () =>
      (ahead ??= [text, ...blocks.slice(index + 1, index + 1 + GLUED_AHEAD_BLOCKS).map((b) => b.text)].join(
        "",
      ));
    const scanFrom = first
      ? markerSpan(text, 0, first)
      : labelled
        ? labelled.start + markerSpan(text, labelled.start, labelled.match)
        : 1;
    const quoted = new QuoteTracker(text);
    const bySpeaker = opensWithSpeaker(text) || isSpeakerLine(blocks[index - 1]?.text ?? "");
    /** The English series begun inside this paragraph (see SAID_INSIDE). */
    const spokenInside = new Set<string>();
    // `First, we will … Second, we will …`: a paragraph opened with a series' first item goes on with it.
    if (first && SAID_INSIDE.has(first.family) && first.ordinal === 1) spokenInside.add(first.family);
    for (let i = nextMarkerStart(text, scanFrom); i !== -1 && i < limit; i = nextMarkerStart(text, i + 1)) {
      if (quoted.inside(i)) continue;
      const match =
        matchMarker(text, i, true, previous) ??
        (runTogether ? ownPart(gluedMarker(textAhead(), i), text, i) : null);
      if (!match) continue;
      // In the questions after a talk, a questioner's `First, … And second, …` is no point of the talk,
      // nor is a reporter's `一是…二是…`.
      if (questionTime !== null || reporterTurn || floorOpen) continue;
      if (match.family === "en-ordinal" && asksAsSpeaker(bySpeaker, text, i)) continue;
      // An English ordinal inside a paragraph starts a series there (`… today. First, …`) or goes
      // on with one begun in it; alone it is a sentence's word (`Second, I mean it.`).
      // `Which brings me to my last piece of advice. Finally, …`: the next of the paragraphs'
      // series, said after a sentence that leads into it, is one of those paragraphs' items.
      const goesOn =
        SAID_INSIDE.has(match.family) &&
        goesOnAfterLead(match, openedWith.get(match.family), text.slice(0, i));
      if (SAID_INSIDE.has(match.family) && !goesOn) {
        if (match.ordinal !== 1 && !spokenInside.has(match.family) && !saidBefore(match, index)) continue;
        spokenInside.add(match.family);
        saidLast.set(match.family, { block: index, ordinal: match.ordinal });
      }
      add(index, i, match, !goesOn, text);
      // The next item may follow a sentence that leads into it too (`Last one. Number five, …`).
      if (goesOn) openedWith.set(match.family, match.ordinal);
      // A marker's own words (`最后，第六，`) are not searched again for another.
      i += match.marker.length - 1;
    }
  });
  const listed = listsInSentences(found, blocks);
  if (listed.size > 0) found = found.filter((c) => !listed.has(c));
  const openers = found.filter((c) => !c.inline && c.start === 0);
  const late = findLateOpeners(blocks, openers);
  if (late.length === 0) return found;
  for (const { block, start, match } of late) add(block, start, match, false, blocks[block]?.text ?? "");
  // Each item said late goes where it is written.
  return found.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** How long an item of a list of things named inside a sentence may be. */
const LISTED_NOUN_MAX = 16;
/** The last of such a list, ending the sentence's list with `等` (`（4）农村电商等。`). */
const LIST_END = /等[。；;，,、）)]?$/u;

/**
 * Lists inside a sentence that are no points: things named, each a few words, the last with `等`
 * (`重点扶持以下行业：（1）传统手工艺；（2）老字号餐饮；（3）农村电商等。`), and a law's article quoted
 * after the sentence that cites it (`根据《监察法》第十一条规定，…：（一）…；（二）…`).
 */
function listsInSentences(found: readonly Candidate[], blocks: readonly Block[]): Set<Candidate> {
  const listed = new Set<Candidate>();
  const inBlock: Candidate[] = [];
  const judge = () => {
    const text = blocks[inBlock[0]?.block ?? -1]?.text ?? "";
    const items = inBlock.map((c, i) => {
      const end = inBlock[i + 1]?.start ?? text.slice(c.textStart).search(/[。！？!?]|$/u) + c.textStart + 1;
      return text.slice(c.textStart, end).trim();
    });
    const namesThings =
      items.every((item) => item.length <= LISTED_NOUN_MAX && !/[，,。]/u.test(item.slice(0, -1))) &&
      LIST_END.test(items.at(-1)?.replace(/[。.]$/u, "") ?? "");
    if (
      inBlock.length >= 2 &&
      inBlock.every((c, i) => c.ordinal === i + 1) &&
      (namesThings ||
        listedInEnglish(inBlock, text) ||
        CITES_LAW.test(sentenceBefore(text, inBlock[0]?.start ?? 0)))
    )
      for (const c of inBlock) listed.add(c);
    inBlock.length = 0;
  };
  for (const c of found) {
    const last = inBlock.at(-1);
    if (last && (c.block !== last.block || c.family !== last.family || !c.inline)) judge();
    if (c.inline) inBlock.push(c);
  }
  judge();
  return listed;
}

/** A law's article cited as the source of what follows (`根据《监察法》第十一条规定`). */
const CITES_LAW =
  /《[^》]{2,40}》第[一二三四五六七八九十百零〇两\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:的)?(?:规定|規定)/u;

/** The sentence that leads into the text at `start`: from the last sentence's end before it. */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - SENTENCE_LEAD_MAX), start);
  return before.slice(before.search(/[^。！？!?]*$/u));
}
/** How far back the sentence leading into a list is read. */
const SENTENCE_LEAD_MAX = 120;

/** Brackets that number things named in an English sentence: `(1)`, `(a)`, `(ii)`. */
const BRACKETED_NUMBER = /^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)/u;
/** The longest thing an English sentence names in its list. */
const LISTED_PHRASE_MAX = 140;

/**
 * Things named inside one English sentence, each numbered in brackets and ended by a comma, the last
 * by the sentence's end (`three sources of evidence: (1) surveys of parents, (2) loan records, and
 * (3) teacher assessments.`): a list of names, not points. Items said as clauses stand apart by
 * semicolons or sentences.
 */
function listedInEnglish(inBlock: readonly Candidate[], text: string): boolean {
  return inBlock.every((c, i) => {
    const next = inBlock[i + 1];
    const rest = text.slice(c.textStart);
    const item = next
      ? text.slice(c.textStart, next.start)
      : rest.slice(0, rest.search(/[.!?](?:\s|$)|$/u) + 1);
    const between = next ? /(?:,\s*(?:and|or)?|\s(?:and|or))\s*$/u.test(item) : /[.!?]$/u.test(item);
    return (
      BRACKETED_NUMBER.test(c.marker) &&
      between &&
      item.length <= LISTED_PHRASE_MAX &&
      !/[;:]|[.!?]\s/u.test(item)
    );
  });
}

/**
 * A marker found in the text ahead, cut to the part of it inside its own paragraph: punctuation
 * after it (`（一）` then `：` split off as a paragraph of its own) stays that paragraph's words.
 */
function ownPart(match: MarkerMatch | null, text: string, index: number): MarkerMatch | null {
  if (!match || index + match.marker.length <= text.length) return match;
  return { ...match, marker: text.slice(index) };
}

const OPENING_QUOTE = new Set(["「", "『", "“"]);
const CLOSING_QUOTE = new Set(["」", "』", "”"]);
const QUOTE_MARK = /[「『“」』”]/gu;

/**
 * Where a paragraph's words are inside quotation marks that close again within it: numbering there
 * is someone's words quoted (`他说：“一要听得见，二要办得成。”`), not the speech's own series. So is
 * numbering in a cue in square brackets (`[SLIDE 3: 1. Delete 2. Defaults]`), what a slide shows.
 * Asked at places further and further on, it reads the paragraph once.
 */
class QuoteTracker {
  private at = 0;
  private depth = 0;
  /** Inside straight double quotes, which open and close with the same mark. */
  private straight = false;
  private cue = 0;
  private readonly lastClose: number;

  constructor(private readonly text: string) {
    this.lastClose = Math.max(
      ...[...CLOSING_QUOTE, STRAIGHT_QUOTE, CUE_CLOSE].map((mark) => text.lastIndexOf(mark)),
    );
  }

  inside(index: number): boolean {
    if (this.lastClose < index) return false;
    for (; this.at < index; this.at++) {
      const char = this.text[this.at] ?? "";
      if (OPENING_QUOTE.has(char)) this.depth++;
      else if (CLOSING_QUOTE.has(char) && this.depth > 0) this.depth--;
      else if (char === STRAIGHT_QUOTE) this.straight = !this.straight;
      else if (char === CUE_OPEN) this.cue++;
      else if (char === CUE_CLOSE && this.cue > 0) this.cue--;
    }
    return this.depth > 0 || this.straight || this.cue > 0;
  }
}
const CUE_OPEN = "[";
const CUE_CLOSE = "]";

/**
 * The sentence that hands over to someone's words (`He put it like this:`, `and I have it here:`,
 * `the sign read:`, `他在信中写道：`).
 */
const QUOTING_LEAD =
  /(?:\b(?:put it|puts it|said|says|wrote|writes|read|reads|goes|went|ran|runs)(?:\s+(?:like this|this way))?|\bI have (?:it|them) here|(?:写道|寫道|说道|說道|写着|寫著))[：:]\s*$/iu;
/** Whether the text's last character (spaces aside) is a colon, read without copying the text. */
function endsWithColon(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "\u3000")) at--;
  return text[at] === ":" || text[at] === "：";
}

/** How much of a paragraph's end the lead to a quotation takes. */
const QUOTING_LEAD_MAX = 40;
/** The words that hand over to a law's articles quoted (`法律明确规定：`, `《条例》第九条规定：`). */
const LAW_LEAD = /(?:规定|規定)[：:]\s*$/u;
/** How long a quoted list's item may be: a rule on a card, a line of a sign. */
const QUOTED_ITEM_MAX = 100;

/**
 * Short numbered lines (`1. Do no harm.` `2. Do good.`) right after a sentence that hands over to
 * someone's words: the list is theirs, quoted, and numbers nothing of the speech.
 */
function listsQuoted(blocks: readonly Block[]): number[] {
  const quoted: number[] = [];
  blocks.forEach((block, index) => {
    // The lead ends its paragraph with a colon: only then is the pattern asked, of the end alone.
    if (block.kind !== "paragraph" || !endsWithColon(block.text)) return;
    const lead = block.text.slice(-QUOTING_LEAD_MAX);
    // `法律明确规定：` · `第四条 …` · `第九条 …`: articles picked from a law, not from its first, are
    // the law's words. A text's own articles (`现规定如下：` · `第一条 …`) begin with the first.
    if (LAW_LEAD.test(lead)) {
      const article = matchMarker(blocks[index + 1]?.text ?? "", 0, false);
      if (article?.family === "cn-article" && article.ordinal > 1) {
        for (let at = index + 1; matchMarker(blocks[at]?.text ?? "", 0, false)?.family === "cn-article"; at++)
          quoted.push(at);
        return;
      }
    }
    if (!QUOTING_LEAD.test(lead)) return;
    const items: number[] = [];
    for (let at = index + 1; at < blocks.length; at++) {
      const text = blocks[at]?.text.trim() ?? "";
      const match = text.length <= QUOTED_ITEM_MAX ? matchMarker(text, 0, false) : null;
      if (!match || match.ordinal !== items.length + 1 || match.strong) break;
      items.push(at);
    }
    if (items.length >= 2) quoted.push(...items);
  });
  return quoted;
}

/** A forum's label over the post a reply quotes (`引用:`, `Quote:`, `Originally Posted by Sam`). */
const QUOTE_LABEL = /^(?:引用|引述|Quote|Quoting\s.{1,40}|Originally Posted by\s.{1,40})[：:]?$/iu;

/**
 * The lines a forum's reply quotes, under its quote label, up to the blank line after them: the
 * quoted post's own words, its numbered headings among them, which number nothing of the reply.
 */
function forumQuotes(blocks: readonly Block[]): number[] {
  const quoted: number[] = [];
  blocks.forEach((block, index) => {
    if (!QUOTE_LABEL.test(block.text.trim())) return;
    for (let at = index + 1; blocks[at]?.line === (blocks[at - 1]?.line ?? 0) + 1; at++) quoted.push(at);
  });
  return quoted;
}

/** How many paragraphs a quotation may run on past the one that opens it. */
const QUOTE_RUNS_ON_MAX = 6;

/**
 * Paragraphs inside a quotation that an earlier paragraph opens and a later one closes (an amended
 * article quoted whole: `将第十九条修改为：“第十九条 …` · `一、…；` · `二、…。”`): their numbering is
 * the quoted text's. A quotation left open that nothing closes soon after is a slip, and quotes nothing.
 */
function paragraphsQuotedOn(blocks: readonly Block[]): Set<number> {
  const quoted = new Set<number>();
  // Each paragraph's quotation marks, opened less closed, read once.
  const balances = blocks.map((block) => {
    let depth = straightQuoteLeftOpen(block.text);
    for (const [mark] of block.text.matchAll(QUOTE_MARK)) depth += OPENING_QUOTE.has(mark) ? 1 : -1;
    return depth;
  });
  for (let index = 0; index < blocks.length; index++) {
    let depth = balances[index] ?? 0;
    if (depth <= 0) continue;
    const end = Math.min(blocks.length, index + 1 + QUOTE_RUNS_ON_MAX);
    for (let at = index + 1; at < end && depth > 0; at++) {
      depth += balances[at] ?? 0;
      if (depth > 0) continue;
      for (let inside = index + 1; inside <= at; inside++) quoted.add(inside);
      index = at;
    }
  }
  return quoted;
}

/** `"I need: 1. time to plan 2. …"`: a quotation in straight quotes, as an English text writes it. */
const STRAIGHT_QUOTE = '"';
const STRAIGHT_QUOTES = /"/gu;

/**
 * A straight quote no other in its paragraph pairs with: 1 when it opens a quotation (`"Sarah, here
 * is everything I need:`), -1 when it closes one (`… tell me what you're changing."`), else 0.
 */
function straightQuoteLeftOpen(text: string): number {
  const count = text.match(STRAIGHT_QUOTES)?.length ?? 0;
  if (count % 2 === 0) return 0;
  const at = text.lastIndexOf(STRAIGHT_QUOTE);
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 1);
  if ((before === "" || /[\s(:]/u.test(before)) && /[\p{L}\p{N}]/u.test(after)) return 1;
  return before !== "" && /\S/u.test(before) && (after === "" || /[\s.,;:!?)]/u.test(after)) ? -1 : 0;
}

/** A bold line at most this long reads as a heading. */
const BOLD_HEADING_MAX = 30;

/**
 * A paragraph wholly in bold with no numbering (`**下半年工作打算**`) after a series of bold numbered
 * lines (`**一是…。**` … `**五是…。**`): a heading by the same look, the series' next item.
 */
function boldSibling(block: Block, lastBold: Candidate | undefined): MarkerMatch | null {
  const text = block.text.trim();
  if (!block.bold || !lastBold || lastBold.ordinal < 2 || lastBold.ordinal === LAST) return null;
  // A table's bold header row (cells apart by tabs) is no heading either.
  if (text.length > BOLD_HEADING_MAX || /[。；;！!？?，,：:\t]/u.test(text)) return null;
  return { family: lastBold.family, ordinal: lastBold.ordinal + 1, marker: "", strong: false };
}

/**
 * Links candidates into series and keeps only real structure: a weak marker counts when its series
 * starts at one and continues (一 → 二), a strong one (一、, （一）, a heading) also alone. Inline
 * markers link only within their paragraph (or to the opener of the next one).
 */
export function linkSeries(
  candidates: readonly Candidate[],
  warn: (at: Candidate, message: string) => void,
  /**
   * Items that turn out to be no numbering once their series are known (paragraph numbers): they
   * are left out before series are judged, so they interrupt none.
   */
  setAside: (linked: readonly Candidate[]) => ReadonlySet<Candidate> = () => new Set(),
): Candidate[] {
  const lastOpener = new Map<string, Candidate>();
  const lastInline = new Map<string, Candidate>();
  /** Per family, the last item of each recent series of paragraph markers, the latest last. */
  const openSeries = new Map<string, Candidate[]>();
  /** For a paragraph marker: the one of its family before it, to tell a repeat from a late start. */
  const before = new Map<Candidate, Candidate>();
  /** The latest item that opens a paragraph, of any family. */
  let latestOpener: Candidate | undefined;
  /** The block of the latest heading (`## The Workforce`, a short line over a part). */
  let latestHeading = -1;
  /** The block of the latest part another numbering opens (`B. Data Sources`). */
  let latestPart = -1;
  for (const c of candidates) {
    const openerBefore = latestOpener;
    if (!c.inline) latestOpener = c;
    if (HEADING_FAMILY.test(c.family)) latestHeading = c.block;
    if (!c.inline && !SPOKEN_ENGLISH.has(c.family)) latestPart = c.block;
    if (Number.isNaN(c.ordinal) || c.numbering === null) continue;
    const key = c.numbering;
    const earlier = lastOpener.get(key);
    if (!c.inline && earlier) before.set(c, earlier);
    const resumed = c.inline ? null : resumable(openSeries.get(key) ?? [], c);
    // A speaker's series said inside a paragraph ends with its part: `Finally, …` said under the
    // next part (`B. Data Sources`) goes on from nothing above it. In that part's own paragraph
    // (`2. Second, …`) it may still go on.
    const saidAbove = (p: Candidate | undefined) =>
      p && SPOKEN_ENGLISH.has(c.family) && p.block < latestPart && latestPart < c.block ? undefined : p;
    const prev = c.inline
      ? (pick(saidAbove(lastInline.get(key)), c.block) ??
        saidJustBefore(saidAbove(lastInline.get(key)), c) ??
        clauseListGoingOn(saidAbove(lastInline.get(key)), c) ??
        pick(saidAbove(lastOpener.get(key)), c.block))
      : // A speaker's `Finally, …` under the next heading starts that part: their series ended above it.
        resumed && !c.strong && SPOKEN_ENGLISH.has(c.family) && resumed.block < latestHeading
        ? null
        : resumed;
    const prevInline = c.inline
      ? null
      : nearInline(lastInline.get(key), lastOpener.get(key), c, openerBefore);
    const wrapped = wrappedItem(lastInline.get(key), c);
    if (wrapped) {
      c.inline = true;
      c.strong = false;
    }
    // A first item with its own announcement (`有两个原因。First, …`) begins a series: it is no repeat.
    const found =
      c.announced === null
        ? (wrapped ??
          [prev, prevInline].find((p) => p && follows(p, c) && !isComplete(p, c)) ??
          lastOfSpokenSeries(openerBefore, c))
        : undefined;
    const link = found && thanksAlone(found, c) ? undefined : (found ?? begunWithFirstly(c, lastOpener));
    const series = openSeries.get(key) ?? [];
    if (!c.inline) {
      if (link && series.includes(link)) series.length = series.indexOf(link);
      series.push(c);
      if (series.length > OPEN_SERIES_MAX) series.shift();
      openSeries.set(key, series);
    } else if (link && series.at(-1) === link) {
      // `1.指导思想。…。2.主要目标。` in one paragraph: the series has gone on to the inline item.
      series[series.length - 1] = c;
    }
    if (link) {
      // `Let me turn to …` takes the place after the item before it.
      if (c.ordinal === TURNED_TO) {
        if (link.ordinal === TURNED_TO) link.ordinal = 1;
        c.ordinal = link.ordinal + 1;
      }
      const joined = leadsIn(link, c) ? withoutTurn(link) : link;
      if (joined.ordinal === c.ordinal) {
        // `其次…其次…` is how speakers go on; a repeated number elsewhere is worth a look.
        if (!SEQUENCE_WORDS.has(c.family)) warn(c, `numbering repeats "${c.marker}"`);
      } else if (joined.ordinal + 1 !== c.ordinal && c.ordinal !== LAST && c.ordinal !== ONE_MORE) {
        warn(c, `numbering skips from "${joined.marker}" to "${c.marker}"`);
      }
      joined.run.push(c);
      c.run = joined.run;
    }
    (c.inline ? lastInline : lastOpener).set(key, c);
  }
  const aside = setAside(candidates);
  return withoutOpeningLists(
    placePartNames(
      acceptStructure(
        candidates.filter((c) => !aside.has(c)),
        before,
        warn,
      ),
    ),
  );
}

/**
 * `Let me turn now to the people who make this work.` then `Second, we will invest …`: a turn said
 * just before the item that names the same place only leads that item in.
 */
function leadsIn(turn: Candidate, c: Candidate): boolean {
  return (
    saysTurn(turn.marker) &&
    !saysTurn(c.marker) &&
    !c.inline &&
    turn.block + 1 === c.block &&
    turn.ordinal === c.ordinal &&
    turn.run.indexOf(turn) > 0
  );
}

/** Takes a turn that leads an item in out of its series; returns the item before it. */
function withoutTurn(turn: Candidate): Candidate {
  const at = turn.run.indexOf(turn);
  const before = turn.run[at - 1] ?? turn;
  turn.run.splice(at, 1);
  turn.run = [turn];
  return before;
}

/**
 * `首先要感谢各位家长…` then, later, `首先，要永远保持好奇心`: a lone first item that only thanks is
 * the opening's courtesy, and the same ordinal said again starts the series, not its next item.
 */
function thanksAlone(previous: Candidate, c: Candidate): boolean {
  return previous.wishes && previous.run.length === 1 && previous.ordinal === c.ordinal;
}

/**
 * `首先，…` then `第二，…` `第三，…`: a speaker who begins with `首先` may go on counting. The `首先`
 * that opened the last paragraph of its kind, alone so far, with no `第一，` after it, is the first item.
 */
function begunWithFirstly(c: Candidate, lastOpener: ReadonlyMap<string, Candidate>): Candidate | undefined {
  if (c.inline || c.family !== "cn-di" || c.ordinal !== 2) return undefined;
  const firstly = lastOpener.get("cn-seq");
  const first = lastOpener.get("cn-di");
  return firstly &&
    firstly.ordinal === 1 &&
    firstly.run.length === 1 &&
    (!first || first.block < firstly.block)
    ? firstly
    : undefined;
}

/**
 * An English ordinal after the one sentence that opens its paragraph, going on with a series whose
 * items open paragraphs (`Second, …` ¶ … ¶ `Which brings me to my last piece of advice. Finally, …`).
 */
function goesOnAfterLead(match: MarkerMatch, opened: number | undefined, before: string): boolean {
  if (opened === undefined || opened < 2 || before.length > LEAD_SENTENCE_MAX) return false;
  const next = match.ordinal === LAST || match.ordinal === opened + 1;
  return next && (before.match(/[.!?]["”’)]?\s/gu)?.length ?? 0) === 1;
}

/** The longest sentence that may lead into an item of a series said in paragraphs. */
const LEAD_SENTENCE_MAX = 120;

/** Markdown, Word and HTML headings: `h1` … `h6`. */
export const HEADING_FAMILY = /^h\d$/u;

/**
 * In a document divided by headings, a list in its opening, all of it above the first heading (a
 * board report's `Recommendation: The Board is asked to: (a) note … (b) approve …`), is words of
 * the opening: the headings are the document's points. Only when the headings hold most of the
 * text: a speech whose numbered points all come before two appendix headings keeps them.
 */
function withoutOpeningLists(accepted: readonly Candidate[]): Candidate[] {
  const headings = accepted.filter((c) => HEADING_FAMILY.test(c.family));
  const first = headings[0];
  const lastBlock = accepted.at(-1)?.block ?? 0;
  if (headings.length < 2 || !first || first.block > lastBlock / 2) return [...accepted];
  return accepted.filter((c) => c.block >= first.block || c.run.some((item) => item.block >= first.block));
}

/**
 * A part's name (`前言`, `結語`) stands beside the sections after it (`1 范围`, `一、`), or at the
 * end beside the text's first ones; with no sections, it is words.
 */
function placePartNames(accepted: readonly Candidate[]): Candidate[] {
  const sections = accepted.filter((c) => !c.inline && c.family !== PART_NAME_FAMILY && c.run[0] === c);
  return accepted.filter((c) => {
    if (c.family !== PART_NAME_FAMILY) return true;
    // A list inside the part (`Recommendations` · `(a) notes …`) is not the sections it stands beside:
    // those head lines of their own (`1. PURPOSE OF REPORT`).
    const after = sections.filter((s) => s.block > c.block);
    const beside = after.find((s) => s.headsLine) ?? after[0] ?? sections[0];
    if (!beside) return false;
    c.family = beside.family;
    c.numbering = beside.numbering;
    return true;
  });
}

/** The candidates that are structure, once their series are linked; warns of numbering that starts late. */
function acceptStructure(
  candidates: readonly Candidate[],
  before: ReadonlyMap<Candidate, Candidate>,
  warn: (at: Candidate, message: string) => void,
): Candidate[] {
  const detached = detachInterrupted(candidates);
  const restated = restatements(candidates);
  const parents = decimalParents(candidates);
  // A family the document numbers its paragraphs with elsewhere: a lone first item of it at a
  // paragraph's start (a sub-list of one, `(二)` … `１．` alone) is structure too; a lone word
  // said aloud (`Let me begin by …`, `First, …`) is not.
  const numbered = new Set<string>();
  for (const c of candidates)
    if (!c.inline && c.run.length >= 2 && isStructure(c) && c.numbering) numbered.add(c.numbering);
  const accepted = candidates.filter(
    (c) =>
      (isStructure(c) && !restated.has(c)) ||
      parents.has(c) ||
      (!c.inline &&
        c.run.length === 1 &&
        c.ordinal === 1 &&
        !detached.has(c) &&
        !SPOKEN_ENGLISH.has(c.family) &&
        // A lone `首先要感谢…` is the opening's courtesy.
        !c.wishes &&
        numbered.has(c.numbering ?? "")),
  );
  for (const c of accepted) {
    if (c.run[0] === c && c.strong && c.ordinal > 1 && c.ordinal !== LAST) {
      const earlier = before.get(c);
      warn(
        c,
        earlier && earlier.ordinal >= c.ordinal
          ? `numbering repeats or goes back: "${c.marker}" after "${earlier.marker}"`
          : `numbering starts at "${c.marker}": the items before it are missing or out of order`,
      );
    }
  }
  return accepted;
}

/** The words a clause says, for comparing: lower case, without spaces and punctuation. */
const clauseWords = (text: string): string =>
  (/^[^.;:!?。；：！？]*/u.exec(text)?.[0] ?? "").toLowerCase().replace(/[\s\p{P}]+/gu, "");

/**
 * Whether the words after a paragraph's opening marker (their first clause) say again the point of
 * another series found on the line right above it: the heading repeated as the paragraph's first words.
 */
function restatesLineAbove(
  words: string,
  family: string,
  blocks: readonly Block[],
  block: number,
  found: readonly Candidate[],
): boolean {
  const above = found.at(-1);
  // Two items of one series may say the same (`1.完成投资3.5亿元。` `2.完成投资3.5亿元。`).
  if (above === undefined || above.block !== block - 1 || above.inline || above.family === family)
    return false;
  const said = clauseWords(words);
  return said !== "" && said === clauseWords(blocks[above.block]?.text.slice(above.textStart) ?? "");
}

/**
 * A weak series each of whose items opens the text right under the next item of another series
 * (`A. The identification problem` › `The first problem is …`, `B. …` › `The second problem is …`),
 * or under the item of its own number, says again what those items say: its items are words of
 * their paragraphs, not points.
 */
function restatements(candidates: readonly Candidate[]): Set<Candidate> {
  const restated = new Set<Candidate>();
  const openers = candidates.filter((c) => !c.inline);
  const heads = new Map(openers.map((c, i) => [c, openers[i - 1]]));
  for (const run of new Set(openers.map((c) => c.run))) {
    // A heading line heads what follows (`A. Tax Administration` under `20.`): it says nothing again.
    if (run.length < 2 || run.some((c) => c.strong || c.inline || c.headsLine)) continue;
    // An item said again (`The second map, then, is simple.`) stands under the one it repeats.
    const said = run.filter((c, i) => i === 0 || c.ordinal !== run[i - 1]?.ordinal);
    const under = said.map((c) => heads.get(c));
    const other = under[0]?.run;
    // Under the next item each time, or under the item of its own number (`I` › `The first thing …
    // is delay`, `II` › `My second concern …`, `IV` › `Lastly, trust.`, nothing said under `III`).
    const restates =
      said.length >= 2 &&
      other !== undefined &&
      other !== run &&
      under.every((head) => head?.run === other) &&
      (under.every(
        (head, i) =>
          i === 0 || other.indexOf(head as Candidate) === other.indexOf(under[i - 1] as Candidate) + 1,
      ) ||
        said.every(
          (c, i) => c.ordinal === under[i]?.ordinal || (c.ordinal === LAST && under[i] === other.at(-1)),
        ));
    if (restates) for (const c of run) restated.add(c);
  }
  return restated;
}

/**
 * A weak first item (`首先，我代表…`) whose next item comes only after items of another series that
 * goes on past this one's last item (`第一，` `第二，` … `首先，` `其次，` … `第三，`) is no part of
 * it: the later items sit inside that other series, and the first one is a word of the text. It is
 * split off; the rest of its series stays a series of its own. Returns the first items split off.
 */
function detachInterrupted(candidates: readonly Candidate[]): Set<Candidate> {
  const detached = new Set<Candidate>();
  const runs = new Set(candidates.map((c) => c.run));
  // Candidates are in document order: only those between a first item and its second are looked at.
  const position = new Map(candidates.map((c, i) => [c, i]));
  const between = function* (first: Candidate, second: Candidate) {
    for (let i = (position.get(first) ?? 0) + 1; i < candidates.length; i++) {
      const other = candidates[i] as Candidate;
      if (other.block >= second.block) return;
      if (other.block > first.block) yield other;
    }
  };
  for (const run of runs) {
    const [first, second] = run;
    const last = run.at(-1);
    // A heading line heads the paragraphs under it, however their numbers run (`A. Global Economy`
    // over `4.` `5.`, `B. Domestic Economy` over `6.`).
    if (
      !first ||
      !second ||
      !last ||
      first.strong ||
      first.headsLine ||
      labelled(first) ||
      second.block === first.block
    )
      continue;
    // Two items of the other series or more between: it goes on across the gap. One item under
    // each (`A. The identification problem` then `The first problem is …`) nests under this series.
    const inGap = new Map<readonly Candidate[], number>();
    let enclosed = false;
    for (const other of between(first, second)) {
      // Questions numbered through a FAQ's sections (`1. Subscribing` › `Q1.` … `Q4.`, `2. Bins` ›
      // `Q5.`) name what they number: they nest under the sections, whose numbers are no words.
      const names = labelled(other) || other.family === QUESTION_FAMILY;
      if (other.run === run || other.run.length < 2 || other.inline || names) continue;
      const count = (inGap.get(other.run) ?? 0) + 1;
      inGap.set(other.run, count);
      enclosed = count >= 2 && other.run.some((member) => member.block > last.block);
      if (enclosed) break;
    }
    if (!enclosed) continue;
    const rest = run.slice(1);
    for (const member of rest) member.run = rest;
    first.run = [first];
    detached.add(first);
  }
  return detached;
}

/**
 * Numbering that names what it numbers (`Finding 1:`, `Recommendation 2.`): never a word of the
 * text, so items of another series between two of its items nest in it rather than end it.
 */
export function labelled(c: Candidate): boolean {
  return c.family.startsWith("en-label-");
}

/** Numbering by numbers alone (`5 技术要求`, `5.`, `5.1`): how deep it is, as the numbers it holds. */
function decimalPath(c: Candidate): string[] | null {
  if (c.inline || !(c.family === "num-dot" || /^dec\d$/u.test(c.family))) return null;
  const numbers = asciiDigits(c.marker).match(/\d+/gu);
  return numbers ? decimalParts(numbers.join(".")) : null;
}

/**
 * Clauses followed by their decimal children (`5 技术要求` then `5.1`, `5.2`): structure although
 * their own series starts past one, as an excerpt of a standard does.
 */
function decimalParents(candidates: readonly Candidate[]): Set<Candidate> {
  const parents = new Set<Candidate>();
  /** The latest clause at each depth, and its numbers. */
  const open: { candidate: Candidate; path: string[] }[] = [];
  for (const c of candidates) {
    const path = decimalPath(c);
    if (path === null) continue;
    const parent = open[path.length - 2];
    if (parent && path.slice(0, -1).join(".") === parent.path.join(".")) parents.add(parent.candidate);
    open.length = path.length - 1;
    open[path.length - 1] = { candidate: c, path };
  }
  return parents;
}

/** Series of ordinals said in words (`第一，`, `一是`, `其一`), which a `最后，` may end. */
const SPOKEN_ORDINALS = new Set(["cn-di", "cn-di-shi", "cn-shi"]);

/**
 * A paragraph's `最后，` with something to say (`最后，要持续加强团队建设`) right after the last item
 * of a series of spoken ordinals (`第一，` `第二，` `第三，`, no other paragraph numbered between):
 * the series' last item, as `最后` ends `首先 … 其次`. A wish or thanks there (`最后，祝大家…`) is
 * the closing words, and a `最后` after no such series, or after all its announced items, stays text.
 */
function lastOfSpokenSeries(previous: Candidate | undefined, c: Candidate): Candidate | undefined {
  if (c.family !== "cn-seq" || c.ordinal !== LAST || c.inline || !previous || closingWish(previous, c))
    return undefined;
  const first = previous.run[0];
  const spoken =
    SPOKEN_ORDINALS.has(previous.family) &&
    !previous.inline &&
    first !== undefined &&
    first.ordinal === 1 &&
    previous.run.length >= 2 &&
    previous.run.at(-1) === previous;
  // After as many items as were announced (`讲三点` and its `第三，`), a `最后` of another numbering is
  // said beside the series, not in it.
  const count = announcedCount(previous);
  return spoken && (count === null || previous.ordinal < count) ? previous : undefined;
}

/** How many series of one family may stand open inside each other (`1.` items inside `1.` items). */
const OPEN_SERIES_MAX = 8;

/**
 * The item a paragraph marker continues: the latest series of its family; or, when that one
 * cannot take it (a sub-series of the same numbering, or a series that has all its announced
 * items), an earlier series that was announced and still lacks this very item. Announced series
 * thus keep their items at one level whatever was nested in between.
 */
function resumable(series: readonly Candidate[], c: Candidate): Candidate | null {
  const latest = series.at(-1) ?? null;
  let announced: Candidate | null = null;
  for (let i = series.length - 2; i >= 0 && announced === null; i--) {
    const earlier = series[i];
    if (
      earlier &&
      announcedCount(earlier) !== null &&
      earlier.ordinal + 1 === c.ordinal &&
      !isComplete(earlier, c)
    )
      announced = earlier;
  }
  const own = sameWords(series, c);
  if (!latest || !follows(latest, c) || isComplete(latest, c)) return announced ?? own ?? latest;
  // `Number two:` · `First,` `Second,` · `Number three:`: the series begun in other words inside an
  // item is its own; the next `Number` goes on with the `Number`s.
  if (own && latest.run[0]?.family !== c.family && latest.run[0]?.block !== own.run[0]?.block) return own;
  // A repeat (`三是` after a sub-series' `三是`) is a weaker tie than the very next item of an
  // announced series that is still open.
  return latest.ordinal === c.ordinal && announced ? announced : latest;
}

/**
 * The latest earlier series said in the same words that `c` goes on with (`My second reflection:`
 * after `My first reflection:` and the `First,` `Second,` `Third,` said inside it), or null.
 */
function sameWords(series: readonly Candidate[], c: Candidate): Candidate | null {
  for (let i = series.length - 2; i >= 0; i--) {
    const earlier = series[i];
    if (earlier && earlier.family === c.family && earlier.ordinal + 1 === c.ordinal) return earlier;
  }
  return null;
}

function announcedCount(c: Candidate): number | null {
  return c.run[0]?.announced ?? null;
}

/**
 * A series whose announced count is reached (`讲三点` and its `第三，`) is complete: a weak marker
 * that would go on with it (a stray `第四，`) is text, or another series. A repeat (`三是…三是…`)
 * and a last word (`最后，`, `Finally,`) still continue it, unless it wishes or thanks; strong numbering
 * is trusted as written.
 */
function isComplete(last: Candidate, next: Candidate): boolean {
  // `最后，祝…` after two or more items closes the speech, whether or not their count was announced.
  if (closingWish(last, next) && !next.strong && last.run.length >= 2) return true;
  const count = announcedCount(last);
  if (count === null || next.strong) return false;
  // Items of a series go up one by one, so its last item holds its highest number.
  // `Finally,` or `One more thing:` after the announced items is how speakers add one more: it still belongs.
  // Only a wish or thanks there (`最后，祝…`) is the closing words.
  return (
    last.ordinal >= count &&
    next.ordinal !== last.ordinal &&
    next.ordinal !== ONE_MORE &&
    (next.ordinal !== LAST || closingWish(last, next))
  );
}

/** How many paragraphs may stand between an item inside a paragraph and the next opening one. */
const INLINE_TO_OPENER_MAX = 8;

/**
 * The item inside a paragraph that a paragraph's marker may continue (`……三个方面：（一）…` then,
 * after the first item's own paragraphs, `（二）…`): the latest of its family, when nothing of the
 * family opened a paragraph since and it stands a few paragraphs before.
 */
function nearInline(
  inline: Candidate | undefined,
  opener: Candidate | undefined,
  c: Candidate,
  latestOpener: Candidate | undefined,
): Candidate | null {
  if (!inline || c.block - inline.block > INLINE_TO_OPENER_MAX || c.block === inline.block) return null;
  // A first word said again at a paragraph's start (`…首先，我代表学校表示欢迎。` then `首先，…`
  // `其次，…`) begins the series: the one inside the paragraph was a word of its sentence.
  if (inline.ordinal === c.ordinal) return null;
  // `大家下午好！首先感谢市委…` then `再说说用地的事。`: thanks said first inside a paragraph are
  // the opening's courtesy, no first item of the topics that open paragraphs after it.
  if (inline.wishes && inline.run.length === 1) return null;
  // A heading between (`## The Workforce` then `Finally, let me turn to …`), or a part's strong
  // numbering (`IV. LOOKING OUTWARD`), starts another part.
  if (
    latestOpener &&
    latestOpener.block > inline.block &&
    (HEADING_FAMILY.test(latestOpener.family) || latestOpener.strong)
  )
    return null;
  return opener && opener.block >= inline.block ? null : inline;
}

/**
 * The inline item that a paragraph's marker goes on from when the paragraph before ended
 * mid-sentence (`原因有两个：一是…，` then `二是…`): the break only wrapped the line, so the marker
 * is the next item of that series, written inside the text as it was.
 */
function wrappedItem(inline: Candidate | undefined, c: Candidate): Candidate | null {
  if (!inline || !c.afterOpenClause || inline.block !== c.block - 1) return null;
  return inline.ordinal !== c.ordinal && follows(inline, c) && !isComplete(inline, c) ? inline : null;
}

function pick(candidate: Candidate | undefined, block: number): Candidate | null {
  return candidate && candidate.block === block ? candidate : null;
}

/** An English item said inside one of the paragraphs just before `c`'s, which `c` may go on from. */
function saidJustBefore(candidate: Candidate | undefined, c: Candidate): Candidate | null {
  if (!candidate || !SAID_INSIDE.has(c.family)) return null;
  const apart = c.block - candidate.block;
  return apart > 0 && apart <= SAID_AGAIN_REACH ? candidate : null;
}

/**
 * A list of numbered clauses that goes on in the next paragraph (`Conference notes that: 1) …; 2) …`
 * then `Conference believes that: 3) …`): its first item there comes right after the last one here.
 */
function clauseListGoingOn(candidate: Candidate | undefined, c: Candidate): Candidate | null {
  if (!candidate || c.block - candidate.block !== 1 || candidate.ordinal < 2) return null;
  return candidate.ordinal + 1 === c.ordinal ? candidate : null;
}

/** How many `Let me turn now to …`, counted by nothing else, make a series of parts. */
const TURNS_MIN = 3;

/** Families whose words mean "next" rather than a number: said twice, they still go on. */
const SEQUENCE_WORDS = new Set(["cn-seq", "cn-seq-next", "cn-talk-next"]);

function follows(prev: Candidate, next: Candidate): boolean {
  // `Let me turn now to …` goes on a counted series, or a series of such turns, counted by nothing else.
  if (next.ordinal === TURNED_TO)
    return (
      prev.ordinal < (announcedCount(prev) ?? 0) ||
      (saysTurn(prev.marker) && prev.run.every((item) => saysTurn(item.marker)))
    );
  if (next.ordinal === ONE_MORE) return prev.ordinal >= 2 && prev.ordinal !== ONE_MORE;
  if (next.ordinal === LAST) return prev.ordinal >= 2 && prev.ordinal !== LAST;
  if (prev.ordinal + 1 === next.ordinal) return true;
  // `First, we will build more homes: firstly, by …; secondly, by …`: a first item said inside the
  // paragraph a first item opens begins a series of its own under it.
  if (next.inline && !prev.inline && prev.block === next.block && prev.ordinal === 1) return false;
  // A weak ordinal said twice (`其次…其次…`, `二是…二是…`) continues its series; a strong one restarts.
  // A start said in words (`Let me begin by …`) before `First, …` is no number said twice, nor is
  // `First, …` after `My first reflection: …`: said in another way, it begins a series of its own.
  if (
    prev.ordinal === next.ordinal &&
    (prev.family === next.family || (SEQUENCE_WORDS.has(prev.family) && SEQUENCE_WORDS.has(next.family))) &&
    !prev.strong &&
    !next.strong &&
    prev.ordinal !== LAST &&
    prev.family !== "en-start"
  )
    return true;
  // Strong numbering that skips one (一、 then 三、) is still the same series; `podium check` reports it.
  // So do numbered lines well under way (`6.` `7.` then `9.`, an item struck from the minutes).
  const skipsOne = next.ordinal > prev.ordinal && next.ordinal <= prev.ordinal + 2;
  return (
    skipsOne &&
    ((prev.strong && next.strong) || (numbersLines(prev) && numbersLines(next) && prev.ordinal >= 3))
  );
}

/** Arabic numbering that opens a paragraph (`7. INTERNAL AUDIT`), not said inside one. */
function numbersLines(c: Candidate): boolean {
  return !c.inline && ARABIC_LINE_FAMILIES.has(c.family);
}
const ARABIC_LINE_FAMILIES = new Set(["num-dot", "num-paren", "num-rparen"]);

/** A series that is numbering: it starts at one and goes on, or it is strong numbering alone. */
export function isStructure(c: Candidate): boolean {
  if (Number.isNaN(c.ordinal)) return true;
  // Two turns may only take up the questions (`Let me turn to your questions now.`); three take parts.
  if (c.run.length < TURNS_MIN && c.run.every((item) => saysTurn(item.marker))) return false;
  const first = c.run[0];
  if (c.run.length >= 2) return first !== undefined && (first.strong || first.ordinal === 1);
  return c.strong && !isLetterNumeral(c);
}

/**
 * `V. Raman`, `I. Castillo`: a Roman numeral of one letter is also a name's initial, so it is
 * numbering only when its series goes on (or when it stands alone on its line, `V.`).
 */
function isLetterNumeral(c: Candidate): boolean {
  return c.family === "roman" && !c.bare && /^[IVX]\.$/u.test(c.marker);
}
