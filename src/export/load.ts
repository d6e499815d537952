/**
 * Open a rendered deck in a page, either from the folder it was written to or straight from memory.
 * From memory, every request is answered by podium itself (the deck HTML and its copied assets) and
 * anything else is refused, so printing never touches the network.
 */
import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { HTTPRequest, Page } from "puppeteer-core";
import type { RenderedDeck } from "../render/types.js";

/** A made-up origin for decks served from memory (`.invalid` never resolves). */
const DECK_ORIGIN = "http://deck.podium.invalid/";

const MIME: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
};

function mimeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return MIME[ext] ?? "application/octet-stream";
}

/** Files podium made for a page it serves (print fonts), by path: each served page's own. */
const offeredFiles = new WeakMap<Page, Map<string, Uint8Array>>();

/**
 * The address at which a page podium serves finds `bytes` (`name` gives its path and type), or
 * `undefined` for a page podium does not serve. A served page cannot reach files, and the bytes
 * reach it as a response like any other, not as an argument of a script (a megabyte string that
 * the page's main thread would take most of a second to read).
 */
export function offerFile(page: Page, name: string, bytes: Uint8Array): string | undefined {
  const offered = offeredFiles.get(page);
  // A page kept for later work is served no longer once its requests go unanswered by podium.
  if (!offered || page.listenerCount("request") === 0) return undefined;
  const path = `podium-offered/${name}`;
  offered.set(path, bytes);
  return `${DECK_ORIGIN}${path}`;
}

/**
 * Answer the page's requests: `pages` (path → HTML) from memory, the deck's assets from where render
 * found them, other files from `deckDir` when given; refuse everything else.
 */
async function serve(
  page: Page,
  deck: RenderedDeck,
  pages: Map<string, string>,
  deckDir?: string,
): Promise<void> {
  const files = new Map<string, string>(
    deck.assets.map((asset) => [asset.to.replace(/^\.?\//, ""), asset.from]),
  );
  const offered = new Map<string, Uint8Array>();
  offeredFiles.set(page, offered);
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    void answer(request, pages, files, offered, deckDir).catch(() =>
      request.abort("failed").catch(() => undefined),
    );
  });
}

async function answer(
  request: HTTPRequest,
  pages: Map<string, string>,
  files: Map<string, string>,
  offered: Map<string, Uint8Array>,
  deckDir?: string,
): Promise<void> {
  const url = request.url();
  if (url.startsWith("data:") || url.startsWith("blob:")) return request.continue();
  if (!url.startsWith(DECK_ORIGIN)) return request.abort("blockedbyclient");
  const path = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  // Browsers ask for a favicon on their own; say "nothing" rather than log a 404.
  if (path === "favicon.ico") return request.respond({ status: 204, body: "" });
  const html = pages.get(path);
  if (html !== undefined) return request.respond({ status: 200, contentType: MIME["html"], body: html });
  const made = offered.get(path);
  if (made) return request.respond({ status: 200, contentType: mimeOf(path), body: made });
  let from = files.get(path);
  if (!from && deckDir) {
    const candidate = resolve(deckDir, path);
    // Never outside the deck folder, whatever the page asks for.
    if (candidate.startsWith(resolve(deckDir) + sep)) from = candidate;
  }
  const body = from ? await readFile(from).catch(() => undefined) : undefined;
  if (!body) return request.respond({ status: 404, contentType: "text/plain", body: "not part of the deck" });
  return request.respond({ status: 200, contentType: mimeOf(path), body });
}

/**
 * Show podium-made HTML (a handout, the reading copy) as if it lived in the deck folder, so the
 * deck's assets (theme images, fonts) resolve; nothing is fetched from the network.
 */
export async function openDocument(
  page: Page,
  deck: RenderedDeck,
  html: string,
  deckDir?: string,
): Promise<void> {
  await serve(page, deck, new Map([["podium-print.html", html]]), deckDir);
  await page.goto(`${DECK_ORIGIN}podium-print.html`, { waitUntil: "load", timeout: 0 });
}

/**
 * Navigate `page` to the deck with `query` (e.g. `print-pdf&margin=0`). With `deckDir` the written
 * `index.html` is opened; without, the deck is served from memory.
 */
export async function openDeck(
  page: Page,
  deck: RenderedDeck,
  query: string,
  deckDir?: string,
): Promise<void> {
  let url: string;
  if (deckDir) {
    url = `${pathToFileURL(join(deckDir, "index.html")).href}?${query}`;
  } else {
    await serve(
      page,
      deck,
      new Map([
        ["", deck.html],
        ["index.html", deck.html],
      ]),
    );
    url = `${DECK_ORIGIN}index.html?${query}`;
  }
  await page.goto(url, { waitUntil: "load", timeout: 0 });
}
