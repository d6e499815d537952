/**
 * Launches the system Chromium for tests (never a downloaded one) with flags that keep a headless
 * run quiet on a machine without network, and always closes it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { DEFAULTS } from "../../src/config/values.js";
import { BROWSER_FLAGS, BrowserSession, findBrowser, type SessionOptions } from "../../src/export/browser.js";

/** The browser podium prints with on this machine (the headless shell where installed). */
export const CHROMIUM = process.env.PODIUM_TEST_CHROMIUM ?? findBrowser();
/** The full browser, which podium prints with where the headless shell is not installed. */
export const FULL_CHROMIUM = "/usr/bin/chromium";

/** Session options as a podium run with default settings gets them. */
export const SESSION = { browserPath: CHROMIUM, timeoutMs: DEFAULTS.timeout * 1000 } as const;

export interface TestBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile; pair every call with `close()` in a `finally`/`afterAll`. */
export async function launchBrowser(extraArgs: string[] = []): Promise<TestBrowser> {
  // Imported lazily so test files that skip the browser never load Puppeteer.
  const { default: puppeteer } = await import("puppeteer-core");
  const profile = await mkdtemp(join(tmpdir(), "podium-chromium-"));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      // The same flags podium prints with, so tests see the browser as users' runs do.
      args: [...BROWSER_FLAGS, `--user-data-dir=${profile}`, ...extraArgs],
      headless: true,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}

/** Runs `fn` with a browser that is closed afterwards, whatever `fn` does. */
export async function withBrowser<T>(
  fn: (browser: Browser) => Promise<T>,
  extraArgs: string[] = [],
): Promise<T> {
  const test = await launchBrowser(extraArgs);
  try {
    return await fn(test.browser);
  } finally {
    await test.close();
  }
}

/** Opens a podium browser session, runs `fn`, and closes the session on every path out. */
export async function withSession<T>(
  fn: (session: BrowserSession) => Promise<T>,
  options: SessionOptions = SESSION,
): Promise<T> {
  const session = await BrowserSession.open(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
