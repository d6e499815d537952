/**
 * The part of Puppeteer podium runs: a DevTools connection over the pipe of a Chromium podium started.
 * Taken from Puppeteer's own modules for it, not from its entry point, which also loads the launchers,
 * the browser downloader and the WebDriver BiDi client: about 250 files, most of a second on two
 * cores before Chromium could even start. (package.json pins Puppeteer's minor version for these.)
 */
import type { Readable, Writable } from "node:stream";
import { _connectToCdpBrowser } from "puppeteer-core/internal/cdp/BrowserConnector.js";
import { PipeTransport } from "puppeteer-core/internal/node/PipeTransport.js";
import type { Browser } from "puppeteer-core";

/** Puppeteer's Browser for the Chromium at the other end of `toBrowser`/`fromBrowser` (its fds 3 and 4). */
export async function connectOverPipe(
  toBrowser: Writable,
  fromBrowser: Readable,
  protocolTimeout: number,
): Promise<Browser> {
  const browser = await _connectToCdpBrowser(new PipeTransport(toBrowser, fromBrowser), "", {
    protocolTimeout,
  });
  // The same class as the entry point's Browser; TypeScript sees two declarations of it.
  return browser as unknown as Browser;
}
