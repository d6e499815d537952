import type { Script } from "../ingest/types.js";
import type { Slide } from "../plan/types.js";

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/**
 * Speeches pasted from the web often carry ASCII punctuation between Chinese characters
 * (`自覺,深刻`). On a slide it reads as a typo, so slide text shows the full-width form. Only what
 * is displayed changes: the notes keep the speech exactly as written. Numbers (`1,000`, `10:30`)
 * and ASCII debris after a `?` (garbling) are left alone.
 */
function chinesePunctuation(text: string): string {
  const widened = text.replace(ASCII_MARK, (mark: string, at: number) =>
    widens(text, at) ? (FULL_WIDTH[mark] ?? mark) : mark,
  );
  return convertParentheses(widened);
}

const ASCII_MARK = /[,;:?!]/gu;

/** Whether the ASCII mark at `at` stands in Chinese text (and not in a number or garbling). */
function widens(text: string, at: number): boolean {
  const before = text[at - 1] ?? "";
  const after = text[at + 1] ?? "";
  const numeric = /\d/u.test(before) && /\d/u.test(after);
  const debris = text[at] === "?" && /[!-~]/u.test(after);
  return !numeric && !debris && (HAN.test(before) || (HAN.test(after) && before !== "?"));
}

/** `(1924年—1927年)` → `（1924年—1927年）` when the brackets hold or follow Chinese. */
function convertParentheses(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(/(^|.)\(([^()]*)\)/gu, (whole, before: string, inside: string) =>
    HAN.test(before) || HAN.test(inside) ? `${before}（${inside}）` : whole,
  );
}

/**
 * English typography for display: `--` and a spaced hyphen between words become dashes (`—`,
 * ` – `), straight quotes become curly ones (`"…"` → `“…”`, `don't` → `don’t`). Numbers
 * (`1990-2000`, `5'11"` after a digit) and hyphenated words are left alone.
 */
function englishTypography(text: string): string {
  // Most slide text has no dash or quote to set: it is not scanned for them.
  const dashed = text.includes("--") ? text.replace(DOUBLE_HYPHEN, "—") : text;
  const spaced = dashed.includes(" - ") ? dashed.replace(SPACED_HYPHEN, " – ") : dashed;
  return spaced.includes('"') || spaced.includes("'") ? curlQuotes(spaced) : spaced;
}

const DOUBLE_HYPHEN = /(?<=[\p{L}\p{N}.,;:!?'"’”)]\s*)--(?=\s*[\p{L}\p{N}'"‘“(])/gu;
const SPACED_HYPHEN = /(?<=[\p{L}\p{N}.,;:!?'"’”)]) - (?=[\p{L}\p{N}'"‘“(])/gu;

/** After one of these (or at the start) a quote opens; elsewhere it closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013“‘/:;,\p{Script=Han}\u3000-\u303f\uff00-\uffef-]/u;

function curlQuotes(text: string): string {
  let out = "";
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    if (char === '"') {
      // Inches after a figure (`5'11"`) are not a quote.
      if (!inQuote && /\d/u.test(before)) {
        out += char;
        continue;
      }
      const opening: boolean = !inQuote && (before === "" || OPENS_AFTER.test(before)) && after.trim() !== "";
      out += opening ? "“" : "”";
      inQuote = opening;
    } else if (char === "'") {
      const opening: boolean = (before === "" || /[\s([{“—–]/u.test(before)) && /\p{L}/u.test(after);
      const feet = /\d/u.test(before) && !/\p{L}/u.test(after);
      out += opening ? "‘" : feet ? char : "’";
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Any text as it is displayed to an audience or read by the speaker: English typography, and for a
 * Chinese speech full-width punctuation between Chinese characters. The one function slides,
 * handouts and the reading copy share, so the speaker reads what the audience sees.
 */
export function displayText(text: string, script: Script): string {
  // Full-width marks first: they look at the straight quotes around them, not at curly ones.
  return englishTypography(script === "en" ? text : chinesePunctuation(text));
}

/** The slide as it is drawn: display punctuation on everything shown, notes untouched. */
export function displaySlide(slide: Slide, script: Script): Slide {
  const fix = (text: string) => displayText(text, script);
  return {
    ...slide,
    marker: fix(slide.marker),
    title: fix(slide.title),
    bullets: slide.bullets.map(fix),
    ...(slide.subtitle === undefined ? {} : { subtitle: fix(slide.subtitle) }),
    ...(slide.quote
      ? { quote: { text: fix(slide.quote.text), attribution: fix(slide.quote.attribution) } }
      : {}),
    ...(slide.agenda
      ? { agenda: slide.agenda.map((a) => ({ ...a, marker: fix(a.marker), heading: fix(a.heading) })) }
      : {}),
    ...(slide.cards
      ? {
          cards: slide.cards.map((c) => ({
            marker: fix(c.marker),
            heading: fix(c.heading),
            detail: fix(c.detail),
          })),
        }
      : {}),
    ...(slide.figures
      ? { figures: slide.figures.map((f) => ({ figure: f.figure, label: fix(f.label) })) }
      : {}),
    ...(slide.timeline
      ? {
          timeline: {
            lead: slide.timeline.lead.map(fix),
            entries: slide.timeline.entries.map((e) => ({ date: e.date, lines: e.lines.map(fix) })),
          },
        }
      : {}),
  };
}
