import type { Block } from "../ingest/types.js";
import { splitBracketedTitle } from "./heading.js";
import { matchMarker, ordinalOnly } from "./markers.js";

/** Fewer articles than this are a few quoted, not a text's rules. */
const ARTICLES_MIN = 3;
/** An article's own title (`名稱`, `會員的權利`) is a few words. */
const ARTICLE_TITLE_MAX = 15;

type Line = "chapter" | "section" | "titled-article" | "article" | "other";

function lineOf(block: Block | undefined): Line {
  const text = block?.text.trim() ?? "";
  // A number alone on its line takes the title line under it (`第一條` · `標的`, `第一章` · `总则`).
  const bare = ordinalOnly(text);
  if (bare?.family === "cn-article") return "titled-article";
  const match = bare ?? matchMarker(text, 0, false);
  if (match?.family === "cn-part-章") return "chapter";
  if (match?.family === "cn-part-节" || match?.family === "cn-part-節") return "section";
  if (match?.family !== "cn-article") return "other";
  const rest = text.slice(match.marker.length).trim();
  // `第一條 名稱` over its text, `第一条（目的）为了…`: the article has a title of its own.
  const titled =
    splitBracketedTitle(rest) !== null ||
    (rest.length <= ARTICLE_TITLE_MAX && !/[。，,；;：:！？]/u.test(rest));
  return titled ? "titled-article" : "article";
}

/**
 * Rules in chapters (`第一章 总则` · `第一条 为了…，制定本办法。`): an article that opens straight into
 * its text, with no title of its own, is a clause of its chapter, its text and no point, where most
 * are so; one with a title (`第一條 名稱`, `第一条（目的）`, `第一條` over `標的`) stays a point.
 * The items numbered inside any article (`一、…` `（一）…`, a law's 款 and 项) are its text too,
 * unless each heads itself (`（一）资产收益类项目。支持…`).
 * Returns the blocks whose numbering so numbers no point.
 */
export function findArticleText(blocks: readonly Block[]): Set<number> {
  const lines = blocks.map(lineOf);
  const text = new Set<number>();
  const count = (kind: Line) => lines.filter((line) => line === kind).length;
  const untitled = count("article");
  if (untitled + count("titled-article") < ARTICLES_MIN) return text;
  // Rules that title their articles title all: one without is a point still, headed by its first sentence.
  const untitledAreText = count("chapter") >= 2 && untitled > count("titled-article");
  let inArticle = false;
  /** The items of the article being read, kept as points when each heads itself. */
  let items: number[] = [];
  const closeArticle = () => {
    if (!items.every((index) => headsItself(blocks[index]?.text.trim() ?? "")))
      for (const index of items) text.add(index);
    items = [];
  };
  lines.forEach((line, index) => {
    if (line === "chapter" || line === "section") {
      closeArticle();
      inArticle = false;
    } else if (line === "article" || line === "titled-article") {
      closeArticle();
      inArticle = true;
      if (line === "article" && untitledAreText) text.add(index);
    } else if (inArticle && matchMarker(blocks[index]?.text.trim() ?? "", 0, false) !== null)
      items.push(index);
  });
  closeArticle();
  return text;
}

/** An item's heading: a few words ending in a stop before its text (`（一）资产收益类项目。支持…`). */
const ITEM_HEADING = /^[^。，,；;：:！？]{2,10}[。：:](?=\S)/u;

/** Whether an article's item opens with a heading of its own, after its number. */
function headsItself(text: string): boolean {
  const match = matchMarker(text, 0, false);
  return match !== null && ITEM_HEADING.test(text.slice(match.marker.length).trim());
}
