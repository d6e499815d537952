/**
 * Slide text as HTML for the back row: quantities marked for the theme's accent (when emphasis is
 * on) and the last two CJK characters of a line of text kept together, so no line ends with one lone
 * character where `text-wrap: pretty` does not already prevent it. The words are never changed: the
 * output is the escaped text with spans around parts of it.
 */
import { findQuantities } from "../plan/quantities.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;",
};
const escapeHtml = (text: string): string => text.replace(/[&<>"'`=]/gu, (c) => ESCAPES[c] as string);

/** Two Han characters and whatever punctuation closes the text after them. */
const LAST_TWO = /\p{Script=Han}{2}[^\p{L}\p{N}]*$/u;

interface Span {
  start: number;
  end: number;
  open: string;
}

export function typeset(text: string, emphasis: boolean): string {
  const spans: Span[] = emphasis
    ? findQuantities(text).map((q) => ({ start: q.start, end: q.end, open: '<strong class="figure">' }))
    : [];
  const tail = LAST_TWO.exec(text);
  if (tail && text.length > tail[0].length) {
    // A tail that begins inside a figure starts with the figure (a figure never breaks anyway).
    const inside = spans.find((s) => s.start < tail.index && tail.index < s.end);
    const start = inside ? inside.start : tail.index;
    const before = spans.filter((s) => s.end <= start);
    const after = spans
      .filter((s) => s.start >= start)
      .map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
    return (
      render(text.slice(0, start), before) + `<span class="keep">${render(text.slice(start), after)}</span>`
    );
  }
  return render(text, spans);
}

function render(text: string, spans: readonly Span[]): string {
  let html = "";
  let at = 0;
  for (const span of spans) {
    html +=
      escapeHtml(text.slice(at, span.start)) +
      span.open +
      escapeHtml(text.slice(span.start, span.end)) +
      "</strong>";
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}
