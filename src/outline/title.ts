import type { Block, Script, Source } from "../ingest/types.js";
import { unspreadLine } from "../spread-title.js";
import { GOVERNMENT_OFFICE, LOCAL_GOVERNMENT } from "../offices.js";
import { isAbbreviationAt } from "../abbreviations.js";
import { hasHan, inCapitals, startsWithLatinLetter } from "../characters.js";
import { isHeadTitle, LABEL_CUT } from "./head-title.js";
import {
  isAttachmentLabel,
  isCueLine,
  isTitleLine,
  OFFICE_SUFFIX,
  REPORT_KIND,
  SALUTATION,
  saysWhoGivesIt,
  SPOKEN_KIND,
  TITLE_MAX,
  titleShaped,
} from "./lines.js";
import { isEventLine } from "../event-line.js";
import { columnsOf } from "./table-rows.js";
import { ENDS_WITH_WRITTEN_DATE, MONTH_NAMES, WEEKDAY, WRITTEN_DATE, YEAR_DIGITS } from "../dates.js";
import { headerField } from "../header-fields.js";
import { CONTENTS_HEADING } from "../contents-heading.js";
import { lineNumbering, matchMarker, ordinalOnly } from "./markers.js";

export interface FoundTitle {
  title: string | null;
  /** The blocks the title was taken from, left out of the text; none when the text keeps it. */
  titleBlocks: readonly number[];
  /** The date the title's line gave in brackets after the title (`…的發言（二〇二五年五月二十八日）`). */
  date?: string;
}

const NO_TITLE: FoundTitle = { title: null, titleBlocks: [] };
/** How far down a page may print its title again. */
const PAGE_TITLE_AGAIN_REACH = 8;

/**
 * The document's own title: stated by the format, or a line near the start that reads like one.
 * Lines that head a document without titling it are passed over and stay in its opening: a memo's
 * or an e-mail's header (its subject is the title), a standard's cover codes, a letterhead.
 */
export function findTitle(source: Source): FoundTitle {
  const line = findTitleLine(source);
  // A post sets its headline off in black brackets (`【在…闭幕会上的讲话】`): they are no words of it.
  const bracketed = line.title === null ? null : BRACKETED_HEADLINE.exec(line.title.trim());
  const found = bracketed?.[1] ? { ...line, title: bracketed[1] } : line;
  const dated = found.title === null ? null : DATE_AFTER_TITLE.exec(found.title);
  if (!dated?.[1] || dated.index < TITLE_BEFORE_DATE_MIN) return found;
  return { ...found, title: found.title?.slice(0, dated.index).trim() ?? null, date: dated[1] };
}

/** A headline wholly in black brackets, long enough to be no column's name (`【社论】`). */
const BRACKETED_HEADLINE = /^【([^【】]{13,})】$/u;

/** A year in figures or in Chinese numerals (`2025年`, `二〇二五年`). */
const CHINESE_YEAR = `${YEAR_DIGITS}\\s*年`;
/** A day written out in Chinese, in figures or in numerals (`2025年4月9日`, `二〇二四年十一月二十一日`). */
const CHINESE_DATE = `${CHINESE_YEAR}\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日`;
/** A date in brackets closing a Chinese title's line: the day it was given, no word of its title. */
const DATE_AFTER_TITLE = new RegExp(
  `[（(]\\s*(${CHINESE_YEAR}\\s*[\\d一二三四五六七八九十]{1,3}\\s*月(?:\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?)\\s*[)）]$`,
  "u",
);
/** The fewest characters of a title before such a date. */
const TITLE_BEFORE_DATE_MIN = 4;

/** The title as its line gives it, a date after it included. */
function findTitleLine(source: Source): FoundTitle {
  const blocks = source.blocks;
  const first = blocks[0];
  if (source.title) {
    // A page prints its title again as its first paragraph or heading, or under an editor's note and
    // a photo that open the post: that line is the title, and what stands before it the opening's.
    // Printed twice (over a record's contents and again over its text), it is a running title instead.
    const words = source.title.replace(/\s+/gu, "");
    const printed = blocks.flatMap((block, i) =>
      block.kind !== "item" && block.text.replace(/\s+/gu, "") === words ? [i] : [],
    );
    const again = printed.length === 1 && (printed[0] ?? 0) < PAGE_TITLE_AGAIN_REACH ? printed : [];
    return { title: source.title, titleBlocks: printed[0] === 0 ? [0] : again };
  }
  if (!first || first.kind === "item" || blocks.length < 2) return NO_TITLE;
  if (isLoneChapterHeading(blocks)) return { title: first.text.trim(), titleBlocks: [0] };
  const centred = centredTitle(source);
  if (centred !== null) return { title: blocks[centred]?.text ?? null, titleBlocks: [centred] };
  // A form's fields are no memo's header: the title of what it applies with is under them.
  const applied = afterFormHead(blocks);
  if (applied !== null) return { title: blocks[applied]?.text.trim() ?? null, titleBlocks: [applied] };
  const header = headerTitle(blocks);
  if (header !== undefined) return header;
  const field = subjectField(blocks);
  if (field) return field;
  // A web page's headline over its byline, under the page's menus, before any letterhead the menus hold.
  const paged = overPageByline(blocks, source.script);
  const stamped = paged === null ? afterLabelAndStamp(blocks) : null;
  // A bill at its reading, under a record's house and date, before they are read as a letterhead.
  const billed = afterBillReading(blocks);
  const grouped = stamped === null && paged === null && billed === null ? afterLetterheadGroup(source) : null;
  const start =
    afterClassificationMark(blocks) ??
    paged ??
    stamped ??
    billed ??
    grouped ??
    issuedDocumentTitle(blocks) ??
    afterEditorsNote(blocks) ??
    afterGazetteHead(blocks) ??
    afterBulletinHead(blocks) ??
    afterCover(blocks) ??
    afterOrderCover(blocks) ??
    afterGovernmentAndActNumber(blocks) ??
    afterPaperNumber(blocks) ??
    afterLegislaturePaperHead(blocks) ??
    afterSessionAndCommittee(blocks) ??
    afterSiteName(blocks, source.script) ??
    afterPostHeader(blocks) ??
    overDrawnRule(blocks, source.script) ??
    afterDocumentHeader(blocks) ??
    afterLetterhead(source) ??
    afterIssuerLine(blocks) ??
    afterPlacingLines(blocks) ??
    afterEventLine(blocks, source.script) ??
    afterCourtCaption(blocks) ??
    afterChurchLine(blocks) ??
    overScripture(blocks, source.script) ??
    letterUnderRunningHead(blocks) ??
    0;
  const at = subjectTitleBelow(blocks, start) ?? underAttachmentMark(blocks, start) ?? start;
  const block = blocks[at];
  if (
    !block ||
    !(
      isHeadTitle(block) ||
      readsAsTitle(block, source.script) ||
      opensCapitalsBlock(blocks, at) ||
      longTitleOverDateline(blocks, at, source.script) ||
      longTitleOverProse(blocks, at, source.script) ||
      namesSpeechAndOccasion(block, source.script) ||
      (at === stamped && headline(block, source, blocks[at + 1])) ||
      (at > 0 && headlineUnderStamp(blocks, at)) ||
      at === grouped ||
      at === paged
    )
  )
    return NO_TITLE;
  // The page set its headline on one line: what stands under it is its byline.
  if (at === paged) return { title: block.text.trim(), titleBlocks: [at] };
  const quoted = quotedTitleUnder(blocks, at);
  if (quoted !== null) return { title: quoted, titleBlocks: [at + 1] };
  const kind = whoAndKindUnder(blocks, at) ?? speechTitleGoingOn(blocks, at);
  if (kind !== null) return { title: block.text.trim() + kind, titleBlocks: [at, at + 1] };
  // `关于检查《…》` · `实施情况的报告`: a 公文's title wrapped onto the next line, under its issuer perhaps.
  const wrapped = wrappedDocumentTitle(blocks, at);
  const issuer = issuerAbove(blocks, at, wrapped ?? block.text.trim());
  const wrappedLines = wrapped === null ? [at] : [at, at + 1];
  if (issuer !== null)
    return { title: issuer + (wrapped ?? block.text.trim()), titleBlocks: [at - 1, ...wrappedLines] };
  const session = blocks[at - 1]?.text.trim() ?? "";
  // Set apart by a blank line, the session heads the page instead (`南投縣議會第20屆第5次定期會` · · `縣政總質詢稿：…`).
  const sessionRight = blocks[at - 1]?.line === block.line - 1;
  if (SESSION_LINE.test(session) && sessionRight && !PLACE_NAMED.test(block.text.trim()))
    return { title: session + block.text.trim(), titleBlocks: [at - 1, at] };
  if (wrapped !== null) return { title: wrapped, titleBlocks: wrappedLines };
  const kindUnder = kindUnderQuotedTopic(blocks, at);
  if (kindUnder !== null) return { title: block.text.trim() + kindUnder, titleBlocks: [at, at + 1] };
  const lines = titleHalvesRunTogether(blocks, at) ?? titleOverSubtitle(blocks, at) ?? titleLines(blocks, at);
  const title = lines.map((i) => blocks[i]?.text.trim() ?? "").join(" ");
  // `…实施方案` · `（2024—2026年）`: the years it runs, or its status, in brackets under it are its own.
  const last = lines.at(-1) ?? at;
  const period = blocks[last + 1];
  if (period && period.line === (blocks[last]?.line ?? 0) + 1 && TITLE_PERIOD.test(period.text.trim()))
    return { title: title + period.text.trim(), titleBlocks: [...lines, last + 1] };
  return { title, titleBlocks: lines };
}

/** Families that number a text's chapters or parts (`CHAPTER 3:`, `Part II`, `第三章`). */
const CHAPTER_FAMILY = /^(?:en|cn)-part-/u;

/**
 * One chapter or part copied out of a longer text (`CHAPTER 3: INSPECTION AND MAINTENANCE OF THE
 * BRIDGE` over its sections): its numbered heading opens the text, titled, and no other line is
 * numbered as a chapter is. That heading is the excerpt's title, not a point over all of it.
 */
function isLoneChapterHeading(blocks: readonly Block[]): boolean {
  const opening = lineNumbering(blocks[0]?.text.trim() ?? "");
  if (!opening || !CHAPTER_FAMILY.test(opening.family)) return false;
  const titled = (blocks[0]?.text.trim() ?? "").length > opening.marker.length;
  return (
    titled && blocks.slice(1).every((block) => lineNumbering(block.text.trim())?.family !== opening.family)
  );
}

/** Years a plan runs or its status, in brackets (`（2024—2026年）`, `（试行）`, `（2023年修订）`). */
const TITLE_PERIOD = new RegExp(
  `^[（(][\\s\u3000]*(?:${YEAR_DIGITS}年?[\\s\u3000]*[-—–－~～至到][\\s\u3000]*${CHINESE_YEAR}|${CHINESE_YEAR}(?:修订|修訂|版)|试行|試行|暂行|暫行|修订|修訂|征求意见稿|徵求意見稿|送审稿|送審稿|草案)[\\s\u3000]*[）)]$`,
  "u",
);

/** Who gives a speech under its title, by name and post (`梁○○議員`, `陳志明委員`). */
const SPEAKER_AND_POST = /^[\p{Script=Han}○〇×]{1,4}(?:議員|议员|委員|委员|代表|局長|局长|司長|司长)$/u;

/**
 * A Chinese title of two phrases apart by a space (`優化大灣區跨境醫療合作 便利澳門居民就醫`), in a
 * text run together that the space parted into lines: the second phrase, right before who gives the
 * speech, its date or a post's `原创`, goes on from the first; so does one after a first phrase closed
 * by a word in quotes, right before the text's first sentences (`坚持“三个聚焦” 奋力推动…发展`).
 * Both lines, or null.
 */
function titleHalvesRunTogether(blocks: readonly Block[], at: number): number[] | null {
  const [title, half, after] = [blocks[at], blocks[at + 1], blocks[at + 2]];
  if (!title || !half || half.line !== title.line || !/^\p{Script=Han}{2,20}$/u.test(half.text.trim()))
    return null;
  const next = after?.text.trim() ?? "";
  const sloganOverText = QUOTED_SLOGAN.test(title.text.trim()) && /[。！？]/u.test(next);
  return SPEAKER_AND_POST.test(next) || TITLE_DATE.test(next) || ORIGINAL_MARK.test(next) || sloganOverText
    ? [at, at + 1]
    : null;
}

/** A title's phrase closed by a word in quotes (`坚持“三个聚焦”`). */
const QUOTED_SLOGAN = /^\p{Script=Han}{2,12}“[^“”\s，,。]{1,8}”$/u;

/** A social post's mark of its own writing, before its account's name (`原创 青石发改 …`). */
const ORIGINAL_MARK = /^(?:原创|原創)$/u;

/**
 * A Chinese title set on two lines over its subtitle (`持续深化全面从严治党` · `为建设现代化临江提供
 * 坚强保障` · `——在…全体会议上的工作报告`): a phrase right under the first line, with no stop in it,
 * and the dash right under that, end the title. Both lines, or null.
 */
function titleOverSubtitle(blocks: readonly Block[], at: number): number[] | null {
  const [title, second, subtitle] = [blocks[at], blocks[at + 1], blocks[at + 2]];
  const nextLine = (a: Block | undefined, b: Block | undefined) =>
    a !== undefined && b?.kind === "paragraph" && b.line === a.line + 1;
  // No space in the second line: who gives it, post and name, is set apart so.
  const phrase = /^\p{Script=Han}[^\s。，；：！？,;:!?]{3,29}$/u;
  return nextLine(title, second) &&
    nextLine(second, subtitle) &&
    phrase.test(title?.text.replace(/[\s\u3000]+/gu, "") ?? "") &&
    phrase.test(second?.text.trim() ?? "") &&
    SUBTITLE_DASH.test(subtitle?.text.trim() ?? "")
    ? [at, at + 1]
    : null;
}

/** A topic wholly in quotation marks on a line of its own (`「超高齡社會長照人力短缺之因應對策」`). */
const QUOTED_TOPIC = /^[「“『][^「」“”『』]{2,40}[」”』]$/u;
/** A kind of document alone on a line, a few characters (`專題報告`, `的讲话`). */
const KIND_ALONE_MAX = 10;

/**
 * `「超高齡社會長照人力短缺之因應對策」` · `專題報告`: the kind of report on the line right under its
 * quoted topic goes on with the title. The kind, or null.
 */
function kindUnderQuotedTopic(blocks: readonly Block[], at: number): string | null {
  const [topic, kind] = [blocks[at], blocks[at + 1]];
  const text = kind?.text.trim() ?? "";
  return topic &&
    kind?.kind === "paragraph" &&
    kind.line === topic.line + 1 &&
    QUOTED_TOPIC.test(topic.text.trim()) &&
    text.length <= KIND_ALONE_MAX &&
    /^\p{Script=Han}+$/u.test(text) &&
    TITLE_KIND.test(text.slice(-2))
    ? text
    : null;
}

/**
 * A 公文's title wrapped onto the line under it (`青山县人民政府关于进一步加强农村供水` ·
 * `工程运行管理的实施意见`): the first line says what it is about and ends on no kind of document,
 * the second ends on one. The whole title, its lines joined, or null.
 */
function wrappedDocumentTitle(blocks: readonly Block[], at: number): string | null {
  const [first, second] = [blocks[at], blocks[at + 1]];
  if (!first || second?.kind !== "paragraph" || second.line !== first.line + 1) return null;
  const [head, rest] = [unspreadLine(first.text.trim()), unspreadLine(second.text.trim())];
  const restTitled = /^[^。，；：！？,;:!?\s]{2,30}$/u.test(rest);
  const wraps =
    /(?:关于|關於)[^。，；：！？,;:!?\s]{2,40}$/u.test(head) &&
    !TITLE_KIND.test(head.slice(-2)) &&
    restTitled &&
    TITLE_KIND.test(rest.slice(-3));
  // A line that ends on a joining word goes on under it (`石桥镇2023年工作总结和` · `2024年工作打算`),
  // as does a line of a kind over one that opens with it (`…2024年工作总结` · `和2025年工作安排`).
  const joined =
    (/^[^。，；：！？,;:!?\s]{4,40}[和与與及暨]$/u.test(head) ||
      (TITLE_KIND.test(head.slice(-2)) && /^[和与與及暨]/u.test(rest))) &&
    restTitled;
  // A kind of document alone on the line under a title that names none (`…财政奖补资金` · `管理办法`).
  const kindAlone =
    /^[^。，；：！？,;:!?\s「」“”『』]{8,40}$/u.test(head) &&
    !TITLE_KIND.test(head) &&
    rest.length <= KIND_ALONE_MAX &&
    KIND_LINE.test(rest);
  return wraps || joined || kindAlone ? head + rest : null;
}

/**
 * An editor's note that hands on to the full text it reposts (`…现将讲话全文刊发如下👇`, `以下为讲话全文：`),
 * under the post's own headline.
 */
const EDITORS_NOTE =
  /(?:(?:全文|原文)[^。！？]{0,8}(?:如下|於下|于下)|以下(?:为|為|是)[^。！？]{0,12}(?:全文|原文))[：:。]?[\s\p{Extended_Pictographic}\uFE0F↓]*$/u;
/** How far down a post its editor's note may stand (its headline, a line of its account, the note). */
const EDITORS_NOTE_REACH = 3;
/** A rule drawn between a post's head and the text (`━━━━━━`, `———`). */
const DRAWN_RULE = /^[-—─━═=_~*＊·•]{3,}$/u;

/**
 * A speech or a report a post reposts whole, under the post's headline and the editor's note that
 * hands on to it (`【全文】周启明在…的讲话` · `…现将讲话全文刊发如下👇` · `━━━━` · `在…大会上的讲话`):
 * the text's own title, after the note and a rule perhaps, is the title. Its index, or null.
 */
function afterEditorsNote(blocks: readonly Block[]): number | null {
  const note = blocks.slice(0, EDITORS_NOTE_REACH).findIndex((b) => EDITORS_NOTE.test(b.text.trim()));
  if (note < 0) return null;
  let at = note + 1;
  while (DRAWN_RULE.test(blocks[at]?.text.trim() ?? "")) at++;
  const title = blocks[at];
  return title && readsAsTitle(title, "zh-Hans") ? at : null;
}

/** What a form is, opening it in capitals (`GRANT APPLICATION — THE … FOUNDATION`, `NOMINATION FORM`). */
const FORM_KIND =
  /^(?:[A-Z]+\s+){0,2}(?:APPLICATION|PROPOSAL|SUBMISSION|NOMINATION|BID|EXPRESSION OF INTEREST)(?:\s+FORM)?\b[^a-z]*$/u;
/** A form's field and its value (`Applicant:        Westbridge …`, `Amount requested: £186,400 …`). */
const FORM_FIELD = /^[A-Z][\p{L} /()-]{1,30}:\s+\S/u;
/** Values set in a column: some labels stand apart from them by spaces. */
const ALIGNED_FIELD = /^[^:]+:\s{2,}\S/u;
const ALIGNED_FIELDS_MIN = 2;

/**
 * The title of what a form applies with, under the form's kind and its fields in a column
 * (`GRANT APPLICATION — …` · `Applicant:        …` · `Contact:          …` · `Bridges to Work: …`).
 * Its index, or null.
 */
function afterFormHead(blocks: readonly Block[]): number | null {
  if (!FORM_KIND.test(blocks[0]?.text.trim() ?? "")) return null;
  // The fields stand line under line; a blank line parts them from the title.
  const underLast = (i: number) => i === 1 || blocks[i]?.line === (blocks[i - 1]?.line ?? 0) + 1;
  let at = 1;
  while (FORM_FIELD.test(blocks[at]?.text ?? "") && underLast(at)) at++;
  const fields = blocks.slice(1, at).filter((block) => ALIGNED_FIELD.test(block.text));
  // The title may name its programme before a colon (`Bridges to Work: A Pathways Programme …`).
  const title = blocks[at]?.text.trim() ?? "";
  const titled =
    /^[A-Z"“]/u.test(title) &&
    title.length <= EN_LONG_TITLE_MAX &&
    !/[.!?;:,]$/u.test(title) &&
    matchMarker(title, 0, false) === null;
  return fields.length >= ALIGNED_FIELDS_MIN && titled ? at : null;
}

/**
 * A bulletin's issue number, perhaps with its year or its running total (`2024年第3期`, `第7期（总第56期）`),
 * or a series of minutes' (`第23次`).
 */
const ISSUE_NUMBER = `(?:${CHINESE_YEAR}[\\s\u3000]*)?第[\\s\u3000]*[\\d０-９一二三四五六七八九十]{1,5}[\\s\u3000]*[期次](?:[（(][总總]第[\\s\u3000]*\\d{1,5}[\\s\u3000]*期[）)])?`;
/** A gazette's running head, its name and its issue (`青山县人民政府公报    2023年第10期`). */
const GAZETTE_HEAD = new RegExp(`^\\p{Script=Han}{2,30}(?:公报|公報)[\\s\u3000]*${ISSUE_NUMBER}$`, "u");

/** The title of a document printed in a gazette is under the gazette's running head: the index after it, or null. */
function afterGazetteHead(blocks: readonly Block[]): number | null {
  return GAZETTE_HEAD.test(blocks[0]?.text.trim() ?? "") && blocks.length > 2 ? 1 : null;
}

/** A set of minutes' number of the year (`〔2024〕3号`). */
const MINUTES_NUMBER = "[〔［\\[]\\d{4}[〕］\\]][\\s\u3000]*第?\\d{1,4}[\\s\u3000]*[号號]";
/**
 * A bulletin's head: its issue number alone or after its name (`领 导 讲 话` · `第7期`, `工作简报
 * 2024年第3期`), or a set of minutes' number under its kind (`会 议 纪 要` · `〔2024〕3号`).
 */
const BULLETIN_HEAD = new RegExp(`^(?:\\S.{0,20}?[\\s\u3000]*)?(?:${ISSUE_NUMBER}|${MINUTES_NUMBER})$`, "u");
/** How far down the issue number may stand, and how many lines of who printed it and when follow. */
const BULLETIN_ISSUE_REACH = 3;
const PRINTER_LINES_MAX = 2;
const DATE_ALONE = new RegExp(`^${CHINESE_DATE}$`, "u");
/** The word after a bulletin's printer saying it compiled or printed it (`县委改革办编`). */
const PRINTED_BY = /(?:编印|編印|主办|主辦|编|編)$/u;
/** Under the issue number, who printed it and when, a line each or on one line. */
const isPrinterOrDate = (text: string) =>
  text
    .split(/[\s\u3000]{2,}/u)
    .every((part) => ISSUER_LINE.test(part.replace(PRINTED_BY, "")) || DATE_ALONE.test(part));

/**
 * A text printed in a bulletin is titled under the bulletin's head, its printer and date and the
 * rule under them: that title's index, or null. The headline of a bulletin's piece need not name
 * its kind (`城关镇“四抓四促”推动基层治理提质增效`), but it ends no sentence.
 */
function afterBulletinHead(blocks: readonly Block[]): number | null {
  const issue = blocks.slice(0, BULLETIN_ISSUE_REACH).findIndex((b) => BULLETIN_HEAD.test(b.text.trim()));
  if (issue < 0) return null;
  let at = issue + 1;
  while (at <= issue + PRINTER_LINES_MAX && isPrinterOrDate(blocks[at]?.text.trim() ?? "")) at++;
  const ruled = DRAWN_RULE.test(blocks[at]?.text.trim() ?? "");
  if (ruled) at++;
  const text = blocks[at]?.text.trim() ?? "";
  // A sentence names kinds too (`你委《关于…的请示》收悉。`): a title says no sentence.
  if (/[。！？]/u.test(text)) return null;
  return TITLE_KIND.test(text) || (ruled && isTitleLine(text, "zh-Hans")) ? at : null;
}

/** A line wholly in quotation marks, no sentence inside them: a talk's own title, as a programme prints it. */
const QUOTED_LINE = /^["“][^"“”]{3,149}[^"“”.。!！?？]["”]$/u;

/** What is given and what it is about (`Budget Message for Fiscal Year 2025`, `Report on …`). */
const SAID_ABOUT = /\b(?:address|message|speech|remarks|report|statement|lecture)\s+(?:for|on|of)\s+\S/iu;
/** A line that ends on the kind of speech it is, perhaps its year (`STATE OF THE CITY ADDRESS 2024`, `Budget Speech`). */
const NAMES_KIND_OF_SPEECH = /\b(?:address|speech|statement|message)(?:\s+\d{4}(?:[-–/]\d{2,4})?)?$/iu;

/**
 * A talk's own title in quotation marks on the line right under the one that names its occasion
 * (`HealthTech Forward 2025 — Opening Keynote` · `"The Last Mile Is the First Mile"`): the title,
 * quotes and all, or null. The line above stays in the opening; a blank line between sets the
 * quoted line apart as a motto or a theme.
 */
function quotedTitleUnder(blocks: readonly Block[], at: number): string | null {
  const [line, under] = [blocks[at], blocks[at + 1]];
  if (!line || !under || under.kind !== "paragraph" || under.line !== line.line + 1) return null;
  // A line that says what is given and what about (`EXECUTIVE BUDGET MESSAGE FOR FISCAL YEAR 2025`)
  // is a title of its own: the quoted line under it is its theme.
  if (SAID_ABOUT.test(line.text) || NAMES_KIND_OF_SPEECH.test(line.text.trim())) return null;
  const text = under.text.trim();
  return QUOTED_LINE.test(text) ? text : null;
}

/**
 * `ADDRESS BY THE VICE-CHANCELLOR,` · `PROFESSOR …,` · `AT THE TWENTY-FOURTH CONGREGATION OF`: a
 * line in capitals that ends on a comma, right over another, opens a title set in capitals.
 */
function opensCapitalsBlock(blocks: readonly Block[], at: number): boolean {
  const text = blocks[at]?.text.trim() ?? "";
  const next = blocks[at + 1];
  return (
    blocks[at]?.kind === "paragraph" &&
    inCapitals(text) &&
    text.endsWith(",") &&
    text.length <= EN_TITLE_MAX &&
    next?.kind === "paragraph" &&
    next.line === (blocks[at]?.line ?? 0) + 1 &&
    inCapitals(next.text.trim())
  );
}

/**
 * Words that leave a title's phrase open at a line's end (a link, or an ordinal before what it
 * counts: `… to the Fifty-Seventh` · `Legislature`; a colon before its subtitle), or go on with it
 * at the next one's start.
 */
const TITLE_LINK_END = /(?:\b(?:and|of|for|to|in|on|at|by|from|with|the)|:)$/iu;
const TITLE_ORDINAL_END =
  /(?<![a-z])(?:[A-Z][a-z]+-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth|Hundredth)$|\b\d+(?:st|nd|rd|th)$/u;
const leavesTitleOpen = (text: string) => TITLE_LINK_END.test(text) || TITLE_ORDINAL_END.test(text);
const TITLE_LINK_START = /^(?:and|of|for|to|in|on|at|by|from|with)\b/iu;
/** The most lines an English title runs to. */
const TITLE_LINES_MAX = 6;

/**
 * The lines of an English title set on several: the next line goes on with it when a word joins
 * them (`MINISTER FOR FOREIGN AFFAIRS OF TONGA` · `AT THE GENERAL DEBATE`); a title in capitals
 * whose first line leaves its phrase open (`STATEMENT BY` · `HIS EXCELLENCY …` · `MINISTER …`) takes
 * every capitals line right under it.
 */
function titleLines(blocks: readonly Block[], at: number): number[] {
  const lines = [at];
  const textOf = (i: number) => blocks[i]?.text.trim() ?? "";
  const first = textOf(at);
  const wholeBlock = inCapitals(first) && (leavesTitleOpen(first) || first.endsWith(","));
  // `Statement by` ⏎ `H.E. Mr. …` ⏎ `Minister for …` ⏎ `at the General Debate …`: who says it, their
  // office and the occasion, each a line, all of the title down to the blank line.
  const namesWhoSays = !inCapitals(first) && /\sby$/u.test(first);
  const goesOn = (i: number) => {
    const next = blocks[i + 1];
    const text = textOf(i + 1);
    return (
      next?.kind === "paragraph" &&
      next.line === (blocks[i]?.line ?? 0) + 1 &&
      startsWithLatinLetter(text) &&
      // In a block in capitals a line may end on a comma the next goes on from (`PROFESSOR …,`).
      titleShaped(
        wholeBlock ? text.replace(/,$/u, "") : text,
        "en",
        namesWhoSays ? EN_LONG_TITLE_MAX : FIELD_CONTINUATION_MAX,
        /[.!?;:]$/u,
      ) &&
      matchMarker(text, 0, false) === null &&
      // A header's field (`TO: All staff`) is none of the title's words.
      headerField(text) === null &&
      !/^[A-Za-z]+\s*:/u.test(text) &&
      // Nor, under who says it, is the place and day, or the audience addressed (`Mr. President,`).
      !(namesWhoSays && (ENDS_WITH_WRITTEN_DATE.test(text) || SALUTATION.test(text)))
    );
  };
  for (let i = at; lines.length < TITLE_LINES_MAX && goesOn(i); i++) {
    const next = textOf(i + 1);
    // A line in capitals under one in small letters is another line's heading (`Harcourt v Pemberton
    // Lettings Limited` · `IN THE COUNTY COURT AT WESTBURY`), however it starts.
    const sameCase = inCapitals(next) === inCapitals(textOf(i));
    const linked = leavesTitleOpen(textOf(i)) || (TITLE_LINK_START.test(next) && sameCase);
    // Centred one under the other in capitals, the lines are one title (`REMARKS AT THE CEREMONIAL
    // SITTING TO MARK` · `THE RETIREMENT OF …`).
    const centred = blocks[i]?.centred === true && blocks[i + 1]?.centred === true && inCapitals(textOf(i));
    if (!linked && !((wholeBlock || centred) && inCapitals(next)) && !namesWhoSays) break;
    lines.push(i + 1);
  }
  return lines;
}

const EN_TITLE_MAX = 90;

/** Short, no sentence in it, no numbering of a section: the line may title the document. */
function readsAsTitle(block: Block, script: Script): boolean {
  const text = block.text;
  // A bilingual text's English title line over its Chinese one reads as English.
  const lineScript = script !== "en" && startsWithLatinLetter(text) && !hasHan(text) ? "en" : script;
  // A title may exclaim or ask (`撸起袖子加油干！`), which a heading line in the text may not.
  return (
    block.kind !== "item" &&
    !isCueLine(text) &&
    // English words take more characters: a report's title runs to seventy or eighty of them.
    titleShaped(text, lineScript, lineScript === "en" ? EN_TITLE_MAX : TITLE_MAX, /[。；;]/u) &&
    ordinalOnly(text) === null &&
    // `第一部分 回顾`, `1 范围`: a section's heading, not the document's title.
    !isSectionHeading(text) &&
    !/^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、])/u.test(text)
  );
}

/**
 * The line under a press release's stamps (`PRESS RELEASE` · `For immediate release – …`) is its
 * headline, which may run longer than a title and quote someone: a line of its own with no sentence
 * ended in it, or, over its writer's byline (`By Daniel Okafor`), a sentence or two (`I Stopped
 * Apologising for Taking the Bus. My City Should …`).
 */
function headline(block: Block, source: Source, under: Block | undefined): boolean {
  const text = block.text.trim();
  // The byline went to the text's fields, from the lines right under the headline.
  const bylined = source.meta.author !== undefined && (under?.line ?? 0) > block.line + 2;
  return (
    source.script === "en" &&
    block.kind === "paragraph" &&
    text.length <= EN_LONG_TITLE_MAX &&
    (!/[.!?](?:\s|$)/u.test(text) || bylined)
  );
}

/** How long the first line of an English page may run and still title it, with its dateline under it. */
const EN_LONG_TITLE_MAX = 200;
/** A dateline or a venue under the title: a short line, no sentence or field in it; a time may hold a stop (`10.00am`, `10:00`). */
const DATELINE = /^(?:[^.!?:;]|(?<=\d)[.:](?=\d)){4,60}$/u;

/**
 * `Pre-ministerial press conference by the Secretary General ahead of the meetings of Defence
 * Ministers` over `13 February 2024`: an official page's first line, longer than a title's but
 * with no sentence in it, and a short line under it, titles the page.
 */
function longTitleOverDateline(blocks: readonly Block[], at: number, script: Script): boolean {
  const under = blocks[at + 1]?.text.trim() ?? "";
  return (
    longLineTitles(blocks[at], script, EN_LONG_TITLE_MAX) &&
    (DATELINE.test(under) || THEME_LINE.test(under)) &&
    !isCueLine(under)
  );
}

/** How long an English title over the text's first paragraph may run (a translated plan's does). */
const EN_TITLE_OVER_PROSE_MAX = 120;
/** The fewest characters of that paragraph. */
const FIRST_PARAGRAPH_MIN = 80;

/**
 * `Implementation Plan of Eastbay Municipality for Promoting the Development of the Silver Economy
 * (2024-2027)` over the text's first paragraph: longer than a title's line, it says no sentence.
 */
function longTitleOverProse(blocks: readonly Block[], at: number, script: Script): boolean {
  const under = blocks[at + 1];
  return (
    longLineTitles(blocks[at], script, EN_TITLE_OVER_PROSE_MAX) &&
    under?.kind === "paragraph" &&
    under.text.trim().length >= FIRST_PARAGRAPH_MIN &&
    headerField(under.text.trim()) === null
  );
}

/** An English paragraph up to `max` characters that says no sentence: it may title the page. */
function longLineTitles(block: Block | undefined, script: Script, max: number): boolean {
  const text = block?.text.trim() ?? "";
  return (
    script === "en" &&
    block?.kind === "paragraph" &&
    text.length <= max &&
    // No sentence: a full stop only shortens a word (`Ms.`, `DR.`).
    !/[!?;:]|\.$/u.test(text) &&
    stopsOnlyShorten(text) &&
    // `[Check against delivery]`: a note on the copy, in brackets, titles nothing.
    !/^[[(（【]/u.test(text) &&
    !isCueLine(text)
  );
}

/**
 * A speech named by who gives it and where (`Remarks by Vice Minister … at the Opening Ceremony of …`,
 * `Remarks by the Honourable …, at the opening of the Port Ashdown …`).
 */
const SPEECH_AND_OCCASION =
  /^(?:(?:Opening|Closing|Keynote|Welcome|Welcoming)\s+)?(?:Remarks|Address|Speech|Statement|Message|Lecture)\s+(?:by|of)\s+(?:the\s+)?[A-Z][^.!?;:]*?\s(?:at|to|before|on the occasion of)\s+(?:the\s+)?(?:[a-z]+\s+(?:of|for)\s+(?:the\s+)?)?[A-Z\d][^!?;:]*$/u;

/** Whether the line names a speech, who gives it and its occasion, however long: a title. */
function namesSpeechAndOccasion(block: Block, script: Script): boolean {
  const text = block.text.trim();
  return (
    script === "en" &&
    block.kind === "paragraph" &&
    text.length <= EN_LONG_TITLE_MAX &&
    stopsOnlyShorten(text) &&
    SPEECH_AND_OCCASION.test(text)
  );
}

/** The theme of the occasion a speech is given at, under its title (`THEME: "BUDGET OF CONSOLIDATION …"`). */
const THEME_LINE = /^(?:theme|motto)\s*:\s*\S[^!?]{0,100}$/iu;

function isSectionHeading(text: string): boolean {
  const opening = matchMarker(text, 0, false);
  return opening !== null && (opening.strong || opening.family === "dec1");
}

/** A month and its year alone (`March 2024`), as a memo's header dates it. */
const MONTH_AND_YEAR = new RegExp(`^(?:${MONTH_NAMES})\\s+\\d{4}$`, "u");
/** How far a memo's title may be set in to centre it by eye. */
const SET_IN_MIN = 4;
/** A line of a memo's header block: two columns apart by a run of spaces (`Network Working Group   J. Smith`). */
const HEADER_LINE = /\S {3,}\S/u;

/**
 * A memo (RFC style) opens with a header block of two-column lines; its title is the centred line
 * after it. Returns that line's index, or null.
 */
function centredTitle(source: Source): number | null {
  const blocks = source.blocks;
  if (!HEADER_LINE.test(blocks[0]?.text ?? "")) return null;
  for (let i = 1; i < Math.min(blocks.length, 15); i++) {
    const block = blocks[i];
    if (!block) break;
    // A 公文's number may be centred under its title (`青政发〔2023〕18号`): it titles nothing.
    if (block.centred && DOCUMENT_NUMBER.test(block.text.trim())) return null;
    // A title set in by hand, apart from the header by a blank line, is centred by eye.
    const setIn =
      source.script === "en" &&
      (block.indent ?? 0) >= SET_IN_MIN &&
      block.line > (blocks[i - 1]?.line ?? 0) + 1;
    // The header's date in its right column (`March 2024`) is no title.
    if (MONTH_AND_YEAR.test(block.text.trim())) continue;
    if (block.centred || setIn) return isTitleLine(block.text, source.script) ? i : null;
    if (!HEADER_LINE.test(block.text) && block.text.length > TITLE_MAX) return null;
  }
  return null;
}

/** The word that heads a memo above its header fields (`MEMORANDUM`, `Internal Memo`); English only. */
const MEMO_WORD = /^(?:internal\s+|interoffice\s+|office\s+)?(?:memorandum|memo)$/iu;
/** Header fields that name what the memo or e-mail is about. */
const SUBJECT_FIELDS = new Set([
  "subject",
  "re",
  "regarding",
  "title",
  "report title",
  "paper title",
  "item title",
]);

const FIELD_CONTINUATION_MAX = 60;

/**
 * A short line that ends nothing, right under a field and over the next: the value of the field
 * before it goes on. Set apart by a blank line, it is a line of its own (the title between fields).
 */
function continuesField(
  before: Block | undefined,
  line: Block | undefined,
  next: Block | undefined,
): boolean {
  const text = line?.text.trim() ?? "";
  return (
    line?.line === (before?.line ?? 0) + 1 &&
    text.length <= FIELD_CONTINUATION_MAX &&
    !/[.!?;:。！？；：]$/u.test(text) &&
    headerField(next?.text ?? "") !== null
  );
}

/**
 * A memo's or an e-mail's header at the start (`MEMORANDUM`, `TO: …`, `FROM: …`, `RE: …`): its
 * subject is the title, and the header stays in the text's opening, where nothing of it is lost;
 * a subject that is only the document's number gives way to a title line under the header.
 * `undefined` when the text has no such header; no title when it has one without a subject (an
 * e-mail's `From:` is no title) and no memo word to fall back on.
 */
function headerTitle(blocks: readonly Block[]): FoundTitle | undefined {
  const start = headerStart(blocks);
  if (start < 0) return undefined;
  const memo = blocks.slice(0, start).some((b) => MEMO_WORD.test(b.text.trim()));
  let fields = 0;
  let subject: string | null = null;
  let recordOnly = true;
  let end = start;
  for (; end < blocks.length; end++) {
    const field = headerField(blocks[end]?.text ?? "");
    // A field's value may go on in a line of its own (a second name under `CC:`).
    if (!field && fields > 0 && continuesField(blocks[end - 1], blocks[end], blocks[end + 1])) continue;
    if (!field) {
      // A subject wrapped onto the next line, the header's last: its words go on there.
      if (subject !== null && fields > 0 && continuesSubject(blocks[end - 1], blocks[end])) {
        subject = `${subject} ${blocks[end]?.text.trim() ?? ""}`;
        end++;
      }
      break;
    }
    fields++;
    if (SUBJECT_FIELDS.has(field.name)) subject ??= field.value;
    if (!RECORD_FIELDS.has(field.name)) recordOnly = false;
  }
  if (fields < (memo ? 1 : 2)) return undefined;
  // The item the paper is for may stand between its fields and its title (`Agenda Item 7`).
  while (MEETING_LINE.test(blocks[end]?.text.trim() ?? "")) end++;
  // A report's cover names no subject: its title is the line under the fields, or the line right
  // over them, under the meeting and the item it is for (`Agenda Item 7` · title · `Report of: …`).
  if (subject === null) {
    if (memo) return undefined;
    if (titleUnderHeader(blocks, end)) return lineTitle(blocks, end);
    if (start > 0 && titleOverHeader(blocks, start)) return lineTitle(blocks, start - 1);
    if (recordOnly && titlesRecord(blocks[0])) return lineTitle(blocks, 0);
    // A line over the fields may name the report (a letterhead, the title, its term): read them as a head.
    const named = blocks.slice(0, start).some((b) => NAMES_REPORT.test(b.text) && readsAsTitle(b, "en"));
    return named ? undefined : NO_TITLE;
  }
  const below = REFERENCE_SUBJECT.test(subject) && titleUnderHeader(blocks, end);
  return below ? lineTitle(blocks, end) : { title: subject, titleBlocks: [] };
}

/** A line that names a report or a plan (`Headteacher's Report to the Full Governing Board`). */
const NAMES_REPORT = /\b(?:Report|Review|Plan|Strategy|Update|Proposal|Paper)\b/u;

/** Fields that say only when a record was made and how it may be passed on, not whom it is for. */
const RECORD_FIELDS = new Set(["date", "classification", "status"]);

/**
 * The first line over such fields names what they record (`Northwind Labs — Company All-Hands, Q3
 * FY2025` · `Date: …` · `Classification: Internal`), unless it is who keeps the record.
 */
function titlesRecord(first: Block | undefined): boolean {
  const text = first?.text.trim() ?? "";
  return (
    first !== undefined &&
    readsAsTitle(first, "en") &&
    !namesOrganisation(text) &&
    !LETTERHEAD.test(text) &&
    !isStamp(text) &&
    !MEMO_WORD.test(text)
  );
}

/** The title on the line at `at`, with the lines it goes on in (`… CHARGES AND` · `SUBSCRIPTION …`). */
function lineTitle(blocks: readonly Block[], at: number): FoundTitle {
  const lines = titleLines(blocks, at);
  return { title: lines.map((i) => blocks[i]?.text.trim() ?? "").join(" "), titleBlocks: lines };
}

/** A subject that names the document by its number (`Final Audit Report No. OIG-24-017`). */
const REFERENCE_SUBJECT = /\b(?:No\.|Number|Ref\.?)\s*[A-Z]*-?\d|\b[A-Z]{2,}-\d{2,}/u;
/** A title under a header holds a few words at least: one or two may head a section (`Background`). */
const TITLE_UNDER_HEADER_WORDS_MIN = 4;

/**
 * Whether the line right under a header whose subject is only a number is the document's own
 * title: it reads as one (`Audit of the Management of Emergency Rental Assistance Funds`) and words
 * follow it.
 */
function titleUnderHeader(blocks: readonly Block[], end: number): boolean {
  const text = blocks[end]?.text.trim() ?? "";
  return (
    blocks[end + 1] !== undefined &&
    text.split(/\s+/u).length >= TITLE_UNDER_HEADER_WORDS_MIN &&
    // A committee report's title may run long (`Homelessness and Temporary Accommodation: …`).
    titleShaped(text, "en", EN_LONG_TITLE_MAX, /[。；;！!？?]/u) &&
    !SALUTATION.test(text) &&
    matchMarker(text, 0, false) === null
  );
}

/** A report's title line right over its fields, under the item of the meeting that the report is for. */
function titleOverHeader(blocks: readonly Block[], start: number): boolean {
  const text = blocks[start - 1]?.text.trim() ?? "";
  return (
    MEETING_LINE.test(blocks[start - 2]?.text.trim() ?? "") &&
    titleShaped(text, "en", EN_LONG_TITLE_MAX, /[。；;！!？?]/u) &&
    matchMarker(text, 0, false) === null
  );
}

/**
 * How many short lines may stand above a header's fields (a letterhead and its address, the file's
 * number, `CONFIDENTIAL`, `STAFF REPORT`, `MEMORANDUM`).
 */
const ABOVE_HEADER_MAX = 7;
/** How long such a line may be (a board meeting's `Thursday 5 December 2024, 10.00 am, Education Centre, …`). */
const ABOVE_HEADER_LINE_MAX = 100;

/** Where the header's fields begin: after a few short lines that end no sentence; -1 when none. */
function headerStart(blocks: readonly Block[]): number {
  for (let i = 0; i <= ABOVE_HEADER_MAX && i < blocks.length; i++) {
    const text = blocks[i]?.text.trim() ?? "";
    if (headerField(text) !== null) return i;
    if (!startsWithLatinLetter(text) || text.length > ABOVE_HEADER_LINE_MAX || /[.!?;。！？；]$/u.test(text))
      return -1;
  }
  return -1;
}

/** Words that leave a phrase open: a subject ending on one goes on in the next line. */
const OPEN_PHRASE_END = /(?:\b(?:and|or|of|the|for|to|in|on|at|by|with|from|a|an)|,)$/u;

/** The subject's line stops mid-phrase and the next line goes on in words, not a rule or a heading. */
function continuesSubject(subjectLine: Block | undefined, next: Block | undefined): boolean {
  const text = next?.text.trim() ?? "";
  return (
    OPEN_PHRASE_END.test(subjectLine?.text.trim() ?? "") &&
    /^[A-Za-z]/u.test(text) &&
    text.length <= FIELD_CONTINUATION_MAX &&
    !/[.!?;:]$/u.test(text) &&
    matchMarker(text, 0, false) === null
  );
}

/** What heads a standard's cover: its classification codes (`ICS 03.080`, `CCS A 16`) and filing number (`备案号：…`). */
const COVER_CODE =
  /^(?:(?:ICS|CCS)[ \t\u3000]*[A-Z0-9][A-Z0-9. \t\u3000]*|备[ \t\u3000]*案[ \t\u3000]*号[：:]?.*)$/u;
/** The standard's code (`DB33`, `GB/T 19001—2016`), with a number or a slash in it. */
const STANDARD_CODE =
  /^(?=.*[\d/])[A-Z]{1,6}\d{0,2}(?:\/[A-Z]{1,6})?(?:[ \t\u3000]*[\d.]+(?:[ \t\u3000]*[—–-][ \t\u3000]*\d{4})?)?$/u;
/** The standard's kind (`中华人民共和国国家标准`, `浙江省地方标准`) or the one it replaces (`代替 GB/T …`). */
const STANDARD_KIND =
  /^(?:\p{Script=Han}{0,12}(?:国家|行业|地方|团体|企业|國家|行業|團體|企業)(?:标准|標準)|代替[ \t\u3000]*\S.*)$/u;

function isCoverLine(text: string): boolean {
  return COVER_CODE.test(text) || STANDARD_CODE.test(text) || STANDARD_KIND.test(text);
}
/** How many lines a standard's cover may hold before its title. */
const COVER_MAX = 8;

/**
 * A standard's cover (`ICS 13.220.01`, `CCS C 84`, `DB33`, `浙江省地方标准`, `DB33/T 1234—2024`):
 * codes, never the title. Returns the index of the line after them, or null when the text opens
 * otherwise.
 */
function afterCover(blocks: readonly Block[]): number | null {
  if (!COVER_CODE.test(blocks[0]?.text.trim() ?? "")) return null;
  let at = 1;
  while (at < Math.min(blocks.length - 1, COVER_MAX) && isCoverLine(blocks[at]?.text.trim() ?? "")) at++;
  return at;
}

/** The words of a newspaper's opinion pages' stamp (`OPINION`, `Editorial`). */
const OPINION_WORDS = "opinion|comment|analysis|editorial|op-ed";
/** A Chinese copy's stamp (`公示稿`, `（征求意见稿）`, `新聞公報\u3000Press Release`). */
const CHINESE_COPY_STAMP =
  /[（(]?(?:公示稿|征求意见稿|徵求意見稿|征求意见用|徵求意見用|送审稿|送審稿|讨论稿|討論稿|修改稿|初稿|草案|新闻公报|新聞公報|新闻稿|新聞稿)[）)]?(?:[ \t\u3000]+(?:press|media) release)?/u;
/**
 * What an English copy is (`TRANSCRIPT`, `Speech`, `POLICY BRIEF`, `WHITE PAPER`, a court's `SUMMARY OF
 * JUDGMENT`, `For immediate release – …`).
 */
const ENGLISH_COPY_STAMP =
  /(?:\p{L}+ )?transcript|(?:news |press |media )release(?:\s+[-–—]\s+[A-Z][^.!?]{1,40})?|(?:press|media) statement|(?:oral|written) statement to parliament|speech|news story|guidance|(?:(?:corporate|independent) )?report|(?:open |closed )?consultation(?: outcome)?|for immediate release(?:\s*[:–—-]\s*[^.!?]{1,40})?|(?:written |oral )?ministerial statement|(?:policy|research) (?:brief|briefing|paper|note)(?: no\.? ?[\d-]{1,10})?|(?:discussion|working|briefing|white|green) paper|summary of judge?ment|judge?ment summary|press summary/u;
/**
 * How a speech's copy stands to its delivery (`CHECK AGAINST DELIVERY`, `Embargoed until 10.30 am …`),
 * or a record's to its final print (`UNCORRECTED PROOF — NOT TO BE QUOTED`).
 */
const DELIVERY_STAMP =
  /check against delivery|as prepared for delivery|embargoed(?: until (?:[^.!?]|\.(?=\d)){1,40})?|(?:uncorrected|unrevised|unedited) (?:proof|transcript|copy|record)|not to be quoted|not for (?:quotation|citation|publication|distribution|circulation)|internal(?: use)?(?: only)?|(?:strictly )?(?:private and )?confidential/u;

/**
 * What a copy is printed as (`公示稿`, `（征求意见稿）`, `TRANSCRIPT`, `CHECK AGAINST DELIVERY`,
 * `For immediate release – Tuesday 22 July 2025`, a think tank's `REPORT | NOVEMBER 2024`, a
 * government page's `Oral statement to Parliament` or `Speech`, a think tank's `POLICY BRIEF`, a newspaper's
 * `OPINION | Work and careers`): a stamp over the title, never the title.
 */
const DRAFT_STAMP = new RegExp(
  `^(?:${CHINESE_COPY_STAMP.source}|(?:${ENGLISH_COPY_STAMP.source}|(?:${OPINION_WORDS})(?:\\s*[|｜·•]\\s*[^.!?|｜]{1,40})?|${DELIVERY_STAMP.source})[.:]?)$`,
  "iu",
);

/** A column's label and its name over the piece's title (`專欄｜城市散步`). */
const COLUMN_STAMP = /^(?:專欄|专栏)[ \t\u3000]*[|｜][ \t\u3000]*[^。，,.!?！？|｜]{1,16}$/u;
/** Who issues a press release, naming it, and perhaps its office after a bar (`港南市政府新聞稿｜交通局`, `文化部 新聞稿`). */
const ISSUER_RELEASE =
  /^\p{Script=Han}{2,16}[ \t\u3000]*(?:新闻稿|新聞稿)(?:[ \t\u3000]*[|｜][ \t\u3000]*\p{Script=Han}{2,12})?$/u;
/** A standard's reference over its title (`NSS 418:2025`, `BS EN 13432:2000`, `GB/T 19001-2016`). */
const STANDARD_REFERENCE = /^[A-Z]{2,5}(?:[ /][A-Z]{1,4}){0,2}\s+\d{1,6}(?:[-.]\d{1,4})*[:-](?:19|20)\d{2}$/u;
const isOneStamp = (text: string) =>
  DRAFT_STAMP.test(text) ||
  LABEL_CUT.test(text) ||
  COLUMN_STAMP.test(text) ||
  ISSUER_RELEASE.test(text) ||
  STANDARD_REFERENCE.test(text);
/** Where stamps set side by side on one line part (`TRANSCRIPT -- AS PREPARED FOR DELIVERY (check against delivery)`). */
const STAMP_PARTING = /\s+(?:--?|[—–|｜·•])\s+|\s*[(（]|[)）]\s*/u;
/** The month a copy is dated, beside its stamp (`Policy Brief No. 24-07 | June 2024`). */
const STAMP_DATE = new RegExp(`^(?:\\d{1,2}\\s+)?(?:${MONTH_NAMES})(?:\\s+\\d{1,2},)?\\s+\\d{4}$`, "iu");
const isStamp = (text: string) => {
  if (isOneStamp(text)) return true;
  const parts = text
    .split(STAMP_PARTING)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return (
    parts.length > 1 &&
    parts.some(isOneStamp) &&
    parts.every((part) => isOneStamp(part) || STAMP_DATE.test(part))
  );
};

/** The stamp of a newspaper's opinion pages, and the name of a desk (`Libraries`, `Work and careers`). */
const DESK_STAMP = new RegExp(`^(?:${OPINION_WORDS})$`, "iu");
const DESK = /^[A-Z][\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,2}$/u;
/** The stamp of a newspaper's opinion pages, with its desk after it or not (`OPINION · COMMENTARY`). */
const OPINION_PAGES = new RegExp(`^(?:${OPINION_WORDS})\\b`, "iu");

/**
 * The label of a text printed as another's attachment (`附件2`) and the stamps of its copy
 * (`公示稿`) above its title: the index of the line after them, or null when there are none.
 */
function afterLabelAndStamp(blocks: readonly Block[]): number | null {
  let at = isAttachmentLabel(blocks[0]?.text ?? "") ? 1 : 0;
  // A page's site, an organisation, prints its name above the stamp (`Centre for …` · `POLICY BRIEF`).
  // So does a newspaper's masthead above its opinion pages' stamp (`The Harbour Herald` · `OPINION · COMMENTARY`).
  const [name, stampLine] = [blocks[0]?.text.trim() ?? "", blocks[1]?.text.trim() ?? ""];
  const masthead = DESK.test(name) && OPINION_PAGES.test(stampLine);
  if (at === 0 && (namesOrganisation(name) || masthead) && isStamp(stampLine)) at = 1;
  while (at < blocks.length - 1 && isStamp(blocks[at]?.text.trim() ?? "")) at++;
  if (at === 0) return null;
  // A newspaper's desk under its `Opinion` stamp, on the next line (`Opinion` · `Libraries`).
  const [stamp, desk] = [blocks[at - 1], blocks[at]];
  if (
    DESK_STAMP.test(stamp?.text.trim() ?? "") &&
    desk?.line === (stamp?.line ?? 0) + 1 &&
    DESK.test(desk.text.trim()) &&
    at < blocks.length - 1
  )
    at++;
  // A release's letterhead under its stamp: who issues it, their office, whom the press may call.
  const stamps = at;
  while (
    at < Math.min(blocks.length - 1, stamps + LETTERHEAD_MAX) &&
    underStamp(blocks[at]?.text.trim() ?? "")
  ) {
    const text = blocks[at]?.text.trim() ?? "";
    at++;
    // `Media contact:` alone on its line: the lines under it down to a telephone or an e-mail
    // address are the contact's (a name and a role, the organisation).
    if (PRESS_CONTACT.test(text) && text.endsWith(":")) {
      const reach = blocks.slice(at, at + CONTACT_LINES_MAX).map((block) => block.text.trim());
      const last = reach.findLastIndex(
        (line) => line.length <= LETTERHEAD_LINE_MAX * 2 && REACHED_BY.test(line),
      );
      at += last + 1;
    }
  }
  return at;
}

/** A telephone number or an e-mail address. */
const REACHED_BY = /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|[\w.-]+@[\w-]+\.\w/u;
/** How many lines a press contact under its label may take. */
const CONTACT_LINES_MAX = 4;

/** Whom the press may call about a release (`Media contact: Sgt. Dana Whitfield | (555) 014-2290`). */
const PRESS_CONTACT = /^(?:media |press )?(?:contacts?|enquiries|inquiries)\s*:/iu;

/** A line of the letterhead under a release's stamp: the organisation, its office, its press contact, its date. */
function underStamp(text: string): boolean {
  return (
    (namesOrganisation(text) ||
      ORGANISATION_UNIT.test(text) ||
      PRESS_CONTACT.test(text) ||
      RELEASE_DATE.test(text) ||
      RELEASE_FIELD.test(text) ||
      // A Chinese release's fields (`發稿日期：…`, `新聞聯絡人：…`).
      HEAD_FIELD.test(text)) &&
    text.length <= LETTERHEAD_LINE_MAX * 2
  );
}

/** A release's page fields under its stamp: when it was published, which department issued it. */
const RELEASE_FIELD =
  /^(?:published|posted|released|issued|updated|last updated|department|ministry|issued by)\s*:\s*\S/iu;
/** `2024年11月21日（星期四）\u3000Thursday, 21 November 2024`: a Chinese release's date, maybe in English too. */
const RELEASE_DATE = new RegExp(
  `^${CHINESE_DATE}(?:\\s*[（(](?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)])?(?:[\\s\\u3000]+[^\\p{Script=Han}]{1,60})?$`,
  "u",
);

/** A government order (`青川省人民政府令`), with its number (`第305号`) on its line or the next. */
const ORDER = /^\p{Script=Han}{2,30}令(?:\s*第\s*[\d一二三四五六七八九十百零〇]{1,5}\s*[号號])?$/u;
/** The date an order is signed (`2025年3月20日`, `二〇二五年三月二十日`) ends a line of the cover. */
const ORDER_DATE =
  /[\d〇零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/u;
/** How many lines an order's cover may hold. */
const ORDER_COVER_MAX = 6;

/**
 * A government order's cover: the order and its number, the sentence that publishes what it
 * orders, who signs it and when. It titles nothing: the title is what it publishes, after the
 * date. Returns the index of the line after the date, or null when the text opens otherwise.
 */
function afterOrderCover(blocks: readonly Block[]): number | null {
  if (!ORDER.test(blocks[0]?.text.replace(/\s+/gu, "") ?? "")) return null;
  for (let at = 1; at < Math.min(blocks.length - 1, ORDER_COVER_MAX); at++)
    if (ORDER_DATE.test(blocks[at]?.text.trim() ?? "")) return at + 1;
  return null;
}

/** A region's or a government's name alone (`中華人民共和國澳門特別行政區`, `香港特别行政区政府`). */
const GOVERNMENT_LINE = /^\p{Script=Han}{0,12}(?:特別行政區|特别行政区)(?:政府)?$/u;
/** The number of an act over its name (`第 18/2025 號行政法規`, `第12号法律`). */
const ACT_NUMBER =
  /^第\s*[\d〇零一二三四五六七八九十百]{1,6}(?:\s*\/\s*\d{2,4})?\s*[號号]\s*(?:行政法規|行政法规|法律|法令|批示|規章|规章|命令|通告|公告)$/u;

/** A circular's number, after who issues it (`教育局通告第7/2024號`, `教育局通函第 12/2025 號`). */
const CIRCULAR_NUMBER = /^\p{Script=Han}{2,12}(?:通告|通函|公告)\s*第\s*\d{1,4}\s*\/\s*\d{2,4}\s*[號号]$/u;

/**
 * A government's name and the number of its act over the act's name (`澳門特別行政區` · `第 18/2025
 * 號行政法規` · `長者居家照顧服務資助計劃`), or the name alone over a report's title: they place the
 * title. Returns the index of the line after them, or null when the text opens otherwise.
 */
function afterGovernmentAndActNumber(blocks: readonly Block[]): number | null {
  let at = GOVERNMENT_LINE.test(blocks[0]?.text.trim() ?? "") ? 1 : 0;
  if (ACT_NUMBER.test(blocks[at]?.text.trim() ?? "")) at++;
  // A bureau's circular by its number, and its date perhaps (`教育局通告第7/2024號` · `2024年8月25日`).
  else if (at === 0 && CIRCULAR_NUMBER.test(blocks[0]?.text.trim() ?? ""))
    at = TITLE_DATE.test(blocks[1]?.text.trim() ?? "") ? 2 : 1;
  const title = blocks[at]?.text.trim() ?? "";
  // A note in square brackets under the number (`[注意：本通告應交…`) says whom it is for, not its name.
  const titled = isTitleLine(title, "zh-Hant") && !/^[[［【]/u.test(title);
  return at > 0 && at + 1 < blocks.length && titled ? at : null;
}

/**
 * A council's paper and its number (`沙田區議會文件` · `第 18/2024 號`), then the council and its
 * committee; or the council over the number (`黃大仙區議會` · `文件第 38/2024 號`).
 */
const PAPER_KIND = /^\p{Script=Han}{2,16}文件$/u;
const PAPER_NUMBER = /^(?:文件)?第\s*\d{1,4}\s*\/\s*\d{2,4}\s*[號号]$/u;
const COUNCIL_LINE = /^[\p{Script=Han}、]{2,24}(?:議會|议会|委員會|委员会)$/u;

/** The line under a council paper's head (its kind, number, council and committee), or null. */
function afterPaperNumber(blocks: readonly Block[]): number | null {
  // The council may stand over its paper's number (`黃大仙區議會` · `文件第 38/2024 號`).
  const head = blocks[0]?.text.trim() ?? "";
  let at = PAPER_KIND.test(head) || COUNCIL_LINE.test(head) ? 1 : 0;
  if (!PAPER_NUMBER.test(blocks[at]?.text.trim() ?? "")) return null;
  at++;
  while (at < 4 && COUNCIL_LINE.test(blocks[at]?.text.trim() ?? "")) at++;
  const title = blocks[at]?.text.trim() ?? "";
  return at + 1 < blocks.length && isTitleLine(title, "zh-Hant") ? at : null;
}

/** A legislature's name, in Chinese or English (`立法會` · `Legislative Council`). */
const LEGISLATURE_NAME_LINE =
  /^(?:\p{Script=Han}{0,8}(?:立法會|立法会|立法院|議會|议会)|Legislative (?:Council|Assembly|Yuan))$/u;
/** A legislature paper's number (`LC Paper No. CB(4)512/2025(03)`). */
const LEGISLATURE_PAPER_NUMBER = /^(?:LC\s+)?Paper\s+No\.?\s*\S{1,40}$/iu;
/** A note on the paper in brackets (`（此份會議文件只備網上版）`). */
const BRACKETED_NOTE = /^[（(][^（()）]{2,30}[）)]$/u;
/** The meeting the paper is for (`2025年5月26日會議`, `2025年5月26日的會議`). */
const MEETING_DATE_LINE = new RegExp(`^${CHINESE_DATE}(?:的)?(?:特別|特别)?(?:會議|会议)$`, "u");

/**
 * A legislature paper's head (`立法會` · `Legislative Council` · `LC Paper No. …` · `檔號：…` ·
 * `立法會環境事務委員會` · `2025年5月26日會議`): the title is the line under it, or null.
 */
function afterLegislaturePaperHead(blocks: readonly Block[]): number | null {
  if (!LEGISLATURE_NAME_LINE.test(blocks[0]?.text.trim() ?? "")) return null;
  const inHead = (text: string) =>
    LEGISLATURE_NAME_LINE.test(text) ||
    LEGISLATURE_PAPER_NUMBER.test(text) ||
    BRACKETED_NOTE.test(text) ||
    FILING_FIELD.test(text) ||
    COUNCIL_LINE.test(text) ||
    MEETING_DATE_LINE.test(text);
  let at = 1;
  while (at < DOCUMENT_HEADER_MAX + 2 && inHead(blocks[at]?.text.trim() ?? "")) at++;
  const title = blocks[at]?.text.trim() ?? "";
  const paperNumbered = blocks.slice(1, at).some((block) => LEGISLATURE_PAPER_NUMBER.test(block.text.trim()));
  return paperNumbered && at + 1 < blocks.length && isTitleLine(title, "zh-Hant") ? at : null;
}

/**
 * A report to a legislature's committee, headed by the session and the committee
 * (`立法院第11屆第2會期` · `社會福利及衛生環境委員會`): the index of the line under them, or null.
 */
function afterSessionAndCommittee(blocks: readonly Block[]): number | null {
  if (!SESSION_LINE.test(blocks[0]?.text.trim() ?? "")) return null;
  let at = 1;
  while (COUNCIL_LINE.test(blocks[at]?.text.trim() ?? "")) at++;
  return at > 1 && at + 1 < blocks.length ? at : null;
}

/**
 * When a social-media post was sent, on the line under its account's name (`2024-01-18 10:21`,
 * `24-1-16 18:02 来自 微博网页版 已编辑`, `昨天 09:15`).
 */
const POST_STAMP =
  /^(?:\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日|今天|昨天)[ \t\u3000]*\d{1,2}:\d{2}(?:[ \t\u3000].{0,30})?$/u;
/**
 * The account's description, the topics it files the post under, or where it was posted from
 * (`· 凤鸣镇人民政府官方账号`, `#汉津两会# #…#`, `发表于湖南`).
 */
const POST_FURNITURE =
  /^(?:[·•][ \t\u3000]*\S.{0,30}|(?:#[^#\s]{1,30}#[ \t\u3000]*)+|(?:发表于|發表於)\p{Script=Han}{2,8})$/u;
/** The most characters of an account's name. */
const ACCOUNT_NAME_MAX = 20;

/**
 * A post's head: its account's name over when it was sent, then perhaps the account's description
 * and its topics. The line after them is the post's headline: its index, or null.
 */
function afterPostHeader(blocks: readonly Block[]): number | null {
  const account = blocks[0]?.text.trim() ?? "";
  if (account.length > ACCOUNT_NAME_MAX || /[。，！？：:]/u.test(account)) return null;
  if (!POST_STAMP.test(blocks[1]?.text.trim() ?? "")) return null;
  let at = 2;
  while (POST_FURNITURE.test(blocks[at]?.text.trim() ?? "")) at++;
  return at < blocks.length - 1 ? at : null;
}

/** How far down a rule under a page's headline may stand. */
const RULED_HEADLINE_REACH = 6;
/** The most characters of a menu's or a trail's entry over a ruled headline. */
const MENU_ENTRY_MAX = 12;

/**
 * A page's headline over the rule it draws under it (`立法會十二題：…` · `＊＊＊＊＊＊`), under the
 * short entries of its menu and trail (`主頁` · `新聞公報`): the headline's index, or null.
 */
function overDrawnRule(blocks: readonly Block[], script: Script): number | null {
  const rule = blocks.slice(0, RULED_HEADLINE_REACH).findIndex((b) => DRAWN_RULE.test(b.text.trim()));
  const headline = blocks[rule - 1];
  if (rule < 2 || !headline || !readsAsTitle(headline, script)) return null;
  const menu = blocks.slice(0, rule - 1).map((b) => b.text.trim());
  return menu.every((entry) => entry.length <= MENU_ENTRY_MAX && !/[。，！？：:]/u.test(entry))
    ? rule - 1
    : null;
}

/** A website's name over the page's text (`澳門特別行政區政府入口網站`, `某某市人民政府门户网站`). */
const SITE_NAME =
  /^[^\s。，,.!?！？：:]{2,30}(?:网站|網站|官网|官網|資訊網|资讯网)$|^[^.!?:]{2,60}\b(?:Portal|Website)$/u;

/** The line under a website's name that reads as a title: the index of that line, or null. */
function afterSiteName(blocks: readonly Block[], script: Script): number | null {
  const title = blocks[1];
  return SITE_NAME.test(blocks[0]?.text.trim() ?? "") &&
    title &&
    blocks.length > 2 &&
    readsAsTitle(title, script)
    ? 1
    : null;
}

/**
 * A 公文's issuer mark (`××市人民政府办公室文件`, `中共某某县委文件`): the issuer's name and 文件, its
 * characters perhaps spread apart as a red header sets them (`青 岚 市 人 民 政 府 文 件`), a scan's mark
 * before it perhaps (`■`).
 */
const ISSUER_MARK = /^(?:[■□◆◇●][ \t\u3000]*)?[\p{Script=Han}×＊*○〇Ｘ \t\u3000]{2,40}文[ \t\u3000]*件$/u;
/** A legislature's paper mark (`立法院第11屆第1會期第12次會議議案關係文書`). */
const LEGISLATURE_PAPER_MARK = /^[\p{Script=Han}\d]{2,40}議案關係文書$/u;
/**
 * Its document number (`×政办发〔2024〕18号`, `某府发[2023]5号`, in full-width digits too), its signer
 * (`签发人：王某`), on a line of its own or on the number's, set apart by spaces.
 */
const DOCUMENT_NUMBER =
  /^\S{1,16}[〔［[（(]\s*[\d０-９]{4}\s*[〕］\]）)]\s*[\d０-９]{1,5}\s*[号號](?:[\s\u3000]+[签簽][发發]人[：:][\s\u3000]*\S{1,10})?$/u;
/** A legislature paper's docket numbers (`院總第887號\u3000委員提案第10563號之答復`). */
const DOCKET_NUMBER =
  /^(?:\p{Script=Han}{1,6}第\s*\d{1,6}\s*[號号](?:之\p{Script=Han}{1,4})?[\s\u3000]*){1,3}$/u;
const SIGNER = /^[签簽][发發]人[：:]/u;
/** An issuer's name over its document number, as a reply letter heads itself (`临江市生态环境局`). */
const ISSUER_NAME = new RegExp(`^\\p{Script=Han}{2,30}(?:${OFFICE_SUFFIX}|办|辦)$`, "u");
/** What may stand above the issuer mark: a copy number (`000123`), a secrecy or urgency mark. */
const COPY_OR_CLASS = /^(?:\d{1,8}|(?:绝密|機密|机密|秘密|絕密|特急|加急|特提|平急)[★☆\s\d年个個月]*)$/u;
/** A normative document's registration number over its header (`QHFG—2024—003`). */
const REGISTRATION_NUMBER = /^[A-Z]{2,10}[-—–－]\d{4}[-—–－]\d{1,4}$/u;
/** A note that the copy is a scan (`（本件为扫描件，以纸质文件为准）`, `本文件由扫描件识别生成` · `仅供参考`). */
const SCAN_NOTE = /^(?:[（(]?[^（）()]{0,12}(?:扫描件|掃描件)[^（）()]{0,16}[）)]?|仅供参考|僅供參考)$/u;
/**
 * How a 公文 is to be published or handled, on its own line (`公开方式：主动公开`, `紧急程度：特急`, a
 * reply's `类别：A（已解决或采纳）`).
 */
const HANDLING_FIELD =
  /^(?:公开方式|公開方式|公开属性|公開屬性|信息公开选项|密级|密級|紧急程度|緊急程度|保密期限|类别|類別)[：:][\s\u3000]*\S{1,12}$/u;
/** A Taiwanese 公文's filing fields over its title, often left blank (`檔  號：`, `保存年限：`). */
const FILING_FIELD = /^(?:檔[\s\u3000]*號|档[\s\u3000]*号|保存年限)[：:][\s\u3000]*\S{0,20}$/u;
/** The title a Taiwanese 公文 gives itself: its issuer and its kind (`臺北市政府教育局 函`). */
const ISSUER_AND_KIND = /^\p{Script=Han}{2,30}[\s\u3000]*(?:函|書函|书函|令|公告|開會通知單|开会通知单)$/u;
/** How many lines a 公文's header may hold. */
const DOCUMENT_HEADER_MAX = 6;

/** A 公文's own title: `关于…的通知`, `关于研究…的会议纪要`. */
const SUBJECT_TITLE =
  /^(?:关于|關於)\S.{0,80}(?:通知|通報|通报|意见|意見|决定|決定|报告|報告|请示|請示|批复|批覆|函|纪要|紀要|方案|办法|辦法|规定|規定|细则|細則|公告|通告|议案|議案|提案|建议|建議|答复|答覆|讲话|講話|通函)$/u;
/** How far below the head of a text its `关于…` title may stand. */
const SUBJECT_TITLE_REACH = 8;
/** A short field of a letter's head (`編號：028/DEJ/2025`, `致：各校校長`), which the title may stand under. */
const HEAD_FIELD = /^[\p{Script=Han}\s\u3000]{1,6}[：:]/u;

/** What marks a paper attached to another (`ATTACHMENT B TO THE MINUTES`, `Appendix 2`, `Annex A`). */
const ATTACHMENT_MARK =
  /^(?:ATTACHMENT|Attachment|APPENDIX|Appendix|ANNEX|Annex|ENCLOSURE|Enclosure)\s+[A-Z\d]{1,3}(?:\s+(?:TO|to)\s+[^.!?]{2,40})?$/u;

/** The title under the mark of an attached paper, which heads the paper without titling it: its index, or null. */
function underAttachmentMark(blocks: readonly Block[], start: number): number | null {
  return ATTACHMENT_MARK.test(blocks[start]?.text.trim() ?? "") && start + 1 < blocks.length - 1
    ? start + 1
    : null;
}

/**
 * A `关于…的通知` title a few lines below where the text's head ends, under the lines that head a
 * 公文 without titling it (the issuer's name, the kind of document, its number, the date): its
 * index, or null. The lines above it stay in the opening.
 */
function subjectTitleBelow(blocks: readonly Block[], start: number): number | null {
  for (let at = start; at < Math.min(blocks.length - 1, start + SUBJECT_TITLE_REACH); at++) {
    const text = blocks[at]?.text.trim() ?? "";
    if (SUBJECT_TITLE.test(text)) return at === start ? null : at;
    if (HEAD_FIELD.test(text) && text.length <= 40) continue;
    if (text.length > 40 || /[。！？；!?;：:]/u.test(text) || blocks[at]?.kind === "item") return null;
  }
  return null;
}

/**
 * A form's field that states what the form is about (`案由：关于…的提案`), or a metadata table's
 * (`标\u3000\u3000题：…`, `名\u3000\u3000称：…`).
 */
const SUBJECT_FIELD =
  /^(?:案[ \u3000]*(?:由|題|题)|[题題][ \u3000]*目|[标標][ \u3000]*[题題]|名[ \u3000]*[称稱])[：:][\s\u3000]*(\S.*)$/u;
/** A sermon's title field (`講題：…`, `讲道题目：…`). */
const SERMON_TITLE_FIELD =
  /^(?:講題|讲题|講道題目|讲道题目|證道題目|证道题目)[\s\u3000]*[：:][\s\u3000]*(\S.{0,40})$/u;
/** A sermon's topic, named plainly (`題目：曠野中的嗎哪`). */
const TOPIC_FIELD = /^(?:題目|题目)[\s\u3000]*[：:][\s\u3000]*(\S.{0,40})$/u;
/** How far down a form its subject field may stand, under the form's name and its other fields. */
const SUBJECT_FIELD_REACH = 12;
/** How far under a metadata table's title field the page may print the title again. */
const TITLE_AGAIN_REACH = 3;

/**
 * A form's subject field near its top whose value is a `关于…的提案` title, with no such title line
 * above it: a proposal printed as a form (the session, `提案`, its number, who proposes it) titled
 * only there. The field's line is the title's. A metadata table's title field whose value the page
 * prints again right under it titles the text whatever it says (`标题：在…上的讲话`).
 */
function subjectField(blocks: readonly Block[]): FoundTitle | undefined {
  // A plain `題目：` titles a sermon whose head names its scripture or its preacher too.
  const preached = () =>
    blocks.slice(0, SUBJECT_FIELD_REACH).some((block) => SERMON_FIELD.test(block.text.trim()));
  for (let at = 0; at < Math.min(blocks.length - 1, SUBJECT_FIELD_REACH); at++) {
    const text = blocks[at]?.text.trim() ?? "";
    // A sermon's head names its title among its fields (`經文：…` · `講題：在曠野中學習倚靠`).
    const sermon = (SERMON_TITLE_FIELD.exec(text) ??
      (preached() ? TOPIC_FIELD.exec(text) : null))?.[1]?.trim();
    if (sermon) return { title: sermon, titleBlocks: [at] };
    const value = SUBJECT_FIELD.exec(text)?.[1]?.trim();
    if (value !== undefined) {
      // The page prints the title again under its table: that line is the title's too.
      const again = blocks.findIndex(
        (block, i) => i > at && i <= at + TITLE_AGAIN_REACH && block.text.trim() === value,
      );
      if (again >= 0) return { title: value, titleBlocks: [at, again] };
      // The issuer's name may open the value (`住房城乡建设部办公厅关于…的通知`).
      return SUBJECT_TITLE.test(value.slice(Math.max(0, value.search(/关于|關於/u))))
        ? { title: value, titleBlocks: [at] }
        : undefined;
    }
    if (SUBJECT_TITLE.test(text) || /[。！？!?]$/u.test(text)) return undefined;
  }
  return undefined;
}

/**
 * A 公文's header (版头): copy number, secrecy and urgency marks, how it is published, the issuer
 * mark, the document number and the signer, above the document's own title (`…关于…的通知`).
 * Returns the index of the line after it, or null when the text opens otherwise. Its lines stay in
 * the opening.
 */
function afterDocumentHeader(blocks: readonly Block[]): number | null {
  let at = 0;
  let seen = false;
  let filed = false;
  while (at < Math.min(blocks.length - 1, DOCUMENT_HEADER_MAX)) {
    const text = blocks[at]?.text.trim() ?? "";
    const issuerAboveNumber =
      ISSUER_NAME.test(text) && DOCUMENT_NUMBER.test(blocks[at + 1]?.text.trim() ?? "");
    if (
      ISSUER_MARK.test(text) ||
      LEGISLATURE_PAPER_MARK.test(text) ||
      DOCUMENT_NUMBER.test(text) ||
      DOCKET_NUMBER.test(text) ||
      issuerAboveNumber
    )
      seen = true;
    else if (FILING_FIELD.test(text)) filed = true;
    else if (!(
      COPY_OR_CLASS.test(text) ||
      HANDLING_FIELD.test(text) ||
      REGISTRATION_NUMBER.test(text) ||
      SCAN_NOTE.test(text) ||
      (seen && SIGNER.test(text))
    ))
      break;
    at++;
  }
  // Filing fields head a letter only over its issuer and kind (`…教育局 函`), its title.
  return seen || (filed && ISSUER_AND_KIND.test(blocks[at]?.text.trim() ?? "")) ? at : null;
}

/** A board named after its members (`Board of Commissioners`), in title case. */
const GOVERNING_BOARD =
  "(?:Board|Court) of (?:Commissioners|Supervisors|Trustees|Directors|Governors|Regents|Aldermen|Selectmen)";
/** A ministry's or an office's word, wherever it stands in a line in capitals. */
const MINISTRY_IN_CAPITALS = /\b(?:TREASURY|MINISTRY|DEPARTMENT|OFFICE|BUREAU|SECRETARIAT|CABINET)\b/u;
/** The words that make a line in capitals a title rather than a letterhead. */
const LETTERHEAD_TITLE_WORD =
  /\b(?:ADDRESS|REMARKS|SPEECH|STATEMENT|REPORT|PLAN|BUDGET|NOTICE|POLICY|STRATEGY|REVIEW|UPDATE|MINUTES|AGENDA|PROPOSAL|MEMORANDUM|MEMO)\b/u;
/**
 * A letterhead line: an organisation's name in capitals (`CITY OF NORTHFIELD`, `HARBOUR VALLEY
 * COLLEGE`, a body named for its cause: `INTERNATIONAL ORGANIZATION FOR COASTAL FISHERIES`). A title in capitals names a speech or a report instead (`STATE OF THE CITY`).
 */
const LETTERHEAD = new RegExp(
  `^(?![^a-z]*${LETTERHEAD_TITLE_WORD.source})(?:(?:[A-Z]+\\s+){0,2}(?:CITY|COUNTY|TOWN|VILLAGE|BOROUGH|STATE|COMMONWEALTH|PROVINCE|DISTRICT|DEPARTMENT|MINISTRY|OFFICE|UNIVERSITY|BOARD|GOVERNMENT|PARLIAMENT|REPUBLIC|KINGDOM|COURT|EMBASSY|CONSULATE|UNION|ASSOCIATION|FEDERATION|CONGRESS|SOCIETY|INSTITUTE|CHAMBER|DIOCESE|ARCHDIOCESE|ALLIANCE|COALITION|LEAGUE|ORGANI[SZ]ATION|COUNCIL|COMMISSION|GROUP)\\s+OF\\s+(?!THE\\b)[^a-z]+|(?:[A-Z]+\\s+){0,2}(?:DEPARTMENT|MINISTRY|OFFICE|ORGANI[SZ]ATION|COUNCIL|COMMISSION|INSTITUTE|ALLIANCE|CENTRE|CENTER)\\s+FOR\\s+[^a-z]+|[^a-z]*\\b(?:COUNCIL|COLLEGE|UNIVERSITY|AUTHORITY|COMMISSION|AGENCY|DEPARTMENT|MINISTRY|BOARD|DISTRICT|TRUST|FOUNDATION|ASSOCIATION|CORPORATION|COMPANY|INC\\.?|LTD\\.?|LLC|PLC|HOSPITAL|SCHOOLS?|INSTITUTE|SOCIETY|FEDERATION|POLICE|SERVICES?|UNION|CONGRESS|DIVISION|GOVERNMENT|GROUP|HOLDINGS|NETWORK|ALLIANCE|COALITION|PARTNERSHIP|INTERNATIONAL|LIMITED|GMBH|AG|BANK|CLUB|CHURCH|CATHEDRAL|PARISH|LIBRARY|LIBRARIES|(?:MEDICAL|HEALTH|COMMUNITY|CANCER|RESEARCH)\\s+(?:CENTER|CENTRE)|${GOVERNING_BOARD.toUpperCase()}))$`,
  "u",
);
/** A body named for whom it gathers (`Chamber of Commerce`, `Institute of Chartered Accountants`). */
const BODY_OF =
  "(?:Chamber|Institute|Society|Federation|Association|Confederation|College|Council|Union)\\s+of\\s+(?:[A-Z][\\p{L}'’-]*)(?:\\s+(?:and|&)?\\s*[A-Z][\\p{L}'’-]*){0,2}";
/**
 * An organisation's name in title case (`Riverside County Council`, `Harbour Valley College`,
 * `Greater Lindenport Chamber of Commerce`), perhaps with its address after it (`St. Brigid's
 * Community School, Ballinteer Road, Co. Kildare`).
 */
const ORGANISATION_NAME = new RegExp(
  `^[A-Z][\\p{L}'’&.-]*\\s+(?:(?:[A-Z][\\p{L}'’&.-]*|and|&)\\s+){0,5}(?:Council|College|University|Authority|Commission|Agency|Department|Ministry|Board|Trust|Foundation|Association|Corporation|Company|Group|Holdings|Limited|GmbH|Inc\\.?|(?:Co\\.,?\\s+)?Ltd\\.?|LLC|PLC|plc|Hospital|Schools?|Institute|Society|Federation|Police|Union|Division|Network|Alliance|Coalition|Partnership|Service|${GOVERNING_BOARD}|${BODY_OF})(?:,\\s+(?:[A-Z\\d][\\p{L}\\d'’.-]*\\s*){1,4}){0,4}$`,
  "u",
);
/** A house of a legislature (`House of Commons`, `Senate of Canada`, `Legislative Assembly`). */
const LEGISLATURE =
  /^(?:(?:The\s+)?House of (?:Commons|Lords|Representatives|Delegates|Keys|Assembly)|(?:The\s+)?(?:(?:[A-Z][\p{L}'’.-]+\s+)?(?:[A-Z]{2,4}|United States|European|Scottish|Welsh|National|Legislative|General|Federal|State|Provincial|Territorial)\s+)?(?:Senate|Parliament|Assembly|Congress|Legislature)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s*){1,4})?)$/u;
/**
 * A unit of the organisation under its name (`Office of the City Manager`, `Department for
 * Transport`), or a ministry whose name lists its fields (`Ministry of Housing, Communities and …`).
 */
const ORGANISATION_UNIT =
  /^(?:Office|Department|Division|Bureau|Directorate|Ministry|Agency|Board|Council|Committee|Faculty|School|Institute|Centre|Center|(?:Permanent )?Mission|Embassy|Delegation|OFFICE|DEPARTMENT|DIVISION|BUREAU|DIRECTORATE|(?:PERMANENT )?MISSION)\s+(?:of|for|to|OF|FOR|TO)\s+[^.,;:!?]+(?:,\s+[A-Z][^.,;:!?]*)*$/u;
/** A committee of the body under its name (`Legislative Council Economy and Infrastructure Committee`). */
const COMMITTEE =
  /^[A-Z][\p{L}'’&.-]*(?:\s+(?:[A-Z][\p{L}'’&.-]*|and|of|for|on)){0,9}\s+(?:Committee|Subcommittee)(?:\s+on\s+(?:the\s+)?[A-Z][\p{L}'’&.-]*(?:\s+(?:[A-Z][\p{L}'’&.-]*|and|of|the)){0,6})?$/u;
/** A legislature's term and its session (`Thirteenth Parliament – Third Session`, its year after it: `… Fourth Session (2025)`). */
const LEGISLATURE_SESSION =
  /^(?:The\s+)?[A-Z][\p{L}'’-]*\s+(?:Parliament|Assembly|Legislature|Congress|Council)(?:\s*[-–—,]\s*|\s+)(?:[A-Z][\p{L}'’-]*\s+)?Session(?:\s+\((?:19|20)\d{2}\))?$/u;
/** An office's building on its road, its post box, its e-mail or telephone, under a letterhead. */
const POSTAL_LINE =
  /^(?:[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3}\s+(?:House|Building|Buildings|Centre|Center|Tower|Towers|Hall),\s+[A-Z][^.!?;]{2,60}|P\.?\s?O\.?\s+Box\s+\d[^.!?;]{0,60}|(?:E-?mail|Tel|Telephone|Fax|Website)\s*:\s*\S{3,60})$/iu;
/** A legislature's record and its volume (`Official Report (Hansard)`, `Volume 418, Columns 207–212`). */
const RECORD_LINE =
  /^(?:(?:Official Report(?: of (?:the )?(?:Debates|Proceedings))?|Hansard|Parliamentary Debates|Votes and Proceedings)(?:\s*\([^()]{1,30}\))?|Vol(?:ume|\.)?\s+\d{1,4}(?:,\s*(?:No\.?|Number|Columns?|Cols?\.?)\s*[\d–-]{1,12})*)$/iu;
/** A street address under a letterhead (`1 Harbor Plaza, Port Alder, Washington`). */
const STREET_ADDRESS =
  /^\d{1,5}\s+(?:[A-Z][\p{L}'’.-]*\s+){1,4}(?:Plaza|Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Square|Drive|Dr\.?|Lane|Way|Place|Court|Parkway|Highway),\s+[^.!?]{2,60}$/u;
/**
 * A board paper's cover under the letterhead: the meeting and the item (`Meeting of 23 April 2025`,
 * `Ordinary Council Meeting – Tuesday 22 April 2025`, `Agenda item 7`, `Item 9.1`).
 */
const MEETING_LINE =
  /^(?:(?:(?:Board|Council|Committee|Cabinet|Ordinary|Special|Extraordinary|Regular|Annual|General|Public|Full)\s+){0,3}Meeting(?:\s+(?:of|held on|on)\s+|\s*[-–—,]\s*)\S|(?:Agenda\s+)?item\s+\d{1,3}(?:\.\d{1,3}){0,2}(?![.\d]))[^.!?;:]{0,40}$/iu;
/** A report's number in its series, on a line of its own (`Report No. IA-2024-07`, `Paper Number 12/2025`, `Performance Audit Report No. 7 of 2024`). */
const REPORT_NUMBER =
  /^(?:[A-Z][a-z]+\s+){0,2}(?:Report|Paper|Audit|Briefing)\s+(?:No\.?|Number|#)\s*[A-Z\d][\w./-]{0,20}(?:\s+of\s+(?:19|20)\d{2})?$/iu;
/** How many lines a letterhead may hold (a ministry's: name, office, address, post box, e-mail, stamps). */
const LETTERHEAD_MAX = 8;

/**
 * A letterhead (`CITY OF NORTHFIELD`, `Riverside County Council`, `Department of Energy`, then
 * perhaps `Office of the City Manager`) above a line that reads as a title (`FY2025 Internal Audit
 * Report`): that line is the title, the letterhead stays in the opening. Returns its index, or null
 * when the text opens otherwise (the first line stays the title).
 */
function afterLetterhead(source: Source): number | null {
  const blocks = source.blocks;
  // A letterhead in two columns names the organisation in its left one (`… NHS Foundation Trust
  // Board of Directors (Public)`).
  // Its Chinese name in brackets after it (`BRITAIN–CHINA TRADE ASSOCIATION (英中贸易协会)`) names it again.
  const english = source.script === "en" ? englishNameLine(blocks[0]?.text.trim() ?? "") : 0;
  const head = (columnsOf(blocks[english]?.text ?? "")[0] ?? "").replace(BRACKETED_HAN_NAME, "");
  // A name in two languages may name the organisation in English after the bar
  // (`Ollscoil na Sionainne | Shannon University`).
  const first =
    [organisationName(head), afterTranslation(head)].find(namesLetterhead) ?? organisationName(head);
  const organisation = namesLetterhead(first);
  // The name is as long as an English title may be (an embassy's names two countries); the address after it may be longer.
  const name = first.split(",")[0] ?? "";
  if (name.length > EN_TITLE_MAX || !/[A-Z]/u.test(first) || !organisation) return null;
  let at = english + 1;
  // Under the name: its office, its committee, its address, a second organisation's name (a
  // joint statement's), or the meeting a paper is for.
  const underLetterhead = (text: string) =>
    ORGANISATION_UNIT.test(text) ||
    LEGISLATURE.test(text) ||
    COMMITTEE.test(text) ||
    LEGISLATURE_SESSION.test(text) ||
    // The province under the republic (`Republic of the Philippines` · `Province of Negros Occidental`).
    LOCAL_GOVERNMENT.test(text) ||
    // The occasion a union's or a party's speech was given at (`12th Biennial National Convention — …, 2024`).
    isEventLine(text) ||
    // A house, its session and its committee in capitals (`THE NATIONAL ASSEMBLY`, `DEPARTMENTAL COMMITTEE ON HEALTH`).
    (!/\p{Ll}/u.test(text) &&
      [LEGISLATURE, COMMITTEE, LEGISLATURE_SESSION].some((name) => name.test(capitalised(text)))) ||
    STREET_ADDRESS.test(text) ||
    // The office's building and post (`Kilimo House, Cathedral Road`, `P.O. Box 30028-00100, NAIROBI`, `Email: …`).
    POSTAL_LINE.test(text) ||
    // A record's name and its volume (`Official Report (Hansard)`, `Volume 418, Columns 207–212`).
    RECORD_LINE.test(text) ||
    // A copy's stamps (`PRESS STATEMENT`, `FOR IMMEDIATE RELEASE`).
    isStamp(text) ||
    LETTERHEAD.test(text) ||
    // A ministry named for its work in capitals (`THE NATIONAL TREASURY AND ECONOMIC PLANNING`).
    (inCapitals(text) && MINISTRY_IN_CAPITALS.test(text) && !LETTERHEAD_TITLE_WORD.test(text)) ||
    MEETING_LINE.test(text) ||
    // The report's number on the series it is filed in (`Report No. IA-2024-07`).
    REPORT_NUMBER.test(text) ||
    AFFILIATION.test(text) ||
    INCORPORATION.test(text) ||
    DATE_LINE.test(text) ||
    REPORT_STATE.test(text);
  // A line in columns is under it when each column is (`Meeting date: …      Agenda item: 7.1`).
  const columnsUnder = (text: string) => {
    const columns = columnsOf(text);
    return columns.length > 1
      ? columns.every((column) => underLetterhead(column) || headerField(column) !== null)
      : underLetterhead(text);
  };
  while (at < LETTERHEAD_MAX && columnsUnder(beforeTranslation(blocks[at]?.text ?? ""))) at++;
  const line = blocks[at];
  if (!line || line.kind !== "paragraph" || at + 1 >= blocks.length) return null;
  const text = line.text.trim();
  // A bilingual letterhead's text is read in the script of the line itself.
  const script = hasHan(text) ? source.script : "en";
  const titleLike =
    ((readsAsTitle(line, script) && isTitleLine(text, script)) ||
      longTitleOverDateline(blocks, at, script) ||
      headlineUnderStamp(blocks, at)) &&
    !SALUTATION.test(text) &&
    !ORGANISATION_UNIT.test(text) &&
    !LETTERHEAD.test(text) &&
    headerField(text) === null;
  return titleLike ? at : null;
}

/** Under a copy's stamp (`FOR IMMEDIATE RELEASE`), a statement's title may be long, as a headline is, but says no sentence. */
function headlineUnderStamp(blocks: readonly Block[], at: number): boolean {
  const text = blocks[at]?.text.trim() ?? "";
  return isStamp(blocks[at - 1]?.text.trim() ?? "") && text.length <= LONE_TITLE_MAX && !/[.!?]$/u.test(text);
}

/**
 * Which of a letterhead's lines gives its English name: the second under a Chinese name
 * (`海濱控股有限公司` · `HARBOURFRONT HOLDINGS LIMITED`), else the first.
 */
function englishNameLine(first: string): number {
  return ISSUER_LINE.test(first) ? 1 : 0;
}

/** Whether a letterhead's first line names an organisation, a government or a legislature's sitting. */
function namesLetterhead(first: string): boolean {
  // `What Libraries Taught Me About Trust` ends on a body's word, but asks as a headline does.
  if (HEADLINE_WORD.test(first)) return false;
  return (
    // A house in capitals (`HOUSE OF ASSEMBLY`).
    (!/\p{Ll}/u.test(first) && LEGISLATURE.test(capitalised(first))) ||
    LETTERHEAD.test(first) ||
    ORGANISATION_NAME.test(first) ||
    GOVERNMENT_OFFICE.test(first) ||
    LOCAL_GOVERNMENT.test(first) ||
    ORGANISATION_UNIT.test(first) ||
    LEGISLATURE.test(first) ||
    // A body's name in capitals (`WESTMARCH POLICE AND CRIME PANEL`).
    (!/\p{Ll}/u.test(first) && NAMED_BODY.test(capitalised(first))) ||
    // An official report's sitting (`Meeting of the Parliament`), its day and state under it.
    MEETING_LINE.test(first)
  );
}

/** The body an organisation belongs to, under its name (`Affiliated to the Congress of South African Trade Unions`). */
/** Where a listed company was incorporated, under its name (`(Incorporated in Bermuda with limited liability)`), and its stock code. */
const INCORPORATION =
  /^(?=\S)(?:\(Incorporated in [A-Z][^()]{1,40}? with limited liability\)\s*)?(?:Stock Code\s*:\s*\d{1,6})?$/iu;
const AFFILIATION =
  /^(?:Affiliated (?:to|with)|An? affiliate of|A member of|Member of)\s+(?:the\s+)?[A-Z][^.!?;:]{2,80}$/u;

/**
 * An organisation's name in title case with `and` or `of` in it, as churches, unions, companies and
 * panels have them; never a paper's name (`Report of the Chairman of the … Committee`).
 */
const NAMED_BODY =
  /^(?!(?:Report|Statement|Minutes|Review|Address|Speech|Remarks|Letter|Message|Terms|Submission)\b)(?:[A-Z][\p{L}'’&.-]*\s+)(?:(?:[A-Z][\p{L}'’&.-]*|and|of|the|for|&)\s+){0,8}(?:Church|Chapel|Cathedral|Parish|Abbey|Synagogue|Mosque|Temple|Mission|Delegation|Union|Panel|Committee|Limited|Ltd\.?|Inc\.?|plc|PLC|LLP|Trust|Council|Society|Association|Federation|Foundation|Institute|College|University|Group)$/u;
/** A school named with its fields after it (`Halvorsen College of Arts and Sciences`, `Kent School of Law`). */
const SCHOOL_OF_FIELDS =
  /^(?:The\s+)?(?:[A-Z][\p{L}'’.-]*\s+){1,4}(?:College|School|Institute|Academy|Conservatory|Faculty)\s+of\s+(?:[A-Z][\p{L}'’-]*)(?:\s+(?:[A-Z][\p{L}'’-]*|and|&)){0,5}$/u;
/** A body named for its cause (`Centre for Regional Prosperity`, `Institute on Ageing and Care`), as think tanks are. */
const BODY_FOR_CAUSE =
  /^(?:The\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,3}(?:Centre|Center|Institute|Foundation|Council|Commission|Forum|Network|Alliance|Trust|Society)\s+(?:for|on)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*|and|&)(?:\s+(?:[A-Z][\p{L}'’-]*|and|of|the|&)){0,6}$/u;
/** A company's listing after its name (`LINDQVIST SYSTEMS, INC. (NASDAQ: LQVS)`). */
const LISTING = /\s*\((?:NASDAQ|NYSE|LSE|ASX|TSX|AIM|HKEX|SGX)\s*:[^)]*\)$/u;
/** A diplomatic mission's name in capitals (`PERMANENT MISSION OF THE REPUBLIC OF … TO THE UNITED NATIONS`). */
const MISSION_NAME = /^(?:PERMANENT\s+)?(?:MISSION|DELEGATION|EMBASSY)\s+OF\s+[^a-z]+$/u;

/** A letterhead line's name: its words before a translation, without a company's listing. */
const organisationName = (line: string) =>
  beforeTranslation(line).replace(LISTING, "").replace(ACRONYM_AFTER_NAME, "");
/** The short name after an organisation's name (`… ALLIED WORKERS (NUPHAW)`). */
const ACRONYM_AFTER_NAME = /\s+\([A-Z][A-Z&.-]{1,11}\)$/u;

/**
 * A headline in title case may end on a body's word (`What Bridges Taught Me About Trust`), but a
 * question word, a pronoun or a verb of being is in no body's name.
 */
const HEADLINE_WORD = /\b(?:What|Why|How|When|Where|Who|Me|My|We|Us|You|Your|Is|Are|Was|Were|About)\b/u;

/** Whether a line names the organisation a letterhead is of. */
function namesOrganisation(line: string): boolean {
  const name = organisationName(line);
  if (HEADLINE_WORD.test(name)) return false;
  // `FERNLEIGH HOMES HOUSING ASSOCIATION LIMITED`, `ASSAM LEGISLATIVE ASSEMBLY`: the name in capitals.
  const inCapitals = /\p{Ll}/u.test(name) ? null : capitalised(name);
  return (
    LETTERHEAD.test(name) ||
    ORGANISATION_NAME.test(name) ||
    LOCAL_GOVERNMENT.test(name) ||
    LEGISLATURE.test(name) ||
    [NAMED_BODY, SCHOOL_OF_FIELDS, BODY_FOR_CAUSE].some(
      (body) => body.test(name) || body.test(inCapitals ?? ""),
    ) ||
    (inCapitals !== null && LEGISLATURE.test(inCapitals)) ||
    MISSION_NAME.test(name)
  );
}

/** Each word capitalised, the rest in lower case, the small words of names in lower case but the first. */
const capitalised = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b\p{L}/gu, (initial) => initial.toUpperCase())
    .replace(/(?<=\s)(And|Of|The|For|On)\b/gu, (word) => word.toLowerCase());

/** A line naming the address given (`Headmistress's Address - …`), where `Speech Day` names only the occasion. */
const NAMES_ADDRESS = /\b(?:Address|Remarks|Sermon|Homily|Keynote)\b/u;
/** A greeting's line: the audience named one after another, ending as it leads into the speech. */
const GREETING_END = /[;；]|[,:，：—–-]$/u;
/** How many lines a letterhead set apart by a blank line may hold (name, occasion, place and date, speaker). */
const LETTERHEAD_GROUP_MAX = 5;
/** How long a line of it may be, and how long the title alone under it. */
const LETTERHEAD_LINE_MAX = 100;
const LONE_TITLE_MAX = 250;

/**
 * A letterhead set apart by a blank line (the organisation, then perhaps the occasion, the place and date or
 * who preaches, each a short line: `St. Columba's Presbyterian Church` · `Sunday Morning Worship, 30
 * March 2025` · `Preacher: …`), perhaps the stamps of a copy under it (`FOR IMMEDIATE RELEASE` and
 * its date), then a line alone between blank lines: that line is the title, however long a
 * statement's runs (`Statement by the Minister … at the General Debate of …`). Returns its index, or
 * null when the text opens otherwise.
 */
function afterLetterheadGroup(source: Source): number | null {
  const blocks = source.blocks;
  const adjacent = (i: number) => blocks[i + 1]?.line === (blocks[i]?.line ?? 0) + 1;
  const groupEnd = (from: number) => {
    let i = from;
    while (adjacent(i)) i++;
    return i + 1;
  };
  if (source.script !== "en") return null;
  let at = groupEnd(0);
  const letterhead = blocks.slice(0, at).map((block) => block.text.trim());
  // The organisation's name, before its town (`Grace Hill Community Church, Port Alder`), or any
  // name over its registration (`QUAYSIDE NIGHT SHELTER` · … · `Registered charity no. 1187342`).
  const english = englishNameLine(letterhead[0] ?? "");
  const name = letterhead[english]?.split(",")[0] ?? "";
  // A parliament's record names itself over its house (`Hansard` · `House of Commons`).
  if (
    !namesOrganisation(name) &&
    // A company's name has a comma of its own (`… CO., LTD.`).
    !namesOrganisation(letterhead[english] ?? "") &&
    // An office named for whom it serves (`Office of the Hon Kelvin TSANG Wai-lok, Legislative Council Member`).
    !GOVERNMENT_OFFICE.test(name) &&
    !RECORD_LINE.test(name) &&
    !letterhead.some((line) => REGISTRATION.test(line))
  )
    return null;
  if (
    at > LETTERHEAD_GROUP_MAX ||
    letterhead.some((line) => line.length > LETTERHEAD_LINE_MAX || /(?:[!?]|[a-z]{3}\.)$/u.test(line))
  )
    return null;
  // The address itself named right under the letterhead, no blank line between (`ST OSWIN'S SCHOOL` ·
  // `Headmistress's Address - Speech Day, Saturday 5th July 2025`), over the greeting rather than a
  // title of its own (`Chairman of Governors, …; parents, staff and pupils -`): that line is the title.
  const named = letterhead.findIndex((line, i) => i > english && NAMES_ADDRESS.test(line));
  if (named > 0 && GREETING_END.test(blocks[at]?.text.trim() ?? "")) return named;
  if (isStamp(blocks[at]?.text.trim() ?? "")) at = groupEnd(at);
  // The occasion set apart under the letterhead (`NORTHFIELD UNIVERSITY` · `Spring Convocation 2025`,
  // or a meeting, its place and date, its agenda item), over the talk's own title set apart too.
  const occasionEnd = groupEnd(at);
  const occasion = blocks.slice(at, occasionEnd).every((block) => isOccasionLine(block.text.trim()));
  if (occasion && occasionEnd < blocks.length && !adjacent(occasionEnd)) at = occasionEnd;
  // A record's volume set apart under its name (`Official Report (Hansard)` · `Volume 418, Columns 207–212`).
  if (RECORD_LINE.test(blocks[at]?.text.trim() ?? "")) at = groupEnd(at);
  // A report's number set apart under the letterhead (`Report No. IA-2024-07`).
  if (REPORT_NUMBER.test(blocks[at]?.text.trim() ?? "")) at = groupEnd(at);
  // A paper's symbol and its distribution set apart under it (`EC 43/STAT/2` · `16 October 2024 Original: English`).
  const paperHead = blocks.slice(at, groupEnd(at)).map((block) => block.text.trim());
  if (paperHead.some((line) => PAPER_SYMBOL.test(line)) && paperHead.every(isPaperHeadLine))
    at = groupEnd(at);
  // A publication's name and year over the letter or report it opens with, right over that letter's
  // greeting or naming itself so (`Annual Report 2024` · `Chairman's Letter to Shareholders` · `Dear
  // Shareholders,`; `Report of the Chairman of the … Committee`): that piece is the text.
  const letter = groupEnd(at);
  const letterText = blocks[letter]?.text.trim() ?? "";
  if (
    namesDatedDocument(blocks[at]?.text.trim() ?? "") &&
    !adjacent(at) &&
    !adjacent(letter) &&
    // A place and date over the greeting are no letter's title (`Jinhe Tower, Suzhou, 26 June 2025`).
    !/[\d,]/u.test(letterText) &&
    (SALUTATION.test(blocks[letter + 1]?.text.trim() ?? "") || PIECE_OF_REPORT.test(letterText))
  )
    at = letter;
  // A programme's name and number over the document in capitals that belongs to it (`Local
  // Transport Plan 4` · `RURAL MOBILITY STRATEGY 2025–2035`): the line in capitals is the title.
  if (
    NUMBERED_PROGRAMME.test(blocks[at]?.text.trim() ?? "") &&
    adjacent(at) &&
    inCapitals(blocks[at + 1]?.text ?? "")
  )
    at++;
  const title = blocks[at]?.text.trim() ?? "";
  // Minutes say under their title where and when the meeting was held (`Held at 2.00 p.m. on …`), a
  // sermon the scripture it preaches on (`Text: 2 Corinthians 12:7–10`).
  const under = blocks[at + 1]?.text.trim() ?? "";
  const held = (HELD_LINE.test(under) || SCRIPTURE_LINE.test(under)) && !adjacent(at + 1);
  // A title in capitals over its subtitle (`ANNUAL REPORT 2023-24` · `Summary of the Trustees' Report …`).
  const subtitled = inCapitals(title) && /\p{Ll}/u.test(under) && !/[.!?]$/u.test(under);
  const alone = (!adjacent(at) || held || subtitled) && at + 1 < blocks.length;
  const titled =
    // A title may open on a quotation (`"Be Opened": Homily for …`).
    /^["“‘']?[A-Z]/u.test(title) &&
    title.length <= LONE_TITLE_MAX &&
    !/[.!?;:,]$|[!?]\s/u.test(title) &&
    stopsOnlyShorten(title) &&
    !SALUTATION.test(title) &&
    headerField(title) === null &&
    matchMarker(title, 0, false) === null &&
    ordinalOnly(title) === null &&
    !PERIOD_ONLY.test(title) &&
    !namesOrganisation(title);
  return alone && titled ? at : null;
}

/** A programme's name and its number in the series (`Local Transport Plan 4`, `Corporate Plan 2024–2028`). */
const NUMBERED_PROGRAMME =
  /^(?:[A-Z][\p{L}'’-]*\s+){1,5}(?:Plan|Programme|Program|Strategy|Framework)\s+(?:\d{1,2}|(?:19|20)\d{2}(?:\s*[–/-]\s*\d{2,4})?)$/u;

/** A line that only names the period a report covers (`Financial Year 2023-24`, `Quarter 1 2024/25`): no title. */
const PERIOD_ONLY =
  /^(?:(?:Financial|Fiscal|Academic|Calendar|Budget|Reporting)\s+Year|FY|Quarter|Q[1-4])\s*[\d/–—-]*(?:\s+\d{2,4}(?:[/–—-]\d{2,4})?)?$/iu;

/** A meeting's name (`Third High-Level Meeting on Transit Transport Cooperation`), a few words, no sentence. */
const MEETING_NAME =
  /^(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,6}(?:Meeting|Session|Conference|Summit|Forum|Assembly|Convention|Congress)(?:\s+(?:on|of|for)\s+[^.!?;]{2,80})?$/u;
/** Where and when, on a line of its own (`Geneva, 3-4 March 2026`). */
const PLACE_AND_DATES = new RegExp(
  `^\\p{Lu}[\\p{L} .'’-]{1,40},\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTH_NAMES})\\s+\\d{4}$`,
  "u",
);
/** The item of a meeting's agenda a statement is made under (`Agenda item 4: General statements`). */
const AGENDA_ITEM = /^Agenda\s+item\s+\d{1,3}(?:\.\d{1,3}){0,2}\b[^.!?;]{0,80}$/iu;
/** The day a body meets, after a dash at the end of its name (`… COMMITTEE - 14 November 2024`). */
const DAY_AFTER_DASH = new RegExp(`\\s+[-–—]\\s+${WEEKDAY}${WRITTEN_DATE}$`, "iu");

/** A committee and the day it meets (`COMMUNITIES AND LEISURE COMMITTEE - 14 NOVEMBER 2024`). */
function isCommitteeMeeting(text: string): boolean {
  const day = DAY_AFTER_DASH.exec(text);
  if (!day) return false;
  const name = text.slice(0, day.index);
  return COMMITTEE.test(/\p{Ll}/u.test(name) ? name : capitalised(name));
}

/** A line that only says at what occasion the text was given. */
const isOccasionLine = (text: string) =>
  isEventLine(text) ||
  isCommitteeMeeting(text) ||
  MEETING_LINE.test(text) ||
  MEETING_NAME.test(text) ||
  PLACE_AND_DATES.test(text) ||
  AGENDA_ITEM.test(text);

/**
 * The symbol an international body files a paper under (`EC 43/STAT/2`, `A/HRC/55/L.12`), the
 * languages and reach it is given out in (`Original: English`, `Distr.: General`), perhaps after its date.
 */
const PAPER_SYMBOL = /^(?:[A-Z]{1,6}\s)?[A-Z\d]{1,8}(?:\/[A-Z\d.()-]{1,12}){1,6}$/u;
const DISTRIBUTION = /^(?:Original|Distr\.?|Distribution|Limited|General)\b:?\s*\p{L}*$/u;
const isPaperHeadLine = (line: string) =>
  PAPER_SYMBOL.test(line) ||
  line
    .split(/\s{2,}|\s(?=(?:Original|Distr\.?):)/u)
    .every((part) => DISTRIBUTION.test(part) || DATE_LINE.test(part));

/** A piece of a report named by who gives it (`Report of the Chairman of …`, `Message from the Principal`). */
const PIECE_OF_REPORT =
  /^(?:(?:The\s+)?(?:Report|Letter|Message|Statement|Address|Foreword)\s+(?:of|from|by)\s+the\s+\p{Lu})[^.!?]{0,100}$/u;

/** Where and when a meeting was held, under its minutes' title. */
const HELD_LINE = /^(?:Held|Meeting held)\s+(?:at|on|in)\b/u;
/** The scripture a sermon preaches on, under its title (`Text: 2 Corinthians 12:7–10`, `Readings: …`). */
const SCRIPTURE_LINE = /^(?:Texts?|Readings?|Scriptures?|Lessons?)(?:\s*\([^)]{1,20}\))?:\s+\S/u;
/** An organisation's registration (`Registered charity no. 1187342`, `Company No. 04412345`). */
const REGISTRATION = /^(?:Registered\s+)?(?:charity|company|society)\s+(?:no\.?|number)\s*[\w-]+/iu;

/** A line's words before the translation set beside them (`MINISTRY OF MANPOWER  |  人力部`). */
function beforeTranslation(text: string): string {
  return (text.split(TRANSLATION_BAR)[0] ?? "").trim();
}

/** A line's words after the bar before its translation, or "" when it has none. */
function afterTranslation(text: string): string {
  const parts = text.split(TRANSLATION_BAR);
  return parts.length > 1 ? (parts.at(-1) ?? "").trim() : "";
}
const TRANSLATION_BAR = /\s+[|｜]\s+/u;
/** A name in Chinese in brackets closing an English line. */
const BRACKETED_HAN_NAME = /\s*[（(]\p{Script=Han}[^()（）]{1,30}[)）]$/u;

/** A group a body sends to inspect or look into something (`执法检查组`, `调研组`): it issues its report. */
const TASK_GROUP = "(?:执法检查|執法檢查|检查|檢查|调研|調研|督查|督導|督导|巡视|巡視|考察|工作)(?:组|組)";
/** An organisation's name on a line of its own (`江川控股集团`, `临江市人民政府办公室`, `澄江市實驗中學`, a template's `××市人民政府办公室`). */
const ISSUER_LINE = new RegExp(
  `^[\\p{Script=Han}（）()·×Ｘ○]{2,24}(?:${OFFICE_SUFFIX}|${TASK_GROUP}|集团|集團|公司|协会|協會|学会|學會|大学|大學|学院|學院|中学|中學|小学|小學|学校|學校|幼儿园|幼兒園|医院|醫院|银行|銀行|分行|支行|党组|黨組|處|处|校友會|校友会|基金會|基金会|商會|商会|工會|工会|(?:互助|联谊|聯誼|同乡|同鄉|街坊|妇女|婦女|研究|促进|促進|联合|聯合|总|總)(?:会|會))$`,
  "u",
);
/** The head of a government or an office, on a line of its own over the report given (`香港特別行政區行政長官` · `二〇二五年施政報告`). */
const HEAD_OF_BODY =
  /^\p{Script=Han}{2,20}(?:行政長官|行政长官|[省市縣县區区]長|[省市县区]长|[司局署部院校]長|[司局署部院校]长)$/u;
/** What a title line names: a speech, a report, a document. */
const TITLE_KIND = new RegExp(
  `(?:${SPOKEN_KIND}|${REPORT_KIND}|年报|年報|总结|總結|方案|意见|意見|通知|决定|決定|纪要|紀要|办法|辦法|规划|規劃|倡议书|倡議書|质询|質詢|通报|通報|请示|請示|批复|批復|公告|通告|决议|決議|规定|規定|细则|細則|的函|的(?:一封)?信(?!\\p{Script=Han})|检查材料|檢查材料|发言材料|發言材料|汇报材料|匯報材料|发言提纲|發言提綱)`,
  "u",
);
/** A line that only names a kind of document, a few characters before it perhaps (`管理办法`, `实施方案`). */
const KIND_LINE = new RegExp(`^\\p{Script=Han}{0,4}${TITLE_KIND.source}$`, "u");

/**
 * An organisation's name, or its head's post, above the line that titles its speech or document
 * (`江川控股集团` over `董事长…在…表彰大会上的讲话`): that line is the title, the name stays in the opening.
 */
function afterIssuerLine(blocks: readonly Block[]): number | null {
  const first = blocks[0]?.text.trim() ?? "";
  if (!ISSUER_LINE.test(first) && !HEAD_OF_BODY.test(first)) return null;
  // The meeting it reports to may stand between (`香港中洲大學校友會` · `第三十二屆周年會員大會` · `…會務報告`).
  // Its name in English may stand under it (`华澜新能源科技股份有限公司` · `Hualan New Energy Technology Co., Ltd.`).
  const named = namesOrganisation(blocks[1]?.text.trim() ?? "") ? 2 : 1;
  const at = CHINESE_MEETING_LINE.test(blocks[named]?.text.trim() ?? "") ? named + 1 : named;
  const next = blocks[at];
  if (!next || next.kind !== "paragraph" || blocks.length < at + 2) return null;
  const text = next.text.trim();
  // A ministry's press release: its headline over the release's fields (`發布單位：…`, `聯絡人：…`).
  const overFields = HEAD_FIELD.test(blocks[at + 1]?.text.trim() ?? "");
  // A speech's theme names no kind, but the subtitle under it does (`——在…工作会议上的讲话`).
  const overSubtitle = SUBTITLE_DASH.test(blocks[at + 1]?.text.trim() ?? "");
  const titled = TITLE_KIND.test(text) || wrappedDocumentTitle(blocks, at) !== null;
  if ((titled || overFields || overSubtitle) && isTitleLine(text, "zh-Hans")) return at;
  return kindLineBelow(blocks, at);
}

/** A line that marks how the paper may be shared (`… - CONFIDENTIAL - INTERNAL USE ONLY`, `…公司\u3000內部公告`). */
const CLASSIFICATION_MARK =
  /\b(?:CONFIDENTIAL|Confidential|INTERNAL USE ONLY|Internal use only|NOT FOR DISTRIBUTION|EMBARGOED)\b|(?:内部公告|內部公告|内部资料|內部資料|注意保存)$/u;

/**
 * The title under a first line that marks how the paper may be shared, which titles nothing: the
 * next line, or in Chinese the first line under it that names a kind, past the notice's fields
 * (`發文單位：…`, `公告日期：…`). Its index, or null.
 */
function afterClassificationMark(blocks: readonly Block[]): number | null {
  const mark = blocks[0]?.text.trim() ?? "";
  if (!CLASSIFICATION_MARK.test(mark) || mark.length > ISSUER_HEAD_LINE_MAX || blocks.length < 3) return null;
  return hasHan(mark) ? kindLineBelow(blocks, 1) : 1;
}

/** How far under an issuer's name its title may stand, past the lines of the head. */
const ISSUER_TITLE_REACH = 10;
/** The longest line of an issuer's head: a longer one is the text's prose. */
const ISSUER_HEAD_LINE_MAX = 60;

/**
 * The first line that names the text's kind under the lines of an issuer's head (`收件日期：…`, a
 * file's number, `内部资料\u3000注意保存`, the contents): its index, or null once prose begins.
 */
function kindLineBelow(blocks: readonly Block[], from: number): number | null {
  for (let at = from; at < Math.min(blocks.length - 1, from + ISSUER_TITLE_REACH); at++) {
    const text = blocks[at]?.text.trim() ?? "";
    if (/[。！？!?]$/u.test(text) || text.length > ISSUER_HEAD_LINE_MAX) return null;
    // An entry of the contents (`一、工作报告 …… 1`) names its part, not the text.
    if (matchMarker(text, 0, false) !== null || SUBTITLE_DASH.test(text) || HEAD_FIELD.test(text)) continue;
    if (TITLE_KIND.test(text) && isTitleLine(text, "zh-Hans")) return at;
  }
  return null;
}

/** A notice that issues a document (`现将《…实施方案》印发给你们`): the document's name. */
const ISSUING_SENTENCE = /(?:现将|現將|现把|現把)《([^《》]{4,80})》(?:印发|印發|转发|轉發|发|發)/u;
/** A notice's title that names what it issues (`关于印发…方案的通知`). */
const NOTICE_TITLE = /(?:印发|印發|转发|轉發).*通知$/u;
/** How far down a text a notice's issuing sentence, and the document under it, may stand. */
const ISSUED_TITLE_REACH = 12;

/**
 * A notice that issues a document over the document itself (`各县（市、区）人民政府：` · `现将《嘉禾市…
 * 实施方案》印发给你们，…` · its signature and date · `嘉禾市…实施方案`): the document's name on a
 * line of its own, under the sentence that names it, is the title.
 */
function issuedDocumentTitle(blocks: readonly Block[]): number | null {
  const head = blocks.slice(0, ISSUED_TITLE_REACH).map((block) => block.text.trim());
  const issuing = head.findIndex((text) => ISSUING_SENTENCE.test(text));
  const name = ISSUING_SENTENCE.exec(head[issuing] ?? "")?.[1];
  // The notice's own title over it (`关于印发…的通知`) titles the whole.
  if (name === undefined || head.slice(0, issuing).some((text) => NOTICE_TITLE.test(text))) return null;
  const at = head.findIndex((text, i) => i > issuing && text === name);
  return at > 0 ? at : null;
}

/** A meeting on a line of its own (`第三十二屆周年會員大會`, `2025年度股东大会`). */
const CHINESE_MEETING_LINE = /^\S{0,16}(?:大會|大会|年會|年会|會議|会议)$/u;

/**
 * Whether each full stop inside a line ends a shortened word or an initial, and none a sentence
 * (`Statement by H.E. Mr. Tomás Elizondo Varga, …`).
 */
function stopsOnlyShorten(text: string): boolean {
  const bare = text.replace(/\b(?:\p{Lu}\.){2,}/gu, (initials) => initials.replaceAll(".", ""));
  return [...bare.matchAll(/\.(?=\s)/gu)].every((stop) => isAbbreviationAt(bare, stop.index));
}

/**
 * The session of a body (`立法院第11屆第3會期`, `臺中市議會第4屆第6次定期會`, `…第三次会议`), its body
 * named after its term too (`青禾鄉第二十二屆鄉民代表會第三次定期會`).
 */
const SESSION =
  "\\S{0,12}第?[\\d一二三四五六七八九十]{1,3}[届屆]\\p{Script=Han}{0,8}?第?[\\d一二三四五六七八九十]{1,3}(?:会期|會期|次会议|次會議|次定期大?[会會]|次临时[会會]|次臨時[會会])";

const KIND_WORDS =
  "\\p{Script=Han}{0,4}(?:總|总|業務|业务)(?:質詢|质询)|\\p{Script=Han}{0,4}(?:議案|议案)(?:辯論|辩论)|质询稿|質詢稿|讲话稿|講話稿|领导讲话|領導講話|发言稿|發言稿|议程前发言|議程前發言|发言材料|發言材料|演讲稿|演講稿";
/** A meeting's paper by its number among them (`…工作会议文件之一`, `会议材料之三`). */
const MEETING_PAPER = "\\p{Script=Han}{0,30}(?:文件|材料|资料|資料)之[一二三四五六七八九十]{1,3}";
/** A legislature's name over the kind of text given in it (`澳門特別行政區立法會` · `議程前發言`). */
const LEGISLATURE_NAME = "\\p{Script=Han}{2,12}(?:立法會|立法会|立法院|議會|议会)";
/** A legislature's sitting and its day (`立法會會議（2024年11月13日）`). */
const SITTING = `\\p{Script=Han}{0,12}(?:立法會|立法会|議會|议会)(?:會議|会议)(?:[（(]${CHINESE_DATE}[)）])?`;
/**
 * Lines over a title that only place it: the session of the body it is given in (`立法院第11屆第3會期
 * 教育及文化委員會`), its committee on a line of its own, its sitting and day (`立法會會議（2024年11月13日）`),
 * the kind of text alone (`質詢稿`, `讲话稿`, `市政業務質詢`, `議員議案辯論`),
 * the day it is dated (`2024年1月8日` over `2023年度个人述职述廉报告`), and its place among a meeting's
 * papers (`全省交通运输工作会议文件之一`).
 */
const PLACING_LINE = new RegExp(
  `^(?:${SESSION}(?:[\\s\\u3000]+\\S{1,20})?|\\p{Script=Han}{2,12}(?:委員會|委员会)|${KIND_WORDS}|${LEGISLATURE_NAME}|${SITTING}|${CHINESE_DATE}|${MEETING_PAPER})$`,
  "u",
);
/**
 * The kind of text alone (`質詢稿`, a Macau legislator's `議程前發言`), or its place among a meeting's
 * papers (`大会发言材料之十二`): the line under it titles it, whatever it says.
 */
const KIND_LABEL = new RegExp(`^(?:${KIND_WORDS}|${MEETING_PAPER})$`, "u");
/**
 * A session alone on its line, right over the title: the title's first words (`立法院第11屆第5會期` ·
 * `行政院施政報告`, `臺中市議會第4屆第6次定期會` · `縣長施政總報告`), unless the title names its place
 * itself (`屏東縣政府施政工作報告`).
 */
const SESSION_LINE = new RegExp(`^${SESSION}$`, "u");
/** A title that opens with its county's, city's or township's name (`屏東縣政府…`, `青禾鄉公所…`). */
const PLACE_NAMED = /^\p{Script=Han}{1,6}?(?:縣|县|市|鄉|乡|鎮|镇)(?!長|长)/u;
/** How many such lines may stand over the title. */
const PLACING_LINES_MAX = 3;

/** A column's name in brackets over a piece (`【思政大课】`, `【社论】`): the title is the line under it. */
const COLUMN_LABEL = /^【[^【】]{1,12}】$/u;

/**
 * The title under lines that only place it (see PLACING_LINE) or under a column's bracketed name;
 * null when the text opens otherwise.
 */
function afterPlacingLines(blocks: readonly Block[]): number | null {
  let at = 0;
  while (at < PLACING_LINES_MAX && PLACING_LINE.test(blocks[at]?.text.trim() ?? "")) at++;
  const text = blocks[at]?.text.trim() ?? "";
  const kindAbove = KIND_LABEL.test(blocks[at - 1]?.text.trim() ?? "");
  if (at > 0 && (TITLE_KIND.test(text) || kindAbove) && isTitleLine(text, "zh-Hans")) return at;
  const under = blocks[1]?.text.trim() ?? "";
  return COLUMN_LABEL.test(blocks[0]?.text.trim() ?? "") && isTitleLine(under, "zh-Hans") ? 1 : null;
}

/** The title under the occasion it was given at (see isEventLine); null when the text opens otherwise. */
function afterEventLine(blocks: readonly Block[], script: Script): number | null {
  const [event] = blocks;
  // Under the occasion, the slot the talk had in it (`Opening keynote, Thursday 12 June 2025, Main Hall`).
  const at = event && isEventLine(event.text) && DATED_SLOT.test(blocks[1]?.text.trim() ?? "") ? 2 : 1;
  const title = blocks[at];
  const under = blocks[at + 1];
  if (!event || !title || !readsAsTitle(title, script)) return null;
  if (isEventLine(event.text) && !isEventLine(title.text)) return at;
  // `…重点产业招商推介会` over `在…推介会上的致辞`, or over a title its subtitle follows
  // (`坚定信心 勇毅前行…` · `——在…会议上的报告`).
  const text = title.text.trim();
  const titles =
    (TITLE_KIND.test(text) && !namesOnlyWhoAndKind(text)) || SUBTITLE_DASH.test(under?.text.trim() ?? "");
  return ZH_EVENT_LINE.test(event.text.trim()) && titles ? 1 : null;
}

/** A bill (`APPROPRIATION BILL 2025`, `Finance Bill 2024`), over the stage of its passage its speech is given at. */
const BILL = /^[A-Z][\p{L}'’() -]{2,60}\bBill\b[^.!?]{0,20}$/iu;
const BILL_READING = /^(?:First|Second|Third) Reading$/iu;

/** How far down a record's head (its house, its date, its business: `BILLS`) a bill may stand. */
const BILL_REACH = 4;

/**
 * `APPROPRIATION BILL 2025` · `Second Reading` · `BUDGET SPEECH 2025-26`: a bill and the reading
 * it is at place the speech moved at it, whose title is the next line. Where a parliament's record
 * names who speaks there instead (`Mr O'CALLAGHAN (Riverina North—Minister …) (09:31):`), under its
 * house, its date and its business (`BILLS`), the bill is the title. That line's index, or null.
 */
function afterBillReading(blocks: readonly Block[]): number | null {
  const textAt = (i: number) => blocks[i]?.text.trim() ?? "";
  const bill = blocks
    .slice(0, BILL_REACH)
    .findIndex((_, i) => BILL.test(textAt(i)) && BILL_READING.test(textAt(i + 1)));
  if (bill < 0 || blocks.length <= bill + 3) return null;
  // The record's clock time, or who speaks by name, seat and party (`Mrs Helen Carrow (…) (LD): I beg…`).
  const recorded = (text: string) =>
    /[:：]$/u.test(text) || RECORD_TIME.test(text) || SEATED_SPEAKER.test(text);
  return recorded(textAt(bill + 2)) ? bill : bill + 2;
}

/** A record's clock time alone on its line (`11.36 am`). */
const RECORD_TIME = /^\d{1,2}[.:]\d{2}\s*(?:am|pm)$/iu;
/** Who speaks in a record, a seat or a party in brackets before the colon (`Mrs Helen Carrow (Wensleydale) (LD):`). */
const SEATED_SPEAKER = /^[A-Z][^:()]{1,60}(?:\([^()]{1,60}\)\s*){1,3}:/u;

/** A day alone on its line (`Tuesday 4 June 2024`), as an official report dates its sitting. */
const DATE_LINE = new RegExp(`^${WEEKDAY}${WRITTEN_DATE}$`, "u");
/** A report's state in brackets (`[Draft]`), over the item it reports. */
const REPORT_STATE = /^\[(?:draft|provisional|uncorrected)\]$/iu;
/** A talk's slot at its occasion: a few words, then its date, perhaps its room (`Opening keynote, Thursday 12 June 2025, Main Hall`). */
const DATED_SLOT = new RegExp(
  `^[A-Z][^.!?,]{2,40},\\s+${WEEKDAY}${WRITTEN_DATE}(?:,\\s+[^.!?]{1,40})?$`,
  "u",
);

/**
 * The meeting or ceremony a Chinese text was given at, on a line of its own over its title
 * (`…重点产业招商推介会`, `…常务委员会第十六次会议`, `…2025年工作会议`, `…开学典礼`), perhaps with
 * its date (`立法會會議 2025年4月9日`).
 */
const ZH_EVENT_LINE = new RegExp(
  `^[\\p{Script=Han}\\d（）()·・“”「」《》\\-–\\s\\u3000]{2,40}(?:会议|會議|大会|大會|推介会|推介會|论坛|論壇|峰会|峰會|年会|年會|座谈会|座談會|典礼|典禮|仪式|儀式|(?:开幕|開幕|开班|開班|结业|結業)式|(?:动员|動員|推进|推進|部署|表彰|报告|報告|发布|發布)[会會])(?:[\\s\\u3000]+${CHINESE_DATE})?$`,
  "u",
);
/** Who speaks and the kind of text, and nothing more (`校長致辭`, `党委书记致辞`, `校長報告`). */
const WHO_AND_KIND_MAX = 10;
const namesOnlyWhoAndKind = (text: string) =>
  text.length <= WHO_AND_KIND_MAX && !/^(?:在|关于|關於)/u.test(text) && TITLE_KIND.test(text.slice(-2));

/**
 * `明德書院…開學典禮` · `校長致辭`: a ceremony's name over who speaks at it and the kind of text are
 * one title, its first words the ceremony's; null when the line under the title says more.
 */
function whoAndKindUnder(blocks: readonly Block[], at: number): string | null {
  const [line, under] = [blocks[at], blocks[at + 1]];
  if (!line || !under || under.kind !== "paragraph" || under.line > line.line + 2) return null;
  const text = under.text.trim();
  return ZH_EVENT_LINE.test(line.text.trim()) && namesOnlyWhoAndKind(text) ? text : null;
}

/**
 * The rest of a speech's title that the title's line left open (`在全县安全生产工作会议暨一季度` ·
 * `安全形势分析会上的讲话`): the next line, which closes it at the meeting and the kind, or null.
 */
function speechTitleGoingOn(blocks: readonly Block[], at: number): string | null {
  const [line, under] = [blocks[at], blocks[at + 1]];
  if (!line || !under || under.kind !== "paragraph" || under.line !== line.line + 1) return null;
  const [first, rest] = [line.text.trim(), under.text.trim()];
  return /^在[^，。；：！？,;:]{2,40}$/u.test(first) &&
    !TITLE_KIND.test(first.slice(-2)) &&
    SPEECH_TITLE_REST.test(rest)
    ? rest
    : null;
}
/** Words of a speech's title: the speaker, not the organisation, is its author. */
const SPOKEN_TITLE = new RegExp(`${SPOKEN_KIND}|演讲|演講`, "u");
/** How a speech's title ends: at the meeting, then the kind of text (`…分析会上的讲话`). */
const SPEECH_TITLE_REST = new RegExp(
  `^[^，。；：！？,;:]{0,30}(?:上|中)的(?:${SPOKEN_TITLE.source}|${REPORT_KIND})$`,
  "u",
);

/** A passage of scripture alone on its line, by chapter and verse (`Luke 15:11–32`, `1 Corinthians 13:4-7`). */
const SCRIPTURE = /^(?:[1-3]\s)?[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+)?\s\d{1,3}:\d{1,3}(?:[–-]\d{1,3})?$/u;
/** How far down its head a sermon's passage may stand (under the church, the service, the series). */
const SCRIPTURE_REACH = 6;

/**
 * `Grace Fellowship Church` · `Sunday Morning Worship – 9 March 2025` · `THE FATHER WHO RAN` ·
 * `Luke 15:11–32`: the line right over the passage a sermon preaches on, under the lines of its
 * church and service, is its title. That line's index, or null.
 */
function overScripture(blocks: readonly Block[], script: Script): number | null {
  const passage = blocks.slice(0, SCRIPTURE_REACH).findIndex((b) => SCRIPTURE.test(b.text.trim()));
  const title = blocks[passage - 1];
  return passage >= 2 && title && readsAsTitle(title, script) && headerField(title.text) === null
    ? passage - 1
    : null;
}

/**
 * A web page's line under its headline: who published it, and when (`From: Department for …`,
 * `Published 4 March 2025`, `Posted On: 12 MAR 2025 4:15PM by PIB Delhi`), or its delivery note
 * (`Check against delivery`); or its date alone (see DATE_LINE).
 */
const PAGE_BYLINE =
  /^(?:(?:from|by)\s*:\s*\S|(?:published|posted|updated|last updated|released)(?:\s+on)?\s*:?\s*[^.!?]{0,40}?\b(?:19|20)\d{2}\b|(?:check against delivery|as prepared for delivery)\.?$)/iu;
/** A writer's line between a headline and its date (`By Daniel Okafor`, `Prepared by the Board …`). */
const WRITER_LINE =
  /^(?:(?:prepared|written|compiled|edited|presented)\s+)?by\s+(?:the\s+)?\p{Lu}[^.!?:]{1,60}$/iu;
/** Who speaks, by a courtesy title and a name, between a speech's headline and its date (`Hon Aroha Whitcombe`). */
const SPEAKER_LINE =
  /^(?:(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|Deputy|Councillor|Mayor)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** The speaker's portfolio under their name (`Education`): a few words, no sentence. */
const PORTFOLIO_MAX = 40;
/** A dated headline names its subject in a few words at least: a portfolio's name alone is none. */
const DATED_HEADLINE_WORDS_MIN = 4;
/** How far down a page its byline may stand, under menus, breadcrumbs and the page's kind. */
const PAGE_HEAD_MAX = 60;
/** A menu's, breadcrumb's or page kind's line is a few words with no sentence in it. */
const CHROME_LINE_MAX = 60;
/** A trail of the site's sections, however long its last crumb (`Home / Media Centre / Speeches / …`). */
const SECTION_TRAIL = /^[^.!?]{1,40}(?:\s[>/›»]\s(?:(?!\s[>/›»]\s).){1,160}){2,}$/u;

/** A document of a year, by its kind (`2023 Annual Report`, `Strategic Plan 2025–2030`). */
const namesDatedDocument = (text: string) =>
  text.length <= EN_TITLE_MAX &&
  // The year a word of its own, not a reference's part (`Policy Paper RP/2025/14`).
  /(?<![\w/])(?:19|20)\d{2}(?![\w/])/u.test(text) &&
  LETTERHEAD_TITLE_WORD.test(text.toUpperCase()) &&
  !/[.!?:]$/u.test(text);

/**
 * A web page's headline, copied with the page's menus and breadcrumbs above it (`Menu` · `Home` ·
 * `Environment` · `Oral statement to Parliament`) and its standfirst and byline under it (`The
 * Environment Secretary sets out …` · `From: …` · `Published 4 March 2025`). A headline may run
 * long there, as a release's does, but says no sentence. The index of the headline, or null.
 */
function overPageByline(blocks: readonly Block[], script: Script): number | null {
  if (script !== "en") return null;
  const isByline = (text: string) => PAGE_BYLINE.test(text) || DATE_LINE.test(text);
  const byline = blocks.slice(0, PAGE_HEAD_MAX).findIndex((block) => isByline(block.text.trim()));
  if (byline < 2) return null;
  const textAt = (i: number) => blocks[i]?.text.trim() ?? "";
  let at = byline - 1;
  // `Hon Aroha Whitcombe` · `Education` over the date: who speaks, and the portfolio they speak for.
  const bylineOfWho = (i: number) =>
    WRITER_LINE.test(textAt(i)) ||
    SPEAKER_LINE.test(textAt(i)) ||
    // `Speech by Aoife Brennan, Deputy Governor, … at …` under a headline of a few words at least.
    (saysWhoGivesIt(textAt(i)) &&
      textAt(i - 1).split(/\s+/u).length >= DATED_HEADLINE_WORDS_MIN &&
      !SECTION_TRAIL.test(textAt(i - 1))) ||
    (SPEAKER_LINE.test(textAt(i - 1)) && textAt(i).length <= PORTFOLIO_MAX && !/[.!?:]/u.test(textAt(i)));
  while (at > 0 && bylineOfWho(at)) at--;
  if (/[.!?]["”’]?$/u.test(textAt(at))) at--;
  // A cover's report and year over its motto (`2023 Annual Report` · `Building Stronger Neighborhoods,
  // Together` · `Published May 2024`): the report titles it.
  if (at > 1 && namesDatedDocument(textAt(at - 1)) && !namesDatedDocument(textAt(at))) at--;
  const headline = textAt(at);
  const dated = DATE_LINE.test(textAt(byline));
  if (dated && headline.split(/\s+/u).length < DATED_HEADLINE_WORDS_MIN) return null;
  // Under a letterhead in capitals (`REPUBLIC OF SANDOVAR`), a date alone is a printed title page's,
  // no web page's byline.
  if (dated && LETTERHEAD.test(textAt(0))) return null;
  // A memo's fields (`TO: All staff` over `FROM: Director`) are no menu and no headline.
  const chrome = blocks.slice(0, at).every((block) => {
    const text = block.text.trim();
    return (
      (text.length <= CHROME_LINE_MAX || SECTION_TRAIL.test(text)) &&
      !/[.!?。]["”’]?$/u.test(text) &&
      headerField(text) === null
    );
  });
  const saysHeadline =
    headline.length <= EN_LONG_TITLE_MAX &&
    !/[.!?]["”’]?(?:\s|$)/u.test(headline) &&
    headerField(headline) === null &&
    // A parliament's record over the day of its sitting (`Official Report of Debates (Hansard)`).
    !RECORD_LINE.test(headline);
  return at >= 1 && chrome && saysHeadline ? at : null;
}

/** A letter's title: to whom it is written, and what (`致股東報告書`, `致全体教职工的一封信`). */
const LETTER_TITLE = /^致\p{Script=Han}{1,16}(?:的)?(?:信|一封信|公开信|公開信|报告书|報告書|函)$/u;

/**
 * `宏晟電子股份有限公司\u3000一一三年度年報` · `致股東報告書` · `各位股東女士、先生：`: a letter's
 * title right over its greeting, under a line that only heads the page. The index of that title, or null.
 */
function letterUnderRunningHead(blocks: readonly Block[]): number | null {
  const [title, greeting] = [blocks[1]?.text.trim() ?? "", blocks[2]?.text.trim() ?? ""];
  return LETTER_TITLE.test(title) && SALUTATION.test(greeting) ? 1 : null;
}

/**
 * A church's name over its sermon, with the service perhaps beside it (`九龍灣恩光堂\u3000主日崇拜講道`),
 * then the sermon's title, with what the head says of it above or under it: the day, the scripture
 * it preaches on and its preacher (`經文：…`, `講員：…`); or an English church's, read by the English
 * patterns below. The index of that title, or null.
 */
function afterChurchLine(blocks: readonly Block[]): number | null {
  const line = (i: number) => blocks[i]?.text.trim() ?? "";
  const english = CHURCH_LINE_EN.test(line(0));
  if (!CHURCH_LINE.test(line(0)) && !english) return null;
  const [field, day] = english ? [SERMON_FIELD_EN, SERVICE_EN] : [SERMON_FIELD, SERVICE_DAY];
  let at = 1;
  const inHead = (text: string) =>
    field.test(text) || day.test(text) || BULLETIN_ISSUE.test(text) || SERMON_LABEL.test(text);
  while (at < SERMON_HEAD_MAX && inHead(line(at))) at++;
  const fields =
    blocks.slice(1, at).some((block) => field.test(block.text.trim())) || field.test(line(at + 1));
  return fields && isTitleLine(line(at), english ? "en" : "zh-Hans") && !day.test(line(at)) ? at : null;
}

/**
 * An English church's or parish's name, its town or road perhaps after a comma (`Grace Fellowship
 * Church, Dunmore`, `St. Brendan's Parish, Carrickmore Road`), its service under it (`Sunday Morning
 * Worship — October 13, 2024`), and what is said under the sermon's title: what it preaches on, the
 * readings, the preacher (`A sermon on 1 Kings 17:1–16`, `Readings: …`, `Fr. Declan Moriarty`).
 */
const CHURCH_LINE_EN =
  /^(?:St\.?\s+|Saint\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,5}\s+(?:Church|Parish|Cathedral|Chapel|Fellowship|Abbey|Congregation)(?:,\s*[^.!?]{2,40})?$/u;
const SERVICE_EN = /^(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Worship|Service|Mass|Eucharist|Liturgy)\b[^.!?]{0,60}$/u;
const SERMON_FIELD_EN =
  /^(?:A\s+(?:sermon|homily|message|reflection)\s+(?:on|from)\s|(?:Readings?|Texts?|Scriptures?|Lessons?|Preacher)(?:\s*\([^)]{1,20}\))?:\s|(?:Pastor|Rev\.|Reverend|Fr\.|Father|Bishop)\s+\p{Lu}[^!?]{0,60}$)/iu;
/** The day of the service, perhaps with its name in brackets (`二〇二五年三月九日（大齋期第一主日）`, `主後2024年3月17日`). */
const SERVICE_DAY = new RegExp(`^[（(]?(?:主後|主后|公元)?${CHINESE_YEAR}[^。！？]{0,30}$`, "u");
/** How many lines a sermon's head may hold above its title. */
const SERMON_HEAD_MAX = 6;
/** A church's name, a service or its bulletin's name perhaps beside it (`…長老教會 信望愛教會 主日週報`). */
const CHURCH_LINE = /^\p{Script=Han}{2,20}(?:堂|教會|教会)(?:[\s\u3000]+\p{Script=Han}{2,12}){0,2}$/u;
/** A bulletin's issue and its day (`第1876期  主後2024年3月17日`). */
const BULLETIN_ISSUE = new RegExp(`^${ISSUE_NUMBER}(?:[\\s\\u3000][^。！？]{0,40})?$`, "u");
/** The bulletin's label over the sermon (`主日講章`, `證道`). */
const SERMON_LABEL = /^(?:主日)?(?:講章|讲章|證道|证道|講道|讲道)$/u;
/** What a sermon's head says under its title: the scripture, the preacher, the day. */
const SERMON_FIELD = /^(?:經文|经文|講員|讲员|講道|讲道|證道|证道|講者|讲者|讀經|读经)[\s\u3000]*[：:]/u;

/** The court a filing is made in, heading its caption (`IN THE CIRCUIT COURT OF MARLOW COUNTY`). */
const COURT_LINE = /^IN THE [A-Z .,'’&-]*COURT\b/u;
/** A party's role, closing its part of the caption (`Defendant.`, `Respondent and Appellee.`). */
const PARTY_ROLE =
  /^(?:[A-Za-z ,]*\b)?(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Respondents?|Petitioners?|Claimants?)[.,]?$/u;
/** The case's number under the parties (`Case No. A168842`, `(San Francisco County Super. Ct. No. …)`). */
const CASE_NUMBER = /^(?:(?:Case|Civil Action|Criminal|Docket|Index|Claim)?\s*No[.:]\s*\S+|\(.{1,80}\))$/iu;
/** How many lines a court caption may hold. */
const CAPTION_MAX = 14;

/**
 * A filing's caption (the court, the parties and their roles, the case number), above its title
 * (`APPELLANT'S OPENING BRIEF`, `DEFENSE CLOSING ARGUMENT`): the line after the last party's role.
 */
function afterCourtCaption(blocks: readonly Block[]): number | null {
  if (!COURT_LINE.test(blocks[0]?.text.trim() ?? "")) return null;
  let last = -1;
  for (let at = 1; at < Math.min(blocks.length - 1, CAPTION_MAX); at++)
    if (PARTY_ROLE.test(blocks[at]?.text.trim() ?? "")) last = at;
  // A judgment's summary has no parties in its caption: the court, its divisions in capitals and
  // the case number stand over its title (`KING'S BENCH DIVISION` · `Case No: PC-2023-000418`).
  if (last < 0) {
    last = 0;
    while (last + 1 < CAPTION_MAX && inCapitals(blocks[last + 1]?.text.trim() ?? "")) last++;
    if (!CASE_NUMBER.test(blocks[last + 1]?.text.trim() ?? "")) return null;
  }
  let at = last + 1;
  while (CASE_NUMBER.test(blocks[at]?.text.trim() ?? "")) at++;
  return at < blocks.length ? at : null;
}

/** A document an organisation issues in its own name: `关于…的请示`, `2024年度工作总结`, `…工作安排`. */
const ISSUED_DOCUMENT =
  /^(?:关于|關於)|(?:总结|總結|报告|報告|安排|打算|要点|要點|请示|請示|通知|计划|計劃|方案)$/u;
/** A body of members (`律师协会`, `商会`), which reports to them in its own name. */
const MEMBERS_BODY = /(?:协会|協會|学会|學會|商会|商會|工会|工會)$/u;
/** A report its head gives, after the session (`第五屆第二次會員大會理事長工作報告`): the head's, not the body's. */
const HEAD_REPORTS = /(?:理事長|理事长|會長|会长|主席|秘書長|秘书长)(?:工作)?(?:報告|报告)$/u;
/** A title that opens with its year or its body's session (`2023年度…`, `第五届理事会…`), naming no one. */
const OPENS_WITH_PERIOD = new RegExp(`^(?:${CHINESE_YEAR}|第[一二三四五六七八九十]{1,3}(?:届|屆))`, "u");

/**
 * The issuer's name on the line above a document it issues (`清河县市场监督管理局` over
 * `2023年工作总结和2024年工作安排`, `…办公室` over `关于…的通知`): a 公文's full title begins with
 * its issuer, so the name is the title's first words. Null when the title names its place or
 * organisation already, or titles a speech, or the name is a company's or a hospital's.
 */
function issuerAbove(blocks: readonly Block[], at: number, title: string): string | null {
  const name = blocks[at - 1]?.text.trim() ?? "";
  const namesNoOne = OPENS_WITH_PERIOD.test(title);
  if (!ISSUER_LINE.test(name) || !(ISSUED_DOCUMENT.test(title) || namesNoOne) || SPOKEN_TITLE.test(title))
    return null;
  // A report that names who gives it (`行政長官2024年施政報告`) is that person's, not the office's above.
  if (GIVER_FIRST.test(title)) return null;
  // A company's or a hospital's name heads its report as a letterhead: the report keeps its own
  // title. An association's report that names only its year or session (`2023年度工作报告`) is the
  // association's, as a public body's is.
  if (!PUBLIC_BODY.test(name) && !(MEMBERS_BODY.test(name) && namesNoOne && !HEAD_REPORTS.test(title)))
    return null;
  return title.startsWith(name.slice(0, 2)) ? null : name;
}
/** A post that gives a report in its own name, opening the report's title (`行政長官…施政報告`). */
const GIVER_FIRST =
  /^(?:行政長官|行政长官|省長|省长|市長|市长|縣長|县长|區長|区长|鎮長|镇长|主席|院長|院长|局長|局长|署長|署长|司長|司长|校長|校长)/u;
/** An office of government or of the party, whose 公文 begin their titles with its name. */
const PUBLIC_BODY = new RegExp(
  `(?:委员会|委員會|政府|办公室|辦公室|办公厅|辦公廳|局|厅|廳|党委|黨委|党组|黨組|部|署|處|处|中心|${TASK_GROUP})$`,
  "u",
);

/** A heading that holds numbering (`## II. Ridership`, `## 二、…`, `## Part 3`). */
function isNumberedHeading(block: Block): boolean {
  return ordinalOnly(block.text) !== null || matchMarker(block.text, 0, false) !== null;
}

/** The dash that opens a subtitle, as under a speech's title (`——在…上的讲话`). */
const SUBTITLE_DASH = /^(?:[—─–]{1,2}|-{2})[ \t\u3000]*\S/u;

/**
 * A subtitle written as a heading (`# Plan` then `## Progress Report to the Board — Q2 2024`): the
 * first block of the text, a heading without numbering, when the headings of its depth after it
 * (two or more) are all numbered (`## I. Summary`, `## II. Ridership`), or when a dash opens it
 * (`## ——在…上的讲话`). It is no point of the outline. Returns its index in `body`, or null.
 */
/** A date under the title, as its own line (`（2024年3月20日）`, `2024年3月20日`). */
const TITLE_DATE = /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]?$/u;
/** Who gives the speech, as a line under the title: a name, or a post and a name (`省长 沈维明`). */
const TITLE_NAME = /^(?:\p{Script=Han}{2,12}[\s\u3000]+)?\p{Script=Han}{2,4}$/u;

/**
 * Headings at the start of the body that only date the speech and name who gives it (a news page's
 * `<h2>（2024年3月20日）</h2><h3>沈维明</h3>`): the title's lines, no points. A name counts only
 * beside the date.
 */
export function findTitleLines(body: readonly Block[]): number[] {
  const start = leadingHeading(body);
  if (start < 0) return [];
  let end = start;
  while (body[end]?.kind === "heading" && end < start + SUBTITLE_REACH) end++;
  const heading = (at: number) => (at >= start && at < end ? (body[at]?.text.trim() ?? "") : "");
  for (let dated = start; dated < end; dated++) {
    if (!TITLE_DATE.test(heading(dated))) continue;
    return [dated, ...[dated - 1, dated + 1].filter((at) => TITLE_NAME.test(heading(at)))];
  }
  return [];
}

/** The body's first heading, when only lines a web page left over stand before it; else -1. */
function leadingHeading(body: readonly Block[]): number {
  const at = body.slice(0, SUBTITLE_REACH).findIndex((b) => b.kind === "heading");
  return at >= 0 && body.slice(0, at).every(isPageLeftover) ? at : -1;
}

/** A short line without a sentence, left over from a web page above its article (its site's name). */
function isPageLeftover(block: Block): boolean {
  return block.text.length <= PAGE_LINE_MAX && !/[。！？!?]|\.(?=\s|$)/u.test(block.text);
}

/** How long a standfirst runs: in English words, or in Chinese characters (with a comma). */
const STANDFIRST_WORDS_MIN = 12;
const STANDFIRST_HAN_MIN = 25;

/** A heading that says in a sentence what the article reports (a news page's standfirst). */
function isStandfirst(text: string): boolean {
  const words = text.trim().split(/\s+/u).length;
  return (
    words >= STANDFIRST_WORDS_MIN ||
    (hasHan(text) && text.length >= STANDFIRST_HAN_MIN && /[，,]/u.test(text))
  );
}

/** How far down the body a subtitle may stand, under lines a page left over (its site, an advert, a section). */
const SUBTITLE_REACH = 5;
/** The longest such leftover line (a site's name, a column). */
const PAGE_LINE_MAX = 30;

/** The cover's lines under a subtitle (`Approved by the University Council on 26 November 2024`). */
const COVER_LINES_MAX = 2;
const COVER_LINE_MAX = 80;

/**
 * A heading over no more than a line or two of the cover, none a sentence, right before the
 * contents (`## Summary for staff and partners` · `Approved by …` · `## Contents`): the cover's.
 */
function overContents(body: readonly Block[]): boolean {
  const contents = body.findIndex((b, i) => i > 0 && b.kind === "heading");
  if (contents < 0 || !CONTENTS_HEADING.test(body[contents]?.text.trim() ?? "")) return false;
  const cover = body.slice(1, contents);
  return (
    cover.length <= COVER_LINES_MAX &&
    cover.every((b) => b.text.length <= COVER_LINE_MAX && !/[.。!?！？]$/u.test(b.text.trim()))
  );
}

export function findSubtitle(body: readonly Block[]): number | null {
  const first = body[0];
  // A dash opens a subtitle (`## ——在全区培训班上的讲稿`, `## — a report to the board`), under a
  // page's furniture left over (its site's name) too.
  const dashed = leadingHeading(body);
  if (dashed >= 0 && SUBTITLE_DASH.test(body[dashed]?.text ?? "")) return dashed;
  // A sentence under the title in a heading of its own, the only one of its depth (a news page's
  // `<h2 class="subtitle">`): it sums the article up, and heads no part of it.
  const leading = body[dashed];
  if (
    leading !== undefined &&
    !isNumberedHeading(leading) &&
    isStandfirst(leading.text) &&
    !body.some((b, i) => i !== dashed && b.kind === "heading" && b.depth === leading.depth)
  )
    return dashed;
  if (first?.kind !== "heading" || isNumberedHeading(first)) return null;
  // `## Speech by the Secretary for Development on moving the Second Reading`: who gives it, and when.
  if (overContents(body) || saysWhoGivesIt(first.text)) return 0;
  // A contents heading (`## Contents`) among them heads no part.
  const siblings = body.filter(
    (block, i) =>
      i > 0 &&
      block.kind === "heading" &&
      block.depth === first.depth &&
      !CONTENTS_HEADING.test(block.text.trim()),
  );
  return siblings.length >= 2 && siblings.every(isNumberedHeading) ? 0 : null;
}
