/**
 * Short titles spread out with spaces to the width of longer ones, as regulations print them
 * (`第一章 总  则`, `第七章 附  则`, `目  录`): the spaces are padding inside one word, not
 * breaks between paragraphs or words.
 */

const HAN = /^\p{Script=Han}$/u;
const SPACE = /^\s$/u;

/** The few characters a spread title has (`总则`, `附则`, `前言`, `说明`); a longer title spaces words. */
const SPREAD_TITLE = /^\p{Script=Han}(?:\s+\p{Script=Han}){1,3}$/u;

/**
 * Whether the spaces `text[start, end)` stand between two lone Han characters: padding, not a break.
 * So do they before the last character of a field's name spread to the width of the others, then
 * its colon (`檔  號：`, `附  件：…`, as a 公文's header aligns its fields).
 */
export function padsSpreadTitle(text: string, start: number, end: number): boolean {
  return (
    loneHan(text, start - 1) &&
    (loneHan(text, end) || (HAN.test(text[end] ?? "") && /[：:]/u.test(text[end + 1] ?? "")))
  );
}

/** A Han character with a space or the text's edge on each side. */
function loneHan(text: string, at: number): boolean {
  const edge = (i: number) => i < 0 || i >= text.length || SPACE.test(text[i] ?? "");
  return HAN.test(text[at] ?? "") && edge(at - 1) && edge(at + 1);
}

/** `总  则` → `总则`: a title of a few characters spread with spaces, closed up; any other text as it is. */
export function unspreadTitle(title: string): string {
  return SPREAD_TITLE.test(title) ? title.replace(/\s+/gu, "") : title;
}

/** A line set with a space after every character, its figures whole (`石 桥 镇 2023 年 工 作 总 结 和`). */
const SPREAD_LINE = /^(?:\p{Script=Han}|\d+)(?:[ \u3000](?:\p{Script=Han}|\d+)){4,}$/u;

/** `石 桥 镇 2023 年 工 作` → `石桥镇2023年工作`: a line a scan or a red header spread, closed up. */
export function unspreadLine(text: string): string {
  return SPREAD_LINE.test(text) ? text.replace(/[ \u3000]/gu, "") : text;
}
