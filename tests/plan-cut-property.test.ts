import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSlides } from "../src/plan/index.js";
import { bare, shorten, shortenHeading } from "../src/plan/text.js";
import { endsOnFunctionWord } from "../src/plan/words.js";
import { outline, point } from "./plan-outlines.js";

const limits = { maxChars: 40, maxWords: 15 };

// Sentences of the shapes speeches have: an optional connective and leading phrase, then clauses
// joined by the marks a speechwriter cuts at, with function words wherever they may fall.
const EN_WORDS = [
  "the",
  "of",
  "our",
  "foreign",
  "policy",
  "schools",
  "remarkable",
  "progress",
  "we",
  "can",
  "see",
  "in",
  "and",
  "to",
  "with",
  "neighbours",
  "budget",
  "a",
  "basic",
  "principle",
  "will",
  "build",
  "roads",
  "which",
  "that",
  "for",
  "its",
  "by",
  "council",
  "must",
  "staff",
  "their",
  "county",
  "year",
];
const enClause = fc
  .tuple(
    fc.constantFrom("we", "the council", "our staff", "this budget", "I"),
    fc.array(fc.constantFrom(...EN_WORDS), { minLength: 1, maxLength: 12 }),
  )
  .map(([subject, rest]) => `${subject} ${rest.join(" ")}`);
const enSentence = fc
  .tuple(
    fc.constantFrom("", "Therefore, ", "Nonetheless, ", "And ", "But ", "Now, ", "And yet "),
    fc.constantFrom(
      "",
      "In our own past, ",
      "At the last meeting, ",
      "Through my own statements, ",
      "When we began, ",
      "If the grant is cut, ",
      "In 2024, ",
    ),
    fc.array(fc.tuple(fc.constantFrom(", and ", ", but ", "; ", " -- ", ", which ", ", ", " - "), enClause), {
      maxLength: 3,
    }),
    enClause,
  )
  .map(([connective, lead, more, first]) => {
    const body = first + more.map(([joint, clause]) => joint + clause).join("");
    const opening = `${connective}${lead}`;
    const text = opening === "" ? body.charAt(0).toUpperCase() + body.slice(1) : opening + body;
    return `${text}.`;
  });

const ZH_WORDS = [
  "我们",
  "要",
  "把",
  "工作",
  "的",
  "和",
  "在",
  "对",
  "群众",
  "组织",
  "建设",
  "推进",
  "基层",
  "发展",
  "问题",
  "坚持",
  "服务",
];
/** Words that need more after them in their clause: a Chinese clause never ends on one. */
const NEEDS_MORE = new Set(["把", "和", "在", "对"]);
const zhClause = fc
  .array(fc.constantFrom(...ZH_WORDS), { minLength: 1, maxLength: 14 })
  .filter((words) => !NEEDS_MORE.has(words.at(-1) ?? ""));
const zhSentence = fc
  .tuple(
    fc.constantFrom("", "因此，", "同时，", "在新的历史条件下，"),
    fc.array(zhClause, { minLength: 1, maxLength: 4 }),
  )
  .map(([opening, clauses]) => `${opening}${clauses.map((c) => c.join("")).join("，")}。`);

/**
 * Where `bullet` starts in `sentence`, allowing the capital a bullet's first letter gets; the
 * positions whose prefix is only a dropped connective or leading phrase.
 */
function spanStarts(sentence: string, bullet: string): number[] {
  const starts: number[] = [];
  const first = (bullet[0] ?? "").toLowerCase();
  for (let k = 0; k + bullet.length <= sentence.length; k++) {
    if ((sentence[k] ?? "").toLowerCase() === first && sentence.startsWith(bullet.slice(1), k + 1))
      starts.push(k);
  }
  return starts;
}
const DROPPED_EN = /^(?:[^,]*,\s+|(?:and|but|yet)\s+){0,3}$/iu;
const DROPPED_ZH = /^(?:[^，,]*[，,]){0,3}$/u;

function checkBullet(sentence: string, bullet: string, dropped: RegExp): void {
  const text = bare(sentence);
  const starts = spanStarts(text, bullet).filter((k) => dropped.test(text.slice(0, k)));
  expect(
    starts.length,
    `${JSON.stringify(bullet)} is not a span of ${JSON.stringify(sentence)}`,
  ).toBeGreaterThan(0);
  const reachesEnd = starts.some((k) => k + bullet.length === text.length);
  if (!reachesEnd) expect(endsOnFunctionWord(bullet), `${bullet} (cut from ${sentence})`).toBe(false);
}

describe("cutting rules, for any sentence", () => {
  it("an English bullet is a contiguous span after at most a connective or leading phrase, within the limits, and a cut never ends on a function word", () => {
    fc.assert(
      fc.property(enSentence, (sentence) => {
        const bullet = shorten(sentence, limits);
        if (bullet === "") return;
        checkBullet(sentence, bullet, DROPPED_EN);
        expect(bullet.split(/\s+/u).length).toBeLessThanOrEqual(limits.maxWords);
        expect(bullet).toMatch(/^[^a-z]/u);
      }),
      { numRuns: 400 },
    );
  });

  it("a Chinese bullet is a contiguous span and a cut never ends on 的、和、在、对、把", () => {
    fc.assert(
      fc.property(zhSentence, (sentence) => {
        const bullet = shorten(sentence, limits);
        if (bullet === "") return;
        checkBullet(sentence, bullet, DROPPED_ZH);
      }),
      { numRuns: 400 },
    );
  });

  it("a heading is never empty, starts with a capital and a cut one never ends on a function word", () => {
    fc.assert(
      fc.property(enClause, (heading) => {
        const title = shortenHeading(heading, { maxChars: 48, maxWords: 15 });
        expect(title).not.toBe("");
        expect(title).toMatch(/^[A-Z]/u);
        if (title.length < bare(heading).length) expect(endsOnFunctionWord(title), title).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("every sentence is still in the notes, and every bullet comes from one of them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(enSentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (paragraphs) => {
          const texts = paragraphs.map((sentences) => sentences.join(" "));
          const plan = planSlides(outline({ script: "en", points: [point(1, "", "Our year", texts)] }), {});
          const notes = plan.slides.flatMap((s) => s.notes).join("\n");
          for (const sentence of paragraphs.flat()) expect(notes).toContain(sentence);
          const sentences = paragraphs.flat();
          for (const bullet of plan.slides.flatMap((s) => (s.kind === "point" ? s.bullets : []))) {
            const source = sentences.find((s) => spanStarts(bare(s), bullet).length > 0);
            expect(source, bullet).toBeDefined();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
