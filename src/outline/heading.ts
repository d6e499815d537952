import { isAbbreviationAt } from "../abbreviations.js";
import { hasHan, inEnglishCapitals } from "../characters.js";
import { ARTICLE_TITLE } from "./markers.js";

/**
 * Where a point's heading ends:
 * - `whole`: a heading line or list item — all of it;
 * - `sentence`: a marker opening running text — its first sentence or line, or a lead-in ending in `：`;
 * - `clause`: an item of an inline series — up to the next `；` or `。`;
 * - `run-together`: like `sentence`, but a long first sentence ends at its first `，`.
 */
export type HeadingMode = "whole" | "sentence" | "clause" | "run-together";

/**
 * In text run together from a web page the heading's own line break is lost: a first sentence
 * longer than this is a heading plus the start of its paragraph, so the heading ends at its first clause.
 */
const RUN_TOGETHER_HEADING_MAX = 30;
/** …but a question, however many clauses it holds, up to this length. */
const RUN_TOGETHER_QUESTION_MAX = 60;
/** A heading's few words, then a space and a figure: the paragraph after it, run on. */
const HEADING_BEFORE_FIGURE = /^(\p{Script=Han}{2,16})[ \u3000]+(?=\d)/u;

export interface SplitHeading {
  heading: string;
  /** The punctuation that ended the heading, kept so notes can give the text word for word. */
  terminator: string;
  rest: string;
  /** The bracket that opened it, where one did. */
  lead?: string;
}

const TITLE_IN_BRACKETS = new RegExp(`^${ARTICLE_TITLE.source}`, "u");

/**
 * An article whose title stands in brackets after its number (`第一条（目的和依据）为了…`): the
 * title is its heading, and the text after it, on its line or the next, its paragraph.
 */
export function splitBracketedTitle(text: string): SplitHeading | null {
  const trimmed = text.trim();
  const match = TITLE_IN_BRACKETS.exec(trimmed);
  if (!match) return null;
  const heading = match[1] ?? "";
  return {
    lead: match[0].charAt(0),
    heading: heading.trim(),
    terminator: match[0].charAt(match[0].length - 1),
    rest: trimmed.slice(match[0].length).trim(),
  };
}

/** The longest line a numbered question may ask whole. */
const QUESTION_LINE_MAX = 160;

/**
 * A numbered question on its own line over its answer (`Q3. I subscribed last year. Will it renew
 * automatically?`): the question is asked whole, the sentence that leads into it too.
 */
export function splitQuestionLine(text: string): SplitHeading | null {
  const trimmed = text.trim();
  const lineEnd = trimmed.indexOf("\n");
  const line = lineEnd < 0 ? trimmed : trimmed.slice(0, lineEnd);
  const asked = /^(.+?)([？?])$/su.exec(line.trim());
  if (!asked || line.length > QUESTION_LINE_MAX) return null;
  return {
    heading: (asked[1] ?? "").trim(),
    terminator: asked[2] ?? "",
    rest: lineEnd < 0 ? "" : trimmed.slice(lineEnd + 1).trim(),
  };
}

/** A question's label before the question itself (`问：`, `問：`). */
const QUESTION_LABEL = /^(?:问|問)[：:][\s\u3000]*(?=\S)/u;
const SENTENCE_END = new Set(["。", "！", "？", "；", "：", "!", ";", ":"]);
const CLAUSE_END = new Set(["。", "！", "？", "；", "!", ";"]);
/** The longest English name of an item before its colon. */
const COLON_LABEL_MAX = 40;
const CLOSERS = /^[”’」』）)"'\]】]+/u;
/** A word and the letter or number it names by (`Option A`, `Phase 2`, `Stage III`). */
const NAMED_BY_ID =
  /^(?:Option|Phase|Stage|Scenario|Step|Tier|Model|Approach|Route|Package|Finding|Recommendation|Priority|Goal|Objective|Action|Issue) (?:[A-Z]|\d{1,2}|[IVX]{1,4})$/u;

/**
 * `wrapped`: the text is one of several items written in one paragraph, so a line break inside a
 * clause only wraps the line (a Markdown hard break), as it does in any inline item.
 */
export function splitHeading(text: string, mode: HeadingMode, wrapped = false): SplitHeading {
  if (mode === "clause" || (wrapped && mode === "sentence")) {
    const split = splitHeadingAs(text, mode, true);
    return joinedToNext({ ...split, heading: unwrap(split.heading) });
  }
  if (mode !== "run-together") return splitHeadingAs(text, mode);
  const whole = splitHeadingAs(text, "sentence");
  // The text from `at` in the heading on: as written, so the space after the sentence's end stays.
  const trimmed = text.trim();
  const restFrom = (at: number) =>
    trimmed.startsWith(whole.heading)
      ? trimmed.slice(at).trim()
      : `${whole.heading.slice(at)}${whole.terminator}${whole.rest}`.trim();
  // A question asked is the point whole (`請問警察局，今年以來開出多少罰單？`), as a question is on its line.
  // …unless an English title stands glued before it (`What we will do So what will the government do?`).
  if (
    /^[？?]/u.test(whole.terminator) &&
    whole.heading.length <= RUN_TOGETHER_QUESTION_MAX &&
    (hasHan(whole.heading) || englishGluedTitleEnd(whole.heading) < 0)
  )
    return whole;
  // The line break after a heading's few words, lost to a space, before a paragraph that opens
  // with a year or a figure (`目标任务 2024年至2026年，全市…`); a heading's second phrase opens with none.
  const spaced = HEADING_BEFORE_FIGURE.exec(whole.heading);
  if (spaced?.[1] && trimmed.startsWith(whole.heading))
    return { heading: spaced[1], terminator: "", rest: restFrom(spaced[0].length) };
  const glued = gluedTitleEnd(whole.heading);
  if (glued > 0) {
    // A title that ends at a comma keeps it as its terminator (`持续改善人居环境，各乡镇要…`).
    const comma = /[，,]/u.test(whole.heading[glued] ?? "") ? (whole.heading[glued] ?? "") : "";
    return {
      heading: whole.heading.slice(0, glued).trim(),
      terminator: comma,
      rest: restFrom(glued + comma.length),
    };
  }
  const comma = whole.heading.search(/[，,]/u);
  // An English sentence's commas set apart its clauses, not a title from its paragraph
  // (`We, the Ministers …, met in …`): a heading run on in English ends where its sentence does.
  if (whole.heading.length <= RUN_TOGETHER_HEADING_MAX || comma <= 0 || !hasHan(whole.heading)) return whole;
  return {
    heading: whole.heading.slice(0, comma).trim(),
    terminator: whole.heading[comma] ?? "",
    rest: restFrom(comma + 1),
  };
}

/** `and`/`or` after an item, before the next one: it ends the item as its punctuation does. */
const JOINING_WORD = /^(?:and|or)$/iu;
const ENDS_WITH_JOINING_WORD = /^(.*?)((?:[,;]?\s+)(?:and|or))$/isu;

/** `(ii) population growth; and` → `population growth` ended by `; and`; `(b) deferred works or` likewise. */
function joinedToNext(split: SplitHeading): SplitHeading {
  if (JOINING_WORD.test(split.rest))
    return { ...split, terminator: `${split.terminator} ${split.rest}`, rest: "" };
  const joined = split.rest === "" ? ENDS_WITH_JOINING_WORD.exec(split.heading) : null;
  if (!joined?.[1]) return split;
  return { ...split, heading: joined[1], terminator: (joined[2] ?? "") + split.terminator };
}

/** A title is a phrase of at least this many characters before the text glued to it begins. */
const TITLE_MIN = 4;
/** …and a glued title is no longer than this. */
const GLUED_TITLE_MAX = 30;
/** What follows a glued title is a sentence: at least this long before its first clause ends. */
const GLUED_CLAUSE_MIN = 4;

/**
 * Words that open a sentence of running text and are rare inside a title phrase: time (`当前`,
 * `今年是`, `过去一年，`), the speaker and the audience (`我们`, `大家`), a modal verb (`要`, `必须`)
 * and prepositions that open a sentence (`按照`, `根据`). Each is checked where the title could end.
 */
const TIME =
  "当前|當前|目前|现在|現在|今年|去年|明年|近期|今后|今後|下一步|近年来|近年來|长期以来|長期以來|过去|過去|[一二三四五六七八九十几幾]+年[来來]|过去[一二三四五六七八九十几幾]+年|過去[一二三四五六七八九十几幾]+年";
const YEAR = "(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年";
const SENTENCE_OPENER = new RegExp(
  [
    // Time: followed by a comma, `是`, or a subject, as a sentence's first words are.
    `(?:${TIME})(?=[，,是我全各要在已正仍]|以来|以來)`,
    // A year that a sentence is about (`2024年是…`, `2023年以来`), not one a title names (`2024年全年目标`).
    `${YEAR}(?=[，,是]|以来|以來)`,
    "我们|我們|大家|为此|為此|对此|對此|按照|根据|根據|随着|隨著|面对|面對|必须|必須",
    // An adverb of manner before the verb of a report's sentence (`始终把…`, `认真履行…`).
    "(?:始终|始終)(?=把|将|將|以|坚持|堅持)|(?:认真|認真)(?=履行|落实|落實|贯彻|貫徹|执行|執行)",
    // A government as the subject, its tense right after it (`特區政府將…`, `市政府已…`).
    "(?:特區政府|特区政府|[省市县縣区區]政府|政府)(?=[將将已])",
    // An adverbial that sets the scene before the subject (`在看到成绩的同时，我们…`).
    "在(?=[^，,。；;：:]{1,12}?(?:的同时|的同時|之际|之際|过程中|過程中|基础上|基礎上|前提下)[，,])",
    // A subject that a modal verb soon follows (`各级党组织要`), not a title's modifier (`各级党组织建设`).
    "(?:各级|各級|各地|各部门|各部門|各单位|各單位|全省|全市|全区|全區|全县|全縣|全国|全國)(?=[^，,。；;：:]{0,6}?(?:要|必须|必須|应当|應當))",
    // `要` as a modal verb, not a word built on it (`要求`, `要点`, `要素`).
    "要(?![求点點素件闻聞害务務领領旨义義道紧緊])",
  ].join("|"),
  "uy",
);
/** A time that is a clause of its own before the sentence's subject (`近年来，`, `当前，`): short, yet a sentence's start. */
const TIME_CLAUSE = new RegExp(`(?:${TIME}|${YEAR})(?:以来|以來)?[，,]`, "uy");

/**
 * Standard section titles of 公文 and 总结 (`指导思想`, `工作目标`, `基本情况`), perhaps after what they are of
 * (`明确优化营商环境的总体要求`): a title whole, whatever text is glued after it, unless it goes on
 * to name a second thing (`主要做法和成效`).
 */
const STANDARD_TITLE =
  /^(?:\p{Script=Han}{1,16}的)?(?:指导思想|指導思想|基本原则|基本原則|工作原则|工作原則|总体要求|總體要求|总体目标|總體目標|工作目标|工作目標|主要目标|主要目標|发展目标|發展目標|主要任务|主要任務|重点任务|重點任務|保障措施|组织保障|組織保障|组织实施|組織實施|工作要求|实施步骤|實施步驟|职责分工|職責分工|适用范围|適用範圍|基本情况|基本情況|主要做法|下步打算|下一步打算|存在的(?:主要)?(?:问题|問題|不足|差距)(?:[和及与與](?:问题|問題|不足|差距))?)(?=\p{Script=Han})(?![和及与與])/u;
/** A field a section is about (`教育方面`, `青年方面`): a title whole, whatever text is glued after it. */
const FIELD_TITLE = /^\p{Script=Han}{2,6}方面(?=\p{Script=Han})/u;
/** A title closed by the passage it reads (`神按日供應所需（13-21節）`): it ends with that note. */
const CITED_TITLE =
  /^[^，,。；;：:（(]{4,30}[（(][\s\d０-９\-–—~～、,，]*(?:[\d０-９]+[\s\-–—~～]*)+(?:節|节|章|頁|页|篇)[）)](?=\p{Script=Han})/u;
/**
 * A title of two phrases apart by a space or a comma, the second closed by a word in quotes
 * (`强化责任落实 织密安全责任“一张网”县委…`, `聚焦产业升级，做强县域经济“硬支撑”产业是…`): the title
 * ends with the quote; apart by a comma, unless a sentence opens either phrase (`近年来，我们打造“红色引擎”品牌…`).
 */
const PAIRED_TITLE =
  /^([^\s，,。；;：:“”]{2,14}(?:[ \u3000]+|([，,])))[^\s，,。；;：:“”]{1,14}“[^“”，,。]{1,8}”(?=\p{Script=Han})/u;

function pairedTitle(heading: string): RegExpExecArray | null {
  const paired = PAIRED_TITLE.exec(heading);
  if (!paired?.[2]) return paired;
  SENTENCE_OPENER.lastIndex = 0;
  if (SENTENCE_OPENER.test(heading)) return null;
  SENTENCE_OPENER.lastIndex = paired[1]?.length ?? 0;
  return SENTENCE_OPENER.test(heading) ? null : paired;
}

/** `到2025年`, `至二〇三五年`: a target date opens a sentence. */
const DATE_OPENER = /(?:到|至|截至)(?:[0-9]{4}|[〇零一二三四五六七八九]{4}|本世纪|本世紀)/uy;

/**
 * Words that open an English sentence and are capitalised inside a title only in Title Case:
 * `Where you came from Four years ago …` — the title ends before `Four`.
 */
export const EN_STARTER =
  /^(?:The|This|That|These|Those|Our|We|It|In|For|From|To|Over|Last|Next|Today|Now|When|As|After|Since|Many|Most|Some|Every|Each|You|They|There|Here|My|Your|Their|If|Although|While|Before|During|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An)$/u;
/** A figure in thousands or a sum of money (`18,400`, `£742,000`, `$3.2`). */
const FIGURE = /^(?:[£$€]\d[\d,.]*|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/u;
/** Words a speaker's sentence opens on, a title's too at its start (`I`, `Let`, `So`). */
const SPEAKER_STARTER = /^(?:I|Let|So)$/u;
const EN_TITLE_WORDS_MAX = 10;
const EN_SENTENCE_WORDS_MIN = 3;

/** A phrase this long that a paragraph takes up from anywhere in its title (shorter ones: right before). */
const TAKEN_UP_MIN = 4;

/**
 * The text at `at` repeats the words just before it (`做好明年经济工作明年经济工作要…`) or a
 * longer phrase of the title: a paragraph that takes up its title's words, since a title does not
 * say them twice.
 */
function repeatsBefore(heading: string, at: number): boolean {
  // The words taken up open a sentence that goes on; at the heading's end they only close a phrase
  // that says them twice (`聚焦教师队伍，建设高素质专业化教师队伍`).
  const goesOn = (length: number) => heading.length > at + length;
  for (let length = 2; length < TAKEN_UP_MIN && length <= at; length++) {
    const phrase = heading.slice(at - length, at);
    if (/^\p{Script=Han}+$/u.test(phrase) && heading.startsWith(phrase, at) && goesOn(length)) return true;
  }
  // A longer phrase of the title, taken up wherever it stood (`重要性和紧迫性群团工作很重要`).
  const phrase = heading.slice(at, at + TAKEN_UP_MIN);
  return (
    /^\p{Script=Han}+$/u.test(phrase) &&
    phrase.length === TAKEN_UP_MIN &&
    heading.slice(0, at).includes(phrase) &&
    goesOn(TAKEN_UP_MIN)
  );
}

/** Where the clause holding `from` ends: its comma, or the end of the text. */
function nextClauseEnd(text: string, from: number): number {
  CLAUSE_BREAK.lastIndex = from;
  return CLAUSE_BREAK.exec(text)?.index ?? text.length;
}
const CLAUSE_BREAK = /[，,、]/gu;

/** Where an English title glued to its sentence ends (see `EN_STARTER`), or -1. */
function englishGluedTitleEnd(heading: string): number {
  const words = [...heading.matchAll(/\S+/gu)];
  const last = Math.min(EN_TITLE_WORDS_MAX, words.length - EN_SENTENCE_WORDS_MIN);
  for (let k = 1; k <= last; k++) {
    const word = words[k];
    const next = words[k + 1]?.[0] ?? "";
    const previous = words[k - 1]?.[0] ?? "";
    if (!word || !/^[a-z0-9]/u.test(next)) continue;
    // The title's last word taken up by the sentence (`Homes and buildings Buildings account …`):
    // a title does not say a word twice.
    if (/^\p{Lu}/u.test(word[0]) && word[0].toLowerCase() === previous.toLowerCase()) return word.index ?? -1;
    // `The scale of the challenge Let me be frank …`: a word that opens a speaker's sentence, after
    // a lower-case word only, since a title may open on it (`What I Learned`, `Let Us Build`).
    if (SPEAKER_STARTER.test(word[0]) && /^[a-z]/u.test(previous)) return word.index ?? -1;
    // `Our year in numbers 18,400 food parcels …`: a figure in thousands, or a sum, after a word in
    // lower case opens a sentence; a title names its year or its number, not such a figure.
    if (FIGURE.test(word[0]) && /^[a-z]/u.test(previous)) return word.index ?? -1;
    if (!EN_STARTER.test(word[0])) continue;
    // After a lower-case word (`came from Four`), after a one-word title (`Introduction The`), after
    // a title in Title Case (`The Demand Picture Our members …`), whose words all stand before
    // capitals, or after a title in sentence case ending on a name (`A message from our Chair When
    // we …`): the first one before a lower-case word opens the sentence.
    const title = words.slice(0, k).map((w) => w[0]);
    if (k === 1 || /^[a-z]/u.test(previous) || inTitleCase(title) || inSentenceCase(title))
      return word.index ?? -1;
  }
  return sentenceAfterTitleCase(words);
}

/** The fewest capitalised words of a title in Title Case before the sentence it runs into. */
const TITLE_CASE_WORDS_MIN = 2;
/** An article a title in Title Case leaves in lower case inside it: capitalised, it opens a sentence. */
const ARTICLE = /^(?:The|A|An)$/u;

/**
 * `A Stronger Waterfront Economy The Port of Arlen handled …`: a title in Title Case leaves its
 * articles in lower case, so one capitalised inside it opens the sentence. Where it starts, or -1.
 */
function sentenceAfterTitleCase(words: readonly RegExpMatchArray[]): number {
  const texts = words.map((word) => word[0]);
  const lower = texts.findIndex(
    (word, k) => k > 0 && /^[a-z]/u.test(word) && !TITLE_CASE_SMALL_WORD.test(word),
  );
  const article = texts.findIndex((word, k) => k > 0 && k < lower && ARTICLE.test(word));
  const title = texts.slice(0, article);
  return article > 0 &&
    article <= EN_TITLE_WORDS_MAX &&
    title.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_CASE_WORDS_MIN &&
    inTitleCase(title)
    ? (words[article]?.index ?? -1)
    : -1;
}

/** The short words a title in Title Case leaves in lower case. */
const TITLE_CASE_SMALL_WORD = /^(?:a|an|the|and|or|of|for|in|on|to|at|by|with|from|vs\.?|&)$/u;

/** `Policy and Advocacy`: every word capitalised but the short ones, and a capital first. */
function inTitleCase(words: string[]): boolean {
  return (
    /^\p{Lu}/u.test(words[0] ?? "") &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_CASE_SMALL_WORD.test(word))
  );
}

/** `A message from our Chair`: a capital first, and a word in lower case that Title Case would capitalise. */
function inSentenceCase(words: string[]): boolean {
  return (
    /^\p{Lu}/u.test(words[0] ?? "") &&
    words.some((word, k) => k > 0 && /^[a-z]/u.test(word) && !TITLE_CASE_SMALL_WORD.test(word))
  );
}

/** Characters that make a following `要` part of a word (`主要`, `重要`, `需要`). */
const WORD_BEFORE_YAO = /[主重需纲綱摘提首紧緊概扼简簡只想还還就都也不]/u;

/**
 * In text whose line breaks were lost, a section title runs straight into its paragraph
 * (`提高思想认识当前已进入主汛期，…`). The title ends where its first clause begins a sentence.
 * Returns that index in `heading`, or -1.
 */
function gluedTitleEnd(heading: string): number {
  if (!/\p{Script=Han}/u.test(heading)) return englishGluedTitleEnd(heading);
  const standard =
    STANDARD_TITLE.exec(heading) ??
    FIELD_TITLE.exec(heading) ??
    CITED_TITLE.exec(heading) ??
    pairedTitle(heading);
  if (standard) return standard[0].length;
  // A title may hold a comma (`增强思想自觉，深刻认识…`): the search goes on past it.
  const limit = Math.min(heading.length - GLUED_CLAUSE_MIN, GLUED_TITLE_MAX);
  let clauseEnd = -1;
  let comma = -1;
  for (let at = TITLE_MIN; at <= limit; at++) {
    if (clauseEnd < at) clauseEnd = nextClauseEnd(heading, at);
    const before = heading[at - 1] ?? "";
    if (/[，,]/u.test(before)) comma = at - 1;
    TIME_CLAUSE.lastIndex = at;
    if (clauseEnd - at < GLUED_CLAUSE_MIN && !TIME_CLAUSE.test(heading)) continue;
    if (!/[\p{Script=Han}”」』]/u.test(before) && comma !== at - 1) continue;
    if (repeatsBefore(heading, at)) return at;
    DATE_OPENER.lastIndex = at;
    if (DATE_OPENER.test(heading)) return sentenceStart(at, comma);
    SENTENCE_OPENER.lastIndex = at;
    const opener = SENTENCE_OPENER.exec(heading);
    if (!opener) continue;
    if (opener[0] === "要" && WORD_BEFORE_YAO.test(before)) continue;
    // `，各乡镇要…`: the subject before a modal verb opens the sentence with it, right after the comma.
    if (MODAL.test(opener[0]) && comma >= 0 && at - comma - 1 <= SUBJECT_MAX) return comma;
    return sentenceStart(at, comma);
  }
  return -1;
}

/** A modal verb as `SENTENCE_OPENER` finds it. */
const MODAL = /^(?:要|必须|必須)$/u;
/** How long a subject before a modal verb may be (`各乡镇`, `各成员单位`). */
const SUBJECT_MAX = 6;

/** Words that open an English sentence and never a title after a number (`MedTrack 7. After …`). */
const SENTENCE_OPENING_WORD =
  /^\s+(?:The|This|These|That|Those|It|Its|We|Our|They|Their|There|After|Before|When|Once|If|Each|Every|All|From|Until)\s/u;

/**
 * Before `at`, a number of three digits or more, or one a word of quantity leads (`at 21`), and after
 * it a space and a capital; or any number and after it a word that opens a sentence (`Section 3.
 * Scope` goes on).
 */
function endsAfterNumber(text: string, at: number): boolean {
  const after = text.slice(at + 1, at + 12);
  const before = text.slice(Math.max(0, at - 20), at);
  return (
    ((/(?:^|[^\d.])\d{3,}$/u.test(before) || QUANTITY_AFTER_WORD.test(before)) &&
      /^\s+\p{Lu}/u.test(after)) ||
    SENTENCE_OPENING_WORD.test(after)
  );
}
/** A number a word of quantity or place leads (`opens at 16`, `more than 40`): an amount, not a section's number. */
const QUANTITY_AFTER_WORD =
  /\b(?:at|by|than|from|to|of|aged|over|under|about|around|nearly|almost|only)\s+\d{1,2}$/u;

/** A sentence that begins right after a comma of the title: the comma ends the title. */
function sentenceStart(at: number, comma: number): number {
  return comma === at - 1 ? comma : at;
}

function splitHeadingAs(
  text: string,
  mode: Exclude<HeadingMode, "run-together">,
  wrapped = false,
): SplitHeading {
  const trimmed = text.trim();
  // `一、问：《办法》出台的背景是什么？`: the question heads the point, its label before it.
  const asked = mode === "sentence" ? QUESTION_LABEL.exec(trimmed) : null;
  if (asked) {
    const question = splitHeadingAs(trimmed.slice(asked[0].length), mode, wrapped);
    return { ...question, lead: asked[0] + (question.lead ?? "") };
  }
  if (mode === "whole") {
    const match = trimmed.match(/^(.*?)([。：:；;]?)$/su);
    return { heading: (match?.[1] ?? trimmed).trim(), terminator: match?.[2] ?? "", rest: "" };
  }
  const ends = mode === "sentence" ? SENTENCE_END : CLAUSE_END;
  const capitalsLine = !trimmed.includes("\n") && inEnglishCapitals(trimmed);
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i] ?? "";
    const next = trimmed[i + 1] ?? "";
    // A line break inside a paragraph (Word, Markdown hard break) ends its heading line; inside an
    // inline item's clause (no punctuation before it) it only wrapped the line.
    if (char === "\n" && !(wrapped && withinClause(trimmed, i)))
      return { heading: trimmed.slice(0, i).trim(), terminator: "", rest: trimmed.slice(i + 1).trim() };
    // An option or a stage named by its letter or number (`Option A: maintain the estate.`): the
    // words after the colon are its title, and the heading goes on to the sentence's end.
    if (char === ":" && NAMED_BY_ID.test(trimmed.slice(0, i))) continue;
    // A heading in capitals says no sentence: its colon opens its subtitle (`STRATEGY: THE NEXT PHASE`).
    if (char === ":" && capitalsLine) continue;
    const isEnd =
      // A colon between digits is a time or a ratio (`5:30 a.m.`, `3:1`), not a clause's end.
      (ends.has(char) && !(char === ":" && /\d/u.test(trimmed[i - 1] ?? "") && /\d/u.test(next))) ||
      // An English item named before a colon (`One, the barley risotto: it uses …`) is headed by the name.
      (char === ":" && i <= COLON_LABEL_MAX && /^[A-Za-z][A-Za-z ,'’-]*$/u.test(trimmed.slice(0, i))) ||
      // ASCII `.`/`?` end an English sentence only before a space; `?` glued to debris is garbling.
      ((char === "." || char === "?") &&
        (next === "" || /\s/u.test(next)) &&
        // `Section 3. Scope` goes on; a year or an amount ends a sentence before a capital (`in 2027. Pharmacists`).
        (!/\d/u.test(trimmed[i - 1] ?? "") || next === "" || endsAfterNumber(trimmed, i)) &&
        // `Dr. Moreno`, `St. Mary's`, `V. S. Raman`: a shortened word or an initial goes on.
        !(char === "." && isAbbreviationAt(trimmed, i))) ||
      (char === "?" && /[\p{Script=Han}“"]/u.test(next));
    if (!isEnd) continue;
    // Closing quotes and brackets right after the end belong to the sentence.
    const closers = trimmed.slice(i + 1).match(CLOSERS)?.[0] ?? "";
    if (closers && i > 0) {
      return {
        heading: trimmed.slice(0, i + 1 + closers.length).trim(),
        terminator: "",
        rest: trimmed.slice(i + 1 + closers.length).trim(),
      };
    }
    return { heading: trimmed.slice(0, i).trim(), terminator: char, rest: trimmed.slice(i + 1).trim() };
  }
  // An inline item that runs to the next one's marker: the comma between them ends it.
  const comma = /[，,、]$/u.exec(trimmed);
  if (comma && mode === "clause")
    return { heading: trimmed.slice(0, -1).trim(), terminator: comma[0], rest: "" };
  return { heading: trimmed, terminator: "", rest: "" };
}

/** The line break at `at` falls inside a clause: no punctuation ends the words before it. */
function withinClause(text: string, at: number): boolean {
  return !/[\p{P}]\s*$/u.test(text.slice(0, at)) && at > 0 && at < text.length - 1;
}

/** Joins lines wrapped inside a clause: without a space between two ideographs, else with one. */
function unwrap(text: string): string {
  return text.replace(/\s*\n\s*/gu, (_, offset: number, whole: string) =>
    /\p{Script=Han}/u.test(whole[offset - 1] ?? "") ? "" : " ",
  );
}
