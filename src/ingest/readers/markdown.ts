import { decodeHTML } from "entities";
import { Lexer, type Token, type Tokens } from "marked";
import { MAX_NESTING, tooDeep, withinStack, WorkBudget } from "../limits.js";
import type { RawDocument } from "../raw.js";
import type { Block } from "../types.js";
import { CJK, wrapsNumber } from "../wrap.js";
import { isBoldHeading } from "./bold-heading.js";

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
  return withinStack(file, () => walkTokens(new Lexer({ gfm: true }).lex(text), startLine));
}

function walkTokens(tokens: Token[], startLine: number): MarkdownDocument {
  const blocks: Block[] = [];
  let title: string | null = null;
  let line = startLine;
  let seenContent = false;
  for (const token of tokens) {
    if (!seenContent && token.type === "heading" && (token as Tokens.Heading).depth === 1) {
      // A leading H1 is the speech's title, not one of its points.
      title = inlineText((token as Tokens.Heading).tokens);
      seenContent = true;
    } else {
      const before = blocks.length;
      walk(token, line, blocks, { listDepth: 0, inQuote: false });
      if (blocks.length > before) seenContent = true;
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

interface Context {
  /** How many ordered lists enclose the token. */
  listDepth: number;
  /** Headings inside a blockquote are quoted text, not structure. */
  inQuote: boolean;
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
      // `**一、总体要求** 坚持……`: the bold numbered title is a heading line of its own.
      const [lead, ...rest] = t.tokens;
      const boldTitle = lead?.type === "strong" && rest.length > 0 ? inlineText([lead]) : "";
      if (isBoldHeading(boldTitle)) push(out, boldTitle, line);
      for (const piece of inlineLines(isBoldHeading(boldTitle) ? rest : t.tokens))
        push(out, piece.text, line + piece.lineOffset);
      return;
    }
    case "code":
      // A fenced block's text starts on the line after its fence.
      push(out, (token as Tokens.Code).text, /^\s*(?:```|~~~)/.test(token.raw) ? line + 1 : line);
      return;
    case "html": {
      // An HTML comment is invisible in rendered Markdown, so it is no part of the speech.
      const raw = (token as Tokens.HTML).text;
      if (!/^\s*<!--[\s\S]*-->\s*$/.test(raw)) push(out, raw, line);
      return;
    }
    case "blockquote":
      walkChildren((token as Tokens.Blockquote).tokens, line, out, { ...ctx, inQuote: true });
      return;
    case "list": {
      const list = token as Tokens.List;
      // `2019. It was…`: a wrapped line that starts with a year is a paragraph, not a list of one.
      const [first, ...rest] = list.items;
      if (!list.ordered || typeof list.start !== "number" || list.start < 1000 || !first) {
        walkList(list, line, out, ctx);
        return;
      }
      push(out, first.raw.replace(/\s*\n\s*/gu, " "), line);
      // What follows the year line is read again on its own: a list there counts from its own number.
      walkChildren(
        new Lexer({ gfm: true }).lex(rest.map((item) => item.raw).join("")),
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

function walkChildren(tokens: Token[], line: number, out: Block[], ctx: Context): void {
  let at = line;
  for (const child of tokens) {
    walk(child, at, out, ctx);
    at += countNewlines(child.raw);
  }
}

function walkList(list: Tokens.List, line: number, out: Block[], ctx: Context): void {
  const start = typeof list.start === "number" ? list.start : 1;
  const depth = list.ordered ? ctx.listDepth + 1 : ctx.listDepth;
  let at = line;
  list.items.forEach((item, i) => {
    const [first, ...rest] = item.tokens;
    if (list.ordered && first && (first.type === "text" || first.type === "paragraph")) {
      const delimiter = /^\s*\d+([.)])/.exec(item.raw)?.[1] ?? ".";
      const t = first as Tokens.Text | Tokens.Paragraph;
      const text = (t.tokens ? inlineText(t.tokens) : decodeHTML(t.text)).trim();
      out.push({ kind: "item", text, line: at, marker: `${start + i}${delimiter}`, listDepth: depth });
      walkChildren(rest, at + countNewlines(first.raw), out, { ...ctx, listDepth: depth });
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
    const next = parts[i + 1];
    const opensParagraph = typeof next === "string" && STARTS_PARAGRAPH.test(next);
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

/** A line indented with ideographic spaces, or opening with numbering, starts a paragraph. */
const STARTS_PARAGRAPH =
  /^(?:\u3000|[一二三四五六七八九十]+[、是要则則]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[，、章节條条部]|\d{1,3}[、．]|[①-⑳⑴-⒇])/u;

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
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === undefined) continue;
    if (part === HARD) {
      out += "\n";
      continue;
    }
    if (part !== SOFT) {
      out += part;
      continue;
    }
    let next = "";
    for (let j = i + 1; j < parts.length && next === ""; j++) {
      const p = parts[j];
      if (typeof p === "string") next = p;
    }
    out += (CJK.test(out.slice(-1)) && CJK.test(next.charAt(0))) || wrapsNumber(out, next) ? "" : " ";
  }
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
