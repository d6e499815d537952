import type { Block } from "../ingest/types.js";
import type { Candidate } from "./candidates.js";
import type { MarkerMatch } from "./markers.js";
import { dividedIntoSections } from "./speaker-labels.js";

/**
 * The label of a question in an interview or a 答记者问 (`问：`, `记者问：`, `问1：`, `Q:`, `Q2.`,
 * `Question:`), with the number it may carry.
 */
const QUESTION_LABEL =
  /^(?:(?:记者|記者)?(?:提问|提問|问|問)|Q|Question)\s*(\d{0,2})(?:\s*[（(][^()（）]{1,60}[)）])?\s*[：:.．](?=\s*\S)/iu;

/**
 * The label of its answer (`答：`, `A:`, `Answer:`, `A (Finance Director Raj Menon):`), perhaps alone
 * on its line over the answer (`答（刘志强）：`).
 */
const ANSWER_LABEL = /^(?:答|A|Answer)\s*\d{0,2}(?:\s*[（(][^()（）]{1,60}[)）])?\s*[：:.．]/iu;

/** The family of a question its answer follows. */
export const QUESTION_FAMILY = "question";

/** The fewest questions that make a document of questions and answers. */
const QUESTIONS_MIN = 2;

/**
 * A document of questions and answers (`问：…？` then `答：…`): each question its answer follows is
 * a point, counted in order, its label the marker and its words the heading; the answers are the
 * points' text, and a series inside an answer (`一是…二是…`) nests under its question. Two such
 * pairs at least: one `Q:` in a speech is a sentence.
 */
export function findQuestionParagraphs(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const labelled = labelledQuestions(blocks);
  return labelled.size > 0 ? labelled : interviewQuestions(blocks);
}

function labelledQuestions(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const questions = new Map<number, MarkerMatch>();
  blocks.forEach((block, index) => {
    const label = block.kind === "paragraph" ? QUESTION_LABEL.exec(block.text) : null;
    if (!label || !answers(block.text.slice(label[0].length), blocks[index + 1])) return;
    questions.set(index, {
      family: QUESTION_FAMILY,
      ordinal: label[1] ? Number(label[1]) : questions.size + 1,
      marker: label[0],
      strong: true,
    });
  });
  return questions.size >= QUESTIONS_MIN ? questions : new Map();
}

/** The answer is the next paragraph, or follows the question in its own paragraph. */
function answers(question: string, next: Block | undefined): boolean {
  return /[？?]\s*(?:答|A|Answer)\s*[：:]/iu.test(question) || ANSWER_LABEL.test(next?.text ?? "");
}

/** Who speaks, opening a paragraph of an interview (`王曉薇：`, `**陳建宏：**`, `Maria Lopez:`). */
const INTERVIEW_SPEAKER =
  /^([^\s。，,；;！!？?、：:“”"《》()（）]{2,12}|[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})[：:]\s*(?=\S)/u;
/** A turn that asks: it ends with a question mark. */
const ASKS = /[？?]\s*$/u;
/** The share of the interviewer's turns that ask, and the most of the other's that may. */
const ASKING_SHARE = 0.6;
/** The share of the turns the interviewer's and the other's take together. */
const TWO_SPEAKERS_SHARE = 0.8;
/** The fewest turns that make an interview. */
const TURNS_MIN = 6;

/**
 * An interview between two people, each turn a paragraph opened by who speaks (`王曉薇：…？` then
 * `陳建宏：…`): the one whose turns ask is the interviewer, and each question the other answers is
 * a point, headed by its words, as a `问：`'s is. A greeting or a goodbye that asks nothing is not.
 * An interview the paper sets under numbered headings of its own (`一、“先留后改”…`) is outlined by
 * them: its questions are words of their sections.
 */
function interviewQuestions(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const turns: { index: number; speaker: string; marker: string; asks: boolean }[] = [];
  blocks.forEach((block, index) => {
    const label = block.kind === "paragraph" ? INTERVIEW_SPEAKER.exec(block.text) : null;
    if (label?.[1]) turns.push({ index, speaker: label[1], marker: label[0], asks: ASKS.test(block.text) });
  });
  const found = new Map<number, MarkerMatch>();
  // The two who speak most, nearly every turn theirs: a field of the header (`播出時間：`) is no turn.
  const counts = new Map<string, number>();
  for (const turn of turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  const [one, other] = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  if (!one || !other) return found;
  const theirs = turns.filter((turn) => turn.speaker === one || turn.speaker === other);
  if (theirs.length < TURNS_MIN || theirs.length < turns.length * TWO_SPEAKERS_SHARE) return found;
  const share = (speaker: string) => {
    const own = theirs.filter((turn) => turn.speaker === speaker);
    return own.filter((turn) => turn.asks).length / own.length;
  };
  const interviewer =
    share(one) >= ASKING_SHARE && share(other) < 1 - ASKING_SHARE
      ? one
      : share(other) >= ASKING_SHARE && share(one) < 1 - ASKING_SHARE
        ? other
        : null;
  if (interviewer === null || dividedIntoSections(blocks)) return found;
  theirs.forEach((turn, i) => {
    const next = theirs[i + 1];
    if (turn.speaker !== interviewer || !turn.asks || !next || next.speaker === interviewer) return;
    found.set(turn.index, {
      family: QUESTION_FAMILY,
      ordinal: found.size + 1,
      marker: turn.marker,
      strong: true,
    });
  });
  return found.size >= QUESTIONS_MIN ? found : new Map();
}

/**
 * The questions put after a talk that counted its own points (`First, …` `Second, …` `Third, …`,
 * then `Q: …` `A: …`): the talk's points are the outline, and the questions and answers, with the
 * lists the answers give, on lines of their own or inside the answer, are words after its last
 * point, as at a press conference. Only a text of questions and answers alone, or one that counts
 * nothing before them, is outlined by its questions.
 */
export function questionsAfterTalk(linked: readonly Candidate[]): Candidate[] {
  const questions = linked.filter((c) => c.family === QUESTION_FAMILY);
  const first = questions[0];
  if (!first) return [];
  const talkCounted = linked.some(
    (c) =>
      c.family !== QUESTION_FAMILY &&
      c.run[0] === c &&
      c.run.length >= 2 &&
      (c.run.at(-1)?.block ?? first.block) < first.block,
  );
  if (!talkCounted) return [];
  // `A.` opening an answer is its label, no lettered point.
  const asked = new Set(questions.map((q) => q.block));
  const answerLabels = linked.filter(
    (c) => c.start === 0 && asked.has(c.block - 1) && ANSWER_LABEL.test(`${c.marker} …`),
  );
  // A list an answer gives on lines of its own (`A: There are two pieces to the answer.` · `1. …`
  // `2. …`) is its words too.
  const answerBlocks = new Set([...asked, ...[...asked].map((block) => block + 1)]);
  const answerLists = linked.filter((c) => {
    const head = c.run[0];
    return (
      head !== undefined &&
      c.family !== QUESTION_FAMILY &&
      answerBlocks.has(head.block - 1) &&
      c.run.every((item, i) => !item.inline && item.start === 0 && item.block === head.block + i)
    );
  });
  // So is a series said inside the answer's paragraph (`答（冯凯）：…主要采取了三方面措施：一是…；二是…`).
  const answerParagraphs = new Set([...asked].map((block) => block + 1));
  const saidInAnswers = linked.filter(
    (c) =>
      c.family !== QUESTION_FAMILY && c.run.every((item) => item.inline && answerParagraphs.has(item.block)),
  );
  return [...questions, ...answerLabels, ...answerLists, ...saidInAnswers];
}

/** A part that opens the floor to questions (`Q&A`, `QUESTIONS FROM RESIDENTS`, `答问环节`). */
const QUESTION_TIME =
  /^(?:Q\s*&\s*A|Q and A|questions?(?:\s+and\s+answers?|\s+from\s+[a-z ]{1,30}|\s+and\s+comments)?|question[- ]and[- ]answer(?:\s+session)?|audience questions|问答|問答|答问|答問|提问|提問|互动交流|互動交流)(?:环节|環節|session)?\s*$/iu;

/** Whether a point's words open the floor to questions: a questioner's series after it is no point. */
export function opensQuestionTime(words: string): boolean {
  return QUESTION_TIME.test(words);
}

/**
 * A call's or a briefing's words that open the floor (`we will now begin the question-and-answer
 * session`, `With that, operator, we're happy to take questions.`, `Our first question comes from
 * …`): what is said after them answers the questions, and no series of theirs is a point of the talk.
 */
const OPENS_FLOOR =
  /\b(?:our|the)\s+first\s+question\s+(?:today\s+)?(?:comes|is coming|will come|is)\s+from\b|\bnow\s+(?:begin|start|open|take|move (?:on )?to|turn to)\b[^.?!]{0,40}\b(?:question-and-answer|question and answer|Q\s*&\s*A|questions)\b|^With that,[^.?!]{0,60}\b(?:take|open (?:it )?up (?:for|to)|turn (?:it )?over (?:for|to))\s+(?:your\s+|some\s+)?questions\b/iu;

/** Whether a paragraph opens the floor to questions (see OPENS_FLOOR). */
export function opensFloor(text: string): boolean {
  return OPENS_FLOOR.test(text);
}

/** An English sentence from a place on, to its end: whether it asks. */
const ASKING_SENTENCE = /^[^.!?]{1,300}\?/u;
/** The most of the text the sentence may take (its words and its question mark). */
const ASKING_SENTENCE_MAX = 301;

/**
 * A questioner's series in a debate or a hearing (`Mr Tom Hale (Ashbury) (Lab): … First, will she
 * confirm …? Secondly, …?`): an ordinal in a paragraph opened by who speaks, whose sentence asks. The
 * questions are put to the speaker; they are no points of the speech.
 */
export function asksAsSpeaker(paragraphOpensWithSpeaker: boolean, text: string, at: number): boolean {
  return paragraphOpensWithSpeaker && ASKING_SENTENCE.test(text.slice(at, at + ASKING_SENTENCE_MAX));
}
