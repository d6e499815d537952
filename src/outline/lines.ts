import type { Script } from "../ingest/types.js";
import { headerField } from "../header-fields.js";

/** What one line near a speech's start or end is: a title, a salutation, a header, a closing's first words. */

export const CLOSING_OPENER =
  /^(?:同志们|同志們|各位(?:领导|領導|代表|同事|来宾|來賓|同仁)?[，,！!：:]|朋友们|朋友們|谢谢|謝謝|讲完了|講完了|以上(?:报告|報告)[，,。]|我就讲(?:这些|到这里)|我就講(?:這些|到這裡)|(?:最后|最後)[，,]?\s*(?:我|让我|讓我|祝|预祝|預祝|恭祝|衷心|再次|谢谢|謝謝|多谢|多謝|感谢|感謝)|thank you|thanks\b|congratulations|in closing|to conclude|in conclusion|ladies and gentlemen|dear (?:friends|colleagues))/iu;

/**
 * Words of a wish or of thanks (`祝大家新年快乐`, `衷心感谢…`, `我们再次感谢`, `thank you all`), a
 * welcome on someone's behalf (`我谨代表…向各位嘉宾表示热烈的欢迎`), or words that only say the end
 * has come (`let me close with …`, `let me say this.`): what a speech's last words say, read after a
 * closing `最后，`/`Finally,`.
 */
const WISH_OR_THANKS =
  /^(?:我|我们|我們)?(?:谨|謹)?代表[^。！？]{1,60}?(?:表示|致以)[^。！？]{0,8}?(?:欢迎|歡迎|祝贺|祝賀|感谢|感謝|问候|問候|慰问|慰問|敬意)|^(?:(?:我们|我們|我|让我们|讓我們|在此|再次|再一次|衷心地?|诚挚地?|誠摯地?|真诚地?|真誠地?|(?:请|請)大家(?:共同)?|举杯|舉杯)[，,]?\s*){0,3}(?:要|想|谨|謹)?(?:祝|预祝|預祝|恭祝|恭喜|谢谢|謝謝|多谢|多謝|感谢|感謝|致以)|^(?:(?:I|we)\s+(?:would like|want|wish)\s+to\s+|let me\s+|let us\s+)?(?:thank|congratulat|wish (?:you|everyone|all))|^(?:let me|let['’]s|I(?:['’]ll| will| want to))\s+(?:(?:close|conclude|end|finish|wrap up)\b|say this[.:]|leave you with\b)/iu;

/** An appeal to the audience: `请大家和我一起…`, `让我们携起手来…`, `Let us …`. */
const APPEAL = /^(?:(?:请|請|希望)大家|让我们|讓我們|let us\b|let['’]s\b)/iu;
/** Thanks that end a paragraph (`…的城市。谢谢大家！`, `Thank you.`). */
const THANKS_AT_END =
  /(?:谢谢|謝謝|感谢|感謝)(?:大家|各位)?[！!。.]?\s*$|\bthank you(?: (?:all|very much))?[.!]?\s*$/iu;

/** An appeal to the audience in a paragraph that ends with thanks: `请大家和我一起，…。谢谢大家！`. */
const isThankedAppeal = (text: string) => APPEAL.test(text) && THANKS_AT_END.test(text);

/** Words that close a speech: a wish or thanks, or an appeal that ends with thanks. */
export function isClosingWords(text: string): boolean {
  return WISH_OR_THANKS.test(text) || isThankedAppeal(text);
}

const LAST_WORD = /^(?:最后|最後|finally)[，,]?\s*/iu;

/** A last word that appeals to the audience and thanks them: the closing words begin there. */
export function isClosingAppeal(text: string): boolean {
  const last = LAST_WORD.exec(text);
  return last !== null && isThankedAppeal(text.slice(last[0].length));
}

export const SALUTATION =
  /^(?:(?:尊敬的)?(?:[^，,。：:！!？?]{1,16}[，,、]){0,5}(?:同志们|同志們|各位[^，,。：:]{0,10})|尊敬的[^，,。：:！!？?]{1,16}(?:[，,、][^，,。：:！!？?]{1,16}){0,5}[：:]|女士们、先生们|女士們、先生們|朋友们|朋友們|ladies and gentlemen|(?:my )?fellow [^,.:]{1,40}|dear [^,.:]{1,40}(?:,\s*[^,.:]{1,40}){0,4}|good (?:morning|afternoon|evening)[^.]{0,30})[：:，,！!]?$/iu;

export const TITLE_MAX = 60;

/** A full stop that ends a shortened word, not a sentence (`M.D., M.P.H.`, `Jr.`, `Inc.`). */
const SHORTENED_END = /(?:\b(?:[A-Z]\.){2,}|\b(?:Jr|Sr|Inc|Ltd|Co|Corp)\.)$/u;

/**
 * At most `max` characters, no mark of `stops` inside, not ending as a clause or an English
 * sentence does, not the closing's opener: the shape of a title.
 */

export function titleShaped(text: string, script: Script, max: number, stops: RegExp): boolean {
  return (
    text.length <= max &&
    !stops.test(text) &&
    !/[，,、：:]$/u.test(text) &&
    !(/\.$/u.test(text) && script === "en" && !SHORTENED_END.test(text)) &&
    (!CLOSING_OPENER.test(text) || THANKS_HEADING.test(text))
  );
}

/** Thanks set as a report's heading, each word capitalised (`Thank You`), not said (`Thank you.`). */
const THANKS_HEADING = /^Thank You$/u;

/** Short, no sentence inside, not ending as a sentence or clause does: reads as a title. */
export function isTitleLine(text: string, script: Script): boolean {
  return titleShaped(text, script, script === "en" ? 90 : TITLE_MAX, /[。；;！!？?]/u);
}

/** A line addressing the listeners (`各位评委、各位嘉宾，青年朋友们：`): short, ending with a colon. */
const ADDRESS = /^[^。；;！!？?]{1,40}[：:]$/u;
/** A byline or date line (`市长 王某`, `（2024年5月）`): short, no punctuation of a sentence. */
const BYLINE = /^[^。，,；;！!？?：:、.]{1,30}$/u;

/** Who gives the speech, and where (`Spoken by her son, David, at St Mary's Church, 6 February 2026`). */
const DELIVERED_BY =
  /^(?:(?:spoken|delivered|given|presented|read)\s+by|(?:remarks|address|speech|statement)\s+(?:by|of)|as (?:prepared for delivery|delivered)|check against delivery)\b[^!?]{0,200}$/iu;

/** Whether the line says who gives the speech (`Speech by the Secretary for Development on …`). */
export function saysWhoGivesIt(text: string): boolean {
  return DELIVERED_BY.test(text.trim());
}

/** A line before a speech's first words: the salutation, the address, the byline, a memo's header. */
export function opensSpeech(text: string): boolean {
  return (
    SALUTATION.test(text) ||
    ADDRESS.test(text) ||
    BYLINE.test(text) ||
    DELIVERED_BY.test(text) ||
    headerField(text) !== null
  );
}

/**
 * A line wholly in brackets is a cue or a note (`[SLIDE 2: Aerial photograph]`, `(Applause)`): no
 * heading, no title. A transcript may put its time stamp before it (`[00:04:30] [LAUGHTER]`).
 */
const CUE = /^(?:(?:\[[\d:]{4,8}\]|\d{1,2}(?::\d{2}){1,2})\s*)?(?:\[[^\]]*\]|\([^)]*\)|（[^）]*）)$/u;

/** A record's note of members calling out (`Opposition members interjecting—`, `Honourable members interjecting.`). */
const INTERJECTION = /^[A-Z][\p{L}' ]{0,40}\binterjecting[—–-]?\.?$/u;

/** Whether a line is a cue, a note or an interjection (see CUE and INTERJECTION). */
export function isCueLine(text: string): boolean {
  const line = text.trim();
  return CUE.test(line) || INTERJECTION.test(line);
}

/** What a spoken text's title says it is (`…上的讲话`, `…致辞`), in either script: a pattern. */
export const SPOKEN_KIND = "讲话|講話|致辞|致辭|致詞|发言|發言";
/** What a report's title says it is: a pattern. */
export const REPORT_KIND = "报告|報告";
/** How the name of a government body or office ends (`南屏市人民政府`, `市生态环境局`, `中共某市委`): a pattern. */
export const OFFICE_SUFFIX = "委员会|委員會|委|政府|办公室|辦公室|办公厅|辦公廳|局|厅|廳|部|院|署|中心";

/** How long into a recording words were said (`3:18`, `00:02:26`): a pattern. */
export const ELAPSED_TIME = "\\d{1,2}(?::\\d{2}){1,2}";
/** A transcript's time stamp (`02:10`, `[01:04:30]`): a pattern. */
export const TIME_STAMP = `(?:\\[${ELAPSED_TIME}\\]|${ELAPSED_TIME})`;
/** A time stamp alone on its line, over the words said then. */
const TIME_STAMP_LINE = new RegExp(`^${TIME_STAMP}$`, "u");

/** A record's clock time alone on its line, over who speaks next (`12.46 pm`, `2:15 p.m.`). */
const CLOCK_TIME_LINE = /^\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?$/iu;

/** Whether a line is only a cue, a time stamp or a clock time: an aside to the words, none of them. */
export function isAsideLine(text: string): boolean {
  const line = text.trim();
  return isCueLine(line) || TIME_STAMP_LINE.test(line) || CLOCK_TIME_LINE.test(line);
}

/**
 * `附件` (or `附件2`) alone on its line: a 公文's attached document begins, its title on the next
 * line. It is a part of the text of its own, at the top level.
 */
const ATTACHED_DOCUMENT = /^附[\s\u3000]*件[\s\u3000]*[0-9０-９一二三四五六七八九十]{0,2}$/u;

export const isAttachmentLabel = (text: string) => ATTACHED_DOCUMENT.test(text.trim());
