import { splitPlainText } from "../../src/ingest/text.js";
import type { Source } from "../../src/ingest/types.js";

/** A plain-text speech as the reader gives it to the outline: one paragraph a line. */
export function plainSource(text: string): Source {
  return {
    file: "speech.txt",
    format: "txt",
    encoding: "UTF-8",
    title: null,
    blocks: splitPlainText(text),
    meta: {},
    frontMatter: {},
    script: "zh-Hans",
    warnings: [],
  };
}
