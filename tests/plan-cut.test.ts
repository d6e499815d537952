import { describe, expect, it, vi } from "vitest";
import { cleanBlocks } from "../src/ingest/clean.js";
import { parseEnglishByline } from "../src/ingest/byline.js";
import type { Block } from "../src/ingest/types.js";
import { planSlides } from "../src/plan/index.js";
import { withMarker } from "../src/plan/labels.js";
import { shorten, shortenHeading, splitHeading } from "../src/plan/text.js";
import { capitalise, endsOnFunctionWord } from "../src/plan/words.js";
import { readableName } from "../src/deck-name.js";
import { displayText } from "../src/render/punctuation.js";
import { outline, point } from "./plan-outlines.js";

const limits = { maxChars: 40, maxWords: 15 };
const titleLimits = { maxChars: 48, maxWords: 15 };
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

describe("bullets: a sentence's main clause", () => {
  it.each([
    ["Therefore, we must act now.", "We must act now"],
    ["Nonetheless, I learned something from it.", "I learned something from it"],
    ["Now, the harder part begins.", "The harder part begins"],
    ["And we will win.", "We will win"],
    ["But the work is not finished.", "The work is not finished"],
    [
      "And yet the picture is not as comfortable as those numbers suggest.",
      "The picture is not as comfortable as those numbers suggest",
    ],
    ["As a result, the reserve grew.", "The reserve grew"],
    ["因此，要当好代表群众利益的“娘家人”。", "要当好代表群众利益的“娘家人”"],
    ["同时，对现有的阵地要用起来。", "对现有的阵地要用起来"],
  ])("drops the connective before %j", (sentence, bullet) => {
    expect(shorten(sentence, limits)).toBe(bullet);
  });

  it.each([
    ["• Exports rose by ten per cent.", "Exports rose by ten per cent"],
    ["· 出口增长一成。", "出口增长一成"],
    ["▪ Imports fell.", "Imports fell"],
  ])("drops the bullet typed before %j: the slide draws its own", (sentence, bullet) => {
    expect(shorten(sentence, limits)).toBe(bullet);
    expect(shortenHeading(sentence, titleLimits)).toBe(bullet);
  });

  it.each([
    ["Now is the time to act.", "Now is the time to act"],
    ["So far we have spent less than we planned.", "So far we have spent less than we planned"],
    [
      "Today, you leave a place that asked a great deal of you.",
      "Today, you leave a place that asked a great deal of you",
    ],
    ["In 2024 we opened two offices.", "In 2024 we opened two offices"],
  ])("keeps a short sentence whole: %j", (sentence, bullet) => {
    expect(shorten(sentence, limits)).toBe(bullet);
  });

  it.each([
    [
      "In our own past, we have sought peace with our neighbours as a basic principle of our foreign policy, and we will go on seeking it.",
      "We have sought peace with our neighbours as a basic principle of our foreign policy",
    ],
    [
      "Through my own years on the board of the county library, I met more of this valley than I ever met at work, and I am grateful.",
      "I met more of this valley than I ever met at work",
    ],
    [
      "At the last meeting, the board approved the accounts that you have in front of you, and the auditors have signed them without qualification.",
      "The board approved the accounts that you have in front of you",
    ],
    [
      "When we opened the bakery in the spring of that year, we expected to sell about three hundred loaves a week to our members.",
      "We expected to sell about three hundred loaves a week to our members",
    ],
  ])("starts a long sentence at its main clause, not its leading phrase: %j", (sentence, bullet) => {
    expect(shorten(sentence, limits)).toBe(bullet);
  });

  it("keeps a leading phrase that holds a date or figure the audience needs", () => {
    const bullet = shorten(
      "In 2024, we cut the cost of every service the county runs by eight percent, which saved more than we hoped.",
      limits,
    );
    expect(bullet).toBe("In 2024, we cut the cost of every service the county runs by eight percent");
  });

  it.each([
    [
      "We kept faith with our neighbours -- to the east and to the west -- through every hard winter of the last ten years.",
      "We kept faith with our neighbours -- to the east and to the west",
    ],
    [
      "Interest rates could rise again; that would add about two million dollars to the cost of the loans we refinance.",
      "Interest rates could rise again",
    ],
    [
      "The van we bought in January stood unused for four months while we waited for the insurance to be approved by the underwriters.",
      "The van we bought in January stood unused for four months",
    ],
    [
      "Revenue for the coming year is forecast at 412 million dollars, an increase of 2.8 percent, while spending is held to 409 million dollars.",
      "Revenue for the coming year is forecast at 412 million dollars",
    ],
    [
      "A friend from outside will ask the question that nobody in your meeting room is allowed to ask, which is usually why.",
      "A friend from outside will ask the question",
    ],
  ])("cuts a long sentence at a clause boundary: %j", (sentence, bullet) => {
    expect(shorten(sentence, limits)).toBe(bullet);
  });

  it.each([
    "If the state cuts its grant again next year, we will have to close two of our libraries and delay the road programme.",
    "We have always regarded good relations with the countries of the region as a basic principle of our foreign policy and of our trade.",
    `https://example.org/${"a/very/long/address/".repeat(12)}`,
  ])("leaves a sentence with no sensible cut to the notes: %j", (sentence) => {
    expect(shorten(sentence, limits)).toBe("");
  });

  it("never ends a cut on an English function word or an adjective without its noun", () => {
    const sentences = [
      "We can already see remarkable progress in the schools of the valley and in the clinics that serve the villages.",
      "The council has agreed on a new plan for the roads of the county, with our neighbours to the north.",
      "Our people have shown what a small co-operative of a few thousand households can do when it trusts its own staff.",
    ];
    for (const sentence of sentences) {
      const bullet = shorten(sentence, limits);
      if (bullet === "") continue;
      expect(endsOnFunctionWord(bullet), bullet).toBe(false);
      expect(words(bullet)).toBeGreaterThanOrEqual(3);
      expect(sentence).toContain(bullet.slice(1));
    }
  });

  it("never leaves a Chinese bullet on 的、和、在、对、把 or on a leading phrase", () => {
    const cut = shorten(
      "我们要把这项工作作为一项长期的战略任务和基础性工程来抓好抓实并且持续推进下去坚定不移地落实到每一个基层单位。",
      limits,
    );
    expect(cut).not.toBe("");
    expect(cut).not.toMatch(/[的和在对把]$/u);
    expect(
      shorten(
        "在推进群团组织阵地全覆盖方面，要把群众活动阵地建设纳入“十三五”规划和城乡建设专项规划，统筹推进，确保落实。",
        limits,
      ),
    ).toBe("要把群众活动阵地建设纳入“十三五”规划和城乡建设专项规划，统筹推进，确保落实");
    // 陣地 and 現在 end on 地 and 在 but are nouns, not function words.
    expect(endsOnFunctionWord("工會組織就是革命工作的前沿陣地")).toBe(false);
    expect(endsOnFunctionWord("我們要比以往任何時候都更加重視現在")).toBe(false);
    expect(endsOnFunctionWord("我们必须把")).toBe(true);
  });

  it("asks the word segmenter only about text that ends with a function word's spelling", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    try {
      // 有 and 照 end 还有 and 按照, but these texts end on neither word.
      expect(endsOnFunctionWord("我們所有")).toBe(false);
      expect(endsOnFunctionWord("依照")).toBe(false);
      expect(segment).not.toHaveBeenCalled();
      expect(endsOnFunctionWord("工作还有")).toBe(true);
      expect(segment).toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });
});

describe("headings", () => {
  it("start with a capital once the opener is removed; a word with its own capitals stays", () => {
    expect(shortenHeading("we have renewed our pledge", titleLimits)).toBe("We have renewed our pledge");
    expect(shortenHeading("iPhone sales", titleLimits)).toBe("iPhone sales");
    expect(capitalise("eBay and us")).toBe("eBay and us");
    expect(capitalise("https://example.org is ours")).toBe("https://example.org is ours");
    expect(capitalise("e.g. this")).toBe("e.g. this");
    expect(shortenHeading("二、練好內功真功", titleLimits)).toBe("二、練好內功真功");
  });

  it("run to the end of their clause, cut at a clause boundary, never on a function word", () => {
    const heading = shortenHeading(
      "we have renewed our commitment to the schools of this county and to every family who depends on them, and we will keep it",
      titleLimits,
    );
    expect(heading).toBe("We have renewed our commitment to the schools of this county and to every family");
    expect(endsOnFunctionWord(heading)).toBe(false);
    const long = shortenHeading(
      "the reform of the pension fund for the staff of the county and its agencies in the years to come",
      titleLimits,
    );
    expect(long.length).toBeGreaterThan(0);
    expect(endsOnFunctionWord(long)).toBe(false);
  });

  it("are split for a divider at an English clause boundary, not at a comma", () => {
    expect(splitHeading("In 2024, we grew")).toEqual({ first: "In 2024, we grew", rest: "" });
    expect(splitHeading("Where we stand: the numbers")).toEqual({
      first: "Where we stand",
      rest: "the numbers",
    });
    // A second line that only continues the first (`to the north…`) is not a subtitle.
    expect(splitHeading("we opened talks with our neighbours--to the north and to the east").rest).toBe("");
    expect(splitHeading("we renewed two agreements -- agreements that cover half our exports")).toEqual({
      first: "we renewed two agreements",
      rest: "agreements that cover half our exports",
    });
    expect(splitHeading("練好內功真功,更好地發揮作用")).toEqual({
      first: "練好內功真功",
      rest: "更好地發揮作用",
    });
  });

  it("read `First, we…` with the space the speech has", () => {
    expect(withMarker("First,", "we have renewed")).toBe("First, we have renewed");
    expect(withMarker("一是", "加强")).toBe("一是加强");
  });

  it("of a speech opened `First, … Second, …` are capitalised on dividers, agenda and slides", () => {
    const plan = planSlides(
      outline({
        script: "en",
        points: [
          point(1, "First,", "we have renewed our pledge", ["It was hard."], [], false, "."),
          point(1, "Second,", "our people", ["They did it."], [], false, "."),
        ],
      }),
      {},
    );
    const titles = plan.slides.filter((s) => s.kind === "point").map((s) => s.title);
    expect(titles).toEqual(["We have renewed our pledge", "Our people"]);
    const agenda = plan.slides.find((s) => s.kind === "agenda")?.agenda?.map((a) => a.heading);
    expect(agenda).toEqual(["We have renewed our pledge", "Our people"]);
    expect(plan.slides.flatMap((s) => s.notes).join("")).toContain("First, we have renewed our pledge.");
  });

  it("close with a phrase that stands alone, not the fragment after a comma", () => {
    const plan = planSlides(
      outline({
        script: "en",
        points: [point(1, "", "Our year", ["It was good."])],
        closing: ["Thank you for your trust, and for your patience with us this year."],
      }),
      {},
    );
    expect(plan.slides.at(-1)?.title).toBe("Thank you for your trust");
  });
});

describe("bylines and datelines", () => {
  it.each([
    ["President: Margaret Ellison", { author: "Margaret Ellison, President" }],
    ["Chair of the Board: Priya Raman", { author: "Priya Raman, Chair of the Board" }],
    ["By Priya Raman, Chair of the Board", { author: "Priya Raman, Chair of the Board" }],
    ["Remarks by Daniel Okafor, County Treasurer", { author: "Daniel Okafor, County Treasurer" }],
    ["As prepared for delivery", { delivery: "As prepared for delivery" }],
    ["Check against delivery.", { delivery: "Check against delivery" }],
    ["EMBARGOED UNTIL 2.00 PM", { delivery: "EMBARGOED UNTIL 2.00 PM" }],
    ["Delivered at the County Hall, 3 March 2027", { venue: "The County Hall", date: "3 March 2027" }],
    [
      "Delivered at Harrow Valley College, May 14, 2026",
      { venue: "Harrow Valley College", date: "May 14, 2026" },
    ],
    ["Wednesday, 14 May 2026", { date: "Wednesday, 14 May 2026" }],
    // Who, then where and when.
    [
      "Dr. Miriam Castellano — Hollis College, Kessler Green, Saturday, May 18, 2024",
      {
        author: "Dr. Miriam Castellano",
        venue: "Hollis College, Kessler Green",
        date: "Saturday, May 18, 2024",
      },
    ],
    // The date, then where.
    ["Friday, 24 May 2024, School Sports Hall", { date: "Friday, 24 May 2024", venue: "School Sports Hall" }],
    ["Monday, 9 June 2025 – School Quadrangle", { date: "Monday, 9 June 2025", venue: "School Quadrangle" }],
    // Dates in figures alone, with no Latin letter on the line.
    ["2026-05-14", { date: "2026-05-14" }],
    ["14/05/2026.", { date: "14/05/2026" }],
    ["Dr. Alicia Moreno-Hart", { author: "Dr. Alicia Moreno-Hart" }],
    ["Dr Moreno-Hart, Dean of Nursing", { author: "Dr Moreno-Hart, Dean of Nursing" }],
    ["V. S. Raman", { author: "V. S. Raman" }],
    // A post's line under its title: who posted it is the page's editor, no speaker.
    ["Posted on May 5, 2025 by Church Office", { date: "May 5, 2025", editor: "Church Office" }],
    ["Published 3 March 2027", { date: "3 March 2027" }],
  ])("reads %j as metadata", (line, meta) => {
    expect(parseEnglishByline(line)).toEqual(meta);
  });

  it.each([
    "By the end of the year, we had paid down our debt.",
    "By March we were selling more than we baked.",
    "Opening Remarks: Community Health Forum",
    "Budget 2027: The Road Ahead",
    "Good morning, graduates.",
    "Westbrook Community College",
    "Embargoed until the minister stood up. Then it was news.",
    "Mr. Speaker",
    "Mr. President, distinguished guests,",
    "Posted on the door of the hall was a list.",
    "B. Scope of the Review",
    "全市工作会议讲话稿(3)",
    "2026年5月14日",
    "2026-05-14 09:30",
    "14 May 2026, the day we opened the new library, was a good day.",
    "Dr. Castellano — who taught here for thirty years — retired on May 18, 2024",
    "Presented to Parliament by the Secretary of State for Transport by Command of His Majesty",
    // An office named with its article is no one's name: the report's title.
    "REPORT OF THE PRESIDENT AND CEO",
    "Report of the Chairman",
  ])("leaves %j as speech", (line) => {
    expect(parseEnglishByline(line)).toBeNull();
  });

  it("takes bylines from the head of the speech only, and says so", () => {
    const block = (text: string, line: number): Block => ({ text, line, kind: "paragraph" });
    const long = "We begin. ".repeat(20);
    const { blocks, meta, warnings } = cleanBlocks([
      block("President: Margaret Ellison", 1),
      block("Delivered at Harrow Valley College, 14 May 2026", 2),
      block(long, 3),
      block("By Jane Smith", 4),
    ]);
    expect(meta).toEqual({
      author: "Margaret Ellison, President",
      venue: "Harrow Valley College",
      date: "14 May 2026",
    });
    expect(blocks.map((b) => b.text)).toEqual([long, "By Jane Smith"]);
    expect(warnings.map((w) => w.line)).toEqual([1, 2]);
  });

  it("make a readable title from a file name", () => {
    expect(readableName("speeches/2026-05-14_commencement-address.txt")).toBe("Commencement address");
    expect(readableName("Board Report.md")).toBe("Board Report");
    expect(readableName("2026.txt")).toBe("2026");
  });
});

describe("typography", () => {
  it.each([
    ["with our neighbours--to the east", "with our neighbours—to the east"],
    ["this -- and that", "this — and that"],
    ["the staff - they trained", "the staff – they trained"],
    ['is usually "why are we doing this?"', "is usually “why are we doing this?”"],
    ["the members' dividend, don't", "the members’ dividend, don’t"],
    ["a 'quoted' word", "a ‘quoted’ word"],
    ["well-known, 1990-2000, 5'11\"", "well-known, 1990-2000, 5'11\""],
  ])("sets %j as %j", (text, shown) => {
    expect(displayText(text, "en")).toBe(shown);
  });

  it("gives Chinese text full-width marks between Chinese characters and curly quotes", () => {
    expect(displayText('他说:"好",我们走', "zh-Hans")).toBe("他说：“好”，我们走");
    expect(displayText("共1,000人,10:30開會", "zh-Hant")).toBe("共1,000人，10:30開會");
    expect(displayText("Hello, world", "en")).toBe("Hello, world");
  });
});
