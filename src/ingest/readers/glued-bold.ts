/**
 * Bold that CommonMark leaves as asterisks because of the punctuation beside it: `**坚持问题导向，**当前…`
 * (the closing `**` stands after `，` and before a word, so it cannot close) or `要领会**“两个确立”**的…`
 * (the opening one stands after a word and before `“`, so it cannot open). Chinese writes no space
 * there, so such bold is common, and the asterisks would reach the slides. Worse, marked looks for a
 * closing delimiter from every such `**` to the end of the paragraph: a paragraph of many such lines
 * took minutes.
 *
 * The pairs are found line by line: a line whose asterisks are all `**`, paired in order, each pair
 * opening before a word and closing after one. A pair CommonMark reads as bold is left to it; the
 * asterisks of any other pair are dropped, so the bold reads as its words, as the writer meant.
 * Code spans, escaped asterisks and HTML tags are not looked into.
 */
export function unglueBold(src: string): string {
  if (!src.includes("**")) return src;
  const drop: number[] = [];
  for (const runs of runsByLine(src)) drop.push(...gluedPairs(src, runs));
  if (drop.length === 0) return src;
  let out = "";
  let from = 0;
  for (const at of drop) {
    out += src.slice(from, at);
    from = at + 2;
  }
  return out + src.slice(from);
}

interface Run {
  at: number;
  length: number;
}

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** An HTML tag, a comment or an autolink: left as it is (see `collectInline`). */
const TAG = /<[A-Za-z/!?][^<>\n]*>/uy;

/** The runs of `*` in the text, outside code spans, escapes and tags, grouped by line. */
function runsByLine(src: string): Run[][] {
  const spans = codeSpans(src);
  const lines: Run[][] = [[]];
  for (let i = 0; i < src.length; i++) {
    const char = src[i];
    if (char === "\n") lines.push([]);
    else if (char === "\\") i++;
    else if (char === "`") i = (spans.get(i) ?? i + 1) - 1;
    else if (char === "<") {
      TAG.lastIndex = i;
      if (TAG.test(src)) i = TAG.lastIndex - 1;
    } else if (char === "*") {
      let end = i;
      while (src[end] === "*") end++;
      lines.at(-1)?.push({ at: i, length: end - i });
      i = end - 1;
    }
  }
  return lines;
}

/**
 * For each run of backticks, where what it opens ends: past the run of as many backticks that
 * closes its code span, or past itself when none does. One pass, however many runs stay open.
 */
function codeSpans(src: string): Map<number, number> {
  const runs: Run[] = [];
  for (const match of src.matchAll(/`+/gu)) runs.push({ at: match.index, length: match[0].length });
  const ends = new Map<number, number>();
  /** The next run of each length, from the end back. */
  const next = new Map<number, Run>();
  const closer = new Map<Run, Run | undefined>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as Run;
    closer.set(run, next.get(run.length));
    next.set(run.length, run);
  }
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    const close = closer.get(run);
    ends.set(run.at, close ? close.at + close.length : run.at + run.length);
    // A code span's backticks close it; the runs inside are its text.
    if (close) while (i + 1 < runs.length && (runs[i + 1] as Run).at <= close.at) i++;
  }
  return ends;
}

/** Where the `**` of the line's glued pairs stand; none when the line is not all pairs of `**`. */
function gluedPairs(src: string, runs: readonly Run[]): number[] {
  if (runs.length === 0 || runs.length % 2 !== 0 || runs.some((run) => run.length !== 2)) return [];
  const drop: number[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    const open = runs[i] as Run;
    const close = runs[i + 1] as Run;
    const after = src[open.at + 2] ?? "\n";
    const before = src[close.at - 1] ?? "\n";
    // Bold as the writer meant it: it opens before a word and closes after one.
    if (close.at === open.at + 2 || SPACE.test(after) || SPACE.test(before)) return [];
    if (!leftFlanking(src, open) || !rightFlanking(src, close)) drop.push(open.at, close.at);
  }
  return drop;
}

/** CommonMark's test for a run that can open emphasis. */
function leftFlanking(src: string, run: Run): boolean {
  const before = src[run.at - 1] ?? "\n";
  const after = src[run.at + run.length] ?? "\n";
  return !SPACE.test(after) && (!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before));
}

/** CommonMark's test for a run that can close emphasis. */
function rightFlanking(src: string, run: Run): boolean {
  const before = src[run.at - 1] ?? "\n";
  const after = src[run.at + run.length] ?? "\n";
  return !SPACE.test(before) && (!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after));
}
