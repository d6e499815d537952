import { test } from "vitest";
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { decodeText } from "../src/ingest/decode.js";
import { readMarkdown } from "../src/ingest/readers/markdown.js";
import { readHtml } from "../src/ingest/readers/html.js";
test("perf", () => {
  const t = readFileSync("slides/000_bb77306b121bf6cc.txt", "utf8");
  let big = t; while (Buffer.byteLength(big) < 20e6) big += "\n" + big;
  for (const enc of ["utf8", "gb18030", "big5"]) {
    const b = iconv.encode(big, enc);
    const s = performance.now(); const r = decodeText(b, "x"); console.log(enc, r.encoding, (b.length/1e6).toFixed(1)+"MB", Math.round(performance.now() - s) + "ms");
  }
  const md = big.split("\n").join("\n\n");
  let s = performance.now(); const d = readMarkdown(md, 1); console.log("md", d.blocks.length, Math.round(performance.now() - s) + "ms");
  const html = "<html><body>" + big.split("\n").map((l) => `<p>${l}</p>`).join("\n") + "</body></html>";
  s = performance.now(); const h = readHtml(html); console.log("html", h.blocks.length, Math.round(performance.now() - s) + "ms");
});
