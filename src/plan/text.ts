import {
  capitalise,
  clauseBoundaries,
  commaBoundaries,
  connectiveLength,
  endsOnAdjective,
  clauseEndsOnFunctionWord,
  endsOnFunctionWord,
  isLeadingClause,
  isLeadOnly,
  leadingPhraseLength,
  phraseBoundaries,
  prepositionBoundaries,
  startsOnFunctionWord,
} from "./words.js";
import { isAbbreviationAt } from "../abbreviations.js";
import { CJK_CHARACTER, columnWidth, countCharacters } from "../characters.js";
import { segmentGraphemes, segmentWords } from "./segment.js";

/**
 * Text measures and cuts the planner needs: sentences, clauses, display width, speaking time.
 * Every function here returns pieces of its input, never new wording (slides are extractive).
 */

const HAN_GLOBAL = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

/** Sentence ends: Chinese full stops always, Latin ones only before a space (not 3.5 or e.g.x). */
const CJK_ENDS = "。！？!?；;…";
const CLAUSE_MARKS = /[，、；：,;:]/gu;
const TRAILING_PUNCT = /[\s，、；：,;:。！？!?….]+$/u;

export function isCjkText(text: string): boolean {
  return CJK_CHARACTER.test(text);
}

/** How wide a text draws, in CJK character cells (a Latin letter or space is about half a cell). */
export function displayWidth(text: string): number {
  return columnWidth(text) / 2;
}

/** Estimated seconds to say `text` aloud: Han characters and Latin words at their own rates. */
export function speakingSeconds(text: string, cjkPerMinute: number, wordsPerMinute: number): number {
  const han = countCharacters(text, HAN_GLOBAL);
  // Han characters part Latin words as any character outside them does.
  const words = text.match(LATIN_WORD)?.length ?? 0;
  const seconds = (han / cjkPerMinute) * 60 + (words / wordsPerMinute) * 60;
  return Math.ceil(seconds);
}

/**
 * Splits a paragraph into sentences whose concatenation is the paragraph, exactly. A sentence
 * ends after `。！？；…` (with any closing quotes and spaces that follow), or after `. ! ?` followed by
 * a space; never inside a quotation “…”, so a quoted saying stays whole.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let depth = 0;
  // Only quotes and sentence marks can change the depth or end a sentence: the regex engine finds
  // them, and the text between is never looked at character by character.
  SENTENCE_MARK.lastIndex = 0;
  for (let mark = SENTENCE_MARK.exec(paragraph); mark; mark = SENTENCE_MARK.exec(paragraph)) {
    const at = mark.index;
    const ch = mark[0];
    let closesQuote = false;
    if (QUOTE_OPENS.includes(ch)) depth++;
    else if (QUOTE_CLOSES.includes(ch) && depth > 0) {
      depth--;
      closesQuote = depth === 0;
    }
    if (depth > 0) continue;
    // Every mark is one UTF-16 unit, so the character after it starts at `at + 1`.
    const next = paragraph[at + 1];
    const after = next !== undefined && CLOSES_BEFORE_SPACE.includes(next) ? paragraph[at + 2] : next;
    // `……英雄。”這句話` ends a sentence at the closing quote, as Chinese punctuation has it.
    const endsQuote = closesQuote && CJK_ENDS.includes(paragraph[at - 1] ?? "");
    // `3. 金融業是…`: a paragraph's own number (a report numbering every paragraph) ends no sentence.
    const numbersParagraph =
      ch === "." && sentences.length === 0 && PARAGRAPH_NUMBER.test(paragraph.slice(0, at + 1));
    const ends =
      !numbersParagraph &&
      (endsQuote ||
        CJK_ENDS.includes(ch) ||
        ((ch === "." || ch === "!" || ch === "?") &&
          (after === undefined || /\s/.test(after)) &&
          // `Dr. Moreno`, `John F. Kennedy`, `No. 5`: a dot that shortens a word ends no sentence.
          !(ch === "." && isAbbreviationAt(paragraph, at))));
    if (!ends) continue;
    // Keep closing quotes, repeated marks and spaces with the sentence they end.
    let end = at + 1;
    while (end < paragraph.length && KEPT_AFTER_END.test(paragraph[end] as string)) end++;
    sentences.push(paragraph.slice(start, end));
    start = end;
    SENTENCE_MARK.lastIndex = end;
  }
  if (start < paragraph.length) sentences.push(paragraph.slice(start));
  return sentences;
}

/** Quotes that open and close a quotation (brackets do not: a sentence may end inside them). */
const QUOTE_OPENS = "“‘「『《";
const QUOTE_CLOSES = "”’」』》";
/** What may end a sentence, or change how deep in quotations the text is. */
const SENTENCE_MARK = new RegExp(`[${QUOTE_OPENS}${QUOTE_CLOSES}${CJK_ENDS}.]`, "gu");
/** Closing marks between a Latin full stop and the space that makes it a sentence's end. */
const CLOSES_BEFORE_SPACE = `"”’)`;
/** Closing quotes, repeated marks and spaces go with the sentence they follow. */
const KEPT_AFTER_END = /["”’」』)）\s。！？!?…]/u;

/** A paragraph's own number at its start, as reports that number every paragraph write it. */
const PARAGRAPH_NUMBER = /^\s*[0-9０-９]{1,3}[.．]$/u;
const LEADING_PARAGRAPH_NUMBER = /^\s*[0-9０-９]{1,3}[.．]\s+/u;
/** A bullet typed at a paragraph's start (`• `, Word's `· `): the slide draws its own. */
const LEADING_BULLET = /^\s*[•·▪▫●◦‣⁃■□◆◇►▸➢➤✓✔❖][\s\u3000]+/u;

/** A sentence without its closing punctuation and surrounding space: how it reads as a bullet. */
export function bare(sentence: string): string {
  return sentence.trim().replace(TRAILING_PUNCT, "").trim();
}

/** Splits at clause marks, keeping each mark with the clause before it. */
export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  let start = 0;
  for (const mark of text.matchAll(CLAUSE_MARKS)) {
    clauses.push(text.slice(start, mark.index + 1));
    start = mark.index + 1;
  }
  if (start < text.length) clauses.push(text.slice(start));
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
 * A sentence as a bullet, the way a speechwriter cuts it: without a connective that points back
 * (`Therefore,` `因此，`), whole when it fits; else its main clause without a leading phrase
 * (`In our own past,`); else cut at a clause boundary. English is never cut mid-phrase: when no
 * boundary gives a sensible line, the result is `""` and the sentence stays in the notes only.
 * Chinese falls back to a cut between words (found by the platform's word segmenter). A cut never
 * ends on a function word (`of`, `the`, `的`, `和`). Apart from a capital first letter, the
 * result is a contiguous span of the sentence.
 */
export function shorten(sentence: string, limits: BulletLimits): string {
  // A paragraph's number (`3. `) cites the paragraph: the bullet is its words.
  const text = bare(sentence).replace(LEADING_PARAGRAPH_NUMBER, "").replace(LEADING_BULLET, "");
  let body = text.slice(connectiveLength(text));
  if (fits(body, limits)) return capitalise(body);
  const lead = leadingPhraseLength(body);
  if (lead > 0) {
    body = body.slice(lead);
    if (fits(body, limits)) return capitalise(body);
  }
  const cut = isCjkText(body) ? cutChinese(body, limits) : cutEnglish(body, limits, 3);
  return capitalise(cut);
}

/**
 * A heading or a sentence used as a title: capitalised (the outline took `First,` off it), whole
 * when it is no wider than `limits.maxChars`, else cut like a bullet; when no boundary is found it
 * is cut between words that do not leave a phrase open. Never `""` for a non-empty heading.
 */
export function shortenHeading(heading: string, limits: BulletLimits): string {
  const text = (bare(heading) || heading.trim()).replace(LEADING_BULLET, "");
  const body = text.slice(connectiveLength(text)) || text;
  if (displayWidth(body) <= limits.maxChars) return capitalise(body);
  if (isCjkText(body)) return cutChinese(body, limits) || cutAtChars(body, limits);
  const cut = cutEnglish(body, limits, 2) || cutBetweenWords(body, limits);
  return capitalise(cut || cutAtChars(body, limits));
}

/**
 * English: the longest fitting start that ends at a clause boundary, else at a comma, else before
 * a subordinate clause, else before a preposition late in the line.
 */
function cutEnglish(text: string, limits: BulletLimits, minWords: number): string {
  const tryCuts = (ends: number[], least: number, loose = false): string => {
    for (const end of ends.sort((a, b) => b - a)) {
      const kept = bare(text.slice(0, end));
      const sensible =
        wordCount(kept) >= least &&
        !endsOnFunctionWord(kept) &&
        !(loose && endsOnAdjective(kept)) &&
        !isLeadOnly(kept, text.slice(end));
      if (sensible && fits(kept, limits)) return kept;
    }
    return "";
  };
  return (
    tryCuts(clauseBoundaries(text), minWords) ||
    tryCuts(commaBoundaries(text), minWords + 1) ||
    tryCuts(phraseBoundaries(text), Math.max(minWords + 2, Math.ceil(limits.maxWords / 3))) ||
    // Before a preposition only when most of the line is kept: `on solar panels | for the shops`.
    tryCuts(prepositionBoundaries(text), Math.ceil((limits.maxWords * 2) / 3), true)
  );
}

/** Chinese: the longest run of leading clauses that fits, else a cut between words. */
function cutChinese(text: string, limits: BulletLimits): string {
  // Leading runs of clauses, longest last, built once: a sentence can have thousands of clauses.
  const runs: string[] = [];
  let run = "";
  for (const clause of splitClauses(text)) {
    if (!fits(run + clause, limits)) break;
    run += clause;
    runs.push(run);
  }
  const last = (n: number) => runs[n - 1] ?? "";
  const open = (n: number) =>
    clauseEndsOnFunctionWord(bare(last(n))) || (n > 1 && isLeadingClause(last(n).slice(last(n - 1).length)));
  let count = runs.length;
  while (count > 0 && open(count)) count--;
  const kept = bare(last(count));
  // A single short leading clause reads as a fragment; prefer a longer cut inside the next clause.
  if (kept !== "" && displayWidth(kept) >= limits.maxChars / 3) return kept;
  return cutAtWords(text, limits);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function words(text: string): string[] {
  return segmentWords(text, isCjkText(text) ? "zh" : "en");
}

/** The longest run of leading words that fits and does not leave a phrase open; `""` when none. */
function cutBetweenWords(text: string, limits: BulletLimits): string {
  // Only the start can end up in the bullet; segmenting a whole 1 MB line costs far more than linear time.
  const window = text.slice(0, Math.max(limits.maxChars * 2, limits.maxWords * 40));
  const kept: string[] = [];
  for (const word of words(window)) {
    if (!fits(kept.join("") + word, limits)) break;
    kept.push(word);
  }
  while (kept.length > 0) {
    const line = bare(kept.join(""));
    if (line !== "" && !endsOnFunctionWord(line) && !endsOnAdjective(line)) return line;
    kept.pop();
  }
  return "";
}

function cutAtWords(text: string, limits: BulletLimits): string {
  // No word boundary early enough (a 1 MB run of one character, a long URL): cut by characters.
  return cutBetweenWords(text, limits) || cutAtChars(text.slice(0, limits.maxChars * 2), limits);
}

function cutAtChars(text: string, limits: BulletLimits): string {
  let kept = "";
  for (const segment of segmentGraphemes(text)) {
    if (!fits(kept + segment, limits)) break;
    kept += segment;
  }
  return kept;
}

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

/**
 * The first clause of a heading and the rest (`練好內功真功` / `更好地發揮…`), split at `，,` in
 * Chinese; in English only at a clause boundary (`;` `:` a dash, `, and`), since a comma there
 * also ends a leading phrase (`In 2024, we grew`) or a list item.
 */
export function splitHeading(heading: string): { first: string; rest: string } {
  if (isCjkText(heading)) {
    const match = /[，,]/u.exec(heading);
    if (!match) return { first: heading, rest: "" };
    return { first: heading.slice(0, match.index).trim(), rest: heading.slice(match.index + 1).trim() };
  }
  // The second line must read on its own: not `to the north, to the east`.
  const restAt = (end: number) => heading.slice(end).replace(/^[\s;:,—–(-]+/u, "");
  const end = clauseBoundaries(heading).find((at) => !startsOnFunctionWord(restAt(at)));
  if (end === undefined) return { first: heading, rest: "" };
  return { first: bare(heading.slice(0, end)), rest: restAt(end).replace(/\)$/u, "").trim() };
}
