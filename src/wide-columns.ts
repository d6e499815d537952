/** Chinese columns set apart by two ideographic spaces or more, as a table's row typed in a text is. */
const WIDE_GAP = /\u3000{2,}/u;
/** A cell is a name or a figure; a paragraph pasted after such a run says more. */
const CELL_MAX = 20;
const FIGURE = /^[\d.,%％]+$/u;

/**
 * A table's row typed with ideographic spaces between its cells (`1  鹤浦区    99.87%  100%`): three
 * short cells or more, one a figure at least, no sentence among them.
 */
export function isWideColumnRow(text: string): boolean {
  const cells = text.trim().split(WIDE_GAP);
  return (
    cells.length >= 3 &&
    cells.every((cell) => cell.length <= CELL_MAX && !/[。；！？]/u.test(cell)) &&
    cells.some((cell) => FIGURE.test(cell.trim()))
  );
}
