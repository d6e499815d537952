import { HONORIFICS } from "../abbreviations.js";
import { hasLatinLetter } from "../characters.js";
import { MONTH_NAMES, WEEKDAY } from "../dates.js";
import type { Meta } from "./types.js";

/**
 * English lines that say who speaks, where and when (`President: Margaret Ellison`, `Remarks by …`,
 * `As prepared for delivery`, `Delivered at …, 14 May 2026`). They head a speech as printed but
 * are not spoken: they belong on the title slide's lines, never in the title.
 */

/** Lines this long are speech, not a byline. */
const MAX_BYLINE = 120;

const MONTH = `(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
/** `14 May 2026`, `May 14, 2026`, `2026-05-14`, `14/05/2026`, with an optional weekday. */
const DATE = `${WEEKDAY}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`;

const DATE_LINE = new RegExp(`^(${DATE})\\.?$`, "u");
/** `Friday, 24 May 2024, School Sports Hall`: the date, then where. */
const DATE_THEN_PLACE = new RegExp(`^(${DATE})(?:,|\\s+[—–-])\\s+([A-Z][^.!?;:]{1,60})$`, "u");
/** `The Convention Centre, Dublin – Thursday 6 March 2025`: where (a place and its town), a dash, then the date. */
const PLACE_THEN_DATE = new RegExp(`^([A-Z][^.!?;:,]{1,40},\\s[^.!?;:]{1,40}?)\\s+[—–-]\\s+(${DATE})$`, "u");
/** A dateline: the town, a comma, the date (`Nanning, August 21, 2024`). */
const TOWN_THEN_DATE = new RegExp(
  `^([A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,2}),\\s+(${DATE})\\.?$`,
  "u",
);
/**
 * What DATE_LINE matches in a line without a Latin letter: a date in figures (`2026-05-14`,
 * `14/05/2026`). Every other byline form has Latin letters.
 */
const FIGURES_DATE_LINE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\.?$/u;
/** `Remarks by Daniel Okafor, County Treasurer`, `By Priya Raman`, `Speech by …`. */
const BY_LINE =
  /^(?:(?:Opening |Closing |Prepared |Keynote )?(?:Remarks|Speech|Address|Statement|Keynote|Lecture|Talk|Presentation|Report) (?:by|of|from) |(?:Written |Presented |Delivered |Given )?By )(.+?)\.?$/iu;
/** The topic after who speaks (`… on the Elm Street Shooting`, `… on Housing Supply`). */
const NAMES_TOPIC =
  /\s(?:on|about|regarding|concerning)\s+(?:the\s+)?[A-Z\d]|,\s+(?:on|about|regarding|concerning)\s+the\s/u;
/** Titles of office a `Role: Name` line starts with. */
const ROLE =
  /\b(?:President|Vice[- ]President|Chair|Chairman|Chairwoman|Chairperson|Chief|CEO|CFO|Director|Minister|Secretary|Treasurer|Mayor|Governor|Dean|Principal|Provost|Chancellor|Vice[- ]Chancellor|Rector|Commissioner|Speaker|Presenter|Author|Ambassador|Senator|Councillor|Councilor|Head|Manager|Superintendent|Bishop|Professor|Dr)\b/u;
const HONORIFIC = `(?:${HONORIFICS.join("|")})\\.?\\s+`;
/**
 * A person's name: two to five capitalised words (initials and particles allowed); an office
 * named with its article (`THE PRESIDENT AND CEO`) is none.
 */
const NAME = new RegExp(
  `^(?![Tt][Hh][Ee]\\s)(?:${HONORIFIC})?[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|van|von|de|da|del|der|bin|al)){1,4}$`,
  "u",
);
/** A title before a name (`Dr.`, `Mrs.`): the name after it is a person's. */
const HONORIFIC_START = new RegExp(`^${HONORIFIC}`, "u");
/**
 * A name opened by initials (`V. S. Raman`, `J.R. Okafor`). Two at least: one letter alone may
 * number a section (`A. Purpose`).
 */
const INITIALS = /^(?:[A-Z]\.\s*){2,3}[A-Z]/u;
/** `Delivered at the County Hall, 3 March 2027`; the place or the date may stand alone. */
const DELIVERED = new RegExp(
  `^(?:Delivered|Given|Presented|Spoken|Remarks delivered|Speech delivered)\\s+(?:at|to|in|before|on)\\s+(.+?)\\.?$`,
  "iu",
);
const DATE_AT_END = new RegExp(`(?:,|\\s+[—–-])?\\s*(?:on\\s+)?(${DATE})$`, "u");
/** The hour a paper stamps before the day (`4:12 PM EDT, Sun May 19, 2024`), with the day's short name. */
const HOUR_BEFORE_DATE =
  "(?:\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?,?\\s+)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?";
/** A post's line under its title (`Posted on May 5, 2025 by Church Office`): who posted it is no speaker. */
const POSTED = new RegExp(
  `^(?:Posted|Published|Updated)(?:\\s+on)?\\s+(${HOUR_BEFORE_DATE}${DATE})(?:\\s+by\\s+(.{2,60}?))?\\.?$`,
  "iu",
);
const DELIVERY_NOTE =
  /^(?:As prepared for delivery|Prepared for delivery|As delivered|(?:Please\s+)?check against delivery|Embargoed(?: until (?:[^.!?]|\.(?=\d)){1,40})?|Text as prepared)\.?$/iu;

/**
 * `Address by Minister Aoife Brennan TD at the National Skills Summit 2025`: a byline that names the
 * occasion too, which titles a speech printed with no other title. The name it gives, or null.
 */
export function speakerAtOccasion(line: string): string | null {
  if (!SAID_BY.test(line.trim())) return null;
  const by = BY_LINE.exec(line.trim());
  const occasion = by?.[1] ? OCCASION.exec(by[1]) : null;
  if (!by?.[1] || !occasion || !startsWithName(by[1])) return null;
  return by[1].slice(0, occasion.index).replace(/,$/u, "").trim();
}
/** What was said, by whom (`Address by`, `Opening Remarks of`); not a delivery's `Delivered by`. */
const SAID_BY =
  /^(?:(?:Opening|Closing|Keynote|Welcome|Welcoming)\s+)?(?:Remarks|Speech|Address|Statement|Keynote|Lecture)\s+(?:by|of|from)\s/iu;
/** Where the words were said, after who says them (`… TD at the National Skills Summit 2025`). */
const OCCASION = /,?\s+(?:at|to|before)\s+(?:the\s+)?[A-Z\d]/u;

/** `Statement made on 12 February 2025 Statement UIN HCWS412`: the day, and the statement's number. */
const STATEMENT_MADE = new RegExp(
  `^Statement made on (${DATE})(?:\\s+(?:Statement\\s+)?(?:UIN\\s+)?([A-Z]{2,8}\\d{1,6}))?$`,
  "u",
);
/** `Made by: Lucy Hargreave (Parliamentary Under-Secretary of State …)`. */
const MADE_BY = /^Made by:\s+(.{2,100})$/u;
/** How many read a page (`12.4K views`, `1,203 reads`). */
const VIEW_COUNT = /^([\d.,]+[KkMm]?)\s+(?:views|reads)$/u;
/** A paper's writers named as its staff or desk (`Ledger Staff`, `the Metro Desk`, `Staff Reporter`). */
const NEWSROOM =
  /^(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Staff|Staff Writers?|Staff Reporters?|Reporters|Desk|Newsroom|Editorial Board|Wire Services?)$/u;

/** The facts an English byline line states, or null when the line is speech. */
export function parseEnglishByline(line: string): Meta | null {
  const text = line.trim();
  if (text === "" || text.length > MAX_BYLINE) return null;
  // A line without Latin letters (a Chinese title) can be no byline but a date in figures.
  if (!hasLatinLetter(text)) return figuresDate(text);
  if (DELIVERY_NOTE.test(text)) return { delivery: text.replace(/\.$/u, "") };
  const date = DATE_LINE.exec(text);
  if (date?.[1]) return { date: date[1] };
  const dated = DATE_THEN_PLACE.exec(text);
  if (dated?.[1] && dated[2]) return { date: dated[1], venue: dated[2].trim() };
  const posted = POSTED.exec(text);
  if (posted?.[1]) return posted[2] ? { date: posted[1], editor: posted[2] } : { date: posted[1] };
  const delivered = DELIVERED.exec(text);
  // `Presented to Parliament by the Secretary of State …` says who presents it after the place: a
  // sentence of the cover, which stays whole in the text rather than read as a clipped venue.
  if (delivered?.[1]) return /\sby\s/u.test(delivered[1]) ? null : placeAndDate(delivered[1]);
  const placed = PLACE_THEN_DATE.exec(text) ?? TOWN_THEN_DATE.exec(text);
  if (placed?.[1] && placed[2]) return { date: placed[2], venue: placed[1].trim() };
  const fields = pageFields(text);
  if (fields !== null) return fields;
  // A parliament's written statement: when it was made, its number, and by whom.
  const made = STATEMENT_MADE.exec(text);
  if (made?.[1]) return made[2] ? { date: made[1], number: made[2] } : { date: made[1] };
  const madeBy = MADE_BY.exec(text);
  if (madeBy?.[1]) return { author: madeBy[1] };
  const views = VIEW_COUNT.exec(text);
  if (views?.[1]) return { views: views[1] };
  const by = BY_LINE.exec(text);
  // A paper's own writers (`By Ledger Staff`, `By the Metro Desk`) write it, no speaker.
  if (by?.[1] && NEWSROOM.test(by[1])) return { author: by[1].trim() };
  // `Statement of Chief Marcus Bell on the Elm Street Shooting` names what is said too: a title.
  if (by?.[1] && startsWithName(by[1]) && !NAMES_TOPIC.test(by[1])) return { author: by[1].trim() };
  if (isPersonLine(text)) return { author: text };
  // `Dr. Miriam Castellano — Hollis College, Saturday, May 18, 2024`: who, then where and when.
  const [who = "", ...whereAndWhen] = text.split(/\s+[—–]\s+/u);
  if (whereAndWhen.length === 1 && isPersonLine(who) && DATE_AT_END.test(text))
    return { author: who, ...placeAndDate(whereAndWhen[0] ?? "") };
  const colon = /^([^:]{2,40}):\s+(.+?)\.?$/u.exec(text);
  if (colon?.[1] && colon[2] && ROLE.test(colon[1]) && NAME.test(colon[2].trim())) {
    return { author: `${colon[2].trim()}, ${colon[1].trim()}` };
  }
  return null;
}

/** The fields a news page prints under its headline, and the metadata each gives. */
const PAGE_FIELD_KEYS: Record<string, string> = {
  date: "date",
  updated: "date",
  published: "date",
  posted: "date",
  source: "source",
  editor: "editor",
  author: "author",
  reporter: "author",
  views: "views",
  hits: "views",
};
const PAGE_FIELD = new RegExp(`\\b(${Object.keys(PAGE_FIELD_KEYS).join("|")})\\s*:\\s*`, "giu");
/** The fewest fields that make such a line (`Source: …` alone may cite a figure's source). */
const PAGE_FIELDS_MIN = 2;

/** `Updated: 2024-08-22 16:48   Source: eastasiadaily.com.cn   Editor: Wang Yue` → its fields; else null. */
function pageFields(text: string): Meta | null {
  const keys = [...text.matchAll(PAGE_FIELD)];
  if (keys.length < PAGE_FIELDS_MIN || keys[0]?.index !== 0) return null;
  const meta: Meta = {};
  for (const [k, key] of keys.entries()) {
    const value = text
      .slice(key.index + key[0].length, keys[k + 1]?.index ?? text.length)
      .replace(/[\s|]+$/u, "");
    const name = PAGE_FIELD_KEYS[key[1]?.toLowerCase() ?? ""];
    if (value === "" || name === undefined) return null;
    meta[name] ??= value;
  }
  return meta;
}

/**
 * A news page's fields set one to a line (`Source: General Office of …` · `Updated: 2024-04-02`): read
 * together, as one line of them is. Null unless each line opens with a field.
 */
export function pageFieldLines(first: string, second: string): Meta | null {
  const opensWithField = (line: string) => [...line.matchAll(PAGE_FIELD)][0]?.index === 0;
  return opensWithField(first) && opensWithField(second) ? pageFields(`${first}   ${second}`) : null;
}

function figuresDate(text: string): Meta | null {
  const date = FIGURES_DATE_LINE.exec(text);
  return date?.[1] ? { date: date[1] } : null;
}

/** `the County Hall, 3 March 2027` → venue and date. */
function placeAndDate(text: string): Meta {
  const meta: Meta = {};
  const date = DATE_AT_END.exec(text);
  const place = (date ? text.slice(0, date.index) : text).trim();
  if (date?.[1]) meta.date = date[1];
  // On a line of its own the place starts with a capital: `the County Hall` → `The County Hall`.
  if (place !== "") meta.venue = place.charAt(0).toUpperCase() + place.slice(1);
  return meta;
}

/** `Daniel Okafor, County Treasurer`: the words before the first comma read as a name. */
function startsWithName(text: string): boolean {
  // The name ends at a comma or where the occasion begins (`… Villaseñor to the Metro Policy Forum`).
  return NAME.test((text.split(/,|\s+(?:to|at|before|for|on|in)\s+(?=\S)/u)[0] ?? "").trim());
}

/**
 * A line that names the speaker alone, maybe with a position after a comma (`Dr. Alicia
 * Moreno-Hart`, `V. S. Raman, Harbour Master`): a title or initials make it a person's name, where
 * a place or a college (`Westbrook Community College`) has neither. A title before an office
 * (`Mr. Speaker,`) addresses the listeners instead, and a line ending as a clause does goes on.
 */
export function isPersonLine(text: string): boolean {
  if (/[,:;]$/u.test(text)) return false;
  const [name = "", ...rest] = text.split(",");
  const role = rest.join(",").trim();
  const person = name.trim();
  return (
    NAME.test(person) &&
    (HONORIFIC_START.test(person) || INITIALS.test(person)) &&
    !ROLE.test(person.replace(HONORIFIC_START, "")) &&
    (rest.length === 0 || (role.length <= 60 && !/[.!?;:]/u.test(role)))
  );
}
