import type { Warning } from "../errors.js";

/**
 * Text recognised from a scan reads the numeral 一, a single stroke, as a dash (`-、`, `（-）`,
 * `第-章`) and 〇 as 口 (`二口二四年`). Where only the numeral can stand, it is read back.
 */

/**
 * A dash where 一 numbers a line or a sentence: `-、` `（-）` `-是` opening it, its words after (a
 * text pasted as one line numbers its parts after a sentence's end: `。-、`).
 */
const DASH_NUMBERING =
  /(^[ \t\u3000]*[（(]?|[。！？；：][ \u3000]*[（(]?)[-－—](?=[、）)是要]\p{Script=Han})/gmu;
/** A dash in a chapter's or an article's number (`第-章`, `第十-条`). */
const DASH_IN_ORDINAL = /(?<=第[一二三四五六七八九十百]{0,3})[-－—](?=[章节節条條款])/gu;
/** 口 between the digits of a year written in Chinese numerals (`二口二四年`). */
const BOX_FOR_ZERO = /(?<=[一二三四五六七八九〇○零])口(?=[一二三四五六七八九〇○零口]{0,2}年)/gu;

/** The text with those numerals read back, and how many were. */
export function readScannedNumerals(text: string): { text: string; read: number } {
  // Most texts hold none of these marks where a numeral would stand: they are not rewritten.
  if (!/[-－—口]/u.test(text)) return { text, read: 0 };
  let read = 0;
  const count = (replacement: string) => () => {
    read += 1;
    return replacement;
  };
  const repaired = text
    .replace(DASH_NUMBERING, (_, before: string) => {
      read += 1;
      return `${before}一`;
    })
    .replace(DASH_IN_ORDINAL, count("一"))
    .replace(BOX_FOR_ZERO, count("〇"));
  return { text: repaired, read };
}

/** The note that numerals were read back, `read` times, from `line` on. */
export function scannedNumeralsWarning(read: number, line = 1): Warning {
  return {
    line,
    message: `read a dash or 口 recognised from a scan as the numeral it stands for${read > 1 ? ` (${read} times)` : ""}`,
    kind: "cleanup",
  };
}
