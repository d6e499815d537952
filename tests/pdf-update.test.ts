/**
 * The update that finishes printed PDFs (src/export/pdf-update.ts), on PDFs built here with
 * pdf-lib: one written with a classic cross-reference table, as Chromium writes, and one with a
 * cross-reference stream, which the update leaves to the pdf-lib rewrite. The PDFs Chromium
 * prints (with a page tree of several levels) are checked end to end in export-pdf.test.ts.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { updatePdf, type PdfUpdate } from "../src/export/pdf-update.js";
import { scratchFolder } from "./helpers/scratch.js";

const work = scratchFolder("pdf-update");

async function printedLike(pages: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle("(draft) \\ title");
  for (let i = 0; i < pages; i++) doc.addPage([1920, 1080]).drawText(`page ${i + 1}`);
  return doc.save({ useObjectStreams });
}

const update: PdfUpdate = {
  info: {
    Title: "黨群工作會議 (講話)",
    Author: "張三",
    Subject: undefined,
    Creator: "podium",
    Producer: "podium",
  },
  lang: "zh-Hant",
  modified: new Date("2026-01-02T03:04:05Z"),
  bookmarks: [
    { title: "一、第一部分", page: 0 },
    { title: "二、第二部分 😀", page: 2 },
    { title: "past the end", page: 9 },
  ],
};

function decoded(value: unknown): string | undefined {
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : undefined;
}

describe("updatePdf", () => {
  it("adds information, language and bookmarks, keeping every stream's bytes", async () => {
    const printed = await printedLike(3, false);
    const updated = await updatePdf(printed, update);
    expect(updated).not.toBeNull();
    const bytes = updated as Uint8Array;
    const streams = (pdf: Uint8Array) =>
      [
        ...Buffer.from(pdf)
          .toString("latin1")
          .matchAll(/stream\r?\n([\s\S]*?)endstream/gu),
      ].map((m) => m[1]);
    for (const stream of streams(printed)) expect(streams(bytes)).toContain(stream);

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toBe(update.info.Title);
    expect(doc.getAuthor()).toBe("張三");
    expect(doc.getSubject()).toBeUndefined();
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(decoded(doc.catalog.lookup(PDFName.of("Lang")))).toBe("zh-Hant");
    const titles: string[] = [];
    const pages: number[] = [];
    const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
    let entry = outlines?.lookupMaybe(PDFName.of("First"), PDFDict);
    while (entry) {
      titles.push(decoded(entry.lookup(PDFName.of("Title"))) ?? "");
      const target = entry.lookup(PDFName.of("Dest"), PDFArray).get(0) as PDFRef;
      pages.push(doc.getPages().findIndex((page) => page.ref === target));
      entry = entry.lookupMaybe(PDFName.of("Next"), PDFDict);
    }
    // A bookmark past the last page is left out rather than pointing nowhere.
    expect(titles).toEqual(["一、第一部分", "二、第二部分 😀"]);
    expect(pages).toEqual([0, 2]);

    // Poppler reads the same, and finds nothing wrong with the file.
    const file = join(work, "updated.pdf");
    writeFileSync(file, bytes);
    const info = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
    expect(info).toMatch(/^Title:\s+黨群工作會議 \(講話\)$/mu);
    expect(info).toMatch(/^Pages:\s+3$/mu);
    expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toContain("page 3");
  });

  it("points a bookmark at the right page among many", async () => {
    const printed = await printedLike(120, false);
    const bytes = await updatePdf(printed, { ...update, bookmarks: [{ title: "last", page: 119 }] });
    const doc = await PDFDocument.load(bytes as Uint8Array);
    const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    const first = outlines.lookup(PDFName.of("First"), PDFDict);
    const target = first.lookup(PDFName.of("Dest"), PDFArray).get(0);
    expect(doc.getPages().findIndex((page) => page.ref === target)).toBe(119);
    // Chromium's dictionaries (pdf-lib's here) are written uncompressed; the update compresses them.
    expect(Buffer.from(bytes as Uint8Array).toString("latin1", 0, 8)).toBe("%PDF-1.7");
    expect((bytes as Uint8Array).length).toBeLessThan(printed.length / 2);
  });

  it("leaves a file with a cross-reference stream, or no PDF at all, to the rewrite", async () => {
    expect(await updatePdf(await printedLike(2, true), update)).toBeNull();
    expect(await updatePdf(new TextEncoder().encode("not a PDF"), update)).toBeNull();
  });
});
