import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ExitCode, PodiumError } from "../errors.js";
import { ALIASES, defaults, settingsSchema, type ResolvedSettings, type Settings } from "./schema.js";

const CONFIG_FILES = ["podium.config.json", "podium.config.mjs", "podium.config.js"];

export interface ConfigFile {
  path: string;
  settings: Settings;
}

/** Checks one layer of settings; the error names where they came from, the key and what is allowed. */
export function validateSettings(raw: unknown, origin: string): Settings {
  const input =
    raw && typeof raw === "object" && !Array.isArray(raw)
      ? normaliseKeys(raw as Record<string, unknown>)
      : raw;
  const result = settingsSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = issue?.path.join(".") || (issue && "keys" in issue ? String((issue.keys as string[])[0]) : "");
  const what =
    issue?.code === "unrecognized_keys"
      ? `unknown key "${(issue.keys as string[]).join('", "')}" (allowed: ${Object.keys(settingsSchema.shape).join(", ")})`
      : `"${key}": ${issue?.message ?? "invalid"}`;
  throw new PodiumError(`${origin}: ${what}`);
}

function normaliseKeys(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [ALIASES[key] ?? key, value]));
}

/** The nearest config file from `folder` upward: podium.config.{json,mjs,js} or a "podium" key in package.json. */
export async function findConfig(folder: string): Promise<ConfigFile | null> {
  let dir = resolve(folder);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      const found = await loadConfigFile(path);
      if (found) return found;
    }
    const pkgPath = join(dir, "package.json");
    const pkg = await readJson(pkgPath);
    if (pkg && typeof pkg === "object" && "podium" in pkg) {
      return {
        path: pkgPath,
        settings: validateSettings((pkg as { podium: unknown }).podium, `${pkgPath} ("podium" key)`),
      };
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function loadConfigFile(path: string): Promise<ConfigFile | null> {
  if (path.endsWith(".json")) {
    const json = await readJson(path);
    return json === undefined ? null : { path, settings: validateSettings(json, path) };
  }
  const exists = await readFile(path).then(
    () => true,
    () => false,
  );
  if (!exists) return null;
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
  return { path, settings: validateSettings(mod.default, path) };
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
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
    ...defaults,
    ...defined(layers.config),
    ...defined(layers.frontMatter),
    ...defined(layers.flags),
  };
  return Object.freeze(merged) as ResolvedSettings;
}

function defined(settings: Settings | undefined): Settings {
  return Object.fromEntries(Object.entries(settings ?? {}).filter(([, v]) => v !== undefined)) as Settings;
}
