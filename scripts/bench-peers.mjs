// `npm run bench -- --peers`: podium beside Marp CLI and reveal-md on the example speech, whole
// processes timed in alternating rounds (so the machine's drift hits every tool alike), medians and
// ratios printed. The peers are installed into a temporary folder, never into the project, and
// print with the same Chromium as podium (Marp also with the browser it finds itself). Prints figures; asserts nothing. Options: --runs N (5).
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BROWSER_FLAGS, findBrowser } from "../lib/export/browser.js";
import { readOutline } from "../lib/index.js";
import { markdownOf, plainRevealHtml, slidesOf } from "./bench-peer-decks.mjs";
import { exampleSpeech } from "./bench-workloads.mjs";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "podium.js");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const browser = findBrowser();
// Kept between runs (it is a download); in the system's temporary folder, outside the project.
const peers = join(tmpdir(), "podium-bench-peers");
const scratch = mkdtempSync(join(tmpdir(), "podium-bench-peers-run-"));
const bin = (name) => join(peers, "node_modules", ".bin", name);
const env = { ...process.env, CHROME_PATH: browser, PUPPETEER_EXECUTABLE_PATH: browser, NO_COLOR: "1" };

if (!existsSync(bin("marp")) || !existsSync(bin("reveal-md"))) {
  console.log(`installing Marp CLI and reveal-md into ${peers} …`);
  mkdirSync(peers, { recursive: true });
  writeFileSync(join(peers, "package.json"), '{ "private": true }\n');
  const npm = spawnSync(
    "npm",
    ["install", "--prefix", peers, "--no-audit", "--no-fund", "@marp-team/marp-cli", "reveal-md"],
    { stdio: "inherit", env: { ...env, PUPPETEER_SKIP_DOWNLOAD: "1" } },
  );
  if (npm.status !== 0) throw new Error("installing the peers failed");
}

// The same words for every tool: podium reads the speech, the others its outline as Markdown.
const speech = join(scratch, "speech.txt");
copyFileSync(exampleSpeech, speech);
const outline = await readOutline(speech);
const slides = slidesOf(outline);
const markdown = join(scratch, "speech.md");
writeFileSync(markdown, markdownOf(slides));
const plainDeck = join(scratch, "plain.html");
writeFileSync(plainDeck, plainRevealHtml(slides, "zh-Hant"));
const ten = join(scratch, "ten");
mkdirSync(ten);
for (let i = 0; i < 10; i++) copyFileSync(exampleSpeech, join(ten, `speech-${i}.txt`));

let counter = 0;
const out = (name) => join(scratch, `${name}-${(counter += 1)}`);
const node = (...argv) => [process.execPath, ...argv];
const podium = (...argv) => node(cli, ...argv);
spawnSync(process.execPath, [cli, "build", speech, "-o", join(scratch, "deck"), "-q"]);
const deckDir = join(
  scratch,
  "deck",
  readdirSync(join(scratch, "deck")).find((d) => !d.startsWith(".")),
);
const bare = (deck) => () =>
  node(join(root, "scripts", "bench-bare-print.mjs"), browser, deck, `${out("bare")}.pdf`);

/** Each task is a command line (made afresh each run, so outputs never collide). */
const tasks = {
  "node -e 0": () => node("-e", "0"),
  "podium --help": () => podium("--help"),
  "podium --version": () => podium("--version"),
  "podium build (HTML)": () => podium("build", speech, "-o", out("html"), "-q"),
  "marp (HTML)": () => [bin("marp"), markdown, "-o", `${out("marp")}.html`],
  "reveal-md --static (HTML)": () => [bin("reveal-md"), markdown, "--static", out("reveal-md")],
  "podium build --pdf": () => podium("build", speech, "-o", out("pdf"), "-q", "--pdf"),
  "marp --pdf": () => [bin("marp"), markdown, "--pdf", "--allow-local-files", "-o", `${out("marp")}.pdf`],
  // What a Marp user gets: Marp looks for Chrome, Chromium or Edge itself and knows no headless shell.
  "marp --pdf, its own browser": () => [
    "env",
    "-u",
    "CHROME_PATH",
    "-u",
    "PUPPETEER_EXECUTABLE_PATH",
    bin("marp"),
    markdown,
    "--pdf",
    "--allow-local-files",
    "-o",
    `${out("marp-own")}.pdf`,
  ],
  "reveal-md --print": () => [
    bin("reveal-md"),
    markdown,
    "--print",
    `${out("reveal-md")}.pdf`,
    "--puppeteer-chromium-executable",
    browser,
    `--puppeteer-launch-args=${BROWSER_FLAGS.join(" ")}`,
  ],
  "bare Puppeteer print of podium's deck": bare(join(deckDir, "index.html")),
  "bare Puppeteer print of a plain reveal.js deck": bare(plainDeck),
  "podium pdf (slides, handout, reading copy)": () => podium("pdf", speech, "-o", out("all"), "-q"),
  "podium build --pdf, ten speeches": () => podium("build", ten, "-o", out("ten"), "-q", "--pdf"),
};

const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
const failed = new Set();
for (let round = 0; round < runs; round++) {
  process.stdout.write(`\rround ${round + 1} of ${runs}`);
  for (const [name, command] of Object.entries(tasks)) {
    if (failed.has(name)) continue;
    const [program, ...argv] = command();
    const started = performance.now();
    const run = spawnSync(program, argv, { env, encoding: "utf8", cwd: scratch });
    const ms = performance.now() - started;
    if (run.status !== 0) {
      failed.add(name);
      console.log(`\n${name} failed: ${(run.stderr || run.stdout).trim().split("\n").at(-1)}`);
    } else times[name].push(ms);
  }
}
process.stdout.write("\n");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (name) => (times[name].length > 0 ? median(times[name]) : NaN);
const fmt = (value) =>
  Number.isNaN(value) ? "—" : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
const compare = (label, a, b) => {
  const ratio = ms(a) / ms(b);
  console.log(
    `  ${label.padEnd(62)} ${fmt(ms(a)).padStart(8)} / ${fmt(ms(b)).padStart(8)} = ${Number.isNaN(ratio) ? "—" : `${ratio.toFixed(2)}×`}`,
  );
};

console.log(`\npodium beside its peers — medians of ${runs} alternating rounds — node ${process.version}`);
console.log(`the example speech: ${slides.length} slides as Markdown for the peers\n`);
console.log("Start-up");
compare("podium --help vs node -e 0", "podium --help", "node -e 0");
compare("podium --version vs node -e 0", "podium --version", "node -e 0");
console.log("HTML");
compare("podium build vs node -e 0", "podium build (HTML)", "node -e 0");
compare("podium build vs Marp CLI", "podium build (HTML)", "marp (HTML)");
compare("podium build vs reveal-md --static", "podium build (HTML)", "reveal-md --static (HTML)");
console.log("PDF");
compare("podium build --pdf vs Marp CLI --pdf, same browser", "podium build --pdf", "marp --pdf");
compare(
  "podium build --pdf vs Marp CLI --pdf, its own browser",
  "podium build --pdf",
  "marp --pdf, its own browser",
);
compare("podium build --pdf vs reveal-md --print", "podium build --pdf", "reveal-md --print");
compare(
  "podium build --pdf vs bare print of its own deck",
  "podium build --pdf",
  "bare Puppeteer print of podium's deck",
);
compare(
  "bare print: podium's deck vs a plain reveal.js deck",
  "bare Puppeteer print of podium's deck",
  "bare Puppeteer print of a plain reveal.js deck",
);
compare(
  "podium pdf (three PDFs) vs build --pdf",
  "podium pdf (slides, handout, reading copy)",
  "podium build --pdf",
);
compare("ten speeches with --pdf vs one", "podium build --pdf, ten speeches", "podium build --pdf");
console.log("\nPer page: node scripts/bench-print-cost.mjs <deck folder> <plain deck> (see its header).");
rmSync(scratch, { recursive: true, force: true });
