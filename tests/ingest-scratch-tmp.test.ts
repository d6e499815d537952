import { test } from "vitest";
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { decodeText } from "../src/ingest/decode.js";
test("x", () => {
const t = readFileSync("slides/000_bb77306b121bf6cc.txt", "utf8");
for (const enc of ["GB18030", "Big5", "utf16le", "utf16be", "utf8"]) {
  const b = iconv.encode(t, enc);
  const r = decodeText(b, "x");
  console.log(enc, r.encoding, r.text === t, r.warnings);
}
for (const n of [20, 60, 200]) {
  const s = t.slice(300, 300 + n);
  for (const enc of ["GB18030", "Big5"]) { const r = decodeText(iconv.encode(s, enc), "x"); console.log(n, enc, r.encoding, r.text === s); }
}
const simp = "同志们，今天我们召开全市工作会议，主要任务是总结去年工作，部署今年任务。";
for (const enc of ["GB18030", "Big5"]) { try { const r = decodeText(iconv.encode(simp, enc), "x"); console.log("simp", enc, r.encoding, r.text === simp, r.text);} catch(e){console.log(String(e))} }
});
