import { test } from "vitest";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
test("scratch", async () => {
  const o = buildOutline(await readSource("slides/000_bb77306b121bf6cc.txt"));
  const w = (p: any, i = 0): void => { console.log(" ".repeat(i), p.level, JSON.stringify(p.marker), p.heading.slice(0, 30), JSON.stringify(p.terminator), p.inline ? "INLINE" : "", p.paragraphs.map((x: string) => x.length + ":" + x.slice(0, 12) + "…" + x.slice(-8))); p.children.forEach((c: any) => w(c, i + 2)); };
  console.log(o.title, o.script, JSON.stringify(o.preamble).slice(0, 200), JSON.stringify(o.closing), o.warnings);
  o.points.forEach((p) => w(p));
});
