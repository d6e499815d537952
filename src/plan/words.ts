/**
 * The small closed word classes a speechwriter cuts by: where a slide line may start (after a
 * connective or a leading phrase) and where it may end (never on a word that needs what follows).
 */

import { characterCount, startsWithLatinLetter } from "../characters.js";
import { segmentWords } from "./segment.js";

/** English words that need what follows them: a line ending on one was cut mid-phrase. */
const EN_FUNCTION_WORDS = new Set(
  [
    // articles and determiners
    "a an the every each either neither no such whose",
    // possessives
    "my your his its our their",
    // prepositions
    "of in on at to for with by from into onto upon about above across after against along amid among",
    "around as before behind below beneath beside besides between beyond despite during except inside",
    "like near outside over per since than through throughout toward towards under unlike until via",
    "within without",
    // auxiliaries and modals
    "can could will would shall should may might must be been being",
    // conjunctions and relatives
    "and or but nor because although though while whereas if unless whether which whom",
    // subject pronouns and intensifiers that always lead into more
    "i we they he she very",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Chinese function words that bind to what follows (structural 的, conjunctions, prepositions): a
 * cut after one leaves the phrase open. Matched as whole words, so 陣地, 現在 and 反對 are not.
 */
const ZH_FUNCTION_WORDS = new Set(
  (
    "的 地 和 与 與 及 以及 或 或者 在 对 對 对于 對於 把 被 将 將 从 從 向 为 為 于 於 并 並 而 跟 同 " +
    "让 讓 给 給 由 关于 關於 按照 根据 根據 通过 通過 随着 隨著 以 及其 还有 還有"
  ).split(" "),
);

/**
 * Whether `text` is spelt with a function word at its end. Only then can the segmenter find one
 * there (its last word is an end of the text), so only then is it asked: a text that ends on `有`
 * but not on `还有` needs no segmenter, which costs more to start than the rest of a build's cuts.
 */
function endsWithFunctionWordSpelling(text: string): boolean {
  for (const word of ZH_FUNCTION_WORDS) if (text.endsWith(word)) return true;
  return false;
}

/** The last word of a Chinese text, found by the platform's word segmenter. */
function lastHanWord(text: string): string {
  const tail = Array.from(text).slice(-12).join("");
  return segmentWords(tail, "zh").at(-1) ?? "";
}

/** The last word (or number) of a text, lower-cased. */
function lastLatinWord(text: string): string {
  return /([\p{L}\p{N}]+)['’]?[^\p{L}\p{N}]*$/u.exec(text)?.[1]?.toLowerCase() ?? "";
}

/** True when a line ends on an article, preposition, possessive, auxiliary, conjunction (or 的和在对把). */
export function endsOnFunctionWord(text: string): boolean {
  return endsOn(text, endsWithFunctionWordSpelling);
}

/**
 * Whether a clause, cut at its end (before `，` `、` `；`…), ends on a function word. A Chinese
 * clause never ends on a preposition, a conjunction or the adverbial 地: they need words after them
 * in their clause, so there such a spelling closes a longer word (阵地, 现在, 因为). Only 的 may end
 * one (`…是…的，`), and only then is the segmenter asked, which costs more to start than a build's
 * other cuts.
 */
export function clauseEndsOnFunctionWord(clause: string): boolean {
  return endsOn(clause, (trimmed) => trimmed.endsWith("的"));
}

/**
 * Whether `text` ends on a function word, its closing punctuation aside. In Chinese the segmenter
 * is asked only when `spelt` finds a function word's spelling at the end.
 */
function endsOn(text: string, spelt: (trimmed: string) => boolean): boolean {
  const trimmed = text.replace(/[\s，、；：,;:。！？!?….—–-]+$/u, "");
  if (/\p{Script=Han}$/u.test(trimmed)) return spelt(trimmed) && ZH_FUNCTION_WORDS.has(lastHanWord(trimmed));
  return EN_FUNCTION_WORDS.has(lastLatinWord(trimmed));
}

/** Words that lean on what came before: a line starting on one continues another. */
const EN_LEANING_WORDS = new Set(
  (
    "to of in on at for with by from into onto upon about across after against along among around as " +
    "before beyond between during like over since than through toward towards under until via within " +
    "without and or but nor so yet because although though while whereas if unless whether which whom " +
    "who whose where when"
  ).split(" "),
);

/** True when a line starts on a word that leans on what came before (`to the north`, `which…`). */
export function startsOnFunctionWord(text: string): boolean {
  const first = /^[^\p{L}\p{N}]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? "";
  return EN_LEANING_WORDS.has(first);
}

/** Adjective endings: a word cut after one of these has probably lost its noun (`our foreign`). */
const ADJECTIVE_ENDING =
  /(?:ous|ful|ive|ic|ical|able|ible|less|ary|al)$|^(?:foreign|benign|modern|eastern|western|northern|southern)$/u;

export function endsOnAdjective(text: string): boolean {
  return ADJECTIVE_ENDING.test(lastLatinWord(text));
}

/** Connectives that tie a sentence to the one before; on a slide they point at nothing. */
const EN_CONNECTIVE =
  /^(?:therefore|nonetheless|nevertheless|however|now|and|but|so|thus|hence|moreover|furthermore|besides|also|yet|still|indeed|instead|meanwhile|then|well|again|of course|in addition|in short|in fact|in turn|after all|as a result|as such|for example|for instance|on the other hand|at the same time|above all|first(?:ly)?|second(?:ly)?|third(?:ly)?|lastly|finally|next|equally|similarly|likewise|in other words|that said|even so|to be sure|in any case|by contrast|in contrast)\s*,\s+/iu;
/** The few connectives that open a clause without a comma (`And we will…`). */
const EN_BARE_CONNECTIVE = /^(?:and|but|yet)\s+(?=\S+\s+\S+\s+\S)/iu;
const ZH_CONNECTIVE =
  /^(?:因此|因而|所以|但是|然而|不过|不過|同时|同時|此外|另外|而且|并且|並且|总之|總之|当然|當然|那么|那麼|可见|可見|其实|其實|事实上|事實上)[，,]\s*/u;

/** The English connective `text` opens with: a text that opens otherwise is not searched for one. */
function englishConnective(text: string): RegExpExecArray | null {
  return startsWithLatinLetter(text) ? (EN_CONNECTIVE.exec(text) ?? EN_BARE_CONNECTIVE.exec(text)) : null;
}

/** How many characters of connective (with its comma) open `text`; 0 when none. */
export function connectiveLength(text: string): number {
  let length = 0;
  // `And yet,` `But now,`: connectives come in pairs.
  for (let i = 0; i < 2; i++) {
    const rest = text.slice(length);
    const match = englishConnective(rest) ?? ZH_CONNECTIVE.exec(rest);
    if (!match) break;
    length += match[0].length;
  }
  return length;
}

/**
 * Words that open a leading adverbial or prepositional phrase (`In our own past,`, `Through my own
 * statements,`, `When we began,`). Conditions (`If…`, `Unless…`) are not among them: without the
 * condition the main clause says something else.
 */
const EN_LEAD_OPENER =
  /^(?:in|at|on|for|with|by|from|through|throughout|over|under|during|after|before|since|across|among|amid|within|without|despite|following|beyond|against|toward|towards|like|unlike|as|when|while|once|although|though|whereas|because|today|tonight|yesterday|tomorrow|here|together|this|last|next|[a-z]{3,}ly|(?![a-z]*thing\b)[a-z]{2,}ing|[a-z]{3,}ed)\b/iu;
/** A main clause starts with its subject: a pronoun, a determiner or a name. */
const EN_SUBJECT_START =
  /^(?:we|i|you|they|he|she|it|this|that|these|those|there|our|my|your|their|his|her|its|the|a|an|every|each|all|no|one|many|most|some|none|nobody|everyone|everybody|nothing|both)\b/iu;
function startsWithSubject(clause: string): boolean {
  return EN_SUBJECT_START.test(clause) || /^[A-Z]/u.test(clause);
}

const ZH_LEAD_OPENER =
  /^(?:在|对于|對於|随着|隨著|为了|為了|通过|通過|面对|面對|按照|根据|根據|围绕|圍繞|当前|當前|目前|今年|去年|近年来|近年來|多年来|多年來)/u;
/** Longest leading phrase dropped: longer ones carry too much to lose from the slide. */
const MAX_LEAD_WORDS = 12;
const MAX_LEAD_HAN = 14;

/**
 * How many characters of leading phrase (with its comma) open `text`, so the bullet can start at
 * the main clause; 0 when there is none, or when the phrase holds a figure or date (`In 2024,`),
 * which the audience needs.
 */
export function leadingPhraseLength(text: string): number {
  const comma = /[,，]\s*/u.exec(text);
  if (!comma) return 0;
  const lead = text.slice(0, comma.index);
  if (/\d/u.test(lead) || /["“”]/u.test(lead)) return 0;
  const isHan = /\p{Script=Han}/u.test(lead);
  const fits = isHan
    ? ZH_LEAD_OPENER.test(lead) && characterCount(lead) <= MAX_LEAD_HAN
    : EN_LEAD_OPENER.test(lead) &&
      lead.split(/\s+/u).length <= MAX_LEAD_WORDS &&
      startsWithSubject(text.slice(comma.index + comma[0].length));
  return fits ? comma.index + comma[0].length : 0;
}

/**
 * True when `kept` is nothing but the phrase that leads into a main clause: it opens like a leading
 * phrase, holds no clause mark, and what follows the comma after it starts with a subject.
 */
export function isLeadOnly(kept: string, after: string): boolean {
  const rest = after.replace(/^[,，]\s*/u, "");
  if (rest === after || /[,，;；:：—–]|--|\s-\s/u.test(kept)) return false;
  if (ZH_LEAD_OPENER.test(kept)) return true;
  return (EN_LEAD_OPENER.test(kept) || EN_CONDITION.test(kept)) && startsWithSubject(rest);
}

/** A condition (`If the grant is cut,`) is kept before its main clause, and never shown without it. */
const EN_CONDITION = /^(?:if|unless|provided|whether|even if|only if)\b/iu;

/** A clause that only leads into the next (`在推動轉型的攻堅戰中，`): no place to end a line. */
export function isLeadingClause(clause: string): boolean {
  const text = clause.trim();
  return /[,，]$/u.test(text) && leadingPhraseLength(`${text} 我`) === text.length + 1;
}

/** A line that reads on its own: no connective or lower-case word first, no function word last. */
export function standsAlone(line: string): boolean {
  return connectiveLength(line) === 0 && !/^[a-z]/u.test(line) && !endsOnFunctionWord(line);
}

/** `we have renewed…` → `We have renewed…`; a word with capitals of its own (`iPhone`) stays. */
export function capitalise(text: string): string {
  // Only a plain lower-case word: not `iPhone`, `https://…` or `e.g.`.
  return /^[a-z][a-z'’-]*[,;:!?]?(?:\s|$)/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * Clause boundaries inside an English sentence, as the index where the kept text ends: `;` `:`,
 * a dash, an opening bracket, or a comma before a conjunction or relative (`, and`, `, but`,
 * `, which`, `, so that`). A comma alone is not one: it also separates list items.
 */
const EN_CLAUSE_BOUNDARY =
  /\s*[;:]\s|\s*(?:—|–|--)\s*|\s+-\s+|\s+\(|,\s+(?=(?:and|but|or|so|yet|nor|which|who|whom|whose|where|while|whereas|because|although|though|since|unless|until|when|if|including|not|as well as|rather than)\b)/giu;

/**
 * Words a subordinate or relative clause starts with: a cut just before one ends the main
 * clause's phrase (`…of debt | that was taken on…`). Prepositions and `and` are not among them:
 * they as often join a noun to its own phrase (`taken on`, `buses and ambulances`).
 */
const EN_PHRASE_START =
  /\s+(?=(?:which|who|whom|whose|where|while|whereas|because|although|though|unless|until|when|that|so that|rather than|instead of|as well as|but)\b)/giu;

/** Prepositions a phrase starts with; weaker still, as they may be a verb's particle (`taken on`). */
const EN_PREPOSITION_START =
  /\s+(?=(?:in|at|on|for|with|from|across|through|throughout|during|under|between|among|within|without|against|toward|towards|beyond|despite)\b)/giu;

export function prepositionBoundaries(text: string): number[] {
  return [...text.matchAll(EN_PREPOSITION_START)].map((m) => m.index);
}

export function clauseBoundaries(text: string): number[] {
  return [...text.matchAll(EN_CLAUSE_BOUNDARY)].map((m) => m.index);
}

/** Every comma: a weaker boundary than a clause's, tried after those. */
export function commaBoundaries(text: string): number[] {
  return [...text.matchAll(/,\s/gu)].map((m) => m.index);
}

export function phraseBoundaries(text: string): number[] {
  return [...text.matchAll(EN_PHRASE_START)].map((m) => m.index);
}
