import type { Warning } from "../errors.js";
import type { Block, Meta, Script, Source } from "../ingest/types.js";
import { unspreadTitle } from "../spread-title.js";
import { isTitleCaseLine } from "../title-case.js";
import {
  ATTACHMENT_FAMILY,
  findCandidates,
  HEADING_FAMILY,
  labelled,
  linkSeries,
  type Candidate,
} from "./candidates.js";
import { appendixPoints } from "./appendices.js";
import { findAttachedDocument } from "./attached.js";
import { withCapsHeadings } from "./caps-headings.js";
import { splitBracketedTitle, splitHeading, splitQuestionLine } from "./heading.js";
import { findLeadClauseSeries, headedByLeadClause } from "./lead-clauses.js";
import { LAST } from "./markers.js";
import { findTranslatedHeadings, findTranslatedSeries } from "./translations.js";
import {
  CLOSING_OPENER,
  isAsideLine,
  isAttachmentLabel,
  isClosingAppeal,
  isTitleLine,
  opensSpeech,
  SALUTATION,
} from "./lines.js";
import { headerField } from "../header-fields.js";
import { namesSpeaker, opensTurn, seriesInsideTurns, turnLabel, turnsOf } from "./speaker-labels.js";
import { QUESTION_FAMILY, questionsAfterTalk } from "./questions.js";
import { findSubtitle, findTitle, findTitleLines } from "./title.js";
import { splitBlocks, wasRunTogether } from "./split.js";
import { findTextLists } from "./text-lists.js";
import { findMotionFieldItems } from "./segment-labels.js";
import { splitRunInLabel } from "./symbol-headings.js";
import {
  findAppendices,
  findBracketedNotes,
  findNoteParagraphs,
  findListsOfNames,
  findContents,
  findEndnotes,
  findSignOff,
} from "./debris.js";
import { endsSentence, findSectionSubheadings, isProse, withPlainSubheadings } from "./plain-headings.js";
import { findRoadmaps } from "./roadmap.js";
import {
  findParagraphHeadings,
  GROUP_HEADINGS,
  GROUP_NAME_FAMILY,
  withSubheadings,
  type NumberedParagraphs,
} from "./paragraph-numbers.js";
import { findTableRows } from "./table-rows.js";
import type { Outline, Point } from "./types.js";

/** A point under construction, with what the stack needs to place the next one. */
interface OpenPoint {
  point: Point;
  family: string;
  /** Items of a series written inside one paragraph: closed once the paragraph ends. */
  closed: boolean;
  candidate: Candidate;
}

/**
 * `Conclusion 1. The shortage … . Local …` · `Recommendation 1. …` · `Recommendation 2. …` ·
 * `Conclusion 2. …` · `Recommendation 3. …`: a labelled series that goes on past the next item of
 * a labelled paragraph of sentences stands beside that paragraph's series, as a second kind of item
 * of one list. Under a labelled heading line (`Finding 1: Cards Were Not Deactivated`) it nests.
 */
function labelsBeside(open: Candidate, first: Candidate, blocks: readonly Block[]): boolean {
  if (!labelled(open) || !labelled(first) || open.family === first.family || first.run[0] !== first)
    return false;
  const openNext = open.run[open.run.indexOf(open) + 1];
  const firstLast = first.run.at(-1);
  const text = blocks[open.block]?.text.slice(open.textStart) ?? "";
  return (
    openNext !== undefined &&
    firstLast !== undefined &&
    firstLast.block > openNext.block &&
    SENTENCE_THEN_MORE.test(text)
  );
}

/**
 * `12. The total Budget … .` · `A. Agriculture and Food Security` · `13. …` · `B. …`: paragraph
 * numbers that run on across a series of heading lines, each series going on past the other's next
 * item, number the paragraphs under the headings. A heading stands beside the paragraph before it,
 * not inside it. A sub-list's lines stand between two items (`1. …` · `(1) Roads` `(2) Power` · `2.`).
 */
function headsBeside(open: Candidate, heading: Candidate, blocks: readonly Block[]): boolean {
  if (!heading.headsLine || open.headsLine || open.family === heading.family) return false;
  const openNext = open.run[open.run.indexOf(open) + 1];
  const headingNext = heading.run[heading.run.indexOf(heading) + 1];
  return (
    openNext !== undefined &&
    headingNext !== undefined &&
    openNext.block > heading.block &&
    headingNext.block > openNext.block &&
    saysSentences(blocks[open.block])
  );
}

/** A sentence's end with more words after it: a paragraph of sentences. */
const SENTENCE_THEN_MORE = /[.!?。！？]["”’)]?\s+\S/u;

/** A paragraph of sentences, not a heading line. */
function saysSentences(block: Block | undefined): boolean {
  return block !== undefined && block.kind !== "heading" && /[。！？；.!?;]/u.test(block.text);
}

/** A label alone on its line, ending with a colon: a field of a form (`理\u3000\u3000由：`, `建议：`). */
const FIELD_LABEL = /^[\p{Script=Han}][\p{Script=Han}\s\u3000]{0,8}[：:]$/u;
/** A paragraph that turns to what comes next and leads into it (`下一步，我将…重点做好以下工作：`). */
const TURN_TO_NEXT =
  /^(?:下一步|下步|今后|今後|接下来|接下來)[^。！？]{0,40}(?:[：:]|(?:以下|如下)[^。！？：:]{0,12}。)$/u;
/**
 * A paragraph that opens by summing up all the items above it (`上述问题中，…`, `以上情况表明，…`);
 * `以上海为例` names a city.
 */
const SUMS_UP_ABOVE = /^(?:上述|上列|以上(?!海)|综上|綜上)/u;

/**
 * The labels that head a form's fields, each once. A label written again and again (`整改措施：`
 * under each numbered problem) heads a part of every item: it ends none of them. Nor does who
 * speaks next in a record (`林教授：`).
 */
function findFormFields(blocks: readonly Block[]): Set<string> {
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const text = block.text.trim();
    if (FIELD_LABEL.test(text) && !namesSpeaker(text)) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count === 1).map(([label]) => label));
}

/** Builds the tree of points from the clean paragraphs. Pure: the source is not changed. */
export function buildOutline(source: Source): Outline {
  const warnings: Warning[] = [...source.warnings];
  const blocks = splitBlocks(source.blocks, source.format !== "docx", source.format === "txt");
  const { title, titleBlocks, date: titleDate } = findTitle({ ...source, blocks });

  const body = withPlainSubheadings(
    withCapsHeadings(
      blocks.filter((_, i) => !titleBlocks.includes(i)),
      source,
    ),
    source,
  );
  // Endnotes and a 公文's closing block (its signature, notes, records) end the text: closing
  // words, whatever numbering they hold.
  const unnumbered = findContents(body);
  for (const line of findBracketedNotes(body)) unnumbered.add(line);
  for (const line of findNoteParagraphs(body)) unnumbered.add(line);
  for (const line of findMotionFieldItems(body)) unnumbered.add(line);
  const notesStart = Math.min(findEndnotes(body), findAppendices(body, unnumbered));
  const tailStart = findSignOff(body.slice(0, notesStart));
  // An unnumbered heading under the title, above numbered headings of its depth, is its subtitle:
  // it stays in the opening, as the lines of a table of contents do, and numbers no point.
  const subtitle = findSubtitle(body);
  if (subtitle !== null) unnumbered.add(subtitle);
  for (const line of findTitleLines(body)) unnumbered.add(line);
  for (const line of findTranslatedHeadings(body)) unnumbered.add(line);
  // A list of attachments, of the people present or of the papers tabled names things, wherever it
  // stands: its numbered lines are no points.
  for (const line of findListsOfNames(body.slice(0, tailStart))) unnumbered.add(line);
  for (const line of findTableRows(body.slice(0, tailStart))) unnumbered.add(line);
  // The 落款 before an attached document signs the text it is attached to: closing too.
  const { signOff, attachedTitles } = attachedDocument(body.slice(0, tailStart), unnumbered, source.script);
  for (let i = signOff.start; i < signOff.end; i++) unnumbered.add(i);
  // Unnumbered lines that head groups of paragraphs numbered through every section head points too.
  let headings: NumberedParagraphs = {
    subheadings: [],
    partHeadings: [],
    paragraphs: new Set(),
    spoken: new Set(),
  };
  /** The questions put after a talk that counted its points: words, which end its last point. */
  const askedAfterTalk = new Set<number>();
  const linked = linkSeries(
    findCandidates(
      body.slice(0, tailStart),
      unnumbered,
      attachedTitles,
      findSectionSubheadings(body.slice(0, tailStart), source, unnumbered),
    ),
    (at, message) => warnings.push({ line: body[at.block]?.line ?? 0, message, kind: "numbering" }),
    (all) => {
      headings = findParagraphHeadings(body, all, source.script);
      // A preview of the sections in the opening is words of it, not points before them.
      const asked = questionsAfterTalk(all);
      for (const question of asked) askedAfterTalk.add(question.block);
      const turns = turnsOf(body);
      return new Set([
        ...headings.spoken,
        ...findRoadmaps(body, all),
        ...asked,
        ...findTextLists(body, all, turns),
        ...seriesInsideTurns(all, turns, body),
      ]);
    },
  );
  const candidates = withSubheadings(linked, headings);
  const byBlock = groupByBlock(candidates);
  const leadClauseSeries = findLeadClauseSeries(body, candidates, byBlock);
  const translatedSeries = findTranslatedSeries(candidates, body, byBlock);
  const structured = candidates.length > 0;
  // A letterhead above the title is no more a word of the speech than the title is.
  const titleLine = titleBlocks.length > 0 ? (blocks[Math.min(...titleBlocks)]?.line ?? 0) : 0;
  const belowTitle = body.findIndex((block) => block.line >= titleLine);
  const speechStart = Math.max(firstWords(body), belowTitle < 0 ? 0 : belowTitle);
  // Closing words come after the last point; in a speech without numbering, after its first
  // paragraph, which may thank the chair as the closing does (`Thank you, President Okafor, …`),
  // and in its second half: a speech does not close before it is half said.
  const closingStart = Math.min(
    tailStart,
    findClosing(
      body,
      structured
        ? (candidates.at(-1)?.block ?? 0) + 1
        : Math.max(speechStart + 1, Math.ceil((speechStart + tailStart) / 2)),
    ),
  );

  const preamble: string[] = [];
  const points: Point[] = [];
  const stack: OpenPoint[] = [];
  /** Where each series began: the open point it nests under (null at the top). */
  const runParents = new Map<readonly Candidate[], OpenPoint | null>();
  const owner = (): Point | null => [...stack].reverse().find((open) => !open.closed)?.point ?? null;
  const keep = (text: string) => {
    if (text === "") return;
    // Text after a series written inside a paragraph stays with its last item: a point's
    // paragraphs come before its children, so giving it to the owner would move it ahead of the
    // series, and the speaker reads the notes in the speech's order.
    const top = stack.at(-1);
    const target = top?.closed ? top.point : (owner() ?? points.at(-1));
    (target ? target.paragraphs : preamble).push(text);
  };

  const formFields = findFormFields(body.slice(0, closingStart));
  /** The block of the line that opened the latest speaker's turn (none yet: past the end). */
  let turnStart = Number.POSITIVE_INFINITY;
  /** Lines that became the title of the bare number before them (`三` + `深化改革`). */
  const titles = bareTitles(body.slice(0, closingStart), candidates, byBlock, source.script);
  // A line of the sign-off is the closing's, never a title; nor is the line under a number above
  // the title, which numbers nothing there (`一、` · `加强能力建设` · `****`).
  for (let i = signOff.start; i < signOff.end; i++) titles.delete(i);
  for (const line of titles) if (line - 1 < belowTitle) titles.delete(line);
  body.slice(0, closingStart).forEach((block, index) => {
    if (titles.has(index) || (index >= signOff.start && index < signOff.end)) return;
    // A letterhead above the title heads no point, whatever line it stands over.
    if (index < belowTitle) {
      preamble.push(asWritten(block));
      return;
    }
    if (!structured) {
      // The lines that open a speech before its first words (`同志们：`, who speaks) are no points of it.
      if (index < speechStart || (points.length === 0 && opensSpeech(block.text))) preamble.push(block.text);
      // A time stamp or a cue (`02:10`, `(Laughter)`) is no paragraph of its own: it stays with the last.
      else if (isAsideLine(block.text)) (points.at(-1)?.paragraphs ?? preamble).push(block.text);
      else points.push(pointFromParagraph(block));
      return;
    }
    const found = byBlock.get(index) ?? [];
    // A list item that is no point (an attachment's name) keeps its number.
    const before = block.text.slice(0, found[0]?.start ?? block.text.length);
    keep((found.length === 0 ? asWritten(block) : before).trim());
    if (found.length === 0 && SALUTATION.test(block.text)) {
      // `各位代表！` between parts: what follows is no longer inside the last sub-point. Its text
      // still follows the last point (the notes keep the speech's order); new series nest under
      // the top-level point, and a series that returns goes back to where it began.
      for (const open of stack.slice(1)) open.closed = true;
    } else if ((found.length === 0 && turnLabel(block.text) !== null) || opensTurn(block.text)) {
      // Who speaks next, alone on a line or opening their words (`发布人：…`): the points the last
      // speaker said are done; a new speaker's series stands beside them. A heading line said
      // before over the turns after it (a forum's `討論題綱一：…` · `許教授：`) stays open; one over
      // the speaker's own words (a briefing's `三、…` · `一是…`) was theirs, and is done too.
      for (const open of stack)
        if (
          open.candidate.block > turnStart &&
          (saysSentences(body[open.candidate.block]) || !opensTurnAt(body[open.candidate.block + 1]))
        )
          open.closed = true;
      turnStart = index;
    } else if (askedAfterTalk.has(index)) {
      // A question after the talk: a series in its answer is the answer's, not the last point's.
      for (const open of stack) open.closed = true;
    } else if (found.length === 0 && TURN_TO_NEXT.test(block.text.trim())) {
      // `下一步，…重点做好以下工作：` after the last of a series of paragraphs (the problems a report
      // owns to): the series after it is what comes next, beside them, not inside their last item.
      for (const open of stack) if (!open.candidate.strong && !open.candidate.headsLine) open.closed = true;
    } else if (SUMS_UP_ABOVE.test(block.text.trim()) && found.every((candidate) => candidate.inline)) {
      // `上述问题中，…要做到以下几点：一要…` after numbered cases: its words are about every case, so a
      // series in it or after it stands beside them, not inside the last.
      for (const open of stack) if (!open.candidate.strong && !open.candidate.headsLine) open.closed = true;
    } else if (found.length === 0 && formFields.has(block.text.trim())) {
      // `建\u3000\u3000议：` alone heads a field of a form (a 提案's 理由 and 建议): the items of the field
      // before it are done, and a new series stands beside them, not inside their last item.
      for (const open of stack) if (!open.candidate.strong) open.closed = true;
    } else if (
      found.length === 0 &&
      FIELD_LABEL.test(block.text.trim()) &&
      !namesSpeaker(block.text.trim())
    ) {
      // `会议议定：` after the remarks in minutes: what follows is the meeting's, not the last speaker's.
      for (const open of stack) if (open.candidate.family === "speaker") open.closed = true;
    }
    found.forEach((candidate, i) => {
      const end = found[i + 1]?.start ?? block.text.length;
      const point = makePoint(
        block,
        candidate,
        block.text.slice(candidate.textStart, end),
        leadClauseSeries.has(candidate.run),
        found.length === 1 && isUnnumberedProse(body[index + 1], byBlock.get(index + 1)),
      );
      if (titles.has(index + 1) && candidate.bare) point.heading = unspreadTitle(body[index + 1]?.text ?? "");
      const top = stack.at(-1);
      if (
        top &&
        (labelsBeside(top.candidate, candidate, body) || headsBeside(top.candidate, candidate, body))
      )
        top.closed = true;
      // A translated series begins where its original began, while that place is open.
      const original = candidate.run[0] === candidate ? translatedSeries.get(candidate.run) : undefined;
      const originalParent = original ? runParents.get(original) : undefined;
      if (originalParent === null || (originalParent && stack.includes(originalParent)))
        runParents.set(candidate.run, originalParent);
      place(stack, points, runParents, candidate, point, wasRunTogether(block), headings.paragraphs);
    });
  });
  if (!structured && body.length > 0) {
    warnings.push({
      line: body[0]?.line ?? 0,
      message: "no structure found: no numbered points, one point per paragraph",
      kind: "structure",
    });
  }

  const meta: Meta = { ...source.meta, ...metaFromPreamble(preamble) };
  if (titleDate !== undefined) meta.date ??= titleDate;
  const subtitleText = subtitle === null ? "" : (body[subtitle]?.text.trim() ?? "");
  if (subtitleText !== "") meta.subtitle ??= subtitleText;
  // A report's appendices, each with its own title, are its last parts: points beside its sections.
  const tail = body.slice(closingStart);
  const appendices = appendixPoints(tail, asWritten);
  return {
    title,
    meta,
    preamble,
    points: [...points, ...appendices.points],
    closing: [...body.slice(signOff.start, signOff.end), ...tail.slice(0, appendices.start)].map(asWritten),
    warnings: warnings.sort((a, b) => a.line - b.line),
    script: source.script,
  };
}

/** Whether the paragraph is who speaks next, alone on its line or opening their words. */
const opensTurnAt = (block: Block | undefined): boolean =>
  block !== undefined && (turnLabel(block.text) !== null || opensTurn(block.text));

/**
 * A paragraph that is no point's, as the speech has it: an item of a list (`1. 某某公司` in an
 * appendix) keeps the number the format held apart from its text.
 */
function asWritten(block: Block): string {
  if (block.kind !== "item" || !block.marker) return block.text;
  return /^\p{Script=Han}/u.test(block.text) ? block.marker + block.text : `${block.marker} ${block.text}`;
}

/**
 * A document attached after the 公文 that issues it. When the 公文 has points of its own, its 落款
 * (attachment list, issuer, date, notes) is closing, `[start, end)`, not words of its last point, and
 * the document stands beside it as a part (a title alone opens one too, in `attachedTitles`). When the
 * 公文 has none, as a notice that issues a plan has not, the plan's own structure is the outline: the
 * notice, its 落款 and the document's `附件` line and title stay in the opening, and `unnumbered`
 * gets that `附件` line.
 */
function attachedDocument(
  body: readonly Block[],
  unnumbered: Set<number>,
  script: Script,
): { signOff: { start: number; end: number }; attachedTitles: Set<number> } {
  const none = { signOff: { start: 0, end: 0 }, attachedTitles: new Set<number>() };
  const attached = findAttachedDocument(body, script);
  if (!attached) return none;
  const issuing = linkSeries(findCandidates(body.slice(0, attached.signOff), unnumbered), () => undefined);
  // A 公文 that only issues what it attaches gives the text to it, unless it attaches two or more:
  // then each stays a part of its own (`附件1` … `附件2` …).
  const anotherAttached = body.some((block, i) => i > attached.opener && isAttachmentLabel(block.text));
  if (attached.signed && issuing.length === 0 && !anotherAttached) {
    unnumbered.add(attached.opener);
    return none;
  }
  return {
    signOff: { start: attached.signOff, end: attached.opener },
    // A heading is a part already.
    attachedTitles: new Set(
      attached.titled && body[attached.opener]?.kind === "paragraph" ? [attached.opener] : [],
    ),
  };
}

/**
 * A block that holds only a number (`## 三`, `第二章`, `PART II`) takes the short title-like line
 * after it as its heading, a question too (`03` over `商家该慌吗？`), or a short sentence of its own
 * line when each of its series has one (see HEADING_SENTENCE); without one, its heading stays empty.
 */
function bareTitles(
  body: readonly Block[],
  candidates: readonly Candidate[],
  byBlock: ReadonlyMap<number, readonly Candidate[]>,
  script: Script,
): Set<number> {
  const titles = new Set<number>();
  /** Per series, the lines after its bare numbers that say one short sentence, or null when one says more. */
  const sentences = new Map<readonly Candidate[], number[] | null>();
  for (const candidate of candidates) {
    const index = candidate.block;
    if (!candidate.bare || byBlock.get(index)?.length !== 1) continue;
    const next = body[index + 1];
    const line = next?.kind === "paragraph" && !byBlock.has(index + 1) ? next.text.trim() : "";
    if (line !== "" && isTitleLine(line.replace(/[？?！!]$/u, ""), script)) titles.add(index + 1);
    else if (sentences.get(candidate.run) !== null)
      sentences.set(
        candidate.run,
        HEADING_SENTENCE.test(line) && body[index + 2]?.kind === "paragraph"
          ? [...(sentences.get(candidate.run) ?? []), index + 1]
          : null,
      );
  }
  for (const lines of sentences.values()) for (const line of lines ?? []) titles.add(line);
  return titles;
}

/**
 * A commentary heads each numbered part with one short sentence of its own (`一` · `实干，首先要有
 * “敢”字当头的担当。` · the part's prose): when every bare number of a series has one, they are
 * the headings.
 */
const HEADING_SENTENCE = /^\p{Script=Han}[^。！？!?；;\n]{3,29}。$/u;

function groupByBlock(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const map = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = map.get(c.block) ?? [];
    list.push(c);
    map.set(c.block, list);
  }
  return map;
}

/** An inline item stays inline unless its series also opens a paragraph (then it is a pasted-together list). */
function isInline(candidate: Candidate): boolean {
  return candidate.inline && candidate.run.every((member) => member.inline);
}

/**
 * Whether `block` is a paragraph of prose, or a short sentence leading into some (`面对难题，…办法。`),
 * that no numbering opens (`found`: its candidates).
 */
function isUnnumberedProse(block: Block | undefined, found: readonly Candidate[] | undefined): boolean {
  return (isProse(block) || endsSentence(block)) && (found?.[0]?.start ?? 1) > 0;
}

/**
 * A numbered line over a paragraph, its name and a subtitle after a colon (`一、春節：一年的開始`):
 * a heading line, whole; a colon that opens a sentence (`一、目标：到2027年，…`) heads only its lead-in.
 */
const NAME_AND_SUBTITLE = /^[“‘「『《]?\p{Script=Han}[^。！？；：:，,\n\d]{1,13}：[^。！？；：:\n\d]{2,16}$/u;

/** …or in English, in Title Case (`B. Why Employers Stopped Training: Evidence from Three Decades`). */
const titleAndSubtitle = (text: string) =>
  NAME_AND_SUBTITLE.test(text) || (/^[^:]+: [^:]+$/u.test(text) && isTitleCaseLine(text));

/** Families that number questions (`问：`, `Q3.`, `Question 2:`), each asked on its line. */
const NUMBERED_QUESTIONS = new Set([QUESTION_FAMILY, "en-label-q", "en-label-question"]);

/** `overParagraph`: the point's block holds it alone, over a paragraph of prose. */
function makePoint(
  block: Block,
  candidate: Candidate,
  text: string,
  headedByLead: boolean,
  overParagraph: boolean,
): Point {
  const inline = isInline(candidate);
  // A heading is a heading whole; a list item is like a numbered paragraph: its first sentence heads it.
  // An article has no title glued to its text in text run together (only one in brackets, read
  // below): its first sentence heads it there too, as on a line of its own.
  const mode =
    block.kind === "heading" || (overParagraph && !inline && titleAndSubtitle(text.trim()))
      ? "whole"
      : inline
        ? "clause"
        : wasRunTogether(block) && candidate.family !== "cn-article"
          ? "run-together"
          : "sentence";
  const sharesParagraph = candidate.run.some((item) => item !== candidate && item.block === candidate.block);
  const split =
    (candidate.family === "cn-article" ? splitBracketedTitle(text) : null) ??
    (candidate.family === "bracketed-label" ? splitRunInLabel(text) : null) ??
    (NUMBERED_QUESTIONS.has(candidate.family) && !inline ? splitQuestionLine(text) : null) ??
    splitHeading(text, mode, sharesParagraph);
  const { heading, terminator, rest, lead } = headedByLead ? headedByLeadClause(split) : split;
  return {
    level: 0,
    marker: candidate.marker,
    heading: unspreadTitle(heading),
    terminator,
    ...(lead === undefined ? {} : { lead }),
    paragraphs: rest === "" ? [] : [rest],
    children: [],
    line: block.line,
    inline,
  };
}

function pointFromParagraph(block: Block): Point {
  const { heading, terminator, rest } = splitHeading(block.text, "sentence");
  return {
    level: 1,
    marker: "",
    heading,
    terminator,
    paragraphs: rest === "" ? [] : [rest],
    children: [],
    line: block.line,
    inline: false,
  };
}

/** The depth of the heading an open point is, or of the headings its series numbers; else null. */
function headingDepth(open: OpenPoint): number | null {
  const heading = HEADING_FAMILY.test(open.family)
    ? open.family
    : open.candidate.run.find((item) => HEADING_FAMILY.test(item.family))?.family;
  return heading === undefined ? null : Number(heading.slice(1));
}

/**
 * Places a point by the nesting the speech uses: a family already open closes everything opened
 * after it and takes its place; a new family nests under the innermost open point.
 */
function place(
  stack: OpenPoint[],
  roots: Point[],
  runParents: Map<readonly Candidate[], OpenPoint | null>,
  candidate: Candidate,
  point: Point,
  /** The point's block is a piece of text run together: its inline items were paragraphs. */
  runTogether: boolean,
  /** Paragraphs numbered through the text's groups of paragraphs (see paragraph-numbers.ts). */
  grouped: ReadonlySet<Candidate>,
): void {
  const family = candidate.family;
  const inline = point.inline;
  // The next item of a series goes where its series began, under the same parent, whatever heading
  // depth or form it has and whatever was opened (or closed by a transition paragraph) in between.
  const seriesParent = inline ? undefined : runParents.get(candidate.run);
  const parentAt =
    seriesParent === undefined ? -1 : seriesParent === null ? 0 : stack.indexOf(seriesParent) + 1;
  // A series that went on under the next part (`Chapter 3` under `PART II`): beside its last item.
  const previous = inline ? -1 : lastItemAt(stack, candidate);
  // A heading line holds the numbered paragraphs after it whose series began before it (`A. Global
  // Economy` over `4.` after `3.`): each goes beside the one before it, the first under the line.
  const group = findLastIndex(stack, (open) => open.candidate.headsLine && !grouped.has(open.candidate));
  const first = candidate.run[0] ?? candidate;
  const groupHolds =
    grouped.has(candidate) && first !== candidate && (stack[group]?.candidate.block ?? -1) > first.block;
  /** Where the lines grouping numbered paragraphs, and those paragraphs, begin on the stack. */
  const grouping = stack.findIndex((open) => GROUP_HEADINGS.has(open.family) || grouped.has(open.candidate));
  if (groupHolds) {
    stack.length = previous >= 0 ? previous : group + 1;
  } else if (parentAt > 0 || seriesParent === null) {
    stack.length = parentAt;
  } else if (previous >= 0) {
    stack.length = previous;
  } else if (family === ATTACHMENT_FAMILY) {
    // An attached document stands beside the text it is attached to, never inside its last point.
    stack.length = 0;
  } else if (family === QUESTION_FAMILY && candidate.run[0] === candidate) {
    // The questions after a talk stand beside its points, not inside the last one it counted.
    while (stack.length > 0 && !stack.at(-1)?.candidate.strong) stack.pop();
  } else if (family === GROUP_NAME_FAMILY) {
    // A part's name among numbered paragraphs that no line groups (`Conclusion` over `87.`): a part.
    stack.length = 0;
  } else if (GROUP_HEADINGS.has(family) && !stack.some((open) => open.family === family)) {
    // It stands under the part around it, beside the paragraphs before it.
    const paragraph = stack.findIndex((open) => grouped.has(open.candidate));
    if (paragraph >= 0) stack.length = paragraph;
  } else if (
    candidate.strong &&
    grouping >= 0 &&
    !grouped.has(candidate) &&
    !stack.some((open) => open.family === family)
  ) {
    // A part's first line (`PART ONE: …`) after a group of numbered paragraphs (`Introduction` ·
    // `1.` `2.`) stands beside that group's line, not inside it.
    stack.length = grouping;
  } else if (
    candidate.strong &&
    family.startsWith(EN_PART_FAMILY) &&
    !stack.some((open) => open.family === family)
  ) {
    // A report's first `Part 1: Introduction` after the list of its recommendations (`1.` … `6.`)
    // stands beside the list, never inside its last item.
    while (stack.length > 0 && !stack.at(-1)?.candidate.strong) stack.pop();
  } else if (HEADING_FAMILY.test(family)) {
    const depth = Number(family.slice(1));
    // A heading never nests under running-text numbering, only under a shallower heading, or
    // under a paragraph numbered as the next of a series of headings (a heading left unstyled).
    while (stack.length > 0) {
      const top = stack.at(-1);
      const topDepth = top ? headingDepth(top) : null;
      if (topDepth !== null && topDepth < depth) break;
      // `（一）` styled a heading under `二、` left a paragraph (a Word file that sets its parts'
      // numbers in a table's cell): the numbering's own order ranks it under.
      if (top && ranksUnder(candidate.numbering, top.candidate.numbering)) break;
      stack.pop();
    }
  } else if (inline && candidate.run[0] !== candidate) {
    const previous = candidate.run[candidate.run.indexOf(candidate) - 1];
    const at = stack.findIndex((open) => open.candidate === previous);
    if (at >= 0) stack.length = at;
  } else {
    // Closed items (a series inside a paragraph) are never the siblings of a paragraph's marker.
    const at = inline ? -1 : findLastIndex(stack, (open) => open.family === family && !open.closed);
    // A series that starts again inside an item stands inside it: when the item's own series goes
    // on after it (`二是` … a new `一是`…`三是` … then `三是` of the first), when the item's text
    // announces it (`二是……主要有三点：` then `一是`), or when the item was the last of an
    // announced series, right after it (`讲三点` … `三是……。` then `一是`): that series has no
    // room for another.
    // Strong numbering that starts again (`一、` after `三、`) is a new part: a count never puts it inside.
    const open = stack[at];
    const innermost = at === stack.length - 1;
    const inside =
      open !== undefined &&
      candidate.run[0] === candidate &&
      (open.candidate.run.at(-1) !== open.candidate ||
        (innermost &&
          !candidate.strong &&
          (completes(open.candidate)
            ? candidate.block - open.candidate.block <= 1
            : candidate.announced !== null &&
              candidate.block - open.candidate.block <= ANNOUNCED_INSIDE_REACH)));
    if (at >= 0 && !inside) stack.length = at;
    else {
      while (stack.at(-1)?.closed && !holdsSeries(stack.at(-1), point, candidate, runTogether)) stack.pop();
      // A series announced in a paragraph of its own after an announced series of paragraphs is done
      // (`…四个方面` · `四是…。` · `下一步，重点做好三件事：一是…`) is the next part, not inside the last
      // item; under the last of announced sections (`三、…` heading its text) it stays inside. So is a
      // series of paragraphs announced a few paragraphs after the last of another (`第四，…` · … ·
      // `我向大家提三点希望。` · `首先，…`): it stands beside that series.
      const top = stack.at(-1);
      const paragraphsAfter =
        !inline && top !== undefined && !top.point.inline && candidate.run[0] === candidate;
      const apart = candidate.block - (top?.candidate.block ?? candidate.block);
      const announcedLater =
        paragraphsAfter && top.candidate.run.at(-1) === top.candidate && apart > ANNOUNCED_INSIDE_REACH;
      // A paragraph series that said all it announced has closed once a paragraph of other words
      // follows its last item: a list after that (`Before I finish, a few reminders.` · `1.`) is beside it.
      // A heading's line (`4. Institutions that can deliver`) heads the paragraphs under it, and their list.
      const doneBefore = paragraphsAfter && completes(top.candidate) && !top.candidate.headsLine && apart > 1;
      if (
        top &&
        !top.candidate.strong &&
        ((candidate.announced !== null &&
          apart > 0 &&
          ((inline && completes(top.candidate)) || announcedLater)) ||
          doneBefore)
      )
        stack.pop();
    }
  }
  const parent = stack.at(-1);
  if (!runParents.has(candidate.run)) runParents.set(candidate.run, parent ?? null);
  point.level = parent ? parent.point.level + 1 : 1;
  (parent ? parent.point.children : roots).push(point);
  stack.push({ point, family, closed: inline, candidate });
}

/** The families of parts named by a word and a number (`Part 1`, `Chapter 3`, `Section II`). */
const EN_PART_FAMILY = "en-part-";

/** Chinese numbering from the outermost level in: `壹、` › `一、` › `（一）` › `1.` › `（1）`. */
const CHINESE_LEVELS = ["cn-capital", "cn-dun", "cn-paren", "num-dot", "num-paren"];
const ranksUnder = (inner: string | null, outer: string | null) =>
  CHINESE_LEVELS.indexOf(inner ?? "") > CHINESE_LEVELS.indexOf(outer ?? "") &&
  CHINESE_LEVELS.includes(outer ?? "");

/** Where on the stack the item of `candidate`'s series before it is open, or -1. */
function lastItemAt(stack: readonly OpenPoint[], candidate: Candidate): number {
  const previous = candidate.run[candidate.run.indexOf(candidate) - 1];
  return previous ? stack.findIndex((open) => open.candidate === previous) : -1;
}

/**
 * A closed item (of a series inside a paragraph) holds a new such series of another numbering that
 * starts after it in its paragraph when its own series goes on afterwards (`第一，……一是……二是……。
 * 第二，…`), or when the paragraph is text run together, where each such item was a paragraph.
 */
function holdsSeries(
  open: OpenPoint | undefined,
  point: Point,
  candidate: Candidate,
  runTogether: boolean,
): boolean {
  return (
    open !== undefined &&
    open.point.inline &&
    point.inline &&
    candidate.run[0] === candidate &&
    open.family !== candidate.family &&
    (open.candidate.run.at(-1) !== open.candidate ||
      (runTogether && open.candidate.block === candidate.block))
  );
}

/**
 * How far after an item, in paragraphs, a series it announces may start (`二是……主要有三点：` then
 * `一是`): further on, an announced series is another part of the speech (the Minister's `three
 * commitments` after a member's three asks).
 */
const ANNOUNCED_INSIDE_REACH = 2;

/** The item reaches the count announced before its series (`讲三点` and its `三是`). */
function completes(item: Candidate): boolean {
  const count = item.run[0]?.announced ?? null;
  return count !== null && item.ordinal >= count && item.ordinal !== LAST;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** The first paragraph at or after `from` that opens the closing words (`同志们，…`, `谢谢大家`). */
function findClosing(blocks: readonly Block[], from: number): number {
  for (let i = Math.max(from, 0); i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind === "paragraph" && (CLOSING_OPENER.test(block.text) || isClosingAppeal(block.text)))
      return i;
  }
  return blocks.length;
}

/** How far down a speech its salutation may stand, under a few lines of its head (the venue, a release line). */
const SALUTATION_REACH = 5;

/**
 * Where a speech's first words are: the first paragraph after the lines that open it, and after
 * its salutation when one stands near the top (`Knock Shrine, Co. Mayo` · `Dear friends, …,`).
 */
function firstWords(body: readonly Block[]): number {
  const salutation = body.slice(0, SALUTATION_REACH).findIndex((block) => SALUTATION.test(block.text.trim()));
  const at = body.findIndex((block, i) => i > salutation && !opensSpeech(block.text));
  return at < 0 ? body.length : at;
}

/**
 * A subtitle (`——在…上的讲话`), a date line (`（2023年12月28日）`) under the title or a memo's date
 * field, kept as metadata too.
 */
function metaFromPreamble(preamble: readonly string[]): Meta {
  const meta: Meta = {};
  for (const line of preamble.slice(0, 4)) {
    if (line.length > 60) continue;
    const date = line.match(
      /^(?:[—─-]{1,2}|[（(])?\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*[)）]?$/u,
    );
    const subtitle = line.match(/^[—─-]{1,2}\s*(.+)$/u);
    if (!date && subtitle?.[1] && !meta.subtitle) meta.subtitle = subtitle[1].trim();
    if (date?.[1] && !meta.date) meta.date = date[1].replace(/\s+/gu, "");
  }
  // A memo's `DATE: 14 May 2024`.
  for (const line of preamble.slice(0, HEADER_MAX)) {
    const field = headerField(line);
    if (field?.name === "date" && !meta.date) meta.date = field.value;
  }
  return meta;
}

/** How many lines a memo's header may hold. */
const HEADER_MAX = 8;
