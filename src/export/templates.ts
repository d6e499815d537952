/**
 * Handlebars templates of the printed outputs (templates/handouts/), read through podium's one
 * template loader: the user's overrides from `<templatesDir>/handouts/` take precedence file by file.
 */
import { loadTemplate, readTemplateFile, type Render } from "../templates.js";

/** `handouts/<name>.hbs` with the partials it calls (`handouts/<partial>.hbs`), compiled. */
export function loadPrintTemplate(
  name: string,
  partials: readonly string[],
  templatesDir: string | undefined,
): Promise<Render> {
  const file = (base: string) => `handouts/${base}.hbs`;
  return loadTemplate(file(name), templatesDir, partials.map(file));
}

/** A stylesheet of the printed outputs (`handouts/<name>`). */
export async function readPrintCss(name: string, templatesDir: string | undefined): Promise<string> {
  return (await readTemplateFile(`handouts/${name}`, templatesDir)).source;
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

export function scriptOf(lang: string): string {
  if (/^zh-(Hant|TW|HK|MO)/i.test(lang)) return "zh-Hant";
  if (/^zh/i.test(lang)) return "zh-Hans";
  return "en";
}

/** Installed fonts of Linux, Windows and macOS, never a web font. */
export function fontStack(lang: string, kind: "sans" | "serif" = "sans"): string {
  return (kind === "sans" ? SANS : SERIF)[scriptOf(lang)] as string;
}
