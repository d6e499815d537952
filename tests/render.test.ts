import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PodiumError } from "../src/errors.js";
import { writeDeck, writeFileAtomic } from "../src/output.js";
import { planSlides } from "../src/plan/index.js";
import { renderDeck, templateVariables } from "../src/render/index.js";
import type { RenderOptions } from "../src/render/types.js";
import { hostileOutline } from "./render-outlines.js";
import { englishOutline, hansOutline, outline, point } from "./plan-outlines.js";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";

const options: RenderOptions = { theme: "light", aspect: "16:9", singleFile: false };
let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "podium-render-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe("renderDeck", () => {
  it("draws every planned slide as a <section> with its notes and timing", async () => {
    const plan = planSlides(hansOutline(), {});
    const deck = await renderDeck(plan, options);
    expect(deck.html.match(/<section /g)).toHaveLength(plan.slides.length);
    expect(deck.slides).toHaveLength(plan.slides.length);
    expect(deck.html).toContain('<html lang="zh-Hans">');
    const timings = [...deck.html.matchAll(/data-timing="(\d+)"/g)].map((m) => Number(m[1]));
    expect(timings).toEqual(plan.slides.map((s) => s.seconds));
    expect(deck.html).toContain('<aside class="notes">');
    expect(deck.html).toContain(
      "<p>今天召开这次会议，主要任务是总结工作、部署任务。下面，我讲三点意见。</p>",
    );
    expect(deck.html).toMatch(/"width":1920,"height":1080/);
    expect(deck.html).toContain('"hash":true');
    expect(deck.html).not.toMatch(/https?:\/\//);
    expect(deck).toMatchObject({ lang: "zh-Hans", width: 1920, height: 1080, theme: "light" });
    expect(deck.assets.map((a) => a.to).sort()).toEqual([
      "reveal/LICENSE",
      "reveal/dist/reset.css",
      "reveal/dist/reveal.css",
      "reveal/dist/reveal.js",
      "reveal/plugin/notes/notes.js",
    ]);
    for (const asset of deck.assets) expect(existsSync(asset.from)).toBe(true);
  });

  it("uses a 1440×1080 canvas for 4:3 and the chosen theme", async () => {
    const deck = await renderDeck(planSlides(hansOutline(), {}), { ...options, aspect: "4:3", theme: "red" });
    expect(deck).toMatchObject({ width: 1440, height: 1080, aspect: "4:3" });
    expect(deck.html).toMatch(/"width":1440,"height":1080/);
    expect(deck.themeCss).toContain("#b3141b");
    expect(deck.html).toContain("#d9a521");
  });

  it("rejects an unknown theme", async () => {
    await expect(renderDeck(planSlides(hansOutline(), {}), { ...options, theme: "neon" })).rejects.toThrow(
      /unknown theme "neon"/,
    );
  });

  it("writes a speech's markup as literal text", async () => {
    const deck = await renderDeck(planSlides(hostileOutline(), {}), options);
    const body = deck.slides.map((s) => s.html).join("\n");
    expect(body).not.toMatch(/<script|<img|<a /i);
    expect(body).toContain("&lt;script&gt;window.__pwned &#x3D; 1&lt;/script&gt;");
    expect(body).toContain("&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned &#x3D; 2&quot;&gt;");
    expect(body).toContain("&lt;a href&#x3D;&quot;javascript:window.__pwned&#x3D;3&quot;&gt;");
    expect(body).toContain("{{title}}");
    expect(body).toContain("&lt;/section&gt;");
    // Only the planned sections open and close; the speech's </section> closes nothing.
    expect(body.match(/<\/section>/g)).toHaveLength(deck.slides.length);
  });

  it("inlines every asset for a single-file deck, safely", async () => {
    const deck = await renderDeck(planSlides(hansOutline(), {}), { ...options, singleFile: true });
    expect(deck.assets).toEqual([]);
    expect(deck.html).not.toMatch(/<script src=|<link /);
    expect(deck.html).toContain("RevealNotes");
    expect(deck.html).toContain("speaker-controls");
    // The only </script> tags close podium's three script elements (reveal.js, notes, boot).
    expect(deck.html.match(/<\/script/gi)).toHaveLength(3);
    expect(deck.html).not.toContain("sourceMappingURL");
  });

  it("emphasises figures in the accent unless emphasis is off, and keeps the last two characters together", async () => {
    const report = buildOutline(await readSource("tests/fixtures/layouts/work-report.txt"));
    const on = await renderDeck(planSlides(report, {}), options);
    expect(on.html).toContain('<strong class="figure">3%</strong>');
    expect(on.html).toContain('<span class="keep">');
    const off = await renderDeck(planSlides(report, {}), { ...options, emphasis: false });
    expect(off.html).not.toContain('class="figure"');
    expect(off.html).toContain('<span class="keep">');
    // Only markup differs: the text drawn is the same.
    const text = (html: string) => html.replace(/<[^>]+>/gu, "");
    expect(text(off.html)).toBe(text(on.html));
  });

  it("describes the variables each template receives", () => {
    for (const kind of ["title", "agenda", "section", "point", "quote", "closing"]) {
      expect(templateVariables).toHaveProperty([`partials/${kind}.hbs`, "title"]);
    }
    expect(templateVariables["partials/quote.hbs"]).toHaveProperty("quote");
    for (const layout of ["cards", "figures", "timeline", "statement", "columns"]) {
      expect(templateVariables).toHaveProperty([`partials/${layout}.hbs`, "header"]);
    }
    expect(templateVariables["partials/cards.hbs"]).toHaveProperty("cards");
    expect(templateVariables["layouts/deck.hbs"]).toHaveProperty("slides");
  });
});

describe("section dividers", () => {
  it("read marker and heading as the plan joined them: `1. Where we stand`, `一、加强…`", async () => {
    for (const planned of [planSlides(englishOutline(), {}), planSlides(hansOutline(), {})]) {
      const deck = await renderDeck(planned, options);
      const shown = parse(deck.html)
        .querySelectorAll(".section-title")
        .map((title) => title.textContent);
      const titles = planned.slides.filter((slide) => slide.kind === "section").map((slide) => slide.title);
      expect(shown.length).toBeGreaterThan(1);
      expect(shown).toEqual(titles);
    }
  });
});

describe("renderDeck with --templates", () => {
  it("uses the user's file where there is one and podium's elsewhere", async () => {
    const dir = join(temp, "override");
    await mkdir(join(dir, "partials"), { recursive: true });
    await writeFile(join(dir, "partials", "point.hbs"), '<h2 class="mine">{{marker}}|{{title}}</h2>\n');
    // Lists only, so point.hbs draws every point slide.
    const plan = planSlides(hansOutline(), {}, { autoLayouts: false });
    const deck = await renderDeck(plan, { ...options, templatesDir: dir });
    expect(deck.html).toContain('<h2 class="mine">第二，|这是改革发展稳定的重要力量</h2>');
    expect(deck.html).toContain('class="section-title"');
  });

  it("uses the user's partial for every layout and for the header", async () => {
    const dir = join(temp, "layouts");
    await mkdir(join(dir, "partials"), { recursive: true });
    const layouts = ["cards", "figures", "timeline", "statement", "columns"];
    for (const name of layouts) {
      await writeFile(
        join(dir, "partials", `${name}.hbs`),
        `{{{header}}}<p class="mine-${name}">{{layout.reason}}</p>\n`,
      );
    }
    await writeFile(join(dir, "partials", "header.hbs"), '<h2 class="my-header">{{title}}</h2>\n');
    const report = buildOutline(await readSource("tests/fixtures/layouts/work-report.txt"));
    // The five short points of 二、 are drawn in two columns at the speaker's request.
    const columns = outline({
      script: "zh-Hans",
      points: [
        point(
          1,
          "一、",
          "五项任务",
          [],
          ["稳就业", "强教育", "优医疗", "保住房", "护生态"].map((h, i) => point(2, `${i + 1}.`, h)),
        ),
      ],
    });
    const html = [
      (await renderDeck(planSlides(report, {}), { ...options, templatesDir: dir })).html,
      (
        await renderDeck(planSlides(columns, {}, { layouts: { "一、": "columns" } }), {
          ...options,
          templatesDir: dir,
        })
      ).html,
    ].join("");
    for (const name of layouts) expect(html).toContain(`class="mine-${name}"`);
    expect(html).toContain('<h2 class="my-header">建设三个高地</h2>');
    expect(html).not.toContain('class="title-text"');
  });

  it("names the file and line of a broken template", async () => {
    const dir = join(temp, "broken");
    await mkdir(join(dir, "partials"), { recursive: true });
    const file = join(dir, "partials", "quote.hbs");
    await writeFile(
      file,
      "<figure>\n  <blockquote>{{quote.text}}</blockquote>\n  {{quote.attribution}\n</figure>\n",
    );
    const render = renderDeck(planSlides(hansOutline(), {}), { ...options, templatesDir: dir });
    await expect(render).rejects.toBeInstanceOf(PodiumError);
    await expect(render).rejects.toThrow(`${file}:3`);

    await writeFile(file, "{{#if quote}}\n<p>{{quote.text}}</p>\n{{/each}}\n");
    await expect(
      renderDeck(planSlides(hansOutline(), {}), { ...options, templatesDir: dir }),
    ).rejects.toThrow(
      new RegExp(`${file}:\\d+: broken template \\(partials/quote.hbs\\): if doesn't match each`),
    );
  });
});

describe("writeDeck", () => {
  it("writes index.html and copies reveal.js, leaving no temp files", async () => {
    const deck = await renderDeck(planSlides(hansOutline(), {}), options);
    const dir = join(temp, "deck");
    const written = await writeDeck(deck, dir);
    expect(written).toContain(join(dir, "index.html"));
    expect(await readFile(join(dir, "index.html"), "utf8")).toBe(deck.html);
    expect(existsSync(join(dir, "reveal/plugin/notes/notes.js"))).toBe(true);
    const names = await readdir(dir, { recursive: true });
    expect(names.filter((n) => n.includes(".podium-tmp-"))).toEqual([]);
  });

  it("replaces a file atomically", async () => {
    const file = join(temp, "atomic.txt");
    await writeFileAtomic(file, "one");
    await writeFileAtomic(file, "two");
    expect(await readFile(file, "utf8")).toBe("two");
    expect((await readdir(temp)).filter((n) => n.includes(".podium-tmp-"))).toEqual([]);
    await expect(writeFileAtomic(join(temp, "missing", "x.txt"), "x")).rejects.toThrow();
  });
});

describe("display punctuation", () => {
  it("shows full-width punctuation in Chinese slide text and keeps numbers and notes as written", async () => {
    const { displayText } = await import("../src/render/punctuation.js");
    const chinesePunctuation = (text: string) => displayText(text, "zh-Hant");
    expect(chinesePunctuation("增強思想自覺,深刻認識群團工作")).toBe("增強思想自覺，深刻認識群團工作");
    expect(chinesePunctuation("世界上什么力量最強?民眾聯合")).toBe("世界上什么力量最強？民眾聯合");
    expect(chinesePunctuation("大革命時期(1924年—1927年),工會")).toBe("大革命時期（1924年—1927年），工會");
    expect(chinesePunctuation("共1,000人,10:30開會")).toBe("共1,000人，10:30開會");
    expect(chinesePunctuation("Hello, world (again)!")).toBe("Hello, world (again)!");
    expect(chinesePunctuation("少做事?,F(xiàn)在")).toBe("少做事?,F(xiàn)在");
  });
});
