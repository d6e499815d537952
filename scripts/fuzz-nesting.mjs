// Fuzzes the .html and .docx readers with randomly nested structures (elements in elements, lists
// in lists, content controls, tables and text boxes in each other, some left unclosed), from a few
// levels to thousands. Prints figures, asserts nothing: how many inputs were read, how many were
// refused with a clear podium error (and which), the crashes (anything else), the slowest input and
// the peak memory. Run `npm run fuzz:nesting [-- --seconds N]` (default 60) after `npm install`;
// `npm run bench` runs it too.
import { join } from "node:path";
import JSZip from "jszip";

const root = join(import.meta.dirname, "..");
const lib = (path) => import(join(root, "lib", path));
const { parseSource } = await lib("ingest/index.js");
const { buildOutline } = await lib("outline/index.js");
const { PodiumError } = await lib("errors.js");

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 60;
const json = args.includes("--json");

/** A small seeded generator, so a crash can be replayed from the seed it prints. */
function random(seed) {
  let state = Math.imul(seed, 2654435761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  // Nearby seeds start alike: the first few numbers are thrown away.
  for (let i = 0; i < 8; i++) next();
  return next;
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
/** Mostly shallow, sometimes past podium's nesting limit. */
const depthOf = (rand) => Math.floor(rand() < 0.7 ? rand() * 40 : rand() * 5000);
const WORDS = ["一、总体要求", "（一）抓好落实。", "1.项目建设", "一是要", "Opening words.", "谢谢大家！"];

const HTML_TAGS = [
  "div",
  "section",
  "p",
  "span",
  "b",
  "ol",
  "ul",
  "li",
  "table",
  "tr",
  "td",
  "blockquote",
  "h2",
  "pre",
  "a",
];

function htmlInput(rand) {
  const depth = depthOf(rand);
  const open = [];
  let body = "";
  // Mixed tags (which the parser partly closes on its own, as browsers do) or one tag nested in itself.
  const only = rand() < 0.4 ? pick(rand, ["div", "span", "blockquote", "section", "b"]) : null;
  for (let i = 0; i < depth; i++) {
    const tag = only ?? pick(rand, HTML_TAGS);
    body += `<${tag}>${rand() < 0.3 ? pick(rand, WORDS) : ""}`;
    open.push(tag);
  }
  body += pick(rand, WORDS);
  // Some tags stay unclosed, as on real pages.
  while (open.length) {
    const tag = open.pop();
    if (rand() < 0.9) body += `</${tag}>`;
  }
  return Buffer.from(`<html><head><title>讲话</title></head><body>${body}</body></html>`);
}

const DOCX_WRAPPERS = [
  ["<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"],
  ["<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"],
  ["<w:customXml>", "</w:customXml>"],
  ["<w:ins>", "</w:ins>"],
  ["<w:p><w:r><w:drawing><w:txbxContent>", "</w:txbxContent></w:drawing></w:r></w:p>"],
  ["<w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r>", "</w:hyperlink></w:p>"],
];

async function docxInput(rand) {
  const depth = depthOf(rand);
  const stack = [];
  let body = "";
  for (let i = 0; i < depth; i++) {
    const [open, close] = pick(rand, DOCX_WRAPPERS);
    body += open;
    if (rand() < 0.2) body += `<w:p><w:r><w:t>${pick(rand, WORDS)}</w:t></w:r></w:p>`;
    stack.push(close);
  }
  body += `<w:p><w:r><w:t>${pick(rand, WORDS)}</w:t></w:r></w:p>`;
  while (stack.length) body += stack.pop();
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const until = Date.now() + seconds * 1000;
const counts = { html: { read: 0, refused: 0 }, docx: { read: 0, refused: 0 } };
const refusals = new Map();
const crashes = [];
let slowest = { ms: 0, what: "" };
for (let seed = 1; Date.now() < until; seed++) {
  const rand = random(seed);
  const format = seed % 2 ? "html" : "docx";
  const bytes = format === "html" ? htmlInput(rand) : await docxInput(rand);
  const started = performance.now();
  try {
    buildOutline(await parseSource(new Uint8Array(bytes), `fuzz.${format}`, format));
    counts[format].read++;
  } catch (error) {
    if (error instanceof PodiumError) {
      counts[format].refused++;
      const kind = error.message.replace(/^fuzz\.\w+: /, "").replace(/\d+/g, "N");
      refusals.set(kind, (refusals.get(kind) ?? 0) + 1);
    } else
      crashes.push(
        `${format} seed ${seed}: ${String(error?.stack ?? error)
          .split("\n")
          .slice(0, 2)
          .join(" ")}`,
      );
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, what: `${format} seed ${seed} (${bytes.length} bytes)` };
}

const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
if (json) {
  process.stdout.write(
    `${JSON.stringify({ counts, refusals: [...refusals], crashes: crashes.slice(0, 20), slowest, peakMB })}\n`,
  );
} else {
  console.log(`Nested .html and .docx for ${seconds} s`);
  for (const [format, { read, refused }] of Object.entries(counts)) {
    console.log(`  ${format.padEnd(6)} read ${read}, refused with a clear error ${refused}`);
  }
  for (const [kind, n] of refusals) console.log(`    ${n} × ${kind}`);
  console.log(`  crashes (anything but a clear podium error): ${crashes.length}`);
  for (const crash of crashes.slice(0, 20)) console.log(`    ${crash}`);
  console.log(`  slowest input: ${slowest.ms.toFixed(0)} ms, ${slowest.what}`);
  console.log(`  peak memory: ${peakMB} MB`);
}
