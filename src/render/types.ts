import type { Aspect } from "../config/values.js";
import type { SlideKind, SlidePlan } from "../plan/types.js";

export type { Aspect } from "../config/values.js";

export interface RenderOptions {
  /** Theme name: a CSS file `templates/themes/<theme>.css` (or in the user's templates folder). */
  theme: string;
  aspect: Aspect;
  /** The user's folder of template overrides (only the files they changed). */
  templatesDir?: string;
  /** Inline every asset into one HTML file. */
  singleFile: boolean;
  /** Quantities in the accent colour (default true). */
  emphasis?: boolean;
}

/** One slide as drawn: what handouts and PDF bookmarks need without re-parsing the HTML. */
export interface RenderedSlide {
  kind: SlideKind;
  marker: string;
  /** As planned: a section's title starts with its marker, other titles do not. */
  title: string;
  /** A continuation of the slide before it (its title ends with `（续）` / ` (cont.)`). */
  continued: boolean;
  /** The `<section>` element as rendered (already escaped; safe to embed). */
  html: string;
  notes: string[];
}

/** A file the deck needs beside index.html, copied from an installed package. */
export interface DeckAsset {
  /** Absolute path of the file to copy. */
  from: string;
  /** Path relative to the deck folder. */
  to: string;
}

/** The value that leaves the render stage: HTML plus what export needs to print it. */
export interface RenderedDeck {
  html: string;
  /** Empty for a single-file deck. */
  assets: DeckAsset[];
  slides: RenderedSlide[];
  plan: SlidePlan;
  /** `lang` of the deck (`zh-Hans`, `zh-Hant`, `en`). */
  lang: string;
  theme: string;
  aspect: Aspect;
  /** Slide canvas in CSS pixels (1920×1080 for 16:9, 1440×1080 for 4:3). */
  width: number;
  height: number;
  /** The theme's CSS, for layouts (handouts) that draw slides outside reveal.js. */
  themeCss: string;
}
