/**
 * Handlebars templates of the printed outputs (templates/handouts/), with the user's overrides from
 * `<templatesDir>/handouts/` taking precedence file by file.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

/** templates/ beside src/ (and beside lib/ once built): both are one level below the package root. */
export const BUILTIN_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates", "handouts");

/** Read `name` from the user's override folder if it has it, else from podium's own templates. */
export function readTemplate(name: string, templatesDir?: string): string {
  if (templatesDir) {
    try {
      return readFileSync(join(templatesDir, "handouts", name), "utf8");
    } catch {
      // Not overridden: fall through to the built-in file.
    }
  }
  return readFileSync(join(BUILTIN_DIR, name), "utf8");
}

/** A Handlebars instance with the given partials registered (its own, so nothing leaks between runs). */
export function compile(
  main: string,
  partials: string[],
  templatesDir?: string,
): Handlebars.TemplateDelegate {
  const hbs = Handlebars.create();
  for (const name of partials) hbs.registerPartial(name, readTemplate(`${name}.hbs`, templatesDir));
  return hbs.compile(readTemplate(`${main}.hbs`, templatesDir));
}

let revealCssCache: string | undefined;

/** reveal.js's own stylesheet, so handout slides look as they do in the deck. */
export function revealCss(): string {
  revealCssCache ??= readFileSync(
    createRequire(import.meta.url).resolve("reveal.js/dist/reveal.css"),
    "utf8",
  );
  return revealCssCache;
}

const SANS: Record<string, string> = {
  "zh-Hant": `"Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC", sans-serif`,
  "zh-Hans": `"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif`,
  en: `"Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", sans-serif`,
};
const SERIF: Record<string, string> = {
  "zh-Hant": `"Noto Serif CJK TC", "Source Han Serif TC", "PMingLiU", "Songti TC", serif`,
  "zh-Hans": `"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif`,
  en: `Georgia, "Times New Roman", "Liberation Serif", "Noto Serif", serif`,
};

function scriptOf(lang: string): string {
  if (/^zh-(Hant|TW|HK|MO)/i.test(lang)) return "zh-Hant";
  if (/^zh/i.test(lang)) return "zh-Hans";
  return "en";
}

/** Installed fonts of Linux, Windows and macOS, never a web font. */
export function fontStack(lang: string, kind: "sans" | "serif" = "sans"): string {
  return (kind === "sans" ? SANS : SERIF)[scriptOf(lang)] as string;
}

/** Header and footer of the printed page: title and date, page N of M in the speech's language. */
export function headerFooter(
  lang: string,
  title: string,
  date: string,
  marginMm: number,
  templatesDir?: string,
): { headerTemplate: string; footerTemplate: string } {
  const script = scriptOf(lang);
  const data = {
    title,
    date,
    marginMm,
    fontStack: fontStack(lang),
    zh: script !== "en",
    zhHant: script === "zh-Hant",
  };
  return {
    headerTemplate: compile("header", [], templatesDir)(data),
    footerTemplate: compile("footer", [], templatesDir)(data),
  };
}
