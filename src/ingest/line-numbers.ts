/**
 * Text copied from a viewer that numbers its lines (`  1  在2024年全县教育工作会议上的讲话`,
 * `  2  …`, a blank line's `  4`): every line opens with its number, counting up by one. The
 * numbers are the viewer's, not the speech's, and come off; anything else stays as written.
 */
export function withoutLineNumbers(text: string): string {
  const lines = text.split("\n");
  if (lines.length < NUMBERED_LINES_MIN) return text;
  const numbers = lines.map((line) => LINE_NUMBER.exec(line));
  const first = Number(numbers[0]?.[1] ?? Number.NaN);
  const counted = numbers.filter((match, index) => match && Number(match[1]) === first + index).length;
  if (counted < lines.length * COUNTED_SHARE) return text;
  // The gap the viewer set between its numbers and the words: the narrowest one on a line of words.
  const gaps = numbers.flatMap((match) => (match?.[2] && match[3] ? [match[2]] : []));
  if (gaps.length === 0) return text;
  // Folded, not spread: a long text's lines are too many arguments for Math.min.
  const gap = gaps.includes("\t")
    ? "\t"
    : " ".repeat(gaps.reduce((least, g) => Math.min(least, g.length), Infinity));
  return lines
    .map((line, index) => {
      const match = numbers[index];
      if (!match || Number(match[1]) !== first + index) return line;
      const [, , numberGap = "", words = ""] = match;
      // Spaces beyond the viewer's gap are the line's own indent.
      return numberGap.startsWith(gap) ? numberGap.slice(gap.length) + words : words;
    })
    .join("\n");
}

/** A line's number, the gap after it, and the words (if any) after the gap. */
const LINE_NUMBER = /^[ \t]*(\d{1,6})([ \t]*)(.*)$/u;
/** The fewest lines that tell a viewer's numbering from a short numbered list. */
const NUMBERED_LINES_MIN = 10;
/** How many lines must carry their own number (a line may have lost it in the copy). */
const COUNTED_SHARE = 0.95;
