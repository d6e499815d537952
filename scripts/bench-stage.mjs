// One benchmark stage in its own process (see bench.mjs); prints one JSON line.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const lib = (path) => import(join(root, "lib", path));
const [stage, arg] = process.argv.slice(2);
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

if (stage === "read") {
  const { readSource } = await lib("ingest/index.js");
  const { buildOutline } = await lib("outline/index.js");
  const started = performance.now();
  buildOutline(await readSource(arg));
  out({ ms: performance.now() - started, peakMB: peakMB() });
} else if (stage === "html" || stage === "html-repeat") {
  const { prepareDeck } = await lib("pipeline.js");
  const { writeDeck } = await lib("output.js");
  const dir = mkdtempSync(join(tmpdir(), "podium-bench-html-"));
  const times = [];
  let prepared;
  for (let i = 0; i < (stage === "html" ? 1 : 11); i++) {
    const started = performance.now();
    prepared = await prepareDeck(arg, { output: dir });
    await writeDeck(prepared.deck, join(dir, prepared.name));
    times.push(performance.now() - started);
  }
  let points = 0;
  const count = (ps) => ps.forEach((p) => ((points += 1), count(p.children)));
  count(prepared.outline.points);
  const loaded = Object.keys(
    await import("node:module").then((m) => m.createRequire(import.meta.url).cache ?? {}),
  );
  out({
    ms: times[0],
    medianMs: median(times.slice(1)),
    peakMB: peakMB(),
    slides: prepared.plan.slides.length,
    points,
    puppeteerLoaded: loaded.filter((p) => p.includes("puppeteer")).length,
  });
} else if (stage === "pdf") {
  const { findBrowser } = await lib("export/browser.js");
  const browser = findBrowser();
  const cli = join(root, "bin", "podium.js");
  const dir = mkdtempSync(join(tmpdir(), "podium-bench-pdf-"));
  const run = (argv) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    return performance.now() - started;
  };
  run([cli, "build", arg, "-o", join(dir, "warm"), "-q"]);
  const deck = join(dir, "warm", "000_bb77306b121bf6cc", "index.html");
  const bare = [];
  const podium = [];
  const all = [];
  for (let i = 0; i < 5; i++) {
    bare.push(
      run([join(root, "scripts", "bench-bare-print.mjs"), browser, deck, join(dir, `bare-${i}.pdf`)]),
    );
    podium.push(run([cli, "build", arg, "-o", join(dir, `p${i}`), "-q", "--pdf"]));
    all.push(
      run([cli, "build", arg, "-o", join(dir, `a${i}`), "-q", "--pdf", "--handout", "--reading-copy"]),
    );
  }
  const ten = join(dir, "ten");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(ten);
  for (let i = 0; i < 10; i++) copyFileSync(arg, join(ten, `speech-${i}.txt`));
  const tenMs = run([cli, "build", ten, "-o", join(dir, "ten-out"), "-q", "--pdf"]);
  const deckOut = join(dir, "a0", "000_bb77306b121bf6cc");
  const kB = (name) => Math.round(statSync(join(deckOut, name)).size / 1024);
  const sizesKB = {
    slides: kB("000_bb77306b121bf6cc.pdf"),
    handout: kB("000_bb77306b121bf6cc-handout.pdf"),
    readingCopy: kB("000_bb77306b121bf6cc-reading-copy.pdf"),
  };
  out({ bareMs: median(bare), podiumMs: median(podium), allMs: median(all), tenMs, sizesKB });
} else if (stage === "serve") {
  // `podium serve`: from saving the speech to the open tab showing the new text.
  const { startPreview } = await lib("serve/index.js");
  const { findBrowser, BROWSER_FLAGS } = await lib("export/browser.js");
  const { default: puppeteer } = await import("puppeteer-core");
  const { readFileSync, writeFileSync, rmSync } = await import("node:fs");
  const dir = mkdtempSync(join(tmpdir(), "podium-bench-serve-"));
  const speech = join(dir, "speech.txt");
  copyFileSync(arg, speech);
  const preview = await startPreview({ input: speech, port: 0 });
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    args: [...BROWSER_FLAGS, `--user-data-dir=${join(dir, "profile")}`],
  });
  const times = [];
  try {
    const page = await browser.newPage();
    await page.goto(preview.url);
    await page.waitForSelector("html[data-podium-ready]");
    for (let i = 0; i < 5; i++) {
      const reloaded = page.waitForNavigation({ waitUntil: "load" });
      const saved = performance.now();
      // Edit a heading (text appended at the end of this speech would fall into its web-page trailer).
      writeFileSync(speech, readFileSync(speech, "utf8").replace(/^二、(?:第\d+稿：)?/mu, `二、第${i}稿：`));
      await reloaded;
      await page.waitForSelector("html[data-podium-ready]");
      times.push(performance.now() - saved);
    }
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
  out({ medianMs: median(times), maxMs: Math.max(...times) });
} else if (stage === "fuzz") {
  const { parseSource } = await lib("ingest/index.js");
  const { buildOutline } = await lib("outline/index.js");
  const { PodiumError } = await lib("errors.js");
  const { randomBytes } = await import("node:crypto");
  const until = Date.now() + Number(arg) * 1000;
  const formats = ["txt", "md", "html", "docx"];
  let tried = 0;
  const crashes = [];
  while (Date.now() < until) {
    const bytes = randomBytes(1 + Math.floor(Math.random() * 4096));
    // Half the inputs start with UTF-8 Chinese so the reader gets past encoding detection.
    const input = tried % 2 ? bytes : Buffer.concat([Buffer.from("一、讲话\n（一）要点。一是"), bytes]);
    const format = formats[tried % formats.length];
    tried++;
    try {
      buildOutline(await parseSource(new Uint8Array(input), `fuzz.${format}`, format));
    } catch (error) {
      if (!(error instanceof PodiumError))
        crashes.push(`${format}: ${error?.stack?.split("\n").slice(0, 2).join(" ")}`);
    }
  }
  out({ tried, crashes: crashes.slice(0, 20) });
}
