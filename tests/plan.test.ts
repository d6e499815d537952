import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Outline } from "../src/outline/types.js";
import { planSlides } from "../src/plan/index.js";
import { markedTitle, withMarker } from "../src/plan/labels.js";
import { displayWidth, isCjkText, shorten, splitSentences } from "../src/plan/text.js";
import type { SlidePlan } from "../src/plan/types.js";
import { readSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { englishOutline, exampleSection, hansOutline, outline, outlineText, point } from "./plan-outlines.js";

const allNotes = (plan: SlidePlan) => plan.slides.flatMap((s) => s.notes).join("");

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Section 二、 of the example speech with the closing the speech has. */
const hantOutline = (): Outline =>
  outline({
    script: "zh-Hant",
    title: "黨群工作會議講話稿",
    preamble: ["黨的群團工作是凝聚人心、匯集智慧、催生力量的工作。"],
    points: [
      point(1, "一、", "增強思想自覺,深刻認識群團工作的重要性和緊迫性", ["群團工作很重要。"]),
      exampleSection(),
    ],
    closing: ["同志們,黨的群團工作是我們事業發展的源泉和動力。", "講完了,謝謝大家!"],
  });

/** A point long enough to need continuation slides: many paragraphs, each with key sentences. */
const longOutline = (script: "zh-Hans" | "zh-Hant" | "en"): Outline => {
  const zh =
    "要把“为群众服务”当成第一要务，2015年以来培训干部3200人次，占比达到85%，成效明显。这是第二句，不是要点。";
  const en =
    "We trained 3200 people in 2015, and the share reached 85 percent of all staff in the region. This is filler.";
  const paragraphs = Array.from(
    { length: 9 },
    (_, i) => `${"ABCDEFGHI"[i]}${script === "en" ? " team: " : "、"}${script === "en" ? en : zh}`,
  );
  return outline({
    script,
    points: [point(1, "一、", "加强能力建设", [], [point(2, "一是", "培训", paragraphs, [], false, "。")])],
  });
};

describe("planSlides: notes cover the speech exactly once", () => {
  for (const [name, make] of [
    ["zh-Hans", hansOutline],
    ["zh-Hant", hantOutline],
    ["en", englishOutline],
    ["long", () => longOutline("zh-Hans")],
  ] as const) {
    it(`${name}: every character of title, preamble, points and closing, in speech order`, () => {
      const o = make();
      const plan = planSlides(o, {});
      expect(allNotes(plan)).toBe(outlineText(o));
      for (const slide of plan.slides) for (const note of slide.notes) expect(note).not.toBe("");
    });
  }

  it("holds for random outlines, and so do the limits", () => {
    const clause = fc.stringMatching(/^[的工作群眾加強建設服務能力1-9“”a-z ]{1,30}$/);
    const sentence = fc
      .tuple(fc.array(clause, { minLength: 1, maxLength: 5 }), fc.constantFrom("。", "！", "；", ""))
      .map(([clauses, end]) => clauses.join("，") + end);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(""));
    const leaf = fc.record({
      heading: clause,
      paragraphs: fc.array(paragraph, { maxLength: 4 }),
      inline: fc.boolean(),
    });
    const top = fc.record({
      heading: clause,
      paragraphs: fc.array(paragraph, { maxLength: 2 }),
      children: fc.array(leaf, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(top, { maxLength: 4 }),
        fc.array(paragraph, { maxLength: 2 }),
        fc.array(paragraph, { maxLength: 2 }),
        (tops, preamble, closing) => {
          const o = outline({
            script: "zh-Hans",
            title: "标题",
            preamble,
            closing,
            points: tops.map((t, i) =>
              point(
                1,
                `${"一二三四"[i]}、`,
                t.heading,
                t.paragraphs,
                t.children.map((c, j) =>
                  point(2, `（${j + 1}）`, c.heading, c.paragraphs, [], c.inline, "。"),
                ),
              ),
            ),
          });
          const limits = { maxBullets: 5, maxBodyChars: 180, maxBulletChars: 36 };
          const plan = planSlides(o, {}, limits);
          expect(allNotes(plan)).toBe(outlineText(o));
          for (const slide of plan.slides) {
            expect(slide.bullets.length).toBeLessThanOrEqual(limits.maxBullets);
            const body = slide.bullets.reduce((sum, b) => sum + displayWidth(b), 0);
            expect(body).toBeLessThanOrEqual(limits.maxBodyChars);
            for (const bullet of slide.bullets)
              expect(displayWidth(bullet)).toBeLessThanOrEqual(limits.maxBulletChars);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("planSlides: structure", () => {
  it("titles the slides of a number alone on its line by its first sentence; the notes keep the text", () => {
    const o = outline({
      script: "zh-Hans",
      points: [
        point(1, "一", "", ["理论学习必须常学常新。党的创新理论是开放的体系。"]),
        point(1, "二", "", ["实践锻炼要落到实处。"]),
      ],
    });
    const plan = planSlides(o, {});
    expect(plan.slides[1]?.agenda?.map((a) => a.heading)).toEqual([
      "理论学习必须常学常新",
      "实践锻炼要落到实处",
    ]);
    const first = plan.slides.filter((s) => s.point === "1");
    expect(first.map((s) => s.kind)).toEqual(["section", "point"]);
    expect(first[0]?.title).toBe("一理论学习必须常学常新");
    expect(first.flatMap((s) => s.notes).join("")).toBe("一理论学习必须常学常新。党的创新理论是开放的体系。");
  });

  it("heads an article by its bracketed title; the notes keep the brackets", async () => {
    const source = await readSource("tests/fixtures/outline/zh-hans-rules-bracketed-titles/input.txt");
    const plan = planSlides(buildOutline(source), {});
    const notes = allNotes(plan);
    expect(notes).toContain("第一条（目的和依据）为了规范本市中小学课后服务工作");
    expect(notes).toContain("第四条（服务时间）课后服务时间原则上");
    expect(plan.slides.some((s) => s.title === "目的和依据")).toBe(true);
  });

  it("plans title, agenda, a divider per top-level point and a closing", () => {
    const o = hansOutline();
    const plan = planSlides(o, { speaker: "张三", subtitle: "2024年5月" });
    const kinds = plan.slides.map((s) => s.kind);
    expect(kinds[0]).toBe("title");
    expect(kinds[1]).toBe("agenda");
    expect(kinds.at(-1)).toBe("closing");
    expect(kinds.filter((k) => k === "section")).toHaveLength(o.points.length);
    expect(plan.info).toMatchObject({ title: "在全市工作会议上的讲话", speaker: "张三" });
    expect(plan.slides[0]).toMatchObject({ title: "在全市工作会议上的讲话", subtitle: "2024年5月" });
    expect(plan.slides[1]?.agenda?.map((a) => a.marker)).toEqual(["一、", "二、", "三、"]);
    // The preamble is said while the agenda is up.
    expect(plan.slides[1]?.notes).toEqual(o.preamble);
    expect(plan.slides.map((s) => s.section)).toEqual(
      plan.slides.map((s) =>
        s.kind === "title" || s.kind === "agenda" || s.kind === "closing" ? -1 : s.section,
      ),
    );
  });

  it("titles a section with its marker and first clause, the rest as subtitle (docs/design.md, slide planning)", () => {
    const plan = planSlides(hantOutline(), {});
    const section = plan.slides.find((s) => s.kind === "section" && s.marker === "二、");
    expect(section).toMatchObject({ title: "二、練好內功真功", subtitle: "更好地發揮群團組織的職能作用" });
  });

  it("puts an inline series on ONE slide under the parent's lead sentence (docs/design.md, slide planning)", () => {
    const plan = planSlides(hantOutline(), {});
    const index = plan.slides.findIndex((s) => s.kind === "section" && s.marker === "二、");
    const series = plan.slides[index + 1];
    expect(series?.title).toContain("最根本原因是能力問題");
    expect(series?.bullets).toEqual([
      "服務意識和能力與群眾的需求有差距",
      "組織引導群眾能力跟不上轉型迫切需要",
      "依法依章程履職能力跟不上法治建設需要",
    ]);
    // Its notes: the parent's paragraphs and the whole series, word for word.
    expect(series?.notes.join("")).toContain("最根本原因是能力問題。一是服務意識和能力與群眾的需求有差距");
    expect(series?.notes.join("")).toContain("在這里,我強調三個方面:");
    // Then (一) with its children's headings as bullets (slide 3), then a slide per child (4–6).
    expect(plan.slides[index + 2]).toMatchObject({
      kind: "point",
      marker: "(一)",
      title: "加強三個建設",
      bullets: ["加強能力建設", "加強陣地建設", "加強制度建設"],
    });
    expect(plan.slides[index + 3]).toMatchObject({ marker: "一是", title: "加強能力建設" });
    expect(plan.slides[index + 3]?.bullets).toContain("人的因素是一切工作的關鍵");
  });

  it("closes with a phrase of the closing, or thanks in the speech's script", () => {
    expect(planSlides(hantOutline(), {}).slides.at(-1)).toMatchObject({ kind: "closing", title: "謝謝大家" });
    const bare = (script: "zh-Hans" | "zh-Hant" | "en") =>
      planSlides(outline({ script, points: [] }), {}).slides.at(-1)?.title;
    expect(bare("zh-Hans")).toBe("谢谢");
    expect(bare("zh-Hant")).toBe("謝謝");
    expect(bare("en")).toBe("Thank you");
  });

  it("closes a 公文 with thanks and its signature, never with a record of its printing", () => {
    const notice = (closing: string[]) =>
      planSlides(
        outline({ script: "zh-Hans", points: [point(1, "一、", "压实责任")], closing }),
        {},
      ).slides.at(-1);
    const signOff = ["临江市人民政府办公室", "2026年3月5日", "（此件公开发布）"];
    const records = ["抄送：市委办公室，市政协办公室。", "临江市人民政府办公室", "2026年3月6日印发"];
    expect(notice([...signOff, ...records])).toMatchObject({
      kind: "closing",
      title: "谢谢",
      subtitle: "临江市人民政府办公室 2026年3月5日",
    });
    expect(notice(["附件：1．值班表", "2．联系表", ...signOff])).toMatchObject({
      title: "谢谢",
      subtitle: "临江市人民政府办公室 2026年3月5日",
    });
    // The pages attached after it (a label, a title, a table's rows) sign nothing and title nothing.
    const duty = ["王明", "李红", "赵强", "陈静", "周涛", "吴敏", "郑凯", "孙悦"];
    const pages = [
      "附件1",
      "值班表",
      "序号　姓名　值班日期",
      ...duty.map((name, i) => [i + 1, name, `6月${i + 1}日`].join("　")),
    ];
    expect(notice(["附件：", "1.值班表", ...signOff, ...pages, ...records])).toMatchObject({
      title: "谢谢",
      subtitle: "临江市人民政府办公室 2026年3月5日",
    });
    // Records alone: no signature to show, still no record as the title.
    expect(notice(records)).toMatchObject({ title: "谢谢" });
    expect(notice(records)?.subtitle).toBeUndefined();
    // Closing words before the signature still title the slide.
    expect(
      notice(["同志们，让我们共同努力！", "谢谢大家！", "临江市人民政府", "2026年3月5日"]),
    ).toMatchObject({
      title: "谢谢大家",
      subtitle: "临江市人民政府 2026年3月5日",
    });
  });

  it("gives a quoted saying its own quote slide", () => {
    const quote = planSlides(hansOutline(), {}).slides.find((s) => s.kind === "quote");
    expect(quote?.quote).toEqual({
      text: "群众是真正的英雄，而我们自己则往往是幼稚可笑的。",
      attribution: "毛泽东",
    });
    expect(quote?.notes.join("")).toContain("毛泽东说，“群众是真正的英雄");
    const en = planSlides(englishOutline(), {}).slides.find((s) => s.kind === "quote");
    expect(en?.quote?.attribution).toBe("Lincoln");
  });

  it("plans an unnumbered speech without dividers or agenda", () => {
    const o = outline({ script: "en", points: [point(1, "", "First thought.", ["More words here."])] });
    const plan = planSlides(o, { title: "Talk" });
    expect(plan.slides.map((s) => s.kind)).toEqual(["title", "point", "closing"]);
    expect(allNotes(plan)).toBe(outlineText(o));
  });

  it("does not change its input", () => {
    const o = deepFreeze(hansOutline());
    const info = deepFreeze({ speaker: "张三" });
    const copy = structuredClone(o);
    planSlides(o, info);
    expect(o).toEqual(copy);
  });
});

describe("planSlides: bullets and continuation", () => {
  it("keeps bullets extractive and short (~40 CJK characters, cut at a phrase boundary)", () => {
    for (const o of [hansOutline(), hantOutline(), longOutline("zh-Hant")]) {
      const text = outlineText(o);
      for (const slide of planSlides(o, {}).slides) {
        for (const bullet of slide.bullets) {
          expect(text).toContain(bullet);
          expect(displayWidth(bullet)).toBeLessThanOrEqual(40);
        }
      }
    }
  });

  it("cuts English bullets at 15 words, never inside a word", () => {
    const o = longOutline("en");
    const text = outlineText(o);
    const bullets = planSlides(o, {}).slides.flatMap((s) => s.bullets);
    expect(bullets.length).toBeGreaterThan(0);
    for (const bullet of bullets) {
      expect(bullet.split(/\s+/).length).toBeLessThanOrEqual(15);
      const at = text.indexOf(bullet);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(text[at + bullet.length] ?? " ").toMatch(/[^A-Za-z0-9]/);
    }
  });

  it("shortens at a clause mark, else between words", () => {
    const limits = { maxChars: 40, maxWords: 15 };
    const clauses =
      "群团组织联系群众最紧密、服务群众最直接，是为人民服务的一线部队，要在服务群众中让群团干部更接地气。";
    expect(shorten(clauses, limits)).toBe("群团组织联系群众最紧密、服务群众最直接，是为人民服务的一线部队");
    const unbroken =
      "群团干部的大部分时间要在群众中深入基层调查研究了解群众最关心最直接最现实的利益问题并加以解决";
    const cut = shorten(unbroken, limits);
    expect(displayWidth(cut)).toBeLessThanOrEqual(40);
    expect(unbroken.startsWith(cut)).toBe(true);
    // The segmenter's word boundary: 问题 is never split into 问 | 题.
    expect(cut.endsWith("问")).toBe(false);
  });

  for (const [script, mark] of [
    ["zh-Hans", "（续）"],
    ["zh-Hant", "（續）"],
    ["en", " (cont.)"],
  ] as const) {
    it(`continues a long point on ${mark} slides within the limits (${script})`, () => {
      const plan = planSlides(longOutline(script), {});
      const slides = plan.slides.filter((s) => s.kind === "point");
      expect(slides.length).toBeGreaterThan(1);
      expect(slides[0]?.continued).toBe(false);
      for (const slide of slides.slice(1)) {
        expect(slide.continued).toBe(true);
        expect(slide.title).toBe(`培训${mark}`);
      }
      for (const slide of slides) {
        expect(slide.bullets.length).toBeLessThanOrEqual(6);
        expect(slide.bullets.reduce((n, b) => n + displayWidth(b), 0)).toBeLessThanOrEqual(200);
      }
    });
  }

  it("honours smaller limits", () => {
    const plan = planSlides(longOutline("zh-Hans"), {}, { maxBullets: 2, maxBulletChars: 12 });
    for (const slide of plan.slides) {
      expect(slide.bullets.length).toBeLessThanOrEqual(2);
      for (const b of slide.bullets) expect(displayWidth(b)).toBeLessThanOrEqual(12);
    }
  });
});

describe("planSlides: speaking time", () => {
  it("estimates 220 Chinese characters or 130 English words a minute, configurable", () => {
    const zh = outline({ script: "zh-Hans", points: [point(1, "", "", ["字".repeat(219) + "。"])] });
    const slide = (p: SlidePlan) => p.slides.find((s) => s.kind === "point");
    expect(slide(planSlides(zh, {}))?.seconds).toBe(60);
    expect(slide(planSlides(zh, {}, { cjkCharsPerMinute: 110 }))?.seconds).toBe(120);
    const en = outline({
      script: "en",
      points: [point(1, "", "", [Array(130).fill("word").join(" ") + "."])],
    });
    expect(slide(planSlides(en, {}))?.seconds).toBe(60);
    const plan = planSlides(hansOutline(), {});
    expect(plan.totalSeconds).toBe(plan.slides.reduce((n, s) => n + s.seconds, 0));
  });
});

describe("splitSentences", () => {
  it("gives back the paragraph exactly and keeps a quotation whole", () => {
    const text =
      "毛泽东说，“群众是真正的英雄。我们要学习。”这句话要牢记！他说“四化”问题。Yes. It is 3.5 now.";
    const sentences = splitSentences(text);
    expect(sentences.join("")).toBe(text);
    expect(sentences[0]).toBe("毛泽东说，“群众是真正的英雄。我们要学习。”");
    expect(isCjkText(sentences[0] as string)).toBe(true);
    expect(sentences).toContain("他说“四化”问题。");
    expect(sentences).toContain("It is 3.5 now.");
  });

  it("ends no sentence at a title or an initial, and still ends one after a lone capital", () => {
    const text =
      "Thank you. Dr. Moreno-Hart and John F. Kennedy agreed. 𠀀 once. Mr. Lee voted for plan B. It passed.";
    const sentences = splitSentences(text);
    expect(sentences.join("")).toBe(text);
    expect(sentences.map((s) => s.trim())).toEqual([
      "Thank you.",
      "Dr. Moreno-Hart and John F. Kennedy agreed.",
      "𠀀 once.",
      "Mr. Lee voted for plan B.",
      "It passed.",
    ]);
  });

  it("keeps a paragraph's own number with its first sentence, and a bullet leaves it out", () => {
    const text = "3. 金融業是香港經濟的支柱。我們會深化互聯互通。";
    expect(splitSentences(text)).toEqual(["3. 金融業是香港經濟的支柱。", "我們會深化互聯互通。"]);
    expect(splitSentences("12. The region needs homes. It built few.")[0]).toBe(
      "12. The region needs homes. ",
    );
    expect(shorten("3. 金融業是香港經濟的支柱。", { maxChars: 40, maxWords: 15 })).toBe(
      "金融業是香港經濟的支柱",
    );
    expect(shorten("12. The region needs homes. ", { maxChars: 40, maxWords: 15 })).toBe(
      "The region needs homes",
    );
  });
});

describe("withMarker: a marker joined to its heading", () => {
  it.each([
    ["一、", "加强党的建设", "一、加强党的建设"],
    ["（一）", "加强党的建设", "（一）加强党的建设"],
    ["第一，", "要加强学习", "第一，要加强学习"],
    ["一是", "坚持问题导向", "一是坚持问题导向"],
    ["①", "坚持问题导向", "①坚持问题导向"],
    // Arabic and Latin numbering before Chinese text is Chinese typesetting too.
    ["1.", "加强学习", "1.加强学习"],
    ["(1)", "加强学习", "(1)加强学习"],
    ["1.", "“两个确立”是关键", "1.“两个确立”是关键"],
  ])("joins Chinese numbering with nothing between: %s + %s", (marker, heading, joined) => {
    expect(withMarker(marker, heading)).toBe(joined);
  });

  it.each([
    ["1.", "Where we stand", "1. Where we stand"],
    ["A.", "Costs", "A. Costs"],
    ["IV.", "Outlook", "IV. Outlook"],
    ["(b)", "staffing", "(b) staffing"],
    ["2)", "Élan and 2025", "2) Élan and 2025"],
    ["First,", "we opened two offices", "First, we opened two offices"],
    ["3.", "“Quoted” words", "3. “Quoted” words"],
    // Never a second space, and nothing for a heading without a marker.
    ["1.", " Where", "1. Where"],
    ["", "Where we stand", "Where we stand"],
  ])("puts one space between Latin numbering and Latin text: %s + %s", (marker, heading, joined) => {
    expect(withMarker(marker, heading)).toBe(joined);
  });

  it("reads a slide's title with its marker; a section's title carries it already", () => {
    expect(markedTitle({ kind: "point", marker: "1.", title: "Where we stand" })).toBe("1. Where we stand");
    expect(markedTitle({ kind: "point", marker: "（一）", title: "加强学习" })).toBe("（一）加强学习");
    expect(markedTitle({ kind: "section", marker: "1.", title: "1. Where we stand" })).toBe(
      "1. Where we stand",
    );
    const plan = planSlides(
      outline({
        script: "en",
        title: "Quarterly review",
        points: [
          point(1, "1.", "Where we stand", ["Sales grew by ten percent this year."]),
          point(1, "2.", "Where we go", ["We will open two new offices next year."]),
        ],
      }),
      {},
    );
    const sections = plan.slides.filter((slide) => slide.kind === "section");
    expect(sections.map(markedTitle)).toEqual(["1. Where we stand", "2. Where we go"]);
  });
});

describe("planSlides: the example speech, end to end", () => {
  it("covers the whole speech once, keeps the limits and plans section 二 by the rules of docs/design.md", async () => {
    const o = buildOutline(await readSource("slides/000_bb77306b121bf6cc.txt"));
    const plan = planSlides(o, {});
    expect(allNotes(plan)).toBe(outlineText(o));
    expect(plan.slides.filter((s) => s.kind === "section").map((s) => s.title)).toEqual([
      "一、增強思想自覺",
      "二、練好內功真功",
      "三、全面持續給力",
    ]);
    const text = outlineText(o);
    for (const slide of plan.slides) {
      expect(slide.bullets.length).toBeLessThanOrEqual(6);
      expect(slide.bullets.reduce((n, b) => n + displayWidth(b), 0)).toBeLessThanOrEqual(200);
      for (const bullet of slide.bullets) {
        expect(text).toContain(bullet);
        expect(displayWidth(bullet)).toBeLessThanOrEqual(40);
      }
    }
    const two = plan.slides.findIndex((s) => s.title === "二、練好內功真功");
    expect(plan.slides[two + 1]?.bullets).toEqual([
      "服務意識和能力與群眾的需求有差距",
      "組織引導群眾能力跟不上轉型迫切需要",
      "依法依章程履職能力跟不上法治建設需要",
    ]);
    expect(plan.slides[two + 2]?.bullets).toEqual(["加強能力建設", "加強陣地建設", "加強制度建設"]);
    expect(plan.slides.some((s) => s.continued && s.title.endsWith("（續）"))).toBe(true);
    expect(plan.slides.at(-1)?.title).toBe("謝謝大家");
  });
});

describe("one-line items", () => {
  it("show as bullets of their parent's slide and get no empty slide of their own", async () => {
    const outline = buildOutline(await readSource("tests/fixtures/outline/en-letters/input.txt"));
    const plan = planSlides(outline, {});
    const overview = plan.slides.find((s) => s.bullets.includes("Property tax will rise with assessments"));
    expect(overview?.bullets).toEqual([
      "Property tax will rise with assessments",
      "Sales tax depends on tourism",
    ]);
    expect(overview?.notes.join("\n")).toContain("b) Sales tax depends on tourism.");
    expect(plan.slides.filter((s) => s.kind === "point" && s.bullets.length === 0)).toEqual([]);
  });
});
