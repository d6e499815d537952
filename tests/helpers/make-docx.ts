import JSZip from "jszip";

/**
 * Builds small .docx files in tests, so fixtures are readable code rather than committed binaries.
 * Only what the reader looks at is written: document, styles, numbering, and the relationships.
 */

export interface DocxParagraph {
  text: string;
  /** Paragraph style id (`Title`, `Heading1`, or one from `DocxSpec.styles`). */
  style?: string;
  /** Word list numbering: `w:numPr` with this numId and ilvl. */
  numId?: number;
  ilvl?: number;
  /** Extra runs as raw WordprocessingML, appended after the text run (deleted text, fields, …). */
  rawRuns?: string;
}

export interface DocxLevel {
  ilvl: number;
  numFmt: string;
  lvlText: string;
  start?: number;
  isLgl?: boolean;
  pStyle?: string;
}

export interface DocxStyle {
  id: string;
  name: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: number;
  ilvl?: number;
}

export interface DocxSpec {
  paragraphs: (DocxParagraph | string)[];
  /** Styles beyond the built-ins (Normal, Title, Heading1–3). */
  styles?: DocxStyle[];
  abstractNums?: { id: number; levels: DocxLevel[] }[];
  nums?: { numId: number; abstractId: number; startOverrides?: Record<number, number> }[];
  /** Raw XML put into the body after the paragraphs (tables, text boxes). */
  rawBody?: string;
  /** Replace or remove (null) any part by its path inside the zip. */
  parts?: Record<string, string | null>;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text as runs: `\t` becomes `w:tab`, `\n` becomes `w:br`, as Word writes them. */
export function runs(text: string): string {
  const inner = text
    .split(/(\t|\n)/)
    .map((piece) =>
      piece === "\t"
        ? "<w:tab/>"
        : piece === "\n"
          ? "<w:br/>"
          : piece
            ? `<w:t xml:space="preserve">${xmlEscape(piece)}</w:t>`
            : "",
    )
    .join("");
  return inner ? `<w:r>${inner}</w:r>` : "";
}

function paragraphXml(p: DocxParagraph | string): string {
  const para = typeof p === "string" ? { text: p } : p;
  const props: string[] = [];
  if (para.style) props.push(`<w:pStyle w:val="${para.style}"/>`);
  if (para.numId !== undefined) {
    props.push(`<w:numPr><w:ilvl w:val="${para.ilvl ?? 0}"/><w:numId w:val="${para.numId}"/></w:numPr>`);
  }
  const pPr = props.length ? `<w:pPr>${props.join("")}</w:pPr>` : "";
  return `<w:p>${pPr}${runs(para.text)}${para.rawRuns ?? ""}</w:p>`;
}

function stylesXml(extra: DocxStyle[]): string {
  const builtIn: DocxStyle[] = [
    { id: "Normal", name: "Normal" },
    { id: "Title", name: "Title", basedOn: "Normal" },
    { id: "Heading1", name: "heading 1", basedOn: "Normal", outlineLvl: 0 },
    { id: "Heading2", name: "heading 2", basedOn: "Normal", outlineLvl: 1 },
    { id: "Heading3", name: "heading 3", basedOn: "Normal", outlineLvl: 2 },
  ];
  const styles = [...builtIn, ...extra].map((s) => {
    const pPr: string[] = [];
    if (s.numId !== undefined) {
      const ilvl = s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : "";
      pPr.push(`<w:numPr>${ilvl}<w:numId w:val="${s.numId}"/></w:numPr>`);
    }
    if (s.outlineLvl !== undefined) pPr.push(`<w:outlineLvl w:val="${s.outlineLvl}"/>`);
    return (
      `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${xmlEscape(s.name)}"/>` +
      (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : "") +
      (pPr.length ? `<w:pPr>${pPr.join("")}</w:pPr>` : "") +
      `</w:style>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${styles.join("")}</w:styles>`;
}

function numberingXml(spec: DocxSpec): string {
  const abstracts = (spec.abstractNums ?? []).map(
    (a) =>
      `<w:abstractNum w:abstractNumId="${a.id}">` +
      a.levels
        .map(
          (l) =>
            `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.numFmt}"/>` +
            (l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : "") +
            (l.isLgl ? "<w:isLgl/>" : "") +
            `<w:lvlText w:val="${xmlEscape(l.lvlText)}"/><w:lvlJc w:val="left"/></w:lvl>`,
        )
        .join("") +
      `</w:abstractNum>`,
  );
  const nums = (spec.nums ?? []).map(
    (n) =>
      `<w:num w:numId="${n.numId}"><w:abstractNumId w:val="${n.abstractId}"/>` +
      Object.entries(n.startOverrides ?? {})
        .map(
          ([ilvl, start]) =>
            `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
        )
        .join("") +
      `</w:num>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts.join("")}${nums.join("")}</w:numbering>`;
}

export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>",
    "word/_rels/document.xml.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      "</Relationships>",
    "word/document.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>` +
      spec.paragraphs.map(paragraphXml).join("") +
      (spec.rawBody ?? "") +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    "word/styles.xml": stylesXml(spec.styles ?? []),
    "word/numbering.xml": numberingXml(spec),
  };
  for (const [path, content] of Object.entries({ ...parts, ...spec.parts })) {
    if (content !== null && content !== undefined) zip.file(path, content);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
