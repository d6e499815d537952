import { readPlainText } from "../../src/ingest/text.js";
import type { Block, Source } from "../../src/ingest/types.js";

/** The paragraphs of a plain text, as the text reader splits them. */
export function plainBlocks(text: string): Block[] {
  return readPlainText(text).blocks;
}

/** A plain-text speech as the reader gives it to the outline: one paragraph a line. */
export function plainSource(text: string): Source {
  return {
    file: "speech.txt",
    format: "txt",
    encoding: "UTF-8",
    title: null,
    blocks: plainBlocks(text),
    meta: {},
    frontMatter: {},
    script: "zh-Hans",
    warnings: [],
  };
}
