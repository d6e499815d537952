import type { Block } from "../ingest/types.js";
import { isWideColumnRow } from "../wide-columns.js";

/** Columns set apart by a tab or a run of spaces: a table's row (`0 – 5 lakh      Nil`). */
export const COLUMN_GAP = /\S(?:\t| {3,})\S/u;
const COLUMN_GAPS = /\S(?:\t| {3,})(?=\S)/gu;
/** A line's columns, its words set apart by a tab or a run of spaces. */
export const columnsOf = (text: string): string[] => text.trim().split(/\t| {3,}/u);
/** A row sets at least three cells apart (`3.2` · `Circulate draft rota` · `OP`). */
const ROW_GAPS_MIN = 2;

const isRow = (block: Block | undefined): boolean =>
  block?.kind === "paragraph" &&
  ((block.text.trim().match(COLUMN_GAPS)?.length ?? 0) >= ROW_GAPS_MIN || isWideColumnRow(block.text));

/**
 * Lines set in three columns or more, one after another (a minutes' `3.2    Circulate draft rota
 * OP    10 Dec`): a table's rows, whose numbers are its cells, never points.
 */
export function findTableRows(blocks: readonly Block[]): number[] {
  return [...blocks.keys()].filter(
    (index) => isRow(blocks[index]) && (isRow(blocks[index - 1]) || isRow(blocks[index + 1])),
  );
}
