import type { Block } from "../ingest/types.js";
import type { Point } from "./types.js";

/** An appendix's label: `Appendix A`, `ANNEX 1`, `附录A`, `附件1`. */
const APPENDIX_LABEL =
  "((?:APPENDIX|Appendix|ANNEXE?|Annexe?)\\s+(?:[A-Z]|\\d{1,2}|[IVX]{1,4})(?![A-Za-z])[.:]?)|(附[\\s\\u3000]*(?:件|录|錄)[\\s\\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|[A-Z])?)";

/**
 * An appendix's heading that gives its own title: `Appendix A: Statistical tables`, `Annex 1 –
 * Consultation questions`, `附录A  2023年主要活动一览表`, `附件1\u3000新成立专科分会名单`. A 公文's
 * `附件：…` lists what it sends along, and `附表1` heads a table: neither is a part of the text.
 */
const TITLED_APPENDIX = new RegExp(
  `^(?:${APPENDIX_LABEL})(?:\\s+[—–-])?[\\s\\u3000]+([^\\s\\u3000：:.!?。；][^：:.!?。；]{1,79})$`,
  "u",
);
/** The label alone, its title split off onto a block of the same line (see `splitBlocks`). */
const LABEL_ALONE = new RegExp(`^(?:${APPENDIX_LABEL})$`, "u");
/** A title's words: a few, no punctuation of a sentence. */
const SHORT_TITLE = /^[^。；：！？.;:!?]{2,40}$/u;

/**
 * The appendices that close a report, each a part of it beside its sections (`附录A  …` over its
 * table): a point at the top level whose paragraphs are all the appendix holds, numbered lines
 * included (a table's rows are no points). `start` is where the first begins among `closing`, or
 * `closing.length`; what stands before it stays closing words.
 */
export function appendixPoints(
  closing: readonly Block[],
  asWritten: (block: Block) => string,
): { start: number; points: Point[] } {
  const points: Point[] = [];
  let start = closing.length;
  for (let i = 0; i < closing.length; i++) {
    const block = closing[i] as Block;
    const text = block.text.trim();
    const next = closing[i + 1];
    const alone = block.kind === "item" ? null : LABEL_ALONE.exec(text);
    const splitTitle =
      alone && next && next.line === block.line && SHORT_TITLE.test(next.text.trim())
        ? next.text.trim()
        : null;
    const titled = splitTitle === null && block.kind !== "item" ? TITLED_APPENDIX.exec(text) : null;
    const label = splitTitle !== null ? alone : titled;
    if (!label) {
      points.at(-1)?.paragraphs.push(asWritten(block));
      continue;
    }
    if (points.length === 0) start = i;
    points.push({
      level: 1,
      marker: label[1]?.replace(/\s+/gu, " ") ?? label[2]?.replace(/[\s\u3000]+/gu, "") ?? "",
      heading: splitTitle ?? titled?.[3]?.trim() ?? "",
      terminator: "",
      paragraphs: [],
      children: [],
      line: block.line,
      inline: false,
    });
    if (splitTitle !== null) i++;
  }
  return { start, points };
}
