import type { Block } from "../ingest/types.js";
import type { Candidate } from "./candidates.js";

/**
 * The numbering of a list's items (`1.` `（1）` `①` `(a)`, a list's own numbers), not of a text's
 * parts or of what a speaker says. Items numbered `(i)`, `a)` or `1)` head points of their own more
 * often than not, and stay so.
 */
const LIST_FAMILY = /^(?:num-dot|num-paren|num-bracket|circled|paren-digit|alpha-lower-paren)$|@/u;

/** A time of day opening an entry, before a dash or a colon (`13:58 —`, `9:05 a.m.:`, `14:06：`). */
const AT_TIME =
  /^\d{1,2}[:：]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:UTC|GMT|[A-Z]{2,4}T))?\s*(?:[—–-]|[:：])\s*\S/u;

/** An item that asks, however short (`1. 你現在正在等候的是甚麼？`), its questions one after another perhaps. */
const ASKS = /[？?]["”’」)）]*$/u;

/**
 * Lists whose items are their part's text, not points: items numbered as a list's are, one after
 * another on lines of their own, that each ask a question (a sermon's or a lecture's questions to
 * think over) or each open with the time they happened (a timeline's `1. 13:58 — …`), under a part
 * of the text; and a list a speaker gives inside a record of turns (`turns`, the blocks that open
 * one), between their turn and the next (an answer's `1. …` `2. …`). Every other list's items are
 * points, however long they run: readers outline a part down to its items.
 */
export function findTextLists(
  blocks: readonly Block[],
  all: readonly Candidate[],
  turns: ReadonlySet<number>,
): Candidate[] {
  const lists: Candidate[] = [];
  const words = (c: Candidate) => (blocks[c.block]?.text.slice(c.textStart) ?? "").trim();
  // A part of the text's own stands above a list when a point opens before its first item.
  const firstPart = all.reduce((at, c) => (c.inline ? at : Math.min(at, c.block)), Infinity);
  for (const run of new Set(all.map((c) => c.run))) {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last || run.length < 2 || !LIST_FAMILY.test(first.family)) continue;
    const oneAfterAnother = run.every(
      (c, i) =>
        !c.inline &&
        c.start === 0 &&
        blocks[c.block]?.kind !== "heading" &&
        (i === 0 || c.block === (run[i - 1]?.block ?? -1) + 1),
    );
    if (!oneAfterAnother) continue;
    const said =
      turns.has(first.block - 1) && (turns.has(last.block + 1) || last.block + 1 === blocks.length);
    const asksOrDates = run.every((c) => ASKS.test(words(c))) || run.every((c) => AT_TIME.test(words(c)));
    // A part of the text's own stands above: the list is inside it, not the text's structure.
    if (said || (asksOrDates && firstPart < first.block)) lists.push(...run);
  }
  return lists;
}
