/**
 * Text measures and cuts the planner needs: sentences, clauses, display width, speaking time.
 * Every function here returns pieces of its input, never new wording (slides are extractive).
 */

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const CJK_GLOBAL = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

/** Sentence ends: Chinese full stops always, Latin ones only before a space (not 3.5 or e.g.x). */
const OPENING_QUOTES = "“‘「『《（(";
const CLOSING_QUOTES = "”’」』》）)";
const CJK_ENDS = "。！？!?；;…";
const CLAUSE_MARKS = /[，、；：,;:]/u;
const TRAILING_PUNCT = /[\s，、；：,;:。！？!?….]+$/u;

export function isCjkText(text: string): boolean {
  return CJK.test(text);
}

/** How wide a text draws, in CJK character cells (a Latin letter or space is about half a cell). */
export function displayWidth(text: string): number {
  const cjk = text.match(CJK_GLOBAL)?.length ?? 0;
  return cjk + (Array.from(text).length - cjk) * 0.5;
}

/** Estimated seconds to say `text` aloud: Han characters and Latin words at their own rates. */
export function speakingSeconds(text: string, cjkPerMinute: number, wordsPerMinute: number): number {
  const han = text.match(HAN_GLOBAL)?.length ?? 0;
  const words = text.replace(HAN_GLOBAL, " ").match(LATIN_WORD)?.length ?? 0;
  const seconds = (han / cjkPerMinute) * 60 + (words / wordsPerMinute) * 60;
  return Math.ceil(seconds);
}

/**
 * Splits a paragraph into sentences whose concatenation is the paragraph, exactly. A sentence
 * ends after `。！？；…` (with any closing quotes and spaces that follow), or after `. ! ?` followed by
 * a space; never inside a quotation “…”, so a quoted saying stays whole.
 */
export function splitSentences(paragraph: string): string[] {
  const chars = Array.from(paragraph);
  const sentences: string[] = [];
  let current = "";
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    current += ch;
    let closesQuote = false;
    if (OPENING_QUOTES.includes(ch) && ch !== "(" && ch !== "（") depth++;
    else if (CLOSING_QUOTES.includes(ch) && ch !== ")" && ch !== "）" && depth > 0) {
      depth--;
      closesQuote = depth === 0;
    }
    if (depth > 0) continue;
    const next = chars[i + 1];
    const after = /["”’)]/u.test(next ?? "") ? chars[i + 2] : next;
    // `……英雄。”這句話` ends a sentence at the closing quote, as Chinese punctuation has it.
    const endsQuote = closesQuote && CJK_ENDS.includes(chars[i - 1] ?? "");
    const ends =
      endsQuote ||
      CJK_ENDS.includes(ch) ||
      ((ch === "." || ch === "!" || ch === "?") && (after === undefined || /\s/.test(after)));
    if (!ends) continue;
    // Keep closing quotes, repeated marks and spaces with the sentence they end.
    while (i + 1 < chars.length && /["”’」』)）\s。！？!?…]/u.test(chars[i + 1] as string)) {
      current += chars[++i] as string;
    }
    sentences.push(current);
    current = "";
  }
  if (current !== "") sentences.push(current);
  return sentences;
}

/** A sentence without its closing punctuation and surrounding space: how it reads as a bullet. */
export function bare(sentence: string): string {
  return sentence.trim().replace(TRAILING_PUNCT, "").trim();
}

/** Splits at clause marks, keeping each mark with the clause before it. */
export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  let current = "";
  for (const ch of text) {
    current += ch;
    if (CLAUSE_MARKS.test(ch)) {
      clauses.push(current);
      current = "";
    }
  }
  if (current !== "") clauses.push(current);
  return clauses;
}

export interface BulletLimits {
  maxChars: number;
  maxWords: number;
}

/** Letters per word allowed on average before an English bullet counts as too long. */
const MAX_WORD_LENGTH = 12;

function fits(text: string, limits: BulletLimits): boolean {
  if (isCjkText(text)) return displayWidth(text) <= limits.maxChars;
  // Words, and letters too: one "word" can be a pasted URL or a line without spaces.
  return (
    (text.trim().split(/\s+/).filter(Boolean).length || 0) <= limits.maxWords &&
    text.length <= limits.maxWords * MAX_WORD_LENGTH
  );
}

/**
 * Shortens a sentence to a bullet: whole when it fits, else the longest run of leading clauses that
 * fits (cut at `，、；：,;:`), else the longest run of leading words (CJK words found by the
 * platform's word segmenter), so a cut never falls inside a word.
 */
export function shorten(sentence: string, limits: BulletLimits): string {
  const text = bare(sentence);
  if (fits(text, limits)) return text;
  let kept = "";
  for (const clause of splitClauses(text)) {
    if (!fits(kept + clause, limits)) break;
    kept += clause;
  }
  kept = bare(kept);
  // A single short leading clause reads as a fragment; prefer a longer cut inside the next clause.
  if (kept !== "" && (isCjkText(text) ? displayWidth(kept) >= limits.maxChars / 3 : true)) return kept;
  return cutAtWords(text, limits);
}

const segmenters = new Map<string, Intl.Segmenter>();
function words(text: string): string[] {
  const locale = isCjkText(text) ? "zh" : "en";
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function cutAtWords(text: string, limits: BulletLimits): string {
  let kept = "";
  // Only the start can end up in the bullet; segmenting a whole 1 MB line costs far more than linear time.
  const window = text.slice(0, Math.max(limits.maxChars * 2, limits.maxWords * 40));
  for (const word of words(window)) {
    if (!fits(kept + word, limits)) break;
    kept += word;
  }
  // No word boundary early enough (a 1 MB run of one character, a long URL): cut by characters.
  return bare(kept) || cutAtChars(window, limits);
}

function cutAtChars(text: string, limits: BulletLimits): string {
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (!fits(kept + segment, limits)) break;
    kept += segment;
  }
  return kept;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Drops a short leading adverbial clause (`當前，`, `同時，`, `Today,`) from a sentence used as a title. */
export function dropLeadingClause(text: string, maxLead: number): string {
  const clauses = splitClauses(text);
  const first = clauses[0];
  if (clauses.length < 2 || first === undefined) return text;
  return displayWidth(bare(first)) <= maxLead ? clauses.slice(1).join("") : text;
}

/** A sentence carries a quoted term, a figure or a date: a key sentence worth a bullet. */
export function isKeySentence(sentence: string): boolean {
  return /“[^”]{1,20}”|「[^」]{1,20}」|"[^"]{1,40}"/u.test(sentence) || FIGURE.test(sentence);
}
const FIGURE =
  /\d|[零一二三四五六七八九十百千两兩]+(?:[万萬亿億]|%|％|倍|年|月|日|個百分點|个百分点)|百分之|\b(?:19|20)\d\d\b/u;

/** The first clause of a heading and the rest (`練好內功真功` / `更好地發揮…`), split at `，,`. */
export function splitHeading(heading: string): { first: string; rest: string } {
  const match = /[，,]/u.exec(heading);
  if (!match) return { first: heading, rest: "" };
  return { first: heading.slice(0, match.index).trim(), rest: heading.slice(match.index + 1).trim() };
}
