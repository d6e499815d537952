import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { INPUT_EXTENSIONS, INPUT_FORMATS } from "../config/values.js";
import { PodiumError, type Warning } from "../errors.js";
import { statOrNull } from "../files.js";
import { cleanBlocks, withoutReadings } from "./clean.js";
import { decodeText } from "./decode.js";
import { MAX_INPUT_BYTES, WorkBudget } from "./limits.js";
import { withoutLineNumbers } from "./line-numbers.js";
import { readScannedNumerals, scannedNumeralsWarning } from "./ocr.js";
import type { RawDocument } from "./raw.js";
import { detectScript, scriptConverter, type ScriptChoice } from "./script.js";
import { readPlainText } from "./text.js";
import type { Source, SourceFormat } from "./types.js";

export interface ReadOptions {
  /** Read the bytes as this encoding instead of detecting it (`--encoding`). */
  encoding?: string;
  /** Convert the speech to this script (`--script`); default: keep the speech's own. */
  script?: ScriptChoice;
  /** Nothing is read once it has aborted. */
  signal?: AbortSignal;
}

export { MAX_INPUT_BYTES } from "./limits.js";

export function formatOf(file: string): SourceFormat {
  const base = basename(file);
  // A file named only `.txt` is a text speech (with an empty name), as `a.txt` is.
  const extension = (extname(base) || (base.startsWith(".") ? base : "")).toLowerCase();
  if (!Object.hasOwn(INPUT_FORMATS, extension)) {
    throw new PodiumError(
      `${file}: unsupported format "${extname(file) || "(no extension)"}"; podium reads ${INPUT_EXTENSIONS.join(", ")}`,
    );
  }
  return INPUT_FORMATS[extension as keyof typeof INPUT_FORMATS];
}

/** Reads a speech file into clean paragraphs (ingest stage). */
export async function readSource(file: string, options: ReadOptions = {}): Promise<Source> {
  const format = formatOf(file);
  const info = statOrNull(file);
  if (!info) throw new PodiumError(`${file}: no such file`);
  if (info.isDirectory()) throw new PodiumError(`${file}: is a folder, not a speech file`);
  // A pipe, a device or a socket has no end podium can wait for (a link to /dev/zero never ends).
  if (!info.isFile()) throw new PodiumError(`${file}: is not a regular file (a pipe or a device?)`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new PodiumError(`${file}: ${Math.round(info.size / 1048576)} MB is more than podium reads (64 MB)`);
  }
  options.signal?.throwIfAborted();
  const bytes = new Uint8Array(readFileSync(file));
  return parseSource(bytes, file, format, options);
}

/** The pure part of `readSource`: bytes in, Source out. */
export async function parseSource(
  bytes: Uint8Array,
  file: string,
  format: SourceFormat,
  options: ReadOptions = {},
): Promise<Source> {
  const raw = await readRaw(bytes, file, format, options.encoding);
  const cleaned = cleanBlocks(raw.blocks);
  let blocks = cleaned.blocks;
  // The title is read apart from the blocks; a page annotates it as it does them.
  const stated = raw.title ?? cleaned.headline ?? null;
  let title = stated && withoutReadings(stated).text;
  if (options.script) {
    const to = options.script;
    const convertScript = await scriptConverter(to);
    blocks = blocks.map((b) => ({
      ...b,
      text: convertScript(b.text),
      marker: b.marker && convertScript(b.marker),
    }));
    title = title && convertScript(title);
  }
  if (blocks.length === 0)
    throw new PodiumError(`${file}: no speech text found (the file is empty once cleaned)`);
  return {
    file,
    format,
    encoding: raw.encoding,
    title,
    blocks,
    meta: { ...raw.meta, ...cleaned.meta },
    frontMatter: raw.frontMatter,
    script: detectScript(blocks.map((b) => b.text).join("\n")),
    warnings: [...(raw.warnings ?? []), ...cleaned.warnings].sort((a, b) => a.line - b.line),
  };
}

async function readRaw(
  bytes: Uint8Array,
  file: string,
  format: SourceFormat,
  encoding?: string,
): Promise<RawDocument> {
  // One budget for the whole read, whatever steps the format takes.
  const budget = new WorkBudget(file);
  budget.charge(bytes.length);
  // Each format's parser loads only when a speech of that format comes in: a CLI run stays quick.
  if (format === "docx") return (await import("./readers/docx.js")).readDocx(bytes, file, budget);
  const decoded = decodeText(bytes, file, encoding);
  const warnings: Warning[] = decoded.warnings.map((w) => ({ ...w, kind: "garbled" }));
  if (format === "html") {
    const { readHtml } = await import("./readers/html.js");
    const page = readHtml(decoded.text, decoded.encoding, file, budget);
    return { ...page, warnings: [...warnings, ...(page.warnings ?? [])] };
  }
  const numbered = withoutLineNumbers(decoded.text);
  if (numbered !== decoded.text)
    warnings.push({
      line: 1,
      message: "removed the line numbers a viewer set before every line",
      kind: "cleanup",
    });
  // Before lines are joined into paragraphs: a line that opens with `-、` read back as `一、` starts one.
  const { text, read } = readScannedNumerals(numbered);
  if (read > 0) warnings.push(scannedNumeralsWarning(read));
  const { frontMatter, body, bodyStartLine } = /^\uFEFF?---[ \t]*\r?\n/u.test(text)
    ? (await import("./frontmatter.js")).splitFrontMatter(text, file)
    : { frontMatter: {}, body: text, bodyStartLine: 1 };
  // The title its front matter states (`title: "Three Winters In: …"`), unless a `#` heading states one.
  const stated =
    typeof frontMatter.title === "string" && frontMatter.title.trim() !== ""
      ? frontMatter.title.trim()
      : null;
  if (format === "md" || looksLikeMarkdown(body)) {
    const { readMarkdown } = await import("./readers/markdown.js");
    const markdown = readMarkdown(body, bodyStartLine, file, budget);
    return {
      ...markdown,
      title: markdown.title ?? stated,
      frontMatter,
      meta: {},
      encoding: decoded.encoding,
      warnings,
    };
  }
  const plain = readPlainText(body, bodyStartLine);
  return {
    title: stated,
    blocks: plain.blocks,
    frontMatter,
    meta: {},
    encoding: decoded.encoding,
    warnings: [...warnings, ...plain.warnings],
  };
}

/**
 * A .txt speech written in Markdown (`## 一、总体要求` headings, list items that open in bold:
 * `1. **Delays are rising.** …`) is read as Markdown.
 */
function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 200_000);
  const headings = head.match(/^#{1,6}[ \t]+\S/gmu)?.length ?? 0;
  const boldItems = head.match(/^(?:\d{1,3}[.)]|[-*+])[ \t]+\*\*\S/gmu)?.length ?? 0;
  return headings >= 2 || boldItems >= 2;
}
