import { existsSync, readdirSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { findConfig, resolveSettings, validateFrontMatter, type ConfigFile } from "./config/load.js";
import type { ResolvedSettings, Settings } from "./config/schema.js";
import { INPUT_EXTENSIONS } from "./config/values.js";
import { ExitCode, PodiumError } from "./errors.js";
import { statOrNull } from "./files.js";
import { formatOf, readSource } from "./ingest/index.js";
import type { Source } from "./ingest/types.js";
import { correctedOutline, type Correction } from "./corrections/index.js";
import type { Outline } from "./outline/types.js";
import { planSlides } from "./plan/index.js";
import { capitalise } from "./plan/words.js";
import type { DeckInfo, SlidePlan } from "./plan/types.js";
import { builtinTemplatesDir, renderDeck } from "./render/index.js";
import type { RenderedDeck } from "./render/types.js";
import { deckName, readableName } from "./deck-name.js";
import { checkpoint } from "./stop.js";
import { listThemes } from "./themes.js";

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
  /** Front matter keys podium does not use (a static site's `layout:`, `tags:`), left alone. */
  ignoredKeys: string[];
  /** Whether the speech stated its title or podium made one up (from a heading or the file name). */
  titleOrigin: TitleOrigin;
}

const SPEECH_EXTENSIONS: ReadonlySet<string> = new Set(INPUT_EXTENSIONS);

/** Expands folders into the speeches they hold (sorted, not recursive) and checks each input exists. */
export async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = statOrNull(input);
    if (!info) throw new PodiumError(`${input}: no such file or folder`);
    if (!info.isDirectory()) {
      formatOf(input);
      files.push(input);
      continue;
    }
    const names = readdirSync(input).filter(
      (n) => SPEECH_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith("."),
    );
    if (names.length === 0)
      throw new PodiumError(`${input}: no speeches (${INPUT_EXTENSIONS.join(", ")}) in this folder`);
    files.push(...names.sort().map((n) => join(input, n)));
  }
  return files;
}

/**
 * Settings for one speech: flags over front matter over the config file over defaults. `config` is
 * the speech's config file when the caller has looked it up already (`null`: it has none).
 */
export async function settingsFor(
  input: string,
  source: Source | null,
  flags: Settings,
  config?: ConfigFile | null,
): Promise<ResolvedSettings> {
  return (await layeredSettings(input, source, flags, config)).settings;
}

async function layeredSettings(
  input: string,
  source: Source | null,
  flags: Settings,
  config?: ConfigFile | null,
): Promise<{ settings: ResolvedSettings; ignoredKeys: string[] }> {
  if (config === undefined) config = await findConfig(dirname(resolve(input)));
  const fromSpeech =
    source && Object.keys(source.frontMatter).length > 0
      ? await validateFrontMatter(source.frontMatter, `${input} (front matter)`)
      : undefined;
  const frontMatter = fromSpeech?.settings;
  const ignoredKeys = fromSpeech?.ignored ?? [];
  const settings = resolveSettings({
    ...(config ? { config: config.settings } : {}),
    ...(frontMatter ? { frontMatter } : {}),
    flags,
  });
  // Checked once the front matter is known: it may override the config file's choice.
  if (!source) return { settings, ignoredKeys };
  // Highest layer first: an error names the place the winning value came from.
  const layers: Layer[] = [
    { origin: "command line", settings: flags, exitCode: ExitCode.usage },
    ...(frontMatter ? [{ origin: `${input} (front matter)`, settings: frontMatter }] : []),
    ...(config ? [{ origin: config.path, settings: config.settings }] : []),
  ];
  await checkTemplatesAndTheme(settings, layers);
  return { settings, ignoredKeys };
}

interface Layer {
  origin: string;
  settings: Settings;
  exitCode?: ExitCode;
}

/**
 * A templates folder or theme that does not exist is an error naming the file and the key that set
 * it (rather than a silent fallback to the defaults, or a stack trace from deep in rendering).
 */
async function checkTemplatesAndTheme(settings: ResolvedSettings, layers: readonly Layer[]): Promise<void> {
  const fail = (key: keyof Settings, what: string): never => {
    const layer = layers.find((l) => l.settings[key] !== undefined);
    throw new PodiumError(
      `${layer?.origin ?? "defaults"}: "${key}": ${what}`,
      layer?.exitCode ?? ExitCode.badInput,
    );
  };
  let templatesDir: string | undefined;
  if (settings.templates !== undefined) {
    templatesDir = resolve(settings.templates);
    const info = statOrNull(templatesDir);
    if (!info) fail("templates", `folder ${templatesDir} does not exist`);
    else if (!info.isDirectory()) fail("templates", `${templatesDir} is a file, not a folder`);
  }
  const themeFile = (dir: string) => join(dir, "themes", `${settings.theme}.css`);
  // base.css is shared by every theme, not a theme of its own.
  const found =
    settings.theme !== "base" &&
    [templatesDir, builtinTemplatesDir()].some((dir) => dir !== undefined && existsSync(themeFile(dir)));
  if (!found) {
    // Only a failure pays for reading every theme, to say which there are.
    const themes = await listThemes(templatesDir);
    fail(
      "theme",
      `unknown theme "${settings.theme}" (available: ${themes.map((t) => t.name).join(", ")}; see \`podium themes\`)`,
    );
  }
}

/** Where a deck's title came from: `podium check` tells the speaker when it was not stated. */
export type TitleOrigin = "stated" | "first heading" | "file name";

/**
 * The deck's title: config, front matter or --title, else the speech's own title line, else its
 * first heading, else the file name made readable (`annual_report-2026.txt` → `Annual report 2026`).
 */
function deckTitle(
  settings: ResolvedSettings,
  outline: Outline,
  source: Source,
  input: string,
): { title: string; origin: TitleOrigin } {
  if (settings.title) return { title: settings.title, origin: "stated" };
  // Taken from the speech, a title starts with a capital like every heading (`why we meet`).
  if (outline.title) return { title: capitalise(outline.title), origin: "stated" };
  const heading = source.blocks.find((b) => b.kind === "heading" && b.text.trim() !== "");
  if (heading) return { title: capitalise(heading.text.trim()), origin: "first heading" };
  return { title: readableName(input), origin: "file name" };
}

export function deckInfo(settings: ResolvedSettings, outline: Outline, title?: string): Partial<DeckInfo> {
  const info: Partial<DeckInfo> = {};
  const stated = title ?? settings.title ?? outline.title ?? undefined;
  if (stated) info.title = stated;
  const subtitle = settings.subtitle ?? outline.meta.subtitle;
  if (subtitle) info.subtitle = subtitle;
  const date = settings.date ?? outline.meta.date;
  if (date) info.date = date;
  const speaker = settings.speaker ?? outline.meta.author;
  if (speaker) info.speaker = speaker;
  if (settings.organisation) info.organisation = settings.organisation;
  const venue = settings.venue ?? outline.meta.venue;
  if (venue) info.venue = venue;
  return info;
}

export interface PrepareOptions {
  /** Corrections to use instead of the speech's `.podium.yaml` (a page holding unsaved ones). */
  corrections?: readonly Correction[];
}

/**
 * Reads, outlines, plans and renders one speech. Writes nothing. `signal` stops it between stages
 * (each stage itself runs to its end: they are quick).
 */
export async function prepareDeck(
  input: string,
  flags: Settings = {},
  signal?: AbortSignal,
  options: PrepareOptions = {},
): Promise<PreparedDeck> {
  // Encoding and script come from flags or the config file, before the source is read.
  const config = await findConfig(dirname(resolve(input)));
  const early = await settingsFor(input, null, flags, config);
  const source = await readSource(input, {
    ...(early.encoding ? { encoding: early.encoding } : {}),
    ...(early.script ? { script: early.script } : {}),
    ...(signal ? { signal } : {}),
  });
  const { settings, ignoredKeys } = await layeredSettings(input, source, flags, config);
  await checkpoint(signal);
  const outline = await correctedOutline(input, source, options.corrections, signal);
  await checkpoint(signal);
  const { title, origin: titleOrigin } = deckTitle(settings, outline, source, input);
  const plan = planSlides(outline, deckInfo(settings, outline, title), {
    cjkCharsPerMinute: settings.cjkCharsPerMinute,
    wordsPerMinute: settings.wordsPerMinute,
    ...(settings.layouts ? { layouts: settings.layouts } : {}),
    autoLayouts: settings.autoLayouts,
  });
  await checkpoint(signal);
  const deck = await renderDeck(plan, {
    theme: settings.theme,
    aspect: settings.aspect,
    singleFile: settings.singleFile,
    emphasis: settings.emphasis,
    ...(settings.templates ? { templatesDir: resolve(settings.templates) } : {}),
  });
  await checkpoint(signal);
  return { input, name: deckName(input), settings, source, outline, plan, deck, ignoredKeys, titleOrigin };
}
