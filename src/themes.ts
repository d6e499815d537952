import { readFileSync } from "node:fs";
import { join } from "node:path";
import { namesIn } from "./files.js";
import { builtinTemplatesDir } from "./render/index.js";

export interface ThemeInfo {
  name: string;
  description: string;
  /** Where the theme comes from: podium's own templates or the user's folder. */
  origin: "builtin" | "user";
}

/** Themes are the CSS files in templates/themes (base.css is shared by all, not a theme). */
export async function listThemes(userTemplatesDir?: string): Promise<ThemeInfo[]> {
  const found = new Map<string, ThemeInfo>();
  const dirs: [string, ThemeInfo["origin"]][] = [[join(builtinTemplatesDir(), "themes"), "builtin"]];
  if (userTemplatesDir) dirs.push([join(userTemplatesDir, "themes"), "user"]);
  for (const [dir, origin] of dirs) {
    const files = namesIn(dir).filter((n) => n.endsWith(".css") && n !== "base.css");
    for (const file of files.sort()) {
      const css = readFileSync(join(dir, file), "utf8");
      const name = file.slice(0, -4);
      found.set(name, { name, description: describe(css, name), origin });
    }
  }
  return [...found.values()];
}

/** The theme's first comment, minus its own name: `light (default): white page, …` → `white page, …`. */
function describe(css: string, name: string): string {
  const comment = css.match(/\/\*([\s\S]*?)\*\//u)?.[1] ?? "";
  const text = comment
    .replace(/^\s*\*\s?/gmu, "")
    .replace(/\s+/gu, " ")
    .trim();
  return text.replace(new RegExp(`^${name}\\b[^:]*:\\s*`, "u"), "") || "(no description)";
}
