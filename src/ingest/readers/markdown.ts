import { decodeHTML } from "entities";
import { Lexer, type Token, type Tokens } from "marked";
import { isEventLine } from "../../event-line.js";
import { QUANTITY_UNIT, wrapsNumberedWords } from "../../numerals.js";
import { MAX_NESTING, tooDeep, withinStack, WorkBudget } from "../limits.js";
import type { RawDocument } from "../raw.js";
import type { Block } from "../types.js";
import { breakJoinsWithoutSpace, CONTENTS_ENTRY_END, textEnd } from "../wrap.js";
import { isBoldHeading, isBoldMarker, isBoldTitle } from "./bold-heading.js";
import { unglueBold } from "./glued-bold.js";
import { readLayoutHtml } from "./layout-html.js";

export type MarkdownDocument = Pick<RawDocument, "title" | "blocks">;

/**
 * Reads a Markdown body (front matter already split off) into blocks. `startLine` is the file line
 * of the body's first line, so every block's `line` is a line of the file. Nothing is rendered or
 * run: code and raw HTML are kept as plain text.
 */
export function readMarkdown(
  text: string,
  startLine: number,
  file = "the text",
  budget = new WorkBudget(file),
): MarkdownDocument {
  checkCost(text, file, budget);
  const lexer = new SpeechLexer({ gfm: true });
  // Inline text read again on its own (see `readParagraph`) still knows the document's link definitions.
  const inline = (src: string) => lexer.inlineTokens(src);
  return withinStack(file, () => walkTokens(lexer.lex(text), startLine, inline));
}

/** marked's lexer, reading bold glued to punctuation as bold (see `unglueBold`) in every inline text. */
class SpeechLexer extends Lexer {
  override inlineTokens(src: string, tokens?: Token[]): Token[] {
    return super.inlineTokens(unglueBold(withoutSpanAttributes(src)), tokens);
  }
}

/** One attribute of a span or heading as pandoc writes it: `#_Toc159081122`, `.anchor`, `lang=zh`. */
const ATTRIBUTE = String.raw`(?:[#.][\w:.-]+|[\w-]+=[^\s{}]+)`;
/** A span with attributes (`[]{#_Toc159081122 .anchor}`, `[重点]{.underline}`): only its words are text. */
const ATTRIBUTED_SPAN = new RegExp(String.raw`\[([^\[\]]*)\]\{${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\}`, "gu");
/** Attributes closing a heading's line (`## 总体要求 {#sec-1}`). */
const HEADING_ATTRIBUTES = new RegExp(String.raw`\s+\{${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\}$`, "u");

/**
 * A document that pandoc exported from Word marks its headings' bookmarks as empty spans
 * (`## []{#_Toc159081122 .anchor}深刻认识…`) and its underlines as spans: the marks are no words.
 */
function withoutSpanAttributes(src: string): string {
  if (!src.includes("]{") && !src.includes(" {")) return src;
  // A code span is kept as written.
  return src
    .split(/(`+[^`]*`+)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(ATTRIBUTED_SPAN, "$1")))
    .join("")
    .replace(HEADING_ATTRIBUTES, "");
}

/** A newspaper column's label in lenticular brackets (`【社论】`, `【本報評論】`). */
const COLUMN_LABEL = /^【[^】]{1,8}】$/u;

const SENTENCE_END = /[.。!！?？]$/u;

/** A short line wholly in bold and no sentence (`**INTERNAL - DO NOT FORWARD**`): a label, if anything. */
function boldLabel(token: Token): boolean {
  const inner = token.type === "paragraph" ? (token as Tokens.Paragraph).tokens : undefined;
  const only = inner?.length === 1 ? inner[0] : undefined;
  return only?.type === "strong" && only.text.length <= 40 && !SENTENCE_END.test(only.text.trim());
}

/** How many lines a cover over a Markdown title may hold (the organisation, the meeting, the author). */
const COVER_LINES_MAX = 4;
/** The longest line of such a cover (`Meeting of 26 September 2024 · Agenda item 9 · Paper B/24/61`). */
const COVER_LINE_MAX = 160;

/**
 * A paragraph of the cover over a document's only H1: a few short lines, none of them ending a
 * sentence. Returns how many lines it holds, or 0 when it is text.
 */
function coverLines(token: Token): number {
  if (token.type !== "paragraph") return 0;
  const lines = (token as Tokens.Paragraph).text.split("\n").map((line) => line.replace(/[*_]/gu, "").trim());
  const cover = lines.every(
    (line) => line.length > 0 && line.length <= COVER_LINE_MAX && !SENTENCE_END.test(line),
  );
  return cover ? lines.length : 0;
}

/** How many blocks of a web page's furniture (skip link, banner, menu, breadcrumb) may stand over its only H1. */
const PAGE_FURNITURE_MAX = 8;
/** A Markdown link (`[Home](/)`): a page's furniture holds them, a speech's opening words do not. */
const LINK = /\[[^\]\n]+\]\([^)\n]*\)/u;

const isTitleHeading = (token: Token) => token.type === "heading" && (token as Tokens.Heading).depth === 1;

function walkTokens(tokens: Token[], startLine: number, inline: InlineLexer): MarkdownDocument {
  const blocks: Block[] = [];
  let title: string | null = null;
  let line = startLine;
  let seenContent = false;
  // The only H1 titles the document even under a short cover (a board paper's letterhead and meeting),
  // or as the first heading of a page saved as Markdown, under its furniture (a skip link, a cookie
  // banner, a menu, a breadcrumb: a few blocks, links among them).
  const onlyTitleHeading = tokens.filter(isTitleHeading).length === 1;
  const firstHeading = tokens.findIndex((token) => token.type === "heading");
  const above = tokens.slice(0, Math.max(0, firstHeading)).filter((token) => token.type !== "space");
  const furnished =
    onlyTitleHeading &&
    isTitleHeading(tokens[firstHeading] as Token) &&
    above.length <= PAGE_FURNITURE_MAX &&
    above.some((token) => LINK.test(token.raw));
  let cover = 0;
  for (const token of tokens) {
    const underCover = onlyTitleHeading && (cover <= COVER_LINES_MAX || furnished);
    if ((!seenContent || underCover) && isTitleHeading(token)) {
      // A leading H1 is the speech's title, not one of its points.
      title = inlineText((token as Tokens.Heading).tokens);
      seenContent = true;
    } else {
      const before = blocks.length;
      walk(token, line, blocks, { listDepth: 0, inQuote: false, inline });
      // A column's label above the title (`**【社论】**`, `**INTERNAL - DO NOT FORWARD**`), or the
      // occasion it was given at (`Lakeside Ideas Conference 2024`), is no content before it.
      const label = boldLabel(token) || (token.type === "paragraph" && isEventLine(token.text));
      if (!label && blocks.slice(before).some((block) => !COLUMN_LABEL.test(block.text.trim())))
        seenContent = true;
      // A rule under the cover (`---`) is no text either.
      if (title === null && token.type !== "space" && token.type !== "hr")
        cover += coverLines(token) || Infinity;
    }
    line += countNewlines(token.raw);
  }
  return { title, blocks };
}

/**
 * Refuses Markdown that would cost the parser more than podium allows, before it parses: marked
 * reads a nested quote or list once more per level (quadratic work), and recurses once per level.
 * A line's nesting is at most its leading quote and list markers plus one level per two columns of
 * indentation; its cost is its length times that.
 */
function checkCost(text: string, file: string, budget: WorkBudget): void {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    const depth = leadingNesting(text, start, stop);
    if (depth > MAX_NESTING) throw tooDeep(file);
    budget.charge(Math.max(1, depth) * (stop - start + 1));
    start = stop + 1;
  }
}

/** Quote and list markers and indentation at the start of the line `text[start, stop)`. */
function leadingNesting(text: string, start: number, stop: number): number {
  let markers = 0;
  let columns = 0;
  let at = start;
  const spaceAfter = (i: number) => i >= stop || text[i] === " " || text[i] === "\t";
  while (at < stop) {
    const c = text[at] ?? "";
    if (c === " ") columns += 1;
    else if (c === "\t") columns += 4;
    else if (c === ">") markers++;
    else if ((c === "-" || c === "*" || c === "+") && spaceAfter(at + 1)) markers++;
    else {
      const digits = /^\d{1,9}[.)]/.exec(text.slice(at, Math.min(stop, at + 10)))?.[0];
      if (!digits || !spaceAfter(at + digits.length)) break;
      markers++;
      at += digits.length - 1;
    }
    at++;
  }
  return markers + Math.floor(columns / 2);
}

type InlineLexer = (src: string) => Token[];

interface Context {
  /** How many ordered lists enclose the token. */
  listDepth: number;
  /** Headings inside a blockquote are quoted text, not structure. */
  inQuote: boolean;
  inline: InlineLexer;
}

function walk(token: Token, line: number, out: Block[], ctx: Context): void {
  switch (token.type) {
    case "heading": {
      const t = token as Tokens.Heading;
      const text = inlineText(t.tokens);
      if (ctx.inQuote) push(out, text, line);
      else if (text.trim() !== "") out.push({ kind: "heading", text: text.trim(), line, depth: t.depth });
      return;
    }
    case "paragraph":
    case "text": {
      const t = token as Tokens.Paragraph | Tokens.Text;
      if (!t.tokens) {
        push(out, decodeHTML(t.text), line);
        return;
      }
      readParagraph(t.raw, t.tokens, line, out, ctx.inline);
      return;
    }
    case "code": {
      // A fenced block's text starts on the line after its fence. An indented one may be a
      // speech's paragraph indented by its writer: only a fenced one is code.
      const fenced = /^\s*(?:```|~~~)/.test(token.raw);
      push(out, (token as Tokens.Code).text, fenced ? line + 1 : line);
      const block = out.at(-1);
      if (fenced && block) block.code = true;
      return;
    }
    case "html": {
      // An HTML comment is invisible in rendered Markdown, so it is no part of the speech.
      const raw = (token as Tokens.HTML).text;
      if (/^\s*<!--[\s\S]*-->\s*$/.test(raw)) return;
      // HTML that only lays words out shows them (a `<br>` alone nothing); any other stays as written.
      const layout = readLayoutHtml(raw);
      if (!layout) push(out, raw, line);
      for (const { text, depth, bold } of layout ?? []) {
        if (depth !== undefined && !ctx.inQuote) out.push({ kind: "heading", text, line, depth });
        else out.push({ kind: "paragraph", text, line, ...(bold ? { bold } : {}) });
      }
      return;
    }
    case "blockquote": {
      const before = out.length;
      walkChildren((token as Tokens.Blockquote).tokens, line, out, { ...ctx, inQuote: true });
      for (const block of out.slice(before)) block.quoted = true;
      return;
    }
    case "list": {
      const list = token as Tokens.List;
      // `2019. It was…`: a wrapped line that starts with a year is a paragraph, not a list of one.
      const [first, ...rest] = list.items;
      if (!list.ordered || typeof list.start !== "number" || list.start < YEAR_MIN || !first) {
        walkList(list, line, out, ctx);
        return;
      }
      push(out, first.raw.replace(/\s*\n\s*/gu, " "), line);
      // What follows the year line is read again on its own: a list there counts from its own number.
      walkChildren(
        new SpeechLexer({ gfm: true }).lex(rest.map((item) => item.raw).join("")),
        line + countNewlines(first.raw),
        out,
        ctx,
      );
      return;
    }
    case "table": {
      const t = token as Tokens.Table;
      // A row reads as one paragraph, cells apart by a tab (as Word's cells are).
      push(out, t.header.map((c) => inlineText(c.tokens)).join("\t"), line);
      t.rows.forEach((row, i) => push(out, row.map((c) => inlineText(c.tokens)).join("\t"), line + 2 + i));
      return;
    }
    default:
      // space, hr, def (link definitions) carry no speech text.
      return;
  }
}

/**
 * A paragraph's lines, each line that opens with a bold numbered title (`**一、总体要求** 坚持……`,
 * `**（一）坚持稳中求进。**今年以来……`) cut into the title, a line of its own, and its text.
 * CommonMark closes `**` after punctuation only before a space or punctuation, so a title ending in
 * `。` glued to its text keeps its `**` as text: the title is found in the paragraph's source, by
 * its line, whether the parser closed its bold or not.
 */
function readParagraph(raw: string, tokens: Token[], line: number, out: Block[], inline: InlineLexer): void {
  const lines = sourceLines(raw);
  const titled = lines.map((text) => numberedBoldTitle(text, inline));
  if (titled.every((title) => title === null)) {
    const [only] = tokens;
    if (lines.length === 1 && tokens.length === 1 && only?.type === "strong") {
      const text = inlineText(tokens).trim();
      if (text !== "") out.push({ kind: "paragraph", text, line, bold: true });
      return;
    }
    // `**Capital management.** Our balance sheet…`: a paragraph that opens with a bold sentence
    // heads what it says, as such a bullet does; bold words its sentence goes on from
    // (`**必须看到**当前形势…`) do not, nor bold that opens each of its lines (`**第一条**`).
    const lead = titledText(raw, inline);
    if (
      lead !== null &&
      /^[^\n]*[.。!！?？]\n/u.test(lead) &&
      !isDefinedTerm(lead) &&
      !lines.slice(1).some((text) => /^\s*(?:\*\*|__)/u.test(text))
    ) {
      out.push({ kind: "paragraph", text: lead, line, bulletTitle: true });
      return;
    }
    pushLines(tokens, line, out);
    return;
  }
  let from = 0;
  const flush = (to: number) => {
    const text = lines.slice(from, to).join("\n");
    if (text.trim() !== "") pushLines(inline(text), line + from, out);
  };
  titled.forEach((title, i) => {
    if (title === null) return;
    flush(i);
    push(out, title.heading, line + i);
    lines[i] = title.text;
    from = i;
  });
  flush(lines.length);
}

/**
 * A bold term before a colon (`**Division method:** …`, `**Schedule:** Amber — on track`): defined,
 * not a point of the text; unless what follows it says sentences of prose (`**Childcare:** We
 * opened two new early learning centres … .`): then the term titles what it says.
 */
function isDefinedTerm(titled: string): boolean {
  const [term = "", ...rest] = titled.split("\n");
  const words = rest.join(" ").trim();
  return /[：:]$/u.test(term) && !(words.length >= PROSE_AFTER_TERM_MIN && /[.!?。！？]$/u.test(words));
}

/** How long the words after a term must be to say sentences of prose, not define it. */
const PROSE_AFTER_TERM_MIN = 60;

function sourceLines(raw: string): string[] {
  return raw.replace(/\n+$/u, "").split("\n");
}

function pushLines(tokens: Token[], line: number, out: Block[]): void {
  for (const piece of inlineLines(tokens)) push(out, piece.text, line + piece.lineOffset);
}

/**
 * Bold at a line's start (`**…**`, `__…__`), the numbering of a section before it, the
 * punctuation that ends it, and what follows on the line.
 */
const BOLD_LEAD =
  /^[ \t]*((?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])?)(\*\*|__)(?=\S)(.*?\S)\2([。！？；：!?;:]*)(.*)$/u;

interface BoldLead {
  /** Numbering written before the bold (`（一）**坚持……**`), or `""`. */
  before: string;
  /** The bold words as plain text, with the punctuation that ends them even outside the bold. */
  bold: string;
  /** The bold words as written, without the `**`. */
  boldSource: string;
  /** The Markdown that follows on the line. */
  after: string;
}

function boldLead(text: string, inline: InlineLexer): BoldLead | null {
  const match = BOLD_LEAD.exec(text);
  if (!match) return null;
  // The title's own end may stand after the bold (`**（一）坚持稳中求进**。今年……`).
  const [, before = "", , boldSource = "", end = "", after = ""] = match;
  // Bold words that a comma goes on from (`**办好教育**，推动……`, `**办好教育，**推动……`) are the
  // first clause of a sentence.
  if (/^[，,、]/u.test(after) || /[，,、]$/u.test(boldSource)) return null;
  return { before, bold: `${inlineText(inline(boldSource))}${end}`, boldSource: boldSource + end, after };
}

/**
 * The bold numbered title that opens a line, as its heading (plain text) and the Markdown that
 * follows it; null when the line opens otherwise. Bold numbering alone (`**（一）**坚持……`) is
 * no title: it stays with its text, without the `**` the parser may have left.
 */
function numberedBoldTitle(text: string, inline: InlineLexer): { heading: string; text: string } | null {
  const lead = boldLead(text, inline);
  if (!lead) return null;
  const heading = lead.before + lead.bold;
  if (isBoldHeading(heading)) return { heading, text: lead.after };
  if (lead.before === "" && isBoldMarker(heading) && /^\S/u.test(lead.after))
    return { heading: "", text: lead.boldSource + lead.after };
  return null;
}

/**
 * A list item's text. One opening with a bold title (`1. **稳定就业。**要落实……`) keeps the title
 * on a line of its own, as the bold set it apart, whether the parser closed the bold or not.
 */
function itemText(first: Tokens.Text | Tokens.Paragraph, inline: InlineLexer): string {
  if (!first.tokens) return decodeHTML(first.text).trim();
  return titledText(first.raw, inline) ?? inlineText(first.tokens).trim();
}

/** An item's or a paragraph's text when it opens with a bold title: the title on a line of its own; else null. */
function titledText(raw: string, inline: InlineLexer): string | null {
  const [opening = "", ...more] = sourceLines(raw);
  const lead = boldLead(opening, inline);
  if (!lead || lead.before !== "" || !isBoldTitle(lead.bold)) return null;
  const rest = inlineText(inline([lead.after, ...more].join("\n"))).trim();
  return rest === "" ? lead.bold.trim() : `${lead.bold.trim()}\n${rest}`;
}

function walkChildren(tokens: Token[], line: number, out: Block[], ctx: Context): void {
  let at = line;
  for (const child of tokens) {
    walk(child, at, out, ctx);
    at += countNewlines(child.raw);
  }
}

/** The least number read as a year at a line's start rather than as a list's. */
const YEAR_MIN = 1000;

function walkList(list: Tokens.List, line: number, out: Block[], ctx: Context): void {
  const start = typeof list.start === "number" ? list.start : 1;
  const depth = list.ordered ? ctx.listDepth + 1 : ctx.listDepth;
  let at = line;
  let counted = 0;
  list.items.forEach((item) => {
    const [first, ...rest] = item.tokens;
    const written = /^\s*(\d+)([.)])/.exec(item.raw);
    const number = Number(written?.[1] ?? 0);
    // `…will not ease until⏎2027. That is why…`: a wrapped line that starts with a year goes on
    // with the words before it, though the list takes it for its next item.
    if (list.ordered && counted > 0 && number >= YEAR_MIN && number !== start + counted) {
      push(out, item.raw.replace(/\s*\n\s*/gu, " "), at);
      at += countNewlines(item.raw);
      return;
    }
    const i = counted++;
    if (list.ordered && first && (first.type === "text" || first.type === "paragraph")) {
      const delimiter = written?.[2] ?? ".";
      const text = itemText(first as Tokens.Text | Tokens.Paragraph, ctx.inline);
      out.push({ kind: "item", text, line: at, marker: `${start + i}${delimiter}`, listDepth: depth });
      walkChildren(rest, at + countNewlines(first.raw), out, { ...ctx, listDepth: depth });
    } else if (
      !list.ordered &&
      first?.type !== undefined &&
      (first.type === "text" || first.type === "paragraph")
    ) {
      // `- **坚持需求导向。** 从居民…`: a bullet that opens with a bold title heads what it says; a
      // term before a colon (`- **Division method:** …`) is defined, not a point of the text.
      const titled = (first as Tokens.Text).tokens ? titledText(first.raw, ctx.inline) : null;
      const term = titled !== null && isDefinedTerm(titled);
      if (titled === null || term) walkChildren(item.tokens, at, out, { ...ctx, listDepth: depth });
      else {
        out.push({ kind: "paragraph", text: titled, line: at, bulletTitle: true });
        walkChildren(rest, at + countNewlines(first.raw), out, { ...ctx, listDepth: depth });
      }
    } else {
      walkChildren(item.tokens, at, out, { ...ctx, listDepth: depth });
    }
    at += countNewlines(item.raw);
  });
}

function push(out: Block[], text: string, line: number): void {
  const trimmed = text.trim();
  if (trimmed !== "") out.push({ kind: "paragraph", text: trimmed, line });
}

/** A soft line break, resolved once the whole paragraph is known (see `joinParts`). */
const SOFT = Symbol("soft break");
/** A hard line break written on a line end (`  ⏎`, `\⏎`), as opposed to an inline `<br>`. */
const HARD = Symbol("hard break");
type Part = string | typeof SOFT | typeof HARD;

/** Plain text of inline tokens: emphasis and link syntax dropped, link and image text kept. */
function inlineText(tokens: Token[]): string {
  return inlineLines(tokens)
    .map((piece) => piece.text)
    .join("\n");
}

/**
 * A paragraph's text, split where one of its lines starts a paragraph of its own: a line
 * indented with ideographic spaces or opening with numbering, after a soft or hard break
 * (speeches pasted a paragraph a line, with no blank lines between). `lineOffset` counts source lines.
 */
function inlineLines(tokens: Token[]): { text: string; lineOffset: number }[] {
  const parts: Part[] = [];
  collectInline(tokens, parts);
  const pieces: { text: string; lineOffset: number }[] = [];
  let start = 0;
  let lineOffset = 0;
  let startOffset = 0;
  for (let i = 0; i <= parts.length; i++) {
    const part = parts[i];
    if (i < parts.length && part !== SOFT && part !== HARD && part !== "\n") continue;
    const before = parts[i - 1];
    const next = lineAfter(parts, i);
    // `农村一、⏎二、三产业`: the next number of a range the break wrapped opens no paragraph. A
    // contents line (`Scope ........ 2`) ends its own.
    const opensParagraph =
      i < parts.length &&
      ((STARTS_PARAGRAPH.test(next) && !(typeof before === "string" && wrapsNumberedWords(before, next))) ||
        (typeof before === "string" && CONTENTS_ENTRY_END.test(before)));
    if (i < parts.length && !opensParagraph) {
      if (part !== "\n") lineOffset += 1;
      continue;
    }
    pieces.push({ text: joinParts(parts.slice(start, i)), lineOffset: startOffset });
    if (part === SOFT || part === HARD) lineOffset += 1;
    start = i + 1;
    startOffset = lineOffset;
  }
  return pieces;
}

/**
 * A line indented with ideographic spaces, or opening with numbering, starts a paragraph: clause
 * numbers too (`1.1 本办法…`, `2. 职责`, `2.职责`), which CommonMark runs into the paragraph or list
 * item before them (only `1. ` may interrupt a paragraph), unless the number is a quantity (`12.5 万元`).
 */
const STARTS_PARAGRAPH = new RegExp(
  "^(?:\u3000|[一二三四五六七八九十]+[、是要则則]|[（(][一二三四五六七八九十\\d]+[）)]|" +
    "第[一二三四五六七八九十]+[，、章节條条部]|\\d{1,3}[、．]|[①-⑳⑴-⒇]|" +
    // A lettered sub-item under a numbered item (`   a. Capital cost …`, `(ii) …`): no list to CommonMark.
    "(?:[a-z][.)]|\\((?:[a-z]|[ivx]{1,4})\\))[ \t]+(?=\\S)|" +
    `\\d{1,3}(?:(?:[.．]\\d{1,3}){1,3}[.．]?|[.．])[ \u3000]*(?!${QUANTITY_UNIT})(?=\\p{Script=Han}))`,
  "u",
);

/** The text of the line after the break at `parts[index]`: the string parts up to the next break. */
function lineAfter(parts: readonly Part[], index: number): string {
  let line = "";
  for (let i = index + 1; i < parts.length && line.length < LINE_START; i++) {
    const part = parts[i];
    if (typeof part !== "string" || part === "\n") break;
    line += part;
  }
  return line;
}
/** How much of a line tells whether it opens with numbering. */
const LINE_START = 16;

function collectInline(tokens: Token[], parts: Part[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case "text": {
        const t = token as Tokens.Text;
        if (t.tokens) collectInline(t.tokens, parts);
        else {
          decodeHTML(t.text)
            .split(/[ \t]*\n[ \t]*/)
            .forEach((piece, i) => {
              if (i > 0) parts.push(SOFT);
              parts.push(piece);
            });
        }
        break;
      }
      case "escape":
      case "codespan":
        parts.push((token as Tokens.Escape).text);
        break;
      case "strong":
      case "em":
      case "del":
      case "link":
        collectInline((token as Tokens.Strong).tokens, parts);
        break;
      case "image":
        parts.push((token as Tokens.Image).text);
        break;
      case "br":
        parts.push(token.raw.includes("\n") ? HARD : "\n");
        break;
      case "html": {
        // Inline tags are markup, not words; `<br>` still breaks the line.
        const raw = token.raw;
        if (/^<br\s*\/?>$/i.test(raw)) parts.push("\n");
        else if (!/^(?:<\/?[a-zA-Z][^>]*>|<!--[\s\S]*-->)$/.test(raw)) parts.push(raw);
        break;
      }
      default:
        // Anything newer marked may add: keep its source text rather than lose it.
        parts.push("text" in token && typeof token.text === "string" ? token.text : token.raw);
    }
  }
}

/**
 * A soft line break inside a paragraph is a space in English and nothing between two Chinese
 * characters or inside a number of Chinese text, as the rendered paragraph would read.
 */
function joinParts(parts: Part[]): string {
  let out = "";
  let end = "";
  const add = (text: string) => {
    out += text;
    end = textEnd(end, text);
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === undefined) continue;
    if (part === HARD) {
      add("\n");
      continue;
    }
    if (part !== SOFT) {
      add(part);
      continue;
    }
    let next = "";
    for (let j = i + 1; j < parts.length && next === ""; j++) {
      const p = parts[j];
      if (typeof p === "string") next = p;
    }
    add(breakJoinsWithoutSpace(end, next) ? "" : " ");
  }
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
