import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { plainSource } from "./helpers/plain-source.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";

describe("questions and answers", () => {
  it("each question its answer follows is a point; a series in an answer nests under it", () => {
    const text = [
      "市医保局负责人就门诊共济保障政策答记者问",
      "近日，市医保局印发门诊共济保障实施细则。市医保局负责人就有关问题回答了记者提问。",
      "问：实施细则出台的背景是什么？",
      "答：建立门诊共济保障机制，是减轻参保群众门诊费用负担的重要举措。",
      "问：参保职工能享受哪些新待遇？",
      "答：主要有两项。一是普通门诊费用纳入统筹基金支付；二是个人账户可以家庭共济使用。",
      "问：实施细则什么时候施行？",
      "答：自2025年1月1日起施行。",
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(pointTree(outline.points)).toEqual([
      "问：|实施细则出台的背景是什么",
      "问：|参保职工能享受哪些新待遇",
      "  一是|普通门诊费用纳入统筹基金支付",
      "  二是|个人账户可以家庭共济使用",
      "问：|实施细则什么时候施行",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });

  it("an interview between two set under the paper's own numbered headings is outlined by the headings", () => {
    const turns = (question: string, answer: string) => [`记者：${question}`, `沈立衡：${answer}`];
    const text = [
      "专访｜栖湾市市长沈立衡：老城更新要“绣花”",
      "一、“先留后改”，三年改造老旧小区412个",
      ...turns(
        "很多城市搞更新，第一反应是拆。栖湾为什么反其道而行之？",
        "我们算过账。拆了重建，成本高，居民也不答应。",
      ),
      ...turns("加装电梯是出了名的难办事吧？", "对。我们把协商的规矩立起来。"),
      "二、原住民留得住，才是真更新",
      ...turns("有人担心老住户住不起，怎么办？", "这个担心很有道理。"),
      "第一，改造以居民自愿为前提。",
      "第二，保障性住房跟着更新走。",
      ...turns("下一步的重点在哪里？", "从改房子到改日子。"),
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(pointTree(outline.points)).toEqual([
      "一、|“先留后改”，三年改造老旧小区412个",
      "二、|原住民留得住，才是真更新",
      "  第一，|改造以居民自愿为前提",
      "  第二，|保障性住房跟着更新走",
    ]);
  });

  it("a FAQ's numbered sections hold the questions numbered through them, each question asked whole", () => {
    const section = (n: number, name: string, questions: string[]) => [
      `${n}. ${name}`,
      "",
      ...questions.flatMap((q, i) => [
        `${q}`,
        `The answer to question ${i + 1} of part ${n} is given here in a sentence of its own.`,
        "",
      ]),
    ];
    const text = [
      "Garden Waste Collection: Frequently Asked Questions",
      "",
      "This page answers the questions our customer services team is asked most often.",
      "",
      ...section(1, "Subscribing to the service", [
        "Q1. How much does the service cost?",
        "Q2. I subscribed last year. Will my subscription renew automatically?",
      ]),
      ...section(2, "Bins and permits", [
        "Q3. What is a permit?",
        "Q4. My bin was stolen. What should I do?",
      ]),
      ...section(3, "Collections", [
        "Q5. When will my bin be collected?",
        "Q6. Are there collections at Christmas?",
      ]),
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(pointTree(outline.points)).toEqual([
      "1.|Subscribing to the service",
      "  Q1.|How much does the service cost",
      "  Q2.|I subscribed last year. Will my subscription renew automatically",
      "2.|Bins and permits",
      "  Q3.|What is a permit",
      "  Q4.|My bin was stolen. What should I do",
      "3.|Collections",
      "  Q5.|When will my bin be collected",
      "  Q6.|Are there collections at Christmas",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });

  it("an answer's label may stand alone on its line, naming who answers", () => {
    const text = [
      "新闻发布会实录",
      "记者问：条例实施一年来，企业办事的成本降低了多少？",
      "答（刘志强）：",
      "一年来，我们重点在减环节、减时间上下功夫，企业开办压缩至一个工作日。",
      "记者问：下一步在缓解企业融资难题方面有哪些举措？",
      "答（刘志强）：",
      "我们将重点做好两方面工作。",
      "一是扩大信用贷款投放。依托融资信用服务平台，归集涉企信用信息。",
      "二是推广无还本续贷。引导银行对符合条件的小微企业续贷。",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "记者问：|条例实施一年来，企业办事的成本降低了多少",
      "记者问：|下一步在缓解企业融资难题方面有哪些举措",
      "  一是|扩大信用贷款投放",
      "  二是|推广无还本续贷",
    ]);
  });

  it("an interview's numbered questions in English count as written", () => {
    const text = [
      "Interview with the Harbour Master",
      "Q1: Why is the harbour closing for a month?",
      "A: The north wall needs repairs that cannot be done while ships are berthed.",
      "Q2: What happens to the fishing fleet?",
      "A: The fleet moves to the east quay, where we have added forty moorings.",
    ].join("\n");
    expect(pointTree(buildOutline(plainSource(text)).points)).toEqual([
      "Q1:|Why is the harbour closing for a month",
      "Q2:|What happens to the fishing fleet",
    ]);
  });

  it("questions put after a talk that counted its points are words after it, their answers' labels too", () => {
    const text = [
      "Press conference by the Secretary General",
      "Ministers meet tomorrow. I want to highlight three issues.",
      "First, we are strengthening our deterrence. The new plans are the most detailed in decades.",
      "Second, we must ramp up production. Our industrial base was built for peacetime.",
      "Third, we will continue to support our partners. Their needs have not changed.",
      "And with that, I am ready to take your questions.",
      "Q. Some candidates question the treaty. Are you worried?",
      "A. Any suggestion that allies will not defend each other undermines all of our security.",
      "Q. Can you give us a target for production?",
      "A. There are two parts to the answer.",
      "1. Each country sets its own target through the planning process.",
      "2. Together they must add up to what the plans require.",
    ].join("\n\n");
    const outline = buildOutline({ ...plainSource(text), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "First,|we are strengthening our deterrence",
      "Second,|we must ramp up production",
      "Third,|we will continue to support our partners",
    ]);
    expect(outline.points[2]?.paragraphs).toContain("Q. Can you give us a target for production?");
    // A list an answer gives is the answer's words too.
    expect(outline.points[2]?.paragraphs.at(-1)).toBe(
      "2. Together they must add up to what the plans require.",
    );
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });

  it("a series said inside an answer after a briefing is the answer's words", () => {
    const text = [
      "医疗保障工作新闻发布会",
      "一、上半年工作进展",
      "一是待遇保障水平稳步提升。报销比例分别达到85.2%和70.6%。",
      "二是医保支付方式改革全面深化。次均住院费用同比下降4.3%。",
      "二、下半年重点工作",
      "第一，加快推进医保经办服务下沉。年底前实现全覆盖。",
      "第二，全力推进医保数字化建设。全面推广医保电子凭证。",
      "问：请问医保部门在异地就医方面有什么便民举措？",
      "答（冯凯）：主要采取了三方面措施：一是简化备案手续，可以线上自助备案；二是扩大定点范围，达到526家；三是允许补办备案。",
      "问：下一步打击欺诈骗保还有哪些打算？",
      "答（郑慧敏）：首先是推进大数据智能监管；其次是强化部门联动；最后是落实举报奖励制度。",
    ].join("\n");
    const outline = buildOutline(plainSource(text));
    expect(pointTree(outline.points)).toEqual([
      "一、|上半年工作进展",
      "  一是|待遇保障水平稳步提升",
      "  二是|医保支付方式改革全面深化",
      "二、|下半年重点工作",
      "  第一，|加快推进医保经办服务下沉",
      "  第二，|全力推进医保数字化建设",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(text));
  });

  it("one question in a speech, or questions no answer follows, are sentences", () => {
    const lone = [
      "局长讲话",
      "一、形势",
      "问：为什么要抓这项工作？",
      "答：因为群众需要。",
      "二、任务",
      "抓好落实。",
    ];
    expect(pointTree(buildOutline(plainSource(lone.join("\n"))).points)).toEqual(["一、|形势", "二、|任务"]);
    const unanswered = ["读书笔记", "问：什么是幸福？", "问：如何得到幸福？", "这两个问题困扰了我很久。"];
    expect(buildOutline(plainSource(unanswered.join("\n"))).points.map((p) => p.marker)).not.toContain(
      "问：",
    );
  });

  it("a questioner's `First, … And second, …` after the floor opens to questions is no point of the talk", () => {
    const text = [
      "Investor Day: CEO Remarks",
      "Slide 1: Where we are",
      "We closed the year with record volumes. We will do three things. First, we will reinvest. Second, we will keep our rating. Third, we will return cash.",
      "Slide 2: Q&A",
      "Priya Natarajan (Morgan Stanley): Two quick ones. First, on buybacks, is it over three years? And second, does the plan include any acquisitions?",
      "Maria Delgado: Yes to the first, and no to the second.",
    ].join("\n\n");
    const source = { ...plainSource(text), script: "en" as const };
    expect(pointTree(buildOutline(source).points)).toEqual([
      "Slide 1:|Where we are",
      "  First,|we will reinvest",
      "  Second,|we will keep our rating",
      "  Third,|we will return cash",
      "Slide 2:|Q&A",
    ]);
  });

  it("a call's questioner's series after the operator opens the floor is no point of the call", () => {
    const text = [
      "Q3 2024 Earnings Call Transcript",
      "Catherine Beaulieu - Chief Executive Officer",
      "First, volume. Carloads rose six percent.",
      "Second, service. Dwell times fell again.",
      "With that, operator, we're happy to take questions.",
      "Operator",
      "Thank you. We will now begin the question-and-answer session.",
      "Owen Fitzgerald - Harbourfront Securities",
      "Two questions: first, how much of the port win is in the run rate, and second, is there any risk of it shifting back?",
    ].join("\n\n");
    const source = { ...plainSource(text), script: "en" as const };
    const tree = pointTree(buildOutline(source).points).map((line) => line.trim());
    expect(tree).toContain("First,|volume");
    expect(tree.filter((line) => /^(?:first|second),/u.test(line))).toEqual([]);
    // Before the floor opens, a series said inside a paragraph stays the talk's.
    const talk = [
      ...text.split("\n\n").slice(0, 4),
      "I'll take questions at the end. We will do two things: first, cut debt, and second, buy back shares.",
    ];
    const kept = pointTree(buildOutline({ ...source, ...plainSource(talk.join("\n\n")) }).points);
    expect(kept.map((line) => line.trim())).toContain("first,|cut debt");
    // The operator may open the floor by calling its first questioner.
    const called = [
      ...text.split("\n\n").slice(0, 4),
      "Operator",
      "Thank you. Our first question comes from the line of Owen Fitzgerald with Harbourfront Securities.",
      "Owen Fitzgerald",
      "Two questions, if I could. First, on the port win, how much is in the run rate? And second, is there any risk of it shifting back?",
    ];
    const answered = pointTree(buildOutline({ ...source, ...plainSource(called.join("\n\n")) }).points);
    expect(answered.filter((line) => /port win|shifting back/u.test(line))).toEqual([]);
  });
});
