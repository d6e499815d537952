/**
 * Every choice and default of podium's settings, written once. The zod schema (schema.ts), the
 * command-line flags (commander's `.choices()`) and the stages all read them from here. No zod in
 * this module, so `podium --help` can show the choices without loading the validator.
 */

export const ASPECTS = ["16:9", "4:3"] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Slides per handout page; `notes` prints each slide's notes under it. */
export const HANDOUT_LAYOUTS = ["1", "2", "3", "4", "6", "notes"] as const;
export type HandoutLayout = (typeof HANDOUT_LAYOUTS)[number];

export const PAPER_SIZES = ["a4", "letter"] as const;
export type Paper = (typeof PAPER_SIZES)[number];

/** The Chinese scripts `--script` converts to. */
export const CHINESE_SCRIPTS = ["simplified", "traditional"] as const;
export type ChineseScript = (typeof CHINESE_SCRIPTS)[number];

/** The layouts a speaker may choose for a point's slides (`layouts` setting); quotes are found, not chosen. */
export const SLIDE_LAYOUTS = ["list", "cards", "figures", "timeline", "statement", "columns"] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

/** The themes podium ships (templates/themes/<name>.css); a templates folder may add its own. */
export const BUILTIN_THEMES = ["light", "red", "dark"] as const;

/** Config files podium looks for beside a speech and in every folder above it, in this order. */
export const CONFIG_FILE_NAMES = ["podium.config.json", "podium.config.mjs", "podium.config.js"] as const;
/** package.json may carry the settings under this key instead. */
export const PACKAGE_JSON_KEY = "podium";

/** File endings podium reads as speeches, and the reader each one takes. */
export const INPUT_FORMATS = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".docx": "docx",
  ".html": "html",
  ".htm": "html",
} as const;
export type InputFormat = (typeof INPUT_FORMATS)[keyof typeof INPUT_FORMATS];
export const INPUT_EXTENSIONS = Object.keys(INPUT_FORMATS) as (keyof typeof INPUT_FORMATS)[];

export const DEFAULTS = {
  theme: "light" satisfies (typeof BUILTIN_THEMES)[number],
  aspect: "16:9" as Aspect,
  handoutLayout: "3" as HandoutLayout,
  paper: "a4" as Paper,
  /** Chinese characters spoken a minute at a meeting's pace. */
  cjkCharsPerMinute: 220,
  /** English words spoken a minute. */
  wordsPerMinute: 130,
  output: "dist",
  singleFile: false,
  notes: false,
  /** Seconds one deck may take in the browser before podium gives up on it. */
  timeout: 120,
  /** `podium serve`'s port on 127.0.0.1 (a free one when it is taken). */
  port: 8000,
  /** Layouts chosen from the content (cards, figures, timeline, …); false: lists unless `layouts` says. */
  autoLayouts: true,
  /** Quantities and markers in the theme's accent colour. */
  emphasis: true,
  /** The editable PowerPoint file beside the deck. */
  pptx: false,
} as const;
