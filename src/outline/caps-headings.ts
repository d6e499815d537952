import type { Block, Source } from "../ingest/types.js";
import { CONTENTS_HEADING } from "../contents-heading.js";
import { findContents } from "./debris.js";
import { CLOSING_OPENER } from "./lines.js";
import { headerField } from "../header-fields.js";
import { matchMarker, ordinalOnly, type MarkerMatch } from "./markers.js";
import { isProse } from "./plain-headings.js";

/**
 * Plain English text has no heading markup, so a speech or report often heads its sections with
 * short lines in capitals (`WHERE WE STARTED`). A line is one when it stands alone between
 * paragraphs, holds words in capitals (a word quoted among them too: `BRAIN DRAIN AND THE "JAPA"
 * SYNDROME`) and nothing of a sentence; several of them make a family of
 * headings. A stage direction (`[APPLAUSE]`, `(LAUGHTER)`), a quoted sign (`"NO PARKING."`) and a
 * memo's `TO:` line are not headings.
 */
const CAPS_LINE = /^[A-Z0-9][A-Z0-9 ,.'’&/\-–—"“”]*(?:[A-Z0-9]|[A-Z]\.)$/u;
/** The first of a heading's two lines may end with a comma (`STATEMENT OF ELLEN WHITAKER, M.D., DEAN,`). */
const CAPS_LINE_GOING_ON = /^[A-Z0-9][A-Z0-9 ,.'’&/\-–—]*,$/u;
const CAPS_LINE_MAX = 60;
/**
 * A single word a transcript writes in capitals for what the audience did, or a cue to the
 * speaker: `PROTOCOLS` (`PROTOCOL OBSERVED`) stands where a West African speech greets the
 * dignitaries present.
 */
const STAGE_DIRECTION =
  /^(?:APPLAUSE|LAUGHTER|LAUGHS|CHEERS|CHEERING|MUSIC|PAUSE|INAUDIBLE|CROSSTALK|END|PROTOCOLS?(?: OBSERVED)?)$/u;
/** A firm's or a company's name in capitals, as a signature or a cover gives it (`IMBERT & COLE LLP`). */
const FIRM_NAME = /\b(?:LLP|LLC|INC\.?|LTD\.?|PLC|CORP\.?|CORPORATION|COMPANY)$/u;
/** A date in capitals, as a record's cover gives it (`WEDNESDAY, APRIL 9, 2025`). */
const CAPS_DATE =
  /^(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\s+)?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2},?\s+\d{4}$/u;
/**
 * A record's line ending in a vote's tally or a date in figures (`CARRIED 7-0`, `CARRIED 6-0-1`,
 * `APPROVED AS PRESENTED 03/25/2025`): what the minutes record, no heading.
 */
const RECORD_LINE = /\s(?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|\d{1,2}\/\d{1,2}\/\d{2,4})$/u;
/** Fewer lines than this are emphasis or a sign, not a family of headings. */
const CAPS_FAMILY_MIN = 3;
/** Parts numbered alone on their lines that hold the capitals headings: two or more. */
const PARTS_MIN = 2;
/** The numbering of a text's parts in English (`PART A:`, `Part II`). */
const PART_FAMILY = /^en-part-/u;
/** A part's number alone on its line is a few characters (`PART A`, `SECTION IV`). */
const PART_LINE_MAX = 20;

function capsLine(block: Block): boolean {
  const text = block.text.trim();
  return (
    block.kind === "paragraph" &&
    text.length <= CAPS_LINE_MAX &&
    !text.includes("\n") &&
    (CAPS_LINE.test(text) || CAPS_LINE_GOING_ON.test(text)) &&
    // A contents line's leader (`CONCLUSION ........ 5`) is no abbreviation's full stop.
    !text.includes("..") &&
    /[A-Z]{2}/u.test(text) &&
    !STAGE_DIRECTION.test(text) &&
    !FIRM_NAME.test(text) &&
    !CAPS_DATE.test(text) &&
    !RECORD_LINE.test(text) &&
    !CLOSING_OPENER.test(text) &&
    headerField(text) === null &&
    ordinalOnly(text) === null &&
    matchMarker(text, 0, false) === null
  );
}

/** Prose in small letters, longer than a cover's line; no memo's `To:` fields. */
const isLowerCaseProse = (block: Block | undefined) =>
  isProse(block) && /\p{Ll}{2}/u.test(block?.text ?? "") && headerField(block?.text.trim() ?? "") === null;

/** A paragraph that opens a numbered series: its marker counts one (`Question 1: …`, `1. …`). */
const opensSeries = (block: Block | undefined) =>
  block?.kind === "paragraph" && matchMarker(block.text.trim(), 0, false)?.ordinal === 1;

/** The numbering of a line whose words after it are a capitals line (`1. PROCUREMENT`), or null. */
function capsAfterNumber(block: Block | undefined): MarkerMatch | null {
  if (block?.kind !== "paragraph") return null;
  const text = block.text.trim();
  const marker = matchMarker(text, 0, false);
  return marker && capsLine({ ...block, text: text.slice(marker.marker.length).trim() }) ? marker : null;
}

/** A numbered line whose words are a capitals line (`1. PROCUREMENT`), over a paragraph of prose. */
function numberedCapsLine(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return capsAfterNumber(blocks[i]) !== null && next?.kind === "paragraph" && !capsLine(next);
}

/** The blocks with the capitals lines that head sections made headings, when there are several. */
export function withCapsHeadings(
  blocks: readonly Block[],
  source: Pick<Source, "format" | "script">,
): Block[] {
  // Plain text, or a printed document a web page keeps in <pre>.
  if ((source.format !== "txt" && source.format !== "html") || source.script !== "en") return [...blocks];
  /** Each heading's first block, and how many lines it takes (two when it goes on in the next). */
  const headings = new Map<number, number>();
  const contents = blocks.findIndex((block) => CONTENTS_HEADING.test(block.text.trim()));
  // The contents' own lines in capitals (`PART I    THE CASE FOR CHANGE`) head nothing.
  const contentsLines = findContents(blocks);
  const said = new Set<string>();
  blocks.forEach((block, i) => {
    if (i > 0) said.add(blocks[i - 1]?.text.trim() ?? "");
    if (contentsLines.has(i)) return;
    // The cover's lines before the contents (`APPELLANT'S OPENING BRIEF`) head no section, nor does
    // the cover's title said again over the text.
    if (i < contents || i === 0 || capsLine(blocks[i - 1] ?? block) || said.has(block.text.trim())) return;
    // A heading may go on in a second line (`STATEMENT OF JAMES TOLLIVER, CHIEF EXECUTIVE` ·
    // `OFFICER, RED MESA COMMUNITY HOSPITAL`).
    const lines = !capsLine(block) ? 0 : capsLine(blocks[i + 1] ?? block) ? 2 : 1;
    const next = blocks[i + lines];
    // A heading heads text: a paragraph of prose follows it, not another capitals line or the end.
    // A signature's name over its date (`DATE: 12th November 2024`) heads nothing.
    if (lines === 0 || next?.kind !== "paragraph" || capsLine(next) || headerField(next.text.trim()) !== null)
      return;
    // Under a number alone on its line (`PART I` · `CRIME TRENDS`), it is that number's title.
    if (ordinalOnly(blocks[i - 1]?.text ?? "") !== null) return;
    headings.set(i, lines);
  });
  // Numbered lines in the same capitals (`1. PROCUREMENT AND THE ROLE OF KEMSA`) make a family
  // with the capitals lines that head prose (`CHAIRPERSON'S FOREWORD`): those head sections beside
  // them, not the sections inside them. A cover's lines (`PRESS STATEMENT`) head no prose; one
  // right over a numbered line (a brief's `ARGUMENT` · `I. THE ORDINANCE REQUIRES NOTICE`) holds them.
  const holdsNumbered = [...headings].some(([i, lines]) => numberedCapsLine(blocks, i + lines));
  const numbered =
    headings.size === 0 || holdsNumbered
      ? []
      : blocks.flatMap((_, i) => (numberedCapsLine(blocks, i) && !contentsLines.has(i) ? [i] : []));
  if (headings.size < CAPS_FAMILY_MIN) {
    const overProse = [...headings].filter(([i, lines]) => isLowerCaseProse(blocks[i + lines]));
    // Two over prose make a family when one of them opens a numbered series right under it (a
    // press conference's `OPENING STATEMENT` · `QUESTIONS FROM THE MEDIA` · `Question 1: …`).
    const overSeries = [...headings].filter(([i, lines]) => opensSeries(blocks[i + lines]));
    const pair = headings.size === 2 && overSeries.length === 1 && overProse.length === 2;
    headings.clear();
    if (!pair && (overProse.length === 0 || overProse.length + numbered.length < CAPS_FAMILY_MIN))
      return [...blocks];
    for (const [i, lines] of overProse) headings.set(i, lines);
  }
  for (const i of numbered) headings.set(i, 1);
  // Parts numbered alone on their lines (`PART A`, `PART B`), or titled in the same capitals (`PART A:
  // ECONOMY AND DEVELOPMENT PRIORITIES`), two or more, hold the headings: they are headings one level up.
  const isPart = (block: Block) => {
    const text = block.text.trim();
    // A part's line is short: a paragraph of prose is read no further.
    if (block.kind !== "paragraph" || text.length > PART_LINE_MAX + CAPS_LINE_MAX) return false;
    if (text.length <= PART_LINE_MAX && ordinalOnly(text)?.strong === true) return true;
    return PART_FAMILY.test(capsAfterNumber(block)?.family ?? "");
  };
  const parts = new Set(blocks.filter(isPart));
  const nested = parts.size >= PARTS_MIN;
  const result: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const lines = headings.get(i) ?? 0;
    if (lines === 0) {
      result.push(nested && parts.has(block) ? { ...block, kind: "heading", depth: 1 } : block);
      continue;
    }
    const text = blocks
      .slice(i, i + lines)
      .map((line) => line.text.trim())
      .join(" ");
    result.push({ ...block, text, kind: "heading", depth: nested ? 2 : 1 });
    i += lines - 1;
  }
  return result;
}
