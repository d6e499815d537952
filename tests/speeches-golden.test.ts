import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDeck } from "../src/pipeline.js";
import { displaySlide } from "../src/render/punctuation.js";
import { endsOnFunctionWord } from "../src/plan/words.js";

// English speeches written for these tests (a commencement address, a budget statement, a board
// report), with their slides' headings and bullets as a speechwriter checked them by hand:
// tests/fixtures/speeches/<name>.slides.txt. Regenerate on purpose only, with UPDATE=1, and read
// every changed line as an audience would.
const root = join(import.meta.dirname, "fixtures", "speeches");
const speeches = readdirSync(root)
  .filter((f) => /\.(?:txt|md)$/u.test(f) && !f.endsWith(".slides.txt"))
  .sort();

/** The deck as the audience reads it: title slide lines, then each slide's title and bullets. */
function slideText(prepared: Awaited<ReturnType<typeof prepareDeck>>): string {
  const { info, script } = prepared.plan;
  const lines = [`title: ${info.title}`];
  for (const key of ["speaker", "date", "venue"] as const) if (info[key]) lines.push(`${key}: ${info[key]}`);
  for (const planned of prepared.plan.slides) {
    const slide = displaySlide(planned, script);
    const marker = slide.marker === "" ? "" : `${slide.marker} `;
    lines.push(`[${slide.kind}] ${marker}| ${slide.title}${slide.subtitle ? ` // ${slide.subtitle}` : ""}`);
    for (const item of slide.agenda ?? []) lines.push(`  * ${item.marker} ${item.heading}`);
    for (const bullet of slide.bullets) lines.push(`  - ${bullet}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("English speeches: slide headings and bullets as a speechwriter cuts them", () => {
  it.each(speeches)("%s", async (name) => {
    const prepared = await prepareDeck(join(root, name));
    const actual = slideText(prepared);
    const expectedPath = join(root, name.replace(/\.\w+$/u, ".slides.txt"));
    if (process.env.UPDATE === "1" || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, "utf8"));

    const shown = prepared.plan.slides.flatMap((s) => [
      s.title,
      ...s.bullets,
      ...(s.agenda ?? []).map((a) => a.heading),
    ]);
    for (const line of shown) {
      expect(line, line).toMatch(/^(?:[^a-z]|[a-z]+[A-Z])/u);
      expect(endsOnFunctionWord(line), line).toBe(false);
    }
    // No byline or dateline is the title; every sentence is still in the notes.
    expect(prepared.plan.info.title).not.toMatch(/^(?:By |Remarks by |President:|Delivered )/u);
    const notes = prepared.plan.slides.flatMap((s) => s.notes).join(" ");
    for (const block of prepared.source.blocks) expect(notes).toContain(block.text);
  });
});
