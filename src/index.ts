/**
 * podium as a library: `import { readOutline, buildDeck } from "podium"`. Everything else in the
 * package is internal and may change.
 */
import { buildDecks } from "./build.js";
import { validateSettings } from "./config/load.js";
import type { Settings } from "./config/schema.js";
import type { Warning } from "./errors.js";
import { formatOf, parseSource, readSource, type ReadOptions } from "./ingest/index.js";
import { correctedOutline } from "./corrections/index.js";
import { buildOutline, outlineJson, type OutlineJson } from "./outline/index.js";

export { ExitCode, PodiumError } from "./errors.js";
export type { Settings } from "./config/schema.js";
export type { OutlineJson as Outline, PointJson as OutlinePoint } from "./outline/index.js";
export type { Warning } from "./errors.js";

export interface ReadOutlineOptions {
  /** Read the bytes as this encoding instead of detecting it (`gb18030`, `big5`, `utf-16le`, …). */
  encoding?: string;
  /** Convert Chinese to this script; by default the speech keeps its own. */
  script?: "simplified" | "traditional";
  signal?: AbortSignal;
}

/** A speech given as text: `name` (with its extension, `talk.md`) says how to read it and names it in errors. */
export interface SpeechText {
  text: string;
  name: string;
}

/**
 * The outline podium finds in a speech: the same value `podium outline --json` prints. Rejects with
 * a `PodiumError` (its `exitCode` says who must act) when the speech cannot be read.
 */
export async function readOutline(
  speech: string | SpeechText,
  options: ReadOutlineOptions = {},
): Promise<OutlineJson> {
  const read: ReadOptions = {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.script ? { script: options.script } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  if (typeof speech === "string") {
    // A speech on disk is read as its corrections (`<name>.podium.yaml` beside it) say.
    return outlineJson(
      await correctedOutline(speech, await readSource(speech, read), undefined, options.signal),
    );
  }
  const text = new TextEncoder().encode(speech.text);
  return outlineJson(buildOutline(await parseSource(text, speech.name, formatOf(speech.name), read)));
}

export interface BuildDeckOptions extends Settings {
  /** Also the slides PDF, the handout, the reading copy (each needs Chrome or Chromium). */
  pdf?: boolean;
  handout?: boolean;
  readingCopy?: boolean;
  /** Stops the build: the browser is closed, unfinished files removed, and the promise rejects. */
  signal?: AbortSignal;
}

export interface BuildDeckResult {
  /** Every file written, absolute paths: the deck's index.html and assets, and the PDFs asked for. */
  files: string[];
  /** Problems in the speech worth a look (garbled text, skipped numbers), with their lines. */
  warnings: Warning[];
}

/**
 * Writes what `podium build` writes for one speech (or a folder of speeches) into
 * `<output>/<name>/`. Settings are those of the config file and front matter, with `options` over
 * them as command-line flags would be.
 */
export async function buildDeck(path: string, options: BuildDeckOptions = {}): Promise<BuildDeckResult> {
  const { pdf, handout, readingCopy, signal, ...settings } = options;
  const built = await buildDecks(
    {
      inputs: [path],
      settings: await validateSettings(settings, "buildDeck options"),
      pdf: Boolean(pdf),
      handout: Boolean(handout),
      readingCopy: Boolean(readingCopy),
    },
    signal ? { signal } : {},
  );
  return {
    files: built.flatMap((deck) => deck.files),
    warnings: built.flatMap((deck) => deck.prepared.outline.warnings),
  };
}
