/**
 * The browser as a resource: find one, launch it once per run, hand out pages, and close it on every
 * exit path. Puppeteer is imported lazily so HTML-only runs never load it.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { availableParallelism, homedir, tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { ExitCode, PodiumError } from "../errors.js";

/** Flags for a headless print run: no network chatter, no GPU, no sandbox (containers, CI). */
export const BROWSER_FLAGS: readonly string[] = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const DEFAULT_TIMEOUT_MS = 120_000;

const INSTALL_HINT =
  "install Chromium (Debian/Ubuntu: sudo apt-get install chromium), Google Chrome or Microsoft Edge, " +
  "or point --browser-path or PODIUM_BROWSER at one";

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The usual install places of Chrome, Chromium and Edge on one platform, in the order we try them. */
export function browserCandidates(
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
export function puppeteerCacheBrowsers(cacheDir: string): string[] {
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
  /** Time limit for one deck's work on one page (default 120 s). */
  timeoutMs?: number;
  /** Pages open at once (default: the number of cores). */
  concurrency?: number;
  /** Environment of the browser process (tests point FONTCONFIG_FILE elsewhere). */
  env?: NodeJS.ProcessEnv;
}

/** Launch a browser with podium's flags and a fresh profile (removed again by `BrowserSession.close`). */
export async function openBrowser(
  executablePath: string,
  userDataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Browser> {
  const puppeteer = await import("puppeteer-core");
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      // Our flags, not Puppeteer's defaults, so a run looks the same with any Puppeteer version.
      ignoreDefaultArgs: true,
      args: [
        ...BROWSER_FLAGS,
        "--hide-scrollbars",
        "--mute-audio",
        "--disable-extensions",
        `--user-data-dir=${userDataDir}`,
        "--remote-debugging-pipe",
        "about:blank",
      ],
      // A pipe, not a socket: when node dies, even by SIGKILL, the pipe closes and Chromium quits.
      pipe: true,
      // We own the signal handling (see BrowserSession) so the profile folder is removed too.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      env: env as Record<string, string | undefined>,
      protocolTimeout: DEFAULT_TIMEOUT_MS * 2,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new PodiumError(`Could not start the browser ${executablePath}: ${reason}`, ExitCode.environment, {
      cause: error,
    });
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

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * One browser for a whole run, shared by every deck and output. Pages are closed in `finally`; the
 * browser is closed by `close()`, and also when the process gets SIGINT/SIGTERM/SIGHUP or exits.
 */
export class BrowserSession {
  readonly executablePath: string;
  readonly timeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
  /** Results of once-per-run checks (the CJK font check), keyed by what was checked. */
  readonly checked = new Map<string, Promise<void>>();
  private closed = false;
  private closing: Promise<void> | undefined;
  private readonly slots: Slots;
  private readonly onSignal: (signal: NodeJS.Signals) => void;
  private readonly onExit: () => void;

  private constructor(
    private readonly browser: Browser,
    readonly userDataDir: string,
    executablePath: string,
    options: SessionOptions,
  ) {
    this.executablePath = executablePath;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.env = options.env ?? process.env;
    this.slots = new Slots(options.concurrency ?? availableParallelism());
    this.onExit = () => this.killNow();
    this.onSignal = (signal) => {
      void this.killAndWait().finally(() => {
        // Re-raise with our handler gone, so the default action (exit 128+n) or the CLI's own handler runs.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    };
    for (const signal of SIGNALS) process.once(signal, this.onSignal);
    process.once("exit", this.onExit);
  }

  static async open(options: SessionOptions = {}): Promise<BrowserSession> {
    const executablePath = findBrowser(options.browserPath, options.env ?? process.env);
    const userDataDir = mkdtempSync(join(tmpdir(), "podium-chrome-"));
    try {
      const browser = await openBrowser(executablePath, userDataDir, options.env);
      return new BrowserSession(browser, userDataDir, executablePath, options);
    } catch (error) {
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
  }

  get isOpen(): boolean {
    return !this.closed && this.browser.connected;
  }

  /**
   * Run `fn` on a fresh page; the page is closed afterwards whatever happens. `label` names the work
   * in the time-limit error ("slides PDF of deck.txt").
   */
  async withPage<T>(label: string, fn: (page: Page) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.closed) throw new PodiumError(`${label}: the browser was already closed`, ExitCode.internal);
    await this.slots.take();
    let page: Page | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      page = await this.browser.newPage();
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
      return await Promise.race([work, limit]);
    } catch (error) {
      // Puppeteer's "Target closed"/"Connection closed" says nothing useful to a presenter.
      if (!this.closed && !this.browser.connected) {
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
      await page?.close().catch(() => undefined);
      this.slots.give();
    }
  }

  /**
   * Close the browser and remove its profile folder. Safe to call twice: a second call waits for
   * the first to finish (the run may start closing early and close again on its way out).
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.removeHandlers();
    try {
      await this.browser.close();
    } catch {
      this.browser.process()?.kill("SIGKILL");
    }
    await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }

  /**
   * On a signal: kill Chromium, wait for it to die (it writes to its profile while dying), then tidy
   * up. The exit handler stays until the end, since the interrupted work may end the process first.
   */
  private async killAndWait(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const signal of SIGNALS) process.removeListener(signal, this.onSignal);
    const child = this.browser.process();
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        setTimeout(resolve, 3000).unref();
      });
      child.kill("SIGKILL");
      await exited;
    }
    await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    process.removeListener("exit", this.onExit);
  }

  /** Synchronous teardown when the process exits with the browser still open. */
  private killNow(): void {
    this.closed = true;
    this.removeHandlers();
    this.browser.process()?.kill("SIGKILL");
    try {
      rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Chromium may still hold files for a moment; a stray temp folder is harmless.
    }
  }

  private removeHandlers(): void {
    for (const signal of SIGNALS) process.removeListener(signal, this.onSignal);
    process.removeListener("exit", this.onExit);
  }
}

/** Open a session, run `fn`, and close the browser on every path out. */
export async function withBrowser<T>(
  fn: (session: BrowserSession) => Promise<T>,
  options: SessionOptions = {},
): Promise<T> {
  const session = await BrowserSession.open(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
