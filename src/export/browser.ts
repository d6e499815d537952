/**
 * The browser as a resource: find one, launch it once per run, hand out pages, and close it on every
 * exit path. Puppeteer is imported lazily so HTML-only runs never load it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { availableParallelism, homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import type { Browser, Page } from "puppeteer-core";
import { ExitCode, PodiumError } from "../errors.js";

/**
 * Flags for a headless print run: no network chatter, no GPU, no sandbox (containers, CI), no
 * throttling of pages in the background.
 */
export const BROWSER_FLAGS: readonly string[] = [
  "--headless=new",
  // Chromium's headless shell hints glyphs by default, which sets text a little narrower than the
  // full browser does; unhinted, both lay out and print the same pages.
  "--font-render-hinting=none",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Two processes fewer to start: the network service (podium's pages load from files) and the GPU
  // process (software drawing only) run inside the browser's own.
  "--enable-features=NetworkServiceInProcess2",
  "--in-process-gpu",
  // Pages print side by side (slides, handout, reading copy): none may be slowed as a background tab.
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

const INSTALL_HINT =
  "install Chromium (Debian: sudo apt-get install chromium-headless-shell, or chromium), Google Chrome or Microsoft Edge, " +
  "or point --browser-path or PODIUM_BROWSER at one";

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The usual install places of Chrome, Chromium and Edge on one platform, in the order we try them. */
function browserCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === "darwin") {
    const apps = [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary",
    ];
    return [
      ...apps.map((app) => `/Applications/${app}`),
      ...apps.map((app) => join(homedir(), "Applications", app)),
    ];
  }
  if (platform === "win32") {
    const roots = [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]].filter(
      (root): root is string => Boolean(root),
    );
    const exes = [
      "Google\\Chrome\\Application\\chrome.exe",
      "Chromium\\Application\\chrome.exe",
      "Microsoft\\Edge\\Application\\msedge.exe",
    ];
    return roots.flatMap((root) => exes.map((exe) => `${root}\\${exe}`));
  }
  return [
    // Chromium's headless build (Debian's chromium-headless-shell): with no browser UI to set up it
    // starts in about a third of the full browser's time, and prints the same pages. The binary, not
    // its /usr/bin script, which stays running as a shell between podium and Chromium.
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
    "/opt/microsoft/msedge/msedge",
  ];
}

/** Browsers Puppeteer downloaded for other projects: `<cache>/chrome/<platform>-<version>/<dir>/chrome`. */
function puppeteerCacheBrowsers(cacheDir: string): string[] {
  const found: string[] = [];
  for (const product of ["chrome", "chromium", "chrome-headless-shell"]) {
    const productDir = join(cacheDir, product);
    let versions: string[];
    try {
      versions = readdirSync(productDir).sort().reverse(); // newest version first
    } catch {
      continue;
    }
    for (const version of versions) {
      for (const sub of [
        "chrome-linux64/chrome",
        "chrome-linux/chrome",
        "chrome-headless-shell-linux64/chrome-headless-shell",
        "chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
        "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
        "chrome-win64/chrome.exe",
      ]) {
        const exe = join(productDir, version, sub);
        if (isFile(exe)) found.push(exe);
      }
    }
  }
  return found;
}

/**
 * The browser to print with, in a fixed order: the explicit path (`--browser-path`), `PODIUM_BROWSER`,
 * `PUPPETEER_EXECUTABLE_PATH`, the usual install places, then Puppeteer's own cache. A path the user
 * named that does not exist is an error at once (silently using another browser would surprise).
 */
export function findBrowser(
  explicitPath?: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const named: [string, string | undefined][] = [
    ["--browser-path", explicitPath],
    ["PODIUM_BROWSER", env["PODIUM_BROWSER"]],
    ["PUPPETEER_EXECUTABLE_PATH", env["PUPPETEER_EXECUTABLE_PATH"]],
  ];
  for (const [source, path] of named) {
    if (!path) continue;
    if (isFile(path)) return path;
    throw new PodiumError(
      `${source} ${path}: no such browser executable; ${INSTALL_HINT}`,
      ExitCode.environment,
    );
  }
  const candidates = browserCandidates(platform, env);
  const found = candidates.find(isFile);
  if (found) return found;
  const cacheDir = env["PUPPETEER_CACHE_DIR"] ?? join(homedir(), ".cache", "puppeteer");
  const cached = puppeteerCacheBrowsers(cacheDir)[0];
  if (cached) return cached;
  const tried = ["--browser-path", "PODIUM_BROWSER", "PUPPETEER_EXECUTABLE_PATH", ...candidates, cacheDir];
  throw new PodiumError(
    `No Chrome, Chromium or Edge found for PDF export (tried ${tried.join(", ")}); ${INSTALL_HINT}`,
    ExitCode.environment,
  );
}

export interface SessionOptions {
  /** `--browser-path`; otherwise `findBrowser` looks in its fixed order. */
  browserPath?: string;
  /** Time limit for one deck's work on one page. */
  timeoutMs: number;
  /** Pages open at once (default: the number of cores). */
  concurrency?: number;
  /** Environment of the browser process (tests point FONTCONFIG_FILE elsewhere). */
  env?: NodeJS.ProcessEnv;
  /** Aborting it stops every page's work and closes the browser (Ctrl-C, or a caller giving up). */
  signal?: AbortSignal;
}

/** The last lines a process wrote, kept to explain why it stopped. */
function tailOf(stream: Readable | null, limit = 2000): () => string {
  let tail = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => (tail = (tail + chunk).slice(-limit)));
  return () => tail.trim().split("\n").at(-1) ?? "";
}

/**
 * Start Chromium with podium's flags in a fresh folder of its own (removed again by
 * `BrowserSession.close`): the profile, and Chromium's temp files, which it leaves behind when killed.
 * It talks to podium over a pipe, not a socket: when node dies, even by SIGKILL, the pipe closes and
 * Chromium quits. It leads a process group of its own (outside Windows), so that its helpers can be
 * killed with it.
 */
function startBrowser(executablePath: string, sessionDir: string, env: NodeJS.ProcessEnv): ChildProcess {
  const temp = join(sessionDir, "tmp");
  mkdirSync(temp);
  const args = [
    ...BROWSER_FLAGS,
    "--hide-scrollbars",
    "--mute-audio",
    "--disable-extensions",
    `--user-data-dir=${join(sessionDir, "profile")}`,
    "--remote-debugging-pipe",
    // The pages' compositors on their main threads, which headless Chromium then never asks for a
    // frame: a threaded one rasterised the screen's tiles of every layout a deck goes through (print
    // view, text fitting, print fonts), which no print shows, about a tenth of a deck's print. The
    // pages print the same; nothing podium prints waits for a frame (pdf.ts, preparePrintView).
    "--disable-threaded-compositing",
    // No first tab: podium opens the pages it prints on, and a first tab's renderer only took time
    // to start (without a page to open, the full browser opens its new-tab page instead).
    "--no-startup-window",
  ];
  return spawn(executablePath, args, {
    detached: process.platform !== "win32",
    // Chromium reads the protocol on fd 3 and writes it on fd 4.
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
    env: { ...env, TMPDIR: temp },
  });
}

/**
 * Puppeteer's Browser for a Chromium just started. Puppeteer loads while Chromium starts: podium starts
 * Chromium itself, because Puppeteer's launcher could only start it once Puppeteer had loaded.
 */
async function connectBrowser(
  child: ChildProcess,
  executablePath: string,
  timeoutMs: number,
): Promise<Browser> {
  const lastWords = tailOf(child.stderr);
  const failed = new Promise<never>((_, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(lastWords() || `exited with ${signal ?? `code ${String(code)}`} as it started`)),
    );
  });
  try {
    const { connectOverPipe } = await import("./cdp.js");
    const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
    if (!(toBrowser instanceof Writable) || !(fromBrowser instanceof Readable)) {
      throw new Error("no pipe to the browser");
    }
    return await Promise.race([connectOverPipe(toBrowser, fromBrowser, timeoutMs * 2), failed]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new PodiumError(`Could not start the browser ${executablePath}: ${reason}`, ExitCode.environment, {
      cause: error,
    });
  } finally {
    failed.catch(() => undefined);
  }
}

/** A counting semaphore: pages run in parallel up to the number of cores. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = Math.max(1, size);
  }
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/** Rejects with the signal's reason once it aborts (never, without a signal). */
function whenAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/**
 * One browser for a whole run, shared by every deck and output. Pages are closed in `finally`; the
 * browser is closed by `close()`, which the options' signal also triggers. Closing kills Chromium's
 * whole process group and waits for every process of it before removing the profile folder: helper
 * processes outlive the main one by a moment and write to the profile while they die.
 */
export class BrowserSession {
  readonly executablePath: string;
  readonly timeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
  /** Results of once-per-run checks (the CJK font check), keyed by what was checked. */
  readonly checked = new Map<string, Promise<void>>();
  private closing: Promise<void> | undefined;
  private readonly slots: Slots;
  /**
   * Pages whose work ended well, for the next work: their renderer has started, and has read the
   * fonts and scripts a deck uses. A new page starts a renderer that reads them all again, most of
   * a second of a slides PDF. At most one a slot.
   */
  private readonly idle: Page[] = [];
  private readonly aborted: Promise<never>;
  private readonly onExit: () => void;
  private readonly onAbort: () => void;

  private constructor(
    private readonly browser: Browser,
    /** Chromium's main process, leader of its process group. */
    private readonly child: ChildProcess,
    /** The browser's profile and temp files, in one folder. */
    readonly sessionDir: string,
    executablePath: string,
    private readonly options: SessionOptions,
  ) {
    this.executablePath = executablePath;
    this.timeoutMs = options.timeoutMs;
    this.env = options.env ?? process.env;
    this.slots = new Slots(options.concurrency ?? availableParallelism());
    this.aborted = whenAborted(options.signal);
    this.aborted.catch(() => undefined);
    this.onAbort = () => void this.close();
    options.signal?.addEventListener("abort", this.onAbort, { once: true });
    // A last resort if the process exits without closing the session (an uncaught error).
    this.onExit = () => this.killNow();
    process.once("exit", this.onExit);
  }

  static async open(options: SessionOptions): Promise<BrowserSession> {
    options.signal?.throwIfAborted();
    const executablePath = findBrowser(options.browserPath, options.env ?? process.env);
    const sessionDir = mkdtempSync(join(tmpdir(), "podium-chrome-"));
    let child: ChildProcess | undefined;
    try {
      child = startBrowser(executablePath, sessionDir, options.env ?? process.env);
      const browser = await connectBrowser(child, executablePath, options.timeoutMs);
      // Stopped while Chromium started: close what started.
      options.signal?.throwIfAborted();
      return new BrowserSession(browser, child, sessionDir, executablePath, options);
    } catch (error) {
      if (child) await killProcessGroup(child);
      await removeFolder(sessionDir);
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.closing === undefined && this.browser.connected;
  }

  /**
   * Run `fn` on a page of its own: one that earlier work left tidy, or a new one, sized to
   * `viewport` (a new page's size unless given). A page whose work failed or ran out of time is
   * closed. `label` names the work in the time-limit error ("slides PDF of deck.txt").
   */
  async withPage<T>(
    label: string,
    fn: (page: Page) => Promise<T>,
    timeoutMs = this.timeoutMs,
    viewport: Viewport = FIRST_VIEWPORT,
  ): Promise<T> {
    this.options.signal?.throwIfAborted();
    if (this.closing) throw new PodiumError(`${label}: the browser was already closed`, ExitCode.internal);
    await this.slots.take();
    let page: Page | undefined;
    let timer: NodeJS.Timeout | undefined;
    let tidy = false;
    try {
      page = this.idle.pop() ?? (await Promise.race([this.browser.newPage(), this.aborted]));
      await resize(page, viewport);
      const work = fn(page);
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(
            new PodiumError(
              `${label}: the browser did not finish within ${Math.round(timeoutMs / 1000)} s; ` +
                "try again, or raise the time limit",
              ExitCode.environment,
            ),
          );
        }, timeoutMs);
      });
      // The losing promise may still reject once the page closes; that rejection means nothing now.
      work.catch(() => undefined);
      const result = await Promise.race([work, limit, this.aborted]);
      tidy = await tidyUp(page);
      return result;
    } catch (error) {
      if (this.options.signal?.aborted) throw this.options.signal.reason;
      // Puppeteer's "Target closed"/"Connection closed" says nothing useful to a presenter.
      if (!this.closing && !this.browser.connected) {
        throw new PodiumError(
          `${label}: the browser ${this.executablePath} quit unexpectedly (crashed or was killed); try again`,
          ExitCode.environment,
          { cause: error },
        );
      }
      // Chromium's print fails as a whole when it cannot write its temp files (a full disk).
      if (error instanceof Error && /Printing failed/.test(error.message)) {
        throw new PodiumError(
          `${label}: the browser could not print (${error.message.replace(/^.*: /, "")}); ` +
            `check the free space in ${tmpdir()} and try again`,
          ExitCode.environment,
          { cause: error },
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
      if (this.closing === undefined && page) {
        if (tidy) this.idle.push(page);
        else await page.close().catch(() => undefined);
      }
      this.slots.give();
    }
  }

  /**
   * Close the browser, wait for every process of it, and remove its profile folder. Safe to call
   * twice: a second call waits for the first to finish.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.options.signal?.removeEventListener("abort", this.onAbort);
    // No goodbyes: every page is closed and the profile is thrown away, so a graceful close would
    // only make Chromium save state nobody reads (a second or more on a busy machine).
    await killProcessGroup(this.child);
    await removeFolder(this.sessionDir);
    process.removeListener("exit", this.onExit);
  }

  /** Synchronous teardown when the process exits with the browser still open. */
  private killNow(): void {
    const pid = this.child.pid;
    if (pid) signalGroup(pid, "SIGKILL");
    try {
      rmSync(this.sessionDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Chromium may still hold files for a moment; a stray temp folder is harmless.
    }
  }
}

/** A page's size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** The viewport Puppeteer gives a new page. */
const FIRST_VIEWPORT: Viewport = { width: 800, height: 600 };

/**
 * Gives the page the size its next work asks for. A kept page keeps the size of its last work
 * until then: resizing it meanwhile would lay out its old document again, twice for a deck after
 * a deck of the same size.
 */
async function resize(page: Page, viewport: Viewport): Promise<void> {
  const current = page.viewport();
  if (current?.width === viewport.width && current.height === viewport.height) return;
  await page.setViewport(viewport);
}

/**
 * Undoes what work may have set on a page (its requests answered by podium), so that the next work
 * finds the page as a new one, but for the document it shows until it opens its own and the size
 * `withPage` gives it. False when the page cannot be tidied: it is closed then.
 */
async function tidyUp(page: Page): Promise<boolean> {
  try {
    page.removeAllListeners("request");
    await page.setRequestInterception(false);
    return true;
  } catch {
    return false;
  }
}

async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
}

/** Sends `signal` to the process group led by `pid` (or to the process alone where groups are not used). */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Processes of the group led by `pgid` that still run (zombies have finished: their files are closed). */
function liveGroupMembers(pgid: number): number[] {
  if (process.platform !== "linux") return signalGroup(pgid, 0) ? [pgid] : [];
  const live: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/u.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") live.push(Number(entry));
  }
  return live;
}

/** Time allowed for killed processes to be gone; SIGKILL cannot be refused, so this is only a guard. */
const REAP_LIMIT_MS = 10_000;

/**
 * Kills Chromium and every helper process of it, and resolves once none is left running. The main
 * process is our child, so its exit is an event; its helpers are not, so their end is checked for.
 */
async function killProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running ? once(child, "exit").then(() => undefined) : Promise.resolve();
  if (!signalGroup(pid, "SIGKILL")) child.kill("SIGKILL");
  await exited;
  const deadline = Date.now() + REAP_LIMIT_MS;
  while (liveGroupMembers(pid).length > 0 && Date.now() < deadline) {
    signalGroup(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
