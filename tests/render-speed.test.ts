import { expect, it } from "vitest";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { planSlides } from "../src/plan/index.js";
import { renderDeck } from "../src/render/index.js";

it("plans and renders the example speech well under half a second", async () => {
  const source = await readSource("slides/000_bb77306b121bf6cc.txt");
  const outline = buildOutline(source);
  await renderDeck(planSlides(outline, {}), { theme: "light", aspect: "16:9", singleFile: true }); // warm caches
  const start = performance.now();
  const deck = await renderDeck(planSlides(outline, {}), { theme: "red", aspect: "16:9", singleFile: true });
  const elapsed = performance.now() - start;
  expect(deck.slides.length).toBeGreaterThan(10);
  expect(elapsed).toBeLessThan(250);
});
