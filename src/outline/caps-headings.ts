import type { Block, Source } from "../ingest/types.js";
import { CONTENTS_HEADING } from "./debris.js";
import { CLOSING_OPENER } from "./lines.js";
import { headerField } from "../header-fields.js";
import { matchMarker, ordinalOnly } from "./markers.js";

/**
 * Plain English text has no heading markup, so a speech or report often heads its sections with
 * short lines in capitals (`WHERE WE STARTED`). A line is one when it stands alone between
 * paragraphs, holds words in capitals and nothing of a sentence; several of them make a family of
 * headings. A stage direction (`[APPLAUSE]`, `(LAUGHTER)`), a quoted sign (`"NO PARKING."`) and a
 * memo's `TO:` line are not headings.
 */
const CAPS_LINE = /^[A-Z0-9][A-Z0-9 ,'’&/\-–—]*[A-Z0-9]$/u;
const CAPS_LINE_MAX = 60;
/** A single word a transcript writes in capitals for what the audience did. */
const STAGE_DIRECTION = /^(?:APPLAUSE|LAUGHTER|LAUGHS|CHEERS|CHEERING|MUSIC|PAUSE|INAUDIBLE|CROSSTALK|END)$/u;
/** A firm's or a company's name in capitals, as a signature or a cover gives it (`IMBERT & COLE LLP`). */
const FIRM_NAME = /\b(?:LLP|LLC|INC\.?|LTD\.?|PLC|CORP\.?|CORPORATION|COMPANY)$/u;
/** Fewer lines than this are emphasis or a sign, not a family of headings. */
const CAPS_FAMILY_MIN = 3;

function capsLine(block: Block): boolean {
  const text = block.text.trim();
  return (
    block.kind === "paragraph" &&
    text.length <= CAPS_LINE_MAX &&
    !text.includes("\n") &&
    CAPS_LINE.test(text) &&
    /[A-Z]{2}/u.test(text) &&
    !STAGE_DIRECTION.test(text) &&
    !FIRM_NAME.test(text) &&
    !CLOSING_OPENER.test(text) &&
    headerField(text) === null &&
    ordinalOnly(text) === null &&
    matchMarker(text, 0, false) === null
  );
}

/** The blocks with the capitals lines that head sections made headings, when there are several. */
export function withCapsHeadings(
  blocks: readonly Block[],
  source: Pick<Source, "format" | "script">,
): Block[] {
  if (source.format !== "txt" || source.script !== "en") return [...blocks];
  const headings = new Set<number>();
  const contents = blocks.findIndex((block) => CONTENTS_HEADING.test(block.text.trim()));
  blocks.forEach((block, i) => {
    // The cover's lines before the contents (`APPELLANT'S OPENING BRIEF`) head no section.
    if (i < contents || !capsLine(block)) return;
    const next = blocks[i + 1];
    // A heading heads text: a paragraph of prose follows it, not another capitals line or the end.
    if (i === 0 || next?.kind !== "paragraph" || capsLine(next)) return;
    if (capsLine(blocks[i - 1] ?? block)) return;
    headings.add(i);
  });
  if (headings.size < CAPS_FAMILY_MIN) return [...blocks];
  return blocks.map((block, i) => (headings.has(i) ? { ...block, kind: "heading", depth: 1 } : block));
}
