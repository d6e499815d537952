import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ExitCode, PodiumError } from "../src/errors.js";
import type { Page } from "puppeteer-core";
import { findBrowser } from "../src/export/browser.js";
import { openDocument } from "../src/export/load.js";
import { prepareDeck } from "../src/pipeline.js";
import { CHROMIUM, SESSION, withSession } from "./helpers/browser.js";
import { exampleSpeech, runSubprocess } from "./helpers/cli.js";

/** Chromium processes started with this profile folder. */
function chromiumsUsing(profile: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", profile], { encoding: "utf8" }).split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

function caught(fn: () => unknown): PodiumError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PodiumError) return error;
    throw error;
  }
  throw new Error("expected a PodiumError");
}

describe("findBrowser", () => {
  it("fails at once, in one line, when --browser-path names a missing file", () => {
    const error = caught(() => findBrowser("/nonexistent", { PODIUM_BROWSER: CHROMIUM }));
    expect(error.exitCode).toBe(ExitCode.environment);
    expect(error.message).not.toContain("\n");
    expect(error.message).toContain("--browser-path /nonexistent");
    expect(error.message).toContain("apt-get install chromium");
  });

  it("follows the fixed order: explicit path, PODIUM_BROWSER, PUPPETEER_EXECUTABLE_PATH, install places (the headless shell first)", () => {
    const node = process.execPath; // any existing file stands in for a browser here
    expect(findBrowser(node, { PODIUM_BROWSER: CHROMIUM })).toBe(node);
    expect(findBrowser(undefined, { PODIUM_BROWSER: node, PUPPETEER_EXECUTABLE_PATH: CHROMIUM })).toBe(node);
    expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: node })).toBe(node);
    expect(findBrowser(undefined, {}, "linux")).toBe("/usr/lib/chromium/chromium-headless-shell");
  });

  it("lists what it tried and how to install one when nothing is found", () => {
    const empty = mkdtempSync(join(tmpdir(), "podium-nobrowser-"));
    const error = caught(() =>
      findBrowser(
        undefined,
        { PROGRAMFILES: empty, LOCALAPPDATA: empty, PUPPETEER_CACHE_DIR: empty },
        "win32",
      ),
    );
    expect(error.exitCode).toBe(ExitCode.environment);
    expect(error.message).not.toContain("\n");
    expect(error.message).toContain("PODIUM_BROWSER");
    expect(error.message).toContain(`${empty}\\Google\\Chrome\\Application\\chrome.exe`);
    expect(error.message).toContain(empty);
    expect(error.message).toContain("apt-get install chromium");
    rmSync(empty, { recursive: true, force: true });
  });
});

describe("BrowserSession", () => {
  it("closes the browser and removes its profile when the work is done or fails", async () => {
    let profile = "";
    await expect(
      withSession(async (session) => {
        profile = session.sessionDir;
        expect(chromiumsUsing(profile).length).toBeGreaterThan(0);
        throw new Error("boom");
      }, SESSION),
    ).rejects.toThrow("boom");
    expect(await until(() => chromiumsUsing(profile).length === 0)).toBe(true);
    expect(existsSync(profile)).toBe(false);
  });

  it("stops a page that runs past the time limit with a clear error, and stays usable", async () => {
    await withSession(async (session) => {
      const error = await session
        .withPage("slow deck", () => new Promise<never>(() => undefined), 300)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PodiumError);
      expect((error as PodiumError).message).toMatch(/^slow deck: the browser did not finish within 0 s/);
      expect(await session.withPage("next", async (page) => page.evaluate(() => 1 + 1))).toBe(2);
    }, SESSION);
  });

  it("keeps no more pages than it runs at once: a page whose work has ended serves the next", async () => {
    await withSession(
      async (session) => {
        const used = await Promise.all(
          ["a", "b", "c"].map((label) => session.withPage(label, async (page) => page)),
        );
        expect(new Set(used).size).toBeLessThanOrEqual(2);
        const pages = await session.withPage("count", async (page) => (await page.browser().pages()).length);
        expect(pages).toBeLessThanOrEqual(2);
      },
      { ...SESSION, concurrency: 2 },
    );
  });

  it("hands a used page on as a new one: default viewport, its own requests its own", async () => {
    const deck = (await prepareDeck(exampleSpeech, {})).deck;
    const dir = mkdtempSync(join(tmpdir(), "podium-page-"));
    const file = join(dir, "page.html");
    writeFileSync(file, "<p>from a file</p>");
    await withSession(async (session) => {
      const first = await session.withPage("served", async (page) => {
        await page.setViewport({ width: 1920, height: 1080 });
        await openDocument(page, deck, "<p>served by podium</p>");
        return page;
      });
      const next = await session.withPage("next", async (page) => {
        // With the first work's request handler still in place, this would never load.
        await page.goto(pathToFileURL(file).href);
        return {
          page,
          viewport: page.viewport(),
          text: await page.evaluate(() => document.body.textContent),
        };
      });
      expect(next.page).toBe(first);
      expect(next.viewport).toMatchObject({ width: 800, height: 600 });
      expect(next.text).toBe("from a file");
    }, SESSION).finally(() => rmSync(dir, { recursive: true, force: true }));
  });

  it("sizes a page as its work asks, and as a new page otherwise", async () => {
    await withSession(async (session) => {
      const deckSize = { width: 1920, height: 1080 };
      const wide = await session.withPage("wide", async (page) => page.viewport(), undefined, deckSize);
      const again = await session.withPage("again", async (page) => page.viewport(), undefined, deckSize);
      const plain = await session.withPage("plain", async (page) => page.viewport());
      expect(wide).toMatchObject(deckSize);
      expect(again).toMatchObject(deckSize);
      expect(plain).toMatchObject({ width: 800, height: 600 });
    }, SESSION);
  });

  it("closes a page whose work failed, and never hands it on", async () => {
    await withSession(async (session) => {
      let failed: Page | undefined;
      await expect(
        session.withPage("broken", async (page) => {
          failed = page;
          throw new Error("broken template");
        }),
      ).rejects.toThrow("broken template");
      expect(failed?.isClosed()).toBe(true);
      expect(await session.withPage("next", async (page) => page === failed)).toBe(false);
    }, SESSION);
  });
});

describe("a killed export", () => {
  for (const signal of ["SIGTERM", "SIGINT", "SIGKILL"] as const) {
    it(`leaves no PDF and no Chromium behind (${signal})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "podium-kill-"));
      const out = join(dir, "deck.pdf");
      const child = spawn(
        process.execPath,
        [join("node_modules", "vite-node", "vite-node.mjs"), join("tests", "export-kill-child.ts"), out],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      let profile = "";
      child.stdout.on("data", (chunk: Buffer) => {
        profile ||= /SESSION (\S+)/.exec(chunk.toString())?.[1] ?? "";
      });
      try {
        // The session is open: from now on the export is under way, and a signal must tidy it up.
        expect(await until(() => profile !== "" && chromiumsUsing(profile).length > 0, 30_000)).toBe(true);
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill(signal);
        await exited;
        expect(await until(() => chromiumsUsing(profile).length === 0)).toBe(true);
        expect(readdirSync(dir)).toEqual([]);
        // Only a SIGKILL gives no chance to tidy up the profile folder.
        if (signal !== "SIGKILL") expect(existsSync(profile)).toBe(false);
      } finally {
        child.kill("SIGKILL");
        if (profile) rmSync(profile, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe("lazy loading", () => {
  it("loads Puppeteer only once a browser has started (HTML-only runs never load it)", () => {
    const sources = readdirSync("src", { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".ts"));
    for (const file of sources) {
      const text = readFileSync(join("src", file), "utf8");
      // Puppeteer's code is reached through src/export/cdp.ts alone, and that module only by import().
      if (file !== join("export", "cdp.ts")) {
        expect(text, file).not.toMatch(/^import (?!type )[^;]*from "puppeteer-core/m);
      }
      expect(text, file).not.toMatch(/^import (?!type )[^;]*from "\.\/cdp\.js"/m);
    }
    expect(readFileSync("src/export/browser.ts", "utf8")).toContain('await import("./cdp.js")');
  });
});

describe("a build that fails part way", () => {
  it("stops the decks already printing: no PDF is written and no Chromium is left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "podium-part-way-"));
    const speeches = join(dir, "speeches");
    const temp = join(dir, "tmp");
    try {
      for (const folder of [speeches, temp]) execFileSync("mkdir", ["-p", folder]);
      // Decks print as soon as they are written; the last speech fails after the others.
      for (const name of ["a", "b", "c"]) copyFileSync(exampleSpeech, join(speeches, `${name}.txt`));
      writeFileSync(join(speeches, "z-blank.txt"), "  \n\n");
      const run = await runSubprocess(["build", speeches, "-o", join(dir, "out"), "--pdf"], {
        env: { TMPDIR: temp },
      });
      expect(run.code).toBe(ExitCode.badInput);
      expect(run.stderr).toContain("z-blank.txt: the file contains only whitespace");
      const written = readdirSync(join(dir, "out"), { recursive: true }).map(String);
      expect(written.filter((file) => file.endsWith(".pdf"))).toEqual([]);
      expect(chromiumsUsing(temp)).toEqual([]);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
