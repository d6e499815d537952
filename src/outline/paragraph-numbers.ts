import type { Block, Script } from "../ingest/types.js";
import { RAISED_DIGIT } from "../characters.js";
import { asciiDigits } from "../numerals.js";
import { isStructure, type Candidate } from "./candidates.js";
import { opensWithNumbering, SUB_DECIMAL_FAMILY } from "./markers.js";
import { isTitleLine } from "./lines.js";
import { isPartName, PART_NAME_FAMILY } from "./part-names.js";
import { COLUMN_GAP } from "./table-rows.js";

/**
 * Paragraph numbers: a policy address or a report that numbers every paragraph (`1.` `2.` … `87.`)
 * straight through its sections (`一、` … `五、`), with short unnumbered lines heading groups of
 * paragraphs inside each section. The numbered paragraphs are points as any numbered paragraph is;
 * what this finds is the unnumbered lines, which head the groups: points a level above the
 * paragraphs under them.
 */

/**
 * Numbering that may number paragraphs: a number and its dot or bracket, written or a list's
 * (Markdown, Word) at the outer depth.
 */
const PARAGRAPH_NUMBERING = new Set([
  "num-bracket",
  "num-dot",
  "num-paren",
  "num-rparen",
  "num-dot@1",
  "num-paren@1",
  "num-rparen@1",
]);
/** Fewer numbered paragraphs than this are a list, not a document numbered throughout. */
const PARAGRAPHS_MIN = 6;
/** The share of a span's paragraphs that carry a number (`almost every paragraph`). */
const DENSITY_MIN = 0.8;
/** How many unnumbered lines must head groups of numbered paragraphs to count as a level of headings. */
const SUBHEADINGS_MIN = 2;
/** A subheading is a few words: longer title-like lines are sentences without a stop. */
const SUBHEADING_MAX: Record<Script, number> = { "zh-Hans": 24, "zh-Hant": 24, en: 80 };

/** The family of the unnumbered lines that head groups of numbered paragraphs. */
const SUBHEADING_FAMILY = "subheading";
/** The family of the unnumbered lines above those, heading the parts they stand in. */
const PART_HEADING_FAMILY = "part-heading";
/** The family of a part's name among numbered paragraphs (`Conclusion`, `結語`): a part at the top. */
export const GROUP_NAME_FAMILY = "group-name";
/** The families of the lines that head numbered paragraphs: the paragraphs after one nest under it. */
export const GROUP_HEADINGS: ReadonlySet<string> = new Set([
  SUBHEADING_FAMILY,
  PART_HEADING_FAMILY,
  GROUP_NAME_FAMILY,
]);

/** The unnumbered lines that head groups of numbered paragraphs. */
interface GroupLines {
  /** The blocks of the lines that head groups of numbered paragraphs. */
  subheadings: number[];
  /** The blocks of unnumbered lines heading parts, a level above the subheadings. */
  partHeadings: number[];
}

/** Those lines and the paragraphs they head: points of a text numbered so. */
export interface NumberedParagraphs extends GroupLines {
  /** The numbered paragraphs under those lines: each nests under the latest line before it. */
  paragraphs: Set<Candidate>;
  /** A series said right after those paragraphs' numbers (`4. First, …`): their words, no points. */
  spoken: Set<Candidate>;
}

/** The lines heading numbered paragraphs, among candidates linked into series (structure or not yet judged). */
export function findParagraphHeadings(
  blocks: readonly Block[],
  linked: readonly Candidate[],
  script: Script,
): NumberedParagraphs {
  const found: NumberedParagraphs = {
    subheadings: [],
    partHeadings: [],
    paragraphs: new Set(),
    spoken: new Set(),
  };
  const decimals = decimalParagraphs(blocks, linked, script);
  for (const c of decimals) found.paragraphs.add(c);
  found.subheadings.push(...linesOverDecimalParagraphs(blocks, linked, decimals, script));
  const runs = numberingRuns(linked);
  if (runs.length === 0) return found;
  const context = sectionsOf(linked);
  const position = new Map(linked.map((c, i) => [c, i]));
  const nextOf = (c: Candidate) => linked[(position.get(c) ?? -1) + 1];
  for (const run of runs) {
    if (headsDecimalClauses(run, nextOf)) continue;
    const spoken = spokenAfterNumbers(blocks, linked, run, script);
    for (const c of spoken ?? []) found.spoken.add(c);
    const headed = spoken
      ? { subheadings: [], partHeadings: [] }
      : paragraphNumbering(blocks, context, run, script);
    if (headed === null) continue;
    for (const member of run) found.paragraphs.add(member);
    found.subheadings.push(...headed.subheadings);
    found.partHeadings.push(...headed.partHeadings);
  }
  return found;
}

/**
 * `1. PURPOSE OF THE REPORT` over `1.1 This report …` `1.2 …`, `2. RECOMMENDATIONS` over `2.1 …`: a
 * series whose items are each followed by their own decimal clauses numbers sections, however
 * many paragraphs it runs across; the clauses are what number paragraphs, if anything does.
 */
function headsDecimalClauses(
  run: readonly Candidate[],
  nextOf: (c: Candidate) => Candidate | undefined,
): boolean {
  const parents = run.filter((member) => {
    const next = nextOf(member);
    return (
      next !== undefined &&
      next.family === "dec2" &&
      asciiDigits(next.marker).startsWith(`${member.ordinal}.`)
    );
  });
  return parents.length * 2 > run.length;
}

/** A sentence that opens a paragraph of prose is longer than a heading's few words. */
const PROSE_SENTENCE_WORDS_MIN = 5;
/** The most words a label before a colon takes (`Restoration of the revolving fund:`). */
const LABEL_WORDS_MAX = 6;
/** Two labelled paragraphs make a series of them; one alone may cite a title. */
const LABELLED_SERIES_MIN = 2;
/** How many decimal paragraphs of prose a report holds at least before its decimals number paragraphs. */
const DECIMAL_PARAGRAPHS_MIN = 4;

/**
 * A report that numbers its paragraphs of prose by section (`1.1 This report asks the Committee to
 * …`, `5.1.1 The consultation draft …`, `1.1 為配合社會發展……`) may group them under short lines,
 * which head them; its decimal lines that only head what follows (`5.1 Building heights`) are no such
 * paragraphs. It numbers paragraphs when half its decimal items or more are paragraphs opened by a
 * sentence of five words or more (a heading's sentence is shorter: `1.1 Strengthen the network.`) or
 * by a lead-in (`That the Committee:`); lines that say no sentence at all head sections whichever way
 * the report numbers, and count for neither.
 */
/** Words that say a sentence, or lead into what follows (`That the Committee:`), as a title does not. */
const SAYS_SENTENCE = new RegExp(`[.!?;]${RAISED_DIGIT}*(?:\\s|$)|:$`, "u");
/** A text's first sentence, or its words up to a colon; a note's raised number may follow the stop (`… the next.²`). */
const FIRST_SENTENCE_OR_LEAD = new RegExp(`^.*?[.!?:;]${RAISED_DIGIT}*(?=\\s|$)`, "u");

function decimalParagraphs(
  blocks: readonly Block[],
  linked: readonly Candidate[],
  script: Script,
): Candidate[] {
  const english = script === "en";
  const words = (c: Candidate) => blocks[c.block]?.text.slice(c.textStart).trim() ?? "";
  const saysSentence = english ? SAYS_SENTENCE : CHINESE_SAYS_SENTENCE;
  const decimals = linked.filter(
    (c) => SUB_DECIMAL_FAMILY.test(c.family) && !c.inline && c.start === 0 && saysSentence.test(words(c)),
  );
  // Recommendations that each name themselves in a few words before a colon, all of a series
  // (`1.1 Framework contracts: The Ministry should …` · `1.2 Published price catalogue: …`): the
  // labels head them. One such paragraph among others cites a paper's title (`Well-managed Highway
  // Infrastructure: A Code of Practice`).
  const labelled = (c: Candidate) =>
    c.run.length >= LABELLED_SERIES_MIN && c.run.every((item) => opensWithLabel(words(item)));
  const prose = decimals.filter((c) =>
    english ? opensProse(words(c)) && !labelled(c) : opensChineseProse(words(c)),
  );
  if (prose.length < DECIMAL_PARAGRAPHS_MIN || prose.length * 2 < decimals.length) return [];
  // A Chinese heading ends no sentence (`2.1 加强组织领导`), so in a report that numbers its
  // paragraphs, a short paragraph is one too (`5.3 我們感謝……市民及團體。`).
  return english ? prose : decimals;
}

/**
 * A chapter numbered by its paragraphs alone (`3.1 This chapter examines …` · `3.2 …`), no series of
 * numbered sections above them, grouped under short lines (`The inspection regime` · `3.4 …`): two
 * or more such lines right over a numbered paragraph or a series' item head the groups; the blocks
 * of those lines, or none.
 */
function linesOverDecimalParagraphs(
  blocks: readonly Block[],
  linked: readonly Candidate[],
  decimals: readonly Candidate[],
  script: Script,
): number[] {
  if (decimals.length === 0) return [];
  // A part's name (`Introduction`, `Conclusions`) is such a line too.
  const numberedBlocks = new Set(
    linked.filter((c) => c.start === 0 && !c.inline && c.family !== PART_NAME_FAMILY).map((c) => c.block),
  );
  // Sections numbered above the paragraphs (`1. PURPOSE` over `1.1 …`) are what heads them.
  const sectioned = linked.some(
    (c) => c.strong && !c.inline && !SUB_DECIMAL_FAMILY.test(c.family) && c.family !== PART_NAME_FAMILY,
  );
  if (sectioned) return [];
  const first = decimals[0]?.block ?? 0;
  const lines = blocks.flatMap((block, i) =>
    i >= first - 1 && !numberedBlocks.has(i) && numberedBlocks.has(i + 1) && readsAsSubheading(block, script)
      ? [i]
      : [],
  );
  return lines.length >= SUBHEADINGS_MIN ? lines : [];
}

/** A Chinese sentence's end, or a lead-in's colon at the end. */
const CHINESE_SAYS_SENTENCE = /[。！？；]|[：:]$/u;
/**
 * A Chinese paragraph of prose opens with a long sentence (`1.1 為配合社會發展……，康文署於二〇二三年
 * 展開公共圖書館服務檢討。`); a heading's sentence before its text is short (`2.1 加强组织领导。成立…`).
 */
const CHINESE_PROSE_SENTENCE_MIN = 25;

function opensChineseProse(text: string): boolean {
  return (/^[^。！？；：:]*/u.exec(text)?.[0].length ?? 0) >= CHINESE_PROSE_SENTENCE_MIN;
}

/** A few words before a colon, then a sentence that is not a resolution's `That …`. */
function opensWithLabel(text: string): boolean {
  const label = /^([^.!?;:]+):\s+(?=\p{Lu})(?!That\b)/u.exec(text.trim());
  return label !== null && (label[1] ?? "").split(/\s+/u).length <= LABEL_WORDS_MAX;
}

/**
 * Text that opens with a sentence of a few words or more, with a lead-in (`That the Committee:`), or
 * with a short sentence that more of the paragraph follows (`1.1 England needs more homes. Every …`).
 */
function opensProse(text: string): boolean {
  const trimmed = text.trim();
  const first = FIRST_SENTENCE_OR_LEAD.exec(trimmed)?.[0] ?? "";
  const rest = trimmed.slice(first.length);
  const more = /\p{L}/u.test(rest);
  if (first.split(/\s+/u).length >= PROSE_SENTENCE_WORDS_MIN) return true;
  // A short label before a colon, and a title after it with no sentence in it, head what follows
  // (`Option 1: Retain the current scheme`); a lead-in alone, or words going on in a sentence, are prose.
  if (first.endsWith(":")) return !more || /^\s*\p{Ll}/u.test(rest) || /[.!?](?:\s|$)/u.test(rest);
  return first !== "" && more;
}

/** The first item of a series that may number paragraphs: each of its items opens one with a number. */
function opensNumbering(c: Candidate): boolean {
  return (
    c.run[0] === c &&
    c.run.every((member) => !member.inline && member.start === 0 && PARAGRAPH_NUMBERING.has(member.family))
  );
}

/**
 * The series that may number paragraphs, long enough to. An excerpt keeps its paragraphs' numbers
 * and leaves out the rest (`1.` `2.` `3.` · `10.` `11.` · `35.` …): series of one numbering that
 * each go on above where the one before stopped are one numbering.
 */
function numberingRuns(linked: readonly Candidate[]): (readonly Candidate[])[] {
  const chains: Candidate[][] = [];
  for (const first of linked.filter(opensNumbering)) {
    const chain = chains.at(-1);
    const last = chain?.at(-1);
    if (chain && last && last.family === first.family && first.ordinal > last.ordinal + 1)
      chain.push(...first.run);
    else chains.push([...first.run]);
  }
  return chains.filter((chain) => chain.length >= PARAGRAPHS_MIN);
}

/** The numbering of the text's parts, looked up by place: what a series of paragraphs may run across. */
interface Sections {
  /** Items that open a paragraph and are structure, in document order. */
  items: Candidate[];
  /** Per family, the blocks its items open, in order. */
  blocksOf: Map<string, number[]>;
  /** The blocks those items take: their own, and a bare number's title line after it. */
  taken: Set<number>;
}

function sectionsOf(linked: readonly Candidate[]): Sections {
  // A part's name (`Introduction`) numbers nothing: among numbered paragraphs it heads a group of them.
  const items = linked.filter((c) => !c.inline && isStructure(c) && c.family !== PART_NAME_FAMILY);
  const blocksOf = new Map<string, number[]>();
  const taken = new Set<number>();
  for (const c of items) {
    const list = blocksOf.get(c.family) ?? [];
    list.push(c.block);
    blocksOf.set(c.family, list);
    taken.add(c.block);
    // A bare section number (`三`) takes the line after it as its title: no subheading.
    if (c.bare) taken.add(c.block + 1);
  }
  return { items, blocksOf, taken };
}

/** How many of `values`, ascending by `key`, are below `limit`. */
function countBelow<T>(values: readonly T[], limit: number, key: (value: T) => number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const value = values[mid];
    if (value !== undefined && key(value) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A paragraph of prose, which a numbered paragraph's table (its rows, set in columns) is not. */
function isProse(block: Block | undefined): boolean {
  return block?.kind === "paragraph" && !COLUMN_GAP.test(block.text.trim());
}

/** A line wholly in brackets, with no bracket inside. */
const WHOLLY_BRACKETED = /^[（(][^（）()]+[）)]$/u;

/** A paragraph that may head a group of numbered paragraphs: a few words, no sentence, no columns. */
function readsAsSubheading(block: Block | undefined, script: Script): boolean {
  if (block?.kind !== "paragraph") return false;
  // A heading may ask what its paragraphs answer (`Issue 1: Was the deposit protected within 30 days?`).
  const text = block.text.trim().replace(/[?？]$/u, "");
  // A number alone between paragraphs is a page's, copied from print (`3`): no words, no heading.
  // A line wholly in brackets notes the paragraph above it (`（责任单位：县商务局）`).
  return (
    text.length <= SUBHEADING_MAX[script] &&
    /\p{L}/u.test(text) &&
    !WHOLLY_BRACKETED.test(text) &&
    isTitleLine(text, script) &&
    !COLUMN_GAP.test(text)
  );
}

/** The points with the subheadings (and the part headings above them) put in, in document order. */
export function withSubheadings(
  candidates: readonly Candidate[],
  { subheadings, partHeadings, paragraphs }: NumberedParagraphs,
): Candidate[] {
  if (subheadings.length === 0 && partHeadings.length === 0) return [...candidates];
  const numbering = new Set([...paragraphs].map((c) => c.family));
  // After the groups of a numbered part (`B. Keeping Public Housing Affordable` · `Helping
  // first-timers` · … · `Conclusion`), such a name closes the parts: it stands beside the last.
  const parts = candidates.filter((c) => !c.inline && !Number.isNaN(c.ordinal) && !paragraphs.has(c));
  const partClosed = (c: Candidate) => {
    const part = parts.filter((p) => p.block < c.block).at(-1);
    return part && subheadings.some((line) => line > part.block && line < c.block) ? part : undefined;
  };
  for (const c of candidates) {
    const part = Number.isNaN(c.ordinal) && numbering.has(c.family) ? partClosed(c) : undefined;
    if (!part) continue;
    c.family = part.family;
    c.numbering = part.numbering;
  }
  // Any other part's name among the numbered paragraphs that no group's line was found for
  // (`Conclusion` over `87.`) heads a group of them too, in a part of its own at the top.
  const namesGroup = (c: Candidate) => Number.isNaN(c.ordinal) && numbering.has(c.family);
  const found = new Set([...subheadings, ...partHeadings]);
  const groupNames = candidates.filter((c) => namesGroup(c) && !c.inline && !found.has(c.block));
  const added = [
    ...subheadings.map((block) => unnumberedLine(block, SUBHEADING_FAMILY)),
    ...partHeadings.map((block) => unnumberedLine(block, PART_HEADING_FAMILY)),
    ...groupNames.map((c) => unnumberedLine(c.block, GROUP_NAME_FAMILY)),
  ];
  // A line found as a part's name (`引言`, `結語`) before is now one of these lines: one point. After
  // numbered parts that these lines group (`D. Building Greener Towns` · … · `Conclusion`), it
  // stays their sibling.
  const firstNumbered = new Map<string, number>();
  for (const c of candidates)
    if (!Number.isNaN(c.ordinal) && !firstNumbered.has(c.family)) firstNumbered.set(c.family, c.block);
  const groupedAbove = (c: Candidate) =>
    subheadings.some((line) => line > (firstNumbered.get(c.family) ?? Infinity) && line < c.block);
  const named = new Set(
    candidates
      .filter((c) => Number.isNaN(c.ordinal) && groupedAbove(c) && !namesGroup(c))
      .map((c) => c.block),
  );
  const lines = new Set(added.map((c) => c.block));
  const kept = candidates.filter(
    (c) => named.has(c.block) || !(lines.has(c.block) && c.start === 0 && !c.inline),
  );
  return [...kept, ...added.filter((c) => !named.has(c.block))].sort(
    (a, b) => a.block - b.block || a.start - b.start,
  );
}

/**
 * The blocks of the subheadings when `run` numbers the paragraphs of the document's sections,
 * else null. It does when it goes on across items of the series it started under (never starting
 * again), nearly every paragraph of its span carries one of its numbers, and short unnumbered lines
 * head groups of them.
 */
function paragraphNumbering(
  blocks: readonly Block[],
  sections: Sections,
  run: readonly Candidate[],
  script: Script,
): GroupLines | null {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return null;
  const members = new Set(run);
  // The part it starts in, and whether a part of the same numbering starts before it ends.
  const section = sections.items[countBelow(sections.items, first.block, (c) => c.block) - 1];
  if (!section) {
    // Its parts may group their paragraphs under short lines of their own (`甲、經濟概況` ·
    // `二零二五年經濟表現` · `3. …`).
    if (numberedFromOpening(blocks, sections, run, script)) {
      // The line right over the first paragraph heads its group too (`Background` · `[1] …`).
      const { subheadings } = groupsOf(blocks, sections, run, Math.max(first.block - 1, 0), script);
      return { subheadings: subheadings.length >= SUBHEADINGS_MIN ? subheadings : [], partHeadings: [] };
    }
    // A list between two numbered paragraphs (`35. … 以下措施：` `(a)` `(b)` `36.`) is no part.
    const between = (c: Candidate) =>
      countBelow(run, c.run[0]?.block ?? c.block, (m) => m.block) ===
      countBelow(run, c.run.at(-1)?.block ?? c.block, (m) => m.block);
    // Lettered lines that each head numbered paragraphs (`(a) Remedy` over `[11] …`) are headings
    // of a group, under the line above them: no parts of their own.
    const numberedBlocks = new Set(run.map((c) => c.block));
    const headsParagraphs = (c: Candidate) =>
      c.run.every(
        (m) => m.start === 0 && numberedBlocks.has(m.block + 1) && readsAsSubheading(blocks[m.block], script),
      );
    const numberedParts = sections.items.some(
      (c) => !members.has(c) && !Number.isNaN(c.ordinal) && !between(c) && !headsParagraphs(c),
    );
    return numberedParts ? null : headedFromOpening(blocks, run, script);
  }
  const sameFamily = sections.blocksOf.get(section.family) ?? [];
  const nextSection = sameFamily[countBelow(sameFamily, first.block + 1, (block) => block)];
  if (nextSection === undefined || nextSection >= last.block) return null;

  // What heads groups of its paragraphs: parts of each numbering (or heading depth) that start among them.
  const heads = new Set(
    sections.items
      .filter((c) => !members.has(c) && c.block > first.block && c.block < last.block)
      .map((c) => c.family),
  );
  const { subheadings, paragraphs } = groupsOf(blocks, sections, run, section.block + 1, script);
  const density = run.length / Math.max(paragraphs, 1);
  if (subheadings.length >= SUBHEADINGS_MIN) heads.add(SUBHEADING_FAMILY);
  // Parts alone (`一、` … `五、` over `1.` … `40.`) are what a document of measures numbered
  // throughout has; paragraph numbers stand under headings of two levels, or number prose.
  return density >= DENSITY_MIN && (heads.size >= 2 || numbersProse(blocks, run, script))
    ? { subheadings, partHeadings: [] }
    : null;
}

/**
 * The short unnumbered lines from `from` to the run's last paragraph that each head a group of its
 * numbered paragraphs, and how many paragraphs of prose the span holds.
 */
function groupsOf(
  blocks: readonly Block[],
  sections: Sections,
  run: readonly Candidate[],
  from: number,
  script: Script,
): { subheadings: number[]; paragraphs: number } {
  const firstBlock = run[0]?.block ?? from;
  const lastBlock = run.at(-1)?.block ?? from;
  const numbered = new Set(run.map((c) => c.block));
  const otherBlocks = sections.taken;
  const isSubheading = (index: number) =>
    !numbered.has(index) && !otherBlocks.has(index) && readsAsSubheading(blocks[index], script);
  let paragraphs = 0;
  const subheadings: number[] = [];
  for (let index = from; index <= lastBlock; index++) {
    if (numbered.has(index)) {
      paragraphs++;
      continue;
    }
    if (otherBlocks.has(index) || blocks[index]?.kind !== "paragraph") continue;
    if (isSubheading(index)) {
      // It heads numbered paragraphs: the next line that is not another subheading carries a number.
      let next = index + 1;
      while (next < lastBlock && isSubheading(next)) next++;
      if (numbered.has(next)) subheadings.push(index);
      continue;
    }
    if (index > firstBlock && isProse(blocks[index])) paragraphs++;
  }
  return { subheadings, paragraphs };
}

/** A first sentence this long is prose, not a measure's title (`1.落实稳岗返还政策。全面落实…`). */
const PROSE_SENTENCE_MIN: Record<Script, number> = { "zh-Hans": 25, "zh-Hant": 25, en: 60 };
/** The share of numbered paragraphs that must open with such a sentence. */
const PROSE_SHARE_MIN = 0.6;
const FIRST_SENTENCE = /^[^。！？!?]*?(?:[。！？!?]|\.(?=\s|$))/u;

/**
 * Whether most numbered items open with a sentence of prose (`4. 二〇二四年香港經濟全年實質增長2.5%，…。`):
 * paragraphs numbered for citing, where measures open with a title.
 */
function numbersProse(blocks: readonly Block[], run: readonly Candidate[], script: Script): boolean {
  const long = run.filter((c) => {
    const text = blocks[c.block]?.text.slice(c.textStart) ?? "";
    return (FIRST_SENTENCE.exec(text)?.[0] ?? text).length >= PROSE_SENTENCE_MIN[script];
  });
  return long.length >= run.length * PROSE_SHARE_MIN;
}

/**
 * A text with no numbered parts whose paragraphs are numbered from the opening to the end (`1.` …
 * `20.`, a budget speech), nearly every paragraph carrying a number, grouped under short unnumbered
 * lines: the lines head the paragraphs under them. Two such lines one above the
 * other (`經濟概況` · `二○二四年經濟表現` · `2. …`) are a part and its first group; then a line alone is
 * a group of the part it stands in, unless it names a part (`結語`).
 */
function headedFromOpening(
  blocks: readonly Block[],
  run: readonly Candidate[],
  script: Script,
): GroupLines | null {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return null;
  const numbered = new Set(run.map((c) => c.block));
  // A line of another numbering keeps it, and is no paragraph here: a lettered line heading a group
  // (`(a) Remedy`), or an item of a numbered paragraph's own list (`3. …原則：` · `(a) …`).
  const numberedLine = (index: number) =>
    !numbered.has(index) && opensWithNumbering(blocks[index]?.text.trim() ?? "");
  const isHeadingLine = (index: number) =>
    !numbered.has(index) && readsAsSubheading(blocks[index], script) && !numberedLine(index);
  const stacks: number[][] = [];
  let paragraphs = 0;
  // The line that heads the first numbered paragraph (`Introduction` over `[1] …`) heads its group;
  // lines above it belong to the opening.
  const start = first.block > 0 && isHeadingLine(first.block - 1) ? first.block - 1 : first.block;
  // …but an opening part's name over its unnumbered prose right before that line (`摘要` · `本通告…`
  // · `背景` · `1. …`) heads a group beside it.
  const opening = start - 2;
  if (start < first.block && isPartName(blocks[opening]?.text ?? "") && isProse(blocks[start - 1]))
    stacks.push([opening]);
  for (let index = start; index <= last.block; index++) {
    if (numbered.has(index)) paragraphs++;
    else if (!isHeadingLine(index)) {
      if (isProse(blocks[index]) && !numberedLine(index)) paragraphs++;
    } else {
      const stack = [index];
      while (index + 1 < last.block && isHeadingLine(index + 1)) stack.push(++index);
      // Lines head paragraphs only when a numbered one follows them.
      if (numbered.has(index + 1)) stacks.push(stack);
    }
  }
  if (stacks.flat().length < SUBHEADINGS_MIN || run.length / paragraphs < DENSITY_MIN) return null;
  const twoLevels = stacks.some((stack) => stack.length >= 2);
  const partHeadings: number[] = [];
  const subheadings: number[] = [];
  for (const [top, ...below] of stacks) {
    if (top === undefined) continue;
    const isPart = twoLevels && (below.length > 0 || isPartName(blocks[top]?.text ?? ""));
    (isPart ? partHeadings : subheadings).push(top);
    subheadings.push(...below);
  }
  return { subheadings, partHeadings };
}

/**
 * Numbers that start in the opening, before any part, and go on across two headings or more
 * (`1. I thank the Presidency…` · `### Climate as a risk multiplier` · `2. The evidence…`, or a
 * lettered title line: `A. Helping Workers Stay Employable`), nearly every paragraph of their span
 * carrying one: they number paragraphs, each under the latest heading before it.
 */
function numberedFromOpening(
  blocks: readonly Block[],
  sections: Sections,
  run: readonly Candidate[],
  script: Script,
): boolean {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return false;
  const heads = (c: Candidate) =>
    blocks[c.block]?.kind === "heading" ||
    (c.family !== first.family && isTitleLine(blocks[c.block]?.text.trim() ?? "", script));
  const crossed = sections.items.filter((c) => c.block > first.block && c.block < last.block && heads(c));
  if (crossed.length < 2) return false;
  // The short lines that group the paragraphs (`Global environment` · `4. …`) are no paragraphs of them.
  const { paragraphs } = groupsOf(blocks, sections, run, first.block, script);
  return (
    numbersNearlyEveryParagraph(blocks, run, sections.taken) ||
    run.length / Math.max(paragraphs, 1) >= DENSITY_MIN
  );
}

/**
 * Whether the run's numbers stand on nearly every paragraph from its first to its last: its own,
 * and the paragraphs of prose between, apart from the blocks `taken` by parts' lines.
 */
function numbersNearlyEveryParagraph(
  blocks: readonly Block[],
  run: readonly Candidate[],
  taken: ReadonlySet<number> = new Set(),
): boolean {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return false;
  const numbered = new Set(run.map((c) => c.block));
  let paragraphs = 0;
  for (let index = first.block; index <= last.block; index++)
    if (numbered.has(index) || (!taken.has(index) && isProse(blocks[index]))) paragraphs++;
  return run.length / paragraphs >= DENSITY_MIN;
}

/** A numbered paragraph this long is prose: a statement's, not a list's item. */
const PROSE_PARAGRAPH_MIN: Record<Script, number> = { "zh-Hans": 60, "zh-Hant": 60, en: 150 };

/**
 * Numbers on nearly every paragraph of a statement, some of which open right after their number
 * with the items of a series said aloud (`5. First, climate change …`, `8. Second, …`): the numbers
 * number the statement's paragraphs, as a statement to an assembly numbers them, and the series
 * said is words of them. Returns those words' items, or null.
 */
function spokenAfterNumbers(
  blocks: readonly Block[],
  linked: readonly Candidate[],
  run: readonly Candidate[],
  script: Script,
): Candidate[] | null {
  const wordsStart = new Map(run.map((c) => [c.block, c.textStart]));
  const members = new Set(run);
  const said = new Set(
    linked.filter((c) => !members.has(c) && !c.strong && wordsStart.get(c.block) === c.start),
  );
  const saidSeries = [...said].filter(
    (c) => c.run.length >= 2 && c.run.length < run.length && c.run.every((m) => said.has(m)),
  );
  const paragraphLong = (c: Candidate) =>
    (blocks[c.block]?.text.length ?? 0) - c.textStart >= PROSE_PARAGRAPH_MIN[script];
  return saidSeries.length > 0 &&
    run.filter(paragraphLong).length >= run.length * PROSE_SHARE_MIN &&
    numbersNearlyEveryParagraph(blocks, run)
    ? saidSeries
    : null;
}

/** A heading line as a point of its own, unnumbered: its whole line is its heading. */
function unnumberedLine(block: number, family: string): Candidate {
  const candidate: Candidate = {
    family,
    ordinal: Number.NaN,
    marker: "",
    strong: true,
    block,
    start: 0,
    textStart: 0,
    inline: false,
    run: [],
    numbering: null,
    bare: false,
    announced: null,
    afterOpenClause: false,
    headsLine: true,
    wishes: false,
  };
  candidate.run.push(candidate);
  return candidate;
}
