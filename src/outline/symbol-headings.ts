import type { Block } from "../ingest/types.js";
import type { MarkerMatch } from "./markers.js";

/** Symbols a report may set before its section headings (`★ 坚持政治引领，…`, `■ 主要做法`). */
const HEADING_SYMBOL = /^([★☆■□◆◇▲△●○◎◉►▶❖♦✦✧➤➢])[\s\u3000]*(?=\S)/u;

/** A section heading is short: a longer line after a symbol is an item of a list. */
const SYMBOL_HEADING_MAX = 40;

/** No sentence inside, not ending as a sentence or a clause does. */
const headingShaped = (words: string) =>
  words.length <= SYMBOL_HEADING_MAX && !/[。；;！!？?]/u.test(words) && !/[，,、：:.]$/u.test(words);

/**
 * Paragraphs led by a symbol that heads sections the way numbering does: a short heading line,
 * with no paragraph led by the same symbol right before or after it (a run of them is a bullet
 * list), and at least two such lines. Their ordinals count them in order. A symbol that leads
 * sentences (`● 不收受礼金；`) or lines one after another is a bullet list: no points.
 */
export function findSymbolHeadings(blocks: readonly Block[]): Map<number, MarkerMatch> {
  const symbols = blocks.map((block) =>
    block.kind === "paragraph" ? (HEADING_SYMBOL.exec(block.text)?.[1] ?? null) : null,
  );
  const bySymbol = new Map<string, number[]>();
  symbols.forEach((symbol, index) => {
    const words = (blocks[index]?.text ?? "").replace(HEADING_SYMBOL, "").trim();
    const inRun = symbol !== null && (symbols[index - 1] === symbol || symbols[index + 1] === symbol);
    if (symbol && !inRun && headingShaped(words))
      bySymbol.set(symbol, [...(bySymbol.get(symbol) ?? []), index]);
  });
  const headings = new Map<number, MarkerMatch>();
  for (const [symbol, indexes] of bySymbol) {
    if (indexes.length < 2) continue;
    indexes.forEach((index, i) =>
      headings.set(index, { family: `symbol-${symbol}`, ordinal: i + 1, marker: symbol, strong: true }),
    );
  }
  return headings;
}
