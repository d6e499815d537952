import type { Warning } from "../errors.js";
import type { Block, Meta } from "./types.js";

/**
 * What a format reader returns before clean-up: the document's own paragraphs with the structure
 * its format states (headings, list numbering). Clean-up (debris, pinyin, garbling) comes after,
 * the same for every format.
 */
export interface RawDocument {
  /** A title the format states outright (Markdown H1, Word Title style, HTML `<h1>`/`<title>`). */
  title: string | null;
  blocks: Block[];
  frontMatter: Record<string, unknown>;
  meta: Meta;
  /** The encoding the bytes were read as. */
  encoding: string;
  /** What decoding found (undecodable bytes, a truncated last character), with lines. */
  warnings?: Warning[];
}
