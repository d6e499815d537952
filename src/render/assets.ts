import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { DeckAsset } from "./types.js";

/** reveal.js's package folder, from the installed npm package (never a CDN). */
function revealDir(): string {
  const main = createRequire(import.meta.url).resolve("reveal.js"); // …/reveal.js/dist/reveal.js
  return dirname(dirname(main));
}

/**
 * What a deck needs from reveal.js. The notes plugin carries its speaker-view page inside
 * notes.js (it writes it into an about:blank window), so the speaker view needs no other file.
 */
const STYLES = ["dist/reset.css", "dist/reveal.css"];
const SCRIPTS = ["dist/reveal.js", "plugin/notes/notes.js"];
const OTHER = ["LICENSE"];
const TARGET = "reveal";

export function revealAssets(): DeckAsset[] {
  const dir = revealDir();
  return [...STYLES, ...SCRIPTS, ...OTHER].map((file) => ({
    from: join(dir, file),
    to: `${TARGET}/${file}`,
  }));
}

/** `<link>`/`<script>` tags pointing at the copied files. */
export function linkedRevealTags(): { styles: string; scripts: string } {
  return {
    styles: STYLES.map((f) => `<link rel="stylesheet" href="${TARGET}/${f}">`).join("\n"),
    scripts: SCRIPTS.map((f) => `<script src="${TARGET}/${f}"></script>`).join("\n"),
  };
}

const inlineCache = new Map<string, string>();
async function read(file: string): Promise<string> {
  let text = inlineCache.get(file);
  if (text === undefined) {
    text = readFileSync(join(revealDir(), file), "utf8");
    inlineCache.set(file, text);
  }
  return text;
}

/** The same files inlined, for a single-file deck. */
export async function inlineRevealTags(): Promise<{ styles: string; scripts: string }> {
  const styles = await Promise.all(
    STYLES.map(async (f) => `<style>\n${safeInlineCss(await read(f))}\n</style>`),
  );
  const scripts = await Promise.all(
    SCRIPTS.map(async (f) => `<script>\n${safeInlineScript(await read(f))}\n</script>`),
  );
  return { styles: styles.join("\n"), scripts: scripts.join("\n") };
}

/**
 * Makes JavaScript safe inside `<script>`: `</script` would end the element and `<!--` changes
 * how the HTML parser reads it. `<\/` and `<\!` mean the same in JS strings, regexes and comments.
 */
function safeInlineScript(js: string): string {
  return js
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<!--/g, "<\\!--")
    .replace(/^\/\/# sourceMappingURL=.*$/gm, "");
}

/** Makes CSS safe inside `<style>` (a theme could contain `</style>` in a comment or string). */
export function safeInlineCss(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}
