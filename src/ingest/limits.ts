import { PodiumError } from "../errors.js";

/*
 * Limits on the work a speech may cost, not only on its bytes: a small file can still unpack to
 * gigabytes (a zip bomb) or nest so deep that a parser runs out of stack or time. Past a limit the
 * presenter gets one line naming the file and the limit (documented in README), never a crash.
 */

/** Largest speech podium reads: past it, a clear error instead of a stalled run. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A .docx holds a few dozen parts; many thousands is an archive built to exhaust the reader. */
export const MAX_DOCX_ENTRIES = 10_000;

/** Largest part of a .docx podium unpacks (the document's text, styles, numbering): as for a text file. */
export const MAX_DOCX_PART_BYTES = MAX_INPUT_BYTES;

/**
 * Deepest nesting podium follows (quotes in quotes, lists in lists, elements in elements). Real
 * speeches stay within a dozen levels, web pages within a hundred or so; browsers flatten HTML past
 * 512.
 */
export const MAX_NESTING = 500;

/**
 * Steps one read may cost: about one per byte read and per character or node a reader looks at,
 * times how often it looks (a Markdown reader reads a line once per level it is nested in). The
 * largest flat speech costs 130 million at most; the budget leaves room for deep but sane structure
 * and stops the pathological within seconds and a few hundred MB (measured here: 240 million steps
 * of nested Markdown took marked 6 s and 640 MB).
 */
const WORK_BUDGET = 200_000_000;

export function tooDeep(file: string): PodiumError {
  return new PodiumError(
    `${file}: nested more than ${MAX_NESTING} levels deep (quotes, lists or elements inside each other), more than podium reads`,
  );
}

/**
 * Counts the work one read costs against `WORK_BUDGET`, across its steps (decoding, unpacking,
 * parsing, walking); past it, one line naming the file. Readers charge before the expensive step,
 * so a pathological input is refused before it is parsed.
 */
export class WorkBudget {
  private spent = 0;

  constructor(
    private readonly file: string,
    private readonly limit = WORK_BUDGET,
  ) {}

  charge(units: number): void {
    this.spent += units;
    if (this.spent > this.limit) {
      throw new PodiumError(
        `${this.file}: too costly to read (its structure takes more than ${Math.round(this.limit / 1_000_000)} million steps, podium's limit); is it really a speech?`,
      );
    }
  }
}

/**
 * Refuses a tree nested deeper than `MAX_NESTING`, measured without recursion (the measuring must
 * not overflow the stack it protects), so the readers' own recursive walks stay shallow.
 */
export function checkNesting<T>(
  file: string,
  root: T,
  children: (node: T) => Iterable<T>,
  budget?: WorkBudget,
): void {
  const stack: [T, number][] = [[root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > MAX_NESTING) throw tooDeep(file);
    // Each node is walked once more by the reader.
    budget?.charge(1);
    for (const c of children(node)) stack.push([c, depth + 1]);
  }
}

/**
 * Runs a parser that recurses as deep as its input nests (marked, node-html-parser, xmldom).
 * Nesting the checks above cannot see (emphasis in emphasis, thousands deep) may still exhaust the
 * stack: that is the input's nesting, reported as such, never an internal error.
 */
export function withinStack<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooDeep(file);
    throw error;
  }
}
