import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { sidecarPath } from "../corrections/sidecar.js";
import { ExitCode, PodiumError, printable } from "../errors.js";
import { checkSettings, type SettingsRules } from "./check.js";
import { precompiledSettingsRules } from "./precompiled-settings.js";
import type { ResolvedSettings, Settings } from "./schema.js";
import { CONFIG_FILE_NAMES, DEFAULTS, PACKAGE_JSON_KEY } from "./values.js";

export interface ConfigFile {
  path: string;
  settings: Settings;
}

/**
 * The schema (and zod, a large library) is loaded only when settings are not plainly valid: the CLI
 * bundle checks valid ones by the rules it carries, made from the same schema.
 */
const loadSchema = () => import("./schema.js");

let schemaRules: Promise<SettingsRules> | undefined;
function loadRules(): Promise<SettingsRules> | SettingsRules {
  return precompiledSettingsRules ?? (schemaRules ??= import("./rules.js").then((m) => m.settingsRules()));
}

/** Checks one layer of settings; the error names where they came from, the key and what is allowed. */
export async function validateSettings(raw: unknown, origin: string): Promise<Settings> {
  if (isMapping(raw) && Object.keys(raw).length === 0) return {};
  const rules = await loadRules();
  const input = isMapping(raw) ? normaliseKeys(raw, rules.aliases) : raw;
  const valid = checkSettings(rules, input);
  if (valid) return valid;
  const { settingsSchema } = await loadSchema();
  const result = settingsSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const what =
    issue?.code === "unrecognized_keys"
      ? `unknown key "${issue.keys.map(printable).join('", "')}" (allowed: ${Object.keys(settingsSchema.shape).join(", ")})`
      : `"${issue?.path.map(String).join(".") ?? ""}": ${issue?.message ?? "invalid"}`;
  throw new PodiumError(`${origin}: ${what}`);
}

export interface FrontMatterSettings {
  settings: Settings;
  /** Keys podium does not use (a static site's `layout:`, `tags:`): left alone, listed with --verbose. */
  ignored: string[];
}

/**
 * Front matter is the speech's own: a Markdown file from a static site carries keys for the site, so
 * keys podium does not know are ignored. A key podium uses with a wrong value is still an error, and
 * so is a key that would choose where files go or which program runs.
 */
export async function validateFrontMatter(
  raw: Record<string, unknown>,
  origin: string,
): Promise<FrontMatterSettings> {
  const { keys, aliases, machineKeys } = await loadRules();
  const known: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(normaliseKeys(raw, aliases))) {
    if (!keys.includes(key)) ignored.push(printable(key));
    else if (machineKeys.includes(key)) {
      throw new PodiumError(
        `${origin}: "${key}" cannot be set in a speech's front matter (use the command line or a config file)`,
      );
    } else known[key] = value;
  }
  return { settings: await validateSettings(known, origin), ignored };
}

function isMapping(raw: unknown): raw is Record<string, unknown> {
  return raw !== null && typeof raw === "object" && !Array.isArray(raw);
}

/** Own keys only, renamed by alias; `__proto__` and friends stay plain keys of a prototype-free object. */
function normaliseKeys(
  raw: Record<string, unknown>,
  aliases: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) out[aliases.get(key) ?? key] = value;
  return out;
}

/** The nearest config file from `folder` upward: podium.config.{json,mjs,js} or a "podium" key in package.json. */
export async function findConfig(folder: string): Promise<ConfigFile | null> {
  let dir = resolve(folder);
  for (;;) {
    // Taken in order: the first one there wins. Read at once, not through Node's thread pool: most
    // are not there, and a round trip there costs more than finding that out.
    const paths = [...CONFIG_FILE_NAMES, "package.json"].map((name) => join(dir, name));
    for (const [index, path] of paths.entries()) {
      const text = readIfThere(path);
      if (text === undefined) continue;
      if (index < CONFIG_FILE_NAMES.length) return loadConfigFile(path, text);
      const pkg = parseJson(path, text);
      if (isMapping(pkg) && Object.hasOwn(pkg, PACKAGE_JSON_KEY)) {
        return {
          path,
          settings: await validateSettings(pkg[PACKAGE_JSON_KEY], `${path} ("${PACKAGE_JSON_KEY}" key)`),
        };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * What a rebuild of these speeches depends on: each speech, the config files beside it and the
 * templates folder (podium's own templates are the caller's to add).
 */
export function watchedPaths(inputs: readonly string[], settings: Pick<Settings, "templates">): string[] {
  const paths = new Set<string>();
  for (const input of inputs) {
    paths.add(resolve(input));
    const dir = dirname(resolve(input));
    for (const name of [...CONFIG_FILE_NAMES, "package.json"]) paths.add(resolve(dir, name));
    paths.add(resolve(sidecarPath(input)));
  }
  if (settings.templates) paths.add(resolve(settings.templates));
  return [...paths];
}

/** A config file that is there, from its text (JSON) or as a module (.mjs, .js). */
async function loadConfigFile(path: string, text: string): Promise<ConfigFile> {
  if (path.endsWith(".json")) return { path, settings: await validateSettings(parseJson(path, text), path) };
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    // A config module that does not load (syntax error, a throw) is the user's file to fix, not a crash.
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new PodiumError(`${path}: cannot load the config file: ${reason}`, ExitCode.badInput, {
      cause: error,
    });
  }
  return { path, settings: await validateSettings(mod.default, path) };
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PodiumError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Flags beat front matter, which beats the config file, which beats the defaults. */
export function resolveSettings(layers: {
  config?: Settings;
  frontMatter?: Settings;
  flags?: Settings;
}): ResolvedSettings {
  const merged = {
    ...DEFAULTS,
    ...defined(layers.config),
    ...defined(layers.frontMatter),
    ...defined(layers.flags),
  };
  return Object.freeze(merged) as ResolvedSettings;
}

function defined(settings: Settings | undefined): Settings {
  return Object.fromEntries(Object.entries(settings ?? {}).filter(([, v]) => v !== undefined)) as Settings;
}
