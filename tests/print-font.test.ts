/**
 * Which browsers print with font subsets (src/export/print-font.ts): the full browser, which writes a
 * whole CFF system face slowly, and not Chromium's headless shell, which writes it as fast as a subset.
 */
import { describe, expect, it } from "vitest";
import { printFontsPay } from "../src/export/print-font.js";

describe("printFontsPay", () => {
  it("cuts subsets for the full browser", () => {
    for (const executablePath of [
      "/usr/bin/chromium",
      "/usr/lib/chromium/chromium",
      "/opt/google/chrome/chrome",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ]) {
      expect(printFontsPay({ executablePath }), executablePath).toBe(true);
    }
  });

  it("leaves the system faces to Chromium's headless shell, Debian's or Puppeteer's", () => {
    for (const executablePath of [
      "/usr/lib/chromium/chromium-headless-shell",
      "/usr/bin/chromium-headless-shell",
      "/root/.cache/puppeteer/chrome-headless-shell/linux-131.0.6778.85/chrome-headless-shell-linux64/chrome-headless-shell",
    ]) {
      expect(printFontsPay({ executablePath }), executablePath).toBe(false);
    }
  });
});
