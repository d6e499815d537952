import type { Block } from "../ingest/types.js";
import type { Candidate } from "./candidates.js";
import { HONORIFICS } from "../abbreviations.js";
import { TIME_STAMP } from "./lines.js";
import { isMarkerStart, matchMarker, SUB_DECIMAL_FAMILY, type MarkerMatch } from "./markers.js";
import { SEGMENT_WORDS } from "./segment-labels.js";

/**
 * A paragraph opened by who speaks and a full-width colon, the way minutes record remarks
 * (`陈某（某公司董事长）：…`, `市财政局：…`): a short label with no punctuation of a sentence or a
 * list in it, brackets allowed, and words after the colon.
 */
const SPEAKER_LABEL = /^([^\s。，,；;！!？?、：:“”"《》]{2,30})：(?=\S)/u;

/**
 * Fields of minutes and forms, not speakers: `时间：`, `地点：`, `主持：`, `出席：`, `记录：`, and the
 * fields a rectification report writes under each problem (`问题：`, `整改措施：`, `整改进展：`), and
 * what an organisation says of itself (`抱負：`, `使命：`, `宗旨：`), and the fields of a motion in
 * minutes or of a 函 (`提案單位：`, `案由：`, `說明：`, `決議：`).
 */
const FIELD = new RegExp(
  `^(?:时间|時間|日期|地点|地點|主持人?|参加(?:人员|人員)?|參加|参会(?:人员|人員)?|出席|列席|缺席|请假|請假|记录人?|記錄人?|议题|議題|主题|主題|会议(?:议题|主题)|联系人|聯繫人|电话|電話|地址|附件|抄送|备注|備註|其中|注|(?:存在)?问题|(?:存在)?問題|问题表现|問題表現|原因分析|整改(?:措施|进展|進展|情况|情況|目标|目標|时限|時限|成效|结果|結果)|责任(?:单位|單位|人|领导|領導)|責任(?:單位|人|領導)|完成(?:时限|時限|情况|情況)|工作(?:目标|目標|措施)|具体措施|具體措施|办理情况|辦理情況|愿景|願景|抱负|抱負|使命|宗旨|价值观|價值觀|核心价值|核心價值|信念|理念|口号|口號|提案(?:單位|单位|人)|決議|决议|${SEGMENT_WORDS})$`,
  "u",
);

/** The fewest numbered headings that divide a record into sections of the paper's own. */
const SECTIONS_MIN = 2;

/** Whether numbered section headings divide the text: a record of turns set under them is outlined by them. */
export function dividedIntoSections(blocks: readonly Block[]): boolean {
  return blocks.filter(isSectionHeading).length >= SECTIONS_MIN;
}

/** A section heading: short, numbered, no sentence in it. */
function isSectionHeading(block: Block | undefined): boolean {
  if (!block || block.kind === "item") return false;
  const text = block.text.trim();
  if (text.length > 40 || /[。；;！!？?]/u.test(text) || !isMarkerStart(text, 0)) return false;
  return matchMarker(text, 0, false)?.strong === true;
}

/**
 * A contact's details after the label (`陈老师，联系电话：0736-…`, a number, its last digits masked as a
 * page may print them: `0523-6618××××`, an e-mail address): no remark.
 */
const CONTACT_DETAILS =
  /(?:电话|電話|手机|手機|传真|傳真|邮箱|郵箱)(?:[：:]|\d)|[\w.-]+@[\w-]+\.\w|\d{3,4}-\d[\d×*]{6,7}|(?<!\d)1[3-9]\d{9}(?!\d)/u;

const speakerOf = (block: Block | undefined): string | null => {
  const text = block?.kind === "paragraph" ? block.text.trim() : "";
  const label = SPEAKER_LABEL.exec(text);
  // A label with its number (`决议一：`) numbers an item: no one is named.
  if (!label || matchMarker(text, 0, false) !== null) return null;
  return CONTACT_DETAILS.test(text.slice(label[0].length)) ? null : (label[1] ?? null);
};

/**
 * Remarks under a numbered section of minutes (`一、企业代表发言情况`), one paragraph per speaker:
 * a run of two or more paragraphs each opened by a speaker's label, right after the section's
 * heading (or after one paragraph that introduces them). Each speaker is a point, counted in order,
 * headed by the label; the marker is empty, as nothing numbers them.
 */
export function findSpeakerParagraphs(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const speakers = new Map<number, MarkerMatch>();
  for (let index = 0; index < blocks.length; index++) {
    const first = index;
    while (index < blocks.length && isSpeaker(speakerOf(blocks[index]))) index++;
    if (index - first < 2) continue;
    // Remarks are said in sentences; terms a list defines (`知情权：有权了解…`) end with none.
    if (blocks.slice(first, index).some((block) => !SAID_IN_SENTENCES.test(block.text.trim()))) continue;
    // A reporter asking and someone answering is an interview, not remarks recorded in turn.
    if (blocks.slice(first, index).some((block) => QUESTIONER.test(speakerOf(block) ?? ""))) continue;
    const underSection =
      isSectionHeading(blocks[first - 1]) ||
      (speakerOf(blocks[first - 1]) === null && isSectionHeading(blocks[first - 2]));
    if (!underSection) continue;
    for (let at = first; at < index; at++)
      speakers.set(at, { family: "speaker", ordinal: at - first + 1, marker: "", strong: false });
  }
  return speakers;
}

/** A remark's end: a sentence's stop, perhaps inside a closing quotation mark or bracket. */
const SAID_IN_SENTENCES = /[。！？!?…][”’"」』）)]*$/u;

/** A topic, not who speaks: `农业方面：`, `制度层面：`. */
const TOPIC = /(?:方面|领域|領域|层面|層面|环节|環節)$/u;
/**
 * A sentence's subject and verb before what it says (`今年政府工作的总体要求是：`, `主要措施如下：`):
 * someone's words are introduced by a name, never by a verb.
 */
const SENTENCE_LEAD = /^.{3,}(?:是|为|為|如下|包括|在于|在於)$/u;

/**
 * A sentence that leads into a quotation (`经文说：“…”`, `他强调：`) or speaks for its hearers
 * (`我们每天也看见很多人：`): no one named as the next to speak.
 */
const QUOTING_LEAD = /(?:说|說|写道|寫道|指出|强调|強調|认为|認為)$|我们|我們|你们|你們/u;

/** A field named for what it times or places (`会议地点`, `现场观摩地点`, `报到时间`). */
const FIELD_KIND = /(?:时间|時間|日期|地点|地點|地址)$/u;

function isSpeaker(label: string | null): boolean {
  return (
    label !== null &&
    !FIELD.test(label) &&
    !FIELD_KIND.test(label) &&
    !TOPIC.test(label) &&
    !SENTENCE_LEAD.test(label) &&
    !QUOTING_LEAD.test(label) &&
    !isMarkerStart(label, 0)
  );
}

/**
 * Who speaks, opening a transcript's paragraph (`[00:00:31] Dana Whitfield (CEO): `, `MAYOR LEE: `,
 * a parliament's `Mr Tom Hale (Ashbury) (Lab): `): a name, its words capitalised but for the small
 * words inside names (`Duke of York`). A sentence before a colon (`My budget does three things: `)
 * names no one.
 */
const NAME_WORD = `[A-Z][A-Za-z.'’-]*`;
const TRANSCRIPT_SPEAKER = new RegExp(
  `^(?:\\[[\\d:]{4,8}\\]\\s*)?${NAME_WORD}(?:[ -](?:${NAME_WORD}|of|the|de|da|van|von|la|le|bin|al)){0,6}(?:\\s*\\([^()]{1,40}\\)){0,2}:\\s+`,
  "u",
);

/** A transcript's time stamp opening a paragraph, with no speaker after it (`01:48 Number one: …`). */
const TIME_STAMP_OPENING = new RegExp(`^${TIME_STAMP}\\s+`, "u");

/** Who speaks in a congressional record, named and then a full stop (`Senator Lindqvist. `, `The Chairman. `). */
const RECORD_SPEAKER =
  /^(?:The (?:Chairman|Chairwoman|Chair|Vice Chairman)|(?:Senator|Representative|Mr\.|Mrs\.|Ms\.|Dr\.)\s+[A-Z][A-Za-z'’-]+)\.\s+/u;

/** Who speaks, named before a colon as a Chinese record names them (`許局長：`): a pattern, the name its group. */
const TURN_NAME = '([^。，,；;！!？?、：:“”"《》]{2,30})[：:]';

/** Whether the paragraph opens with who speaks (see TRANSCRIPT_SPEAKER, RECORD_SPEAKER and opensTurn). */
export function opensWithSpeaker(text: string): boolean {
  return speakerOpening(text) !== null;
}

/** Who speaks, named opening the paragraph, in capitals so a name is one however it is set; else null. */
function speakerOpening(text: string): string | null {
  const label = TRANSCRIPT_SPEAKER.exec(text)?.[0] ?? RECORD_SPEAKER.exec(text)?.[0];
  // The name alone: no time stamp, role in brackets, colon or full stop (`Dana Whitfield (CEO): `, `Mr. Hale. `).
  if (label !== undefined)
    return label
      .replace(/^\[[\d:]+\]\s*/u, "")
      .replace(/[.:]\s*$/u, "")
      .replace(/\s*\([^()]*\)/gu, "")
      .trim()
      .toUpperCase();
  const chinese = CHINESE_TURN.exec(text.trim())?.[1]?.replace(BRACKETED_AFTER, "");
  return chinese !== undefined && namesPerson(chinese) ? chinese : null;
}

/** A record of turns has this many at least, two speakers or more among them, one speaking again. */
const TURNS_MIN = 4;

/**
 * The paragraphs that open a turn, by block, in a record of turns (a panel, a press conference, a
 * debate): empty when the text is none.
 */
export function turnsOf(blocks: readonly Block[]): ReadonlySet<number> {
  /** Who opens each turn, by the turn's block. */
  const turns = new Map<number, string>();
  blocks.forEach((block, index) => {
    const speaker = block.kind === "paragraph" ? speakerOpening(block.text) : null;
    if (speaker !== null) turns.set(index, speaker);
  });
  const distinct = new Set(turns.values()).size;
  return turns.size < TURNS_MIN || distinct < 2 || distinct === turns.size
    ? new Set()
    : new Set(turns.keys());
}

/**
 * In a record of turns (a panel, a press conference, a debate), a series said inside one turn's
 * paragraph, opened by who speaks (`KWAME ASANTE: … two things. First, … Second, …`, a reporter's
 * `第一…第二…`), is its speaker's words, not the text's structure; a series across paragraphs (a
 * speaker's `First,` … `Fourth,` opening each), or in a statement's paragraph under who gives it,
 * still is. So is a series said in a turn of a record the paper divides by numbered headings of its
 * own (`三、湿地保护面临哪些难题` · `主持人：…？` · `谭永和：…主要有三个方面。第一，…`): what is said
 * under each heading is its section's text.
 */
export function seriesInsideTurns(
  all: readonly Candidate[],
  turns: ReadonlySet<number>,
  blocks: readonly Block[],
): Candidate[] {
  if (turns.size === 0 || dividedIntoSections(blocks)) return [];
  return all.filter(
    (c) => c.run.length >= 2 && turns.has(c.block) && c.run.every((item) => item.block === c.block),
  );
}

/** A Chinese turn's label before its words (`許局長：`, `記者（港南日報）：`). */
const CHINESE_TURN = new RegExp(`^${TURN_NAME}`, "u");
/** What a label holds in brackets after who speaks: their outlet or name (`記者（港南日報）`). */
const BRACKETED_AFTER = /[（(][^（）()]{1,20}[）)]$/u;

/**
 * The numbering a paragraph opens with right after its speaker's label or its time stamp, and
 * where it starts.
 */
export function markerAfterSpeaker(
  text: string,
  previous: ReadonlyMap<string, number>,
): { start: number; match: MarkerMatch } | null {
  // A time stamp before spoken numbering reads as a speaker's label too (`[01:22] Number one: …`).
  for (const label of [TRANSCRIPT_SPEAKER.exec(text), TIME_STAMP_OPENING.exec(text)]) {
    const start = label?.[0].length ?? 0;
    const match = label && isMarkerStart(text, start) ? matchMarker(text, start, false, previous) : null;
    // A field's decimal value is no one's numbering (`Version: 1.3 (final)`), nor a part it names
    // after a label of one word (`Status:   Part 1 (public)`).
    const field = label !== null && /^\S+:\s/u.test(label[0]);
    if (match && !SUB_DECIMAL_FAMILY.test(match.family) && !(field && match.family.startsWith("en-part")))
      return { start, match };
  }
  return null;
}

/** A person by the post or the courtesy that names them (`林教授`, `黃副司長`, `主持人`, `王先生`). */
const PERSON_NAMED =
  /(?:发布人|發布人|发言人|發言人|嘉宾|嘉賓|教授|理事长|理事長|司长|司長|委员|委員|主持人|主席|局长|局長|处长|處長|市长|市長|县长|縣長|书记|書記|代表|记者|記者|先生|女士|老师|老師|经理|經理|董事长|董事長|院长|院長|部长|部長|议员|議員|博士|校长|校長|主任|秘书长|秘書長|会长|會長|社长|社長|总监|總監|科长|科長|组长|組長|队长|隊長|厅长|廳長|署长|署長)$/u;

/** Whether a label alone on its line (`林教授：`) names who speaks next: a turn of a record, no field of a form. */
export function namesSpeaker(label: string): boolean {
  return PERSON_NAMED.test(label.replace(/[：:\s\u3000]+$/u, ""));
}

/** Who speaks next, alone on the line before their words (`周立新：`, `主持人：`, `省广播电视台记者：`). */
const TURN_LABEL = new RegExp(`^${TURN_NAME}$`, "u");

/**
 * The most common Chinese surnames, in both scripts: a label of two or three characters opening
 * with one is a person's name (`周立新`, `何美玲`), not a field (`建议`, `整改措施`).
 */
const SURNAMES = new Set(
  "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭蔡潘田董袁于余叶葉蒋蔣杜苏蘇魏程吕呂丁沈任姚卢盧傅钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付方邹鄒熊白孟秦邱侯江尹薛闫閻段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴欧歐莫孔向常汤湯康易乔喬赖賴文施洪辛柯庄莊温溫邢葛牛焦谷纪紀霍申耿关關兰蘭殷左翟倪鲁魯安齐齊聂聶冉童单單舒",
);

/**
 * A person's name (`周立新`), after their post (`财政部社会保障司司长 赵慧`), a post or a courtesy
 * (`林教授`, `主持人`), or a reporter's outlet (`新华社记者`).
 */
function namesPerson(label: string): boolean {
  const words = label.trim().split(/[\s\u3000]+/u);
  const name = words.at(-1) ?? "";
  return (
    (/^\p{Script=Han}{2,3}$/u.test(label) && SURNAMES.has(label.charAt(0))) ||
    // A post, then the name (`人力资源社会保障部副部长 李伟明`).
    (words.length === 2 && /^\p{Script=Han}{2,4}$/u.test(name) && isSpeaker(label)) ||
    namesSpeaker(label)
  );
}

/**
 * Who speaks next in black brackets, as a live record sets it, the time they began after it perhaps
 * (`【主持人 李堃】\u300014:42:16`, `【江澜日报记者】`).
 */
const BRACKETED_TURN_LABEL = /^【([^【】]{2,30})】(?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** The speaker a line alone names, opening their turn; else null. */
export function turnLabel(text: string): string | null {
  const line = text.trim();
  const label = TURN_LABEL.exec(line)?.[1] ?? BRACKETED_TURN_LABEL.exec(line)?.[1] ?? null;
  return label !== null && namesPerson(label) ? label : null;
}

/** Whether a paragraph opens with who speaks it in Chinese (`发布人：（赵宏）谢谢。…`, `記者（港南日報）：…`). */
export function opensTurn(text: string): boolean {
  const label = CHINESE_TURN.exec(text.trim())?.[1];
  return label !== undefined && namesPerson(label.replace(BRACKETED_AFTER, "").replace(ASKS_OR_ANSWERS, ""));
}
/** A press conference's record says who asks and who answers (`临江日报记者问：`, `何静澜答：`). */
const ASKS_OR_ANSWERS = /(?<=\p{Script=Han}{2})(?:问|問|答)$/u;

/** Who puts questions at a press conference (`新华社记者`, `省广播电视台记者`). */
const QUESTIONER = /(?:记者|記者)$/u;

/** Whether the paragraph is a reporter's: named opening it (`新华社记者：请问…`), or by the turn it is in. */
export function isQuestionerTurn(turn: string | null, text: string): boolean {
  return QUESTIONER.test(SPEAKER_LABEL.exec(text.trim())?.[1] ?? "") || QUESTIONER.test(turn ?? "");
}

/** Who gave the remarks, on the line under their headline (`——恒信智能装备股份有限公司董事长  孙立伟`). */
const BYLINE = /^(?:——|—|--)[ \t\u3000]*[^。！？!?；;]{2,50}$/u;
/** A headline is short: a line of a few phrases, no sentence. */
const HEADLINE_MAX = 40;

/**
 * A collection of remarks (`发言摘要`, `交流发言`) heads each speaker's part with a headline and the
 * speaker under it after a dash (`加大研发投入 以创新赢得市场` · `——…董事长  孙立伟`): with two or
 * more, each headline is a point, counted in order; the byline is its first words. The marker is
 * empty, as nothing numbers them.
 */
export function findBylinedHeadlines(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const headlines: number[] = [];
  blocks.forEach((block, index) => {
    const byline = blocks[index + 1];
    // The byline's dash first: most paragraphs are followed by none.
    if (byline === undefined || !/^[\s\u3000]*[—-]/u.test(byline.text)) return;
    const text = block.text.trim();
    if (
      block.kind === "paragraph" &&
      text.length <= HEADLINE_MAX &&
      !/[。；;！!？?：:]/u.test(text) &&
      !isMarkerStart(text, 0) &&
      byline?.kind === "paragraph" &&
      BYLINE.test(byline.text.trim()) &&
      blocks[index + 2] !== undefined
    )
      headlines.push(index);
  });
  const found = new Map<number, MarkerMatch>();
  if (headlines.length < 2) return found;
  headlines.forEach((at, n) =>
    found.set(at, { family: "headline", ordinal: n + 1, marker: "", strong: false }),
  );
  return found;
}

/**
 * A member named in a debate's heading (`Sarah Whitlock (North Herefordshire Dales) (LD)`, `Mr Tom
 * Pryce`): a name of two to four capitalised words, a courtesy title perhaps before it, its seat
 * and party in brackets perhaps after it.
 */
const COURTESY = `(?:${HONORIFICS.join("|")})`;
const MEMBER_HEADING = new RegExp(
  `^((?:${COURTESY}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})((?:\\s+\\([^()]{2,60}\\))*)$`,
  "u",
);
const COURTESY_START = new RegExp(`^${COURTESY}\\b`, "u");

/** A member named with a courtesy title, alone on a line (`Ms Rhiannon Pryce (Carnmoor) (LD)`, `Mr Reed`). */
const MEMBER_LINE = new RegExp(
  `^${COURTESY}\\.?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}((?:\\s+\\([^()]{2,60}\\))*)$`,
  "u",
);

/** The members together (`Hon. Members`), as a record names their cheers. */
const MEMBERS_LINE = /^(?:Hon(?:ourable|\.)? Members|Several Hon\. Members|Members)$/u;

/**
 * The lines of a debate's record that name who speaks next (`Ms Rhiannon Pryce (Carnmoor and Vale)
 * (LD)`, later `Ms Pryce`, `Mr Reed`): a courtesy title and a name alone on a line, in a text where
 * one such line gives the member's seat or party in brackets. They head turns, no parts. So do the
 * members together (`Hon. Members`) and a minister's name alone, which the record gave in brackets
 * after the office the first time (`The Minister of State, … (Helena Marlow)`).
 */
export function debateMemberLines(blocks: readonly Block[]): Set<number> {
  const texts = blocks.map((block) => (block.kind === "paragraph" ? block.text.trim() : ""));
  const lines = texts.map((text) => MEMBER_LINE.exec(text));
  if (!lines.some((match) => (match?.[1] ?? "") !== "")) return new Set();
  const bracketed = new Set(texts.flatMap((text) => /\(([^()]{3,60})\)$/u.exec(text)?.[1] ?? []));
  return new Set(
    texts.flatMap((text, i) =>
      lines[i] || MEMBERS_LINE.test(text) || (bracketed.has(text) && MEMBER_HEADING.test(text)) ? [i] : [],
    ),
  );
}

/**
 * A debate's record printed with a heading for each turn (`## Sarah Whitlock (…) (LD)`, later `###
 * Sarah Whitlock` again): those headings name who speaks, no part of the text. They are told by
 * two names or more, one of them heading a turn again, and a seat or a courtesy title among them.
 */
export function findSpeakerHeadings(blocks: readonly Block[]): Set<number> {
  const named = new Map<number, string>();
  let placed = false;
  blocks.forEach((block, index) => {
    if (block.kind !== "heading") return;
    const match = MEMBER_HEADING.exec(block.text.trim());
    if (!match?.[1]) return;
    named.set(index, match[1]);
    placed ||= (match[2] ?? "") !== "" || COURTESY_START.test(match[1]);
  });
  const names = [...named.values()];
  const distinct = new Set(names);
  const again = distinct.size < names.length;
  return placed && again && distinct.size >= 2 ? new Set(named.keys()) : new Set();
}
