import { test } from "vitest";
import { pathToFileURL } from "node:url";
import { planSlides } from "../src/plan/index.js";
import { renderDeck } from "../src/render/index.js";
import { writeDeck } from "../src/output.js";
import { withBrowser } from "./helpers/browser.js";
import { outline, point } from "./plan-outlines.js";
test("neg", async () => {
  const o = outline({ script: "zh-Hans", points: [point(1, "", "很长", Array.from({length: 30}, (_, i) => `第${i}段落的第一句话很长很长很长很长很长很长很长很长很长很长很长。`))] });
  const plan = planSlides(o, {title: "x"}, { maxBullets: 100, maxBodyChars: 10000 });
  const deck = await renderDeck(plan, { theme: "light", aspect: "16:9", singleFile: false });
  await writeDeck(deck, "tests/.output/neg");
  await withBrowser(async (b) => {
    const page = await b.newPage();
    await page.goto(pathToFileURL("tests/.output/neg/index.html").href);
    await page.waitForSelector("html[data-podium-ready]");
    console.log(await page.evaluate(() => Array.from(document.querySelectorAll("section"), (s) => s.getAttribute("data-fit")).join(" ")));
    await page.evaluate(() => (window as any).Reveal.slide(1));
    console.log(await page.evaluate(() => { const f = document.querySelector("section.present .slide-frame") as HTMLElement; const a = [f.scrollHeight, f.clientHeight]; f.style.setProperty("--fit", "1"); return [...a, f.scrollHeight, f.clientHeight]; }));
  });
});
