/**
 * `podium app` in a real Chromium, as a person uses it: start the app, upload the example speech
 * through the page's file input, see its points in the tree, demote one with the keyboard and see
 * the deck change, download the slides PDF, reload and find the correction kept, and build the
 * speech from the command line beside the downloaded corrections.
 */
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
import { PDFDocument } from "pdf-lib";
import type { CDPSession, ElementHandle, Frame, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, startAppProcess, type RunningApp } from "./helpers/app.js";
import { launchBrowser, type TestBrowser } from "./helpers/browser.js";
import { exampleSpeech, runSubprocess } from "./helpers/cli.js";
import { makeDocx } from "./helpers/make-docx.js";

const scratch = mkdtempSync(join(tmpdir(), "podium-app-test-"));
/**
 * The app's own temp folder goes here, so the test can see it removed. A short path: Chromium's
 * socket inside it must stay within the 108 characters a Unix socket's path may have.
 */
const appTemp = mkdtempSync(join(tmpdir(), "pa-"));
const downloads = mkdtempSync(join(scratch, "downloads-"));

interface Download {
  path: string;
}

/** Lets the page save downloads into `downloads` and reports each one once it is complete. */
async function watchDownloads(
  cdp: CDPSession,
  browserContextId?: string,
): Promise<(suggested: RegExp) => Promise<Download>> {
  await cdp.send("Browser.setDownloadBehavior", {
    behavior: "allowAndName",
    downloadPath: downloads,
    eventsEnabled: true,
    ...(browserContextId ? { browserContextId } : {}),
  });
  const names = new Map<string, string>();
  cdp.on("Browser.downloadWillBegin", (event: { guid: string; suggestedFilename: string }) => {
    names.set(event.guid, event.suggestedFilename);
  });
  return (suggested) =>
    new Promise((resolve, reject) => {
      const onProgress = (event: { guid: string; state: string }) => {
        const name = names.get(event.guid) ?? "";
        if (!suggested.test(name)) return;
        if (event.state === "completed") {
          cdp.off("Browser.downloadProgress", onProgress);
          resolve({ path: join(downloads, event.guid) });
        } else if (event.state === "canceled") reject(new Error(`download of ${name} canceled`));
      };
      cdp.on("Browser.downloadProgress", onProgress);
    });
}

async function deckFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("#deck");
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no deck frame");
  return frame;
}

/** The text of every slide of the deck in the frame, once reveal.js has laid it out. */
async function deckText(page: Page, revision: string): Promise<string[]> {
  await page.waitForFunction(
    (r) => document.getElementById("deck")?.getAttribute("data-revision") === r,
    {},
    revision,
  );
  const frame = await deckFrame(page);
  await frame.waitForFunction(
    (r) => location.pathname === `/deck/${r}/` && document.documentElement.hasAttribute("data-podium-ready"),
    {},
    revision,
  );
  return frame.$$eval(".slides > section", (sections) => sections.map((s) => s.textContent ?? ""));
}

describe("podium app in Chromium", () => {
  let app: RunningApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startAppProcess([], { env: { TMPDIR: appTemp } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(appTemp, { recursive: true, force: true });
  });

  it("takes a speech from upload to corrected outline, PDF and a CLI build that honours the corrections", async () => {
    const page = await browser.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const nextDownload = await watchDownloads(await browser.browser.target().createCDPSession());

    await page.goto(app.url, { waitUntil: "load" });
    await page.waitForSelector("html[data-podium-app-ready]");

    // Upload the example speech through the page's own file input.
    const speech = join(scratch, "talk.txt");
    copyFileSync(exampleSpeech, speech);
    const input = (await page.waitForSelector("#file")) as ElementHandle<HTMLInputElement> | null;
    await input?.uploadFile(speech);
    await page.waitForFunction(() => document.querySelectorAll('[role="tree"] [role="treeitem"]').length > 0);
    const items = await page.$$eval('[role="treeitem"]', (nodes) =>
      nodes.map((n) => ({ level: Number(n.getAttribute("aria-level")), text: n.textContent ?? "" })),
    );
    expect(items).toHaveLength(27);
    const revision = await page.$eval("#deck", (f) => f.getAttribute("data-revision") ?? "");
    const before = await deckText(page, revision);

    // Demote the first point that can go one level down (its previous point is at its level).
    const target = items.findIndex(
      (item, i) => i > 0 && item.level > 1 && items[i - 1]?.level === item.level,
    );
    expect(target).toBeGreaterThan(0);
    const level = items[target]?.level ?? 0;
    await page.click(`[role="treeitem"][data-index="${target}"]`);
    await page.waitForFunction(
      (i) => document.activeElement?.getAttribute("data-index") === String(i),
      {},
      target,
    );
    await page.keyboard.press("Tab");
    await page.waitForFunction(
      (i, l) =>
        document.querySelector(`[role="treeitem"][data-index="${i}"]`)?.getAttribute("aria-level") ===
        String(l),
      {},
      target,
      level + 1,
    );
    // Focus stays in the tree, on the same point.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe(
      String(target),
    );
    const revised = await page.$eval("#deck", (f) => f.getAttribute("data-revision") ?? "");
    expect(revised).not.toBe(revision);
    const after = await deckText(page, revised);
    expect(after).not.toEqual(before);

    // The slides PDF, through the button and the print queue; one page a slide.
    const pdfDone = nextDownload(/\.pdf$/u);
    await page.click('button[data-download="pdf"]');
    // Done or failed, the page says so; a failure's sentence is the test's message.
    const progress = await page.waitForSelector(
      '[data-progress="pdf"]:is([data-state="done"], [data-state="failed"])',
      {
        timeout: 240_000,
      },
    );
    expect(await progress?.evaluate((n) => `${n.getAttribute("data-state")}: ${n.textContent}`)).toMatch(
      /^done/u,
    );
    const pdf = await pdfDone;
    const pages = (await PDFDocument.load(readFileSync(pdf.path))).getPageCount();
    expect(pages).toBe(after.length);

    // The correction survives a reload.
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("html[data-podium-app-ready]");
    await page.waitForFunction(() => document.querySelectorAll('[role="treeitem"]').length === 27);
    expect(
      await page.$eval(`[role="treeitem"][data-index="${target}"]`, (n) => n.getAttribute("aria-level")),
    ).toBe(String(level + 1));

    // The corrections file, downloaded, beside the speech: the CLI reads the outline the page showed.
    const yamlDone = nextDownload(/\.podium\.yaml$/u);
    await page.click('button[data-download="corrections"]');
    const yaml = await yamlDone;
    copyFileSync(yaml.path, join(scratch, "talk.podium.yaml"));
    const outline = await runSubprocess(["outline", "--json", speech]);
    expect(outline.code).toBe(0);
    const flat = (points: { level: number; children: unknown[] }[]): { level: number }[] =>
      points.flatMap((p) => [p, ...flat(p.children as never)]);
    const levels = flat((JSON.parse(outline.stdout) as { points: never[] }).points).map((p) => p.level);
    expect(levels).toEqual(items.map((item, i) => (i === target ? level + 1 : item.level)));
    const out = join(scratch, "dist");
    const built = await runSubprocess(["build", speech, "-o", out, "--quiet"]);
    expect(built.code).toBe(0);
    const html = readFileSync(join(out, "talk", "index.html"), "utf8");
    expect(html.match(/<section/gu)?.length).toBe(after.length);

    // Nothing was fetched from anywhere but the app itself.
    const origin = new URL(app.url).origin;
    expect(
      requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"),
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("speaks Chinese to a Chinese browser, reads a dropped .docx and prints its handout", async () => {
    const context = await browser.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setExtraHTTPHeaders({ "Accept-Language": "zh-CN,zh;q=0.9" });
      const nextDownload = await watchDownloads(
        await browser.browser.target().createCDPSession(),
        context.id,
      );
      await page.goto(app.url, { waitUntil: "load" });
      await page.waitForSelector("html[data-podium-app-ready]");
      expect(await page.$eval("html", (h) => h.lang)).toBe("zh-Hans");
      const docx = join(scratch, "年度报告.docx");
      writeFileSync(
        docx,
        await makeDocx({
          paragraphs: [
            { text: "年度工作报告", style: "Title" },
            "一、总体情况",
            "今年各项工作稳步推进，完成了年初确定的主要目标。",
            "二、主要工作",
            "一是加强制度建设；二是改进工作作风；三是提升服务水平。",
            "三、下一步打算",
            "明年要继续巩固成果，推动各项工作再上新台阶。",
          ],
        }),
      );
      const input = (await page.waitForSelector("#file")) as ElementHandle<HTMLInputElement> | null;
      await input?.uploadFile(docx);
      await page.waitForFunction(() => document.querySelectorAll('[role="treeitem"]').length > 0);
      const headings = await page.$$eval('[role="treeitem"] .heading', (nodes) =>
        nodes.map((n) => n.textContent),
      );
      expect(headings.slice(0, 2)).toEqual(["总体情况", "主要工作"]);
      expect(await page.$eval("#speech-name", (n) => n.textContent)).toContain("年度报告.docx");
      // Each download is a button whose name says what it gives, in the page's language.
      const button = await page.waitForSelector('button[data-download="handout"]');
      expect(await button?.evaluate((b) => b.textContent)).toBe("下载讲义 PDF");
      const handoutDone = nextDownload(/-handout\.pdf$/u);
      await button?.click();
      const handout = await handoutDone;
      expect((await PDFDocument.load(readFileSync(handout.path))).getPageCount()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  }, 300_000);

  it("removes its temp files when stopped", async () => {
    expect(readdirSync(appTemp).filter((n) => n.startsWith("podium-app-"))).toHaveLength(1);
    // Ctrl-C is how the app is meant to stop: a clean exit.
    expect(await app.stop()).toBe(0);
    expect(readdirSync(appTemp).filter((n) => n.startsWith("podium-"))).toEqual([]);
    expect(existsSync(appTemp)).toBe(true);
  });
});

describe("podium app stopped while it prints", () => {
  it("closes the browser and removes every temp file on Ctrl-C", async () => {
    const temp = mkdtempSync(join(tmpdir(), "pa-"));
    const app = await startAppProcess([], { env: { TMPDIR: temp } });
    try {
      const client = new Client(Number(new URL(app.url).port));
      await client.open();
      expect((await client.upload("talk.txt", readFileSync(exampleSpeech))).status).toBe(200);
      const started = await client.post("/api/download", { kind: "pdf" });
      const { job } = JSON.parse(started.body) as { job: string };
      await client.waitForEvent(`/api/jobs/${job}/events`, '"state":"printing"');
      expect(readdirSync(temp).filter((n) => n.startsWith("podium-chrome-"))).toHaveLength(1);
      expect(await app.stop()).toBe(0);
      expect(readdirSync(temp)).toEqual([]);
      // No browser process is left with its profile in the app's temp folder.
      const left = readdirSync("/proc")
        .filter((pid) => /^\d+$/u.test(pid))
        .filter((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(temp);
          } catch {
            return false;
          }
        });
      expect(left).toEqual([]);
    } finally {
      await app.stop();
      rmSync(temp, { recursive: true, force: true });
    }
  }, 300_000);
});
