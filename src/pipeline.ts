import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { findConfig, resolveSettings, validateSettings } from "./config/load.js";
import type { ResolvedSettings, Settings } from "./config/schema.js";
import { PodiumError } from "./errors.js";
import { formatOf, readSource } from "./ingest/index.js";
import type { Source } from "./ingest/types.js";
import { buildOutline } from "./outline/index.js";
import type { Outline } from "./outline/types.js";
import { planSlides } from "./plan/index.js";
import type { DeckInfo, SlidePlan } from "./plan/types.js";
import { renderDeck } from "./render/index.js";
import type { RenderedDeck } from "./render/types.js";

/** Everything podium knows about one speech once it is drawn: each stage's value, for the CLI and tests. */
export interface PreparedDeck {
  input: string;
  /** The input's file name without extension: the deck's folder name. */
  name: string;
  settings: ResolvedSettings;
  source: Source;
  outline: Outline;
  plan: SlidePlan;
  deck: RenderedDeck;
}

const SPEECH_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".docx", ".html", ".htm"]);

/** Expands folders into the speeches they hold (sorted, not recursive) and checks each input exists. */
export async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => {
      throw new PodiumError(`${input}: no such file or folder`);
    });
    if (!info.isDirectory()) {
      formatOf(input);
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).filter(
      (n) => SPEECH_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith("."),
    );
    if (names.length === 0)
      throw new PodiumError(`${input}: no speeches (.txt, .md, .docx, .html) in this folder`);
    files.push(...names.sort().map((n) => join(input, n)));
  }
  return files;
}

export function deckName(input: string): string {
  return basename(input, extname(input));
}

/** Settings for one speech: flags over front matter over the config file over defaults. */
export async function settingsFor(
  input: string,
  source: Source | null,
  flags: Settings,
): Promise<ResolvedSettings> {
  const config = await findConfig(dirname(resolve(input)));
  const frontMatter =
    source && Object.keys(source.frontMatter).length > 0
      ? validateSettings(source.frontMatter, `${input} (front matter)`)
      : undefined;
  return resolveSettings({
    ...(config ? { config: config.settings } : {}),
    ...(frontMatter ? { frontMatter } : {}),
    flags,
  });
}

export function deckInfo(settings: ResolvedSettings, outline: Outline): Partial<DeckInfo> {
  const info: Partial<DeckInfo> = {};
  const title = settings.title ?? outline.title ?? undefined;
  if (title) info.title = title;
  const subtitle = settings.subtitle ?? outline.meta.subtitle;
  if (subtitle) info.subtitle = subtitle;
  const date = settings.date ?? outline.meta.date;
  if (date) info.date = date;
  const speaker = settings.speaker ?? outline.meta.author;
  if (speaker) info.speaker = speaker;
  if (settings.organisation) info.organisation = settings.organisation;
  if (settings.venue) info.venue = settings.venue;
  return info;
}

/** Reads, outlines, plans and renders one speech. Writes nothing. */
export async function prepareDeck(input: string, flags: Settings = {}): Promise<PreparedDeck> {
  // Encoding and script come from flags or the config file, before the source is read.
  const early = await settingsFor(input, null, flags);
  const source = await readSource(input, {
    ...(early.encoding ? { encoding: early.encoding } : {}),
    ...(early.script ? { script: early.script } : {}),
  });
  const settings = await settingsFor(input, source, flags);
  const outline = buildOutline(source);
  const plan = planSlides(outline, deckInfo(settings, outline), {
    cjkCharsPerMinute: settings.cjkCharsPerMinute,
    wordsPerMinute: settings.wordsPerMinute,
  });
  const deck = await renderDeck(plan, {
    theme: settings.theme,
    aspect: settings.aspect,
    singleFile: settings.singleFile,
    ...(settings.templates ? { templatesDir: resolve(settings.templates) } : {}),
  });
  return { input, name: deckName(input), settings, source, outline, plan, deck };
}
