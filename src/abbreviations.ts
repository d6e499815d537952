/**
 * English words shortened with a full stop that does not end a sentence: a title before a name
 * (`Dr. Moreno`, `Mrs. Okafor`), or a word before what it names (`St. Mary's`, `No. 5`, `Mt. Hood`).
 */

/** Titles that stand before a person's name. */
export const HONORIFICS = [
  "Dr",
  "Mr",
  "Mrs",
  "Ms",
  "Mx",
  "Prof",
  "Rev",
  "Hon",
  "Fr",
  "Gen",
  "Col",
  "Lt",
  "Capt",
  "Sgt",
  "Cmdr",
  "Adm",
  "Gov",
  "Sen",
  "Rep",
  "Supt",
  "Cllr",
  "Insp",
  "Sir",
  "Dame",
];

/** Other shortened words that go on with what follows them. */
const SHORTENED = [
  "St",
  "Mt",
  "Ft",
  "No",
  "Nos",
  "Vol",
  "Fig",
  "Jr",
  "Sr",
  "vs",
  "approx",
  "cf",
  "e.g",
  "i.e",
  "viz",
];

const ABBREVIATIONS = new Set([...HONORIFICS, ...SHORTENED].map((word) => word.toLowerCase()));
/** Shortened words that often end a sentence too (`…at 6 p.m. The hall…`): they go on only before a lower-case word. */
const OFTEN_LAST = new Set(["a.m", "p.m", "etc", "inc", "ltd", "co"]);

/**
 * Whether the full stop at `dot` in `text` closes a shortened word or a name's initial rather than
 * a sentence: the word before it is an abbreviation, or a capital letter before another initial
 * (`V. S. Raman`, `I. M. Castillo`), or a capital letter between a first name (or nothing) and a
 * surname (`John F. Kennedy`, `J. Okafor`, in capitals `DESMOND A. WHITFIELD`). `plan B. It` and `than I.
 * Then` end sentences.
 */
export function isAbbreviationAt(text: string, dot: number): boolean {
  if (!/^\s+\S/u.test(text.slice(dot + 1, dot + 4))) return false;
  const before = text.slice(Math.max(0, dot - 40), dot);
  const word = /(?:^|[\s("“‘])([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  const next = text.slice(dot + 1).trimStart();
  if (OFTEN_LAST.has(word.toLowerCase())) return /^[\p{Ll}\d]/u.test(next);
  if (!/^\p{Lu}$/u.test(word)) return false;
  if (/^\p{Lu}\.\s/u.test(next)) return true;
  const previous = /(\S+)\s+\p{Lu}$/u.exec(before)?.[1];
  // A name in capitals (`DESMOND A. WHITFIELD`): a surname of three letters or more after the initial.
  const nameInCapitals = /^\p{Lu}{2,}$/u.test(previous ?? "") && /^\p{Lu}{3,}(?!\p{L})/u.test(next);
  return (
    word !== "I" &&
    (nameInCapitals ||
      (/^\p{Lu}\p{Ll}/u.test(next) && (previous === undefined || /^\p{Lu}[\p{Ll}.]/u.test(previous))))
  );
}
