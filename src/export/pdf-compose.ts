/**
 * The handout's slides, drawn from the slides PDF: the handout's sheets are printed with an empty
 * link where each slide goes (`slideLink`), and here each link becomes that slide's page, placed at
 * the link's rectangle as a Form XObject. The slides' fonts and images are copied once, so the
 * handout shows exactly the printed slides at a fraction of the cost of drawing them again (CJK text
 * is Chromium's slowest thing to print). Reads what Chromium writes (pdf-objects.ts); for anything
 * else pdf-lib does the same, slower.
 */
import type { PDFDocument, PDFPage } from "pdf-lib";
import {
  dict,
  dictEntries,
  dictLength,
  PrintedPdf,
  refOf,
  refsIn,
  Unreadable,
  type PrintedObject,
  type Ref,
} from "./pdf-objects.js";

/** Where a handout links a slide box: the 1-based slide number after the prefix (never fetched). */
const SLIDE_LINK = "https://slide.podium.invalid/";

export function slideLink(number: number): string {
  return `${SLIDE_LINK}${number}`;
}

/** The slide a link annotation's URI names (0-based), or null. */
function linkedSlide(uri: string): number | null {
  if (!uri.startsWith(SLIDE_LINK)) return null;
  const number = Number(uri.slice(SLIDE_LINK.length));
  return Number.isInteger(number) && number >= 1 ? number - 1 : null;
}

/**
 * The sheets with every slide link replaced by its slide: `pageOfSlide[i]` is the slides PDF's page
 * (0-based) that shows slide i. A link to a slide that does not exist is removed, nothing drawn.
 */
export async function placeSlides(
  sheets: Uint8Array,
  slides: Uint8Array,
  pageOfSlide: readonly number[],
): Promise<Uint8Array> {
  return placeByObjects(sheets, slides, pageOfSlide) ?? (await placeWithPdfLib(sheets, slides, pageOfSlide));
}

/** A box in PDF units on a sheet: lower-left corner and size. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(rect: string | undefined): Box {
  const numbers = (rect ?? "").replace(/[[\]]/gu, " ").trim().split(/\s+/u).map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) throw new Unreadable();
  const [x0, y0, x1, y1] = numbers as [number, number, number, number];
  return { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/** The text of a PDF literal string `( … )`, escapes resolved (link URIs are ASCII). */
function literal(value: string | undefined): string {
  const match = /^\(([\s\S]*)\)$/u.exec(value?.trim() ?? "");
  if (!match?.[1]) return "";
  return match[1].replace(/\\(.)/gu, "$1");
}

const num = (value: number) => Number(value.toFixed(4)).toString();

/** The placement done on the printed objects themselves; null when the files are not Chromium's. */
function placeByObjects(
  sheetBytes: Uint8Array,
  slideBytes: Uint8Array,
  pageOfSlide: readonly number[],
): Uint8Array | null {
  const sheets = PrintedPdf.read(sheetBytes);
  const slides = PrintedPdf.read(slideBytes);
  if (!sheets || !slides) return null;
  try {
    const sheetPages = sheets.pages(refOf(sheets.dict(refOf(sheets.trailer.get("Root"))).get("Pages")));
    const slidePages = slides.pages(refOf(slides.dict(refOf(slides.trailer.get("Root"))).get("Pages")));
    const slideObjects = new Map(slides.objects().map((object) => [object.num, object]));
    // The slides' objects keep their numbers, moved past the sheets'; new objects come after both.
    const offset = Number(sheets.trailer.get("Size"));
    let next = offset + Number(slides.trailer.get("Size"));
    if (!Number.isInteger(next)) return null;
    const renumber = (text: string) =>
      text.replace(/(\d+)\s+(\d+)\s+R\b/gu, (_, n: string) => `${Number(n) + offset} 0 R`);

    const written = new Map<number, string>();
    const copied = new Set<number>();
    /** Copies an object of the slides and everything it refers to, once. */
    const copy = (refs: Ref[]) => {
      const todo = [...refs];
      for (let ref = todo.pop(); ref; ref = todo.pop()) {
        if (copied.has(ref.num)) continue;
        copied.add(ref.num);
        const object = slideObjects.get(ref.num);
        if (!object || object.gen !== 0) throw new Unreadable();
        const { head, rest } = split(slides, object);
        todo.push(...refsIn(head));
        written.set(object.num + offset, `${object.num + offset} 0 obj\n${renumber(head)}${rest}`);
      }
    };

    const forms = new Map<number, number>();
    /** The slides page as a Form XObject (its content stream with the page's resources and box). */
    const formOf = (page: number): number => {
      const existing = forms.get(page);
      if (existing !== undefined) return existing;
      const pageRef = slidePages[page];
      if (!pageRef) throw new Unreadable();
      const pageDict = slides.dict(pageRef);
      // One content stream, as Chromium writes; several would have to be joined (pdf-lib does that).
      const contents = refsIn(pageDict.get("Contents") ?? "");
      if (contents.length !== 1) throw new Unreadable();
      const content = slideObjects.get((contents[0] as Ref).num);
      const mediaBox = pageDict.get("MediaBox");
      if (!content || !("span" in content) || !mediaBox) throw new Unreadable();
      const { head, rest } = split(slides, content);
      const stream = dictEntries(head);
      const resources = pageDict.get("Resources") ?? "<<>>";
      copy([...refsIn(resources), ...refsIn(head)]);
      const form = new Map([
        ["Type", "/XObject"],
        ["Subtype", "/Form"],
        ["BBox", mediaBox],
        ["Resources", renumber(resources)],
      ]);
      const group = pageDict.get("Group");
      if (group) {
        copy(refsIn(group));
        form.set("Group", renumber(group));
      }
      for (const [key, value] of stream) form.set(key, renumber(value));
      const formNum = next++;
      written.set(formNum, `${formNum} 0 obj\n${dict(form)}${rest}`);
      forms.set(page, formNum);
      return formNum;
    };
    const mediaBoxOf = (page: number) => boxOf(slides.dict(slidePages[page] as Ref).get("MediaBox"));

    const replaced = new Map<number, string>();
    for (const sheetRef of sheetPages) {
      const page = sheets.dict(sheetRef);
      const annots = page.get("Annots");
      if (!annots) continue;
      // Chromium refers to its annotations; an inline one would be lost by the rewrite below.
      if (annots.includes("<<")) throw new Unreadable();
      const kept: string[] = [];
      let drawing = "";
      const named = new Map<string, string>();
      for (const annotRef of refsIn(annots)) {
        const annot = sheets.dict(annotRef);
        const action = annot.get("A");
        const slide = action?.startsWith("<<") ? linkedSlide(literal(dictEntries(action).get("URI"))) : null;
        if (slide === null) {
          kept.push(`${annotRef.num} ${annotRef.gen} R`);
          continue;
        }
        const slidePage = pageOfSlide[slide];
        if (slidePage === undefined || slidePage >= slidePages.length) continue;
        const box = boxOf(annot.get("Rect"));
        const bbox = mediaBoxOf(slidePage);
        const name = `PodiumSlide${named.size}`;
        named.set(name, `${formOf(slidePage)} 0 R`);
        const sx = box.width / bbox.width;
        const sy = box.height / bbox.height;
        drawing += `q ${num(sx)} 0 0 ${num(sy)} ${num(box.x - bbox.x * sx)} ${num(box.y - bbox.y * sy)} cm /${name} Do Q\n`;
      }
      if (named.size === 0 && kept.length === refsIn(annots).length) continue;
      if (kept.length > 0) page.set("Annots", `[${kept.join(" ")}]`);
      else page.delete("Annots");
      if (named.size > 0) {
        // The sheet's content leaves its own transformation in place (Chromium scales and flips at
        // the start without saving), so it is wrapped in q … Q before the slides are drawn.
        const stream = (text: string) => {
          const n = next++;
          written.set(n, `${n} 0 obj\n<</Length ${text.length}>>\nstream\n${text}endstream\nendobj`);
          return `${n} 0 R`;
        };
        const contents = page.get("Contents") ?? "[]";
        const sheetContents = contents.startsWith("[") ? contents.slice(1, -1) : contents;
        page.set("Contents", `[${stream("q\n")} ${sheetContents} ${stream(`Q\n${drawing}`)}]`);
        const resources = resolved(sheets, page.get("Resources") ?? "<<>>");
        const xobjects = resolved(sheets, resources.get("XObject") ?? "<<>>");
        for (const [name, ref] of named) xobjects.set(name, ref);
        resources.set("XObject", dict(xobjects));
        page.set("Resources", dict(resources));
      }
      replaced.set(sheetRef.num, `${sheetRef.num} ${sheetRef.gen} obj\n${dict(page)}\nendobj`);
    }

    const numbered = [
      ...sheets.objects().map((object) => ({
        num: object.num,
        gen: object.gen,
        text: replaced.get(object.num) ?? objectText(sheets, object),
      })),
      ...[...written].map(([n, text]) => ({ num: n, gen: 0, text })),
    ];
    const trailer = new Map(sheets.trailer);
    trailer.set("Size", String(next));
    return classicPdf(numbered, next, trailer);
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** A dictionary given inline or by reference. */
function resolved(pdf: PrintedPdf, value: string): Map<string, string> {
  return value.startsWith("<<") ? dictEntries(value) : pdf.dict(refOf(value));
}

/** An object's text from its dictionary on (`head`: the dictionary; `rest`: stream and `endobj`). */
function split(pdf: PrintedPdf, object: PrintedObject): { head: string; rest: string } {
  const text = objectText(pdf, object);
  const start = text.indexOf("obj") + 3;
  const at = text.slice(start).search(/\S/u) + start;
  if (!text.startsWith("<<", at)) {
    // A plain value (an array of widths, a number): refers to nothing a dictionary parser must see.
    return { head: text.slice(at, text.lastIndexOf("endobj")).trimEnd(), rest: "\nendobj" };
  }
  const end = at + dictLength(text, at);
  return { head: text.slice(at, end), rest: text.slice(end) };
}

function objectText(pdf: PrintedPdf, object: PrintedObject): string {
  if ("span" in object) return pdf.text.slice(...object.span);
  return `${object.num} ${object.gen} obj\n${object.body}\nendobj`;
}

/** A PDF with one classic cross-reference table, as Chromium writes them (so it can be finished alike). */
function classicPdf(
  objects: readonly { num: number; gen: number; text: string }[],
  size: number,
  trailer: Map<string, string>,
): Uint8Array {
  const chunks = ["%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"];
  let length = chunks[0]!.length;
  const offsets = new Map<number, [number, number]>();
  for (const { num: n, gen, text } of objects) {
    offsets.set(n, [length, gen]);
    chunks.push(text, "\n");
    length += text.length + 1;
  }
  let xref = `xref\n0 ${size}\n`;
  for (let n = 0; n < size; n++) {
    const [at, gen] = offsets.get(n) ?? [0, n === 0 ? 65535 : 0];
    xref += `${String(at).padStart(10, "0")} ${String(gen).padStart(5, "0")} ${offsets.has(n) ? "n" : "f"} \n`;
  }
  chunks.push(xref, `trailer\n${dict(trailer)}\nstartxref\n${length}\n%%EOF\n`);
  const file = Buffer.from(chunks.join(""), "latin1");
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}

/** The same placement with pdf-lib, for files the object reader does not take. */
async function placeWithPdfLib(
  sheetBytes: Uint8Array,
  slideBytes: Uint8Array,
  pageOfSlide: readonly number[],
): Promise<Uint8Array> {
  const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } = await import("pdf-lib");
  const sheets: PDFDocument = await PDFDocument.load(sheetBytes, { updateMetadata: false });
  const slides = await PDFDocument.load(slideBytes, { updateMetadata: false });
  const embedded = new Map<number, Awaited<ReturnType<PDFDocument["embedPage"]>>>();
  const slideCount = slides.getPageCount();
  for (const page of sheets.getPages() as PDFPage[]) {
    const annots = page.node.Annots();
    if (!annots) continue;
    const kept = [];
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i, PDFDict);
      const action = annot.lookup(PDFName.of("A"));
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of("URI")) : undefined;
      const slide =
        uri instanceof PDFString || uri instanceof PDFHexString ? linkedSlide(uri.decodeText()) : null;
      if (slide === null) {
        kept.push(annots.get(i));
        continue;
      }
      const slidePage = pageOfSlide[slide];
      if (slidePage === undefined || slidePage >= slideCount) continue;
      const rect = annot.lookup(PDFName.of("Rect"), PDFArray).asRectangle();
      let form = embedded.get(slidePage);
      if (!form) {
        form = await sheets.embedPage(slides.getPage(slidePage));
        embedded.set(slidePage, form);
      }
      page.drawPage(form, { x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    }
    page.node.set(PDFName.of("Annots"), sheets.context.obj(kept));
  }
  return sheets.save();
}
