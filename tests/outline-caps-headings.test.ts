import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { plainSource } from "./helpers/plain-source.js";
import { pointTree } from "./helpers/outline-text.js";

const talk = (...lines: string[]) =>
  buildOutline({ ...plainSource(["A Talk on Ferries", "", ...lines].join("\n\n")), script: "en" });

describe("capitals lines heading the sections of English plain text", () => {
  it("several short capitals lines between paragraphs are a family of headings", () => {
    const outline = talk(
      "Good evening, and thank you for having me.",
      "WHERE WE STARTED",
      "Ten years ago the ferry ran twice a day.",
      "[APPLAUSE]",
      "WHAT WE CHANGED",
      "We bought a second boat and hired local crews.",
      "WHAT COMES NEXT",
      "A third crossing opens in the spring.",
    );
    expect(pointTree(outline.points)).toEqual(["|WHERE WE STARTED", "|WHAT WE CHANGED", "|WHAT COMES NEXT"]);
  });

  it("two capitals lines head the text when one opens a numbered series (`QUESTIONS` · `Question 1: …`)", () => {
    const conference = (...underQuestions: string[]) =>
      talk(
        "Speakers: Premier Rosalind Tate; Minister for Emergency Services Callum Reid",
        "OPENING STATEMENT",
        "PREMIER: Thanks for coming. Three months ago the river broke its banks across the north shore.",
        "Today I can announce three things, and then we are happy to take questions from you all.",
        "QUESTIONS FROM THE MEDIA",
        ...underQuestions,
        "Question 1: How many households are still in temporary accommodation?",
        "PREMIER: About four hundred, down from two thousand in the first week after the flood.",
        "Question 2: When will the bridge reopen?",
        "MINISTER: By Easter, if the weather holds and the steel arrives on time from the mill.",
      );
    expect(pointTree(conference().points)).toEqual([
      "|OPENING STATEMENT",
      "|QUESTIONS FROM THE MEDIA",
      "  Question 1:|How many households are still in temporary accommodation",
      "  Question 2:|When will the bridge reopen",
    ]);
    // When the series does not open right under it, two capitals lines are emphasis.
    expect(
      pointTree(conference("PREMIER: Happy to take your questions now, one at a time please.").points),
    ).toEqual([
      "Question 1:|How many households are still in temporary accommodation",
      "Question 2:|When will the bridge reopen",
    ]);
  });

  it("a record's line ending in a vote's tally or a date (`CARRIED 7-0`) heads nothing", () => {
    const motion = (tally: string) =>
      [
        "MOTION: Councilmember Ortiz moved to approve, seconded by Councilmember Haas.",
        "Ayes: all. Nays: None.",
        tally,
      ].join("\n");
    const outline = buildOutline({
      ...plainSource(
        [
          "CITY COUNCIL – REGULAR MEETING MINUTES\nTuesday, March 11, 2025 – 6:00 p.m.",
          "APPROVED AS PRESENTED 03/25/2025",
          "PRESENT: Mayor Lindqvist; Councilmembers Ortiz, Haas\nABSENT: None",
          "1. CALL TO ORDER",
          "Mayor Lindqvist called the meeting to order at 6:02 p.m. and led the Pledge of Allegiance.",
          "2. APPROVAL OF MINUTES",
          "2.1 Regular Meeting of February 25, 2025",
          "Councilmember Haas asked that page 4 be corrected to show that she abstained.",
          motion("CARRIED 7-0"),
          "2.2 Special Meeting of March 3, 2025",
          motion("CARRIED 6-0-1"),
          "3. ADJOURNMENT",
          "The meeting adjourned at 9:12 p.m.",
        ].join("\n\n"),
      ),
      script: "en",
    });
    expect(pointTree(outline.points)).toEqual([
      "1.|CALL TO ORDER",
      "2.|APPROVAL OF MINUTES",
      "  2.1|Regular Meeting of February 25, 2025",
      "  2.2|Special Meeting of March 3, 2025",
      "3.|ADJOURNMENT",
    ]);
  });

  it("a table of contents in capitals heads nothing: the text's own parts are the points", () => {
    const lines = [
      "Skills for Every Stage",
      "CONTENTS",
      "Ministerial foreword ........................ 3",
      "PART I    THE CASE FOR CHANGE",
      "  Chapter 1  Where we are now ............... 5",
      "PART II   OUR PLAN",
      "  Chapter 2  A Lifelong Learning Account .... 9",
      "MINISTERIAL FOREWORD",
      "Our system of adult education was built for a world in which learning stopped at twenty-one.",
      "This White Paper sets out how we will change that.",
      "Rt Hon Margaret Ellery MP",
      "Secretary of State for Skills and Lifelong Learning",
      "PART I",
      "THE CASE FOR CHANGE",
      "Chapter 1",
      "Where we are now",
      "Fewer adults take part in learning than did ten years ago, and the fall is steepest among those with fewest qualifications.",
      "PART II",
      "OUR PLAN",
      "Chapter 2",
      "A Lifelong Learning Account",
      "Every adult will have an account worth £5,000 to spend on approved courses over their working life.",
    ];
    const outline = buildOutline({ ...plainSource(lines.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "PART I|THE CASE FOR CHANGE",
      "  Chapter 1|Where we are now",
      "PART II|OUR PLAN",
      "  Chapter 2|A Lifelong Learning Account",
    ]);
  });

  it("a word quoted inside a capitals line keeps it a heading", () => {
    const outline = talk(
      "Comrades, I welcome you all to this conference.",
      "THE NEW NATIONAL MINIMUM WAGE",
      "The new minimum wage has still not been paid in eleven states.",
      'BRAIN DRAIN AND THE "JAPA" SYNDROME',
      "Every month more of our nurses leave for hospitals abroad.",
      "INSECURITY AND THE SAFETY OF OUR MEMBERS",
      "Three of our members were kidnapped on their way to work this year.",
      "OUR DEMANDS",
      "We ask the Federal Government to pay the arrears before the end of this quarter.",
    );
    expect(pointTree(outline.points)).toContain('|BRAIN DRAIN AND THE "JAPA" SYNDROME');
  });

  it("a capitals line under a part's number alone on its line is that part's title", () => {
    const lines = (part: string, title: string, text: string) => `${part}\n${title}\n\n${text}`;
    const outline = talk(
      "Good morning. Thank you for coming.",
      lines("PART I", "CRIME TRENDS", "Violent crime fell this quarter."),
      lines("PART II", "OPERATIONS", "We have 612 sworn officers."),
      lines("PART III", "COMMUNITY TRUST", "Complaints fell by a third."),
    );
    expect(pointTree(outline.points)).toEqual([
      "PART I|CRIME TRENDS",
      "PART II|OPERATIONS",
      "PART III|COMMUNITY TRUST",
    ]);
  });

  it("capitals headings under parts numbered alone on their lines (`PART A`, `PART B`) are theirs", () => {
    const outline = talk(
      "PART A",
      "Hon'ble Speaker, Sir, I rise to present the budget of the State for the coming year.",
      "ECONOMIC OVERVIEW\n\nThe economy of the State grew by eight per cent last year.",
      "HEALTH AND FAMILY WELFARE\n\nWe will open two hundred new health centres.",
      "PART B\nTAX PROPOSALS\n\nI now turn to the tax proposals of this budget.",
      "STATE EXCISE\n\nExcise revenue grew by eleven per cent.",
    );
    expect(pointTree(outline.points)).toEqual([
      "PART A|",
      "  |ECONOMIC OVERVIEW",
      "  |HEALTH AND FAMILY WELFARE",
      "PART B|TAX PROPOSALS",
      "  |STATE EXCISE",
    ]);
  });

  it("short lines under parts titled after a colon (`PART A: ECONOMY AND FISCAL POSITION`) are theirs", () => {
    const outline = talk(
      "PART A: ECONOMY AND FISCAL POSITION",
      "Economic Review\n\nThe economy of the State grew by eight per cent last year, ahead of the nation.",
      "Fiscal Position\n\nOur own tax revenue held, and the deficit stays within three per cent.",
      "PART B: BUDGET MEASURES",
      "Health Centres\n\nWe will open two hundred new primary health centres across the State.",
      "School Buildings\n\nWe will rebuild six hundred classrooms before the monsoon.",
    );
    expect(pointTree(outline.points)).toEqual([
      "PART A:|ECONOMY AND FISCAL POSITION",
      "  |Economic Review",
      "  |Fiscal Position",
      "PART B:|BUDGET MEASURES",
      "  |Health Centres",
      "  |School Buildings",
    ]);
    // Capitals headings under parts titled in the same capitals.
    const capitals = talk(
      "PART A: ECONOMY AND DEVELOPMENT PRIORITIES",
      "STATE OF THE ECONOMY\n\nThe economy of the State grew by eight per cent last year.",
      "EDUCATION\n\nWe will rebuild six hundred classrooms before the monsoon.",
      "PART B: TAX PROPOSALS",
      "GOODS AND SERVICES TAX\n\nOur own tax revenue held, and the deficit stays within three per cent.",
    );
    expect(pointTree(capitals.points)).toEqual([
      "PART A:|ECONOMY AND DEVELOPMENT PRIORITIES",
      "  |STATE OF THE ECONOMY",
      "  |EDUCATION",
      "PART B:|TAX PROPOSALS",
      "  |GOODS AND SERVICES TAX",
    ]);
  });

  it("`PROTOCOLS`, where the speaker greets the dignitaries, is no heading nor part of the next", () => {
    const outline = talk(
      "PROTOCOLS",
      "INTRODUCTION",
      "1. Mr. Speaker, it is with gratitude that I present the 2026 Appropriation Bill.",
      "REVIEW OF THE 2025 BUDGET",
      "2. The 2025 Budget was anchored on restoring security.",
      "AGRICULTURE",
      "3. The sum of N48.2 billion is proposed for agriculture.",
    );
    expect(outline.points.map((p) => p.heading)).toEqual([
      "INTRODUCTION",
      "REVIEW OF THE 2025 BUDGET",
      "AGRICULTURE",
    ]);
  });

  it("one or two capitals lines, stage directions and a quoted sign are no headings", () => {
    const outline = talk(
      "Good evening, and thank you for having me.",
      "WHERE WE STARTED",
      "Ten years ago the ferry ran twice a day.",
      "APPLAUSE",
      "A sign on the pier read:",
      '"NO FISHING FROM THE RAMP"',
      "We bought a second boat and hired local crews.",
      "WHAT COMES NEXT",
      "A third crossing opens in the spring.",
    );
    expect(outline.points.every((p) => p.marker === "" && p.children.length === 0)).toBe(true);
    expect(outline.warnings.map((w) => w.message).join()).toContain("no structure found");
  });

  it("numbered lines in the same capitals stand beside unnumbered ones over prose; a signature's name heads nothing", () => {
    const observed = "The Committee observed that counties are not obliged to buy from the national agency.";
    const outline = talk(
      "PRESS STATEMENT",
      "FOR IMMEDIATE RELEASE",
      "STATEMENT BY THE CHAIRPERSON OF THE DEPARTMENTAL COMMITTEE ON HEALTH ON MEDICINES",
      "CHAIRPERSON'S FOREWORD",
      "Hon. Speaker, this Report contains the observations and recommendations of the Committee.",
      "1. PROCUREMENT AND THE ROLE OF THE AGENCY",
      observed,
      "2. COUNTY FINANCING AND PENDING BILLS",
      observed,
      "CONCLUSION",
      "The Committee commends this Report to the House for adoption.",
      "SIGNED ............................",
      "HON. DR. JAMES MURGOR, MP",
      "DATE: 12th November 2024",
    );
    expect(pointTree(outline.points)).toEqual([
      "|CHAIRPERSON'S FOREWORD",
      "1.|PROCUREMENT AND THE ROLE OF THE AGENCY",
      "2.|COUNTY FINANCING AND PENDING BILLS",
      "|CONCLUSION",
    ]);
  });
});

describe("short lines heading the parts of a plain text that numbers nothing", () => {
  const PROSE = "各地精简文件会议、规范督查检查，基层干部有了更多时间抓落实、办实事，群众的获得感不断增强。";
  const commentary = (...lines: string[]) =>
    buildOutline(plainSource(["让基层减负落到实处", ...lines].join("\n")));

  it("two or more lines between paragraphs of prose are its headings", () => {
    const outline = commentary(PROSE, "以精简文山会海为抓手", PROSE, "以规范督查考核为关键", PROSE);
    expect(pointTree(outline.points)).toEqual(["|以精简文山会海为抓手", "|以规范督查考核为关键"]);
    expect(outline.preamble).toEqual([PROSE]);
    expect(outline.warnings.some((w) => w.message.startsWith("no structure found"))).toBe(false);
  });

  it("a line over the audience addressed again (`Fellow South Africans,`) and prose heads that prose", () => {
    const prose = "Young people are not waiting for permission to build this country, and neither should we.";
    const address = [
      "ADDRESS ON NATIONAL YOUTH DAY",
      prose,
      "The Promise Of 1976",
      prose,
      "Work For Young People",
      "Fellow South Africans,",
      prose,
      "Safer Communities",
      prose,
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "|The Promise Of 1976",
      "|Work For Young People",
      "|Safer Communities",
    ]);
  });

  it("a line of where and when the speech was given heads no part", () => {
    const prose = "We are a city that shows up, and tonight I want to tell you honestly where we stand.";
    const address = [
      "2025 State of the City Address",
      "Mayor Denise R. Okafor",
      "Harlow Bay Civic Auditorium – Thursday, February 6, 2025",
      prose,
      "A City That Shows Up",
      prose,
      "Housing Within Reach",
      prose,
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual(["|A City That Shows Up", "|Housing Within Reach"]);
  });

  it("lines led by a symbol head the parts instead, each symbol its level (`■ 主要工作` · `◆ 客户服务`)", () => {
    const outline = commentary(
      PROSE,
      "■ 基本情况",
      PROSE,
      "■ 主要工作",
      "◆ 客户服务",
      PROSE,
      "◆ 工程维修",
      PROSE,
      "■ 2024年工作计划",
      PROSE,
    );
    expect(pointTree(outline.points)).toEqual([
      "■|基本情况",
      "■|主要工作",
      "  ◆|客户服务",
      "  ◆|工程维修",
      "■|2024年工作计划",
    ]);
  });

  it("a run of symbol-led paragraphs, each opening with a heading of its own, is a series of points; a bullet list is none", () => {
    const outline = commentary(
      "一、压实责任，确保各项任务落地见效",
      "◆\t强化组织领导。领导小组要发挥统筹作用，各县（区）要建立相应工作机制。",
      "◆\t强化督查考核。将营商环境工作纳入年度综合考核，实行月调度、季通报。",
      "二、查找问题",
      "●\t审批环节多、材料重复提交",
      "●\t涉企检查频次偏高",
      "●\t强化监督。",
      PROSE,
    );
    expect(pointTree(outline.points)).toEqual([
      "一、|压实责任，确保各项任务落地见效",
      "  ◆|强化组织领导",
      "  ◆|强化督查考核",
      "二、|查找问题",
    ]);
  });

  it("a post's pictograph leads a run of headed paragraphs as a symbol does; a heading may hold a comma (`🔹 立规矩，明底线。…`)", () => {
    const outline = commentary(
      "一、聚焦政治引领，筑牢思想根基",
      "🔹 学习有“深度”。开列“必读书目”和“选读书目”两张清单，推行“领学+导学+自学”模式。",
      "🔹 学习有“温度”。把课堂搬到项目一线、社区网格，让理论学习更接地气。",
      "二、聚焦作风建设，树牢为民导向",
      "🔹 立规矩，明底线。修订完善机关内部管理制度12项，建立廉政风险防控点台账。",
      "🔹 转作风，提效能。推行“一线工作法”和“限时办结制”，办理时限平均压缩30%。",
      PROSE,
    );
    expect(pointTree(outline.points)).toEqual([
      "一、|聚焦政治引领，筑牢思想根基",
      "  🔹|学习有“深度”",
      "  🔹|学习有“温度”",
      "二、|聚焦作风建设，树牢为民导向",
      "  🔹|立规矩，明底线",
      "  🔹|转作风，提效能",
    ]);
  });

  it("three or more short questions over prose are its headings; one or two are words said", () => {
    const prose = "The board met every month this year and reported to the community after each meeting.";
    const report = (questions: readonly string[]) =>
      buildOutline({
        ...plainSource(
          ["Presiding Member's Annual Report 2024", prose, ...questions.flatMap((q) => [q, prose])].join(
            "\n",
          ),
        ),
        script: "en" as const,
      });
    const asked = ["Where did we start the year?", "How are our students achieving?", "Where to from here?"];
    expect(pointTree(report(asked).points)).toEqual(asked.map((q) => `|${q}`));
    expect(report(asked.slice(0, 2)).points.map((p) => p.heading)).not.toContain(asked[0]);
  });

  it("a record's note that members interject is no heading among the short lines over prose", () => {
    const prose =
      "The fund will pay for pipelines, treatment plants and storage in the towns that need them most.";
    const speech = [
      "Regional Water Security Amendment Bill 2025",
      "I move that this bill be now read a second time.",
      "Why this bill is needed",
      prose,
      "Opposition members interjecting—",
      prose,
      "What the bill does",
      prose,
      "Conclusion",
      prose,
    ];
    const outline = buildOutline({ ...plainSource(speech.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "|Why this bill is needed",
      "|What the bill does",
      "|Conclusion",
    ]);
  });

  it("a line quoted under a heading, before its prose, leaves it a heading", () => {
    const outline = commentary(
      PROSE,
      "以精简文山会海为抓手",
      "“纸上得来终觉浅，绝知此事要躬行。”",
      PROSE,
      "以规范督查考核为关键",
      PROSE,
    );
    expect(pointTree(outline.points)).toEqual(["|以精简文山会海为抓手", "|以规范督查考核为关键"]);
  });

  it("a telephone's area code numbers nothing, and a quotation closing a part ends its sentence", () => {
    const prose = "Each clinic will be open seven days a week and will treat minor injuries and illnesses.";
    const release = [
      "Northmere Health to Open Three Clinics",
      "Media contact: Jordan Pike",
      "(406) 555-0187 | press@northmerehealth.example",
      prose,
      "What changes for patients",
      prose,
      `"We want the people who staff these clinics to stay," said the chief nursing officer. "They grew up here."`,
      "Building a regional workforce",
      prose,
    ];
    const outline = buildOutline({ ...plainSource(release.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|What changes for patients",
      "|Building a regional workforce",
    ]);
  });

  it("a town hall's numbered questions (`Q1.` `Q2.`) nest under the line that heads them, beside the other lines", () => {
    const prose = "We will review the scheme when it closes on 31 January, and we will report back to staff.";
    const hall = [
      "All-Staff Town Hall with the Vice-Chancellor",
      prose,
      "The financial position",
      prose,
      "What this means for staff",
      prose,
      "Questions and answers",
      "Q1. Compulsory redundancies",
      `JO WHITLOCK: ${prose}`,
      "Q2. The voluntary severance terms",
      `JO WHITLOCK: ${prose}`,
    ];
    const outline = buildOutline({ ...plainSource(hall.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|The financial position",
      "|What this means for staff",
      "|Questions and answers",
      "  Q1.|Compulsory redundancies",
      "  Q2.|The voluntary severance terms",
    ]);
  });

  it("a line over a sentence that introduces a list (`Recommendations` · `That the Board:`) heads it", () => {
    const prose = "Our roll at 1 June stood at 412 students, up from 398 at the same point last year.";
    const report = [
      "Principal's Report to the Board of Trustees",
      "Overview",
      prose,
      "Roll and Attendance",
      prose,
      "Recommendations",
      "That the Board:",
      "1. Principal's report. Receive the Principal's Report for Term 2, 2024.",
      "2. Literacy teacher aide funding. Approve 45 teacher aide hours per week from Term 4.",
      "3. Junior block variation. Approve the contract variation of $18,400 for subfloor framing.",
    ];
    const outline = buildOutline({ ...plainSource(report.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|Overview",
      "|Roll and Attendance",
      "|Recommendations",
      "  1.|Principal's report",
      "  2.|Literacy teacher aide funding",
      "  3.|Junior block variation",
    ]);
  });

  it("lists that count from one again under each of two short lines are headed by them", () => {
    const address = [
      "同鄉會第五十二屆會員大會會長致詞",
      "各位鄉親，大家早上好！今天是本會第五十二屆會員大會，我謹代表理事會向各位報告會務。",
      "一年來會務回顧",
      "①會所大樓翻新工程順利竣工。本會會所經過八個月的施工，已於今年三月正式重新啟用。",
      "②獎助學金頒發人數創新高。本年度共有一百二十名會員子女獲得獎助學金，人數為歷年之最。",
      "未來工作方向",
      "①推動會務數碼化。本會將建立會員電子資料庫，並推出手機應用程式，方便鄉親辦理會務。",
      "②成立鄉親關懷基金。針對年長、獨居及經濟有困難的鄉親，提供及時的援助與關懷。",
      "祝願大會圓滿成功，各位鄉親身體健康，闔家幸福！",
    ];
    const outline = buildOutline({ ...plainSource(address.join("\n\n")), script: "zh-Hant" as const });
    expect(pointTree(outline.points)).toEqual([
      "|一年來會務回顧",
      "  ①|會所大樓翻新工程順利竣工",
      "  ②|獎助學金頒發人數創新高",
      "|未來工作方向",
      "  ①|推動會務數碼化",
      "  ②|成立鄉親關懷基金",
    ]);
  });

  it("one series of numbered headings inside a part nests under the line that heads it, beside the other lines", () => {
    const prose =
      "Rural bus miles have fallen by a third since 2010, and faster since competitive funding began.";
    const brief = [
      "Fixing the Bus",
      "3 June 2025",
      "Summary",
      prose,
      "The scale of the decline",
      prose,
      "Recommendations",
      "1. Five-year rural bus settlements",
      prose,
      "2. Demand-responsive transport as a complement, not a substitute",
      prose,
      "Conclusion",
      prose,
      "Notes",
      "1. Department for Transport (2025), Annual bus statistics: year ending March 2025.",
      "2. Campaign for Better Transport (2024), The future of the bus, London.",
    ];
    const outline = buildOutline({ ...plainSource(brief.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points)).toEqual([
      "|Summary",
      "|The scale of the decline",
      "|Recommendations",
      "  1.|Five-year rural bus settlements",
      "  2.|Demand-responsive transport as a complement, not a substitute",
      "|Conclusion",
    ]);
    // Numbered headings in two parts number the text's structure: its lines head no parts.
    const split = [
      ...brief.slice(0, 5),
      "1. Five-year rural bus settlements",
      ...brief.slice(5, 7),
      ...brief.slice(9),
    ];
    const numbered = buildOutline({ ...plainSource(split.join("\n\n")), script: "en" as const });
    expect(pointTree(numbered.points)).not.toContain("|The scale of the decline");
  });

  it("a report's `Thank You` heading heads its last part; thanks said are its closing", () => {
    const prose =
      "Demand for our services rose by a fifth this year, and we met almost all of it with the same staff.";
    const report = (thanks: string) =>
      buildOutline({
        ...plainSource(
          [
            "Annual Report",
            prose,
            "A Year of Rising Need",
            prose,
            "Looking Ahead",
            prose,
            thanks,
            prose,
          ].join("\n\n"),
        ),
        script: "en",
      });
    expect(pointTree(report("Thank You").points)).toEqual([
      "|A Year of Rising Need",
      "|Looking Ahead",
      "|Thank You",
    ]);
    expect(pointTree(report("Thank you.").points)).toEqual(["|A Year of Rising Need", "|Looking Ahead"]);
  });

  it("a series introduced by a paragraph under its line still nests under that line", () => {
    const prose = "过去的一年，我们坚持稳中求进工作总基调，全县经济社会发展取得新成效，主要指标好于预期。";
    const report = [
      "政府工作报告",
      "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
      "2025年工作回顾",
      prose,
      "2026年主要目标任务",
      "今年重点抓好以下几个方面工作：",
      "（一）聚焦扩大有效需求，推动经济稳定增长",
      prose,
      "（二）聚焦产业转型升级，加快构建现代化产业体系",
      prose,
      "全面加强政府自身建设",
      prose,
    ];
    const outline = buildOutline(plainSource(report.join("\n\n")));
    expect(pointTree(outline.points)).toEqual([
      "|2025年工作回顾",
      "|2026年主要目标任务",
      "  （一）|聚焦扩大有效需求，推动经济稳定增长",
      "  （二）|聚焦产业转型升级，加快构建现代化产业体系",
      "|全面加强政府自身建设",
    ]);
  });

  it("a signature's date (`11 March 2025`) numbers nothing: a chair's statement is headed by its lines", () => {
    const prose =
      "Group revenue rose by 7.8% to £1,214 million, reflecting the tariff increase agreed with our regulator.";
    const outline = buildOutline({
      ...plainSource(
        [
          "Chair's Statement",
          prose,
          "Performance in the year",
          prose,
          "Dividend",
          prose,
          "Margaret O'Donnell",
          "Chair",
          "11 March 2025",
        ].join("\n"),
      ),
      script: "en",
    });
    expect(pointTree(outline.points)).toEqual(["|Performance in the year", "|Dividend"]);
  });

  it("one such line, or a text that numbers its parts, keeps what it had", () => {
    const single = commentary(PROSE, "以精简文山会海为抓手", PROSE, PROSE);
    expect(single.points.length).toBe(4);
    expect(single.warnings.some((w) => w.message.startsWith("no structure found"))).toBe(true);
    const numbered = commentary(
      PROSE,
      "以精简文山会海为抓手",
      PROSE,
      "一、规范督查考核",
      PROSE,
      "二、关心关爱干部",
      PROSE,
    );
    expect(pointTree(numbered.points)).toEqual(["一、|规范督查考核", "二、|关心关爱干部"]);
  });

  it("an English speech's `First, …` `And third, …` are items under its lines, which stay its headings", () => {
    const paragraph = (words: string) =>
      `${words} We have spent two years listening to families in every county of the state.`;
    const speech = [
      "State of the State Address",
      paragraph("Good evening, and thank you."),
      "Jobs and the economy",
      paragraph("Let me start where most families start: the paycheck."),
      "First, pass the Rural Opportunity Act, which puts money into broadband.",
      "Second, double the number of registered apprenticeships in the trades.",
      "And third, fix a permitting system that makes a family business wait.",
      "Housing people can afford",
      paragraph("Rents have risen faster than wages."),
      "[00:12:31] Speaker: Tom Asante",
      paragraph("Thank you for the question."),
      "12:40",
      paragraph("That is all from me."),
    ];
    const outline = buildOutline({ ...plainSource(speech.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "|Jobs and the economy",
      "  First,|pass the Rural Opportunity Act, which puts money into broadband",
      "  Second,|double the number of registered apprenticeships in the trades",
      "  And third,|fix a permitting system that makes a family business wait",
      "|Housing people can afford",
    ]);
  });

  it("a short line after a cue that follows a sentence's end (`(Applause)`) heads a part too", () => {
    const paragraph = (words: string) =>
      `${words} We have spent two years listening to families in every ward of the city.`;
    const speech = [
      "[Check against delivery]",
      "2025 Budget Address to Council",
      paragraph("Thank you."),
      "(Applause)",
      "Where we stand",
      paragraph("Let me start with the numbers."),
      "Our priorities",
      paragraph("This budget is built around housing."),
      "(Applause)",
      "Where the money comes from",
      paragraph("Property taxes rise by three per cent."),
    ];
    const outline = buildOutline({ ...plainSource(speech.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "|Where we stand",
      "|Our priorities",
      "|Where the money comes from",
    ]);
  });

  it("a transcript's cue after its time stamp (`[00:04:30] [LAUGHTER]`) heads no part", () => {
    const said = (stamp: string, words: string) =>
      `[${stamp}] ${words} We have spent the winter talking to readers in cafés and libraries.`;
    const transcript = [
      "Opening Keynote",
      said("00:00:31", "Thank you, Tom."),
      "[00:00:45] [APPLAUSE]",
      said("00:00:52", "First, show your working."),
      said("00:02:10", "Second, be in the room."),
      "[00:04:30] [LAUGHTER]",
      said("00:04:33", "It also means people see us as neighbours."),
      said("00:04:50", "Third, let readers correct you."),
      "[00:06:52] [APPLAUSE]",
      said("00:07:01", "Thank you all."),
    ];
    const outline = buildOutline({ ...plainSource(transcript.join("\n\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual([
      "First,|show your working",
      "Second,|be in the room",
      "Third,|let readers correct you",
    ]);
  });
});
