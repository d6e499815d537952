// What makes a podium deck slow to print: `page.pdf()` time per page of the deck as built, of the
// same deck with one ingredient switched off at a time, and of a plain reveal.js deck of the same
// text. Variants alternate inside one browser and each figure is a median, so the machine's drift
// cancels. Prints figures; asserts nothing. Usage: node bench-print-cost.mjs DECK_DIR PLAIN.html [ROUNDS]
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { BROWSER_FLAGS, findBrowser } from "../lib/export/browser.js";

const [deckDir, plainDeck, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const deck = readFileSync(join(deckDir, "index.html"), "utf8");
const styleStart = deck.indexOf("<style>");
const styleEnd = deck.indexOf("</style>", styleStart) + "</style>".length;
const css = deck.slice(styleStart, styleEnd);

/** Each variant is the deck's HTML with one thing changed, written beside it so its assets resolve. */
const variants = {
  "podium deck as built": deck,
  "without podium's CSS (base + theme)": deck.replace(css, ""),
  "without the font stacks (one CJK font by name)": deck.replace(
    "</style>",
    '.reveal, .reveal * { font-family: "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif !important; }\n</style>',
  ),
  "without the fit script": deck.replace("function fitAll() {", "function fitAll() { return;"),
  "without podium's print rules (html.reveal-print …)": deck.replace(
    css,
    css.replace(/html\.reveal-print[^{]*\{[^}]*\}/gu, ""),
  ),
  ...Object.fromEntries(
    cssRules().map((rule) => [
      `without CSS: ${rule.label}`,
      deck.replace(css, css.replace(rule.pattern, "")),
    ]),
  ),
};

/** CSS features that often make Chromium's printing slow, each switched off alone. */
function cssRules() {
  return [
    { label: "box-shadow", pattern: /box-shadow:[^;]*;/gu },
    { label: "text-shadow", pattern: /text-shadow:[^;]*;/gu },
    { label: "filter / backdrop-filter", pattern: /(?:backdrop-)?filter:[^;]*;/gu },
    { label: "gradients", pattern: /(?:background(?:-image)?):[^;]*gradient\([^;]*;/gu },
    { label: "border-radius", pattern: /border-radius:[^;]*;/gu },
    { label: "opacity", pattern: /opacity:[^;]*;/gu },
    {
      label: "line-break: strict / overflow-wrap",
      pattern: /(?:line-break|overflow-wrap|word-break):[^;]*;/gu,
    },
    { label: "custom-property font sizes (calc)", pattern: /font-size:\s*calc\([^;]*;/gu },
  ].filter((rule) => rule.pattern.test(css));
}

const profile = mkdtempSync(join(tmpdir(), "podium-print-cost-"));
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: [...BROWSER_FLAGS, `--user-data-dir=${profile}`],
});
const files = Object.entries(variants).map(([label, html], i) => {
  const file = join(deckDir, `print-cost-${i}.html`);
  writeFileSync(file, html);
  return { label, file, times: [], pages: 0 };
});
files.push({ label: "plain reveal.js deck, same text", file: plainDeck, times: [], pages: 0 });
try {
  for (let round = 0; round < rounds; round++) {
    for (const variant of files) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1920, height: 1080 });
      await page.evaluateOnNewDocument(() =>
        window.addEventListener("pdf-ready", () => (window.__ready = true), true),
      );
      await page.goto(`${pathToFileURL(variant.file).href}?print-pdf&pdfSeparateFragments=false&margin=0`);
      await page.waitForFunction(() => window.__ready === true, { timeout: 60_000 });
      await page.evaluate(() => document.fonts.ready);
      variant.pages = await page.evaluate(() => document.querySelectorAll(".pdf-page").length);
      const started = performance.now();
      await page.pdf({ width: "1920px", height: "1080px", printBackground: true, tagged: false, timeout: 0 });
      variant.times.push(performance.now() - started);
      await page.close();
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  for (const variant of files.slice(0, -1)) rmSync(variant.file, { force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(files[0].times) / files[0].pages;
console.log(`page.pdf() per page, median of ${rounds} alternating rounds`);
for (const v of files) {
  const perPage = median(v.times) / v.pages;
  console.log(
    `  ${v.label.padEnd(52)} ${perPage.toFixed(1).padStart(6)} ms/page  (${v.pages} pages, ${(perPage / base).toFixed(2)}×)`,
  );
}
