import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import { PodiumError } from "../../errors.js";
import { hasHan } from "../../characters.js";
import { CONTENTS_HEADING } from "../../contents-heading.js";
import { CONTENTS_ENTRY_END } from "../wrap.js";
import {
  checkNesting,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_PART_BYTES,
  MAX_NESTING,
  tooDeep,
  withinStack,
  WorkBudget,
} from "../limits.js";
import type { RawDocument } from "../raw.js";
import { isBoldLeadSentence } from "./bold-heading.js";
import type { Block } from "../types.js";

/*
 * Word's own list numbering ("一、", "（二）", "1.2") is not text in the file: Word computes it from
 * numbering.xml while it lays the page out. mammoth's HTML drops it, so this reader reads the XML
 * parts itself and runs the counters the way Word does.
 */

interface StyleInfo {
  name: string;
  basedOn: string | null;
  outlineLvl: number | null;
  numId: string | null;
  ilvl: number | null;
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** `w:lvlRestart`: 0 = never restart; n = restart after level n (1-based) is used. */
  restart: number | null;
  isLgl: boolean;
  /** A paragraph style tied to this level (headings numbered through their style). */
  pStyle: string | null;
  /** `w:suff`: what Word puts between the number and the text (tab by default). */
  suffix: "tab" | "space" | "nothing";
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink: string | null;
}

interface Num {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a Word .docx: paragraphs with heading styles, the title, and list numbers as Word shows them. */
export async function readDocx(
  bytes: Uint8Array,
  file: string,
  budget = new WorkBudget(file),
): Promise<RawDocument> {
  const zip = await openZip(bytes, file);
  const part = async (path: string) => {
    const text = await readPart(zip, path, file);
    budget.charge(text?.length ?? 0);
    return text;
  };
  const paths = await partPaths(part);
  const documentXml = await part(paths.document);
  if (documentXml === undefined)
    throw new PodiumError(`${file}: corrupt .docx (no ${paths.document} inside)`);
  const stylesXml = await part(paths.styles);
  const numberingXml = await part(paths.numbering);

  const doc = parseXml(documentXml, file, paths.document);
  // The walk below recurses into content controls, tables and text boxes.
  checkNesting(file, doc.documentElement, elementChildren, budget);
  const styles = stylesXml
    ? readStyles(parseXml(stylesXml, file, paths.styles))
    : new Map<string, StyleInfo>();
  const numbering = numberingXml
    ? readNumbering(parseXml(numberingXml, file, paths.numbering))
    : emptyNumbering();

  const body = firstDescendant(doc.documentElement, "body");
  if (!body) throw new PodiumError(`${file}: corrupt .docx (the document has no body)`);
  const result = withinStack(file, () => new DocxWalker(styles, numbering).walk(body));
  if (result.blocks.length === 0 && result.title === null) {
    throw new PodiumError(`${file}: the document contains no text`);
  }
  return { title: result.title, blocks: result.blocks, frontMatter: {}, meta: {}, encoding: "UTF-8" };
}

async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // Word saves an encrypted .docx as an OLE compound file holding an `EncryptionInfo` stream.
    if (containsUtf16(bytes, "EncryptionInfo")) {
      throw new PodiumError(
        `${file}: the document is password-protected; remove the password in Word and try again`,
      );
    }
    throw new PodiumError(`${file}: an old Word 97–2003 document, not .docx; save it as .docx in Word`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new PodiumError(`${file}: not a Word .docx file (not a zip archive)`);
  }
  const entries = declaredEntryCount(bytes);
  if (entries !== null && entries > MAX_DOCX_ENTRIES) {
    throw new PodiumError(
      `${file}: the .docx holds ${entries === 0xffff ? "65,535 or more" : entries} parts, more than podium reads (${MAX_DOCX_ENTRIES})`,
    );
  }
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new PodiumError(`${file}: corrupt .docx (${reason})`, undefined, { cause: err });
  }
}

function containsUtf16(bytes: Uint8Array, ascii: string): boolean {
  const needle = Buffer.from(ascii, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * The number of entries the zip's end-of-central-directory record declares, read before the
 * archive is opened (so a zip of a million empty files costs nothing); null when it has none.
 */
function declaredEntryCount(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint16(at + 10, true);
  }
  return null;
}

/** JSZip's view of an entry as the central directory describes it (not part of its typed API). */
interface EntryData {
  uncompressedSize: number;
  compressedContent: Uint8Array;
  compression: { magic: string };
}

const STORED = "\x00\x00";
const DEFLATE = "\x08\x00";
const inflate = promisify(inflateRaw);

/**
 * One part of the archive as text, or undefined when it is missing. The size the central directory
 * declares is checked before anything is unpacked, and unpacking stops at that size: a part that
 * claims little and inflates to gigabytes (a zip bomb) is refused, not unpacked.
 */
async function readPart(zip: JSZip, path: string, file: string): Promise<string | undefined> {
  const entry = zip.file(path);
  if (!entry) return undefined;
  const data = (entry as unknown as { _data?: EntryData })._data;
  if (!data || typeof data.uncompressedSize !== "number") return entry.async("string");
  const declared = data.uncompressedSize;
  if (declared > MAX_DOCX_PART_BYTES) {
    throw new PodiumError(
      `${file}: ${path} unpacks to ${Math.round(declared / 1048576)} MB, more than podium reads (${MAX_DOCX_PART_BYTES / 1048576} MB)`,
    );
  }
  let bytes: Uint8Array;
  if (data.compression.magic === STORED) bytes = data.compressedContent;
  else if (data.compression.magic === DEFLATE) {
    try {
      bytes = await inflate(data.compressedContent, { maxOutputLength: Math.max(1, declared) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ERR_BUFFER_TOO_LARGE" ? "it unpacks to more than it declares" : String(error);
      throw new PodiumError(`${file}: corrupt .docx (${path}: ${reason})`, undefined, { cause: error });
    }
  } else throw new PodiumError(`${file}: corrupt .docx (${path} uses an unknown compression)`);
  if (bytes.length !== declared) {
    throw new PodiumError(`${file}: corrupt .docx (${path} is not the size it declares)`);
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** Where the main document, styles and numbering live (the relationships say; defaults otherwise). */
async function partPaths(
  part: (path: string) => Promise<string | undefined>,
): Promise<{ document: string; styles: string; numbering: string }> {
  const relTarget = async (relsPath: string, type: string, base: string): Promise<string | null> => {
    const xml = await part(relsPath);
    if (!xml) return null;
    const match = [...xml.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => new RegExp(`Type="[^"]*/${type}"`).test(tag));
    const target = match ? /Target="([^"]+)"/.exec(match)?.[1] : undefined;
    if (!target) return null;
    return target.startsWith("/") ? target.slice(1) : base + target;
  };
  const document = (await relTarget("_rels/.rels", "officeDocument", "")) ?? "word/document.xml";
  const dir = document.includes("/") ? document.slice(0, document.lastIndexOf("/") + 1) : "";
  const rels = `${dir}_rels/${document.slice(dir.length)}.rels`;
  return {
    document,
    styles: (await relTarget(rels, "styles", dir)) ?? `${dir}styles.xml`,
    numbering: (await relTarget(rels, "numbering", dir)) ?? `${dir}numbering.xml`,
  };
}

/**
 * Refuses XML nested past `MAX_NESTING` before it is parsed: xmldom's time grows with the square
 * of the depth (a 6 KB part nested 5,000 deep takes a second). Counts open and close tags in one
 * pass; declarations, comments and processing instructions do not nest.
 */
function checkXmlNesting(xml: string, file: string): void {
  let depth = 0;
  for (let at = xml.indexOf("<"); at !== -1; at = xml.indexOf("<", at + 1)) {
    const next = xml[at + 1];
    if (next === "?" || next === "!") continue;
    if (next === "/") depth--;
    else {
      const end = xml.indexOf(">", at);
      if (end === -1) return; // not well-formed: the parser says so
      if (xml[end - 1] !== "/" && ++depth > MAX_NESTING) throw tooDeep(file);
      at = end;
    }
  }
}

function parseXml(xml: string, file: string, part: string): Document {
  checkXmlNesting(xml, file);
  let failure: string | null = null;
  const parser = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (msg: unknown) => (failure ??= String(msg)),
      fatalError: (msg: unknown) => (failure ??= String(msg)),
    },
  });
  let doc: Document | undefined;
  try {
    doc = withinStack(file, () => parser.parseFromString(xml, "text/xml"));
  } catch (err) {
    if (err instanceof PodiumError) throw err;
    failure ??= err instanceof Error ? err.message : String(err);
  }
  if (failure !== null || !doc?.documentElement) {
    throw new PodiumError(`${file}: corrupt .docx (${part} is not well-formed XML)`);
  }
  return doc;
}

// ---- small DOM helpers, namespace-blind so Strict OOXML reads the same as Transitional ----

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function child(el: Element | null | undefined, name: string): Element | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  }
  return null;
}

/** Every element named `name` below `el`, in document order. */
function descendants(el: Element, name: string): Element[] {
  const found: Element[] = [];
  const stack = elementChildren(el).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.localName === name) found.push(next);
    else stack.push(...elementChildren(next).reverse());
  }
  return found;
}

/** The first element named `name` below `el`, in document order. */
function firstDescendant(el: Element, name: string): Element | null {
  const stack = elementChildren(el).reverse();
  for (let c = stack.pop(); c; c = stack.pop()) {
    if (c.localName === name) return c;
    stack.push(...elementChildren(c).reverse());
  }
  return null;
}

function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && (a.localName ?? a.name) === name) return a.value;
  }
  return null;
}

function intAttr(el: Element | null | undefined, name = "val"): number | null {
  const v = attr(el, name);
  if (v === null) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** An on/off property such as `<w:vanish/>` or `<w:isLgl w:val="0"/>`. */
function isOn(el: Element | null): boolean {
  if (!el) return false;
  const v = attr(el, "val");
  return v === null || !["0", "false", "off"].includes(v);
}

// ---- styles and numbering ----

function readStyles(doc: Document): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const s of elementChildren(doc.documentElement)) {
    if (s.localName !== "style") continue;
    const id = attr(s, "styleId");
    if (!id) continue;
    const pPr = child(s, "pPr");
    const numPr = child(pPr, "numPr");
    styles.set(id, {
      name: attr(child(s, "name"), "val") ?? id,
      basedOn: attr(child(s, "basedOn"), "val"),
      outlineLvl: intAttr(child(pPr, "outlineLvl")),
      numId: attr(child(numPr, "numId"), "val"),
      ilvl: intAttr(child(numPr, "ilvl")),
    });
  }
  return styles;
}

function emptyNumbering(): Numbering {
  return { abstracts: new Map(), nums: new Map() };
}

function readLevel(lvl: Element): Level {
  const suff = attr(child(lvl, "suff"), "val");
  return {
    start: intAttr(child(lvl, "start")) ?? 1,
    numFmt: attr(child(lvl, "numFmt"), "val") ?? "decimal",
    lvlText: attr(child(lvl, "lvlText"), "val") ?? "",
    restart: intAttr(child(lvl, "lvlRestart")),
    isLgl: isOn(child(lvl, "isLgl")),
    pStyle: attr(child(lvl, "pStyle"), "val"),
    suffix: suff === "space" || suff === "nothing" ? suff : "tab",
  };
}

function readNumbering(doc: Document): Numbering {
  const numbering = emptyNumbering();
  for (const el of elementChildren(doc.documentElement)) {
    if (el.localName === "abstractNum") {
      const id = attr(el, "abstractNumId");
      if (id === null) continue;
      const levels = new Map<number, Level>();
      for (const lvl of elementChildren(el)) {
        if (lvl.localName === "lvl") levels.set(intAttr(lvl, "ilvl") ?? 0, readLevel(lvl));
      }
      numbering.abstracts.set(id, { levels, numStyleLink: attr(child(el, "numStyleLink"), "val") });
    } else if (el.localName === "num") {
      const id = attr(el, "numId");
      const abstractId = attr(child(el, "abstractNumId"), "val");
      if (id === null || abstractId === null) continue;
      const num: Num = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const o of elementChildren(el)) {
        if (o.localName !== "lvlOverride") continue;
        const ilvl = intAttr(o, "ilvl") ?? 0;
        const start = intAttr(child(o, "startOverride"));
        if (start !== null) num.startOverrides.set(ilvl, start);
        const lvl = child(o, "lvl");
        if (lvl) num.levelOverrides.set(ilvl, readLevel(lvl));
      }
      numbering.nums.set(id, num);
    }
  }
  return numbering;
}

const HEADING_NAME = /^(?:heading|标题|標題)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|标题|標題)$/i;

interface ParagraphStyle {
  headingDepth: number | null;
  isTitle: boolean;
  numId: string | null;
  ilvl: number | null;
}

// ---- the walk over the document body ----

/** A line of a table of contents: its heading, or an entry ending in its page (after a tab or leader dots). */
const isContentsLine = (text: string) =>
  CONTENTS_HEADING.test(text.replace(/\u3000/gu, "")) ||
  CONTENTS_ENTRY_END.test(text) ||
  /\t\d{1,4}$/u.test(text);

/** How many lines may stand above a Title paragraph that is still the document's title. */
const LINES_ABOVE_TITLE_MAX = 3;

class DocxWalker {
  private readonly blocks: Block[] = [];
  private title: string | null = null;
  /** The paragraph before was the title's: a Title paragraph after it goes on with the title. */
  private inTitle = false;
  private paragraphNo = 0;
  /** Running counters per abstract numbering definition and level, as Word keeps them. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedNums = new Set<string>();

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly numbering: Numbering,
  ) {}

  walk(body: Element): { title: string | null; blocks: Block[] } {
    this.walkContainer(body);
    return { title: this.title, blocks: this.blocks };
  }

  private walkContainer(el: Element): void {
    for (const c of elementChildren(el)) {
      switch (c.localName) {
        case "p":
          this.paragraph(c);
          break;
        case "tr":
          this.row(c);
          break;
        case "sectPr":
        case "Fallback": // the VML copy of a drawing whose `Choice` was already read
        case "del":
        case "moveFrom": // tracked moves: the text is read where it moved to
          break;
        default:
          this.walkContainer(c); // tables, rows, cells, content controls, custom XML
      }
    }
  }

  /**
   * A table row of two cells or more is one paragraph, its cells apart by a tab (as a web page's
   * rows are): a row numbered `1` in its first cell is a row of figures, not a point. A row of one
   * cell lays out text with a table, and is read paragraph by paragraph.
   */
  private row(tr: Element): void {
    const cells = elementChildren(tr).filter((c) => c.localName === "tc");
    if (cells.length < 2) {
      this.walkContainer(tr);
      return;
    }
    const line = this.paragraphNo + 1;
    const texts = cells.map((cell) => {
      const paragraphs = descendants(cell, "p");
      this.paragraphNo += paragraphs.length;
      return paragraphs
        .map((p) => paragraphText(p, []).trim())
        .filter((text) => text !== "")
        .reduce((joined, text) => (joined === "" ? text : joinLines(joined, text)), "");
    });
    const text = texts.join("\t").trim();
    if (text !== "") this.blocks.push({ kind: "paragraph", text, line });
  }

  private paragraph(p: Element): void {
    this.paragraphNo++;
    const line = this.paragraphNo;
    const pPr = child(p, "pPr");
    const nested: Element[] = [];
    const text = paragraphText(p, nested).trim();
    const style = this.paragraphStyle(pPr);
    const number = this.nextNumber(style);

    // A Title paragraph in the other script (an English title, then its Chinese) translates the
    // title: a line of the opening, not the title's next line.
    const translation =
      this.inTitle && this.title !== null && text !== "" && hasHan(this.title) !== hasHan(text);
    if (text !== "") this.inTitle = style.isTitle && (this.inTitle || this.opensDocument()) && !translation;
    if (this.inTitle && text !== "") {
      // Consecutive Title paragraphs are one title broken over lines.
      this.title = this.title === null ? text : joinLines(this.title, text);
    } else if (text !== "") {
      if (style.headingDepth !== null) {
        const heading = number ? prefixMarker(number.marker, number.suffix, text) : text;
        this.blocks.push({ kind: "heading", text: heading, line, depth: style.headingDepth });
      } else if (number) {
        // `i. **Tenancy files.** Tenancy agreements are kept…`: the bold title its own line, as a
        // Markdown item's is.
        const lead = boldLeadTitle(textRuns(p), text);
        const titled = lead === null ? text : `${lead}\n${text.slice(lead.length).trim()}`;
        this.blocks.push({
          kind: "item",
          text: titled,
          line,
          marker: number.marker,
          listDepth: number.ilvl + 1,
        });
      } else {
        this.blocks.push(plainParagraph(textRuns(p), text, line));
      }
    }
    // Text boxes anchored in this paragraph come after it.
    for (const box of nested) this.walkContainer(box);
  }

  /**
   * No title yet, and only a few lines above (a running head, a report's name): a Title paragraph
   * here is the document's title, and those lines stay its opening.
   */
  private opensDocument(): boolean {
    // A table of contents before the title (`目录` and its entries with their pages) opens nothing.
    const above = this.blocks.filter((block) => !isContentsLine(block.text.trim()));
    return (
      this.title === null &&
      above.length <= LINES_ABOVE_TITLE_MAX &&
      this.blocks.every((block) => block.kind === "paragraph")
    );
  }

  private paragraphStyle(pPr: Element | null): ParagraphStyle {
    const styleId = attr(child(pPr, "pStyle"), "val") ?? "Normal";
    let headingDepth: number | null = null;
    let isTitle = false;
    let numId: string | null = null;
    let ilvl: number | null = null;
    let outline: number | null = null;
    // Walk the basedOn chain; the nearest definition of each property wins.
    const seen = new Set<string>();
    for (let id: string | null = styleId; id && !seen.has(id);) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) {
        if (seen.size === 1) {
          const byId = /^heading\s*([1-9])$/i.exec(id);
          if (byId) headingDepth = Number(byId[1]);
          if (/^title$/i.test(id)) isTitle = true;
        }
        break;
      }
      if (headingDepth === null && !isTitle) {
        const m = HEADING_NAME.exec(s.name.trim());
        if (m) headingDepth = Number(m[1]);
        else if (TITLE_NAME.test(s.name.trim()) && seen.size === 1) isTitle = true;
      }
      outline ??= s.outlineLvl;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    const directOutline = intAttr(child(pPr, "outlineLvl"));
    if (directOutline !== null) outline = directOutline;
    if (headingDepth === null && outline !== null && outline >= 0 && outline <= 8) headingDepth = outline + 1;
    if (directOutline === 9) headingDepth = null;

    const numPr = child(pPr, "numPr");
    const directNumId = attr(child(numPr, "numId"), "val");
    if (directNumId !== null) numId = directNumId;
    const directIlvl = intAttr(child(numPr, "ilvl"));
    if (directIlvl !== null) ilvl = directIlvl;
    if (numId !== null && ilvl === null) ilvl = this.levelForStyle(numId, styleId);
    return { headingDepth, isTitle, numId: numId === "0" ? null : numId, ilvl };
  }

  /** A style-linked list names its paragraph style on the level it belongs to. */
  private levelForStyle(numId: string, styleId: string): number {
    const abs = this.abstractFor(numId);
    for (const [ilvl, level] of abs?.levels ?? []) if (level.pStyle === styleId) return ilvl;
    return 0;
  }

  private abstractFor(numId: string): AbstractNum | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    const abs = this.numbering.abstracts.get(num.abstractId);
    if (abs?.numStyleLink) {
      // The definition lives behind a numbering style: style → its numId → that num's abstract.
      const linked = this.styles.get(abs.numStyleLink)?.numId;
      const target = linked ? this.numbering.nums.get(linked) : undefined;
      const real = target ? this.numbering.abstracts.get(target.abstractId) : undefined;
      if (real && !real.numStyleLink) return real;
    }
    return abs ?? null;
  }

  private level(numId: string, ilvl: number): Level | null {
    return (
      this.numbering.nums.get(numId)?.levelOverrides.get(ilvl) ??
      this.abstractFor(numId)?.levels.get(ilvl) ??
      null
    );
  }

  /** Advances Word's counters for a numbered paragraph and returns the number as Word shows it. */
  private nextNumber(
    style: ParagraphStyle,
  ): { marker: string; ilvl: number; suffix: Level["suffix"] } | null {
    const { numId } = style;
    const ilvl = Math.min(Math.max(style.ilvl ?? 0, 0), 8);
    if (numId === null) return null;
    const num = this.numbering.nums.get(numId);
    const own = this.level(numId, ilvl);
    if (!num || !own) return null;

    // Counters belong to the abstract definition, so lists sharing one continue each other;
    // a num with start overrides restarts them the first time it is used ("Restart at 1").
    const key = this.numbering.nums.get(numId)?.abstractId ?? numId;
    const counters = this.counters.get(key) ?? new Array<number | undefined>(9).fill(undefined);
    this.counters.set(key, counters);
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [lvl] of num.startOverrides) counters[lvl] = undefined;
    }
    const startOf = (lvl: number): number =>
      num.startOverrides.get(lvl) ?? this.level(numId, lvl)?.start ?? 1;

    if (own.numFmt === "bullet" || own.numFmt === "none" || own.lvlText === "") return null;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.level(numId, deeper)?.restart;
      // lvlRestart 0: never restarts; n: restarts only when a level above n-1 … is used.
      if (restart === 0) continue;
      if (restart !== null && restart !== undefined && ilvl >= restart) continue;
      counters[deeper] = undefined;
    }

    const marker = own.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const lvl = Number(d) - 1;
      const value = counters[lvl] ?? startOf(lvl);
      const fmt = own.isLgl ? "decimal" : (this.level(numId, lvl)?.numFmt ?? "decimal");
      return formatNumber(value, fmt);
    });
    return { marker, ilvl, suffix: own.suffix };
  }
}

/** Text of a paragraph: `w:t`, tabs and breaks; deleted, hidden and field-code text left out. */
function paragraphText(p: Element, nested: Element[]): string {
  let out = "";
  const visit = (el: Element): void => {
    for (const c of elementChildren(el)) {
      switch (c.localName) {
        case "t":
          out += c.textContent ?? "";
          break;
        case "tab":
          out += "\t";
          break;
        case "br":
        case "cr":
          out += "\n";
          break;
        case "noBreakHyphen":
          out += "\u2011";
          break;
        case "r":
          if (!isOn(child(child(c, "rPr"), "vanish"))) visit(c);
          break;
        case "txbxContent":
          nested.push(c);
          break;
        case "pPr":
        case "rPr":
        case "del":
        case "moveFrom":
        case "delText":
        case "instrText":
        case "Fallback":
        case "footnoteReference":
        case "endnoteReference":
        case "commentReference":
          break;
        default:
          visit(c); // hyperlinks, insertions, simple fields, smart tags, drawings (for text boxes)
      }
    }
  };
  visit(p);
  return out;
}

/** A run of a paragraph: its text (`<w:t>`) and whether it is set in bold (`<w:b/>`). */
interface TextRun {
  text: string;
  bold: boolean;
}

/** A paragraph's runs, in order. */
function textRuns(p: Element): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (c.localName === "r") {
        const text = elementChildren(c)
          .filter((t) => t.localName === "t")
          .map((t) => t.textContent ?? "")
          .join("");
        runs.push({ text, bold: isOn(child(child(c, "rPr"), "b")) });
      } else if (!["pPr", "del", "moveFrom", "Fallback"].includes(c.localName)) visit(c);
    }
  };
  visit(p);
  return runs;
}

/**
 * A paragraph with no heading style and no list number: wholly bold (a heading by its look), opened
 * by a bold sentence (`**More food, closer to home.** In April we …`, the title on a line of its
 * own), or plain.
 */
function plainParagraph(runs: readonly TextRun[], text: string, line: number): Block {
  if (wholeBold(runs)) return { kind: "paragraph", text, line, bold: true };
  const lead = boldLeadTitle(runs, text);
  if (lead === null) return { kind: "paragraph", text, line };
  return { kind: "paragraph", text: `${lead}\n${text.slice(lead.length).trim()}`, line, bulletTitle: true };
}

/**
 * Whether every run with words in it is set in bold (`<w:b/>`): a short line so set reads as a
 * heading that was never given a heading style.
 */
function wholeBold(runs: readonly TextRun[]): boolean {
  const withWords = runs.filter((run) => run.text.trim() !== "");
  return withWords.length > 0 && withWords.every((run) => run.bold);
}

/** The bold sentence that opens a paragraph and heads what it says (isBoldLeadSentence), or null. */
function boldLeadTitle(runs: readonly TextRun[], text: string): string | null {
  const plainAt = runs.findIndex((run) => !run.bold && run.text.trim() !== "");
  if (plainAt < 0) return null;
  const title = runs
    .slice(0, plainAt)
    .map((run) => run.text)
    .join("")
    .trim();
  // A term before a colon (`Note:`) is defined, not a title.
  return isBoldLeadSentence(title) && text.startsWith(title) ? title : null;
}

function prefixMarker(marker: string, suffix: Level["suffix"], text: string): string {
  // Word separates the number by a tab or space; keep a space only where the script needs one.
  const needsSpace = suffix !== "nothing" && /[\x21-\x7e]$/.test(marker);
  return marker + (needsSpace ? " " : "") + text;
}

function joinLines(a: string, b: string): string {
  const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  return cjk.test(a.slice(-1)) && cjk.test(b.charAt(0)) ? a + b : `${a} ${b}`;
}

// ---- number formats (ECMA-376 ST_NumberFormat) ----

const CN_DIGITS = "〇一二三四五六七八九";
const CN_UNITS = ["", "十", "百", "千"];
const LEGAL_SIMPLIFIED = { digits: "零壹贰叁肆伍陆柒捌玖", units: ["", "拾", "佰", "仟"] };
const LEGAL_TRADITIONAL = { digits: "零壹貳參肆伍陸柒捌玖", units: ["", "拾", "佰", "仟"] };

/** `n` written as Word writes it in the given `w:numFmt`. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "decimal":
      return String(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "ordinal":
      return ordinal(n);
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
    case "koreanCounting":
      return chinese(n, { digits: CN_DIGITS, units: CN_UNITS, zero: "零" });
    case "chineseLegalSimplified":
      return chinese(n, { ...LEGAL_SIMPLIFIED, zero: "零" });
    case "ideographLegalTraditional":
      return chinese(n, { ...LEGAL_TRADITIONAL, zero: "零" });
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return [...String(n)].map((d) => CN_DIGITS[Number(d)] ?? d).join("");
    case "ideographTraditional":
      return cycle(n, "甲乙丙丁戊己庚辛壬癸");
    case "ideographZodiac":
      return cycle(n, "子丑寅卯辰巳午未申酉戌亥");
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return enclosedCircle(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join("");
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: A…Z, then AA, BB, … (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function cycle(n: number, glyphs: string): string {
  const chars = [...glyphs];
  return n >= 1 ? (chars[(n - 1) % chars.length] ?? String(n)) : String(n);
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** Chinese numerals below 10 000 the way lists count: 十, 十一, 二十, 一百零五. */
function chinese(n: number, style: { digits: string; units: string[]; zero: string }): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n === 0) return style.digits[0] ?? "0";
  const digits = [...String(n)].map(Number);
  let out = "";
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = style.units[digits.length - 1 - i] ?? "";
    if (d === 0) {
      pendingZero = out !== "";
      return;
    }
    if (pendingZero) out += style.zero;
    pendingZero = false;
    // 十一 rather than 一十一 when ten leads (plain counting only).
    const omitOne = d === 1 && unit === "十" && out === "";
    out += (omitOne ? "" : (style.digits[d] ?? "")) + unit;
  });
  return out;
}
