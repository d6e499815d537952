// podium's benchmark: prints figures, asserts nothing. Run `npm run bench` (after `npm install`).
// Options: --quick (smaller sizes, no fuzz), --fuzz-seconds N (default 120), --no-pdf;
// --peers runs only the side-by-side comparison with Marp CLI and reveal-md (bench-peers.mjs).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  deepNesting,
  exampleSpeech,
  hugeLines,
  longParagraph,
  manyPoints,
  repeatedSpeech,
  spacedPieces,
  wrappedLines,
} from "./bench-workloads.mjs";

if (process.argv.includes("--peers")) {
  await import("./bench-peers.mjs");
  process.exit(0);
}

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "podium.js");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const fuzzSeconds = quick
  ? 0
  : Number(args[args.indexOf("--fuzz-seconds") + 1] ?? 0) || (args.includes("--fuzz-seconds") ? 0 : 120);
const scratch = mkdtempSync(join(tmpdir(), "podium-bench-"));
const MB = 1024 * 1024;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const line = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);

/** Runs a stage script in a fresh process so time and peak memory are its own. */
function measure(stage, file) {
  const script = join(root, "scripts", "bench-stage.mjs");
  const result = spawnSync(process.execPath, ["--max-old-space-size=4096", script, stage, file], {
    encoding: "utf8",
  });
  if (result.status !== 0) return { error: (result.stderr || result.stdout).trim().split("\n").at(-1) };
  return JSON.parse(result.stdout);
}

function runProcess(argv) {
  const started = performance.now();
  const result = spawnSync(process.execPath, argv, {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (result.status !== 0) throw new Error(`node ${argv.join(" ")} failed: ${result.stderr}`);
  return performance.now() - started;
}

const runCli = (argv) => runProcess([cli, ...argv]);

function write(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

console.log("podium bench —", new Date().toISOString(), `— node ${process.version}`);

console.log("\nHTML build of the example speech");
{
  const inProcess = measure("html-repeat", exampleSpeech);
  line("in-process build, median of 10 (warm)", inProcess.error ?? fmt(inProcess.medianMs));
  line("Puppeteer modules loaded by an HTML build", inProcess.error ?? String(inProcess.puppeteerLoaded));
  // Whole processes against Node's own start-up, in alternating rounds so a busy machine slows each alike.
  const rounds = quick ? 7 : 15;
  const floor = [];
  const build = [];
  const help = [];
  const version = [];
  for (let round = 0; round < rounds; round += 1) {
    floor.push(runProcess(["-e", "0"]));
    build.push(runCli(["build", exampleSpeech, "-o", join(scratch, "html")]));
    help.push(runCli(["--help"]));
    version.push(runCli(["--version"]));
  }
  const ratio = (times) => `${fmt(median(times))} = ${(median(times) / median(floor)).toFixed(2)}× node -e 0`;
  line(`\`node -e 0\`, median of ${rounds} alternating rounds`, fmt(median(floor)));
  line("`podium build <speech> -o <dir>` (HTML, target ≤ 2×)", ratio(build));
  line("`podium --help` (target ≤ 1.5×)", ratio(help));
  line("`podium --version` (target ≤ 1.5×)", ratio(version));
  // Alternated with plain builds, so a busy machine slows both alike.
  const plain = [];
  const withPptx = [];
  for (let run = 0; run < 5; run += 1) {
    plain.push(runCli(["build", exampleSpeech, "-o", join(scratch, "plain"), "-q"]));
    withPptx.push(runCli(["build", exampleSpeech, "--pptx", "-o", join(scratch, "pptx"), "-q"]));
  }
  line(
    "`podium build --pptx`: added time, median of 5 (target < 0.5 s)",
    `+${fmt(median(withPptx) - median(plain))} (${fmt(median(withPptx))} in all)`,
  );
}

console.log("\nReading and building large speeches (fresh process each)");
const sizes = quick ? [1, 5] : [1, 5, 10, 20];
for (const size of sizes) {
  const file = write(`speech-${size}mb.txt`, repeatedSpeech(size * MB));
  const read = measure("read", file);
  const html = measure("html", file);
  line(
    `${size} MB: read + outline`,
    read.error ?? `${fmt(read.ms)} (${(read.ms / size).toFixed(0)} ms/MB), peak ${read.peakMB} MB`,
  );
  line(
    `${size} MB: HTML build`,
    html.error ??
      `${fmt(html.ms)} (${(html.ms / size).toFixed(0)} ms/MB), peak ${html.peakMB} MB, ${html.slides} slides`,
  );
}

console.log("\nShapes");
const shapes = [
  ["2,000 points", write("points.txt", manyPoints(2000))],
  ["nesting six levels deep", write("deep.txt", deepNesting(40))],
  ["one 50,000-character paragraph", write("paragraph.txt", longParagraph(50_000))],
  ["lines of 1 MB", write("lines.txt", hugeLines(MB, 2))],
  // Each line break once read the whole paragraph joined so far, in every reader.
  [
    "20,000 hard-wrapped lines, one paragraph (.txt)",
    // Lines of a wrap's full width, so the plain-text reader joins them (short lines stay paragraphs).
    write(
      "wrapped.txt",
      `${wrappedLines(20_000, () => "我们要坚持问题导向加强工作统筹推进各项任务落实到位确保取得实效文字")}。`,
    ),
  ],
  ["20,000 soft-broken lines, one paragraph (.md)", write("wrapped.md", wrappedLines(20_000))],
  ["20,000 lines of one <p> (.html)", write("wrapped.html", `<p>${wrappedLines(20_000)}</p>`)],
  [
    "20,000 lines of bold glued to a comma (.md)",
    write(
      "bold.md",
      wrappedLines(20_000, (i) => `**要点${i + 1}，**文字文字`),
    ),
  ],
  ["a one-line paste of 40,000 spaced pieces", write("spaced.txt", spacedPieces(40_000))],
  // Lines that recur page after page were once gathered by copying their list at each one.
  [
    "30,000 running heads beside page numbers",
    write(
      "heads.txt",
      Array.from({ length: 30_000 }, (_, i) => `CITY REPORT    ${i + 1}\nThe text goes on here.`).join("\n"),
    ),
  ],
  [
    "30,000 lines led by the same symbol",
    write("symbols.txt", Array.from({ length: 30_000 }, () => "■ 标题\n正文。").join("\n")),
  ],
];
for (const [label, file] of shapes) {
  const html = measure("html", file);
  line(
    label,
    html.error ?? `${fmt(html.ms)}, peak ${html.peakMB} MB, ${html.slides} slides, ${html.points} points`,
  );
}

if (!args.includes("--no-pdf")) {
  console.log("\nPDF export (real Chromium), runs alternated");
  const pdf = measure("pdf", exampleSpeech);
  if (pdf.error) line("PDF benchmark", `skipped: ${pdf.error}`);
  else {
    line("bare Chromium print (launch, ?print-pdf, pdf-ready, page.pdf)", `median ${fmt(pdf.bareMs)}`);
    line(
      "`podium build --pdf`",
      `median ${fmt(pdf.podiumMs)} = ${(pdf.podiumMs / pdf.bareMs).toFixed(2)}× the floor`,
    );
    line(
      "`podium build --pdf --handout --reading-copy`",
      `median ${fmt(pdf.allMs)} = ${(pdf.allMs / pdf.podiumMs).toFixed(2)}× the slides PDF alone (target ≤ 1.6×)`,
    );
    const { slides, handout, readingCopy } = pdf.sizesKB;
    line("PDF sizes: slides, handout, reading copy", `${slides} KB, ${handout} KB, ${readingCopy} KB`);
    line(
      "ten speeches with --pdf in one run",
      `${fmt(pdf.tenMs)} = ${(pdf.tenMs / pdf.podiumMs).toFixed(2)}× one speech (target ≤ 3×)`,
    );
  }
}

if (!args.includes("--no-pdf")) {
  console.log("\nLive preview (`podium serve` in Chromium)");
  const serve = measure("serve", exampleSpeech);
  line(
    "save → the open tab shows the new text, median of 5",
    serve.error ?? `${fmt(serve.medianMs)} (slowest ${fmt(serve.maxMs)})`,
  );
}

if (fuzzSeconds > 0) {
  console.log(`\nFuzzing the reader with random bytes for ${fuzzSeconds} s`);
  const fuzz = measure("fuzz", String(fuzzSeconds));
  line("inputs tried", fuzz.error ?? String(fuzz.tried));
  line("crashes (anything but a clear podium error)", fuzz.error ?? String(fuzz.crashes.length));
  for (const crash of fuzz.crashes ?? []) console.log(`    ${crash}`);

  const nestingSeconds = Math.min(60, fuzzSeconds);
  console.log(`\nFuzzing the .html and .docx readers with nested structures for ${nestingSeconds} s`);
  const nested = spawnSync(
    process.execPath,
    [join(root, "scripts", "fuzz-nesting.mjs"), "--seconds", String(nestingSeconds), "--json"],
    { encoding: "utf8" },
  );
  if (nested.status !== 0)
    line("nested structures", (nested.stderr || nested.stdout).trim().split("\n").at(-1));
  else {
    const result = JSON.parse(nested.stdout);
    for (const [format, { read, refused }] of Object.entries(result.counts)) {
      line(`${format}: read / refused with a clear error`, `${read} / ${refused}`);
    }
    line("crashes (anything but a clear podium error)", String(result.crashes.length));
    for (const crash of result.crashes) console.log(`    ${crash}`);
    line("slowest input", `${fmt(result.slowest.ms)} (${result.slowest.what})`);
    line("peak memory", `${result.peakMB} MB`);
  }
}

rmSync(scratch, { recursive: true, force: true });
