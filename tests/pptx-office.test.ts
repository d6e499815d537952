/**
 * The .pptx opened by a real office suite: LibreOffice converts it to PDF, poppler reads the PDF
 * back. One page per deck slide, every section and second-level heading in the text, for two of
 * the themes in each aspect. (LibreOffice is a test dependency: scripts/setup.sh installs it.)
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PreparedDeck, prepareDeck } from "../src/pipeline.js";
import { displaySlide } from "../src/render/punctuation.js";
import { exampleSpeech, runInProcess } from "./helpers/cli.js";

const work = mkdtempSync(join(tmpdir(), "podium-pptx-office-"));
const NAME = "000_bb77306b121bf6cc";
let example: PreparedDeck;

beforeAll(async () => {
  example = await prepareDeck(exampleSpeech, {});
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Converts with a profile of its own, so a running LibreOffice (or a parallel test) is not in the way.
 * Asynchronous: a test worker blocked for long in a synchronous call misses its messages to vitest.
 */
async function convertToPdf(pptx: string, outDir: string): Promise<string> {
  const profile = pathToFileURL(join(outDir, "profile")).href;
  await promisify(execFile)(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, pptx],
    { timeout: 170_000 },
  );
  return join(outDir, `${NAME}.pdf`);
}

const squash = (text: string) => text.replace(/\s+/gu, "");

/** Section headings (`一、…`) and the points below them that carry a second-level marker (`（一）…`). */
function headings(): string[] {
  return example.plan.slides
    .map((s) => displaySlide(s, example.plan.script))
    .filter(
      (s) =>
        s.kind === "section" || (s.kind === "point" && /^[（(][一二三四五六七八九十]+[）)]/u.test(s.marker)),
    )
    .map((s) => (s.kind === "section" ? s.title.slice(s.marker.length) : s.title));
}

describe("the example's .pptx in LibreOffice", () => {
  it.each([
    ["light", "16:9"],
    ["red", "4:3"],
  ])(
    "%s %s: one page per slide, every heading in the text",
    async (theme, aspect) => {
      const out = join(work, `${theme}-${aspect.replace(":", "x")}`);
      const run = await runInProcess([
        "build",
        exampleSpeech,
        "--pptx",
        "--theme",
        theme,
        "--aspect",
        aspect,
        "-o",
        out,
      ]);
      expect(run.code).toBe(0);
      const pdf = await convertToPdf(join(out, NAME, `${NAME}.pptx`), out);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBe(example.plan.slides.length);
      const text = squash(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));
      const wanted = headings();
      expect(wanted.length).toBeGreaterThanOrEqual(6);
      for (const heading of wanted) expect(text).toContain(squash(heading));
      // The page is the size PowerPoint was told: 13.333 × 7.5 in or 10 × 7.5 in, in points.
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info);
      expect(Number(size?.[1]) / Number(size?.[2])).toBeCloseTo(aspect === "16:9" ? 16 / 9 : 4 / 3, 2);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    },
    180_000,
  );
});
