/**
 * Faults podium must survive (issue 6): no browser, a browser that dies, a page that never becomes
 * ready, no CJK font, an output folder that is read-only or full, Ctrl-C and kill. Each ends with one
 * clear line and the documented exit code, no partial file under its final name, no Chromium left
 * running, and the input untouched. Then: the output folder may be the input's own folder.
 *
 * PDF cases run the real command (bin/podium.js → lib/) as a subprocess with its own TMPDIR, so its
 * Chromium (profile `$TMPDIR/podium-chrome-*`) can be found and counted without meeting other tests'.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { constants, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repeatedSpeech } from "../scripts/bench-workloads.mjs";
import { repo, runInProcess, type CliRun } from "./helpers/cli.js";
import { CHROMIUM } from "./helpers/browser.js";

const scratch = mkdtempSync(join(tmpdir(), "podium-faults-"));
const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts) spawnSync("umount", ["-l", dir]);
  for (const dir of mounts) chmodSync(dir, 0o755);
  rmSync(scratch, { recursive: true, force: true });
});

let counter = 0;
function folder(): string {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir);
  return dir;
}

const SPEECH =
  "季度工作会议讲话\n一、回顾\n一季度开局良好，各项指标稳中有进。\n二、部署\n要抓好项目建设。\n谢谢大家！\n";

/** A speech file, and a way to check later that podium left it exactly as it was. */
function speech(dir: string, name = "talk.txt", text = SPEECH) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const bytes = readFileSync(path);
  const { mtimeMs } = statSync(path);
  return {
    path,
    expectUntouched() {
      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(statSync(path).mtimeMs).toBe(mtimeMs);
    },
  };
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const temps = (dir: string) => filesUnder(dir).filter((f) => f.split("/").pop()?.startsWith(".podium-tmp-"));

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^podium: /);
  expect(lines[0]).toMatch(pattern);
}

/** Processes whose command line mentions `text` (a run's private TMPDIR names its Chromium). */
function processesMentioning(text: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", text], { encoding: "utf8" }).split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function until(check: () => boolean, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

interface Run extends CliRun {
  signal: NodeJS.Signals | null;
}

/** What a test may do while podium runs: its pid, and a wait for a line of its stderr. */
interface Running {
  pid: number;
  /** Resolves once stderr holds `text` (a stage line of `--verbose`); fails if podium exits first. */
  printed(text: string): Promise<void>;
}

/**
 * Starts `podium <args>` with a private TMPDIR and runs `during` while it runs (if given). Resolves
 * when the process ends, after checking that no Chromium of the run survives it and its browser
 * profile folder is gone.
 */
async function podium(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; during?: (running: Running) => Promise<void> } = {},
): Promise<Run> {
  const tmp = mkdtempSync(join(scratch, "tmp-"));
  const child = spawn(process.execPath, [join(repo, "bin", "podium.js"), ...args], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: "1", TMPDIR: tmp, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const output = new EventEmitter();
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
    output.emit("stderr");
  });
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once("exit", (code, signal) => resolve([code, signal])),
  );
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!stderr.includes(text)) return;
        output.off("stderr", check);
        resolve();
      };
      output.on("stderr", check);
      void exited.then(() => reject(new Error(`podium exited before printing "${text}": ${stderr}`)));
      check();
    });
  try {
    await options.during?.({ pid: child.pid as number, printed });
    const [code, signal] = await exited;
    expect(await until(() => processesMentioning(tmp).length === 0), "Chromium left running").toBe(true);
    expect(
      readdirSync(tmp).filter((n) => n.startsWith("podium-chrome-")),
      "profile left",
    ).toEqual([]);
    return { code: code ?? -1, signal, stdout, stderr };
  } finally {
    child.kill("SIGKILL");
    for (const pid of processesMentioning(tmp)) spawnSync("kill", ["-9", pid]);
  }
}

/** The lines of a `--verbose` run that are not stage lines (`talk.txt: PDF…`). */
function withoutStages(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !line.endsWith("…"))
    .join("\n");
}

/** A templates folder whose deck never starts reveal.js, so the page never becomes ready. */
function neverReadyTemplates(): string {
  const dir = join(folder(), "templates");
  mkdirSync(join(dir, "layouts"), { recursive: true });
  const deck = readFileSync(join(repo, "templates", "layouts", "deck.hbs"), "utf8");
  expect(deck).toContain("{{{bootScript}}}");
  writeFileSync(join(dir, "layouts", "deck.hbs"), deck.replace("{{{bootScript}}}", ""));
  return dir;
}

describe("the browser", () => {
  it("no browser: one line saying what to install, exit 3, nothing written", async () => {
    const dir = folder();
    const input = speech(dir);
    const out = join(dir, "out");
    const run = await runInProcess([
      "build",
      input.path,
      "--pdf",
      "-o",
      out,
      "--browser-path",
      join(dir, "chrome"),
    ]);
    expect(run.code).toBe(3);
    expectOneLine(run.stderr, /no such browser executable; install Chromium/);
    expect(existsSync(out)).toBe(false);
    input.expectUntouched();
  });

  it("a browser that dies as it starts: one line, exit 3, no PDF", async () => {
    const dir = folder();
    const input = speech(dir);
    const fake = join(dir, "fake-chrome");
    writeFileSync(fake, "#!/bin/sh\necho 'fake chrome: segmentation fault' >&2\nsleep 0.3\nkill -SEGV $$\n");
    chmodSync(fake, 0o755);
    const run = await podium([
      "build",
      input.path,
      "--pdf",
      "-o",
      join(dir, "out"),
      "-q",
      "--browser-path",
      fake,
    ]);
    expect(run.code).toBe(3);
    expectOneLine(run.stderr, /Could not start the browser .*fake-chrome/);
    expect(filesUnder(join(dir, "out")).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    input.expectUntouched();
  });

  it("a browser killed mid-export: one line, exit 3, no PDF, no temp file, no Chromium left", async () => {
    const dir = folder();
    const input = speech(dir);
    const out = join(dir, "out");
    const args = ["build", input.path, "--pdf", "-o", out, "--verbose", "--templates", neverReadyTemplates()];
    const run = await podium([...args, "--timeout", "60", "--browser-path", CHROMIUM], {
      during: async ({ pid, printed }) => {
        // The browser is up and the deck goes to its page (which never becomes ready).
        await printed("talk.txt: PDF…");
        const browser = execFileSync("pgrep", ["-P", String(pid), "-f", "chrom"], { encoding: "utf8" });
        for (const p of browser.split("\n").filter(Boolean)) spawnSync("kill", ["-9", p]);
      },
    });
    expect(run.code).toBe(3);
    expectOneLine(
      withoutStages(run.stderr),
      /the browser .* quit unexpectedly \(crashed or was killed\); try again/,
    );
    expect(filesUnder(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    expect(temps(out)).toEqual([]);
    input.expectUntouched();
  });

  it("a page that never becomes ready: stopped at --timeout with one line, exit 3, no PDF", async () => {
    const dir = folder();
    const input = speech(dir);
    const out = join(dir, "out");
    const started = Date.now();
    const run = await podium([
      "build",
      input.path,
      "--pdf",
      "-o",
      out,
      "-q",
      "--templates",
      neverReadyTemplates(),
      "--timeout",
      "2",
      "--browser-path",
      CHROMIUM,
    ]);
    expect(run.code).toBe(3);
    expectOneLine(run.stderr, /slides PDF: the browser did not finish within 2 s/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(filesUnder(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    expect(temps(out)).toEqual([]);
    input.expectUntouched();
  });

  it("no CJK font: one line naming the package, exit 3, no PDF", async () => {
    const dir = folder();
    const input = speech(dir);
    const fonts = mkdtempSync(join(scratch, "nofonts-"));
    const conf = join(fonts, "fonts.conf");
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${fonts}</dir>` +
        `<cachedir>${fonts}/cache</cachedir></fontconfig>`,
    );
    const out = join(dir, "out");
    const run = await podium(["build", input.path, "--pdf", "-o", out, "-q", "--browser-path", CHROMIUM], {
      env: { FONTCONFIG_FILE: conf },
    });
    expect(run.code).toBe(3);
    expectOneLine(run.stderr, /No Chinese font installed.*fonts-noto-cjk/);
    expect(filesUnder(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    input.expectUntouched();
  });
});

describe("Ctrl-C and kill during a PDF build", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal}: one line, dies of the signal, no PDF or temp file, no Chromium, input untouched`, async () => {
      const dir = folder();
      const input = speech(dir);
      const out = join(dir, "out");
      const args = [
        "build",
        input.path,
        "--pdf",
        "-o",
        out,
        "--verbose",
        "--templates",
        neverReadyTemplates(),
      ];
      const run = await podium([...args, "--timeout", "60", "--browser-path", CHROMIUM], {
        during: async ({ pid, printed }) => {
          await printed("talk.txt: PDF…");
          process.kill(pid, signal);
        },
      });
      // Death by the signal itself, or its exit code 128+n: what shells and CI runners expect.
      const died = run.signal === signal || run.code === 128 + constants.signals[signal];
      expect(died, `exit ${run.code}, signal ${run.signal}`).toBe(true);
      expectOneLine(
        withoutStages(run.stderr),
        new RegExp(`stopped by ${signal}; unfinished files were removed`),
      );
      // The HTML deck was finished before the PDF began: complete files only, no PDF, no temp file.
      expect(filesUnder(join(out, "talk"))).toContain("index.html");
      expect(filesUnder(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
      expect(temps(out)).toEqual([]);
      input.expectUntouched();
    });
  }
});

describe("Ctrl-C during the first build of --watch --pdf", () => {
  it("the first SIGINT ends the watch: one line, 130, no Chromium left, no PDF", async () => {
    const dir = folder();
    const input = speech(dir);
    const out = join(dir, "out");
    const args = ["build", input.path, "--watch", "--pdf", "-o", out, "--verbose", "--templates"];
    const run = await podium(
      [...args, neverReadyTemplates(), "--timeout", "60", "--browser-path", CHROMIUM],
      {
        during: async ({ pid, printed }) => {
          await printed("talk.txt: PDF…");
          process.kill(pid, "SIGINT");
        },
      },
    );
    const died = run.signal === "SIGINT" || run.code === 130;
    expect(died, `exit ${run.code}, signal ${run.signal}: ${run.stderr}`).toBe(true);
    expectOneLine(withoutStages(run.stderr), /stopped by SIGINT; unfinished files were removed/);
    expect(run.stderr).not.toContain("watching for changes");
    expect(filesUnder(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    expect(temps(out)).toEqual([]);
    input.expectUntouched();
  });
});

describe("Ctrl-C while the HTML deck is built", () => {
  it("SIGINT: one line, dies of the signal, no temp file, no half page", async () => {
    const dir = folder();
    const input = speech(dir, "big.txt", repeatedSpeech(10 * 1024 * 1024));
    const out = join(dir, "out");
    const run = await podium(["build", input.path, "-o", out, "--verbose"], {
      during: async ({ pid, printed }) => {
        // Reading and outlining ten megabytes now.
        await printed("big.txt: read → outline → slides → HTML…");
        process.kill(pid, "SIGINT");
      },
    });
    expect(run.signal === "SIGINT" || run.code === 130, `exit ${run.code}, signal ${run.signal}`).toBe(true);
    expectOneLine(withoutStages(run.stderr), /stopped by SIGINT; unfinished files were removed/);
    expect(temps(out)).toEqual([]);
    // The page is written last and whole: either it is not there, or it is complete.
    const page = join(out, "big", "index.html");
    if (existsSync(page)) expect(readFileSync(page, "utf8").trimEnd().endsWith("</html>")).toBe(true);
    input.expectUntouched();
  });
});

/**
 * Mounts a tmpfs at `dir` (root only); false where mounting is not allowed. PODIUM_TEST_NO_MOUNT=1
 * tries the fallbacks that CI without mount rights uses.
 */
function mountTmpfs(dir: string, options: string): boolean {
  if (process.env["PODIUM_TEST_NO_MOUNT"]) return false;
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir]).status === 0;
  if (mounted) mounts.push(dir);
  return mounted;
}

/** Bytes a folder's files take on tmpfs (whole 4 KiB pages). */
function pagesOf(dir: string): number {
  return filesUnder(dir).reduce((sum, f) => sum + Math.ceil(statSync(join(dir, f)).size / 4096) * 4096, 0);
}

/**
 * Runs podium against a full disk: a tiny tmpfs where mounting is allowed (root), else a file-size
 * limit (`ulimit -f`), which fails writes the same way (EFBIG instead of ENOSPC).
 */
async function onFullDisk(args: (out: string) => string[], bytes: number) {
  const out = join(folder(), "out");
  mkdirSync(out);
  if (mountTmpfs(out, `size=${bytes}`)) return { out, run: await podium(args(out)), code: "ENOSPC" };
  const limited = `ulimit -f ${Math.floor(bytes / 1024)}; exec "$0" "$@"`;
  const run = spawnSync(
    "bash",
    ["-c", limited, process.execPath, join(repo, "bin", "podium.js"), ...args(out)],
    {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  return { out, run: { code: run.status ?? -1, stderr: run.stderr }, code: "EFBIG" };
}

describe("the output folder", () => {
  it("read-only: one line naming the folder, exit 3, input untouched", async () => {
    const dir = folder();
    const input = speech(dir);
    const locked = join(dir, "locked");
    mkdirSync(locked);
    const args = ["build", input.path, "-o", join(locked, "out"), "-q"];
    let run: CliRun;
    if (mountTmpfs(locked, "ro,size=64k")) {
      run = await runInProcess(args);
    } else {
      chmodSync(locked, 0o555);
      if (process.getuid?.() !== 0) {
        run = await runInProcess(args);
      } else {
        // Root writes through permissions: run podium as nobody, for whom the folder is read-only.
        for (const d of [scratch, dir]) chmodSync(d, 0o755);
        const sub = spawnSync(process.execPath, [join(repo, "bin", "podium.js"), ...args], {
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1", HOME: dir },
          uid: 65534,
          gid: 65534,
        });
        run = { code: sub.status ?? -1, stdout: sub.stdout, stderr: sub.stderr };
      }
    }
    expect(run.code).toBe(3);
    expectOneLine(
      run.stderr,
      // The folder that cannot be made is named: the first one missing.
      /locked\/out: cannot write output: (the folder is read-only|permission denied)/,
    );
    expect(filesUnder(locked)).toEqual([]);
    input.expectUntouched();
  });

  it("full while writing the HTML deck: one line, exit 3, no index.html, no temp file", async () => {
    const dir = folder();
    const input = speech(dir);
    const { out, run, code } = await onFullDisk((o) => ["build", input.path, "-o", o, "-q"], 64 * 1024);
    expect(run.code).toBe(3);
    expectOneLine(run.stderr, new RegExp(`cannot write output: .*\\(${code}\\)`));
    // The page is written last: a folder without index.html is visibly unfinished, never half a page.
    expect(filesUnder(out)).not.toContain("talk/index.html");
    expect(temps(out)).toEqual([]);
    input.expectUntouched();
  });

  it("full while writing the HTML deck, then room again: the next build runs (no lock or list left in its way)", async () => {
    const dir = folder();
    const input = speech(dir);
    const { out, run } = await onFullDisk((o) => ["build", input.path, "-o", o, "-q"], 64 * 1024);
    expect(run.code).toBe(3);
    // Room again: a larger tmpfs, or no file-size limit.
    if (mounts.includes(out)) expect(spawnSync("mount", ["-o", "remount,size=16m", out]).status).toBe(0);
    const retry = await runInProcess(["build", input.path, "-o", out, "-q"]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(filesUnder(out)).toContain("talk/index.html");
    expect(filesUnder(out)).toContain("talk/reveal/dist/reset.css");
    expect(filesUnder(out).filter((f) => f.includes(".podium-lock"))).toEqual([]);
    expect(temps(out)).toEqual([]);
    input.expectUntouched();
  });

  it("two podium processes building one deck at once, ten times: each pair ends with a deck, neither says another's file is in its way", async () => {
    const dir = folder();
    const input = speech(dir);
    const out = join(dir, "out");
    const runOnce = () =>
      new Promise<CliRun>((resolve) => {
        const child = spawn(
          process.execPath,
          [join(repo, "bin", "podium.js"), "build", input.path, "-o", out, "-q"],
          {
            env: { ...process.env, NO_COLOR: "1" },
            stdio: ["ignore", "ignore", "pipe"],
          },
        );
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.once("close", (code) => resolve({ code: code ?? -1, stdout: "", stderr }));
      });
    for (let pair = 0; pair < 10; pair++) {
      const runs = await Promise.all([runOnce(), runOnce()]);
      for (const run of runs) {
        if (run.code === 0) continue;
        expect(run.code, run.stderr).toBe(1);
        expectOneLine(run.stderr, /talk: another build of this deck is running \(podium \(process \d+\)\)/);
      }
      expect(runs.some((run) => run.code === 0)).toBe(true);
    }
    expect((await runInProcess(["build", input.path, "-o", out, "-q"])).code).toBe(0);
    expect(filesUnder(out).filter((f) => f.includes(".podium-lock"))).toEqual([]);
    input.expectUntouched();
  });

  it("full when the PDF comes: one line, exit 3, the HTML deck intact, no PDF, no temp file", async () => {
    const dir = folder();
    const input = speech(dir);
    // Room for the HTML deck and its manifest, not for the PDF (tens of KB) after them.
    const html = join(dir, "html");
    expect((await runInProcess(["build", input.path, "-o", html, "-q"])).code).toBe(0);
    const room = pagesOf(join(html, "talk")) + 2 * 4096;
    const { out, run, code } = await onFullDisk(
      (o) => ["build", input.path, "--pdf", "-o", o, "-q", "--browser-path", CHROMIUM],
      room,
    );
    expect(run.code).toBe(3);
    // A file-size limit (no mount rights) also binds Chromium, whose print then fails as on a full /tmp.
    expectOneLine(
      run.stderr,
      code === "ENOSPC"
        ? /talk\.pdf: cannot write output: the disk is full \(ENOSPC\)/
        : /slides PDF: the browser could not print \(Printing failed\); check the free space/,
    );
    expect(filesUnder(out)).toContain("talk/index.html");
    expect(readFileSync(join(out, "talk", "index.html"))).toEqual(
      readFileSync(join(html, "talk", "index.html")),
    );
    expect(filesUnder(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    expect(temps(out)).toEqual([]);
    input.expectUntouched();
  });
});

describe("the output folder is the input's own folder", () => {
  /** Every file in `dir` with its bytes, to compare before and after. */
  const snapshot = (dir: string) => new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]));

  it("builds beside the speeches and touches no file it did not write, on every run", async () => {
    const dir = folder();
    const a = speech(dir, "a.txt");
    const b = speech(dir, "b.md", "# 讲话\n\n一、回顾\n\n正文。\n");
    writeFileSync(join(dir, "notes.docx.bak"), "the user's backup");
    writeFileSync(join(dir, ".podium-tmp-looks-like-ours"), "a user's file with a temp-like name");
    const before = snapshot(dir);
    for (let i = 0; i < 2; i++) {
      const run = await runInProcess(["build", dir, "-o", dir, "-q"]);
      expect(run.code).toBe(0);
      for (const [file, bytes] of before) expect(readFileSync(join(dir, file)), file).toEqual(bytes);
      // The user's own file inside a deck folder survives the rebuild.
      writeFileSync(join(dir, "a", "my-notes.txt"), "mine");
    }
    expect(readFileSync(join(dir, "a", "my-notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(dir, "a", "index.html")) && existsSync(join(dir, "b", "index.html"))).toBe(true);
    expect(temps(dir)).toEqual([".podium-tmp-looks-like-ours"]);
    a.expectUntouched();
    b.expectUntouched();
  });

  it("refuses an output path equal to an input, and leaves it as it was", async () => {
    // `site/index/index.html` built with -o site would write site/index/index.html: itself.
    const dir = folder();
    mkdirSync(join(dir, "index"));
    const input = speech(join(dir, "index"), "index.html", "<h1>讲话</h1><p>一、回顾</p><p>正文。</p>");
    const run = await runInProcess(["build", input.path, "-o", dir, "-q"]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /index\/index\.html: refusing to write output over an input file/);
    expect(filesUnder(dir)).toEqual(["index/index.html"]);
    input.expectUntouched();
  });

  it("refuses to overwrite a file of the user's where the deck goes, and leaves the folder as it was", async () => {
    const dir = folder();
    const input = speech(dir);
    mkdirSync(join(dir, "talk"));
    writeFileSync(join(dir, "talk", "index.html"), "<p>the user's own page</p>");
    const before = snapshot(dir);
    const run = await runInProcess(["build", input.path, "-o", dir, "-q"]);
    expect(run.code).toBe(1);
    expectOneLine(
      run.stderr,
      /talk\/index\.html: exists and was not written by podium; refusing to overwrite it/,
    );
    expect(snapshot(dir)).toEqual(before);
    input.expectUntouched();
  });

  it("copies the deck's assets only where nothing of the user's is in the way", async () => {
    const dir = folder();
    const input = speech(dir);
    mkdirSync(join(dir, "talk", "reveal", "dist"), { recursive: true });
    copyFileSync(input.path, join(dir, "talk", "reveal", "dist", "reveal.js"));
    const before = snapshot(dir);
    const run = await runInProcess(["build", input.path, "-o", dir, "-q"]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /reveal\.js: exists and was not written by podium/);
    expect(snapshot(dir)).toEqual(before);
  });
});
