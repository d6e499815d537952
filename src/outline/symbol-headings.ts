import { PICTOGRAPH } from "../pictographs.js";
import type { Block } from "../ingest/types.js";
import type { SplitHeading } from "./heading.js";
import { lineNumbering, ordinalOnly, type MarkerMatch } from "./markers.js";

/**
 * Symbols a report may set before its section headings (`★ 坚持政治引领，…`, `■ 主要做法`), and the
 * pictographs a post's editor sets there instead (`🔹 学习有“深度”。…`, `📌 `).
 */
const HEADING_SYMBOL = new RegExp(`^([★☆■□◆◇▲△●○◎◉►▶❖♦✦✧➤➢]|${PICTOGRAPH}\\uFE0F?)[\\s\\u3000]*(?=\\S)`, "u");

/** A section heading is short: a longer line after a symbol is an item of a list. */
const SYMBOL_HEADING_MAX = 40;

/** A picture's caption after its mark (`▲图为志愿者在小区宣传`, `▲上图：…`), as a WeChat post sets it. */
const CAPTION = /^(?:图|圖)(?:为|為|\d|[：:])|^[上下左右](?:图|圖)|^(?:图片|圖片|摄影|攝影)/u;

/** No sentence inside, not ending as a sentence or a clause does, no caption. */
const headingShaped = (words: string) =>
  words.length <= SYMBOL_HEADING_MAX &&
  !/[。；;！!？?]/u.test(words) &&
  !/[，,、：:.]$/u.test(words) &&
  !CAPTION.test(words);

/**
 * A paragraph that opens with its own short heading, a sentence of a few words, then goes on
 * (`强化组织领导。市优化营商环境工作领导小组要…`, `立规矩，明底线。修订…`), as Word's numbering turned
 * into bullets leaves it.
 */
const HEADED_PARAGRAPH = /^[\p{Script=Han}“”"‘’、·，]{2,20}[。：:][\s\u3000]*\S/u;

/**
 * Paragraphs led by a symbol that heads sections the way numbering does: a short heading line,
 * with no paragraph led by the same symbol right before or after it (a run of them is a bullet
 * list), and at least two such lines. Their ordinals count them in order. A symbol that leads
 * sentences (`● 不收受礼金；`) or lines one after another is a bullet list: no points, unless every
 * paragraph of the run opens with a heading of its own and goes on (`◆ 强化组织领导。市…`): then each
 * is a point, as a numbered paragraph is.
 */
export function findSymbolHeadings(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const symbols = blocks.map((block) =>
    block.kind === "paragraph" ? (HEADING_SYMBOL.exec(block.text)?.[1] ?? null) : null,
  );
  const bySymbol = new Map<string, number[]>();
  symbols.forEach((symbol, index) => {
    const words = (blocks[index]?.text ?? "").replace(HEADING_SYMBOL, "").trim();
    const inRun = symbol !== null && (symbols[index - 1] === symbol || symbols[index + 1] === symbol);
    if (!symbol || inRun || !headingShaped(words)) return;
    // Right over a number alone on its line (`▲学生代表宣读入学誓词` · `二`) or a numbered heading
    // (`▲ 街道召开推进会` · `二、经济发展稳中有进`), it heads nothing: it captions the part it closes.
    const next = blocks[index + 1]?.text.trim() ?? "";
    if (ordinalOnly(next) !== null || lineNumbering(next)?.strong === true) return;
    const found = bySymbol.get(symbol);
    if (found) found.push(index);
    else bySymbol.set(symbol, [index]);
  });
  const headings = new Map<number, MarkerMatch>();
  for (const run of headedRuns(blocks, symbols))
    run.forEach((index, i) =>
      headings.set(index, {
        family: `symbol-run-${symbols[index]}`,
        ordinal: i + 1,
        marker: symbols[index] ?? "",
        strong: false,
      }),
    );
  for (const [symbol, indexes] of bySymbol) {
    if (indexes.length < 2) continue;
    indexes.forEach((index, i) =>
      headings.set(index, { family: `symbol-${symbol}`, ordinal: i + 1, marker: symbol, strong: true }),
    );
  }
  return headings;
}

/** Runs of two or more paragraphs led by one symbol, each opening with a heading of its own and going on. */
function headedRuns(blocks: readonly Block[], symbols: readonly (string | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const close = () => {
    const headed = run.every((index) =>
      HEADED_PARAGRAPH.test((blocks[index]?.text ?? "").replace(HEADING_SYMBOL, "").trim()),
    );
    if (run.length >= 2 && headed) runs.push(run);
    run = [];
  };
  symbols.forEach((symbol, index) => {
    if (symbol === null || (run.length > 0 && symbols[index - 1] !== symbol)) close();
    if (symbol !== null) run.push(index);
  });
  close();
  return runs;
}

/** A short phrase in lenticular brackets, no number (`【红色阵地全覆盖】`); its words the group. */
const BRACKETED_PHRASE = "【(?![一二三四五六七八九十\\d０-９]+】)([^【】。；;！!？?]{2,20})】";
/** Such a phrase opening a paragraph of prose (`【强化政策扶持】县委、县政府…`). */
const RUN_IN_LABEL = new RegExp(`^${BRACKETED_PHRASE}(?=[^\\s【])`, "u");

/** A run-in label's words as the heading of its paragraph, the text after it as the paragraph. */
export function splitRunInLabel(text: string): SplitHeading | null {
  const trimmed = text.trim();
  const label = RUN_IN_LABEL.exec(trimmed);
  if (!label) return null;
  return {
    lead: "【",
    heading: label[1] ?? "",
    terminator: "】",
    rest: trimmed.slice(label[0].length).trim(),
  };
}

/** Such a phrase alone on its line. */
const BRACKETED_LABEL = new RegExp(`^${BRACKETED_PHRASE}$`, "u");
/**
 * A label that names the opening or the close of the whole text (`【引言】`, `【结语】`, `【祷告】`):
 * no part of a section, so it heads none.
 */
const FRAMING_LABEL =
  /^【(?:引言|前言|导言|導言|导语|導語|开场白?|開場白?|序言|结语|結語|结束语|結束語|结尾|結尾|尾声|尾聲|祷告|禱告|祝福|默想|回应|回應)】$/u;
/** A slide's or a page's number in a talk's notes (`【第3页】`, `【PPT第12页】`): where the speaker is, no part. */
const SLIDE_MARK =
  /^[【[［](?:PPT|ppt|幻灯片|幻燈片)?第?[\d一二三四五六七八九十]{1,3}(?:页|頁|张|張|帧|幀)?(?:PPT)?[】\]］]$/u;

/**
 * Lines that are only a bracketed phrase (`【红色阵地全覆盖】`), each over prose of its own, two or
 * more after the text's first words: the headings of the parts of the section they stand in, as a
 * WeChat post or a 综述 writes them. A column's label at the head (`【社论】`) is none.
 */
export function findBracketedLabels(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const labels: number[] = [];
  // `【收入总量稳步增长】2024年，全县…`: a label run into its paragraph of sentences heads it as one on
  // its own line does; a notice's field (`【下主日講員】陳慕義傳道`) heads nothing.
  const runIn = blocks.flatMap((block, index) =>
    block.kind === "paragraph" && /[。！？]/u.test(splitRunInLabel(block.text)?.rest ?? "") ? [index] : [],
  );
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (
      // The first line of the body may be a stamp over the title (`【原创】`), unless prose follows it.
      (index > 0 || /[。！？.!?]/u.test(next?.text ?? "")) &&
      block.kind === "paragraph" &&
      BRACKETED_LABEL.test(block.text.trim()) &&
      !SLIDE_MARK.test(block.text.trim()) &&
      !FRAMING_LABEL.test(block.text.trim()) &&
      next?.kind === "paragraph" &&
      !BRACKETED_LABEL.test(next.text.trim())
    )
      labels.push(index);
  });
  const headings = new Map<number, MarkerMatch>();
  const heads = labels.length >= 2 ? labels : runIn;
  if (heads.length < 2) return headings;
  for (const index of heads)
    headings.set(index, { family: "bracketed-label", ordinal: Number.NaN, marker: "", strong: true });
  return headings;
}
