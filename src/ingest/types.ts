import type { Warning } from "../errors.js";

import type { InputFormat } from "../config/values.js";

export type SourceFormat = InputFormat;

/** Language tag from the speech's script; decides glyph choice (`lang`) and typography. */
export type Script = "zh-Hans" | "zh-Hant" | "en";

/**
 * One paragraph of the speech as the reader found it. Readers of every format produce these, so
 * the outline builder sees one shape whatever the input was.
 */
export interface Block {
  text: string;
  /** 1-based line of the paragraph's start in the source (for .docx: paragraph number). */
  line: number;
  /**
   * `heading` for Markdown/Word/HTML headings (with `depth` 1–6), `item` for an entry of an
   * ordered list whose number the format keeps apart from the text (Markdown, Word, HTML `<ol>`),
   * `paragraph` for everything else.
   */
  kind: "paragraph" | "heading" | "item";
  depth?: number;
  /** For `item`: the numbering as the format would show it (`1.`, `一、`, `（一）`). */
  marker?: string;
  /** For `item`: nesting depth of the list (1 = top list). */
  listDepth?: number;
  /** A fenced code block of Markdown: lines shown as written, a program's, never the speech's points. */
  code?: boolean;
  /** Inside a Markdown blockquote: someone's words quoted (`> 一、读书要读到土地里去；`). */
  quoted?: boolean;
  /** A plain-text line set in the middle of the page by leading spaces (a memo's title). */
  centred?: boolean;
  /** How many spaces a plain-text paragraph's first line is set in by (a list nested by indentation). */
  indent?: number;
  /**
   * A paragraph of one line set wholly in bold (Markdown's `**下半年工作打算**`, Word's bold runs):
   * a heading by its look.
   */
  bold?: boolean;
  /**
   * A Markdown bullet or a Word paragraph that opens with a bold title (`- **坚持需求导向。** 从…`,
   * `**More food, closer to home.** In April …`): the title its own line.
   */
  bulletTitle?: boolean;
}

/** Byline facts a web page carries (source, date, author), kept out of the text. */
export type Meta = Record<string, string>;

/** The speech as clean text, ready for outlining: the value that leaves the ingest stage. */
export interface Source {
  /** The path as given by the user (used in messages). */
  file: string;
  format: SourceFormat;
  /** The encoding the bytes were read as (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, …). */
  encoding: string;
  /** A title the format states outright (Markdown H1, Word Title style, HTML `<h1>`/`<title>`). */
  title: string | null;
  blocks: Block[];
  meta: Meta;
  /** Front matter from .md/.txt sources, not yet validated (config does that). */
  frontMatter: Record<string, unknown>;
  script: Script;
  warnings: Warning[];
}
