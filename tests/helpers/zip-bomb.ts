/**
 * Hand-made zip archives for the .docx limits: a part that inflates to hundreds of megabytes from a
 * few hundred kilobytes, with a size declared truthfully or not, and archives of very many parts.
 * Written byte by byte because a zip library would recompress (and check) what it is given.
 */
import { constants, deflateRawSync } from "node:zlib";
import { makeDocx } from "./make-docx.js";
import JSZip from "jszip";

interface RawEntry {
  name: string;
  /** Deflated bytes (method 8). */
  data: Uint8Array;
  /** What the central directory says the entry unpacks to. */
  declaredSize: number;
}

/**
 * Raw deflate data that unpacks to `megabytes` MB of spaces: one compressed megabyte, flushed so
 * the next copy owes it nothing, repeated, then an empty final block. Costs milliseconds.
 */
export function deflatedSpaces(megabytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, " "), { finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), end]);
}

/** A zip archive of `entries`, stored as given (CRCs are zero: podium never gets as far as checking). */
export function zipOf(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A .docx whose word/document.xml unpacks to `megabytes` MB (declaring that, or `declaredSize`
 * when given: a bomb that lies), the other parts those of a small real document.
 */
export async function docxBomb(
  megabytes: number,
  declaredSize = megabytes * 1024 * 1024,
): Promise<Uint8Array> {
  const real = await JSZip.loadAsync(await makeDocx({ paragraphs: ["讲话"] }));
  const entries: RawEntry[] = [];
  for (const [name, file] of Object.entries(real.files)) {
    if (file.dir || name === "word/document.xml") continue;
    const content = await file.async("uint8array");
    entries.push({ name, data: deflateRawSync(content), declaredSize: content.length });
  }
  entries.push({ name: "word/document.xml", data: deflatedSpaces(megabytes), declaredSize });
  return zipOf(entries);
}

/** A .docx of a real document plus `count` empty parts. */
export async function docxOfManyParts(count: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeDocx({ paragraphs: ["讲话"] }));
  const entries: RawEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const content = await file.async("uint8array");
    entries.push({ name, data: deflateRawSync(content), declaredSize: content.length });
  }
  const empty = deflateRawSync(Buffer.alloc(0));
  for (let i = 0; i < count; i++)
    entries.push({ name: `customXml/item${i}.xml`, data: empty, declaredSize: 0 });
  return zipOf(entries);
}
