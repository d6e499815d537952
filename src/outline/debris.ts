import type { Block } from "../ingest/types.js";
import { hasHan, RAISED_DIGIT } from "../characters.js";
import { CONTENTS_HEADING } from "../contents-heading.js";
import { markerSpan, matchMarker, openingMarker, opensWithNumbering, type MarkerMatch } from "./markers.js";

/** A contents line's page number or leader dots (`一、总体要求……3`, `Introduction\t5`). */
const PAGE_REFERENCE = /(?:[.…·．\s\t]{2,}|\t)\s*\d{1,4}$/u;
const CONTENTS_LINE_MAX = 60;

/**
 * A contents line without its page number and spaces, as its heading stands in the text, in any
 * case (`1. Introduction …… 2` for `1. INTRODUCTION`).
 */
const normal = (text: string) => text.replace(PAGE_REFERENCE, "").replace(/\s+/gu, "").toLowerCase();
/**
 * How long a line runs without the leader dots and page number a contents line may carry, in Chinese
 * characters: English takes about half as many again (`Statement by the First Minister: The
 * Legislative Programme 2025–26`).
 */
const entryLength = (text: string) => {
  const entry = text.replace(PAGE_REFERENCE, "");
  return hasHan(entry) ? entry.length : Math.ceil(entry.length / ENGLISH_PER_HAN);
};
const ENGLISH_PER_HAN = 1.5;
/** A page number printed after a single space (`第一章 总则 1`). */
const SPACED_PAGE_NUMBER = /\s\d{1,4}$/u;
/** How many lines a table of contents may hold. */
const CONTENTS_MAX = 200;

/**
 * A table of contents under its heading (`目录`, `目 录`, `目次`, `Contents`), wherever it stands: it ends
 * where one of its entries comes back, for that is where the text starts (an entry such as
 * `Foreword` may have no heading in the text), or at prose before that, when an entry comes back
 * after it. Every short line before it belongs to it, whether
 * or not it comes back word for word (an entry an edit of the text left behind, a page number on a
 * line of its own, a running header), so no entry of it becomes a point.
 */
function contentsUnderHeading(blocks: readonly Block[]): Set<number> | null {
  const start = blocks.findIndex((b) => CONTENTS_HEADING.test(b.text.trim()));
  const first = blocks[start + 1];
  if (start < 0 || !first || !isContentsLine(first)) return null;
  const entries = new Set<string>();
  const addEntry = (text: string) => {
    entries.add(normal(text));
    entries.add(normal(text.replace(SPACED_PAGE_NUMBER, "")));
    // `PART I   ECONOMIC OUTLOOK …… 2` comes back as `PART I` alone over its title's line.
    const number = openingMarker(text);
    if (number && number.strong) entries.add(normal(number.marker));
  };
  addEntry(first.text);
  const limit = Math.min(blocks.length, start + CONTENTS_MAX);
  for (let end = start + 2; end < limit; end++) {
    const block = blocks[end];
    if (!block) break;
    // At least two entries: a heading followed by its line twice is no table of contents. An entry
    // may leave out its heading's numbering (`总体要求` for `## 一、总体要求`, a slide's list).
    if (entries.has(normal(block.text)) || entries.has(normal(withoutNumbering(block.text))))
      return end > start + 2 ? range(start, end) : null;
    // Prose before any entry comes back: the text opens with words before its first part.
    if (!isContentsLine(block))
      return end > start + 2 && comesBack(blocks, end, entries) ? range(start, end) : null;
    addEntry(block.text);
  }
  return null;
}

/**
 * The lines after a table of contents that its entries name (`Report of the Minister ….. 2` for
 * `Report of the Minister` over the minister's report): the headings of the text's parts.
 */
export function linesNamedByContents(blocks: readonly Block[]): Set<number> {
  const contents = findContents(blocks);
  // A table of contents says so, by its heading or its page numbers; a site's menu that its footer
  // repeats names no part.
  const says = [...contents].some((i) => {
    const text = blocks[i]?.text.trim() ?? "";
    return CONTENTS_HEADING.test(text) || PAGE_REFERENCE.test(text);
  });
  if (!says) return new Set();
  const entries = new Set([...contents].map((i) => normal(blocks[i]?.text ?? "")));
  const end = Math.max(...contents);
  return new Set(blocks.flatMap((block, i) => (i > end && entries.has(normal(block.text)) ? [i] : [])));
}

/** Whether a heading after `from` is one of the entries. */
function comesBack(blocks: readonly Block[], from: number, entries: ReadonlySet<string>): boolean {
  return blocks
    .slice(from)
    .some((b) => entries.has(normal(b.text)) || entries.has(normal(withoutNumbering(b.text))));
}

/** A heading's words without the numbering that opens them (`一、总体要求` → `总体要求`). */
function withoutNumbering(text: string): string {
  const number = openingMarker(text);
  return number ? text.slice(markerSpan(text, 0, number)) : text;
}

/** A line a table of contents may hold: short, no sentence in it, no heading of the text. */
function isContentsLine(block: Block): boolean {
  return (
    block.kind !== "heading" &&
    entryLength(block.text) <= CONTENTS_LINE_MAX &&
    !/[。！？；!?;]/u.test(block.text)
  );
}

function range(start: number, end: number): Set<number> {
  const lines = new Set<number>();
  for (let k = start; k < end; k++) lines.add(k);
  return lines;
}

/** How many lines a note in square brackets may run to (a circular's `[注意：本通告應交` … `備悉]`). */
const BRACKETED_NOTE_LINES_MAX = 8;

/**
 * A note in square brackets over several lines (`[注意：本通告應交` · `(a) 各校校長——備辦；及` ·
 * `(b) 各組主管——備悉]`): whom a circular is for, an editor's aside. Its lines are one note, and
 * the numbering inside it numbers no point. Returns the blocks inside such notes.
 */
export function findBracketedNotes(blocks: readonly Block[]): Set<number> {
  const inside = new Set<number>();
  blocks.forEach((block, start) => {
    const text = block.text.trim();
    if (!/^[[［]/u.test(text) || /[\]］]/u.test(text)) return;
    for (let end = start + 1; end < Math.min(blocks.length, start + BRACKETED_NOTE_LINES_MAX); end++) {
      const line = blocks[end]?.text.trim() ?? "";
      if (/[[［]/u.test(line)) return;
      if (/[\]］]$/u.test(line)) {
        for (let i = start; i <= end; i++) inside.add(i);
        return;
      }
    }
  });
  return inside;
}

/** A note's label opening its paragraph (`注：`, `備註：`, `Note:`). */
const NOTE_LABEL = /^(?:[注註]|[备備][注註]|Notes?)[：:]/u;

/**
 * A note under a table or a figure (`注：1. 括号外数值为…。2. 出水粪大肠菌群数…`): the numbering
 * inside it numbers the note's remarks, no point. Returns the notes' blocks.
 */
export function findNoteParagraphs(blocks: readonly Block[]): Set<number> {
  const notes = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.kind === "paragraph" && NOTE_LABEL.test(block.text.trim())) notes.add(index);
  });
  return notes;
}

/**
 * A table of contents before the text: a run of short lines near the start (after an optional
 * `目录` line) each of which comes back later in the text. Its lines are no points of their own;
 * the points are where the text really starts.
 */
export function findContents(blocks: readonly Block[]): Set<number> {
  const headed = contentsUnderHeading(blocks);
  if (headed) return headed;
  const last = new Map<string, number>();
  // Only short lines can be contents lines or the headings they point to.
  blocks.forEach((block, i) => {
    if (entryLength(block.text) <= CONTENTS_LINE_MAX + 8) last.set(normal(block.text), i);
  });
  const start = blocks.findIndex((b) => CONTENTS_HEADING.test(b.text.trim()));
  const searchFrom = start >= 0 && start < 20 ? start + 1 : 0;
  for (let i = searchFrom; i < Math.min(blocks.length, 20); i++) {
    let end = i;
    // Contents lines are headings: short, no sentence in them, each coming back later, in order.
    let previousCopy = -1;
    while (end < blocks.length) {
      const block = blocks[end];
      if (!block || entryLength(block.text) > CONTENTS_LINE_MAX || block.kind === "heading") break;
      if (/[。！？；!?;]/u.test(block.text)) break;
      const later = last.get(normal(block.text)) ?? -1;
      if (later <= end || later <= previousCopy) break;
      previousCopy = later;
      end++;
    }
    // Every line of the run must come back after the run, not inside it.
    const run = blocks.slice(i, end);
    const laterThanRun = run.every((b) => (last.get(normal(b.text)) ?? -1) >= end);
    if (run.length >= (start >= 0 ? 2 : 3) && laterThanRun) return range(start >= 0 ? start : i, end);
    if (start >= 0) break;
  }
  return new Set();
}

/** How many paragraphs from the end a notes heading may stand. */
const NOTES_MAX = 40;
/**
 * Notes, references, a report's background papers or a glossary (`名词解释`), perhaps attached as
 * such (`附件：名词解释`).
 */
const NOTES_WORDS =
  /(?:附件?[\s\u3000]*[：:]?[\s\u3000]*)?(?:注释|註釋|注解|註解|尾注|尾註|注|註|参考文献|參考文獻|名词解释|名詞解釋|术语解释|術語解釋|notes|endnotes|footnotes|(?:notes?|background) (?:to|for) (?:the )?editors?|(?:list of )?background (?:papers|documents)|editor['’]?s['’]? notes?|references|bibliography|glossary(?: of terms)?|(?:recommended|suggested) reading|reading list|reading for this (?:lecture|session|week|class|seminar|talk))/u;
const NOTES_HEADING = new RegExp(`^${NOTES_WORDS.source}[：:]?$`, "iu");
/** A notes heading with its first note glued after its colon (`注释：1.本报告中的统计数据…`), as a page run together has it. */
const NOTES_HEADING_THEN_NOTE = new RegExp(
  `^${NOTES_WORDS.source}[：:][\\s\\u3000]*(?=[①-⑳]|\\d{1,3}[.、．]|[（(]\\d{1,3}[）)]|\\[\\d|〔\\d)`,
  "iu",
);
/** The heading of a press release's notes for the press (`Notes to editors`, `Background for editors`). */
const EDITORS_NOTES =
  /^(?:(?:notes?|background) (?:to|for) (?:the )?editors?|editor['’]?s['’]? notes?)[：:]?$/iu;
/** The short rule a printed page draws above its footnotes (`______`). */
const NOTES_RULE = /^(?:_{5,}|-{3,}|—{3,}|─{3,})$/u;
/**
 * An endnote: a bracketed number first (`〔1〕`, `[2]`, `［3］`), a numbered note (`註1：`, `注2:`), or
 * a raised number as the text marks it (`¹ Department for …`).
 */
const NOTE = new RegExp(
  `^(?:\\[\\d{1,3}\\]|〔\\d{1,3}〕|［\\d{1,3}］|【\\d{1,3}】|[注註][\\s\\u3000]*[\\d１-９]{1,3}[\\s\\u3000]*[：:．.、]|(?!⁰)${RAISED_DIGIT}{1,3}\\s)`,
  "u",
);
/** After a notes heading, plainer numbering also marks the notes (`①`, `1.`, `(1)`). */
const NOTE_AFTER_HEADING = /^(?:[①-⑳]|\d{1,3}(?:[.、．]|\s+(?=\S))|[（(]\d{1,3}[）)])/u;

/**
 * Where the endnotes at the end of the text begin (`注释` and its `〔1〕…` list), or
 * `blocks.length` when there are none. They belong to the closing, not to the last point.
 */
export function findEndnotes(blocks: readonly Block[]): number {
  // A copyright line may close the page under the notes.
  let end = blocks.length;
  while (end > 0 && COPYRIGHT_LINE.test(blocks[end - 1]?.text.trim() ?? "")) end--;
  let start = end;
  while (start > 0 && NOTE.test(blocks[start - 1]?.text ?? "")) start--;
  // A list's item keeps its number apart (an HTML `<ol>` of notes).
  const numbered = (b: Block) => (b.kind === "item" ? `${b.marker ?? ""} ${b.text}` : b.text);
  const isNote = (b: Block) => NOTE.test(numbered(b)) || NOTE_AFTER_HEADING.test(numbered(b));
  // The first notes heading that only notes follow (`Endnotes` then `1.`, and `References` and its
  // entries after them, numbered or not: `注释：` `[1] …` `参考文献：` `[1] …`).
  let found = -1;
  for (let heading = blocks.length - 1; heading >= Math.max(0, blocks.length - NOTES_MAX); heading--) {
    const text = blocks[heading]?.text.trim() ?? "";
    const after = blocks.slice(heading + 1);
    // The notes glued to their heading: nothing numbered may follow them.
    if (NOTES_HEADING_THEN_NOTE.test(text) && after.every((b) => !opensWithNumbering(b.text)))
      found = heading;
    if (!(NOTES_HEADING.test(text) && text.length <= 30) && !NOTES_RULE.test(text)) continue;
    // Between and after the notes, words that number nothing (a page's footer, who also signs).
    const first = after[0];
    const notesOnly = after.every((b) => isNote(b) || !opensWithNumbering(b.text));
    if (first && isNote(first) && notesOnly) found = heading;
    // A press release's notes to editors may be paragraphs of their own, unnumbered.
    if (first && EDITORS_NOTES.test(text) && notesOnly) found = heading;
  }
  if (found >= 0) return found;
  return start < end ? start : blocks.length;
}

/** `© 2025 Clean Water Futures Network. …`, `Copyright …`, `版权所有 …`. */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|Copyright\b|版权所有|版權所有)/iu;

/**
 * A heading over what an English report appends to its text: `APPENDIX A  OPTIONS SCORING MATRIX`,
 * `Appendix 2: Consultation responses`, `Annex B`, `Appendices`.
 */
const APPENDIX_HEADING =
  /^(?:(?:APPENDIX|Appendix|ANNEXE?|Annexe?)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})(?![A-Za-z])(?:[.:—–-]?\s+[^.!?]{1,80})?|APPENDICES|Appendices|ANNEXES|Annexes)$/u;

/** A paragraph this long is prose of the text, not a line of its opening. */
const PROSE_MIN = 80;
/** The longest line an appendix heading may be (`Appendix 2: ` and a title of 80 characters). */
const APPENDIX_HEADING_MAX = 100;

/**
 * Where the appendices after an English text begin (`APPENDIX A …` over a table and its notes), or
 * `blocks.length`: the first appendix heading after the text's opening that no contents line is,
 * and that has prose or points before it. What it holds is closing: notes, tables, letters, no
 * points of the text.
 */
export function findAppendices(blocks: readonly Block[], contents: ReadonlySet<number>): number {
  let afterProse = false;
  for (let i = 0; i < blocks.length; i++) {
    if (contents.has(i)) continue;
    const block = blocks[i] as Block;
    if (
      afterProse &&
      block.kind !== "item" &&
      block.text.length <= APPENDIX_HEADING_MAX &&
      APPENDIX_HEADING.test(block.text.trim())
    )
      return i;
    afterProse ||= block.text.length > PROSE_MIN;
  }
  return blocks.length;
}

/** `2024年3月1日`, `二〇二四年三月一日`: the date that signs a 公文. */
const SIGNATURE_DATE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/u;
const SIGNER_MAX = 30;
/** The issuer and the date on one line, as Markdown joins them (`市人民政府办公厅 2024年5月10日`). */
const SIGNER_AND_DATE = new RegExp(
  `^[^。；;，,！!？?：:、\\s]{2,${SIGNER_MAX}}[\\s\\u3000]+(?:${SIGNATURE_DATE.source.slice(1, -1)})$`,
  "u",
);

/**
 * Where a document's signature begins: the issuer's name (short lines, no punctuation) and the
 * date on the last line, or `blocks.length` when it ends otherwise.
 */
function findSignature(blocks: readonly Block[]): number {
  const last = blocks.length - 1;
  const lastText = blocks[last]?.text.trim() ?? "";
  if (last >= 1 && SIGNER_AND_DATE.test(lastText)) return last;
  if (last < 1 || !SIGNATURE_DATE.test(lastText)) return blocks.length;
  let start = last;
  while (start > Math.max(0, last - 2) && isSigner(blocks[start - 1]?.text ?? "")) start--;
  return start;
}

/** An issuer's name alone on its line: short, no punctuation, no numbering (a list's last item). */
function isSigner(text: string): boolean {
  return text.length <= SIGNER_MAX && !/[。；;，,！!？?：:、]/u.test(text) && openingMarker(text) === null;
}

/**
 * Who else receives a 公文 (`抄送：…`; a Taiwanese letter's `正本：…` `副本：…`) or a memo (`cc: …`),
 * in the record block at its end.
 */
const COPIES = /^(?:抄送|抄報|抄报|主送|分送|发送|發送|正本|副本|b?cc|copy to|copies to)[\s\u3000]*[：:]/iu;
/** Who researched and wrote a report, at its end (`调研组组长：…`, `调研组成员：…`, `执笔：…`). */
const CREDITS =
  /^(?:(?:调研组|調研組|课题组|課題組|调研小组|調研小組)(?:组长|組長|副组长|副組長|成员|成員)?|执笔|執筆|执笔人|執筆人|撰稿|撰稿人|统稿|統稿|审稿|審稿|责任编辑|責任編輯)[\s\u3000]*[：:]/u;
/** Who printed it and when (`市人民政府办公室 2024年3月15日印发`), or the date alone. */
const PRINTED = new RegExp(
  `^(?:[^。；;，,！!？?：:、]{2,${SIGNER_MAX}}[\\s\\u3000]*)?(?:${SIGNATURE_DATE.source.slice(1, -1)})[\\s\\u3000]*印发$`,
  "u",
);
/** A note in brackets after the date (`（此件公开发布）`, `（联系人：王某；电话：…）`). */
const BRACKETED_NOTE = /^[（(][^（）()]{2,80}[）)]$/u;
/** …that says what only a 公文's notes say, so it is closing even with no date before it. */
const NOTE_WORDS = /此件|本件|联系人|联系电话|聯繫人|聯絡人|联系方式|信息公开|公开方式|此页无正文/u;

/**
 * The notes and records a 公文 ends with, after its date: bracketed notes, `抄送：…`, the printer's
 * line. Returns where they begin (`blocks.length` when there are none), and whether one of them is
 * unmistakable, so that they end the text even with no signature before them.
 */
function findRecords(blocks: readonly Block[]): { start: number; definite: boolean } {
  let start = blocks.length;
  let definite = false;
  // A Taiwanese letter signs under its records (`正本：…` `副本：…` then `縣長 楊某`).
  if (isSigner(blocks[start - 1]?.text.trim() ?? "") && COPIES.test(blocks[start - 2]?.text.trim() ?? ""))
    start--;
  while (start > 0) {
    const text = blocks[start - 1]?.text.trim() ?? "";
    const note = BRACKETED_NOTE.test(text);
    const printed = PRINTED.test(text);
    if (!note && !printed && !COPIES.test(text) && !CREDITS.test(text)) break;
    definite ||= !note || NOTE_WORDS.test(text);
    start--;
    // The printer's name on a line of its own before the date it printed on.
    if (
      printed &&
      SIGNATURE_DATE.test(text.replace(/[\s\u3000]*印发$/u, "")) &&
      isSigner(blocks[start - 1]?.text ?? "")
    )
      start--;
  }
  return { start, definite };
}

/**
 * Whether the blocks end with a signature, the issuer and the date of a 公文's 落款, perhaps with its
 * notes and records after it (`（此件公开发布）`, `抄送：…`).
 */
export function endsSigned(blocks: readonly Block[]): boolean {
  const records = findRecords(blocks);
  return findSignature(blocks.slice(0, records.start)) < records.start;
}

/**
 * Where a 公文's closing block begins: the list of its attachments (`附件：1. …`, a memo's
 * `Attachments:` and the files it numbers), the issuer, the date, the notes and records after it.
 * `blocks.length` when the text ends otherwise. Numbered as its lines may be, the block is no part
 * of the last point.
 */
export function findSignOff(blocks: readonly Block[]): number {
  const appended = Math.min(findEndMark(blocks), findAppendedMatter(blocks));
  const text = blocks.slice(0, appended);
  const records = findRecords(text);
  const attachments = findAttachments(text.slice(0, records.start));
  const start = Math.min(attachments, findSignature(text.slice(0, attachments)));
  if (start < records.start) return start;
  return records.definite ? records.start : appended;
}

/** A press release's mark where its text ends (`ENDS`, `- END -`, `# # #`), alone on its line. */
const END_MARK = /^(?:[-–—~*\s]*ENDS?[-–—~*\s]*|#\s*#\s*#)$/u;

/**
 * Where a press release's text ends, at its end mark in the second half of the text: what follows
 * (its media contact, its notes to editors) is the release's, no words of the last point.
 * `blocks.length` when there is none.
 */
function findEndMark(blocks: readonly Block[]): number {
  const at = blocks.findLastIndex((block) => END_MARK.test(block.text.trim()));
  return at >= blocks.length / 2 ? at : blocks.length;
}

/**
 * A line that opens matter appended to a text: a list of attachments (`附件：1. …`, `附：…`,
 * `附表2：…`, `Attachments:`), or an attached page (`附件1` alone or before its title, `附录`).
 */
const APPENDIX_OPENER =
  /^附[\s\u3000]*(?:[：:]|(?:件|表|录|錄)[\s\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|[A-Z])?(?:[\s\u3000]*[：:]|[\s\u3000]+(?=\S)|$))/u;

/** A sentence ends: Chinese stops, or a full stop before a space or the line's end. */
const SENTENCE_END = /[。！!？?]|\.(?=\s|$)/u;

/**
 * A paragraph of a text of its own, which appended lists, tables and forms do not hold: a section
 * or part numbered as a text's are (`二、`, `（一）`, `第三条`, a numbered heading), a numbered
 * paragraph with a sentence in it (`1.加强领导。…`), or a paragraph of prose.
 */
function isTextParagraph(block: Block): boolean {
  const text = block.text.trim();
  if (text.length > ATTACHMENT_LINE_MAX && SENTENCE_END.test(text)) return true;
  if (block.kind === "item") return SENTENCE_END.test(text);
  const marker = openingMarker(text);
  return marker !== null && (marker.strong || SENTENCE_END.test(text.slice(marker.marker.length)));
}

/**
 * Where matter appended at the end of a text begins: from a line that opens it (`附件：`, `附：`,
 * `附件1`, `附录`) to the end, nothing is a text's (see `isTextParagraph`): only lists, table
 * rows, a signature, notes and records. `blocks.length` when there is none. Its numbered lines are a
 * table's or a list's, no points of the text; an attached document with its own articles or
 * sections stays a part of the text (see `opensAttachedDocument`).
 */
function findAppendedMatter(blocks: readonly Block[]): number {
  let start = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    const text = block.text.trim();
    if (APPENDIX_OPENER.test(text) || ATTACHMENT_HEADING.test(text)) start = i;
    else if (isTextParagraph(block)) break;
  }
  return start;
}

/**
 * A 公文's closing block in the closing lines of an outline: where it begins (`lines.length` when
 * there is none; the lines before it are closing words, `谢谢大家`) and its signature, the issuer
 * and the date that sign it (`临江市人民政府办公室 2026年3月5日`), null when it has no date. Its
 * records and notes (`…印发`, `抄送：…`, `（此件公开发布）`) are no signature.
 */
export function closingSignOff(lines: readonly string[]): { start: number; signature: string | null } {
  const blocks = lines.map((text): Block => ({ kind: "paragraph", text, line: 0 }));
  const start = findSignOff(blocks);
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]?.trim() ?? "";
    if (SIGNER_AND_DATE.test(text)) return { start, signature: text };
    if (!SIGNATURE_DATE.test(text)) continue;
    let first = i;
    while (first > Math.max(start, i - 2) && isIssuer(lines[first - 1] ?? "")) first--;
    const signature = lines.slice(first, i + 1).map((line) => line.trim());
    return { start, signature: signature.join(" ") };
  }
  return { start, signature: null };
}

/** An issuer's line before the date: a signer's, not one of an attachment list (`2．统计表`). */
function isIssuer(text: string): boolean {
  return isSigner(text) && !ATTACHMENT_HEADING.test(text.trim()) && !/^\d{1,2}[.．、]/u.test(text.trim());
}

/** A file a page offers for download (`2.任务清单.pdf`): an attachment, not words of the speech. */
const ATTACHMENT_FILE = /\.(?:docx?|pdf|xlsx?|wps|zip|ofd)$/iu;
/**
 * `附件：` or `附件2：`, alone or before the first file's name; in English `Attachments:`,
 * `Enclosures:`, `Appendices:` (`Appendices to this report:`), a web page's `Downloads` (`附件下載`)
 * and the like, or the word alone on its line (a Markdown or HTML heading).
 */
const ATTACHMENT_HEADING =
  /^(?:(?:附[\s\u3000]*件[\s\u3000]*[0-9０-９]*|(?:attachments?|enclosures?|encl\.?|appendices|annexes|exhibits|downloads)(?:\s*\(\d{1,2}\))?(?:\s+(?:to|of|with)\s+this\s+(?:report|memo|memorandum|letter|paper|document|submission))?)[\s\u3000]*[：:]|(?:attachments?|enclosures?|appendices|annexes|downloads|附件下[载載]|檔案下載|档案下载|相[关關]附件)$)/iu;
/**
 * Who was there, or who receives the text, before the names it lists: `Present:`, `In attendance:`,
 * `Apologies:`, `Distribution:`, `参会人员：`, `列席人员：`. Numbered as they may be, the names are no points.
 */
const ROSTER_HEADING =
  /^(?:(?:参会|參會|出席|列席|参加|參加|与会|與會|缺席|请假|請假)(?:人员|人員|单位|單位|领导|領導|同志)?|present|also present|in attendance|attendees|attending|apologies(?: for absence)?|absent|distribution(?: list)?|circulation|copies to)[\s\u3000]*[：:]/iu;
/** A sentence that introduces a list of names (`This report has been issued to the following officers:`). */
const NAMES_FOLLOW =
  /\bthe following (?:officers|people|persons|members|staff|attendees|organisations|organizations|papers|documents|reports)\b[^.:;!?]{0,40}:$/iu;
/** How many short lines an attachment list (and a signature after it) may hold. */
const ATTACHMENT_LIST_MAX = 12;
const ATTACHMENT_LINE_MAX = 80;

/**
 * Where the attachments at the end of the text begin (`附件：` and the files it lists), or
 * `blocks.length` when there are none. Numbered as they are, they belong to the closing.
 */
function findAttachments(blocks: readonly Block[]): number {
  let start = blocks.length;
  while (start > 0 && ATTACHMENT_FILE.test(blocks[start - 1]?.text.trim() ?? "")) start--;
  for (let i = start - 1; i >= Math.max(0, blocks.length - ATTACHMENT_LIST_MAX); i--) {
    const text = blocks[i]?.text.trim() ?? "";
    if (ATTACHMENT_HEADING.test(text)) return i;
    if (text.length > ATTACHMENT_LINE_MAX || /[。；;！!？?]/u.test(text)) break;
  }
  return start;
}

/** A name of an attached file: short, no sentence in it. */
function isAttachmentName(text: string): boolean {
  return text.length <= ATTACHMENT_LINE_MAX && !/[。；;！!？?]|\.\s/u.test(text);
}

/** Two names or more on one line, apart by semicolons, each perhaps numbered (`1. Status report; 2. Budget review`). */
function namesInline(text: string): boolean {
  const names = text.split(/[;；]/u).filter((name) => name.trim() !== "");
  return (
    names.length > 1 &&
    names.every((name) => isAttachmentName(listEntry({ text: name.trim(), line: 0, kind: "paragraph" }).name))
  );
}

/** The number a line of a list opens with (`2．`, `（2）`, a list item's own), and the name after it. */
function listEntry(block: Block): { number: MarkerMatch | null; name: string } {
  const text = block.text.trim();
  if (block.kind === "item") {
    return { number: block.marker ? matchMarker(`${block.marker} x`, 0, false) : null, name: text };
  }
  const number = matchMarker(text, 0, false);
  return { number, name: number ? text.slice(markerSpan(text, 0, number)) : text };
}

/**
 * The lines of every list of attachments, wherever it stands (before an attached document as well as
 * at the end), or of the people present or the papers tabled (see ROSTER_HEADING and NAMES_FOLLOW):
 * `附件：1.任务分解表` and the lines that go on with its numbering (`2.建设计划表`),
 * `附件：` alone and the numbered names under it, or `附件：实施细则`, one file unnumbered. A line
 * that goes on with a name too long for one line (no number, no sentence, the next name after it)
 * is the list's too. They name files or people; numbered as they are, they are no points.
 */
export function findListsOfNames(blocks: readonly Block[]): Set<number> {
  const lines = new Set<number>();
  blocks.forEach((block, index) => {
    const text = block.text.trim();
    const heading = ATTACHMENT_HEADING.exec(text) ?? ROSTER_HEADING.exec(text);
    if (!heading && !NAMES_FOLLOW.test(text)) return;
    const first = listEntry({
      ...block,
      kind: "paragraph",
      text: heading ? text.slice(heading[0].length) : "",
    });
    if (first.name.trim() !== "") {
      if (!isAttachmentName(first.name)) {
        // The names on the heading's line, apart by semicolons (`Attachments: 1. …; 2. …`).
        if (heading && namesInline(text.slice(heading[0].length))) lines.add(index);
        return;
      }
      lines.add(index);
      // One file unnumbered, or a list that does not count from one: nothing after it is the list's.
      if (first.number?.ordinal !== 1) return;
    }
    let family = first.number?.family ?? null;
    let next = first.number ? 2 : 1;
    const list: number[] = [];
    for (let i = index + 1; i < blocks.length; i++) {
      const entry = listEntry(blocks[i] as Block);
      const numbered =
        entry.number !== null &&
        entry.number.ordinal === next &&
        (family === null || entry.number.family === family) &&
        isAttachmentName(entry.name);
      if (numbered) {
        family ??= entry.number?.family ?? null;
        next++;
        list.push(i);
        continue;
      }
      const after = blocks[i + 1];
      const wrapped =
        next > 1 &&
        entry.number === null &&
        isAttachmentName(entry.name) &&
        after !== undefined &&
        listEntry(after).number?.ordinal === next;
      if (!wrapped) break;
      list.push(i);
    }
    if (next === 1) return;
    lines.add(index);
    for (const line of list) lines.add(line);
  });
  return lines;
}
