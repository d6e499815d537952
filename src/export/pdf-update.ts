/**
 * Adds podium's document information, language and bookmarks to a PDF as Chromium printed it, as an
 * incremental update: the new objects and a cross-reference section for them are appended, the
 * printed bytes stay as they are. Parsing and saving the whole file (pdf-lib) cost about a second a
 * PDF; this costs milliseconds. It reads only what Chromium writes (one classic cross-reference
 * table, plain objects); for anything else it returns null and the caller uses pdf-lib.
 */

/** What the update writes: Info strings, the catalog's language, a flat outline. */
export interface PdfUpdate {
  info: Record<"Title" | "Author" | "Subject" | "Creator" | "Producer", string | undefined>;
  lang: string;
  modified: Date;
  bookmarks: readonly { title: string; page: number }[];
}

interface Ref {
  num: number;
  gen: number;
}

/** The printed file, read as Latin-1 so every byte is one character and offsets match. */
class PrintedPdf {
  readonly text: string;
  readonly offsets = new Map<number, number>();
  readonly trailer: Map<string, string>;
  readonly startXref: number;

  private constructor(bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    const tail = /startxref\s+(\d+)\s+%%EOF\s*$/u.exec(this.text.slice(-64));
    if (!tail) throw new Unreadable();
    this.startXref = Number(tail[1]);
    const section = /^xref\r?\n/u.exec(this.text.slice(this.startXref, this.startXref + 6));
    if (!section) throw new Unreadable(); // a cross-reference stream
    let at = this.startXref + section[0].length;
    const subsection = /^(\d+) (\d+)\s*?\r?\n/u;
    for (;;) {
      const head = subsection.exec(this.text.slice(at, at + 32));
      if (!head) break;
      at += head[0].length;
      const first = Number(head[1]);
      for (let i = 0; i < Number(head[2]); i++, at += 20) {
        const entry = this.text.slice(at, at + 20);
        if (entry[17] === "n") this.offsets.set(first + i, Number(entry.slice(0, 10)));
      }
    }
    const trailer = /^\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/u.exec(this.text.slice(at));
    if (!trailer?.[1]) throw new Unreadable();
    this.trailer = dictEntries(trailer[1]);
    if (this.trailer.has("Prev") || this.trailer.has("Encrypt")) throw new Unreadable();
  }

  static read(bytes: Uint8Array): PrintedPdf | null {
    try {
      return new PrintedPdf(bytes);
    } catch (error) {
      if (error instanceof Unreadable) return null;
      throw error;
    }
  }

  /** The dictionary of a plain object (`n g obj << … >>`). */
  dict(ref: Ref): Map<string, string> {
    const at = this.offsets.get(ref.num);
    if (at === undefined) throw new Unreadable();
    const head = new RegExp(`^\\s*${ref.num} ${ref.gen} obj\\s*`, "u").exec(this.text.slice(at, at + 32));
    if (!head) throw new Unreadable();
    const start = at + head[0].length;
    return dictEntries(this.text.slice(start, start + dictLength(this.text, start)));
  }

  /** Every page, in order, walking the page tree. */
  pages(root: Ref): Ref[] {
    const pages: Ref[] = [];
    const walk = (ref: Ref, depth: number) => {
      if (depth > 32) throw new Unreadable();
      const node = this.dict(ref);
      if (node.get("Type") === "/Pages") {
        for (const kid of refsIn(node.get("Kids") ?? "")) walk(kid, depth + 1);
      } else pages.push(ref);
    };
    walk(root, 0);
    return pages;
  }
}

class Unreadable extends Error {}

/** Length of the dictionary that starts at `start` (`<<` … the matching `>>`). */
function dictLength(text: string, start: number): number {
  if (!text.startsWith("<<", start)) throw new Unreadable();
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "(") i = endOfString(text, i);
    else if (c === "<" && text[i + 1] === "<") [depth, i] = [depth + 1, i + 1];
    else if (c === ">" && text[i + 1] === ">") {
      [depth, i] = [depth - 1, i + 1];
      if (depth === 0) return i + 1 - start;
    }
  }
  throw new Unreadable();
}

/** Index of the `)` that closes the literal string opening at `start` (nested and escaped parens). */
function endOfString(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  throw new Unreadable();
}

/** A dictionary's top-level entries: key (without `/`) → its value as written. */
function dictEntries(dict: string): Map<string, string> {
  const entries = new Map<string, string>();
  const body = dict.slice(2, -2);
  const key = /\s*\/([^\s/<>[\]()%]+)/uy;
  let at = 0;
  for (;;) {
    key.lastIndex = at;
    const found = key.exec(body);
    if (!found?.[1]) break;
    const start = key.lastIndex;
    const end = endOfValue(body, start);
    entries.set(found[1], body.slice(start, end).trim());
    at = end;
  }
  if (body.slice(at).trim() !== "") throw new Unreadable();
  return entries;
}

/** Where the value starting at or after `start` ends. */
function endOfValue(body: string, start: number): number {
  let i = start;
  while (/\s/u.test(body[i] ?? "")) i++;
  const c = body[i];
  if (c === "(") return endOfString(body, i) + 1;
  if (c === "<" && body[i + 1] === "<") return i + dictLength(body, i);
  if (c === "<") return body.indexOf(">", i) + 1;
  if (c === "[") {
    let depth = 0;
    for (let j = i; j < body.length; j++) {
      const d = body[j];
      if (d === "(") j = endOfString(body, j);
      else if (d === "[") depth++;
      else if (d === "]" && --depth === 0) return j + 1;
    }
    throw new Unreadable();
  }
  // A name, a number, a boolean, or a reference `n g R`.
  const simple = /(?:\/[^\s/<>[\]()%]*|\d+\s+\d+\s+R|[^\s/<>[\]()%]+)/uy;
  simple.lastIndex = i;
  if (!simple.exec(body)) throw new Unreadable();
  return simple.lastIndex;
}

function refsIn(value: string): Ref[] {
  return [...value.matchAll(/(\d+)\s+(\d+)\s+R/gu)].map((m) => ({ num: Number(m[1]), gen: Number(m[2]) }));
}

function refOf(value: string | undefined): Ref {
  const [ref] = refsIn(value ?? "");
  if (!ref || !/^\d+\s+\d+\s+R$/u.test(value ?? "")) throw new Unreadable();
  return ref;
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

const dict = (entries: Map<string, string>) =>
  `<<${[...entries].map(([key, value]) => `/${key} ${value}`).join("\n")}>>`;

/**
 * The PDF with the update appended, or null when the file is not one this reads (the caller then
 * rewrites it with pdf-lib).
 */
export function appendUpdate(bytes: Uint8Array, update: PdfUpdate): Uint8Array | null {
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

    const generation = (num: number) =>
      num === rootRef.num ? rootRef.gen : num === infoRef.num ? infoRef.gen : 0;
    let body = "\n";
    const offsets = new Map<number, number>();
    for (const [num, value] of objects) {
      offsets.set(num, bytes.byteLength + body.length);
      body += `${num} ${generation(num)} obj\n${value}\nendobj\n`;
    }
    const xrefAt = bytes.byteLength + body.length;
    body += "xref\n";
    for (const num of [...offsets.keys()].sort((a, b) => a - b)) {
      body += `${num} 1\n${String(offsets.get(num)).padStart(10, "0")} ${String(generation(num)).padStart(5, "0")} n \n`;
    }
    const trailer = new Map([
      ["Size", String(next)],
      ["Root", `${rootRef.num} ${rootRef.gen} R`],
      ["Info", `${infoRef.num} ${infoRef.gen} R`],
      ["Prev", String(pdf.startXref)],
    ]);
    const id = pdf.trailer.get("ID");
    if (id) trailer.set("ID", id);
    body += `trailer\n${dict(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`;
    const out = new Uint8Array(bytes.byteLength + body.length);
    out.set(bytes);
    out.set(Buffer.from(body, "latin1"), bytes.byteLength);
    return out;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}
