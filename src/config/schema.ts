import { z } from "zod";

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
    aspect: z.enum(["16:9", "4:3"]),
    handoutLayout: z.enum(["1", "2", "3", "4", "6", "notes"]),
    paper: z.enum(["a4", "letter"]),
    /** Chinese characters spoken a minute. */
    cjkCharsPerMinute: z.number().int().min(60).max(600),
    /** English words spoken a minute. */
    wordsPerMinute: z.number().int().min(40).max(400),
    templates: z.string(),
    script: z.enum(["simplified", "traditional"]),
    encoding: z.string(),
    output: z.string(),
    singleFile: z.boolean(),
    notes: z.boolean(),
    browserPath: z.string(),
    /** Seconds one deck may take in the browser before podium gives up on it. */
    timeout: z.number().positive().max(3600),
    /** A layout per point, keyed by its marker as written (`"三、": "cards"`). */
    layouts: z.record(z.string(), z.enum(["list", "cards", "figures", "timeline", "statement", "columns"])),
    /** false: point slides are lists unless `layouts` names another layout. */
    autoLayouts: z.boolean(),
    /** false: quantities are drawn like the rest of the text. */
    emphasis: z.boolean(),
  })
  .partial()
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export interface ResolvedSettings extends Readonly<Settings> {
  readonly theme: string;
  readonly aspect: "16:9" | "4:3";
  readonly handoutLayout: "1" | "2" | "3" | "4" | "6" | "notes";
  readonly paper: "a4" | "letter";
  readonly cjkCharsPerMinute: number;
  readonly wordsPerMinute: number;
  readonly output: string;
  readonly singleFile: boolean;
  readonly notes: boolean;
  readonly timeout: number;
}

export const defaults = {
  theme: "light",
  aspect: "16:9",
  handoutLayout: "3",
  paper: "a4",
  cjkCharsPerMinute: 220,
  wordsPerMinute: 130,
  output: "dist",
  singleFile: false,
  notes: false,
  timeout: 120,
} as const satisfies Settings;

/** Front matter may spell keys the way people write them in YAML. */
export const ALIASES: Record<string, keyof Settings> = {
  "handout-layout": "handoutLayout",
  handout_layout: "handoutLayout",
  organization: "organisation",
  "speaking-rate": "cjkCharsPerMinute",
  speakingRate: "cjkCharsPerMinute",
  "words-per-minute": "wordsPerMinute",
  "single-file": "singleFile",
  "browser-path": "browserPath",
  "auto-layouts": "autoLayouts",
};
