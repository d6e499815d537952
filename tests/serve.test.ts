/**
 * `podium serve`: the live preview in a real Chromium (an edit on disk reloads the open tab on the
 * same slide; a broken save keeps the last deck), the file guard (nothing outside the deck is
 * served), the port fallback, and the CLI in-process and as a subprocess stopped by SIGINT.
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import type { CliIO } from "../src/cli/io.js";
import { startPreview, type Preview, type RebuildResult } from "../src/serve/index.js";
import { launchBrowser, type TestBrowser } from "./helpers/browser.js";
import { exampleSpeech, repo, runInProcess } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("serve");

/** A private copy of the example speech, so edits never touch the repository. */
function speechCopy(name: string): string {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const path = join(dir, "talk.txt");
  copyFileSync(exampleSpeech, path);
  return path;
}

/** A raw request: the target goes out exactly as written (fetch would normalise `/../`). */
function rawGet(
  port: number,
  target: string,
  host = `127.0.0.1:${port}`,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: target, headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("podium serve in Chromium", () => {
  let browser: TestBrowser;
  let preview: Preview;
  let speech: string;

  beforeAll(async () => {
    speech = speechCopy("live");
    preview = await startPreview({ input: speech, port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it("reloads the open tab on the same slide when the speech is saved, and survives a broken save", async () => {
    const page = await browser.browser.newPage();
    try {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(preview.url, { waitUntil: "load" });
      await page.waitForSelector("html[data-podium-ready]");
      // Go to slide 3 the way a presenter would, then check reveal.js put it in the URL.
      await page.evaluate(() =>
        (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(3),
      );
      await page.waitForFunction(() => location.hash === "#/3");
      const before = await page.evaluate(
        () => document.querySelector(".reveal .slides > section.present")?.textContent ?? "",
      );
      expect(before).not.toContain("修訂版");
      // Anything set on this window vanishes only if the page really reloads.
      await page.evaluate(() => ((window as unknown as { stale: boolean }).stale = true));

      // How fast is the bench's to measure; here the reload only has to come by itself.
      const reloaded = page.waitForNavigation({ waitUntil: "load", timeout: 10_000 });
      const text = readFileSync(speech, "utf8");
      writeFileSync(speech, text.replace("二、", "二、修訂版："));
      await reloaded;
      await page.waitForSelector("html[data-podium-ready]");
      expect(await page.evaluate(() => "stale" in window)).toBe(false);
      expect(await page.evaluate(() => document.body.textContent)).toContain("二、修訂版：");
      expect(await page.evaluate(() => location.hash)).toBe("#/3");
      expect(
        await page.evaluate(
          () => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
        ),
      ).toBe(3);

      // Mid-edit nonsense: no reload, a banner in the page, and the last good deck still served.
      await page.evaluate(() => ((window as unknown as { stale: boolean }).stale = true));
      writeFileSync(speech, "");
      await page.waitForSelector("#podium-build-error", { timeout: 5000 });
      expect(await page.$eval("#podium-build-error", (el) => el.textContent)).toMatch(/empty/);
      expect(await page.evaluate(() => "stale" in window)).toBe(true);
      expect((await rawGet(preview.port, "/")).body).toContain("二、修訂版：");

      // Undoing the broken save builds the deck on screen again: the banner goes, no reload needed.
      writeFileSync(speech, text.replace("二、", "二、修訂版："));
      await page.waitForFunction(() => !document.getElementById("podium-build-error"), { timeout: 5000 });
      expect(await page.evaluate(() => "stale" in window)).toBe(true);

      // A new edit after that reloads as usual.
      const fixed = page.waitForNavigation({ waitUntil: "load", timeout: 10_000 });
      writeFileSync(speech, text.replace("一、", "一、再改："));
      await fixed;
      await page.waitForSelector("html[data-podium-ready]");
      expect(await page.evaluate(() => document.body.textContent)).toContain("一、再改：");
      expect(await page.evaluate(() => location.hash)).toBe("#/3");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("loads reveal.js from the server and nothing from anywhere else", async () => {
    const page = await browser.browser.newPage();
    try {
      const requested: string[] = [];
      page.on("request", (req) => requested.push(req.url()));
      await page.goto(preview.url, { waitUntil: "load" });
      await page.waitForSelector("html[data-podium-ready]");
      expect(requested.some((url) => url.endsWith("/reveal/dist/reveal.js"))).toBe(true);
      expect(requested.filter((url) => !url.startsWith(preview.url) && !url.startsWith("data:"))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("podium serve only serves the deck", () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview({ input: speechCopy("guard"), port: 0 });
  });
  afterAll(() => preview?.close());

  it("serves the page with the live-reload client and the deck's assets", async () => {
    const page = await rawGet(preview.port, "/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("/__podium/events");
    expect(page.body).toContain("黨群工作會議講話稿");
    const reveal = await rawGet(preview.port, "/reveal/dist/reveal.js?v=1");
    expect(reveal.status).toBe(200);
    expect(reveal.body).toBe(readFileSync(join(repo, "node_modules/reveal.js/dist/reveal.js"), "utf8"));
  });

  it.each([
    "/../package.json",
    "/%2e%2e/package.json",
    "/%2E%2E%2Fpackage.json",
    "/..%2fpackage.json",
    "/reveal/../../package.json",
    "/reveal/dist/%2e%2e/%2e%2e/%2e%2e/package.json",
    "/reveal/..\\..\\package.json",
    "//etc/passwd",
    "/%2Fetc%2Fpasswd",
    join(repo, "package.json"),
    "/package.json",
    "/talk.txt",
    "/node_modules/reveal.js/package.json",
    "/%ff%fe",
    "http://127.0.0.1/../package.json",
  ])("refuses %s", async (target) => {
    const res = await rawGet(preview.port, target);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('"name"');
    expect(res.body).not.toContain("root:");
    expect(res.body).not.toContain("黨");
  });

  it("refuses requests for another host name (DNS rebinding)", async () => {
    expect((await rawGet(preview.port, "/", "attacker.example:80")).status).toBe(403);
    expect((await rawGet(preview.port, "/", `localhost:${preview.port}`)).status).toBe(200);
  });
});

describe("podium serve rebuilds on what the deck depends on", () => {
  /** Resolves with the next rebuild a file change triggers. */
  function nextRebuild(): { promise: Promise<RebuildResult>; onRebuild: (r: RebuildResult) => void } {
    let onRebuild: (r: RebuildResult) => void = () => undefined;
    const promise = new Promise<RebuildResult>((done) => (onRebuild = done));
    return { promise, onRebuild: (r) => onRebuild(r) };
  }

  it("a config file created beside the speech", async () => {
    const speech = speechCopy("config");
    const next = nextRebuild();
    const preview = await startPreview({ input: speech, port: 0, onRebuild: next.onRebuild });
    try {
      expect(preview.current().deck.theme).toBe("light");
      writeFileSync(join(speech, "..", "podium.config.json"), JSON.stringify({ theme: "dark" }));
      const result = await next.promise;
      expect(result.ok && result.changed).toBe(true);
      expect(preview.current().deck.theme).toBe("dark");
    } finally {
      await preview.close();
    }
  });

  it("a theme in the user's templates folder", async () => {
    const speech = speechCopy("theme");
    const templates = join(speech, "..", "my-templates");
    mkdirSync(join(templates, "themes"), { recursive: true });
    const css = readFileSync(join(repo, "templates/themes/light.css"), "utf8");
    writeFileSync(join(templates, "themes", "light.css"), css);
    const next = nextRebuild();
    const preview = await startPreview({
      input: speech,
      port: 0,
      settings: { templates },
      onRebuild: next.onRebuild,
    });
    try {
      writeFileSync(join(templates, "themes", "light.css"), `${css}\n.podium-edited-theme { color: red; }\n`);
      const result = await next.promise;
      expect(result.ok && result.changed).toBe(true);
      expect((await rawGet(preview.port, "/")).body).toContain(".podium-edited-theme");
    } finally {
      await preview.close();
    }
  });
});

describe("podium serve follows the path, not the file", () => {
  it("rebuilds after deletes and re-creations, a rename-save and a templates folder moved away and back", async () => {
    const dir = mkdtempSync(join(scratch, "follow-"));
    const speech = join(dir, "talk.txt");
    const templates = join(dir, "templates");
    cpSync(join(repo, "templates"), templates, { recursive: true });
    const text = (part: string) => `讲话\n一、${part}\n内容。\n二、第二部分\n内容。\n`;
    writeFileSync(speech, text("开始"));
    const rebuilds = new EventEmitter();
    const preview = await startPreview({
      input: speech,
      port: 0,
      settings: { templates },
      onRebuild: (result) => rebuilds.emit("rebuild", result),
    });
    /** Resolves with the first rebuild from now on that `test` accepts. */
    const rebuildWhere = (test: (result: RebuildResult) => boolean) =>
      new Promise<RebuildResult>((resolve) => {
        const check = (result: RebuildResult) => {
          if (!test(result)) return;
          rebuilds.off("rebuild", check);
          resolve(result);
        };
        rebuilds.on("rebuild", check);
      });
    const failedWith = (pattern: RegExp) =>
      rebuildWhere((r) => !r.ok && pattern.test(r.error instanceof Error ? r.error.message : ""));
    const page = async () => (await rawGet(preview.port, "/")).body;
    const servedWith = async (part: string) => {
      await rebuildWhere((r) => r.ok && r.prepared.deck.html.includes(part));
      expect(await page()).toContain(part);
    };
    try {
      for (let cycle = 1; cycle <= 5; cycle++) {
        const failed = failedWith(/no such file/);
        unlinkSync(speech);
        await failed;
        const served = servedWith(`第${cycle}次`);
        writeFileSync(speech, text(`第${cycle}次`));
        await served;
      }
      const renamed = servedWith("改名保存");
      writeFileSync(join(dir, ".talk.txt.swp"), text("改名保存"));
      renameSync(join(dir, ".talk.txt.swp"), speech);
      await renamed;
      const gone = failedWith(/templates.*does not exist/);
      renameSync(templates, `${templates}-away`);
      await gone;
      const deck = join(`${templates}-away`, "layouts", "deck.hbs");
      writeFileSync(deck, readFileSync(deck, "utf8").replace("<body", "<!-- moved back --><body"));
      const back = servedWith("<!-- moved back -->");
      renameSync(`${templates}-away`, templates);
      await back;
      const edited = servedWith("最后一次");
      writeFileSync(speech, text("最后一次"));
      await edited;
    } finally {
      await preview.close();
    }
  });
});

describe("podium serve ports", () => {
  it("falls back to a free port when the one asked for is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const taken = (blocker.address() as { port: number }).port;
    let preview: Preview | undefined;
    try {
      preview = await startPreview({ input: speechCopy("port"), port: taken });
      expect(preview.requestedPort).toBe(taken);
      expect(preview.port).not.toBe(taken);
      expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
      expect((await rawGet(preview.port, "/")).status).toBe(200);
    } finally {
      await preview?.close();
      await new Promise((done) => blocker.close(done));
    }
  });
});

describe("podium serve (CLI in-process)", () => {
  it("prints the URL, says when the port was taken, and returns 0 when stopped", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const taken = (blocker.address() as { port: number }).port;
    let stdout = "";
    let stderr = "";
    const io: CliIO = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      color: false,
      tty: false,
    };
    const stop = new AbortController();
    try {
      const running = main(["serve", speechCopy("cli"), "--port", String(taken)], io, {
        signal: stop.signal,
      });
      for (let i = 0; i < 200 && !stdout.includes("\n"); i++) await new Promise((r) => setTimeout(r, 25));
      const url = stdout.trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
      expect(stderr).toContain(`port ${taken} is taken; using ${new URL(url).port} instead`);
      expect((await fetch(url)).status).toBe(200);
      stop.abort();
      expect(await running).toBe(0);
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      stop.abort();
      await new Promise((done) => blocker.close(done));
    }
  });

  it("has --help with examples and rejects a bad port as a usage error", async () => {
    const help = await runInProcess(["serve", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--port");
    expect(help.stdout).toContain("podium serve slides/speech.txt");
    expect((await runInProcess(["serve", exampleSpeech, "--port", "http"])).code).toBe(2);
    expect((await runInProcess(["serve", exampleSpeech, "--port", "70000"])).code).toBe(2);
    expect((await runInProcess(["serve", join(scratch, "missing.txt"), "--port", "0"])).code).toBe(1);
    const two = mkdtempSync(join(scratch, "two-"));
    writeFileSync(join(two, "a.txt"), "讲话\n一、一\n内容。\n");
    writeFileSync(join(two, "b.txt"), "讲话\n一、一\n内容。\n");
    const several = await runInProcess(["serve", two, "--port", "0"]);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/2 speeches; .*podium serve .*a\.txt/);
  });
});

describe("podium serve as a subprocess", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "prints the URL, answers HTTP, writes nothing, and exits 0 on %s",
    async (signal) => {
      const speech = speechCopy("sub");
      const folder = join(speech, "..");
      const child = spawn(process.execPath, [join(repo, "bin/podium.js"), "serve", speech, "--port", "0"], {
        cwd: folder,
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
      try {
        for (let i = 0; i < 400 && !stdout.includes("\n"); i++) await new Promise((r) => setTimeout(r, 25));
        const url = stdout.trim();
        expect(url, stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
        const res = await fetch(url);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain("<html");
        // An open event stream must not keep the process alive after Ctrl-C.
        const events = await fetch(new URL("/__podium/events", url));
        expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
        child.kill(signal);
        expect(await exited).toBe(0);
        expect(stderr).toContain("preview stopped");
        expect(readdirSync(folder)).toEqual(["talk.txt"]);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    },
  );
});
