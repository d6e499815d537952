import { test } from "vitest";
import { planSlides } from "../src/plan/index.js";
import { renderDeck } from "../src/render/index.js";
import { writeDeck } from "../src/output.js";
import { withBrowser } from "./helpers/browser.js";
import { hansOutline, exampleSection, outline } from "./plan-outlines.js";
test("scratch", async () => {
  const o = outline({ script: "zh-Hant", title: "黨群工作會議講話稿", points: [exampleSection(), exampleSection()], closing: ["同志們,黨的群團工作是我們事業發展的源泉和動力。", "講完了,謝謝大家!"] });
  for (const [name, ol] of [["hans", hansOutline()], ["hant", o]] as const) for (const theme of ["light", "red", "dark"]) {
    const plan = planSlides(ol, { speaker: "张三", date: "2024年5月", organisation: "市委办公室" });
    const deck = await renderDeck(plan, { theme, aspect: "16:9", singleFile: false });
    const dir = `tests/.output/scratch-${name}-${theme}`;
    await writeDeck(deck, dir);
    await withBrowser(async (browser) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 720 });
      page.on("console", (m) => console.log("console", m.type(), m.text()));
      page.on("pageerror", (e) => console.log("pageerror", e));
      await page.goto("file://" + process.cwd() + "/" + dir + "/index.html");
      await page.waitForSelector("html[data-podium-ready]");
      await page.evaluate(() => (window as any).Reveal.configure({ transition: "none" }));
      const n = plan.slides.length;
      for (let i = 0; i < n; i++) {
        await page.evaluate((i) => (window as any).Reveal.slide(i), i);
        await new Promise((r) => setTimeout(r, 100));
        const fit = await page.evaluate(() => (window as any).Reveal.getCurrentSlide().getAttribute("data-fit"));
        await page.screenshot({ path: `${dir}/s${i}-${plan.slides[i]!.kind}.png` });
        console.log(i, fit);
      }
    });
  }
}, 120000);
