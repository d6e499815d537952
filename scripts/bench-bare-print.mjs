// The floor for PDF export: launch Chromium, open the deck with ?print-pdf, wait for reveal.js's
// pdf-ready, one page.pdf. Usage: node bench-bare-print.mjs BROWSER DECK.html OUT.pdf
import { writeFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { BROWSER_FLAGS } from "../lib/export/browser.js";

const [executablePath, deck, out] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "podium-bare-"));
const browser = await puppeteer.launch({
  executablePath,
  args: [...BROWSER_FLAGS, `--user-data-dir=${profile}`],
});
try {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => window.addEventListener("pdf-ready", () => (window.__ready = true)));
  await page.goto(`${pathToFileURL(deck).href}?print-pdf`);
  await page.waitForFunction(() => window.__ready === true, { timeout: 60_000 });
  writeFileSync(out, await page.pdf({ width: "1920px", height: "1080px", printBackground: true }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
