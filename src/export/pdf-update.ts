/**
 * Adds podium's document information, language and bookmarks to a PDF as Chromium printed it, and
 * writes the file again in the compact form PDF 1.5 allows. Chromium leaves every dictionary
 * uncompressed (the Type 3 fonts it draws text with are a third of a deck's bytes); here they go
 * into compressed object streams with a compressed cross-reference stream, while every stream
 * (page contents, glyphs, images) is copied byte for byte. Parsing and saving the whole file with
 * pdf-lib cost about a second a PDF; this costs milliseconds. It reads only what Chromium writes
 * (one classic cross-reference table, plain objects); for anything else it returns null and the
 * caller uses pdf-lib.
 */
import { promisify } from "node:util";
import { deflate as deflateCallback } from "node:zlib";
import { dict, PrintedPdf, refOf, Unreadable, type PrintedObject, type Ref } from "./pdf-objects.js";

/** zlib in Node's thread pool: the PDFs of several decks compress side by side. */
const deflate = promisify(deflateCallback);

/** What the update writes: Info strings, the catalog's language, a flat outline. */
export interface PdfUpdate {
  info: Record<"Title" | "Author" | "Subject" | "Creator" | "Producer", string | undefined>;
  lang: string;
  modified: Date;
  bookmarks: readonly { title: string; page: number }[];
}

/** Text as a PDF hex string in UTF-16BE with a byte-order mark (any script, no escaping). */
function hexText(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

/** A PDF date, `D:YYYYMMDDHHmmSSZ`. */
function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}

/**
 * The PDF with the update, written compactly, or null when the file is not one this reads (the
 * caller then rewrites it with pdf-lib).
 */
export async function updatePdf(bytes: Uint8Array, update: PdfUpdate): Promise<Uint8Array | null> {
  const pdf = PrintedPdf.read(bytes);
  if (!pdf) return null;
  try {
    const rootRef = refOf(pdf.trailer.get("Root"));
    const catalog = pdf.dict(rootRef);
    const pages = pdf.pages(refOf(catalog.get("Pages")));
    let next = Number(pdf.trailer.get("Size"));
    if (!Number.isInteger(next) || next <= 0) return null;
    const objects = new Map<number, string>();

    const infoRef = pdf.trailer.has("Info") ? refOf(pdf.trailer.get("Info")) : { num: next++, gen: 0 };
    const info = pdf.trailer.has("Info") ? pdf.dict(infoRef) : new Map<string, string>();
    for (const [key, value] of Object.entries(update.info)) {
      if (value) info.set(key, hexText(value));
    }
    info.set("ModDate", pdfDate(update.modified));
    objects.set(infoRef.num, dict(info));

    catalog.set("Lang", `(${update.lang.replace(/[^\w-]/gu, "")})`);
    catalog.set("ViewerPreferences", "<</DisplayDocTitle true>>");
    const bookmarks = update.bookmarks.filter((b) => b.page >= 0 && b.page < pages.length);
    if (bookmarks.length > 0) {
      const outlineNum = next++;
      const nums = bookmarks.map(() => next++);
      bookmarks.forEach((bookmark, i) => {
        const page = pages[bookmark.page] as Ref;
        const entry = new Map([
          ["Title", hexText(bookmark.title)],
          ["Parent", `${outlineNum} 0 R`],
          ["Dest", `[${page.num} ${page.gen} R /Fit]`],
        ]);
        if (i > 0) entry.set("Prev", `${nums[i - 1]} 0 R`);
        if (i < nums.length - 1) entry.set("Next", `${nums[i + 1]} 0 R`);
        objects.set(nums[i] as number, dict(entry));
      });
      objects.set(
        outlineNum,
        dict(
          new Map([
            ["Type", "/Outlines"],
            ["First", `${nums[0]} 0 R`],
            ["Last", `${nums.at(-1)} 0 R`],
            ["Count", String(nums.length)],
          ]),
        ),
      );
      catalog.set("Outlines", `${outlineNum} 0 R`);
      // Open with the bookmarks pane showing, so the top-level points are one click away.
      catalog.set("PageMode", "/UseOutlines");
    }
    objects.set(rootRef.num, dict(catalog));

    const trailer = new Map([
      ["Root", `${rootRef.num} ${rootRef.gen} R`],
      ["Info", `${infoRef.num} ${infoRef.gen} R`],
    ]);
    const id = pdf.trailer.get("ID");
    if (id) trailer.set("ID", id);
    const generation = (num: number) =>
      num === rootRef.num ? rootRef.gen : num === infoRef.num ? infoRef.gen : 0;
    const written = pdf.objects().filter(({ num }) => !objects.has(num));
    for (const [num, body] of objects) written.push({ num, gen: generation(num), body });
    return await writeCompact(bytes, written, next, trailer);
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** Objects an object stream holds; a reader inflates a whole stream to reach one of them. */
const OBJECTS_PER_STREAM = 200;

/**
 * A whole PDF 1.5 file: streams (and objects of another generation) as they were, every other
 * object in compressed object streams, then a compressed cross-reference stream. `size` is the
 * first object number not yet taken.
 */
async function writeCompact(
  printed: Uint8Array,
  objects: readonly PrintedObject[],
  size: number,
  trailer: Map<string, string>,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const write = (chunk: string | Uint8Array) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    chunks.push(bytes);
    length += bytes.length;
  };
  /** Cross-reference entries by object number: [type, field 2, field 3] (PDF 32000-1, 7.5.8.3). */
  const entries = new Map<number, [number, number, number]>();
  const writeStream = (num: number, dictionary: string, data: Uint8Array) => {
    entries.set(num, [1, length, 0]);
    write(`${num} 0 obj\n${dictionary}\nstream\n`);
    write(data);
    write("\nendstream\nendobj\n");
  };

  write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
  const packed: { num: number; body: string }[] = [];
  for (const object of objects) {
    if ("body" in object && object.gen === 0) {
      packed.push(object);
      continue;
    }
    entries.set(object.num, [1, length, object.gen]);
    if ("span" in object) write(printed.subarray(...object.span));
    else write(`${object.num} ${object.gen} obj\n${object.body}\nendobj`);
    write("\n");
  }
  let next = size;
  const groups: { num: number; count: number; first: number; content: string }[] = [];
  for (let from = 0; from < packed.length; from += OBJECTS_PER_STREAM) {
    const group = packed.slice(from, from + OBJECTS_PER_STREAM);
    const streamNum = next++;
    let index = "";
    let body = "";
    group.forEach((object, position) => {
      index += `${object.num} ${body.length} `;
      body += `${object.body}\n`;
      entries.set(object.num, [2, streamNum, position]);
    });
    groups.push({
      num: streamNum,
      count: group.length,
      first: index.length + 1,
      content: `${index}\n${body}`,
    });
  }
  const compressed = await Promise.all(groups.map(({ content }) => deflate(Buffer.from(content, "latin1"))));
  groups.forEach(({ num, count, first }, position) => {
    const data = compressed[position] as Buffer;
    writeStream(
      num,
      `<</Type /ObjStm /N ${count} /First ${first} /Filter /FlateDecode /Length ${data.length}>>`,
      data,
    );
  });
  const xrefNum = next++;
  const xrefAt = length;
  entries.set(xrefNum, [1, xrefAt, 0]);
  const rows = Buffer.alloc(next * 7);
  for (let num = 0; num < next; num++) {
    const [type, second, third] = entries.get(num) ?? [0, 0, num === 0 ? 65535 : 0];
    rows.writeUInt8(type, num * 7);
    rows.writeUInt32BE(second, num * 7 + 1);
    rows.writeUInt16BE(third, num * 7 + 5);
  }
  const data = await deflate(rows);
  const dictionary = new Map([
    ["Type", "/XRef"],
    ["Size", String(next)],
    ["W", "[1 4 2]"],
    ...trailer,
    ["Filter", "/FlateDecode"],
    ["Length", String(data.length)],
  ]);
  writeStream(xrefNum, dict(dictionary), data);
  write(`startxref\n${xrefAt}\n%%EOF\n`);
  const file = Buffer.concat(chunks, length);
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}
