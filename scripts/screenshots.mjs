// The README's screenshots, made from real decks so they stay true: `npm run screenshots` (after the
// build of lib/ it runs first). Each layout in each theme, from the example speech and the test
// speeches, as Chromium draws it (`PODIUM_BROWSER` or /usr/bin/chromium); and `podium app` with the
// example speech open, in English and in Chinese.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { BROWSER_FLAGS } from "../lib/export/browser.js";
import { writeDeck } from "../lib/output.js";
import { prepareDeck } from "../lib/pipeline.js";
import { startApp } from "../lib/app/server.js";

const OUT = resolve("docs/screenshots");
const THEMES = ["light", "red", "dark"];
/** Which speech shows which layout best: the first slide of that layout is taken. */
const SHOTS = [
  { speech: "slides/000_bb77306b121bf6cc.txt", layouts: ["cards", "timeline", "list", "section"] },
  { speech: "tests/fixtures/layouts/work-report.txt", layouts: ["figures", "statement"] },
  { speech: "tests/fixtures/layouts/town-hall.md", layouts: ["cards"], prefix: "en-" },
];
/** Half the canvas: sharp enough to read, small enough for a README. */
const SCALE = 0.5;

const layoutOf = (slide) => slide.layout?.name ?? slide.kind;

const scratch = await mkdtemp(join(tmpdir(), "podium-screenshots-"));
const browser = await puppeteer.launch({
  executablePath: process.env.PODIUM_BROWSER ?? "/usr/bin/chromium",
  args: [...BROWSER_FLAGS, `--user-data-dir=${join(scratch, "profile")}`],
  headless: true,
});
try {
  await mkdir(OUT, { recursive: true });
  for (const theme of THEMES) {
    for (const [index, shot] of SHOTS.entries()) {
      const prepared = await prepareDeck(shot.speech, { theme });
      const dir = join(scratch, `${theme}-${index}`);
      await writeDeck(prepared.deck, dir);
      const page = await browser.newPage();
      await page.setViewport({
        width: prepared.deck.width,
        height: prepared.deck.height,
        deviceScaleFactor: SCALE,
      });
      await page.goto(pathToFileURL(join(dir, "index.html")).href);
      await page.waitForSelector("html[data-podium-ready]", { timeout: 120_000 });
      await page.evaluate(() =>
        window.Reveal.configure({ transition: "none", controls: false, progress: false }),
      );
      for (const layout of shot.layouts) {
        const slide = prepared.plan.slides.findIndex((s) => layoutOf(s) === layout);
        if (slide < 0) throw new Error(`${shot.speech}: no ${layout} slide`);
        await page.evaluate((h) => window.Reveal.slide(h), slide);
        const path = join(OUT, `${theme}-${shot.prefix ?? ""}${layout}.png`);
        await page.screenshot({ path });
        console.log(path);
      }
      await page.close();
    }
  }
  await appShots();
} finally {
  await browser.close();
  await rm(scratch, { recursive: true, force: true });
}

/** The app's page as a person sees it after dropping the example speech and selecting a point. */
async function appShots() {
  const app = await startApp({ port: 0 });
  try {
    for (const [lang, file] of [
      ["en", "app-en.png"],
      ["zh-Hant", "app-zh.png"],
    ]) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 1000, deviceScaleFactor: 1 });
      await page.goto(`${app.url}?lang=${lang}`);
      await page.waitForSelector("html[data-podium-app-ready]");
      const input = await page.waitForSelector("#file");
      await input.uploadFile(resolve("slides/000_bb77306b121bf6cc.txt"));
      await page.waitForSelector('body[aria-busy="true"]');
      await page.waitForSelector('body[aria-busy="false"] [role="treeitem"][data-index="9"]');
      await page.click('[role="treeitem"][data-index="9"]');
      const frame = await (await page.$("#deck")).contentFrame();
      await frame.waitForSelector("html[data-podium-ready]");
      await frame.waitForFunction(() => window.Reveal.getIndices().h > 0);
      await frame.evaluate(() => window.Reveal.configure({ transition: "none" }));
      const path = join(OUT, file);
      await page.screenshot({ path });
      console.log(path);
      await page.close();
    }
  } finally {
    await app.close();
  }
}
