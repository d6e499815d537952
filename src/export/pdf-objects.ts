/**
 * Reads a PDF as Chromium prints it: one classic cross-reference table and plain objects, each a
 * dictionary's text or a stream's span of bytes. Anything else throws `Unreadable`, and callers fall
 * back to pdf-lib. Shared by the update that finishes a PDF and the handout's slide placement.
 */
export interface Ref {
  num: number;
  gen: number;
}

/** The printed file, read as Latin-1 so every byte is one character and offsets match. */
export class PrintedPdf {
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

  /**
   * Every object as written: a stream (page contents, a glyph, an image) as the span of bytes that
   * holds it, any other object as its text.
   */
  objects(): PrintedObject[] {
    const starts = [...this.offsets].sort((a, b) => a[1] - b[1]);
    return starts.map(([num, at], index) => {
      const boundary = starts[index + 1]?.[1] ?? this.startXref;
      const head = /^\s*(\d+) (\d+) obj\s*/u.exec(this.text.slice(at, at + 32));
      const end = this.text.lastIndexOf("endobj", boundary);
      if (!head || Number(head[1]) !== num || end < at) throw new Unreadable();
      const gen = Number(head[2]);
      // Only the end is looked at: a stream's bytes may hold anything.
      if (
        this.text
          .slice(Math.max(at, end - 64), end)
          .trimEnd()
          .endsWith("endstream")
      )
        return { num, gen, span: [at, end + "endobj".length] };
      return { num, gen, body: this.text.slice(at + head[0].length, end).trimEnd() };
    });
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

/** An object of the printed file: its text, or where its bytes are (a stream, copied as it is). */
export type PrintedObject = { num: number; gen: number } & ({ body: string } | { span: [number, number] });

export class Unreadable extends Error {}

/** Length of the dictionary that starts at `start` (`<<` … the matching `>>`). */
export function dictLength(text: string, start: number): number {
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
export function dictEntries(dict: string): Map<string, string> {
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

export function refsIn(value: string): Ref[] {
  return [...value.matchAll(/(\d+)\s+(\d+)\s+R/gu)].map((m) => ({ num: Number(m[1]), gen: Number(m[2]) }));
}

export function refOf(value: string | undefined): Ref {
  const [ref] = refsIn(value ?? "");
  if (!ref || !/^\d+\s+\d+\s+R$/u.test(value ?? "")) throw new Unreadable();
  return ref;
}

/** A dictionary written back from its entries. */
export const dict = (entries: Map<string, string>) =>
  `<<${[...entries].map(([key, value]) => `/${key} ${value}`).join("\n")}>>`;
