/**
 * The colours and Latin fonts of a deck theme, read from the theme's own CSS (base.css + <theme>.css):
 * the PowerPoint file follows the same values as the HTML deck, with no second table to keep in step.
 * Only the top-level `:root { --name: value }` declarations are read; `var(--other)` is resolved.
 */

export interface PptxTheme {
  /** Colours as 6-digit hex without `#` (what OOXML's srgbClr wants). */
  background: string;
  text: string;
  muted: string;
  accent: string;
  badgeFill: string;
  badgeText: string;
  cardFill: string;
  /**
   * A theme that puts title, section and closing slides (and the point slides' header) on a band of
   * colour sets `--band-bg` (and `--band-rule`, `--band-fg`); null when it does not.
   */
  band: { fill: string; rule: string; text: string } | null;
  /** Titles in the serif face (`--title-font: var(--serif)`). */
  serifTitles: boolean;
  /** The first family of `--latin-sans` / `--latin-serif`: the Latin font of every run. */
  latinSans: string;
  latinSerif: string;
}

const FALLBACK = {
  bg: "#ffffff",
  fg: "#000000",
  "latin-sans": "Arial",
  "latin-serif": "Times New Roman",
};

/** `css` is base.css followed by the theme's file; later declarations win, as in the browser. */
export function themeFromCss(css: string): PptxTheme {
  const vars = rootVariables(css);
  const value = (name: string): string | undefined => resolve(vars, name, 0);
  const colour = (name: string, fallback: string): string =>
    hex(value(name) ?? "") ?? hex(fallback) ?? "000000";
  const background = colour("bg", FALLBACK.bg);
  const text = colour("fg", FALLBACK.fg);
  const accent = colour("accent", `#${text}`);
  const bandFill = hex(value("band-bg") ?? "");
  return {
    background,
    text,
    muted: colour("muted", `#${text}`),
    accent,
    badgeFill: colour("badge-bg", `#${accent}`),
    badgeText: colour("badge-fg", `#${background}`),
    cardFill: colour("card-bg", `#${background}`),
    band: bandFill
      ? { fill: bandFill, rule: colour("band-rule", `#${accent}`), text: colour("band-fg", "#ffffff") }
      : null,
    serifTitles: /var\(--serif\)/u.test(vars.get("title-font") ?? ""),
    latinSans: firstFamily(value("latin-sans")) ?? FALLBACK["latin-sans"],
    latinSerif: firstFamily(value("latin-serif")) ?? FALLBACK["latin-serif"],
  };
}

/** Declarations of `:root { … }` blocks (not `:root:lang(…)` or any other selector). */
function rootVariables(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//gu, "");
  for (const block of withoutComments.matchAll(/(?:^|\})\s*:root\s*\{([^}]*)\}/gu)) {
    for (const declaration of (block[1] ?? "").matchAll(/--([\w-]+)\s*:\s*([^;]+);?/gu)) {
      vars.set(declaration[1] ?? "", (declaration[2] ?? "").replace(/\s+/gu, " ").trim());
    }
  }
  return vars;
}

/** A value with `var(--x)` references replaced (not deeper than a few levels: no cycles). */
function resolve(vars: ReadonlyMap<string, string>, name: string, depth: number): string | undefined {
  const raw = vars.get(name);
  if (raw === undefined || depth > 8) return undefined;
  return raw.replace(/var\(--([\w-]+)\)/gu, (_, inner: string) => resolve(vars, inner, depth + 1) ?? "");
}

function hex(value: string): string | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(value.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  return digits.toUpperCase();
}

function firstFamily(stack: string | undefined): string | null {
  const first = stack
    ?.split(",")[0]
    ?.trim()
    .replace(/^["']|["']$/gu, "");
  return first ? first : null;
}
