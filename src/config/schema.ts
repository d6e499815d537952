import { z } from "zod";
import { ASPECTS, CHINESE_SCRIPTS, DEFAULTS, HANDOUT_LAYOUTS, PAPER_SIZES, SLIDE_LAYOUTS } from "./values.js";

/**
 * Every setting a presenter can give in podium.config.json, front matter or flags. One schema, so
 * every layer is checked the same way and errors name the key and what is allowed.
 */
export const settingsSchema = z
  .object({
    title: z.string(),
    subtitle: z.string(),
    speaker: z.string(),
    organisation: z.string(),
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
    venue: z.string(),
    theme: z.string().regex(/^[\w-]+$/u, "a theme name (letters, digits, - and _)"),
    aspect: z.enum(ASPECTS),
    handoutLayout: z.enum(HANDOUT_LAYOUTS),
    paper: z.enum(PAPER_SIZES),
    /** Chinese characters spoken a minute. */
    cjkCharsPerMinute: z.number().int().min(60).max(600),
    /** English words spoken a minute. */
    wordsPerMinute: z.number().int().min(40).max(400),
    templates: z.string(),
    script: z.enum(CHINESE_SCRIPTS),
    encoding: z.string(),
    output: z.string(),
    singleFile: z.boolean(),
    notes: z.boolean(),
    browserPath: z.string(),
    /** Seconds one deck may take in the browser before podium gives up on it. */
    timeout: z.number().positive().max(3600),
    port: z.number().int().min(0).max(65535),
    /** A layout per point, keyed by its marker as written (`"三、": "cards"`). */
    layouts: z.record(z.string(), z.enum(SLIDE_LAYOUTS)),
    /** false: point slides are lists unless `layouts` names another layout. */
    autoLayouts: z.boolean(),
    /** false: quantities are drawn like the rest of the text. */
    emphasis: z.boolean(),
    /** true: `podium build` also writes the editable PowerPoint file `<name>.pptx`. */
    pptx: z.boolean(),
  })
  .partial()
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

/** Settings once every layer is merged: the keys with a default are always there. */
export type ResolvedSettings = Readonly<
  Omit<Settings, keyof typeof DEFAULTS> & { [K in keyof typeof DEFAULTS]-?: NonNullable<Settings[K]> }
>;

/**
 * Keys a speech's own front matter may not set: where files go and which programs run are the
 * presenter's choice on their machine, not the choice of whoever sent the speech.
 */
export const MACHINE_KEYS = ["output", "templates", "browserPath"] as const satisfies readonly SettingKey[];

/** Front matter may spell keys the way people write them in YAML. */
export const ALIASES: ReadonlyMap<string, SettingKey> = new Map([
  ["handout-layout", "handoutLayout"],
  ["handout_layout", "handoutLayout"],
  ["organization", "organisation"],
  ["speaking-rate", "cjkCharsPerMinute"],
  ["speakingRate", "cjkCharsPerMinute"],
  ["words-per-minute", "wordsPerMinute"],
  ["single-file", "singleFile"],
  ["browser-path", "browserPath"],
  ["auto-layouts", "autoLayouts"],
]);
