import type { Block } from "../ingest/types.js";
import { EN_STARTER } from "./heading.js";
import { CLOSING_OPENER, SALUTATION } from "./lines.js";
import { TITLE_SMALL_WORD, TITLE_WORD } from "../title-case.js";

/**
 * An English speech pasted as one line loses the break after its title: `Harbour Forum: Opening
 * Remarks by Councillor Ada Reyes (transcript, edited) Recorded …` or `Annual Address to the Guild
 * Thank you, …`. The title is the run of words in Title Case at the head of the line, up to a bracket
 * that opens a note on it, or up to the capitalised word that opens the first sentence.
 */

/** A Chinese newspaper's desks, whose name may stand before a piece's title (`社論｜…`). */
const CHINESE_DESKS = "社論|社论|社評|社评|評論|评论|時評|时评|短評|短评";
/** A label and its bar, cut from the title on its line (`社論｜`, `主日信息｜`). */
export const LABEL_CUT = /^\p{Script=Han}{2,6}[|｜]$/u;
/** A desk and its bar, on the line of its piece's title (`社論｜大學退場，…`). */
export const DESK_BEFORE_TITLE = new RegExp(
  `^(?:${CHINESE_DESKS})[ \\t\u3000]*[|｜][ \\t\u3000]*(?=\\S)`,
  "u",
);

/** A bar between the parts of a head set on one line. */
const HEAD_BAR = /[|｜]/gu;
/** A field of the head (`經文：出埃及記16:1-30`, `講員：陳以恩牧師`). */
const HEAD_FIELD = /^[ \t\u3000]*\p{Script=Han}{1,6}[：:][ \t\u3000]*\S/u;
/** A label a few characters long that files the piece (`主日信息`, `講道`). */
const FILING_LABEL = /^[ \t\u3000]*\p{Script=Han}{2,6}[ \t\u3000]*$/u;
/** A title among the head's parts: a phrase, no sentence. */
const BAR_TITLE = /^[ \t\u3000]*[^。！？，；：:!?,;]{2,40}[ \t\u3000]*$/u;
/** How far into the text such a head's bars stand. */
const BAR_HEAD_REACH = 200;

/**
 * A head set on one line with bars, the title then its fields (`曠野中的嗎哪｜經文：…｜講員：…`),
 * perhaps after a label that files it (`主日信息｜`): where the label and the title end, so that
 * each is a line of its own. None when the text opens otherwise.
 */
export function barHeadCuts(text: string): number[] {
  const bars = [...text.slice(0, BAR_HEAD_REACH).matchAll(HEAD_BAR)].map((bar) => bar.index ?? 0);
  if (bars.length < 2) return [];
  const part = (i: number) => text.slice(i === 0 ? 0 : (bars[i - 1] ?? 0) + 1, bars[i] ?? text.length);
  const field = [1, 2].find((i) => HEAD_FIELD.test(part(i)));
  if (field === undefined || !BAR_TITLE.test(part(field - 1))) return [];
  if (field === 1) return [bars[0] ?? 0];
  return FILING_LABEL.test(part(0)) ? [(bars[0] ?? 0) + 1, bars[1] ?? 0] : [];
}

/** A separator standing alone between a title's parts (`Town Hall — Opening Remarks`). */
const TITLE_SEPARATOR = /^(?:[:—–]|--?)$/u;
/**
 * Words that open a sentence after the title (`… Address Thank you, …`), besides `EN_STARTER`'s, or
 * the address to the listeners (`… Forum Distinguished guests, …`).
 */
const SENTENCE_WORD =
  /^(?:Thank|Good|Welcome|Hello|Let|I|So|Well|Tonight|Please|Distinguished|Dear|Respected|Esteemed|Honou?rable)$/u;
/**
 * A title has at least this many words, and words that join its parts (`Remarks to the Guild`,
 * `Harbour Meeting: Remarks`) unless it is longer still: a name before a bracket (`Mayor Ada Reyes
 * (retired)`) is none.
 */
const TITLE_WORDS_MIN = 3;
const UNJOINED_TITLE_WORDS_MIN = 5;
const TITLE_WORDS_MAX = 16;
const HEAD_REACH = 400;
/** Years in brackets after a name or a title belong to it (`Eleanor Pryce (1938–2024)`, `Review (2025)`). */
const LIFE_YEARS = /^\(\d{4}(?:[–-]\d{2,4})?\)$/u;
/** A courtesy title that opens who speaks (`Mrs.`, `Dr`, `Hon.`). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Sir|Dame)\.?$/u;

/**
 * Where the Title Case title at the head of an English text run together ends, or -1 when the text
 * opens otherwise (a salutation, a sentence, a title ended by its own full stop, already a line).
 */
export function englishHeadTitleEnd(text: string): number {
  // A title and the word after it stand in the line's first few hundred characters.
  const head = text.slice(0, HEAD_REACH);
  if (/\p{Script=Han}/u.test(head)) return -1;
  const words = [...head.matchAll(/\S+/gu)].slice(0, TITLE_WORDS_MAX + 2);
  const inCapitals = capitalsTitleEnd(words);
  if (inCapitals > 0) return withoutAddress(text, inCapitals);
  const byline = bylineStart(words) || subtitleStart(words);
  if (byline > 0)
    return withoutAddress(text, (words[byline - 1]?.index ?? 0) + (words[byline - 1]?.[0].length ?? 0));
  // A title's parts may stand apart by commas (`Principal's Address, Autumn Term 2025`).
  const stop = words.findIndex(
    ({ 0: word }) =>
      !TITLE_SMALL_WORD.test(word) &&
      !TITLE_SEPARATOR.test(word) &&
      !TITLE_WORD.test(word.replace(/,$/u, "")),
  );
  if (stop < 0) return -1;
  const next = words[stop]?.[0] ?? "";
  const opener = words[stop - 1]?.[0] ?? "";
  // A bracket opens a note on the title (`(transcript, edited)`), and a courtesy title the byline of who
  // speaks (`Mrs. Helen Okoro, Principal`); a word in lower case shows that the capitalised word before
  // it opened the first sentence (`Thank you`).
  const end = LIFE_YEARS.test(next)
    ? stop + 1
    : /^[([]/u.test(next) || HONORIFIC.test(next)
      ? stop
      : /^[a-z]/u.test(next) && (EN_STARTER.test(opener) || SENTENCE_WORD.test(opener))
        ? stop - 1
        : -1;
  const title = words.slice(0, Math.max(end, 0)).map((match) => match[0]);
  const last = title.at(-1) ?? "";
  const joined = title.some((word) => TITLE_SMALL_WORD.test(word) || /[:—–-]$/u.test(word));
  if (
    title.length < (joined ? TITLE_WORDS_MIN : UNJOINED_TITLE_WORDS_MIN) ||
    title.filter((word) => /^[A-Z]/u.test(word)).length < 2 ||
    // A title ends on a word of its own, not on `of` or a colon.
    TITLE_SMALL_WORD.test(last) ||
    /[:—–,-]$/u.test(last)
  )
    return -1;
  const at = words[end - 1];
  return withoutAddress(text, (at?.index ?? 0) + last.length);
}

/** The title's length, or -1 when the words are a salutation or the closing's (`Ladies and Gentlemen`). */
function withoutAddress(text: string, length: number): number {
  const written = text.slice(0, length);
  return SALUTATION.test(written) || CLOSING_OPENER.test(written) ? -1 : length;
}

/** A word in capitals (`PRINCIPAL'S`, `2024`, `—`), as a title set in capitals has them. */
const CAPITALS_WORD = /^(?:[A-Z0-9][A-Z0-9'’&.,:()-]*|[—–-])$/u;

/**
 * A title set in capitals at the head of the line (`PRINCIPAL'S ADDRESS AT THE TERM TWO OPENING
 * ASSEMBLY Mwangaza Hills …`) ends before the first word in small letters' case: its length, or 0.
 */
function capitalsTitleEnd(words: readonly RegExpMatchArray[]): number {
  const run = words.findIndex(({ 0: word }) => !CAPITALS_WORD.test(word));
  const next = words[run]?.[0] ?? "";
  const title = words.slice(0, Math.max(run, 0));
  const lettered = title.filter(({ 0: word }) => /[A-Z]{2}/u.test(word));
  if (run < TITLE_WORDS_MIN || lettered.length < TITLE_WORDS_MIN || !/^[A-Z]\p{Ll}/u.test(next)) return 0;
  const last = title.at(-1);
  return (last?.index ?? 0) + (last?.[0].length ?? 0);
}

/** What a byline says was given (`… Address by the Minister …`), after the speech's own title. */
const GIVEN =
  /^(?:Address|Remarks|Speech|Statement|Keynote|Lecture|Sermon|Homily|Message|Presentation|Testimony)$/iu;
/** Words that make the kind part of the title itself (`Opening Address by …`). */
const KIND_QUALIFIER =
  /^(?:Opening|Closing|Keynote|Inaugural|Annual|Budget|Welcome|Welcoming|Farewell|Commencement|Policy|Ministerial|Presidential|Special|Public|Memorial|Graduation|Convocation)$/u;

/**
 * A byline run on after the title (`A Home for Every Generation Address by the Minister …`): where
 * it starts, or 0. The title before it is joined by a small word and ends on a word of its own, not
 * on a colon (`Harbour Meeting: Remarks by …` is one title).
 */
function bylineStart(words: readonly RegExpMatchArray[]): number {
  // `Address by …`, or with its kind before it (`Keynote address by …`).
  const givenBy = (i: number) => GIVEN.test(words[i]?.[0] ?? "") && words[i + 1]?.[0] === "by";
  const at = words.findIndex(
    ({ 0: word }, i) => i >= TITLE_WORDS_MIN && (givenBy(i) || (KIND_QUALIFIER.test(word) && givenBy(i + 1))),
  );
  const title = words.slice(0, Math.max(at, 0)).map((match) => match[0]);
  const last = title.at(-1) ?? "";
  return at > 0 &&
    title.every((word) => TITLE_SMALL_WORD.test(word) || TITLE_WORD.test(word)) &&
    title.some((word) => TITLE_SMALL_WORD.test(word)) &&
    !TITLE_SMALL_WORD.test(last) &&
    !/[:—–-]$/u.test(last) &&
    !KIND_QUALIFIER.test(last)
    ? at
    : 0;
}

/**
 * A dash after the title, then the kind of speech it was (`Four Things Nobody Told Me — Commencement
 * Address to the Class of 2024 -- Dr. …`): where the dash starts, or 0. A colon joins its parts
 * into one title instead.
 */
function subtitleStart(words: readonly RegExpMatchArray[]): number {
  const kindAt = (i: number) =>
    GIVEN.test(words[i]?.[0] ?? "") ||
    (KIND_QUALIFIER.test(words[i]?.[0] ?? "") && GIVEN.test(words[i + 1]?.[0] ?? ""));
  const dash = words.findIndex(
    ({ 0: word }, i) => i >= TITLE_WORDS_MIN && /^(?:[—–]|--)$/u.test(word) && kindAt(i + 1),
  );
  const title = words.slice(0, Math.max(dash, 0)).map((match) => match[0]);
  return dash > 0 && title.every((word) => TITLE_SMALL_WORD.test(word) || TITLE_WORD.test(word)) ? dash : 0;
}

const HEAD_TITLES = new WeakSet<Block>();

/** Marks a block cut off the head of a text run together as its title. */
export function markHeadTitle(block: Block): void {
  HEAD_TITLES.add(block);
}

/** Whether the block is the title cut off the head of a text run together. */
export function isHeadTitle(block: Block): boolean {
  return HEAD_TITLES.has(block);
}
