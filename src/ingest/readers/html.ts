import { parse, type HTMLElement, type Node } from "node-html-parser";
import { checkNesting, withinStack, WorkBudget } from "../limits.js";
import type { Warning } from "../../errors.js";
import type { RawDocument } from "../raw.js";
import { readPlainText } from "../text.js";
import type { Block, Meta } from "../types.js";
import { breakJoinsWithoutSpace, textEnd } from "../wrap.js";
import { isBoldHeading, isBoldLeadSentence } from "./bold-heading.js";
import { formatNumber } from "./docx.js";

/** Never part of what a reader sees on the page. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "svg",
  "math",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "head",
  "button",
  "select",
  "input",
  "textarea",
  "nav",
  "aside",
  "footer",
  "dialog",
  "map",
]);

/** Elements that end a paragraph before and after them. */
const BLOCK = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "form",
  "header",
  "hgroup",
  "hr",
  "legend",
  "li",
  "main",
  "menu",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "html",
]);

/** Page furniture named by class or id: navigation, menus, footers, share buttons, toolbars. */
const FURNITURE =
  /^[a-z]*?(?:nav|navigation|navbar|menu|footer|share|sharing|toolbar|tools|breadcrumbs?|crumbs?|sidebar|logo|copyright|comments?|video|embed)(?:s|bar|box|wrap|list|links|btns?|buttons?|buttonbox|\d+)?$/;
/**
 * Boxes a page puts after or around its article, named by class or id: a feedback form (`Was this
 * page helpful?`), a cookie notice, a newsletter sign-up. Unlike menus they hold headings and
 * sentences, so removing them is reported. (Related links are recognised by their heading at the
 * page's end, see clean.ts.)
 */
const WIDGETS: [RegExp, string][] = [
  [
    /^(?:page|article|content|site|user)?(?:feedback|helpful|helpfulness|rating|ratings)(?:box|form|wrap|block|panel|widget|\d+)?$/,
    "feedback form",
  ],
  [/^(?:cookies?|consent|gdpr)(?:bar|banner|box|notice|wrap|panel|\d+)?$/, "cookie notice"],
  [/^(?:newsletter|subscribe|subscription|signup)(?:box|form|wrap|block|panel|\d+)?$/, "newsletter sign-up"],
];
/** ARIA roles of page furniture, as `nav`, `aside`, `footer` and `dialog` are. */
const FURNITURE_ROLES = new Set([
  "navigation",
  "complementary",
  "contentinfo",
  "search",
  "dialog",
  "alertdialog",
  "menu",
  "menubar",
  "toolbar",
]);
/** How much of a removed box's text its warning quotes. */
const QUOTED_MAX = 60;

/** Containers whose class never makes them debris (a `body class="has-sidebar"` is still the page). */
const NEVER_FURNITURE = new Set(["html", "body", "main", "article"]);

/** Names of `<meta>` tags that carry the byline podium keeps as metadata. */
const META_KEYS: Record<string, string> = {
  author: "author",
  "article:author": "author",
  source: "source",
  contentsource: "source",
  "og:site_name": "site",
  date: "date",
  pubdate: "date",
  publishdate: "date",
  "article:published_time": "date",
};

/**
 * Word's `<![if !supportLists]>` and `<![endif]>` around what browsers show (a list paragraph's
 * number, `1.`): a browser reads each as a comment and shows what lies between, as podium does.
 * Blanked, not cut, so every offset (the line numbers) stays.
 */
const DOWNLEVEL_CONDITIONAL = /<!\[(?:if\s[^\]>]*|endif)\]>/giu;
/** A list paragraph's marker as Word saves it: `<![if !supportLists]>` … `<![endif]>`. */
const WORD_LIST_MARKER = /<!\[if\s+!supportLists\]>([\s\S]*?)<!\[endif\]>/giu;
/** What a marker shows: its text without tags and spaces (Word pads it with `&nbsp;`). */
const markerGlyphs = (markup: string): string =>
  markup.replace(/<[^>]*>/gu, "").replace(/&nbsp;|&#160;|&#xa0;|\s/giu, "");
/**
 * Word writes a bullet as the character its symbol font draws as one (`·` in Symbol, `§` in
 * Wingdings, `o` in Courier New): a marker of one character other than a numeral is a bullet,
 * read as `•`. A number (`1.`, `(a)`, `一、`) is shown as written.
 */
const withoutDownlevelConditionals = (text: string): string =>
  text
    .replace(WORD_LIST_MARKER, (whole, marker: string) => {
      const glyph = markerGlyphs(marker).replace(/&[#\w]+;/gu, "x");
      if ([...glyph].length !== 1 || /^[\p{Nd}\p{Script=Han}]$/u.test(glyph)) return whole;
      // Blanked around the bullet, with its line breaks, so every offset (the line numbers) stays.
      return `•${whole.slice(1).replace(/[^\n]/gu, " ")}`;
    })
    .replace(DOWNLEVEL_CONDITIONAL, (marker) => " ".repeat(marker.length));

/**
 * Reads an HTML page: the text of its body as paragraphs, headings and numbered items. Scripts,
 * styles, embedded frames and page furniture (navigation, menus, footers, share bars) are dropped.
 */
export function readHtml(
  text: string,
  encoding = "UTF-8",
  file = "the page",
  budget = new WorkBudget(file),
): RawDocument {
  return withinStack(file, () => readPage(text, encoding, file, budget));
}

function readPage(text: string, encoding: string, file: string, budget: WorkBudget): RawDocument {
  budget.charge(text.length);
  const root = parse(withoutDownlevelConditionals(text), {
    lowerCaseTagName: true,
    comment: false,
    // Raw-text elements: their content must never be parsed as markup (scripts hold `<p>` in strings).
    blockTextElements: {
      script: false,
      style: false,
      noscript: false,
      template: false,
      pre: true,
      textarea: false,
    },
  });
  // The reader below recurses element by element.
  checkNesting(file, root as Node, (node) => node.childNodes, budget);
  const lineOf = lineIndex(text);
  const fullTitle = collapse(root.querySelector("title")?.text ?? "").trim();
  // `江汉电投集团综合办公平台--领导讲话`: the site's name and its section title no article.
  const pageTitle = SITE_AND_SECTION.test(fullTitle) ? "" : withoutSiteName(fullTitle);
  // An <h1> that only names the site (`临江省人民政府`, in the page's <title> after the article's
  // title), over an <h2> that is the article's title: the site's name is furniture.
  const h1s = root.querySelectorAll("h1");
  const siteName = h1s.length === 1 ? h1s[0] : undefined;
  const siteWords = siteName ? collapse(siteName.text).trim() : "";
  const siteHeading =
    siteName && namesSiteOnly(siteWords, fullTitle, root)
      ? { line: lineOf(siteName.range[0]), words: siteWords }
      : null;
  if (siteHeading) siteName?.remove();
  // A lone <h1> is the page title even after debris such as a breadcrumb; with several, only a
  // leading one is (the others are the speech's sections). A page with no <h1> may title its
  // article with a lone <h2> (a news page keeps <h1> for its site's name, or has none).
  const h1Count = root.querySelectorAll("h1").length;
  // Or with the deeper heading its <title> repeats (`<h3>勞動部推動…</h3>`), under a heading that
  // only names the page's section (`<h2>本部新聞</h2>`), which is furniture.
  const repeated = h1Count === 0 ? headingOfPageTitle(root, pageTitle, fullTitle) : null;
  const sectionLabels = repeated ? sectionLabelsAbove(root, repeated) : [];
  for (const label of sectionLabels) label.remove();
  const titleDepth = repeated
    ? headingDepth(repeated)
    : h1Count === 0 && root.querySelectorAll("h2").length === 1
      ? 2
      : 1;
  const loneH1 = h1Count === 1;
  const warnings: Warning[] = sectionLabels.map((label) => ({
    line: lineOf(label.range[0]),
    message: `removed the name of the page's section or blog "${collapse(label.text).trim()}" over the article's title`,
    kind: "cleanup",
  }));
  const reader = new HtmlReader(lineOf, loneH1, titleDepth, (el, what) => {
    // Its heading or first line of text names the box (`Was this page helpful?`).
    const named = el.querySelector("h1, h2, h3, h4, h5, h6, legend, label, p") ?? el;
    const words = collapse(named.text).trim() || collapse(el.text).trim();
    if (words === "") return;
    const quoted = words.length > QUOTED_MAX ? `${words.slice(0, QUOTED_MAX)}…` : words;
    warnings.push({
      line: lineOf(el.range[0]),
      message: `removed the web page's ${what} "${quoted}"`,
      kind: "cleanup",
    });
  });
  if (siteHeading)
    warnings.push({
      line: siteHeading.line,
      message: `removed the site's name "${siteHeading.words}" heading the page`,
      kind: "cleanup",
    });
  const body = root.querySelector("body") ?? root;
  reader.visit(body);
  reader.flush();

  // A Google Docs export sets its title as a paragraph of the class `title`, as Word's Title style does.
  const docTitle = collapse(root.querySelector("p.title")?.text ?? "").trim();
  const title =
    reader.h1 ?? (docTitle || articleTitle(root, fullTitle) || (pageTitle === "" ? null : pageTitle));
  warnings.push(...reader.notes);
  return { title, blocks: reader.blocks, frontMatter: {}, meta: readMeta(root), encoding, warnings };
}

const headingDepth = (heading: HTMLElement) => Number(heading.tagName.slice(1));

/**
 * The <h2>–<h4> that says the page's <title> over again, when one does: the title without the
 * site's name, or the first of its parts (`標題-本部新聞-勞動部全球資訊網`: the section's name too).
 */
function headingOfPageTitle(root: HTMLElement, pageTitle: string, fullTitle: string): HTMLElement | null {
  if (pageTitle === "") return null;
  const saysTitle = (text: string) =>
    text === pageTitle ||
    (text.length >= TITLE_PART_MIN &&
      fullTitle.startsWith(text) &&
      TITLE_PART_SEPARATOR.test(fullTitle.slice(text.length))) ||
    // `党建工作 | 强化…融合 - 某集团`: the section's name first, then the heading.
    (text.length >= TITLE_PART_MIN &&
      pageTitle.endsWith(text) &&
      TITLE_PART_SEPARATOR_BEFORE.test(pageTitle.slice(0, -text.length)));
  // Of several, the longest: a section's name may open the <title> as the article's title ends it.
  const saying = root
    .querySelectorAll("h2, h3, h4")
    .filter((heading) => saysTitle(collapse(heading.text).trim()));
  return saying.reduce<HTMLElement | null>(
    (longest, heading) =>
      longest === null || collapse(heading.text).trim().length > collapse(longest.text).trim().length
        ? heading
        : longest,
    null,
  );
}

/** A <title>'s first part is a title of its own, of a few characters at least, before a separator. */
const TITLE_PART_MIN = 4;
/** What a page's <title> sets between its parts (`_`, `|`, `-`, `—`). */
const TITLE_PARTS_SEPARATOR = "(?:_|\\||｜|--?|—|－)";
const TITLE_PART_SEPARATOR = new RegExp(`^\\s*${TITLE_PARTS_SEPARATOR}`, "u");
const TITLE_PART_SEPARATOR_BEFORE = new RegExp(`\\S\\s*${TITLE_PARTS_SEPARATOR}\\s*$`, "u");
/** A <title>'s last part, the site's name, after the page's own title (see withoutSiteName). */
const SITE_NAME_AFTER = new RegExp(
  `^(.{4,})\\s${TITLE_PARTS_SEPARATOR}\\s[^_|｜—-]{2,40}$|^(.{4,})(?:_|\\||｜)[^_|｜]{2,40}$|^(.{4,}\\p{Script=Han})[-－]\\p{Script=Han}{2,20}$`,
  "u",
);

/** A <title> that names a site (`…平台`, `…网`, `…门户`) and then only its section, a few characters. */
const SITE_AND_SECTION = new RegExp(
  `^\\p{Script=Han}{2,24}(?:平台|网站|網站|门户网|門戶網|门户|門戶|网|網|系统|系統)\\s*${TITLE_PARTS_SEPARATOR}\\s*\\p{Script=Han}{2,8}$`,
  "u",
);

/** A section's name over an article is a few words (`本部新聞`, `Media releases`). */
const SECTION_LABEL_MAX = 20;

/**
 * The short headings above the page's title heading and no deeper: the names of its section, or of
 * the blog it is posted on (`<h2>小雨媽的慢慢日記</h2>` over `<h2>【育兒隨筆】…</h2>`).
 */
function sectionLabelsAbove(root: HTMLElement, title: HTMLElement): HTMLElement[] {
  const headings = root.querySelectorAll("h2, h3, h4, h5, h6");
  const above = headings.slice(0, headings.indexOf(title));
  return above.filter(
    (heading) =>
      headingDepth(heading) <= headingDepth(title) &&
      collapse(heading.text).trim().length <= SECTION_LABEL_MAX,
  );
}

/** A <pre> of this many lines or more holds a printed document, not a passage kept as written. */
const PRINTED_DOCUMENT_LINES = 20;
/** The longest line of page furniture (a breadcrumb, a date, a letterhead's address) that may stand over a lone <h2> title. */
const PAGE_LINE_MAX = 100;
/** A numbered section's heading (`一、总体要求`, `2. Scope`, `第一章`, `Part II`): never the page's title. */
const NUMBERED_HEADING =
  /^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+(?:\.\d+)*\s*[.、．)]|第\s*[一二三四五六七八九十百\d]+\s*[章节節部篇]|(?:part|section|chapter)\s+[\divxlc]+\b)/iu;

/** A table cell with at most this many characters is one line of its row, whatever its paragraphs. */
const CELL_LINE_MAX = 80;

/** An inline style that sets its text in bold. */
const BOLD_STYLE = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/iu;

class HtmlReader {
  readonly blocks: Block[] = [];
  /** What reading a printed document's lines took out (its page numbers). */
  readonly notes: Warning[] = [];
  /** The page's title heading (see titleDepth), kept out of the blocks. */
  h1: string | null = null;
  private buffer = "";
  private bufferLine = 0;
  private pre = false;
  private headingDepth: number | null = null;
  private pendingItem: { marker: string; listDepth: number } | null = null;
  private olDepth = 0;
  /** How many bold elements (`<strong>`, `<b>`, a bold style) the text being read is inside. */
  private boldDepth = 0;
  /** Whether the paragraph being collected holds words outside bold: then it is not set in bold. */
  private plainWords = false;
  /** What the paragraph being collected held before its first words outside bold: a bold opening, if any. */
  private beforePlain = "";
  /** Inside a short table cell: its paragraphs are one line of the row. */
  private inCellLine = 0;
  /** How many `<blockquote>`s the text being read is inside: its words are someone's, quoted. */
  private quoteDepth = 0;

  constructor(
    private readonly lineOf: (offset: number) => number,
    private readonly loneH1: boolean,
    /**
     * The depth of the heading that titles the page: 1, or on a page with no <h1> 2 for a lone <h2>,
     * or the depth of the heading its <title> repeats.
     */
    private readonly titleDepth: number,
    /** Reports a box of page furniture left out (`what` says which kind). */
    private readonly dropWidget: (el: HTMLElement, what: string) => void,
  ) {}

  visit(node: Node): void {
    if (node.nodeType === 3) {
      this.appendText(node);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? "";
    if (isDropped(el, tag)) return;
    const widget = widgetOf(el, tag);
    if (widget !== null) {
      this.dropWidget(el, widget);
      return;
    }

    if (tag === "br") {
      // A break inside a heading only wraps its line; elsewhere it ends a paragraph.
      if (this.headingDepth !== null) this.buffer += "\n";
      else this.flush();
      return;
    }
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      this.flush();
      this.headingDepth = Number(heading[1]);
      this.children(el);
      this.flush();
      this.headingDepth = null;
      return;
    }
    if (tag === "ol") {
      this.flush();
      this.orderedList(el);
      this.flush();
      return;
    }
    if (tag === "td" || tag === "th") {
      // Cells of a row read as one paragraph, apart by a tab (as Word's cells are). A short cell's
      // paragraphs (Word's `<p class="MsoNormal">` in each) are the cell's one line; a long one is a
      // page laid out in a table, its article in a cell.
      if (this.buffer.trim() !== "") this.buffer += "\t";
      const short = el.text.trim().length <= CELL_LINE_MAX;
      if (short) this.inCellLine++;
      this.children(el);
      if (short) this.inCellLine--;
      return;
    }
    if (tag === "pre") {
      this.flush();
      this.pre = true;
      this.children(el);
      // A whole document kept as printed (a hearing's record, a memo) reads as plain text does:
      // hard-wrapped lines joined, page numbers out. A program's listing stays as written.
      if (el.querySelector("code") === null && this.buffer.split("\n").length >= PRINTED_DOCUMENT_LINES)
        this.flushPrinted();
      else this.flush();
      this.pre = false;
      return;
    }
    if ((tag === "strong" || tag === "b") && this.headingDepth === null && !this.pre) {
      const atStart = this.buffer.trim() === "";
      this.boldDepth++;
      this.children(el);
      this.boldDepth--;
      // `<p><strong>一、总体要求</strong>坚持……</p>`: the bold numbered title is a heading line.
      if (atStart && isBoldHeading(this.buffer)) this.flush();
      return;
    }
    if (BLOCK.has(tag) && this.inCellLine > 0 && tag !== "table") {
      this.children(el);
      return;
    }
    if (BLOCK.has(tag)) {
      const quote = tag === "blockquote";
      this.flush();
      if (quote) this.quoteDepth++;
      this.children(el);
      this.flush();
      if (quote) this.quoteDepth--;
      return;
    }
    // A WeChat editor sets bold by style (`<span style="font-weight: bold">`).
    const bold = BOLD_STYLE.test(el.getAttribute("style") ?? "");
    if (bold) this.boldDepth++;
    this.children(el);
    if (bold) this.boldDepth--;
  }

  private children(el: HTMLElement): void {
    for (const c of el.childNodes) this.visit(c);
  }

  private orderedList(ol: HTMLElement): void {
    const items = ol.childNodes.filter((c) => c.nodeType === 1 && isTag(c as HTMLElement, "li"));
    const reversed = ol.getAttribute("reversed") !== undefined;
    const start = Number.parseInt(ol.getAttribute("start") ?? "", 10);
    let n = Number.isFinite(start) ? start : reversed ? items.length : 1;
    const type = ol.getAttribute("type") ?? "1";
    this.olDepth++;
    for (const c of ol.childNodes) {
      if (c.nodeType !== 1 || !isTag(c as HTMLElement, "li")) {
        this.visit(c);
        continue;
      }
      const li = c as HTMLElement;
      const value = Number.parseInt(li.getAttribute("value") ?? "", 10);
      if (Number.isFinite(value)) n = value;
      this.flush();
      this.pendingItem = { marker: `${listNumber(n, type)}.`, listDepth: this.olDepth };
      this.children(li);
      this.flush();
      this.pendingItem = null;
      n += reversed ? -1 : 1;
    }
    this.olDepth--;
  }

  private appendText(node: Node): void {
    const raw = node.text.replace(/\u00a0/g, " ");
    const piece = this.pre ? raw : raw.replace(/[ \t\n\r\f]+/g, (ws) => (ws.includes("\n") ? "\n" : " "));
    if (this.buffer.trim() === "" && piece.trim() !== "") {
      const lead = /^[ \t\n\r\f\u00a0]*/.exec(node.rawText)?.[0] ?? "";
      this.bufferLine = this.lineOf(node.range[0]) + (lead.match(/\n/g)?.length ?? 0);
    }
    const plain = this.boldDepth === 0 && piece.trim() !== "";
    if (plain && !this.plainWords) this.beforePlain = this.buffer;
    this.buffer += piece;
    if (plain) this.plainWords = true;
  }

  /** Ends a <pre> that holds a printed document: its paragraphs, as a text file's are read. */
  private flushPrinted(): void {
    const text = this.buffer.replace(/^\n+|\s+$/g, "");
    this.buffer = "";
    this.plainWords = false;
    this.beforePlain = "";
    const printed = readPlainText(text, this.bufferLine);
    this.blocks.push(...printed.blocks);
    this.notes.push(...printed.warnings);
  }

  /**
   * Whether a heading of the title's depth titles the page: a leading `<h1>` or a lone one; a lone
   * `<h2>` under page furniture only (short lines, no sentence), and never a numbered section's.
   */
  private titles(text: string): boolean {
    if (this.titleDepth === 1) return this.blocks.length === 0 || this.loneH1;
    return (
      !NUMBERED_HEADING.test(text) &&
      this.blocks.every((block) => block.text.length <= PAGE_LINE_MAX && !/[。.!！?？]$/u.test(block.text))
    );
  }

  /** Ends the paragraph being collected, if any, as a heading, a list item or a paragraph. */
  flush(): void {
    const text = this.pre ? this.buffer.replace(/^\n+|\s+$/g, "") : resolveBreaks(this.buffer);
    const bold = !this.plainWords;
    const boldOpening = this.plainWords ? this.beforePlain.trim() : "";
    this.buffer = "";
    this.plainWords = false;
    this.beforePlain = "";
    if (text.trim() === "") return;
    const line = this.bufferLine;
    if (this.headingDepth !== null) {
      if (this.headingDepth === this.titleDepth && this.h1 === null && this.titles(text)) {
        this.h1 = text;
        // A heading over the page's title (`<h3>Ministry of Ports</h3>` over `<h2>…</h2>`) names who
        // issues it: it heads none of the article's sections.
        for (const [i, block] of this.blocks.entries())
          if (block.kind === "heading")
            this.blocks[i] = { kind: "paragraph", text: block.text, line: block.line };
      } else {
        // `<li><h2>Safer streets</h2><p>…</p><ol type="a">…`: the item's number is its heading's.
        const number = this.pendingItem ? `${this.pendingItem.marker} ` : "";
        this.blocks.push({ kind: "heading", text: number + text, line, depth: this.headingDepth });
        this.pendingItem = null;
      }
    } else if (this.pendingItem) {
      const item: Block = { kind: "item", text, line, ...this.pendingItem };
      // A numbered list in a <blockquote> is quoted as its paragraphs are.
      if (this.quoteDepth > 0) item.quoted = true;
      this.blocks.push(item);
      this.pendingItem = null; // further paragraphs of the same <li> are its body text
    } else {
      const block: Block = { kind: "paragraph", text, line };
      if (bold) block.bold = true;
      // `<p><b>要守牢质量和安全的底线。</b>民生工程是……</p>`: the bold sentence heads the paragraph.
      if (boldOpening !== "" && isBoldLeadSentence(boldOpening) && text.startsWith(boldOpening)) {
        block.text = `${boldOpening}\n${text.slice(boldOpening.length).trim()}`;
        block.bulletTitle = true;
      }
      if (this.quoteDepth > 0) block.quoted = true;
      this.blocks.push(block);
    }
  }
}

function isTag(el: HTMLElement, tag: string): boolean {
  return (el.rawTagName ?? "").toLowerCase() === tag;
}

function isDropped(el: HTMLElement, tag: string): boolean {
  if (DROPPED.has(tag)) return true;
  if (el.getAttribute("hidden") !== undefined || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style") ?? "";
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (NEVER_FURNITURE.has(tag)) return false;
  if (FURNITURE_ROLES.has((el.getAttribute("role") ?? "").trim().toLowerCase())) return true;
  return nameTokens(el).some((token) => FURNITURE.test(token)) || FURNITURE_NAMES.test(elementNames(el));
}

/**
 * Furniture named by two words, each of which alone may name the article's own parts: the site's
 * header and the bar above it (`site-header`, `top-bar`), a post's category and tag links.
 */
const FURNITURE_NAMES =
  /(?:^|\s)(?:site[-_]?header|masthead|top[-_]?bar|utility[-_]?bar|cat[-_]?links|tags?[-_]?links|(?:entry|post)[-_]?(?:categories|tags))(?:\s|$)/u;

/** An element's class and id names, lower-cased, apart by spaces. */
function elementNames(el: HTMLElement): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
}

/** The words of an element's class and id (`page-feedback__form` → `page`, `feedback`, `form`). */
function nameTokens(el: HTMLElement): string[] {
  return elementNames(el)
    .split(/[\s_-]+/)
    .filter((token) => token !== "");
}

/** A page's dates of publication and its list of updates (`Published 12 March 2025`, `13 March 2025: Corrected …`). */
const PAGE_HISTORY =
  /(?:^|\s)(?:published[-_]?dates?|publication[-_]?dates?|(?:full|page|change|update)[-_]?history|last[-_]?updated|change[-_]?notes)(?:\s|$)/u;

/** Which kind of box around the article the element is (`feedback form`), or null. */
function widgetOf(el: HTMLElement, tag: string): string | null {
  if (NEVER_FURNITURE.has(tag)) return null;
  if (PAGE_HISTORY.test(elementNames(el))) return "publication history";
  const tokens = nameTokens(el);
  for (const [pattern, what] of WIDGETS) if (tokens.some((token) => pattern.test(token))) return what;
  return null;
}

/**
 * Collapsed whitespace that held a line break: nothing where it wrapped Chinese (between two
 * Chinese characters, inside a number; the break was only source formatting), a space elsewhere.
 */
function resolveBreaks(text: string): string {
  const collapsed = text.replace(/ *\n[ \n]*/g, "\n").replace(/ {2,}/g, " ");
  let out = "";
  let end = "";
  let from = 0;
  for (let i = collapsed.indexOf("\n"); i !== -1; i = collapsed.indexOf("\n", i + 1)) {
    const line = collapsed.slice(from, i);
    end = textEnd(end, line);
    const space = breakJoinsWithoutSpace(end, collapsed.slice(i + 1, i + 25)) ? "" : " ";
    out += line + space;
    end = textEnd(end, space);
    from = i + 1;
  }
  return (out + collapsed.slice(from)).trim();
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ");
}

function listNumber(n: number, type: string): string {
  const fmt = { a: "lowerLetter", A: "upperLetter", i: "lowerRoman", I: "upperRoman" }[type] ?? "decimal";
  // HTML letters go a…z, aa, ab (base 26), unlike Word's aa, bb.
  if ((fmt === "lowerLetter" || fmt === "upperLetter") && n > 26) {
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return fmt === "lowerLetter" ? s.toLowerCase() : s;
  }
  return formatNumber(n, fmt);
}

/**
 * The article's title a page states in its <meta> (`ArticleTitle`, as government sites' publishing
 * systems write it), or a shared title that the <title> opens with, before its section's and its
 * site's names (`…工作要点_政策文件_溪东区人民政府`); "" when it states none.
 */
function articleTitle(root: HTMLElement, fullTitle: string): string {
  for (const m of root.querySelectorAll("meta")) {
    const name = (m.getAttribute("name") ?? m.getAttribute("property") ?? "").toLowerCase();
    const content = collapse(m.getAttribute("content") ?? "").trim();
    if (content === "") continue;
    if (name === "articletitle" || (name === "og:title" && fullTitle.startsWith(content))) return content;
  }
  return "";
}

function readMeta(root: HTMLElement): Meta {
  const meta: Meta = {};
  for (const m of root.querySelectorAll("meta")) {
    const name = (m.getAttribute("name") ?? m.getAttribute("property") ?? "").toLowerCase();
    const key = META_KEYS[name];
    const content = collapse(m.getAttribute("content") ?? "").trim();
    if (key && content !== "" && meta[key] === undefined) meta[key] = content;
  }
  return meta;
}

/** Offset → 1-based line, by binary search over line starts (cheap for large pages). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Whether a lone <h1> names the site: an <h2> opens or ends the page's <title> (the article's
 * title), and the rest of it holds the <h1>'s words, or the first of them (`…实施意见_省政府办公厅文件_临江省人民政府门户网站`;
 * `勞動部-最新消息-…` under `<h1>勞動部 Ministry of Labor</h1>`).
 */
function namesSiteOnly(h1: string, full: string, root: HTMLElement): boolean {
  if (h1.length < 2 || h1.length > PAGE_LINE_MAX) return false;
  const rest = root
    .querySelectorAll("h2")
    .map((h2) => collapse(h2.text).trim())
    .filter((text) => text.length >= 4 && text !== h1)
    .map((text) =>
      full.startsWith(text)
        ? full.slice(text.length)
        : full.endsWith(text)
          ? full.slice(0, -text.length)
          : null,
    )
    .find((left) => left !== null);
  const firstWord = h1.split(" ")[0] ?? "";
  return rest != null && (rest.includes(h1) || (firstWord.length >= 2 && rest.includes(firstWord)));
}

/**
 * `<title>` usually ends with the site's name (`讲话标题_市政府门户网站`, `调研报告-教务处`, `Speech - City Hall`): keep
 * the part before the last separator when what is left still reads as a title.
 */
function withoutSiteName(title: string): string {
  const blog = BLOG_NAME_AFTER.exec(title);
  if (blog?.[1]) return blog[1].trim();
  const match = title.match(SITE_NAME_AFTER);
  const own = match?.[1] ?? match?.[2] ?? match?.[3];
  // `…的致辭 - 新聞 - 澳門特別行政區政府文化局`: the site's section, a word or two, before its name.
  const section = own === undefined ? null : SECTION_AFTER.exec(own);
  // A record's page title may open with a dash (`- STRENGTHENING THE RURAL …`).
  return (section?.[1] ?? own ?? title).replace(/^[-–—]\s+/u, "").trim();
}
/** A blog host's `<title>`: the post's title, then ` @ ` and the blog's name (`… @ 小雨媽的慢慢日記 :: 痞客邦 ::`). */
const BLOG_NAME_AFTER = /^(.{4,}?)\s@\s\S/u;
const SECTION_AFTER = new RegExp(
  `^(.{4,}?)\\s${TITLE_PARTS_SEPARATOR}\\s(?:\\p{Script=Han}{2,6}|[A-Z][a-z]+)$`,
  "u",
);
