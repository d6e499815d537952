/** The PDFs a deck folder may hold, named after the deck: written by the build, listed in the manifest. */
export interface PdfRequest {
  pdf?: boolean;
  handout?: boolean;
  readingCopy?: boolean;
}

/** True when the request asks for anything that needs the browser. */
export function wantsPdf(request: PdfRequest): boolean {
  return Boolean(request.pdf || request.handout || request.readingCopy);
}

export function pdfFileNames(name: string): { pdf: string; handout: string; readingCopy: string } {
  return { pdf: `${name}.pdf`, handout: `${name}-handout.pdf`, readingCopy: `${name}-reading-copy.pdf` };
}

/** The file names `request` asks for, in the order they are printed. */
export function requestedPdfs(name: string, request: PdfRequest): string[] {
  const names = pdfFileNames(name);
  return (["pdf", "handout", "readingCopy"] as const)
    .filter((kind) => request[kind])
    .map((kind) => names[kind]);
}

/** The editable PowerPoint file beside the deck. */
export function pptxFileName(name: string): string {
  return `${name}.pptx`;
}
