import { asciiDigits, chineseNumber, circledNumber, romanNumber } from "./numerals.js";

/**
 * A place where numbering may begin. Whether it really is structure is decided later, by whether
 * its series continues (see `candidates.ts`).
 */
export interface MarkerMatch {
  /** Which numbering family (`cn-dun` for `一、`, `cn-shi` for `一是`, `dec2` for `1.1`, …). */
  family: string;
  /** Its number in the series; `LAST` for `最后`, NaN where the family has no numbers. */
  ordinal: number;
  /** The numbering exactly as written, with the punctuation and spaces that belong to it. */
  marker: string;
  /** Strong markers (`一、`, `（一）`, `I.`) are structure even without a second item. */
  strong: boolean;
}

/** `最后` closes a `首先 … 其次 …` series whatever its length. */
export const LAST = 1000;

const CN = "[一二三四五六七八九十百零〇两兩]{1,4}";
const CN_SMALL = "[一二三四五六七八九十]{1,3}";
const DIGIT = "[0-9０-９]";

interface Family {
  id: string;
  pattern: RegExp;
  ordinal: (m: RegExpExecArray) => number;
  strong: boolean | ((m: RegExpExecArray, text: string) => boolean);
  /** May appear inside a paragraph as a series (`……。一是……；二是……`). */
  inline: boolean;
  /** Which characters may stand before it inside a paragraph. */
  inlineAfter?: RegExp;
}

const SENTENCE_END_BEFORE = /[。；;！!？?]\s*$/u;
const CLAUSE_END_BEFORE = /[。；;！!？?：:，,]\s*$/u;

const cn = (m: RegExpExecArray) => chineseNumber(m[1] ?? "");
const arabic = (m: RegExpExecArray) => Number(asciiDigits(m[1] ?? ""));
const EN_ORDINALS: Record<string, number> = {
  First: 1,
  Second: 2,
  Third: 3,
  Fourth: 4,
  Fifth: 5,
  Sixth: 6,
  Seventh: 7,
  Eighth: 8,
  Ninth: 9,
  Tenth: 10,
  Finally: LAST,
  Lastly: LAST,
};
const SEQUENCE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: LAST, 最後: LAST };

// Order matters: the first family that matches at a position wins.
const FAMILIES: Family[] = [
  {
    id: "cn-part",
    pattern: new RegExp(`第(${CN})(?:部分|章|节|節|篇|讲|講)[\\s\\u3000]*[：:，,、．.]?[\\s\\u3000]*`, "uy"),
    ordinal: cn,
    strong: true,
    inline: false,
  },
  {
    id: "cn-di",
    pattern: new RegExp(
      `第(${CN_SMALL})(?:个方面|個方面|方面|点|點|条|條|种|種|项|項|个|個)?(?:是[，,：:]?|[，,、：:．.])[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: cn,
    strong: false,
    inline: true,
  },
  {
    id: "cn-dun",
    pattern: new RegExp(`(${CN})[\\s\\u3000]*[、．.](?![一二三四五六七八九十][、．.])[\\s\\u3000]*`, "uy"),
    ordinal: cn,
    strong: true,
    // Inside a paragraph only after a colon or a sentence end (`主要有三点：一、……；二、……`).
    inline: true,
    inlineAfter: /[。；;：:！!？?]\s*$/u,
  },
  {
    id: "cn-paren",
    pattern: new RegExp(
      `[（(][\\s\\u3000]*(${CN})[\\s\\u3000]*[）)][\\s\\u3000]*[、，,．.：:]?[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: cn,
    strong: true,
    inline: true,
  },
  {
    id: "cn-shi",
    pattern: new RegExp(`(?:(${CN_SMALL})(?:是|要|则|則|来|來)|其(${CN_SMALL}))[，,：:]?[\\s\\u3000]*`, "uy"),
    ordinal: (m) => chineseNumber(m[1] ?? m[2] ?? ""),
    strong: false,
    inline: true,
  },
  {
    id: "cn-seq",
    pattern: /(首先|其次|再次|最后|最後)[，,：:]?[\s\u3000]*/uy,
    ordinal: (m) => SEQUENCE[m[1] ?? ""] ?? Number.NaN,
    strong: false,
    inline: true,
    inlineAfter: SENTENCE_END_BEFORE,
  },
  {
    id: "dec",
    pattern: new RegExp(
      `(${DIGIT}{1,3}(?:[.．]${DIGIT}{1,3}){1,3})[.．]?(?=[\\s\\u3000]|\\p{Script=Han})[\\s\\u3000]*`,
      "uy",
    ),
    ordinal: (m) =>
      Number(
        asciiDigits(m[1] ?? "")
          .split(/[.．]/u)
          .at(-1),
      ),
    strong: (m) => /\s$/u.test(m[0]),
    inline: false,
  },
  {
    id: "num-dot",
    pattern: new RegExp(`(${DIGIT}{1,3})[\\s\\u3000]*([.．、])(?!${DIGIT})[\\s\\u3000]*`, "uy"),
    ordinal: arabic,
    strong: false,
    inline: true,
  },
  {
    id: "num-paren",
    pattern: new RegExp(`[（(][\\s\\u3000]*(${DIGIT}{1,3})[\\s\\u3000]*[）)][\\s\\u3000]*`, "uy"),
    ordinal: arabic,
    strong: false,
    inline: true,
  },
  {
    id: "num-rparen",
    pattern: new RegExp(`(${DIGIT}{1,3})\\)[\\s\\u3000]+`, "uy"),
    ordinal: arabic,
    strong: false,
    inline: false,
  },
  {
    id: "circled",
    pattern: /([①-⑳])[\s\u3000]*/uy,
    ordinal: (m) => circledNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    // English paragraphs opened `First, … Second, … Finally, …`: a series, never a lone word.
    id: "en-ordinal",
    pattern: /(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly)(?:ly)?,\s+/uy,
    ordinal: (m) => EN_ORDINALS[m[1] ?? ""] ?? Number.NaN,
    strong: false,
    inline: false,
  },
  {
    id: "roman",
    pattern: /([IVX]{1,5})\.\s+(?=\S)/uy,
    ordinal: (m) => romanNumber(m[1] ?? ""),
    strong: true,
    inline: false,
  },
  {
    id: "alpha-upper",
    pattern: /([A-Z])\.\s+(?=\S)/uy,
    ordinal: (m) => (m[1] ?? "A").charCodeAt(0) - 64,
    strong: false,
    inline: false,
  },
  {
    id: "roman-lower-paren",
    pattern: /\(([ivx]{1,4})\)\s+/uy,
    ordinal: (m) => romanNumber(m[1] ?? ""),
    strong: false,
    inline: true,
  },
  {
    id: "alpha-lower-paren",
    pattern: /\(([a-z])\)\s+/uy,
    ordinal: (m) => (m[1] ?? "a").charCodeAt(0) - 96,
    strong: false,
    inline: true,
  },
  {
    id: "alpha-lower",
    pattern: /([a-z])[.)]\s+(?=\S)/uy,
    ordinal: (m) => (m[1] ?? "a").charCodeAt(0) - 96,
    strong: false,
    inline: false,
  },
];

/** Letters that are both a Roman numeral and a letter of the alphabet. */
const AMBIGUOUS: Record<string, [string, string]> = {
  roman: ["alpha-upper", "roman"],
  "roman-lower-paren": ["alpha-lower-paren", "roman-lower-paren"],
};

/** Characters that can begin a marker: a cheap filter before trying the patterns. */
export const MARKER_START = /[一二三四五六七八九十百零〇两兩第其首再最（(0-9０-９①-⑳IVXA-Za-z]/u;

/**
 * The marker starting at `index` of `text`, if any. `previous` holds the last ordinal seen per
 * family so that `I.` after `H.` reads as a letter, not a Roman one.
 */
export function matchMarker(
  text: string,
  index: number,
  inline: boolean,
  previous: ReadonlyMap<string, number> = new Map(),
): MarkerMatch | null {
  if (inline && !isInlineBoundary(text, index)) return null;
  for (const family of FAMILIES) {
    if (inline && !family.inline) continue;
    if (inline && family.inlineAfter && !family.inlineAfter.test(text.slice(Math.max(0, index - 4), index)))
      continue;
    family.pattern.lastIndex = index;
    const m = family.pattern.exec(text);
    if (!m) continue;
    const after = text.slice(index + m[0].length, index + m[0].length + 1);
    // A marker must introduce words, not stand before punctuation or nothing.
    if (after === "" || (/^[\p{P}\s]/u.test(after) && !/^[“"‘《(（]/u.test(after))) continue;
    // `1.1` and `1.1.1` are series of their own: one family per depth.
    let id = family.id === "dec" ? `dec${asciiDigits(m[1] ?? "").split(/[.．]/u).length}` : family.id;
    let ordinal = family.ordinal(m);
    const swap = AMBIGUOUS[id];
    if (swap && (m[1] ?? "").length === 1) {
      const [letterFamily] = swap;
      const letterOrdinal = (m[1] ?? "a").toLowerCase().charCodeAt(0) - 96;
      if ((previous.get(letterFamily) ?? -1) === letterOrdinal - 1) {
        id = letterFamily;
        ordinal = letterOrdinal;
      }
    }
    if (Number.isNaN(ordinal)) continue;
    const strong = typeof family.strong === "function" ? family.strong(m, text) : family.strong;
    return { family: id, ordinal, marker: m[0].replace(/[\s\u3000]+$/u, ""), strong: strong && !inline };
  }
  return null;
}

function isInlineBoundary(text: string, index: number): boolean {
  if (index === 0) return false;
  return CLAUSE_END_BEFORE.test(text.slice(Math.max(0, index - 4), index));
}

/** The length of the marker as matched, spaces after it included. */
export function markerSpan(text: string, index: number, match: MarkerMatch): number {
  let end = index + match.marker.length;
  while (end < text.length && /[\s\u3000]/u.test(text[end] ?? "")) end++;
  return end - index;
}
