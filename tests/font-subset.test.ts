/**
 * The subset maker behind faster CJK printing (src/export/font-subset.ts), on the system's CJK font
 * (a CFF collection: fonts-noto-cjk, which the test setup installs).
 */
import { execFileSync } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { faceStyle, subsetFontFile } from "../src/export/font-subset.js";
import { scratchFolder } from "./helpers/scratch.js";

const work = scratchFolder("subset");

/** The file and collection index fontconfig picks for `pattern`. */
function match(pattern: string): { file: string; index: number } {
  const [file, index] = execFileSync("fc-match", ["-f", "%{file}\\n%{index}", pattern], {
    encoding: "utf8",
  }).split("\n");
  return { file: file ?? "", index: Number(index) };
}

/** What fontconfig reads from a font file: its code points (hex ranges) and its family names. */
function query(bytes: Uint8Array, format: string): string {
  const file = join(work, `query-${Math.random().toString(36).slice(2)}.otf`);
  writeFileSync(file, bytes);
  return execFileSync("fc-query", ["-f", format, file], { encoding: "utf8" });
}

const TEXT = "群團工作會議 Work 2024，“重要”";

describe("subsetFontFile", () => {
  const regular = match("Noto Sans CJK TC");
  const bold = match("Noto Sans CJK TC:weight=bold");

  it("keeps the chosen face of a collection with the text's characters, a small part of the font", async () => {
    const subset = await subsetFontFile(regular.file, regular.index, TEXT);
    expect(subset.length).toBeLessThan(statSync(regular.file).size / 20);
    // An OpenType file with CFF outlines, as the font is.
    expect(Buffer.from(subset.subarray(0, 4)).toString("latin1")).toBe("OTTO");
    // The collection's traditional-Chinese face, not its first one.
    expect(query(subset, "%{family}")).toContain("Noto Sans CJK TC");
    const charset = query(subset, "%{charset}");
    for (const char of new Set(TEXT.replace(/\s/g, ""))) {
      const code = (char.codePointAt(0) ?? 0).toString(16);
      const covered = charset.split(" ").some((range) => {
        const [from, to = from] = range.split("-").map((hex) => parseInt(hex, 16));
        const point = parseInt(code, 16);
        return from !== undefined && point >= from && point <= (to ?? from);
      });
      expect(covered, `${char} U+${code}`).toBe(true);
    }
    // A character the text does not use is gone.
    expect(charset).not.toMatch(/\b9f8d\b/); // 龍
  });

  it("reads weight and style from the subset", async () => {
    const light = await subsetFontFile(regular.file, regular.index, TEXT);
    const heavy = await subsetFontFile(bold.file, bold.index, TEXT);
    expect(faceStyle(light)).toEqual({ weight: 400, italic: false });
    expect(faceStyle(heavy)).toEqual({ weight: 700, italic: false });
  });

  it("rejects a file that is not a font, and a face the collection does not have", async () => {
    const notFont = join(work, "not-a-font.otf");
    writeFileSync(notFont, "not a font at all");
    await expect(subsetFontFile(notFont, 0, TEXT)).rejects.toThrow();
    await expect(subsetFontFile(regular.file, 99, TEXT)).rejects.toThrow();
    await expect(subsetFontFile(join(work, "missing.otf"), 0, TEXT)).rejects.toThrow();
    expect(faceStyle(new Uint8Array(8))).toBeUndefined();
  });
});
