import { decodeHTML } from "entities";

/**
 * The tags a writer uses in Markdown to lay text out (`<div align=center><font size=5><b>标题</b>`,
 * `<h1 align="center">`, `<br>`): they place and dress words, nothing more. A picture among them
 * (a README's centred logo, `<p align="center"><img src="logo.svg" alt="…"></p>`) says no word.
 */
const LAYOUT_TAGS = new Set(
  "div p center font b strong i em u span br small big sup sub h1 h2 h3 h4 h5 h6 img".split(" "),
);
/** The attributes of such a tag that only set its look, or a picture's source and its text for screen readers. */
const LAYOUT_ATTRIBUTES = new Set(
  "align size color face style class id dir lang width height src alt".split(" "),
);
/** Tags that set their words on lines of their own. */
const LINE_TAGS = /^(?:div|p|center|br|h[1-6])$/u;
const BOLD_TAGS = /^(?:b|strong)$/u;
const HEADING_TAG = /^h[1-6]$/u;

const ATTRIBUTE = String.raw`\s+([a-zA-Z-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?`;
const TAG = new RegExp(String.raw`<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:${ATTRIBUTE})*)\s*\/?>`, "gu");
const ATTRIBUTE_NAME = new RegExp(ATTRIBUTE, "gu");

/** A line of words a block of layout HTML shows. */
export interface LayoutLine {
  text: string;
  /** Its heading's level when it is one (`<h1>` … `<h6>`). */
  depth?: number;
  /** Every word of it is in bold. */
  bold: boolean;
}

/**
 * A block of HTML that only lays out its words, read as its lines of words (none for a `<br>`
 * alone); null for any other HTML (a script, an embed, `<details>`), which podium keeps as the text it is.
 */
export function readLayoutHtml(raw: string): LayoutLine[] | null {
  const lines: LayoutLine[] = [];
  let text = "";
  let bold = true;
  let boldOpen = 0;
  let headingDepth: number | undefined;
  let at = 0;
  const addText = (words: string) => {
    if (words.trim() !== "" && boldOpen === 0) bold = false;
    text += words;
  };
  const endLine = () => {
    const words = decodeHTML(text).replace(/\s+/gu, " ").trim();
    if (words !== "")
      lines.push({ text: words, ...(headingDepth === undefined ? {} : { depth: headingDepth }), bold });
    text = "";
    bold = true;
  };
  for (const tag of raw.matchAll(TAG)) {
    const between = raw.slice(at, tag.index);
    if (/[<>]/u.test(between)) return null;
    addText(between);
    at = tag.index + tag[0].length;
    const [, closing, rawName = "", attributes = ""] = tag;
    const name = rawName.toLowerCase();
    if (!LAYOUT_TAGS.has(name)) return null;
    for (const [, attribute = ""] of attributes.matchAll(ATTRIBUTE_NAME))
      if (!LAYOUT_ATTRIBUTES.has(attribute.toLowerCase())) return null;
    if (BOLD_TAGS.test(name)) boldOpen = Math.max(0, boldOpen + (closing ? -1 : 1));
    if (LINE_TAGS.test(name)) endLine();
    if (HEADING_TAG.test(name)) headingDepth = closing ? undefined : Number(name.slice(1));
  }
  const rest = raw.slice(at);
  if (/[<>]/u.test(rest)) return null;
  addText(rest);
  endLine();
  return lines;
}
