/**
 * PDF post-processing: document information and bookmarks (outline), added as the file is written
 * again compactly (pdf-update.ts), or with pdf-lib for a file that cannot be updated so.
 */
import type { PDFDocument, PDFRef } from "pdf-lib";
import type { DeckInfo } from "../plan/types.js";
import { updatePdf } from "./pdf-update.js";

export interface Bookmark {
  title: string;
  /** 0-based page index. */
  page: number;
}

export interface PdfMeta {
  info: DeckInfo;
  lang: string;
  /** What the document is ("Handout", "Reading copy"), appended to the subject. */
  kind?: string;
  bookmarks?: Bookmark[];
}

/** What the Subject field says: the subtitle, or the meeting's organisation, venue and date. */
function subjectOf(info: DeckInfo, kind?: string): string {
  const about = info.subtitle ?? [info.organisation, info.venue, info.date].filter(Boolean).join(" · ");
  return [about, kind].filter(Boolean).join(" — ");
}

/** A PDF as Chromium printed it, with what `finishPdf` will add: printing and finishing are apart so
 * the browser can close while the last PDFs are finished. */
export interface Printed {
  bytes: Uint8Array;
  meta: PdfMeta;
}

/**
 * Title, Author (the speaker), Subject, Creator `podium`, language, and bookmarks when given:
 * added as Chromium's file is written again with its dictionaries compressed (milliseconds), or,
 * for a file the update cannot read, by rewriting the whole file with pdf-lib (about a second).
 */
export async function finishPrinted(printed: Printed): Promise<Uint8Array> {
  const { info, lang, kind, bookmarks = [] } = printed.meta;
  const updated = await updatePdf(printed.bytes, {
    info: {
      Title: info.title,
      Author: info.speaker ?? info.organisation,
      Subject: subjectOf(info, kind) || undefined,
      Creator: "podium",
      Producer: "podium (Chromium)",
    },
    lang,
    modified: new Date(),
    bookmarks,
  });
  return updated ?? rewritePdf(printed.bytes, printed.meta);
}

async function rewritePdf(bytes: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  // Loaded only here: most runs never need it.
  const { ParseSpeeds, PDFDocument } = await import("pdf-lib");
  // pdf-lib yields to the event loop every few objects unless told not to; nothing else waits on it here.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const { info } = meta;
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  const author = info.speaker ?? info.organisation;
  if (author) doc.setAuthor(author);
  const subject = subjectOf(info, meta.kind);
  if (subject) doc.setSubject(subject);
  doc.setCreator("podium");
  doc.setProducer("podium (Chromium, pdf-lib)");
  doc.setLanguage(meta.lang);
  doc.setModificationDate(new Date());
  const bookmarks = (meta.bookmarks ?? []).filter((b) => b.page >= 0 && b.page < doc.getPageCount());
  if (bookmarks.length > 0) await addOutline(doc, bookmarks);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}

/** A flat outline (one level: the top-level points), written with pdf-lib's low-level objects. */
async function addOutline(doc: PDFDocument, bookmarks: Bookmark[]): Promise<void> {
  const { PDFHexString, PDFName } = await import("pdf-lib");
  const context = doc.context;
  const rootRef = context.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, i) => {
    const entry = context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: rootRef,
      Dest: [doc.getPage(bookmark.page).ref, "Fit"],
    });
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) entry.set(PDFName.of("Prev"), prev);
    if (next) entry.set(PDFName.of("Next"), next);
    context.assign(refs[i] as PDFRef, entry);
  });
  context.assign(
    rootRef,
    context.obj({ Type: "Outlines", First: refs[0], Last: refs[refs.length - 1], Count: refs.length }),
  );
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  // Open with the bookmarks pane showing, so the top-level points are one click away.
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
