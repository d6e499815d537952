/**
 * Before a Chinese deck is printed: is a CJK font really there for the browser? Without one Chromium
 * prints empty boxes (tofu), which nobody notices until the handouts are on the chairs.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ExitCode, PodiumError } from "../errors.js";
import type { Page } from "puppeteer-core";
import type { BrowserSession } from "./browser.js";

const run = promisify(execFile);

const INSTALL =
  "install a CJK font (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts; " +
  "macOS and Windows include one)";

function needsCjk(lang: string): boolean {
  return /^(zh|ja|ko)\b/i.test(lang);
}

/**
 * First, cheap check on systems with fontconfig: the families that cover Chinese. `undefined` when
 * fc-list is not there to ask (macOS without it, Windows): the browser check decides then.
 */
async function fontconfigCjkFamilies(env: NodeJS.ProcessEnv = process.env): Promise<string[] | undefined> {
  try {
    const { stdout } = await run("fc-list", [":lang=zh", "family"], { env, timeout: 10_000 });
    return stdout
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * Draw a few different Han characters on a canvas: with a real font they differ; with none they are
 * all the same box (or nothing). Uses the browser's own font fallback, as printing will.
 */
async function browserDrawsHan(session: BrowserSession, lang: string): Promise<boolean> {
  return session.withPage("CJK font check", async (page) => {
    await page.setContent(`<!doctype html><html lang="${lang.replace(/[^\w-]/g, "")}"><body></body></html>`);
    return pageDrawsHan(page);
  });
}

/** The same check in a page that is already open (a deck or handout about to print, with its own `lang`). */
async function pageDrawsHan(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return false;
    const draw = (text: string): string => {
      context.clearRect(0, 0, 64, 64);
      context.font = "48px sans-serif";
      context.fillText(text, 4, 52);
      const pixels = context.getImageData(0, 0, 64, 64).data;
      let inked = 0;
      let hash = 0;
      for (let i = 3; i < pixels.length; i += 4) {
        const alpha = pixels[i] ?? 0;
        if (alpha > 0) inked++;
        hash = (hash * 31 + alpha) | 0;
      }
      return inked === 0 ? "blank" : String(hash);
    };
    const shapes = ["永", "國", "会", "議"].map(draw);
    return !shapes.includes("blank") && new Set(shapes).size === shapes.length;
  });
}

/**
 * Stop with the font package to install when the deck is Chinese (or Japanese/Korean) and the browser
 * has no font for it. Checked once per session and language.
 */
export async function ensureCjkFont(session: BrowserSession, lang: string, page?: Page): Promise<void> {
  if (!needsCjk(lang)) return;
  const key = `cjk:${lang}`;
  let check = session.checked.get(key);
  if (!check) {
    check = (async () => {
      const families = await fontconfigCjkFamilies(session.env);
      if (families !== undefined && families.length === 0) {
        throw new PodiumError(
          `No Chinese font installed (fc-list :lang=zh is empty); ${INSTALL}`,
          ExitCode.environment,
        );
      }
      if (!(await (page ? pageDrawsHan(page) : browserDrawsHan(session, lang)))) {
        throw new PodiumError(
          `The browser ${session.executablePath} has no font for Chinese text (it would print empty boxes); ${INSTALL}`,
          ExitCode.environment,
        );
      }
    })();
    session.checked.set(key, check);
  }
  await check;
}
