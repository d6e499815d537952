import type { Block } from "../ingest/types.js";
import { ordinalOnly, type MarkerMatch } from "./markers.js";

/**
 * The name of an opening or closing part alone on its line (`前言`, `結語`, `Introduction`,
 * `Conclusion`, `Executive Summary`, a committee report's `Recommendations` and `Reasons for
 * recommendations`, a talk told in chapters: `Prologue`, `Epilogue`): the speech's own parts,
 * unnumbered, beside its numbered sections.
 */
const PART_NAME =
  /^(?:前言|引言|序言|导言|導言|开场白|開場白|结语|結語|结束语|結束語|结论|結論|尾声|尾聲|后记|後記|摘要|内容摘要|內容摘要|概述|卷首语|卷首語|写在最后|寫在最後|写在前面|寫在前面|Introduction|Conclusion|Conclusions|Opening remarks|Closing remarks|Concluding remarks|Executive Summary|Executive summary|Summary|Recommendations?|Reasons for (?:the )?recommendations?|Foreword|Preface|Overview|Prologue|Epilogue|Afterword|Postscript|Coda)$/u;

/**
 * A report's foreword named in its head's words (`院長的話`, `董事长的话`, `Chair's foreword`). Over
 * a greeting (`各位股東女士、先生：`) it is a letter's title instead: the letter is the whole text.
 */
const FOREWORD =
  /^(?:\p{Script=Han}{1,5}的(?:话|話)|(?:Chair|Chairman|Chairwoman|Chairperson|President|Principal|Chief Executive|Director)['’]s (?:[Ff]oreword|[Mm]essage|[Ii]ntroduction))$/u;

/** Whether a line is only the name of an opening or closing part. */
export function isPartName(text: string): boolean {
  return PART_NAME.test(text.trim()) || FOREWORD.test(text.trim());
}

/** The family a part's name stands in until the sections beside it are known (see candidates.ts). */
export const PART_NAME_FAMILY = "part-name";

/**
 * Lines that name a part (`前言` before `一、`, `結語` after `三、`): unnumbered parts at the level of
 * the text's sections, once those are known.
 */
export function findPartNames(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const parts = new Map<number, MarkerMatch>();
  blocks.forEach((block, index) => {
    // Under a number alone on its line (`三、` · `結語`), the name is that number's title.
    if (
      block.kind === "paragraph" &&
      isPartName(block.text) &&
      ordinalOnly(blocks[index - 1]?.text.trim() ?? "") === null &&
      !(FOREWORD.test(block.text.trim()) && /[：:]$/u.test(blocks[index + 1]?.text.trim() ?? ""))
    )
      parts.set(index, { family: PART_NAME_FAMILY, ordinal: Number.NaN, marker: "", strong: true });
  });
  return parts;
}
