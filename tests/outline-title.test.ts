import { describe, expect, it } from "vitest";
import { parseSource } from "../src/ingest/index.js";
import { buildOutline } from "../src/outline/index.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";
import { plainSource } from "./helpers/plain-source.js";

const outline = (lines: string[], script: "en" | "zh-Hans" = "en") =>
  buildOutline({ ...plainSource(lines.join("\n")), script });

const REPORT = [
  "1. Scope",
  "The audit covered purchasing and payroll.",
  "2. Findings",
  "Purchasing controls worked as designed.",
];

describe("the title of a document that opens with a header", () => {
  it("a memo's or an e-mail's subject, its header kept in the opening", () => {
    const memo = outline([
      "MEMORANDUM",
      "TO: All staff",
      "FROM: Director",
      "Re: Parking at the depot",
      ...REPORT,
    ]);
    expect(memo.title).toBe("Parking at the depot");
    expect(memo.preamble).toEqual([
      "MEMORANDUM",
      "TO: All staff",
      "FROM: Director",
      "Re: Parking at the depot",
    ]);
    const email = outline(["From: Payroll", "To: All staff", "Subject: New pay dates", ...REPORT]);
    expect(email.title).toBe("New pay dates");
    // An e-mail's header in Chinese names its fields so too.
    const mail = outline(
      [
        "发件人: 周文韬 <zhouwt@example.com.cn>",
        "发送时间: 2024年11月6日 星期三 9:42",
        "收件人: 各部门负责人",
        "主题: 2025年度培训计划意见汇总及调整说明",
        "",
        "各位同事：",
        "一、关于培训预算。多数部门反映经费偏低。",
        "二、关于培训内容。建议增加数字化课程。",
      ],
      "zh-Hans",
    );
    expect(mail.title).toBe("2025年度培训计划意见汇总及调整说明");
    expect(mail.preamble[0]).toBe("发件人: 周文韬 <zhouwt@example.com.cn>");
  });

  it("a form's kind and its fields in a column head the title of what it applies with", () => {
    const application = [
      "GRANT APPLICATION — THE HARROWGATE FOUNDATION, OPPORTUNITY FUND 2025",
      "",
      "Applicant:        Westbridge Youth Futures (registered charity no. 1170419)",
      "Contact:          Joanne Mercer, Director of Programmes",
      "Amount requested: £186,400 over two years",
      "",
      "Bridges to Work: A Pathways Programme for Young Care Leavers in Westbridge",
      "",
      ...REPORT,
    ];
    const outline = buildOutline({ ...plainSource(application.join("\n")), script: "en" });
    expect(outline.title).toBe("Bridges to Work: A Pathways Programme for Young Care Leavers in Westbridge");
    expect(outline.preamble[0]).toBe(application[0]);
  });

  it("a memo's title set in by hand under its header block in two columns", async () => {
    const memo = [
      "Northgate Labs Engineering Memo                                R. Okafor",
      "Memo: NLM-0147                                            Platform Group",
      "Obsoletes: NLM-0112                                     Security Office",
      "                                                              March 2024",
      "",
      "",
      "        Log Retention and Redaction Requirements for Service Telemetry",
      "",
      "Status of This Memo",
      "",
      "   This memo describes internal requirements for engineering teams.",
      "",
      "1.  Introduction",
      "",
      "   Logs are kept for ninety days unless a rule below says otherwise.",
    ];
    const read = buildOutline(
      await parseSource(new TextEncoder().encode(memo.join("\n")), "memo.txt", "txt"),
    );
    expect(read.title).toBe("Log Retention and Redaction Requirements for Service Telemetry");
  });

  it("no e-mail field is a title; a memo without a subject keeps its word", () => {
    expect(outline(["From: Payroll", "To: All staff", ...REPORT]).title).toBeNull();
    expect(outline(["MEMORANDUM", "TO: All staff", "FROM: Director", ...REPORT]).title).toBe("MEMORANDUM");
  });

  it("a chapter's numbered heading over an excerpt with no other chapter is its title", () => {
    expect(outline(["CHAPTER 3: INSPECTION AND MAINTENANCE", ...REPORT]).title).toBe(
      "CHAPTER 3: INSPECTION AND MAINTENANCE",
    );
    expect(outline(["第三章　检查与维护", ...REPORT]).title).toBe("第三章　检查与维护");
    // Beside another chapter, it is the first of the text's chapters; alone with no words, a number.
    expect(outline(["CHAPTER 3: INSPECTION", ...REPORT, "CHAPTER 4: REPAIRS", ...REPORT]).title).not.toBe(
      "CHAPTER 3: INSPECTION",
    );
    expect(outline(["CHAPTER 3", ...REPORT]).title).not.toBe("CHAPTER 3");
  });

  it("a letterhead in capitals above a title-like line: that line is the title, the letterhead stays", async () => {
    const letter = outline(["HARBOUR VALLEY COLLEGE", "Annual Safety Review 2024", ...REPORT]);
    expect(letter.title).toBe("Annual Safety Review 2024");
    expect(letter.preamble).toEqual(["HARBOUR VALLEY COLLEGE"]);
    // A listed company's: its Chinese name over the English one, where it was incorporated, its stock
    // code, and how far the copy may go.
    const listed = outline([
      "海濱控股有限公司",
      "HARBOURFRONT HOLDINGS LIMITED",
      "(Incorporated in Bermuda with limited liability)  Stock Code: 1872",
      "INTERNAL - NOT FOR DISTRIBUTION",
      "Remarks at the 2025 Budget Kick-off Meeting",
      ...REPORT,
    ]);
    expect(listed.title).toBe("Remarks at the 2025 Budget Kick-off Meeting");
    expect(listed.preamble.slice(0, 2)).toEqual(["海濱控股有限公司", "HARBOURFRONT HOLDINGS LIMITED"]);
    // A ministry named for its work, under the republic, is a line of the letterhead.
    const treasury = outline([
      "REPUBLIC OF KENYA",
      "THE NATIONAL TREASURY AND ECONOMIC PLANNING",
      "BUDGET STATEMENT FOR THE FISCAL YEAR 2025/26",
      ...REPORT,
    ]);
    expect(treasury.title).toBe("BUDGET STATEMENT FOR THE FISCAL YEAR 2025/26");
    // A statement in capitals may hold its speaker's initial (`DESMOND A. WHITFIELD`), and a
    // mission's copy asks to be checked against delivery above it.
    const statement =
      "STATEMENT BY THE HONOURABLE DESMOND A. WHITFIELD, MP, MINISTER OF FOREIGN AFFAIRS OF JAMAICA, AT THE GENERAL DEBATE OF THE 79TH SESSION";
    const copy = [
      "PERMANENT MISSION OF JAMAICA TO THE UNITED NATIONS",
      "767 Third Avenue, New York, NY 10017",
      "",
      "Please check against delivery",
      "",
      statement,
      "",
      ...REPORT,
    ];
    const mission = buildOutline(
      await parseSource(new TextEncoder().encode(copy.join("\n")), "statement.txt", "txt"),
    );
    expect(mission.title).toBe(statement);
    expect(mission.meta.delivery).toBe("Please check against delivery");
    // A report's number under the letterhead, set apart or not, is no title.
    for (const gap of [[""], []])
      expect(
        outline([
          "EASTVALE WATER AUTHORITY",
          "Office of Internal Audit",
          ...gap,
          "Report No. IA-2024-07",
          "",
          "AUDIT OF METER READING AND BILLING CONTROLS",
          "",
          ...REPORT,
        ]).title,
      ).toBe("AUDIT OF METER READING AND BILLING CONTROLS");
    // So is the series' name before it and the year after it.
    const numbered = outline([
      "OFFICE OF THE AUDITOR-GENERAL",
      "PROVINCE OF EASTMOOR",
      "",
      "Performance Audit Report No. 7 of 2024",
      "",
      "Management of School Bus Transport Contracts",
      "",
      ...REPORT,
    ]);
    expect(numbered.title).toBe("Management of School Bus Transport Contracts");
    // A headline may end on a body's word; it still asks as a headline does.
    const headline = outline([
      "What Libraries Taught Me About Trust",
      "Opening keynote, Northern Counties Library Association Spring Conference, Harrogate",
      ...REPORT,
    ]);
    expect(headline.title).toBe("What Libraries Taught Me About Trust");
    // A charity, a church, a library service and a medical centre head their papers so too.
    for (const name of [
      "FIELDLIGHT INTERNATIONAL",
      "KNOX MEMORIAL PRESBYTERIAN CHURCH",
      "RIVERSIDE REGIONAL LIBRARIES",
      "MERCY VALLEY MEDICAL CENTER",
    ])
      expect(outline([name, "", "Annual Statement 2023", "", ...REPORT]).title).toBe("Annual Statement 2023");
    // A letterhead may give the office and its street address under the name.
    const police = outline([
      "PORT ALDER POLICE DEPARTMENT",
      "Office of the Police Commissioner",
      "1 Harbor Plaza, Port Alder, Washington",
      "",
      "QUARTERLY PUBLIC SAFETY BRIEFING",
      ...REPORT,
    ]);
    expect(police.title).toBe("QUARTERLY PUBLIC SAFETY BRIEFING");
    // A county's governing board is named after its members.
    const board = outline([
      "WESTMERE COUNTY BOARD OF SUPERVISORS",
      "2025 REPORT TO THE RESIDENTS",
      ...REPORT,
    ]);
    expect(board.title).toBe("2025 REPORT TO THE RESIDENTS");
    // So are a network's and an alliance's names.
    for (const name of [
      "NORTHFIELD COMMUNITY HEALTH NETWORK",
      "RIVER VALLEY HOUSING ALLIANCE",
      "DIOCESE OF HOLLINSFORD",
    ])
      expect(
        outline([name, "Electronic Health Record Migration: Implementation Plan", ...REPORT]).title,
      ).toBe("Electronic Health Record Migration: Implementation Plan");
    expect(outline(["Alder Township Board of Trustees", "Annual Report 2025", ...REPORT]).title).toBe(
      "Annual Report 2025",
    );
    // A government's or a group's name in capitals is a letterhead too, over the title or over
    // another organisation's line, which is no title.
    expect(outline(["ONDO STATE GOVERNMENT", "2025 BUDGET SPEECH", ...REPORT]).title).toBe(
      "2025 BUDGET SPEECH",
    );
    expect(outline(["NORTHGATE HOMES GROUP", "BOARD OF DIRECTORS", ...REPORT]).title).toBe(
      "NORTHGATE HOMES GROUP",
    );
    // A board paper's cover names the meeting and the item under the board, over the paper's title.
    const paper = outline([
      "NORTHGATE HOMES GROUP",
      "",
      "BOARD OF DIRECTORS",
      "",
      "Meeting of 23 April 2025",
      "Agenda item 7",
      "",
      "CAPITAL INVESTMENT PROGRAMME 2025/26 TO 2029/30",
      ...REPORT,
    ]);
    expect(paper.title).toBe("CAPITAL INVESTMENT PROGRAMME 2025/26 TO 2029/30");
    // A council's meeting named with its day after a dash, and the item numbered within its part.
    const council = outline([
      "MURRINDALE SHIRE COUNCIL",
      "Ordinary Council Meeting – Tuesday 22 April 2025",
      "Item 9.1",
      "CHIEF EXECUTIVE OFFICER'S QUARTERLY REPORT – JANUARY TO MARCH 2025",
      ...REPORT,
    ]);
    expect(council.title).toBe("CHIEF EXECUTIVE OFFICER'S QUARTERLY REPORT – JANUARY TO MARCH 2025");
    // A committee and the day it meets, set apart under the council's name.
    const committee = outline([
      "WESTMERE DISTRICT COUNCIL",
      "",
      "COMMUNITIES AND LEISURE COMMITTEE - 14 NOVEMBER 2024",
      "",
      "LIBRARY SERVICE REVIEW: PROPOSED CHANGES TO OPENING HOURS",
      "",
      ...REPORT,
    ]);
    expect(committee.title).toBe("LIBRARY SERVICE REVIEW: PROPOSED CHANGES TO OPENING HOURS");
    // A joint statement's two organisations, each beside its name in Chinese.
    expect(
      outline([
        "MINISTRY OF MANPOWER  |  人力部",
        "NATIONAL TRADES UNION CONGRESS  |  全国职工总会",
        "",
        "JOINT STATEMENT ON SUPPORT FOR LOWER-WAGE WORKERS",
        ...REPORT,
      ]).title,
    ).toBe("JOINT STATEMENT ON SUPPORT FOR LOWER-WAGE WORKERS");
    // So is a state's or a court's name: `REPUBLIC OF …`, `SUPREME COURT OF …`.
    expect(outline(["REPUBLIC OF GHANA", "", "THE 2026 BUDGET STATEMENT", ...REPORT]).title).toBe(
      "THE 2026 BUDGET STATEMENT",
    );
    expect(
      outline([
        "SUPREME COURT OF QUEENSLAND",
        "",
        "CEREMONIAL SITTING ON THE RETIREMENT OF A JUDGE",
        ...REPORT,
      ]).title,
    ).toBe("CEREMONIAL SITTING ON THE RETIREMENT OF A JUDGE");
  });

  it("a letterhead in title case, or a department's name, above a title-like line: that line is the title", () => {
    const council = outline([
      "Riverside County Council",
      "Paying for Water: Options for a Fair Tariff",
      ...REPORT,
    ]);
    expect(council.title).toBe("Paying for Water: Options for a Fair Tariff");
    expect(council.preamble).toEqual(["Riverside County Council"]);
    const service = outline([
      "Northgate Regional Library Service",
      "",
      "Connected Libraries: Digital Strategy 2025-2030",
      ...REPORT,
    ]);
    expect(service.title).toBe("Connected Libraries: Digital Strategy 2025-2030");
    // A body named for whom it gathers.
    const chamber = outline([
      "Greater Lindenport Chamber of Commerce",
      "",
      "Outgoing President's Remarks to the 112th Annual General Meeting",
      ...REPORT,
    ]);
    expect(chamber.title).toBe("Outgoing President's Remarks to the 112th Annual General Meeting");
    // So is a union named for its members' trades, over the conference it meets in.
    const union = outline([
      "National Union of Care and Transport Workers",
      "Biennial Delegate Conference 2025",
      "General Secretary's Address to Conference",
      ...REPORT,
    ]);
    expect(union.title).toBe("General Secretary's Address to Conference");
    // A name in capitals with its Chinese name in brackets, over the meeting and the hall it meets in.
    const association = outline([
      "BRITAIN–CHINA TRADE ASSOCIATION (英中贸易协会)",
      "Annual General Meeting, 27 March 2025",
      "The Merchant Taylors’ Hall, London",
      "",
      "CHAIRMAN’S ADDRESS TO MEMBERS",
      ...REPORT,
    ]);
    expect(association.title).toBe("CHAIRMAN’S ADDRESS TO MEMBERS");
    // An embassy's name, as long as an English title may be.
    const embassy = outline([
      "Embassy of the Republic of Meridia in the People's Republic of China",
      "Remarks at the Reception Celebrating the 75th Anniversary of Independence",
      ...REPORT,
    ]);
    expect(embassy.title).toBe("Remarks at the Reception Celebrating the 75th Anniversary of Independence");
    // A city's or a shire's name over its office.
    const city = outline([
      "City of Harbor Falls",
      "Office of the Mayor",
      "",
      "Fiscal Year 2026 Budget Address",
      ...REPORT,
    ]);
    expect(city.title).toBe("Fiscal Year 2026 Budget Address");
    const department = outline(["Department of Energy and Infrastructure", "Securing the Grid", ...REPORT]);
    expect(department.title).toBe("Securing the Grid");
    // A school's name with its address after it, longer than any title's line.
    const school = outline([
      "St. Brigid's Community School, Ballinteer Road, Clonmore, Co. Kildare",
      "Principal's Address at the Annual Prize-Giving",
      ...REPORT,
    ]);
    expect(school.title).toBe("Principal's Address at the Annual Prize-Giving");
    expect(school.preamble).toEqual([
      "St. Brigid's Community School, Ballinteer Road, Clonmore, Co. Kildare",
    ]);
    // A company's name (`Group`, `Holdings`, `Limited`), or a body's that joins two names with `and`.
    const company = outline([
      "Northwind Logistics Group",
      "Moving Faster, Together: Remarks at the Q3 Town Hall",
      "Priya Raman, Chief Executive Officer",
      ...REPORT,
    ]);
    expect(company.title).toBe("Moving Faster, Together: Remarks at the Q3 Town Hall");
    const trust = outline([
      "Riverside and Wexley Hospitals NHS Foundation Trust",
      "Annual Report Summary 2023/24",
      ...REPORT,
    ]);
    expect(trust.title).toBe("Annual Report Summary 2023/24");
    // A title that names an institution in it is no letterhead.
    expect(outline(["The Future of Our University", "Remarks to the faculty", ...REPORT]).title).toBe(
      "The Future of Our University",
    );
  });

  it("a government, a parliament and its committee, a union or a school division head the title, not title it", () => {
    const titled = (head: string[]) => outline([...head, ...REPORT]).title;
    expect(titled(["GOVERNMENT OF WESTLAND", "BUDGET SPEECH 2026-27"])).toBe("BUDGET SPEECH 2026-27");
    expect(
      titled([
        "PARLIAMENT OF WESTLAND",
        "Legislative Council Economy and Infrastructure Committee",
        "Inquiry into regional bus services",
      ]),
    ).toBe("Inquiry into regional bus services");
    expect(
      titled([
        "House of Commons",
        "Education Committee",
        "Placements for children in care: keeping them local",
      ]),
    ).toBe("Placements for children in care: keeping them local");
    expect(titled(["Legislative Assembly of Northland", "Report on the Estimates 2025"])).toBe(
      "Report on the Estimates 2025",
    );
    // A republic and its province in title case, the city and its office in capitals.
    expect(
      titled([
        "Republic of the Philippines",
        "Province of Negros Occidental",
        "CITY OF SANTA LUCIA",
        "OFFICE OF THE CITY MAYOR",
        "Annual Report of the City Mayor",
      ]),
    ).toBe("Annual Report of the City Mayor");
    // A name in two languages names the organisation after the bar.
    expect(
      titled([
        "Ollscoil na Sionainne | Shannon University",
        "",
        "Office of the President",
        "STATE OF THE UNIVERSITY ADDRESS 2024",
      ]),
    ).toBe("STATE OF THE UNIVERSITY ADDRESS 2024");
    // A ministry's building, post box and e-mail, then a copy's stamps, over a long headline.
    expect(
      titled([
        "REPUBLIC OF WESTLAND",
        "",
        "MINISTRY OF AGRICULTURE",
        "OFFICE OF THE CABINET SECRETARY",
        "",
        "Kilimo House, Cathedral Road",
        "P.O. Box 30028-00100, NAIROBI",
        "Email: cs@agriculture.example",
        "",
        "PRESS STATEMENT",
        "",
        "FOR IMMEDIATE RELEASE",
        "",
        "STATEMENT BY THE CABINET SECRETARY ON GOVERNMENT PREPAREDNESS FOR THE 2025 LONG RAINS SEASON",
        "",
      ]),
    ).toBe("STATEMENT BY THE CABINET SECRETARY ON GOVERNMENT PREPAREDNESS FOR THE 2025 LONG RAINS SEASON");
    // A house in capitals, its record and the record's volume, set apart over the statement's title.
    expect(
      titled([
        "HOUSE OF ASSEMBLY",
        "Official Report (Hansard)",
        "",
        "Volume 418, Columns 207–212",
        "",
        "Northern Valleys Floods: Recovery and Resilience",
        "",
      ]),
    ).toBe("Northern Valleys Floods: Recovery and Resilience");
    // The record named in full, its day and the state of its print over the bill at its reading.
    expect(
      titled([
        "HOUSE OF ASSEMBLY",
        "Official Report of Debates (Hansard)",
        "Tuesday, 11 March 2025",
        "UNCORRECTED PROOF — NOT TO BE QUOTED",
        "RURAL TRANSPORT (COMMUNITY SERVICES) BILL 2025 — SECOND READING",
        "The Hon. G.M. VANLANDINGHAM (Ardmore—Minister for Regional Transport) (16:12): I move:",
      ]),
    ).toBe("RURAL TRANSPORT (COMMUNITY SERVICES) BILL 2025 — SECOND READING");
    // The house, its term and session, and its committee, in capitals under a republic's name.
    expect(
      titled([
        "REPUBLIC OF WESTLAND",
        "THE NATIONAL ASSEMBLY",
        "TWELFTH PARLIAMENT – SECOND SESSION",
        "DEPARTMENTAL COMMITTEE ON HEALTH",
        "REPORT ON THE INQUIRY INTO ESSENTIAL MEDICINES",
      ]),
    ).toBe("REPORT ON THE INQUIRY INTO ESSENTIAL MEDICINES");
    // A house named with its article, and a session with its year.
    expect(
      titled([
        "REPUBLIC OF WESTLAND",
        "THE PARLIAMENT OF WESTLAND",
        "THE SENATE",
        "THIRTEENTH PARLIAMENT - FOURTH SESSION (2025)",
        "STANDING COMMITTEE ON HEALTH",
        "REPORT ON THE INQUIRY INTO ESSENTIAL MEDICINES",
      ]),
    ).toBe("REPORT ON THE INQUIRY INTO ESSENTIAL MEDICINES");
    // An official report's sitting, its day and its state over the item's title.
    expect(
      titled(["Meeting of the Parliament", "Tuesday 4 June 2024", "[Draft]", "Ferry Services Resilience"]),
    ).toBe("Ferry Services Resilience");
    // A title about a legislature names no house of it.
    expect(titled(["Reforming Parliament", "Notes for a lecture"])).toBe("Reforming Parliament");
    expect(titled(["HARBOUR AND CARE WORKERS UNION", "Address to the National Conference"])).toBe(
      "Address to the National Conference",
    );
    // The occasion under the union's name: the keynote's title is the next line, not the occasion.
    expect(
      titled([
        "HARBOUR AND CARE WORKERS UNION (HCWU)",
        "12th Biennial National Convention — Westport Convention Centre, June 10–14, 2024",
        "STRONGER TOGETHER: THE PRESIDENT'S KEYNOTE ADDRESS",
      ]),
    ).toBe("STRONGER TOGETHER: THE PRESIDENT'S KEYNOTE ADDRESS");
    // An earnings call names what was said, under the company: it is the title.
    expect(
      titled([
        "LINDEN SYSTEMS, INC. (NASDAQ: LNDS)",
        "Third Quarter Fiscal 2024 Earnings Conference Call",
        "Prepared Remarks",
      ]),
    ).toBe("Third Quarter Fiscal 2024 Earnings Conference Call");
    expect(titled(["Prairie Lake School Division", "Annual Report of the Board Chair"])).toBe(
      "Annual Report of the Board Chair",
    );
  });

  it("an official page's long first line over its dateline is the title; a note in brackets is not", () => {
    const title =
      "Pre-ministerial press conference by the Secretary General ahead of the meetings of Defence Ministers";
    expect(outline([title, "13 February 2024", ...REPORT]).title).toBe(title);
    // A long first line that says a sentence is no title, nor a line over a field.
    const sentence = `${title}, and I am glad to see so many of you here today.`;
    expect(outline([sentence, "13 February 2024", ...REPORT]).title).toBeNull();
    expect(outline([title, "To: All staff", ...REPORT]).title).toBeNull();
    // The occasion's theme may stand under it; a full stop may shorten a word or a title in it.
    expect(outline([title, "Theme: Building Together", ...REPORT]).title).toBe(title);
    const address =
      "Convocation Address by Ms. Radhika Menon, Co-founder and CEO, Kaveri Health Technologies, at the 14th Annual Convocation";
    expect(outline([address, "Saturday, 9 August 2025", ...REPORT]).title).toBe(address);
    // The dateline may give the hour (`10.00am`).
    expect(outline([address, "Saturday, 11 July 2026, 10.00am", ...REPORT]).title).toBe(address);
    // Under a letterhead too: a network's name over its statement to a committee.
    const statement =
      "Statement to the Committee on the Rights of Persons with Disabilities on the periodic reports of Estovia";
    expect(outline(["Inclusion Rights Network", statement, "32nd session, Geneva", ...REPORT]).title).toBe(
      statement,
    );
    expect(
      outline(["[Check against delivery]", "National Union of Allied Workers", ...REPORT]).title,
    ).not.toBe("[Check against delivery]");
  });

  it("takes the years a plan runs, or its status, in brackets on the line under it; not a date", () => {
    const plan = [
      "为推动城市结构优化，结合我市实际，制定本方案。",
      "一、总体要求",
      "坚持以人民为中心。",
      "二、重点任务",
      "推进老旧小区改造。",
    ];
    const title = (second: string) =>
      outline(["云澜市城市更新行动实施方案", second, ...plan], "zh-Hans").title;
    expect(title("（2024—2026年）")).toBe("云澜市城市更新行动实施方案（2024—2026年）");
    expect(title("（试行）")).toBe("云澜市城市更新行动实施方案（试行）");
    // The day it was issued is no word of the title.
    expect(title("（2024年3月15日）")).toBe("云澜市城市更新行动实施方案");
  });

  it("is the line over who prepared the report and its date, not that line", () => {
    const review = [
      "Riverside Food Bank: Annual Review 2024",
      "Prepared by the Board of Directors and staff",
      "Published March 2025",
      "PART I",
      "The Year in Numbers",
      "We gave out more food than ever before, and more families came to us for help this year.",
      "PART II",
      "Programs and Partners",
      "Our partners grew in number and in reach across the county this year.",
    ];
    expect(outline(review).title).toBe("Riverside Food Bank: Annual Review 2024");
  });

  it("a copy's label over the title (`TRANSCRIPT`, `CHECK AGAINST DELIVERY`) is no title", () => {
    expect(outline(["TRANSCRIPT", "Opening Keynote: Care Close to Home", ...REPORT]).title).toBe(
      "Opening Keynote: Care Close to Home",
    );
    expect(outline(["Check against delivery", "Remarks to the Chamber of Commerce", ...REPORT]).title).toBe(
      "Remarks to the Chamber of Commerce",
    );
    expect(
      outline(["Oral statement to Parliament", "Rail Timetable Review: Next Steps", ...REPORT]).title,
    ).toBe("Rail Timetable Review: Next Steps");
    expect(outline(["Speech", "Building a Skills System That Works", ...REPORT]).title).toBe(
      "Building a Skills System That Works",
    );
    // An embargo's time may hold a full stop (`10.30 AM`).
    const embargoed = ["CHECK AGAINST DELIVERY", "EMBARGOED UNTIL 10.30 AM, MONDAY 19 MAY 2025"];
    expect(outline([...embargoed, "Address to the Delegate Conference", ...REPORT]).title).toBe(
      "Address to the Delegate Conference",
    );
    // A word may say what the transcript is of; stamps may stand side by side on one line.
    expect(outline(["TALK TRANSCRIPT", "Why Small Towns Still Matter", ...REPORT]).title).toBe(
      "Why Small Towns Still Matter",
    );
    const sideBySide = "TRANSCRIPT -- AS PREPARED FOR DELIVERY (check against delivery)";
    expect(outline([sideBySide, "Address to the Graduating Class", ...REPORT]).title).toBe(
      "Address to the Graduating Class",
    );
  });

  it("a headline in title case that ends on a body's word is no organisation's name", () => {
    const talk = ["TRANSCRIPT", "What My Grandmother Taught Me About Trust", "Speaker: Ana Ruiz", ...REPORT];
    expect(outline(talk).title).toBe("What My Grandmother Taught Me About Trust");
  });

  it("a press release's stamps, its release date among them, head its headline, however long", () => {
    const headline =
      "Record number of children to spend the summer holidays in temporary accommodation, charity warns";
    const release = outline([
      "PRESS RELEASE",
      "For immediate release – Tuesday 22 July 2025",
      headline,
      ...REPORT,
    ]);
    expect(release.title).toBe(headline);
    expect(release.preamble.slice(0, 2)).toEqual([
      "PRESS RELEASE",
      "For immediate release – Tuesday 22 July 2025",
    ]);
  });

  it("a headline over a long line that says who gives the speech, and where, is the title", () => {
    const speech = outline([
      "Disinflation, productivity and the road back to 2 per cent",
      "Speech by Aoife Brennan, Deputy Governor (Monetary and Economic), Central Bank of Ireland, at the Dublin Economics Workshop Annual Policy Conference, Wexford",
      "24 October 2024",
      ...REPORT,
    ]);
    expect(speech.title).toBe("Disinflation, productivity and the road back to 2 per cent");
  });

  it("a think tank's or a newspaper's stamp, under the site's name or over its desk, heads the title", async () => {
    const brief = outline([
      "Centre for Regional Prosperity",
      "POLICY BRIEF",
      "Fixing the Bus: How Devolved Funding Can Reverse the Decline of Rural Bus Services",
      ...REPORT,
    ]);
    expect(brief.title).toBe(
      "Fixing the Bus: How Devolved Funding Can Reverse the Decline of Rural Bus Services",
    );
    // A title's line that ends on a colon goes on in its subtitle.
    expect(
      outline([
        "WHITE PAPER",
        "Lowering the Cost of Long-Duration Energy Storage:",
        "A Procurement Framework for Regional Grid Operators",
        ...REPORT,
      ]).title,
    ).toBe(
      "Lowering the Cost of Long-Duration Energy Storage: A Procurement Framework for Regional Grid Operators",
    );
    // A white paper's stamp, or a court's summary of its judgment over the case's name.
    expect(
      outline(["WHITE PAPER", "Lowering the Cost of Long-Duration Energy Storage", ...REPORT]).title,
    ).toBe("Lowering the Cost of Long-Duration Energy Storage");
    const judgment = outline([
      "COURT OF APPEAL OF THE REPUBLIC OF NORTHAVEN",
      "CIVIL DIVISION",
      "SUMMARY OF JUDGMENT",
      "Harrowgate Logistics Ltd (Appellant) v Commissioner of Revenue and Customs (Respondent)",
      "[2025] NCA Civ 417",
      ...REPORT,
    ]);
    expect(judgment.title).toBe(
      "Harrowgate Logistics Ltd (Appellant) v Commissioner of Revenue and Customs (Respondent)",
    );
    // A standard's reference over its title.
    for (const reference of ["NSS 418:2025", "BS EN 13432:2000", "GB/T 19001-2016"])
      expect(
        outline([reference, "Reusable food-service containers — Specification for design", ...REPORT]).title,
      ).toBe("Reusable food-service containers — Specification for design");
    // The name in capitals, the brief's number and date under it.
    const numbered = outline([
      "CENTER FOR RURAL PROSPERITY",
      "Policy Brief No. 24-07 | June 2024",
      "Closing the Last Mile: State Options for Rural Broadband",
      ...REPORT,
    ]);
    expect(numbered.title).toBe("Closing the Last Mile: State Options for Rural Broadband");
    // A report's kind and its month, in capitals.
    const report = outline([
      "MERIDIAN POLICY INSTITUTE",
      "REPORT | NOVEMBER 2024",
      "Rebuilding the Ladder: Apprenticeships and Mid-Skill Work",
      ...REPORT,
    ]);
    expect(report.title).toBe("Rebuilding the Ladder: Apprenticeships and Mid-Skill Work");
    const comment = ["Care workers held this country together", ...REPORT];
    expect(outline(["OPINION | Work and careers", ...comment]).title).toBe(comment[0]);
    expect(outline(["Opinion", "Libraries", ...comment]).title).toBe(comment[0]);
    // Over its writer's byline, a headline may say a sentence or two.
    const headline =
      "I Stopped Apologising for Taking the Bus. My City Should Stop Apologising for Running It.";
    const page = ["OPINION", "", headline, "", "By Daniel Okafor", "Published March 3, 2024", "", ...REPORT];
    const bylined = buildOutline(
      await parseSource(new TextEncoder().encode(page.join("\n")), "op-ed.txt", "txt"),
    );
    expect(bylined.title).toBe(headline);
    expect(bylined.meta.author).toBe("Daniel Okafor");
    expect(outline(["OPINION", headline, ...REPORT]).title).toBeNull();
    // Under the paper's masthead, with its desk after a dot.
    const masthead = ["The Harbour Herald", "", "OPINION · COMMENTARY", "", ...page.slice(2)];
    const mastheaded = buildOutline(
      await parseSource(new TextEncoder().encode(masthead.join("\n")), "op-ed.txt", "txt"),
    );
    expect(mastheaded.title).toBe(headline);
    // A Chinese paper names its desk on the title's line.
    const editorial = outline(
      [
        "社論｜大學退場，不能只剩「關門」兩個字",
        "2025年6月3日　本報訊",
        "今年大學學測報名人數跌破十一萬，創下歷史新低。",
        "然而，翻開這些年的退場紀錄，我們看到的往往只是一紙停招公告。",
      ],
      "zh-Hans",
    );
    expect(editorial.title).toBe("大學退場，不能只剩「關門」兩個字");
    expect(editorial.preamble[0]).toBe("社論｜");
    // Or its date, with the title on the next line.
    const dated = outline(
      [
        "社论｜2025年8月20日",
        "迈向超老龄社会，社区照护要更有温度",
        "新加坡即将步入“超老龄社会”。当每五名居民中就有一人年满65岁，乐龄议题就不再只是某一个部门的事。",
        "这意味着，过去依赖家庭成员照顾年迈父母的模式，正面临越来越大的压力。",
      ],
      "zh-Hans",
    );
    expect(dated.title).toBe("迈向超老龄社会，社区照护要更有温度");
    // A column's label and its name, with the piece's title on the next line.
    const column = outline(
      [
        "專欄｜城市散步",
        "巷口早餐店的燈，比鬧鐘還早亮",
        "我家巷口的早餐店，每天清晨四點半就亮燈。老闆娘阿珠姨說，這個時間是從開店那天就定下來的。",
        "我是在搬來這條巷子的第一個冬天認識阿珠姨的。",
      ],
      "zh-Hans",
    );
    expect(column.title).toBe("巷口早餐店的燈，比鬧鐘還早亮");
    // A sermon's head on one line: its label, its title, then its fields apart by bars.
    const head = "主日信息｜曠野中的嗎哪｜經文：出埃及記16:1-30｜講員：陳以恩牧師｜2025.03.16 主日崇拜";
    const sermon = [
      "弟兄姊妹平安！今天我們繼續出埃及記的系列信息。",
      "一、神聽見百姓的怨言",
      "以色列全會眾在曠野發怨言。",
    ];
    expect(outline([head, ...sermon], "zh-Hans").title).toBe("曠野中的嗎哪");
    expect(outline([head.slice("主日信息｜".length), ...sermon], "zh-Hans").title).toBe("曠野中的嗎哪");
    // Run together with the text, as a page pasted as one line gives it.
    expect(outline([head + sermon.join("").repeat(8)], "zh-Hans").title).toBe("曠野中的嗎哪");
    // Parts with no field among them are no such head.
    expect(outline(["主日信息｜曠野中的嗎哪｜出埃及記", ...sermon], "zh-Hans").title).not.toBe(
      "曠野中的嗎哪",
    );
  });

  it("a Chinese release's stamp, in English too, and its date under it stand over the title", () => {
    const release = outline(
      [
        "新聞公報\u3000Press Release",
        "2024年11月21日（星期四）\u3000Thursday, 21 November 2024",
        "第十二屆亞太城市韌性論壇開幕致辭",
        "各位嘉賓、各位朋友：大家早上好！歡迎大家來到香港，出席第十二屆亞太城市韌性論壇。",
        "今年論壇的主題是「韌性城市，共同未來」，來自十八個國家和地區的代表參加了會議。",
      ],
      "zh-Hans",
    );
    expect(release.title).toBe("第十二屆亞太城市韌性論壇開幕致辭");
    // Who issues the release may name it, its office after a bar.
    const briefing = outline(
      [
        "港南市政府新聞稿｜交通局",
        "捷運藍線第一階段工程進度說明記者會",
        "【逐字稿】",
        "許局長：大家好。藍線第一階段全長十二點四公里，設十站，整體進度是百分之六十八。",
        "記者：請問文化中心站落後的原因是什麼？",
      ],
      "zh-Hans",
    );
    expect(briefing.title).toBe("捷運藍線第一階段工程進度說明記者會");
    // A space may part the issuer from the stamp, and the release's fields stand under it.
    const grant = outline(
      [
        "文化部\u3000新聞稿",
        "發稿日期：114年5月6日",
        "發稿單位：人文及出版司",
        "新聞聯絡人：王文琪\u3000科長\u3000電話：(02)8512-6000 分機 3621",
        "115年度原創漫畫出版補助即日起受理申請\u3000單一案件最高補助新臺幣150萬元",
        "為鼓勵國內漫畫創作者持續產出原創作品，文化部今日宣布受理申請。",
        "文化部表示，近年臺灣原創漫畫在國際間屢獲肯定。",
      ],
      "zh-Hans",
    );
    expect(grant.title).toBe("115年度原創漫畫出版補助即日起受理申請\u3000單一案件最高補助新臺幣150萬元");
  });

  it("a Chinese meeting's line with its date stands over the speech's title", () => {
    const speech = outline(
      [
        "立法會會議\u30002025年4月9日",
        "陳志明議員在《2025年撥款條例草案》恢復二讀辯論的發言",
        "主席：",
        "我代表工商界發言，原則上支持《2025年撥款條例草案》。今年的財政預算案在赤字連年的情況下，既要穩住經濟，又要照顧民生。",
        "首先，關於財政赤字與開源節流。政府預計本年度綜合赤字約為八百七十億元。",
      ],
      "zh-Hans",
    );
    expect(speech.title).toBe("陳志明議員在《2025年撥款條例草案》恢復二讀辯論的發言");
  });

  it("a talk's title in quotes right under the line naming its occasion is the title", () => {
    const keynote = outline([
      "TRANSCRIPT",
      "Regional Media Summit 2024 – Opening Keynote",
      '"Earning Trust Back: What Local Newsrooms Can Do Now"',
      "Speaker: Priya Raman, Editor",
      ...REPORT,
    ]);
    expect(keynote.title).toBe('"Earning Trust Back: What Local Newsrooms Can Do Now"');
    expect(keynote.preamble).toContain("Regional Media Summit 2024 – Opening Keynote");
    // Set apart by a blank line, a quoted line is the speech's motto.
    const apart = [
      "CONVOCATION ADDRESS TO THE CLASS OF 2029",
      "",
      "“Rooms, Neighbors, and Questions”",
      ...REPORT,
    ];
    expect(outline(apart).title).toBe("CONVOCATION ADDRESS TO THE CLASS OF 2029");
    // Right under a line that says what is given and what about, a quoted line is its theme.
    const theme = ["EXECUTIVE BUDGET MESSAGE FOR FISCAL YEAR 2025", '"Building a Resilient City"', ...REPORT];
    expect(outline(theme).title).toBe("EXECUTIVE BUDGET MESSAGE FOR FISCAL YEAR 2025");
    const address = ["STATE OF THE CITY ADDRESS 2024", '"Maravilla Rising"', ...REPORT];
    expect(outline(address).title).toBe("STATE OF THE CITY ADDRESS 2024");
  });

  it("a council meeting's line with its full date over the title places it, as a shorter occasion's does", () => {
    const address = outline([
      "Regular Meeting of the City Council – 12 May 2025",
      "",
      "Fiscal Year 2026 Budget Address",
      ...REPORT,
    ]);
    expect(address.title).toBe("Fiscal Year 2026 Budget Address");
    expect(address.preamble[0]).toBe("Regular Meeting of the City Council – 12 May 2025");
  });

  it("a memo's field that goes on in a line of its own keeps the header whole", () => {
    const memo = outline([
      "MEMORANDUM",
      "TO: Commissioner J. Morales",
      "CC: Deputy Commissioner R. Patel",
      "A. Okafor, General Counsel",
      "RE: Options for reforming water rates",
      ...REPORT,
    ]);
    expect(memo.title).toBe("Options for reforming water rates");
  });

  it("a header under a letterhead and the report's kind: its subject, wrapped or not, is the title", () => {
    const report = [
      "                          TOWN OF MILLBROOK",
      "                             STAFF REPORT",
      "",
      "                                      Agenda Item No. 4.C",
      "",
      "TO:        Honorable Mayor and Members of the Town Council, who meet on",
      "FROM:      Ana Ruiz, Director of Community Services and Library Programs",
      "DATE:      April 2, 2025",
      "SUBJECT:   Award of the Library Roof Replacement Contract and",
      "           Appropriation from the Facilities Reserve",
      "",
      ...REPORT,
    ].join("\n");
    const found = buildOutline({ ...plainSource(report), script: "en" });
    expect(found.title).toBe(
      "Award of the Library Roof Replacement Contract and Appropriation from the Facilities Reserve",
    );
    // Each field stays a line of its own, however full the line before it.
    expect(found.preamble.filter((line) => /^(?:TO|FROM|DATE):/u.test(line))).toHaveLength(3);
    const unwrapped = outline([
      "CITY OF RIVERTON",
      "MEMORANDUM",
      "TO: Council",
      "RE: Budget outlook",
      "Background",
      ...REPORT,
    ]);
    expect(unwrapped.title).toBe("Budget outlook");
    // A briefing note's letterhead, its address, its file number, its class and kind: six lines.
    const note = outline([
      "GOVERNMENT OF MAHARASHTRA",
      "URBAN DEVELOPMENT DEPARTMENT",
      "Mantralaya, Mumbai – 400 032",
      "No. UDD/WS/NRW/2024/118          Date: 12 August 2024",
      "CONFIDENTIAL – FOR DISCUSSION IN THE CABINET SUB-COMMITTEE",
      "POLICY BRIEFING NOTE",
      "To:       Hon'ble Minister for Urban Development",
      "Through:  Additional Chief Secretary (Finance)",
      "From:     Principal Secretary (UD-2)",
      "Subject:  Reducing Non-Revenue Water in Tier-II Cities",
      ...REPORT,
    ]);
    expect(note.title).toBe("Reducing Non-Revenue Water in Tier-II Cities");
  });

  it("a title in capitals, or a letterhead with no title after it, stays the title", () => {
    expect(outline(["STATE OF THE CITY", "Address to the City Council", ...REPORT]).title).toBe(
      "STATE OF THE CITY",
    );
    expect(outline(["ANNUAL REPORT OF THE HARBOUR BOARD", "Year ending March 2024", ...REPORT]).title).toBe(
      "ANNUAL REPORT OF THE HARBOUR BOARD",
    );
    expect(outline(["CITY OF NORTHFIELD", ...REPORT]).title).toBe("CITY OF NORTHFIELD");
  });

  it("a standard's cover codes are never its title", () => {
    const standard = outline(
      [
        "ICS 03.080",
        "CCS A 12",
        "团体标准",
        "T/ZJSA 018—2023",
        "社区食堂服务规范",
        "1 范围",
        "本文件规定了社区食堂的服务要求。",
        "2 术语",
        "下列术语适用于本文件。",
      ],
      "zh-Hans",
    );
    expect(standard.title).toBe("社区食堂服务规范");
    expect(standard.preamble).toEqual(["ICS 03.080", "CCS A 12", "团体标准", "T/ZJSA 018—2023"]);
  });

  it("keeps every character of the header", () => {
    const lines = ["MEMORANDUM", "TO: All staff", "FROM: Director", "Re: Parking at the depot", ...REPORT];
    const memo = outline(lines);
    expect(outlineChars({ ...memo, title: null })).toBe(sortedChars(lines.join("")));
  });
});

describe("the title line of an English report", () => {
  it("may run past sixty characters, as English titles do; a Chinese one may not", () => {
    const long = "Review of Weekend Opening Hours at the Northgate and Saltmarsh Branch Libraries";
    const report = outline([long, "Report to the Library Board", ...REPORT]);
    expect(report.title).toBe(long);
    expect(report.preamble).toEqual(["Report to the Library Board"]);
    const zh = outline(
      [
        "关于进一步加强和改进全市公共图书馆周末及节假日开放服务工作以及完善基层阅读设施建设管理机制若干问题的调研报告和相关工作建议",
        "一、基本情况",
        "全市共有公共图书馆十二座。",
      ],
      "zh-Hans",
    );
    expect(zh.title).toBeNull();
  });

  it("may end on a shortened word's full stop, as a witness's degrees do; not on a sentence's", () => {
    const testimony = outline([
      "TESTIMONY OF ALMA REYES, M.D., M.P.H.",
      "Before the Committee on Health",
      ...REPORT,
    ]);
    expect(testimony.title).toBe("TESTIMONY OF ALMA REYES, M.D., M.P.H.");
    expect(outline(["We thank the board for its time.", ...REPORT]).title).toBeNull();
  });
});

describe("an English title set on several lines", () => {
  it("goes on in the next line when a word joins them, and stops where none does", () => {
    const joined = outline(["Report of the Working Group", "on Rural Transport", ...REPORT]);
    expect(joined.title).toBe("Report of the Working Group on Rural Transport");
    const apart = outline(["ANNUAL REPORT 2024", "HALDEN WATER GROUP", ...REPORT]);
    expect(apart.title).toBe("ANNUAL REPORT 2024");
    // A line in capitals under one in small letters heads something else, though a word starts it.
    const court = outline([
      "Harcourt v Pemberton Lettings Limited",
      "IN THE COUNTY COURT AT WESTBURY",
      ...REPORT,
    ]);
    expect(court.title).toBe("Harcourt v Pemberton Lettings Limited");
    // An ordinal at a line's end counts what the next line names.
    const counted = outline(["Budget Address to the Fifty-Seventh", "Legislature", ...REPORT]);
    expect(counted.title).toBe("Budget Address to the Fifty-Seventh Legislature");
    expect(outline(["Annual Report of the 57th", "Legislature", ...REPORT]).title).toBe(
      "Annual Report of the 57th Legislature",
    );
  });

  it("in capitals, left open on its first line (`STATEMENT BY`), takes the capitals lines under it", () => {
    const statement = outline([
      "STATEMENT BY",
      "HIS EXCELLENCY MR. SIONE TAUFA",
      "MINISTER FOR FOREIGN AFFAIRS",
      "New York, 28 September 2024",
      ...REPORT,
    ]);
    expect(statement.title).toBe("STATEMENT BY HIS EXCELLENCY MR. SIONE TAUFA MINISTER FOR FOREIGN AFFAIRS");
    expect(statement.preamble).toEqual(["New York, 28 September 2024"]);
  });

  it("in capitals, opened by who gives it (`ADDRESS BY …`), goes on where a comma or `AT THE` carries it", async () => {
    const read = async (lines: string[]) =>
      buildOutline(await parseSource(new TextEncoder().encode(lines.join("\n")), "address.txt", "txt"));
    const address = await read([
      "ADDRESS BY THE VICE-CHANCELLOR,",
      "PROFESSOR ABENA KORANTENG-MENSAH,",
      "AT THE TWENTY-FOURTH CONGREGATION OF",
      "VOLTA LAKESIDE UNIVERSITY",
      "",
      ...REPORT,
    ]);
    expect(address.title).toBe(
      "ADDRESS BY THE VICE-CHANCELLOR, PROFESSOR ABENA KORANTENG-MENSAH, AT THE TWENTY-FOURTH CONGREGATION OF VOLTA LAKESIDE UNIVERSITY",
    );
    const remarks = await read([
      "REMARKS BY COMMISSIONER DANA WHITFIELD",
      "AT THE 2024 COASTAL RESILIENCE SUMMIT",
      "",
      ...REPORT,
    ]);
    expect(remarks.title).toBe(
      "REMARKS BY COMMISSIONER DANA WHITFIELD AT THE 2024 COASTAL RESILIENCE SUMMIT",
    );
    // Alone, or over a line of another kind, it is who speaks.
    const byline = await read([
      "Harbour Budget 2025",
      "REMARKS BY COMMISSIONER DANA WHITFIELD",
      "",
      ...REPORT,
    ]);
    expect(byline.title).toBe("Harbour Budget 2025");
    expect(byline.meta.author).toBe("COMMISSIONER DANA WHITFIELD");
  });

  it("in small letters, its `Statement by` line goes on with who gives it, their office and the occasion", async () => {
    const statement = buildOutline(
      await parseSource(
        new TextEncoder().encode(
          [
            "REPUBLIC OF TAMARU",
            "Permanent Mission to the United Nations",
            "",
            "Statement by",
            "H.E. Mr. Iosefa Tuilagi",
            "Minister for Foreign Affairs and External Trade",
            "at the General Debate of the Eightieth Session",
            "New York, 26 September 2025",
            "Mr. President,",
            ...REPORT,
          ].join("\n"),
        ),
        "statement.txt",
        "txt",
      ),
    );
    expect(statement.title).toBe(
      "Statement by H.E. Mr. Iosefa Tuilagi Minister for Foreign Affairs and External Trade at the General Debate of the Eightieth Session",
    );
    expect(statement.meta.author).toBeUndefined();
  });
});

describe("a byline that names the occasion (`Address by … at the … Summit 2025`)", () => {
  const read = async (lines: string[]) =>
    buildOutline(await parseSource(new TextEncoder().encode(lines.join("\n\n")), "address.txt", "txt"));
  const speech = [
    "A chairde, good morning, and thank you all for being here.",
    "We have made real progress on apprenticeships this year, and today I want to set out where we go next.",
  ];

  it("titles a speech printed with no other title; who speaks, where and when go to its metadata", async () => {
    const address = await read([
      "Department of Further and Higher Education",
      "Address by Minister Aoife Brennan TD at the National Skills Summit 2025",
      "The Convention Centre, Dublin – Thursday 6 March 2025",
      "CHECK AGAINST DELIVERY",
      ...speech,
    ]);
    expect(address.title).toBe("Address by Minister Aoife Brennan TD at the National Skills Summit 2025");
    expect(address.meta).toMatchObject({
      author: "Minister Aoife Brennan TD",
      venue: "The Convention Centre, Dublin",
      date: "Thursday 6 March 2025",
    });
  });

  it("over a title of its own is who speaks", async () => {
    const address = await read([
      "Address by Minister Aoife Brennan TD at the National Skills Summit 2025",
      "Skills for the Next Decade",
      ...speech,
    ]);
    expect(address.title).toBe("Skills for the Next Decade");
    expect(address.meta.author).toBe("Minister Aoife Brennan TD at the National Skills Summit 2025");
  });
});

describe("a subtitle written as a heading of the sections' depth", () => {
  const markdown = async (lines: string[]) =>
    buildOutline(await parseSource(new TextEncoder().encode(lines.join("\n\n")), "report.md", "md"));

  it("is the subtitle when the headings of its depth after it are all numbered", async () => {
    const report = await markdown([
      "# Harbour Plan",
      "## Report to the Council, June 2024",
      "## 1. Dredging",
      "The channel was dredged in April.",
      "## 2. Moorings",
      "Forty new moorings are in place.",
    ]);
    expect(report.meta.subtitle).toBe("Report to the Council, June 2024");
    expect(report.preamble).toEqual(["Report to the Council, June 2024"]);
    expect(pointTree(report.points)).toEqual(["1.|Dredging", "2.|Moorings"]);
  });

  it("is the subtitle when a dash opens it, whatever headings follow", async () => {
    const deck = await markdown([
      "# 把节水做到家家户户",
      "## ——社区节水宣传员培训",
      "## 一、为什么要节水",
      "全市人均水资源量不足全国的一半。",
      "## 结束语",
      "节水从一只水龙头做起。",
    ]);
    expect(deck.meta.subtitle).toBe("社区节水宣传员培训");
    expect(deck.preamble).toEqual(["——社区节水宣传员培训"]);
    expect(pointTree(deck.points)).toEqual(["一、|为什么要节水", "|结束语"]);
  });

  it("is a news page's standfirst when it sums the article up in a sentence, the only heading of its depth", async () => {
    const page = [
      "<p>LakeshoreToday.ca</p><p>Advertisement</p><p>Police Beat</p>",
      "<h1>Chief Delorme's annual report speech in full</h1>",
      "<h2 class=subtitle>Lakeshore's top cop told the police services board that violent crime is down, but traffic deaths are up</h2>",
      "<p>Madam Chair, members of the board, thank you for the chance to present this report.</p>",
      "<p>A. Violent crime</p><p>Violent crime in the region fell by nine per cent last year.</p>",
      "<p>B. Road safety</p><p>Eleven people died on the roads of this region last year.</p>",
      "<p>First, we put more patrols on the rural highways at night.</p>",
      "<p>Second, we worked with the schools to teach young drivers.</p>",
      "<p>C. Our people</p><p>Finally, our people. We hired 38 new officers and 17 civilians.</p>",
    ].join("\n");
    const report = buildOutline(await parseSource(new TextEncoder().encode(page), "report.html", "html"));
    expect(report.meta.subtitle).toMatch(/^Lakeshore's top cop told/u);
    // The part's heading said again after `Finally,` opens its text: no item under it.
    expect(pointTree(report.points)).toEqual([
      "A.|Violent crime",
      "B.|Road safety",
      "  First,|we put more patrols on the rural highways at night",
      "  Second,|we worked with the schools to teach young drivers",
      "C.|Our people",
    ]);
  });

  it("is the subtitle when it says who gives the speech, whatever headings follow", async () => {
    const speech = await markdown([
      "# Building Maintenance (Amendment) Bill 2026",
      "## Speech by the Secretary for Development on moving the Second Reading",
      "President,",
      "## Background",
      "Ageing private buildings need timely inspection and repair.",
      "## Main proposals",
      "The Bill improves the inspection scheme.",
    ]);
    expect(speech.meta.subtitle).toBe("Speech by the Secretary for Development on moving the Second Reading");
    expect(pointTree(speech.points)).toEqual(["|Background", "|Main proposals"]);
  });

  it("is the subtitle when only a cover's line stands between it and the contents", async () => {
    const plan = await markdown([
      "# Northfield University Strategic Plan 2025–2030",
      "## Summary for staff, students and partners",
      "Approved by the University Council on 26 November 2024",
      "## Contents",
      "1. Executive summary\n2. Education",
      "## Executive summary",
      "We will teach better and do research that matters to the region.",
      "## Education",
      "Every student will have a named personal tutor.",
    ]);
    expect(plan.meta.subtitle).toBe("Summary for staff, students and partners");
    expect(pointTree(plan.points)).toEqual(["|Executive summary", "|Education"]);
    // Prose under it makes it a part of the text.
    const background = await markdown([
      "# Harbour Plan",
      "## Background",
      "The harbour was built in 1890.",
      "## Contents",
      "1. Dredging\n2. Moorings",
      "## Dredging",
      "The channel was dredged in April.",
      "## Moorings",
      "Forty new moorings are in place.",
    ]);
    expect(background.meta.subtitle).toBeUndefined();
  });

  it("is a point when an unnumbered heading of its depth follows, or only one numbered one", async () => {
    const mixed = await markdown([
      "# Harbour Plan",
      "## Background",
      "The harbour was built in 1890.",
      "## 1. Dredging",
      "The channel was dredged in April.",
      "## 2. Moorings",
      "Forty new moorings are in place.",
      "## Questions",
      "Please send questions to the harbour office.",
    ]);
    expect(mixed.meta.subtitle).toBeUndefined();
    expect(pointTree(mixed.points)).toEqual(["|Background", "1.|Dredging", "2.|Moorings", "|Questions"]);
    const lone = await markdown([
      "# Harbour Plan",
      "## Background",
      "Built in 1890.",
      "## 1. Dredging",
      "Done in April.",
    ]);
    expect(pointTree(lone.points)).toEqual(["|Background", "1.|Dredging"]);
  });
});

describe("the title at the head of an English speech pasted as one line", () => {
  const body =
    "Good evening, and thank you for coming out on a school night to talk about the harbour. " +
    "First, the dredging is finished and the channel is open again to the larger ferries. " +
    "Second, the new moorings are in place and every one of them is already let for the summer. " +
    "Third, the fish market moves back to the quay in March once the roof is repaired.";
  const oneLine = (head: string) => outline([`${head} ${body}`]);

  it("is the words in Title Case up to a bracket that notes on it, which stays in the opening", () => {
    const speech = oneLine("Westport Harbour Meeting: Remarks by the Harbour Master (unedited recording)");
    expect(speech.title).toBe("Westport Harbour Meeting: Remarks by the Harbour Master");
    expect(speech.preamble[0]).toMatch(/^\(unedited recording\) Good evening/u);
    // Years in brackets are the title's own: a life's, a plan's.
    expect(oneLine("In Memory of Ada Reyes, Harbour Master (1938–2024) Spoken by her son").title).toBe(
      "In Memory of Ada Reyes, Harbour Master (1938–2024)",
    );
    expect(oneLine("Westport Harbour Master's Annual Address (2025) Spoken at the quay").title).toBe(
      "Westport Harbour Master's Annual Address (2025)",
    );
    expect(pointTree(speech.points)).toEqual([
      "First,|the dredging is finished and the channel is open again to the larger ferries",
      "Second,|the new moorings are in place and every one of them is already let for the summer",
      "Third,|the fish market moves back to the quay in March once the roof is repaired",
    ]);
  });

  it("ends before the word that opens the first sentence", () => {
    expect(oneLine("Annual Address to the Harbour Guild Thank you all.").title).toBe(
      "Annual Address to the Harbour Guild",
    );
  });

  it("ends before a byline run on after it, or at the end of a title set in capitals", () => {
    expect(oneLine("A Harbour for Every Family Address by the Harbour Master to the Guild").title).toBe(
      "A Harbour for Every Family",
    );
    expect(oneLine("Building for the Last Mile Keynote address by the Harbour Master").title).toBe(
      "Building for the Last Mile",
    );
    // The kind of address is the title's own word, as a colon leaves it too.
    expect(oneLine("Westport Harbour Opening Address by the Harbour Master (unedited)").title).toBe(
      "Westport Harbour Opening Address by the Harbour Master",
    );
    // Its parts may stand apart by commas; a courtesy title opens who speaks.
    expect(
      oneLine("Spring Meeting: Harbour Master's Address, Westport 2025 Mrs. Ada Reyes, Harbour Master").title,
    ).toBe("Spring Meeting: Harbour Master's Address, Westport 2025");
    // A dash then the kind of speech: what follows is its subtitle and byline.
    const dashed = oneLine(
      "Four Things Nobody Told Me — Commencement Address to the Class of 2024 -- Dr. Ada Reyes",
    );
    expect(dashed.title).toBe("Four Things Nobody Told Me");
    expect(dashed.preamble[0]).toMatch(/^— Commencement Address/u);
    expect(oneLine("Westport Harbour Meeting — A Night to Remember Good evening all.").title).not.toBe(
      "Westport Harbour Meeting",
    );
    const capitals = oneLine("HARBOUR MASTER'S ADDRESS AT THE SPRING MEETING Westport Quay, Monday 3 March");
    expect(capitals.title).toBe("HARBOUR MASTER'S ADDRESS AT THE SPRING MEETING");
    expect(capitals.preamble[0]).toMatch(/^Westport Quay, Monday 3 March Good evening/u);
  });

  it("is none when the line opens with a sentence, a salutation or a short name", () => {
    expect(oneLine("").title).toBeNull();
    expect(oneLine("Ladies and Gentlemen (please be seated)").title).toBeNull();
    expect(oneLine("Mayor Ada Reyes (retired)").title).toBeNull();
    expect(oneLine("The Mayor of Westport said").title).toBeNull();
  });
});

describe("the title of a 公文 under the lines that head it", () => {
  it("is its two lines joined when it wraps, under a gazette's running head, over its centred number", async () => {
    const scan = [
      "青山县人民政府公报              2023年第10期",
      "",
      "      青山县人民政府关于进一步加强农村供水",
      "      工程运行管理的实施意见",
      "             青政发〔2023〕18号",
      "",
      "各乡镇人民政府，县政府各部门：",
      "为进一步加强农村供水工程运行管理，结合我县实际，提出如下实施意见。",
      "一、总体要求",
      "坚持以人民为中心的发展思想，建立健全农村供水工程运行管理长效机制。",
      "二、重点任务",
      "全面落实农村供水保障地方人民政府主体责任和供水单位运行管理责任。",
    ];
    const read = async (lines: string[]) =>
      buildOutline(await parseSource(new TextEncoder().encode(lines.join("\n")), "gazette.txt", "txt")).title;
    expect(await read(scan)).toBe("青山县人民政府关于进一步加强农村供水工程运行管理的实施意见");
    // A first line that says its kind is a title of its own.
    const whole = [
      "青山县人民政府关于加强农村供水工程运行管理的意见",
      "青政发〔2023〕18号",
      ...scan.slice(6),
    ];
    expect(await read(whole)).toBe("青山县人民政府关于加强农村供水工程运行管理的意见");
    // Under its issuer's name: a 请示, a 通报, a 批复, a 函 are kinds of document as an 意见 is.
    for (const kind of ["的请示", "予以通报表扬的通报", "的批复", "的函"]) {
      const issued = ["青山县水利局", "", "关于加强农村供水工程", `运行管理${kind}`, "", ...scan.slice(6)];
      expect(await read(issued)).toBe(`青山县水利局关于加强农村供水工程运行管理${kind}`);
    }
    // A scan's copy: its mark before the issuer's, its title spread and wrapped after a joining word.
    const scanned = [
      "■ 石桥镇人民政府文件",
      "石 桥 镇 2023 年 工 作 总 结 和",
      "2024 年 工 作 打 算",
      "",
      "2023年，全镇经济社会保持稳中有进的良好态势。现将有关情况报告如下：",
      ...scan.slice(8),
    ];
    expect(await read(scanned)).toBe("石桥镇2023年工作总结和2024年工作打算");
    // Or wrapped before it, the joining word opening the second line.
    const converted = [
      "青屿市交通运输局2024年工作总结",
      "和2025年工作安排",
      "（2025年1月8日）",
      ...scanned.slice(4),
    ];
    expect(await read(converted)).toBe("青屿市交通运输局2024年工作总结和2025年工作安排");
    // Under a bulletin's head, its issue number, and who printed it and when.
    const bulletin = [
      "领 导 讲 话",
      "第12期",
      "中共青山县委办公室　　　　　　　　2024年5月6日",
      "",
      "在全县安全生产工作会议上的讲话",
      "县长　李明",
      ...scan.slice(6),
    ];
    expect(await read(bulletin)).toBe("在全县安全生产工作会议上的讲话");
    expect(
      await read(["工作简报 2024年第3期（总第56期）", "青山县人民政府办公室", ...bulletin.slice(4)]),
    ).toBe("在全县安全生产工作会议上的讲话");
    // A government's minutes, counted by meeting (`第23次`), under the government's and the kind's names.
    const governmentMinutes = [
      "云岭县人民政府",
      "常务会议纪要",
      "第23次",
      "云岭县人民政府办公室　　　　　　　　　　2024年8月30日",
      "",
      "云岭县人民政府第二十三次常务会议纪要",
      "2024年8月28日上午，县长杨柏林主持召开县人民政府第二十三次常务会议。现将会议议定事项纪要如下：",
      "一、听取并研究全县秋粮生产工作情况",
      "会议听取了县农业农村局的汇报。",
    ];
    expect(await read(governmentMinutes)).toBe("云岭县人民政府第二十三次常务会议纪要");
    // A piece's headline that names no kind, under the rule below who compiled the issue.
    const piece = [
      "工　作　简　报",
      "第15期",
      "县委全面深化改革委员会办公室编　　　　　　　　2024年5月20日",
      "━━━━━━━━━━━━━━━━━━━━",
      "",
      "城关镇“四抓四促”推动基层治理提质增效",
      ...scan.slice(6),
    ];
    expect(await read(piece)).toBe("城关镇“四抓四促”推动基层治理提质增效");
    // Under a set of minutes' head: who keeps them, their kind, their number of the year, and the date.
    const minutes = [
      "云溪县城市管理委员会办公室",
      "会 议 纪 要",
      "〔2024〕3号",
      "云溪县城市管理委员会办公室　　　　　　　　2024年5月20日",
      "",
      "县城市管理委员会2024年第三次全体会议纪要",
      ...scan.slice(6),
    ];
    expect(await read(minutes)).toBe("县城市管理委员会2024年第三次全体会议纪要");
    // A title over its issue or document number is no bulletin's head: the sentence under them names kinds.
    const issued = [
      "清河县人民政府常务会议纪要",
      "〔2024〕第7期",
      "清河县人民政府办公室　　　　　　　　2024年4月18日",
      "县长王立新主持召开县政府常务会议，研究《清河县城区改造实施方案》。现将会议议定事项纪要如下：",
      ...scan.slice(8),
    ];
    expect(await read(issued)).toBe("清河县人民政府常务会议纪要");
    const reply = [
      "青山县人民政府关于同意设立产业园的批复",
      "青政复〔2024〕15号",
      "县开发区管委会：你委《关于设立产业园的请示》收悉。现批复如下：",
      ...scan.slice(8),
    ];
    expect(await read(reply)).toBe("青山县人民政府关于同意设立产业园的批复");
    // Under the group that issues it, on a line of its own: its name is the title's first words.
    const inspection = [
      "临江市人民代表大会常务委员会执法检查组",
      "",
      "关于检查《中华人民共和国固体废物污染环境防治法》",
      "实施情况的报告",
      "",
      "主任、各位副主任、秘书长、各位委员：",
      ...scan.slice(7),
    ];
    expect(await read(inspection)).toBe(
      "临江市人民代表大会常务委员会执法检查组关于检查《中华人民共和国固体废物污染环境防治法》实施情况的报告",
    );
    // The kind of document alone on the line under a title that names none goes on with it.
    const measures = [
      "青禾县人民政府办公室文件",
      "",
      "青政办规〔2024〕3号",
      "",
      "青禾县村级公益事业建设财政奖补资金",
      "管理办法",
      "",
      "第一章　总　则",
      "第一条　为规范奖补资金管理，制定本办法。",
      "第二章　资金使用",
      "第二条　奖补资金用于村级公益事业建设。",
    ];
    expect(await read(measures)).toBe("青禾县村级公益事业建设财政奖补资金管理办法");
  });

  it("is its `关于…` line, below the issuer, the kind of document, its number and its date", () => {
    const minutes = outline(
      [
        "临江市人民政府",
        "专题会议纪要",
        "〔2025〕12号",
        "临江市人民政府办公室",
        "2025年4月8日",
        "关于研究推进城市更新重点工作的会议纪要",
        "4月3日下午，副市长主持召开专题会议。现将会议议定事项纪要如下：",
        "一、关于老旧小区改造",
        "会议指出，改造工作总体进展顺利。",
        "二、关于资金保障",
        "会议要求，市财政局统筹安排资金。",
      ],
      "zh-Hans",
    );
    expect(minutes.title).toBe("关于研究推进城市更新重点工作的会议纪要");
    expect(minutes.preamble.slice(0, 5)).toEqual([
      "临江市人民政府",
      "专题会议纪要",
      "〔2025〕12号",
      "临江市人民政府办公室",
      "2025年4月8日",
    ]);
    expect(pointTree(minutes.points)).toEqual(["一、|关于老旧小区改造", "二、|关于资金保障"]);
  });

  it("stands under its issuer's name left a template's blanks (`××市人民政府办公室`)", () => {
    const minutes = outline(
      [
        "××市人民政府办公室",
        "市政府第36次常务会议纪要",
        "〔2024〕12号",
        "2024年5月17日上午，市长主持召开市政府第36次常务会议，研究城区老旧小区改造等工作。",
        "一、关于老旧小区改造",
        "会议指出，改造工作总体进展顺利。",
        "二、关于校园安全",
        "会议要求，各校落实安全责任。",
      ],
      "zh-Hans",
    );
    expect(minutes.title).toBe("市政府第36次常务会议纪要");
  });

  it("begins with the issuer's name on the line above it, as a 公文's full title does", () => {
    const request = outline(
      ["江北区民政局", "关于增设社区养老服务站的请示", "区人民政府：", "一、基本情况", "二、请示事项"],
      "zh-Hans",
    );
    expect(request.title).toBe("江北区民政局关于增设社区养老服务站的请示");
    expect(request.preamble).toEqual(["区人民政府："]);
    const summary = outline(["江北区民政局", "2024年工作总结", "一、主要成效", "二、存在问题"], "zh-Hans");
    expect(summary.title).toBe("江北区民政局2024年工作总结");
    const plans = outline(
      ["东湖区市场监督管理局", "2025年工作总结和2026年工作打算", "一、主要成效"],
      "zh-Hans",
    );
    expect(plans.title).toBe("东湖区市场监督管理局2025年工作总结和2026年工作打算");
    // An association's report or minutes that name only the year or the session are the association's.
    const association = outline(
      ["江州市律师协会", "2023年度工作报告", "一、会员发展", "二、行业自律"],
      "zh-Hans",
    );
    expect(association.title).toBe("江州市律师协会2023年度工作报告");
    const minutes = outline(
      ["江州市律师协会", "第五届理事会第八次会议纪要", "一、审议事项", "二、决议"],
      "zh-Hans",
    );
    expect(minutes.title).toBe("江州市律师协会第五届理事会第八次会议纪要");
    // The report its head gives at the session is the head's.
    const chair = outline(
      [
        "社團法人臺中市綠川社區發展協會",
        "第五屆第二次會員大會理事長工作報告",
        "壹、會務成果",
        "貳、工作重點",
      ],
      "zh-Hans",
    );
    expect(chair.title).toBe("第五屆第二次會員大會理事長工作報告");
  });

  it("is the first line naming a kind under the issuer's head: a file's number, a stamp, the contents between", () => {
    const reply = outline(
      [
        "行政長官辦公室",
        "收件日期：08/04/2024",
        "第368/E271/VII/GPAL/2024號文件",
        "對立法會區錦華議員書面質詢的答覆",
        "遵照行政長官指示，現答覆如下：",
        "一、交通事務局持續增設充電設施。",
        "二、關於住宅大廈加裝充電設施的問題。",
      ],
      "zh-Hans",
    );
    expect(reply.title).toBe("對立法會區錦華議員書面質詢的答覆");
    const school = outline(
      [
        "澜溪市第一中学",
        "内部资料　注意保存",
        "目　　录",
        "一、工作回顾 ………………………… 1",
        "二、重点工作 ………………………… 4",
        "在2025—2026学年第一学期全体教职工大会上的讲话",
        "老师们：",
        "一、工作回顾",
        "二、重点工作",
      ],
      "zh-Hans",
    );
    expect(school.title).toBe("在2025—2026学年第一学期全体教职工大会上的讲话");
  });

  it("leaves the issuer out of a speech's title, of a title that names its place or its giver already, and of a company's report", () => {
    const speech = outline(
      ["江北控股集团", "董事长在集团年度工作会议上的讲话", "一、回顾", "二、部署"],
      "zh-Hans",
    );
    expect(speech.title).toBe("董事长在集团年度工作会议上的讲话");
    expect(speech.preamble).toEqual(["江北控股集团"]);
    // A bank's branch names itself so too.
    const branch = outline(
      [
        "华信银行临州分行",
        "在分行2025年工作会议上的讲话",
        "分行党委书记、行长　邵文博",
        "一、回顾",
        "二、部署",
      ],
      "zh-Hans",
    );
    expect(branch.title).toBe("在分行2025年工作会议上的讲话");
    // And a school, over its head's report.
    const school = outline(
      ["澄江市實驗中學", "2024學年度校長述職報告", "一、主要工作", "二、存在不足"],
      "zh-Hans",
    );
    expect(school.title).toBe("2024學年度校長述職報告");
    // And a Party group, over its 对照检查材料.
    const review = outline(
      [
        "中共青石县水利局党组",
        "巡察整改专题民主生活会领导班子对照检查材料",
        "（2024年11月20日）",
        "一、基本情况",
        "二、存在问题",
      ],
      "zh-Hans",
    );
    expect(review.title).toBe("巡察整改专题民主生活会领导班子对照检查材料");
    // So is the post of the head who gives the report, over it.
    const policy = outline(
      ["澳門特別行政區行政長官", "二〇二五年財政年度施政報告", "一、回顧", "二、展望"],
      "zh-Hans",
    );
    expect(policy.title).toBe("二〇二五年財政年度施政報告");
    expect(policy.preamble).toEqual(["澳門特別行政區行政長官"]);
    const traditional = outline(
      ["宏碩精密工業股份有限公司", "二○二四年度尾牙暨績優同仁表揚大會董事長致詞", "一、回顧", "二、展望"],
      "zh-Hans",
    );
    expect(traditional.title).toBe("二○二四年度尾牙暨績優同仁表揚大會董事長致詞");
    const report = outline(["江北区人民政府", "江北区2024年政府工作报告", "一、回顾", "二、部署"], "zh-Hans");
    expect(report.title).toBe("江北区2024年政府工作报告");
    // A report that names the post giving it is that post's.
    const address = outline(
      ["香港特別行政區政府", "行政長官2024年施政報告", "一、回顧", "二、部署"],
      "zh-Hans",
    );
    expect(address.title).toBe("行政長官2024年施政報告");
    const annual = outline(
      [
        "財團法人安和紀念醫院",
        "112年度年報",
        "Annual Report 2023",
        "第一章\u3000院長的話",
        "第二章\u3000醫療服務",
      ],
      "zh-Hans",
    );
    expect(annual.title).toBe("112年度年報");
    const company = outline(
      [
        "华瑞精密机械有限公司",
        "2023年度工作总结及2024年工作安排",
        "各位同事：",
        "一、主要成效",
        "二、工作安排",
      ],
      "zh-Hans",
    );
    expect(company.title).toBe("2023年度工作总结及2024年工作安排");
  });

  it("leaves out an association's name and the meeting under it, and a ministry's name over its release", () => {
    const report = outline(
      [
        "香港中洲大學校友會",
        "第三十二屆周年會員大會",
        "二〇二四至二〇二五年度會務報告",
        "1. 會員事務",
        "2. 財務狀況",
      ],
      "zh-Hans",
    );
    expect(report.title).toBe("二〇二四至二〇二五年度會務報告");
    expect(report.preamble.slice(0, 2)).toEqual(["香港中洲大學校友會", "第三十二屆周年會員大會"]);
    // A fellowship of neighbours or of a home town names itself for its members (`街坊互助會`, `同鄉會`).
    for (const association of ["澳門青洲坊街坊互助會", "香港嵐江同鄉會"])
      expect(
        outline(
          [association, `${association}二○二三年度會務工作報告`, "1. 會員事務", "2. 財務狀況"],
          "zh-Hans",
        ).title,
      ).toBe(`${association}二○二三年度會務工作報告`);
    // A hospital's name over a speech's theme, which names no kind: the subtitle under it does.
    const theme = outline(
      [
        "青川县人民医院",
        "奋力推进医院高质量发展　全面建设群众满意的区域医疗中心",
        "——在医院2025年工作会议上的讲话",
        "院长　郑秋红",
        "各位代表、同志们：",
        "一、2024年工作回顾",
        "二、2025年重点任务",
      ],
      "zh-Hans",
    );
    expect(theme.title).toBe("奋力推进医院高质量发展　全面建设群众满意的区域医疗中心");
    // A company's names in Chinese and English over its chairman's letter, and the letter's own English.
    const letter = outline(
      [
        "华澜新能源科技股份有限公司",
        "Hualan New Energy Technology Co., Ltd.",
        "董事长致股东的信",
        "Letter from the Chairman to Shareholders",
        "尊敬的各位股东：",
        "一、2024年经营回顾",
        "二、2025年发展展望",
      ],
      "zh-Hans",
    );
    expect(letter.title).toBe("董事长致股东的信");
    const release = outline(
      [
        "環境部",
        "飲料杯源頭減量新制明年上路",
        "發布單位：資源循環署",
        "聯絡人：陳怡君 科長",
        "一、新制內容",
        "二、配套措施",
      ],
      "zh-Hans",
    );
    expect(release.title).toBe("飲料杯源頭減量新制明年上路");
    // A ministry's name over a sentence titles nothing.
    const words = outline(["環境部", "今年回收率持續提升", "一、新制內容", "二、配套措施"], "zh-Hans");
    expect(words.title).toBe("環境部");
  });

  it("a council paper's kind, number, council and committee stand over its title", () => {
    const paper = outline(
      [
        "沙田區議會文件",
        "第 18/2024 號",
        "沙田區議會",
        "文化、康樂及社區設施委員會",
        "在馬鞍山海濱長廊增設兒童遊樂設施的建議",
        "目的",
        "1. 本文件旨在向委員簡介有關建議。",
      ],
      "zh-Hans",
    );
    expect(paper.title).toBe("在馬鞍山海濱長廊增設兒童遊樂設施的建議");
    // The council may stand over the number.
    const numbered = outline(
      [
        "黃大仙區議會",
        "文件第 38/2024 號",
        "改善鳳德公園及周邊休憩設施工程",
        "目的",
        "1. 本文件旨在介紹工程建議。",
      ],
      "zh-Hans",
    );
    expect(numbered.title).toBe("改善鳳德公園及周邊休憩設施工程");
  });

  it("a legislature paper's head (house, paper number, file number, committee, meeting) stands over its title", () => {
    const head = [
      "立法會",
      "Legislative Council",
      "LC Paper No. CB(4)512/2025(03)",
      "（此份會議文件只備網上版）",
      "檔號：CB4/PL/EA",
      "立法會環境事務委員會",
      "2025年5月26日會議",
    ];
    const body = ["擴展公共屋苑廚餘回收網絡的建議", "目的", "1. 本文件旨在向委員簡介有關建議。"];
    expect(outline([...head, ...body], "zh-Hans").title).toBe("擴展公共屋苑廚餘回收網絡的建議");
    // Without the paper's number, the house's name heads a text of its own.
    const noNumber = outline(["立法會", "2025年5月26日會議", ...body], "zh-Hans");
    expect(noNumber.title).not.toBe("擴展公共屋苑廚餘回收網絡的建議");
  });

  it("a circular's `關於…的通函` under the head's short fields is its title", () => {
    const circular = outline(
      [
        "澳門特別行政區政府",
        "教育及青年發展局",
        "通函",
        "編號：028/DEJ/DEEP/2025",
        "日期：二〇二五年九月一日",
        "致：各非高等教育學校校長",
        "關於發出《學校校外活動安全指引》的通函",
        "各位校長：",
        "一、目的",
        "二、適用範圍",
      ],
      "zh-Hans",
    );
    expect(circular.title).toBe("關於發出《學校校外活動安全指引》的通函");
  });

  it("is found under a line that says how the 公文 is published", () => {
    const notice = outline(
      [
        "公开方式：主动公开",
        "江北区人民政府办公室文件",
        "江北政办发〔2025〕3号",
        "关于做好春季防火工作的通知",
        "各镇街：",
        "一、提高认识",
        "二、压实责任",
      ],
      "zh-Hans",
    );
    expect(notice.title).toBe("关于做好春季防火工作的通知");
    expect(notice.preamble[0]).toBe("公开方式：主动公开");
  });

  it("is found under a legislature paper's mark and its docket numbers", () => {
    const reply = outline(
      [
        "立法院第11屆第1會期第12次會議議案關係文書",
        "院總第887號\u3000\u3000委員提案第10563號之答復",
        "行政院對立法委員陳怡君就「高齡駕駛管理與偏鄉公共運輸」所提質詢之書面答復",
        "針對委員所提質詢，經交據交通部查復如下：",
        "一、高齡駕駛換照制度部分",
        "二、偏鄉公共運輸部分",
      ],
      "zh-Hans",
    );
    expect(reply.title).toBe("行政院對立法委員陳怡君就「高齡駕駛管理與偏鄉公共運輸」所提質詢之書面答復");
  });

  it("is found under an issuer mark whose characters a red header spreads apart", () => {
    const opinions = outline(
      [
        "江 北 区 人 民 政 府 文 件",
        "江北政发〔2025〕9号",
        "江北区人民政府关于促进民营经济高质量发展的若干意见",
        "各镇街，区政府各部门：",
        "一、优化发展环境",
        "二、加大政策支持",
      ],
      "zh-Hans",
    );
    expect(opinions.title).toBe("江北区人民政府关于促进民营经济高质量发展的若干意见");
    expect(opinions.preamble[0]).toBe("江 北 区 人 民 政 府 文 件");
  });

  it("is found under a note that the copy is a scan, or a registration number, over the issuer mark", () => {
    for (const over of [
      ["（本件为扫描件，以纸质文件为准）"],
      ["本文件由扫描件识别生成", "仅供参考"],
      ["QHFG—2024—003"],
    ]) {
      const notice = outline(
        [
          ...over,
          "澄江市教育局文件",
          "澄教发〔2024〕6号",
          "澄江市教育局2024年工作要点",
          "一、坚持立德树人，全面加强思想政治工作",
          "二、推进优质均衡，办好人民满意教育",
        ],
        "zh-Hans",
      );
      expect(notice.title, over[0]).toBe("澄江市教育局2024年工作要点");
    }
  });

  it("is found under its number alone, its digits full-width or not", () => {
    for (const number of ["青政发〔2025〕17号", "青政发〔２０２５〕１７号"]) {
      const notice = outline(
        [
          number,
          "青溪镇人民政府关于做好汛期安全防范工作的通知",
          "各村（社区）、镇属各单位：",
          "一、提高思想认识，压紧压实防汛责任",
          "二、全面排查隐患，落实各项防范措施",
        ],
        "zh-Hans",
      );
      expect(notice.title, number).toBe("青溪镇人民政府关于做好汛期安全防范工作的通知");
    }
  });

  it("is found under a reply's class, its issuer's name over its number, and its signer", () => {
    const reply = outline(
      [
        "类别：A（已解决或采纳）",
        "公开属性：主动公开",
        "江北区生态环境局",
        "江北环建复〔2025〕12号",
        "签发人：周某",
        "关于区人大三次会议第0108号建议的答复",
        "王某代表：",
        "一、关于加强执法的问题",
        "二、关于在线监测的问题",
      ],
      "zh-Hans",
    );
    expect(reply.title).toBe("关于区人大三次会议第0108号建议的答复");
    // The signer on the number's line, set apart by spaces, as a report up to the county sets them.
    const report = outline(
      [
        "红岩乡人民政府文件",
        "红政报〔2024〕23号                签发人：吴德明",
        "红岩乡人民政府关于2024年上半年工作总结",
        "和下半年工作打算的报告",
        "县人民政府：",
        "一、上半年工作完成情况",
        "二、下半年工作打算",
      ],
      "zh-Hans",
    );
    expect(report.title).toBe("红岩乡人民政府关于2024年上半年工作总结和下半年工作打算的报告");
  });

  it("is found under lines that only place it: the session it is given in, the kind of text", () => {
    const speech = outline(
      [
        "立法院第11屆第3會期　教育及文化委員會",
        "質詢稿",
        "少子化衝擊下的高教轉型質詢稿",
        "一、前言",
        "二、建議",
      ],
      "zh-Hans",
    );
    expect(speech.title).toBe("少子化衝擊下的高教轉型質詢稿");
    expect(speech.preamble.slice(0, 2)).toEqual(["立法院第11屆第3會期　教育及文化委員會", "質詢稿"]);
    // Under the kind alone, the line titles the text though it names no kind itself.
    const agenda = outline(
      ["議程前發言", "完善長者社區照顧服務", "主席、各位同事：", "第一，增設名額。", "第二，建立機制。"],
      "zh-Hans",
    );
    expect(agenda.title).toBe("完善長者社區照顧服務");
    // An internal bulletin's column, the leaders' speeches, over the title set on two lines.
    const column = outline(
      [
        "领导讲话",
        "在全县安全生产暨森林防灭火",
        "工作会议上的讲话",
        "县长　陈立峰",
        "同志们：",
        "一、认清形势",
        "二、突出重点",
      ],
      "zh-Hans",
    );
    expect(column.title).toBe("在全县安全生产暨森林防灭火工作会议上的讲话");
    // So under the kind of questioning a session holds (`市政業務質詢`, `縣政總質詢`).
    const questioning = outline(
      [
        "臺中市議會第4屆第3次定期會",
        "市政業務質詢",
        "",
        "大里霧峰地區交通改善質詢稿",
        "一、前言",
        "二、建議",
      ],
      "zh-Hans",
    );
    expect(questioning.title).toBe("大里霧峰地區交通改善質詢稿");
    // Or under a legislature's sitting and its day, and the kind of debate.
    const debate = outline(
      [
        "立法會會議（2024年11月13日）",
        "議員議案辯論",
        "",
        "就「推動社區體育發展」議案的發言",
        "主席：",
        "第一，開放場地。",
        "第二，增加資助。",
      ],
      "zh-Hans",
    );
    expect(debate.title).toBe("就「推動社區體育發展」議案的發言");
    // Under the day it is dated, or its place among a meeting's papers, a report's title.
    for (const [above, title] of [
      ["2024年1月8日", "2023年度个人述职述廉报告"],
      ["全省交通运输工作会议文件之一", "在全省交通运输工作会议上的工作报告"],
    ] as const) {
      const report = outline([above, title, "同志们：", "一、工作回顾", "二、重点任务"], "zh-Hans");
      expect(report.title).toBe(title);
      expect(report.preamble[0]).toBe(above);
    }
    // Under a session named without its `第`s and a paper's place, a title that names no kind.
    const paper = outline(
      [
        "市政协十四届三次会议",
        "大会发言材料之十二",
        "",
        "以科技创新引领县域特色产业提质升级",
        "一、现状",
        "二、建议",
      ],
      "zh-Hans",
    );
    expect(paper.title).toBe("以科技创新引领县域特色产业提质升级");
  });

  it("under a legislature's name and the kind, in a text run together, takes both phrases of a title apart by a space", async () => {
    const text =
      "澳門特別行政區立法會 議程前發言 優化跨境醫療合作 便利居民就醫 梁○○議員 2024年11月20日 主席、各位同事：跨境生活日益普遍，但跨境就醫仍然面對不少障礙。第一，擴大異地結算的醫療機構範圍，讓居民就近看病。第二，建立病歷互認機制，減少重複檢查。謝謝。";
    const speech = buildOutline(await parseSource(new TextEncoder().encode(text), "speech.txt", "txt"));
    expect(speech.title).toBe("優化跨境醫療合作 便利居民就醫");
    expect(speech.preamble.slice(0, 3)).toEqual(["澳門特別行政區立法會", "議程前發言", "梁○○議員"]);
    // Before a post's mark of its own writing, at the head of a social post.
    const post =
      "深学细悟践初心 笃行实干担使命 原创 青石发改 青石发改 2024-06-18 08:02 发表于青石 按照县委统一部署，我局扎实开展主题教育。一、以学铸魂，在坚定理想信念上持续用力。二、以学增智，在提升履职本领上持续用力。";
    const read = buildOutline(await parseSource(new TextEncoder().encode(post), "post.txt", "txt"));
    expect(read.title).toBe("深学细悟践初心 笃行实干担使命");
    // Right over the text, when the first phrase closes with a word in quotes.
    const body = "全县坚持把发展经济的着力点放在实体经济上，推动产业链延链补链强链。".repeat(3);
    const slogan = `坚持“三个聚焦” 奋力推动县域经济高质量发展 县域是推动高质量发展的重要支撑。${body}一、聚焦产业升级。${body}二、聚焦城乡融合。${body}`;
    const pasted = buildOutline(await parseSource(new TextEncoder().encode(slogan), "page.txt", "txt"));
    expect(pasted.title).toBe("坚持“三个聚焦” 奋力推动县域经济高质量发展");
  });

  it("begins with the session right over it, as a council or a legislature prints it", () => {
    const report = outline(
      ["新嘉縣議會第20屆第5次定期會", "縣長施政總報告", "壹、前言", "貳、施政成果"],
      "zh-Hans",
    );
    expect(report.title).toBe("新嘉縣議會第20屆第5次定期會縣長施政總報告");
    const address = outline(["立法院第11屆第5會期", "行政院施政報告", "一、前言", "二、施政重點"], "zh-Hans");
    expect(address.title).toBe("立法院第11屆第5會期行政院施政報告");
    // Set apart by a blank line, the session heads the page and the title stands alone.
    const apart = outline(
      ["南投縣議會第20屆第5次定期會", "", "縣政總質詢稿：地方創生與長照服務", "一、前言", "二、建議"],
      "zh-Hans",
    );
    expect(apart.title).toBe("縣政總質詢稿：地方創生與長照服務");
  });

  it("is the line under the session alone when it names its county, city or township, or under the session's committee", () => {
    const county = outline(
      ["苗栗縣議會第20屆第4次定期大會", "苗栗縣政府施政報告", "壹、前言", "貳、施政成果"],
      "zh-Hans",
    );
    expect(county.title).toBe("苗栗縣政府施政報告");
    // A township's council names its body after the term (`第二十二屆鄉民代表會`).
    const township = outline(
      ["雲澗縣青禾鄉第二十二屆鄉民代表會第三次定期會", "青禾鄉公所施政報告", "壹、前言", "貳、施政成果"],
      "zh-Hans",
    );
    expect(township.title).toBe("青禾鄉公所施政報告");
    const committee = outline(
      ["立法院第11屆第2會期", "", "交通委員會", "", "交通部業務概況報告", "壹、前言", "貳、施政成果"],
      "zh-Hans",
    );
    expect(committee.title).toBe("交通部業務概況報告");
  });

  it("is the line under the meeting it was given at, when that line names a speech or a report, or a subtitle follows it", () => {
    const welcome = outline(
      [
        "2025中国·临川重点产业招商推介会",
        "在2025中国·临川重点产业招商推介会上的致辞",
        "尊敬的各位来宾：",
        "一、区位优势",
        "二、产业基础",
      ],
      "zh-Hans",
    );
    expect(welcome.title).toBe("在2025中国·临川重点产业招商推介会上的致辞");
    expect(welcome.preamble[0]).toBe("2025中国·临川重点产业招商推介会");
    const report = outline(
      [
        "华岳集团2025年工作会议",
        "坚定信心　勇毅前行",
        "——在集团2025年工作会议上的报告",
        "同志们：",
        "一、回顾",
        "二、部署",
      ],
      "zh-Hans",
    );
    expect(report.title).toBe("坚定信心　勇毅前行");
    const opening = outline(
      [
        "2025年全市年轻干部“墩苗”培训班开班式",
        "在全市年轻干部培训班开班式上的讲话",
        "同志们：",
        "一、读书",
        "二、实践",
      ],
      "zh-Hans",
    );
    expect(opening.title).toBe("在全市年轻干部培训班开班式上的讲话");
  });

  it("is a sermon's title under its church's name, with the scripture it preaches on under or above it", () => {
    const sermon = outline(
      [
        "九龍灣恩光堂\u3000主日崇拜講道",
        "曠野中的嗎哪",
        "經文：出埃及記十六章1至18節",
        "講員：何志恆牧師",
        "一、神知道我們的需要",
        "二、神按日供應",
      ],
      "zh-Hans",
    );
    expect(sermon.title).toBe("曠野中的嗎哪");
    expect(sermon.preamble[0]).toBe("九龍灣恩光堂\u3000主日崇拜講道");
    // The day, the preacher and the scripture may stand above the title instead.
    const headed = outline(
      [
        "基督教恩光堂\u3000主日崇拜講道",
        "二〇二五年三月九日（大齋期第一主日）",
        "講員：陳志明牧師",
        "經文：路加福音十五章11至24節",
        "在遠方醒過來",
        "一、離家",
        "二、回家",
      ],
      "zh-Hans",
    );
    expect(headed.title).toBe("在遠方醒過來");
    // An English church or parish, its service, and the sermon's note, readings or preacher under the title.
    const body = [
      "Good morning, church.",
      "First, God sees. He sees the drought.",
      "Second, God sends. He sends bread.",
    ];
    const church = outline(
      [
        "Grace Fellowship Church, Dunmore",
        "Sunday Morning Worship — October 13, 2024",
        "",
        "When the Brook Dries Up",
        "A sermon on 1 Kings 17:1–16",
        "Pastor Samuel K. Adeyemi",
        "",
        ...body,
      ],
      "en",
    );
    expect(church.title).toBe("When the Brook Dries Up");
    const parish = outline(
      [
        "St. Brendan's Parish, Carrickmore Road",
        "Homily for the Eighteenth Sunday in Ordinary Time",
        "Fr. Declan Moriarty",
        "Readings: Isaiah 55:1-3; Matthew 14:13-21",
        ...body,
      ],
      "en",
    );
    expect(parish.title).toBe("Homily for the Eighteenth Sunday in Ordinary Time");
    // A church's bulletin: its name and the bulletin's, the issue and the day, the label over the sermon.
    const bulletin = outline(
      [
        "台灣基督長老教會\u3000信望愛教會\u3000主日週報",
        "第1876期",
        "主後2024年3月17日（大齋期第五主日）",
        "主日講章",
        "在曠野擺設筵席",
        "經文：詩篇七十八篇17-25節",
        "壹、曠野是神操練百姓的地方",
        "貳、曠野是神供應百姓的地方",
      ],
      "zh-Hans",
    );
    expect(bulletin.title).toBe("在曠野擺設筵席");
    // A head that names the title in a field of its own (`講題：`) titles the sermon by the field's words.
    const labelled = outline(
      [
        "恩典長老教會\u3000主日講道",
        "日期：2024年9月8日（主日上午第二堂）",
        "講員：陳建志牧師",
        "經文：出埃及記十六章1-18節",
        "講題：在曠野中學習倚靠",
        "弟兄姊妹平安！我們今天繼續出埃及記的系列信息。",
        "一、神聽見我們的埋怨",
        "二、嗎哪是每天的恩典",
      ],
      "zh-Hans",
    );
    expect(labelled.title).toBe("在曠野中學習倚靠");
    expect(labelled.preamble.slice(0, 4)).toEqual([
      "恩典長老教會\u3000主日講道",
      "日期：2024年9月8日（主日上午第二堂）",
      "講員：陳建志牧師",
      "經文：出埃及記十六章1-18節",
    ]);
    // A plain `題目：` does so beside the scripture and the preacher, not in a head with neither.
    const topic = [
      "主日崇拜講道",
      "題目：曠野中的嗎哪",
      "經文：出埃及記十六章1–18節",
      "講員：鄭恩明牧師",
      "弟兄姊妹平安！",
      "一、神聽見",
      "二、嗎哪",
    ];
    expect(outline(topic, "zh-Hans").title).toBe("曠野中的嗎哪");
    expect(outline(["题目：如何做好年终总结", "一、先想读者", "二、再搭框架"], "zh-Hans").title).not.toBe(
      "如何做好年终总结",
    );
  });

  it("leaves the date in brackets after it on its line to the text's date", () => {
    const speech = outline(
      [
        "周啟明議員就「加快推展簡約公屋」議員議案的發言（二〇二五年五月二十八日）",
        "主席：",
        "一、加快選址",
        "二、改善配套",
      ],
      "zh-Hans",
    );
    expect(speech.title).toBe("周啟明議員就「加快推展簡約公屋」議員議案的發言");
    expect(speech.meta.date).toBe("二〇二五年五月二十八日");
    const figures = outline(
      ["在全县工作会议上的讲话（2024年3月8日）", "一、认清形势", "二、压实责任"],
      "zh-Hans",
    );
    expect(figures.title).toBe("在全县工作会议上的讲话");
    expect(figures.meta.date).toBe("2024年3月8日");
  });

  it("goes on in the next line when its line leaves a speech's title open at the meeting", () => {
    const speech = outline(
      [
        "在全县安全生产工作会议暨一季度",
        "安全形势分析会上的讲话",
        "县长　李明",
        "同志们：",
        "一、认清形势",
        "二、压实责任",
      ],
      "zh-Hans",
    );
    expect(speech.title).toBe("在全县安全生产工作会议暨一季度安全形势分析会上的讲话");
    const whole = outline(
      ["在全县安全生产工作会议上的讲话", "县长　李明", "一、认清形势", "二、压实责任"],
      "zh-Hans",
    );
    expect(whole.title).toBe("在全县安全生产工作会议上的讲话");
  });

  it("is the reposted text's own title, under the post's headline and the editor's note that hands on to it", () => {
    const post = [
      "【全文】周启明在全县优化营商环境大会上的讲话",
      "3月18日上午，全县优化营商环境大会召开。县委书记周启明出席会议并讲话。现将讲话全文刊发如下👇",
      "━━━━━━━━━━━━",
      "在全县优化营商环境大会上的讲话",
      "县委书记　周启明",
      "同志们：",
      "一、提高站位",
      "二、聚焦重点",
    ];
    const reposted = outline(post, "zh-Hans");
    expect(reposted.title).toBe("在全县优化营商环境大会上的讲话");
    expect(reposted.preamble.slice(0, 2)).toEqual(post.slice(0, 2));
    // Without the note, the post's headline titles it.
    expect(outline([post[0] ?? "", ...post.slice(4)], "zh-Hans").title).toBe(post[0]);
  });

  it("takes both its lines when it stands on two over the dash of its subtitle", () => {
    const lines = [
      "持续深化全面从严治党",
      "为建设现代化临江提供坚强保障",
      "——在中国共产党临江市第五届纪律检查委员会第四次全体会议上的工作报告",
      "（2024年1月30日）",
      "同志们：",
      "一、工作回顾",
      "二、任务部署",
    ];
    const report = outline(lines, "zh-Hans");
    expect(report.title).toBe("持续深化全面从严治党 为建设现代化临江提供坚强保障");
    expect(report.preamble).not.toContain(lines[1]);
    // A line under the title that the dash does not follow is no part of it (who gives it, a date).
    const signed = outline(["持续深化全面从严治党", "临江市纪委书记　陈振华", ...lines.slice(2)], "zh-Hans");
    expect(signed.title).toBe("持续深化全面从严治党");
  });

  it("is a metadata table's title field, its key spread with spaces and its value opened by the issuer", () => {
    const notice = outline(
      [
        "标\u3000\u3000题：市住房城乡建设局关于做好汛期排水防涝工作的通知",
        "市住房城乡建设局关于做好汛期排水防涝工作的通知",
        "各区住房城乡建设局：",
        "一、压实责任",
        "二、排查隐患",
      ],
      "zh-Hans",
    );
    expect(notice.title).toBe("市住房城乡建设局关于做好汛期排水防涝工作的通知");
  });

  it("is a metadata table's name field", () => {
    const notice = outline(
      [
        "名\u3000\u3000称：\t区政府办公室关于做好元旦春节期间安全防范工作的通知",
        "区政府办公室关于做好元旦春节期间安全防范工作的通知",
        "各街道办事处：",
        "一、压实责任",
        "二、排查隐患",
      ],
      "zh-Hans",
    );
    expect(notice.title).toBe("区政府办公室关于做好元旦春节期间安全防范工作的通知");
  });

  it("is a metadata table's title field that the page prints again under it, whatever the title says", () => {
    const speech = outline(
      [
        "东陵市人民政府门户网站",
        "标题：\t在全市优化营商环境大会上的讲话",
        "在全市优化营商环境大会上的讲话",
        "市长\u3000王立军",
        "同志们：",
        "一、深刻认识优化营商环境的重要性",
        "二、聚焦重点领域持续攻坚",
      ],
      "zh-Hans",
    );
    expect(speech.title).toBe("在全市优化营商环境大会上的讲话");
    expect(speech.preamble).not.toContain("标题：\t在全市优化营商环境大会上的讲话");
  });

  it("begins with the ceremony over who speaks at it and the kind of text, and nothing more", () => {
    const address = outline(
      ["明远中学2025学年开学典礼", "校长致辞", "同学们：", "一、立志", "二、勤学"],
      "zh-Hans",
    );
    expect(address.title).toBe("明远中学2025学年开学典礼校长致辞");
  });

  it("is the filing's own line under a court's caption, its parties and its case number", () => {
    const closing = outline([
      "IN THE CIRCUIT COURT OF MARLOW COUNTY",
      "STATE OF WESTHAVEN,",
      "Plaintiff,",
      "v.",
      "DANIEL R. HARLAN,",
      "Defendant.",
      "Case No. 23-CF-0417",
      "DEFENSE CLOSING ARGUMENT",
      "I. INTRODUCTION",
      "Members of the jury, thank you.",
      "II. THE EVIDENCE",
      "The camera shows a man in a grey coat.",
    ]);
    expect(closing.title).toBe("DEFENSE CLOSING ARGUMENT");
    // A judgment's summary: the court and its divisions in capitals, then the case number, no parties.
    const summary = outline([
      "IN THE HIGH COURT OF JUSTICE",
      "KING'S BENCH DIVISION",
      "PLANNING COURT",
      "Case No: PC-2023-000418",
      "Summary of Judgment – Harrow Vale Water Company Limited v Pellingham District Council",
      "INTRODUCTION",
      "1. This claim concerns a refusal of planning permission.",
      "DECISION",
      "2. The claim is dismissed.",
    ]);
    expect(summary.title).toBe(
      "Summary of Judgment – Harrow Vale Water Company Limited v Pellingham District Council",
    );
  });

  it("is the line under a column's name in brackets", () => {
    const talk = outline(
      ["【思政大课】", "在历史坐标中读懂中国式现代化", "同学们：", "一、来路", "二、新路"],
      "zh-Hans",
    );
    expect(talk.title).toBe("在历史坐标中读懂中国式现代化");
  });

  it("stays the first line when a sentence stands before any `关于…` line", () => {
    expect(
      outline(
        [
          "在全市工作会议上的讲话",
          "同志们，今天召开会议。",
          "关于下一步的通知",
          "一、总体要求",
          "二、重点任务",
        ],
        "zh-Hans",
      ).title,
    ).toBe("在全市工作会议上的讲话");
  });
});

describe("a bilingual speech, each line in English and then in Chinese", () => {
  const speech = [
    "Welcome Address at the Opening of the 2026 Lakeside Education and Innovation Forum",
    "在2026湖滨—阿德莱德教育与创新论坛开幕式上的欢迎辞",
    "Distinguished guests, good morning.",
    "尊敬的各位来宾：大家上午好！",
    "1. A Partnership Built on Trust",
    "一、建立在信任之上的伙伴关系",
    "Our two cities signed their agreement in 2016.",
    "两市于2016年缔结友好城市关系。",
    "2. Learning From Each Other",
    "二、相互学习，取长补短",
    "Each city has much to teach the other.",
    "两市可以互相学习。",
  ];
  const bilingual = outline(speech, "zh-Hans");

  it("is titled by its first line, an English title as long as English titles run", () => {
    expect(bilingual.title).toBe(speech[0]);
  });

  it("has a point per heading: the Chinese line under an English one is its translation", () => {
    expect(pointTree(bilingual.points)).toEqual([
      "1.|A Partnership Built on Trust",
      "2.|Learning From Each Other",
    ]);
    expect(bilingual.points[0]?.paragraphs[0]).toBe("一、建立在信任之上的伙伴关系");
    expect(sortedChars(outlineChars(bilingual))).toEqual(sortedChars(speech.join("")));
  });

  it("keeps both series when only one heading comes in two languages", () => {
    const once = outline(
      [
        "Report",
        "1. Scope",
        "一、范围",
        "The audit covered payroll.",
        "2. Findings",
        "Controls worked.",
        "二、发现",
        "控制有效。",
      ],
      "zh-Hans",
    );
    expect(pointTree(once.points).filter((line) => /^\s*[一二]、/u.test(line))).toHaveLength(2);
  });

  it("pairs no paragraph's last item with the next section's heading", () => {
    const sections = outline(
      [
        "在合作办学项目启动仪式上的讲话",
        "一、充分认识合作办学的意义",
        "（一）这是服务产业的需要。全县有果园三万亩。",
        "（二）这是提升办学水平的途径。",
        "I. Recognising the importance of cooperation",
        "(1) It meets the needs of local industry. The county has 30,000 mu of orchards.",
        "(2) It is a way to raise the quality of teaching. We will learn from our partner.",
        "二、扎实推进项目建设",
        "（一）科学设置专业。",
        "（二）严格管理。",
        "II. Making progress in the programme",
        "(1) Setting up programmes. Three open this year.",
        "(2) Managing strictly. A joint committee will meet each term.",
        "三、对项目提出希望",
      ],
      "zh-Hans",
    );
    expect(pointTree(sections.points).filter((line) => /^\s*[一二三]、/u.test(line))).toEqual([
      "一、|充分认识合作办学的意义",
      "二、|扎实推进项目建设",
      "三、|对项目提出希望",
    ]);
  });

  it("sets each section's translation beside it, not inside its last sub-point", () => {
    const sections = outline(
      [
        "在合作办学项目启动仪式上的讲话",
        "一、充分认识合作办学的意义",
        "（一）这是服务产业的需要。",
        "（二）这是提升办学水平的途径。",
        "I. Recognising the importance of cooperation",
        "(1) It meets the needs of local industry.",
        "(2) It raises the quality of teaching.",
        "二、扎实推进项目建设",
        "项目首批开设三个专业。",
        "II. Making progress in the programme",
        "Three programmes open this year.",
      ],
      "zh-Hans",
    );
    expect(pointTree(sections.points)).toEqual([
      "一、|充分认识合作办学的意义",
      "  （一）|这是服务产业的需要",
      "  （二）|这是提升办学水平的途径",
      "I.|Recognising the importance of cooperation",
      "  (1)|It meets the needs of local industry",
      "  (2)|It raises the quality of teaching",
      "二、|扎实推进项目建设",
      "II.|Making progress in the programme",
    ]);
  });

  it("sets a whole text's translation after it beside it: the second language's points are the first's", () => {
    const english = [
      "Speech at the Harbourfront Summit",
      "Good morning. It is a pleasure to be here again.",
      "First, we will close the missing links along the waterfront.",
      "Second, we will make the promenades more comfortable.",
      "Third, we will give the community a bigger role. Thank you.",
    ];
    const chinese = [
      "在海濱峰會的致辭",
      "早晨。我很高興再次出席峰會。",
      "第一，我們會打通海濱餘下的缺口。",
      "第二，我們會令海濱長廊更舒適。",
      "第三，我們會讓社區擔當更大角色。謝謝。",
    ];
    const both = outline([...english, ...chinese], "en");
    expect(pointTree(both.points).map((line) => line.split("|")[0])).toEqual([
      "First,",
      "Second,",
      "Third,",
      "第一，",
      "第二，",
      "第三，",
    ]);
  });

  it("keeps a list in English under the last of Chinese sections inside it", () => {
    const plan = outline(
      [
        "关于引进合作项目的报告",
        "一、项目背景",
        "我市与多家机构开展合作。",
        "二、拟引进项目",
        "经评审，拟引进以下两个项目：",
        "1. Smart Grid Initiative",
        "2. Clean Water Fund",
      ],
      "zh-Hans",
    );
    expect(pointTree(plan.points)).toEqual([
      "一、|项目背景",
      "二、|拟引进项目",
      "  1.|Smart Grid Initiative",
      "  2.|Clean Water Fund",
    ]);
  });
});

describe("the title under a government's name and the number of its act", () => {
  const body = ["第一章", "一般規定", "第一條", "標的", "本行政法規訂定資助計劃的制度。"];
  it("passes over the region's name and the act's number to the act's name", () => {
    const act = outline(
      ["澳門特別行政區", "第 18/2025 號行政法規", "長者居家照顧服務資助計劃", ...body],
      "zh-Hans",
    );
    expect(act.title).toBe("長者居家照顧服務資助計劃");
    expect(act.preamble).toEqual(["澳門特別行政區", "第 18/2025 號行政法規"]);
    const report = outline(
      ["中華人民共和國澳門特別行政區", "二〇二五年財政年度施政報告", ...body],
      "zh-Hans",
    );
    expect(report.title).toBe("二〇二五年財政年度施政報告");
  });

  it("passes over a bureau's circular number, and its date, to the circular's name", () => {
    for (const head of [["教育局通告第7/2024號"], ["教育局通告第 15/2025 號", "2025年8月25日"]]) {
      const circular = outline([...head, "優化生涯規劃津貼的安排", ...body], "zh-Hans");
      expect(circular.title).toBe("優化生涯規劃津貼的安排");
    }
  });
});

describe("the title under a website's name", () => {
  it("is the line under the site's name, which stays in the opening", () => {
    const page = outline(
      [
        "某某市人民政府门户网站",
        "市长在全市工作会议上的讲话",
        "一、总体要求",
        "要坚持稳中求进。",
        "二、重点任务",
        "要抓好项目。",
      ],
      "zh-Hans",
    );
    expect(page.title).toBe("市长在全市工作会议上的讲话");
    expect(page.preamble).toEqual(["某某市人民政府门户网站"]);
    const english = outline(["City of Harbourside Website", "Budget Speech 2025", ...REPORT]);
    expect(english.title).toBe("Budget Speech 2025");
    // A Taiwanese government's site is its 全球資訊網.
    const taiwan = outline(["新竹市政府全球資訊網", "受理青年創業貸款利息補貼申請", ...REPORT]);
    expect(taiwan.title).toBe("受理青年創業貸款利息補貼申請");
  });
});

describe("the title of a report to a legislature's committee", () => {
  it("is under the session and the committee, its quoted topic and its kind on two lines joined", () => {
    const report = outline(
      [
        "立法院第11屆第2會期",
        "社會福利及衛生環境委員會",
        "",
        "「超高齡社會長照人力短缺之因應對策」",
        "專題報告",
        "（書面報告）",
        "",
        "主席、各位委員：",
        "壹、前言",
        "我國於民國107年進入高齡社會。",
        "貳、長照人力現況",
        "照顧服務員人數持續成長。",
      ],
      "zh-Hans",
    );
    expect(report.title).toBe("「超高齡社會長照人力短缺之因應對策」專題報告");
    expect(report.preamble.slice(0, 2)).toEqual(["立法院第11屆第2會期", "社會福利及衛生環境委員會"]);
  });
});

describe("a paper under a line that marks how it may be shared", () => {
  it("is titled by the line under the mark, past a notice's fields in Chinese", () => {
    const script = outline([
      "BRIGHTWATER SOFTWARE - CONFIDENTIAL - INTERNAL USE ONLY",
      "ONE TEAM, ONE NUMBER: CRO Keynote Script",
      "Speaker: Jordan Achebe-Lind, Chief Revenue Officer",
      "Good morning, Brightwater!",
      "1. FY25 in Review",
      "2. FY26 Plan",
    ]);
    expect(script.title).toBe("ONE TEAM, ONE NUMBER: CRO Keynote Script");
    const notice = outline(
      [
        "宏昇精密工業股份有限公司\u3000內部公告",
        "發文單位：總經理室",
        "公告日期：2025/12/29",
        "2026年度業務誓師大會\u3000總經理致詞全文",
        "各位同仁，大家好！",
        "壹、回顧",
        "貳、展望",
      ],
      "zh-Hans",
    );
    expect(notice.title).toBe("2026年度業務誓師大會\u3000總經理致詞全文");
  });
});

describe("a paper attached to a meeting's minutes", () => {
  it("is titled by the line under its mark (`ATTACHMENT B TO THE MINUTES`), the mark a line of the opening", async () => {
    const text = [
      "PRAIRIE LANTERN FEDERAL CREDIT UNION",
      "71st Annual Meeting of the Membership",
      "Tuesday, April 16, 2024 -- Hollis Community Center, Ardmore Springs, Kansas",
      "",
      "ATTACHMENT B TO THE MINUTES",
      "",
      "REPORT OF THE PRESIDENT AND CEO",
      "Darnell Okafor-Briggs",
      "",
      "Thank you, Chairwoman Lindqvist, and good evening to all of you. I count 164 members in the room tonight.",
      "",
      "A. MEMBERSHIP AND SERVICE",
      "",
      "1) Membership. We ended the year with 38,912 members.",
      "",
      "2) Branches. We opened our eighth branch.",
    ];
    const report = buildOutline(
      await parseSource(new TextEncoder().encode(text.join("\n")), "president.txt", "txt"),
    );
    expect(report.title).toBe("REPORT OF THE PRESIDENT AND CEO");
    expect(report.preamble).toContain("ATTACHMENT B TO THE MINUTES");
  });
});

describe("the headline of a page over the rule it draws under it", () => {
  it("is the line over the rule, under its menu's short entries, in a page run together too", () => {
    const answer =
      "以下是今日在立法會會議上議員的提問和局長的書面答覆： 問題： 據報，長者日間護理中心的服務需求持續上升。 答覆： 主席： 政府一直以居家安老為本。".repeat(
        4,
      );
    const page = outline(
      [`主頁 新聞公報 新聞公報一覽 立法會十二題：長者日間護理服務 ＊＊＊＊＊＊＊＊＊＊＊＊ ${answer}`],
      "zh-Hans",
    );
    expect(page.title).toBe("立法會十二題：長者日間護理服務");
    expect(page.preamble.slice(0, 4)).toEqual([
      "主頁",
      "新聞公報",
      "新聞公報一覽",
      "＊＊＊＊＊＊＊＊＊＊＊＊",
    ]);
  });

  it("keeps the rule in the opening when a number alone stands above the headline: it numbers nothing there", () => {
    const page = outline(["一、", "加强能力建设", "****"], "zh-Hans");
    expect(page.title).toBe("加强能力建设");
    expect(page.preamble).toEqual(["一、", "****"]);
  });
});

describe("the headline of a social-media post under its account and when it was sent", () => {
  const speech = [
    "各位委员，同志们：",
    "一、充分肯定会议成果",
    "大会共收到提案486件。",
    "二、把握重点任务",
    "要深化协商。",
  ];

  it("is the line after the account's description and topics, its black brackets no words of it", () => {
    const post = outline(
      [
        "汉津政协",
        "24-1-16 18:02 来自 微博网页版 已编辑",
        "#汉津两会# #聚焦2024汉津两会#",
        "【在市政协十届三次会议闭幕会上的讲话】",
        ...speech,
      ],
      "zh-Hans",
    );
    expect(post.title).toBe("在市政协十届三次会议闭幕会上的讲话");
    expect(post.preamble.slice(0, 3)).toEqual([
      "汉津政协",
      "24-1-16 18:02 来自 微博网页版 已编辑",
      "#汉津两会# #聚焦2024汉津两会#",
    ]);
    const account = outline(
      [
        "凤鸣镇融媒",
        "2024-01-18 10:21",
        "· 凤鸣镇人民政府官方账号",
        "2024年凤鸣镇人民政府工作报告",
        ...speech,
      ],
      "zh-Hans",
    );
    expect(account.title).toBe("2024年凤鸣镇人民政府工作报告");
    // Where it was posted from, on a line of its own once the spaces of a post copied as one line part it.
    const located = outline(
      ["桂花村发布", "2024-05-12 10:26", "发表于湖南", "在桂花村人居环境整治动员会上的讲话", ...speech],
      "zh-Hans",
    );
    expect(located.title).toBe("在桂花村人居环境整治动员会上的讲话");
  });
});

describe("the headline of a web page under its menus and over its byline", () => {
  const chrome = ["GOV.UK", "Menu", "Search GOV.UK", "Environment", "Oral statement to Parliament"];
  const standfirst = "The Environment Secretary sets out the response to the winter floods.";

  it("is the line over the page's standfirst and its `From:` and `Published` lines", () => {
    const page = outline([
      ...chrome,
      "Flood recovery and resilience",
      standfirst,
      "From: Department for Environment",
      "Published 4 March 2025",
      ...REPORT,
    ]);
    expect(page.title).toBe("Flood recovery and resilience");
    // With no standfirst, the line right over the byline.
    expect(
      outline([...chrome, "Flood recovery and resilience", "Published 4 March 2025", ...REPORT]).title,
    ).toBe("Flood recovery and resilience");
    // A cover's report and year over its motto: the report titles it, a paper's reference does not.
    const cover = [
      "HARBORVIEW COMMUNITY FOUNDATION",
      "2023 Annual Report",
      "Building Stronger Neighborhoods, Together",
    ];
    expect(outline([...cover, "Published May 2024", ...REPORT]).title).toBe("2023 Annual Report");
    const paper = ["DEPARTMENT FOR RURAL AFFAIRS", "Policy Paper RP/2025/14", "Connecting the Countryside"];
    expect(outline([...paper, "Published 3 March 2025", ...REPORT]).title).toBe("Connecting the Countryside");
  });

  it("may run long, stand under a long trail of sections and over its writer's line, a date or a delivery note", () => {
    const headline =
      "Union Minister outlines five priorities for sustaining rural drinking water supply under the national mission";
    const release = outline([...chrome, headline, "Posted On: 12 MAR 2025 4:15PM by PIB Delhi", ...REPORT]);
    expect(release.title).toBe(headline);
    const trail =
      "Home / Media Centre / Speeches / Speech by the Cabinet Secretary during the launch of the programme";
    const speech = "Speech by the Cabinet Secretary during the launch of the programme";
    const posted = outline([
      "Menu",
      trail,
      speech,
      "By Communications Unit",
      "Posted on March 3, 2025",
      ...REPORT,
    ]);
    expect(posted.title).toBe(speech);
    const dated = outline([
      ...chrome,
      "Speech at the Committee of Supply Debate 2025",
      "4 March 2025",
      ...REPORT,
    ]);
    expect(dated.title).toBe("Speech at the Committee of Supply Debate 2025");
    const delivered = outline([
      ...chrome,
      "Leader's budget speech 2025/26",
      "Councillor Helen Marsh gave this speech.",
      "Check against delivery.",
      ...REPORT,
    ]);
    expect(delivered.title).toBe("Leader's budget speech 2025/26");
    // Who gives the speech and the portfolio stand between its headline and its date.
    const spoken = outline([
      ...chrome,
      "Address to the Principals' Council annual conference",
      "Hon Aroha Whitcombe",
      "Education",
      "Thursday, 10 April 2025",
      ...REPORT,
    ]);
    expect(spoken.title).toBe("Address to the Principals' Council annual conference");
    // A portfolio's name over a date is no headline.
    expect(outline([...chrome, "Education", "Thursday, 10 April 2025", ...REPORT]).title).not.toBe(
      "Education",
    );
  });

  it("is not sought over a date alone under a letterhead in capitals: that is a printed title page", () => {
    const speech = outline([
      "REPUBLIC OF SANDOVAR",
      "MINISTRY OF FINANCE AND ECONOMIC PLANNING",
      "",
      "BUDGET SPEECH 2026/27",
      "",
      "Building Resilience, Sharing Prosperity",
      "",
      "Hon. Dr. Elias Montreaux, MP",
      "Minister of Finance and Economic Planning",
      "",
      "Thursday, 11 June 2026",
      ...REPORT,
    ]);
    expect(speech.title).toBe("BUDGET SPEECH 2026/27");
  });

  it("is not found over a byline that sentences stand above: those are the text's", () => {
    const told = outline([
      "Menu",
      "The floods came in November.",
      "Flood recovery",
      "Published 4 March 2025",
      ...REPORT,
    ]);
    expect(told.title).not.toBe("Flood recovery");
  });
});

describe("the title of a report under its cover's fields", () => {
  it("is the cover's `Report title:` field, or the line under fields that name no subject", () => {
    const board = outline([
      "Kingsmere Hospitals NHS Foundation Trust",
      "BOARD OF DIRECTORS – MEETING IN PUBLIC",
      "Thursday 5 December 2024, 10.00 am, Education Centre, Kingsmere General Hospital",
      "Agenda item:           6",
      "Report title:          Chief Executive's Report",
      "Author:                Louise Carver, Director of Corporate Affairs",
      ...REPORT,
    ]);
    expect(board.title).toBe("Chief Executive's Report");
    const committee = outline([
      "NORTHBRIDGE BOROUGH COUNCIL",
      "Town Hall, Market Square, Northbridge",
      "REPORT TO:          Planning and Regulatory Committee",
      "DATE OF MEETING:    14 November 2024",
      "REPORT NO:          PRC/24/087",
      "Adoption of the Riverside Quarter Design Code",
      ...REPORT,
    ]);
    expect(committee.title).toBe("Adoption of the Riverside Quarter Design Code");
    expect(committee.preamble).toContain("REPORT NO:          PRC/24/087");
    // A committee report's title may run long.
    const long =
      "Homelessness and Temporary Accommodation: Mid-Year Performance and Review of the Allocations Policy";
    expect(outline([...committee.preamble.slice(0, 5), long, ...REPORT]).title).toBe(long);
    // The contact officer's telephone under the name, and the agenda item over the title.
    const contact = outline([
      "NORTHBRIDGE BOROUGH COUNCIL",
      "Report to:          Environment and Transport Committee",
      "Date of meeting:    11 September 2025",
      "Contact officer:    Priya Raman, Parking Services Manager",
      "Tel: 01632 960412  Email: parking@northbridge.gov.uk",
      "Agenda Item 7",
      "REVIEW OF THE RESIDENTS' PARKING PERMIT SCHEME",
      ...REPORT,
    ]);
    expect(contact.title).toBe("REVIEW OF THE RESIDENTS' PARKING PERMIT SCHEME");
  });

  it("takes a report's title from the lines over its fields when they name no subject and none is under them", () => {
    const report = outline([
      "ST ALDHELM'S CHURCH OF ENGLAND PRIMARY SCHOOL",
      "Headteacher's Report to the Full Governing Board",
      "Autumn Term 2024",
      "Meeting:  Wednesday 4 December 2024, 6.00pm, school library",
      "Author:   Mrs Catherine Whitlow, Headteacher",
      ...REPORT,
    ]);
    expect(report.title).toBe("Headteacher's Report to the Full Governing Board");
  });

  it("takes a report's title right over its fields, under the agenda item it is for", () => {
    const report = outline([
      "NORTHBRIDGE BOROUGH COUNCIL",
      "Cabinet – Wednesday 12 February 2025",
      "Agenda Item 7",
      "Medium Term Financial Strategy 2025/26 to 2027/28 and Draft Revenue Budget 2025/26",
      "Report of: Director of Finance and Resources",
      "Wards affected: All wards",
      "Key decision: Yes",
      ...REPORT,
    ]);
    expect(report.title).toBe(
      "Medium Term Financial Strategy 2025/26 to 2027/28 and Draft Revenue Budget 2025/26",
    );
    // Fields the cover writes its own way (`Ward(s) Affected:`, `File Reference:`) end under the title too.
    const cover = outline([
      "CITY OF BRANWELL",
      "REPORT TO CITY COUNCIL",
      "",
      "Meeting Date:      Tuesday, 17 March 2026",
      "Agenda Item:       9.2",
      "From:              Director, Infrastructure and Transport",
      "Ward(s) Affected:  Riverside, Millgate",
      "File Reference:    TRN/CYC/0412",
      "",
      "RIVERSIDE CYCLE NETWORK - PHASE 2 DETAILED DESIGN",
      ...REPORT,
    ]);
    expect(cover.title).toBe("RIVERSIDE CYCLE NETWORK - PHASE 2 DETAILED DESIGN");
    // A title the cover sets on two lines, the first left open on a joining word, is both lines.
    const wrapped = outline([
      "ASHDOWN VALE DISTRICT COUNCIL",
      "",
      "Agenda item:      9",
      "Wards affected:   All",
      "Key decision:     Yes",
      "",
      "GARDEN WASTE COLLECTION SERVICE: CHARGES AND",
      "SUBSCRIPTION ARRANGEMENTS FOR 2024/25",
      "",
      ...REPORT,
    ]);
    expect(wrapped.title).toBe(
      "GARDEN WASTE COLLECTION SERVICE: CHARGES AND SUBSCRIPTION ARRANGEMENTS FOR 2024/25",
    );
  });

  it("takes a title set apart by blank lines between the cover's fields, no value of the field over it", () => {
    const paper = outline([
      "NORTHFIELD AND ELMFIELD HOSPITALS NHS FOUNDATION TRUST",
      "",
      "Board of Directors (Public)",
      "Date of meeting:   27 March 2024",
      "Agenda item:       11",
      "Paper reference:   BoD/24/031",
      "",
      "Capital Programme 2024/25 to 2026/27",
      "",
      "Report of:         Chief Finance Officer",
      "Author:            Head of Capital Planning",
      ...REPORT,
    ]);
    expect(paper.title).toBe("Capital Programme 2024/25 to 2026/27");
    // Or in two columns, the board and the meeting's fields on the right.
    const columns = outline([
      "Kingsbridge Hospitals NHS Foundation Trust                Board of Directors (Public)",
      "Meeting date: 26 September 2024                                    Agenda item: 7.1",
      "",
      "Chief Executive's Report to the Board of Directors",
      "",
      "Report of:        Dr Naomi Feltham, Chief Executive",
      "Purpose:          For assurance",
      ...REPORT,
    ]);
    expect(columns.title).toBe("Chief Executive's Report to the Board of Directors");
  });

  it("takes the first line over fields that only date and classify a record as the record's title", () => {
    const record = [
      "Transcript (auto-generated, lightly edited by Internal Comms)",
      "Date: Thursday, October 9, 2025",
      "Location: San Francisco HQ Commons and Zoom",
      "Classification: Internal — please do not forward",
      ...REPORT,
    ];
    expect(outline(["Northwind Labs — Company All-Hands, Q3 FY2025", ...record]).title).toBe(
      "Northwind Labs — Company All-Hands, Q3 FY2025",
    );
    // Who keeps the record heads it, and titles nothing.
    expect(outline(["NORTHBRIDGE BOROUGH COUNCIL", ...record]).title).toBeNull();
  });

  it("reads a cabinet report's portfolio holder and exempt information as fields, its subject as the title", () => {
    const cabinet = outline([
      "KINGSMERE COUNTY COUNCIL",
      "Report to:             Communities and Place Scrutiny Committee",
      "Date of meeting:       24 April 2025",
      "Portfolio holder:      Cllr Anjali Mercer, Cabinet Member for Libraries and Culture",
      "Subject:               Future Delivery Model for the Library Service 2025–2030",
      "Key decision:          Yes (Forward Plan ref. KD/2025/014)",
      "Exempt information:    No",
      ...REPORT,
    ]);
    expect(cabinet.title).toBe("Future Delivery Model for the Library Service 2025–2030");
  });
});

describe("a letter's title over its greeting", () => {
  it("is the title under a line that only heads the page (`…一一三年度年報` · `致股東報告書` · `各位股東女士、先生：`)", () => {
    const letter = outline(
      [
        "宏晟電子股份有限公司\u3000一一三年度年報",
        "致股東報告書",
        "各位股東女士、先生：",
        "感謝各位股東長期以來對宏晟電子的支持與愛護。回顧一一三年，全球終端市場需求仍處於調整階段。",
        "一、一一三年度營業結果",
        "本公司一一三年度合併營業收入淨額為新台幣八十六億四千二百萬元，較上年度增加百分之十點六。",
      ],
      "zh-Hans",
    );
    expect(letter.title).toBe("致股東報告書");
    expect(letter.preamble[0]).toBe("宏晟電子股份有限公司\u3000一一三年度年報");
  });
});

describe("the title alone under a letterhead set apart by a blank line", () => {
  const body = [
    "",
    "Good morning, everyone.",
    "",
    "First, the year in review.",
    "",
    "Second, the year ahead.",
  ];
  it("passes over the organisation, its occasion, place and date, and who speaks", () => {
    const sermon = outline([
      "St. Columba's Presbyterian Church",
      "Sunday Morning Worship, 30 March 2025 (Fourth Sunday in Lent)",
      "Preacher: The Rev. Dr. Fiona McAllister",
      "",
      "The Father Who Runs",
      ...body,
    ]);
    expect(sermon.title).toBe("The Father Who Runs");
    // The address named right under the letterhead, with no blank line between, is the title.
    const speechDay = outline([
      "ST OSWIN'S SCHOOL, KELLINGTON",
      "Headmistress's Address - Speech Day, Saturday 5th July 2025",
      "",
      "Chairman of Governors, Mrs Pendry; parents, staff and pupils -",
      ...body,
    ]);
    expect(speechDay.title).toBe("Headmistress's Address - Speech Day, Saturday 5th July 2025");
    // The occasion may stand apart too, over the talk's own title.
    const convocation = outline([
      "NORTHFIELD UNIVERSITY",
      "",
      "Spring Convocation 2025",
      "",
      "The Long Way Round",
      "",
      "Convocation address to the graduating classes of the Faculty of Arts",
      ...body,
    ]);
    expect(convocation.title).toBe("The Long Way Round");
    expect(convocation.preamble.slice(0, 2)).toEqual(["NORTHFIELD UNIVERSITY", "Spring Convocation 2025"]);
    // A college named with its fields after it, the occasion on the line under it.
    const commencement = outline([
      "HALVORSEN COLLEGE OF ARTS AND SCIENCES",
      "One Hundred and Twelfth Commencement Exercises",
      "",
      "Leave the Porch Light On: Commencement Address to the Class of 2025",
      "",
      "Dr. Miriam Okafor-Lund, Chair of the Board of Trustees",
      ...body,
    ]);
    expect(commencement.title).toBe("Leave the Porch Light On: Commencement Address to the Class of 2025");
    // A Chinese name over the English one, a company's with a comma of its own, or an office's.
    const statement2024 = outline([
      "金禾精密部件股份有限公司",
      "JINHE PRECISION COMPONENTS CO., LTD.",
      "(A joint stock company incorporated in the People’s Republic of China with limited liability)",
      "",
      "Chairman’s Statement to the 2024 Annual General Meeting",
      "",
      ...body,
    ]);
    expect(statement2024.title).toBe("Chairman’s Statement to the 2024 Annual General Meeting");
    // A company registered abroad names itself so in capitals (`GMBH`), its address under it.
    const kickoff = outline([
      "华辰仪器欧洲有限公司",
      "HUACHEN INSTRUMENTS EUROPE GMBH",
      "Mainzer Landstraße 211, 60326 Frankfurt am Main",
      "",
      "FY2025 Sales Kickoff: Winning the Lab of the Future",
      "",
      ...body,
    ]);
    expect(kickoff.title).toBe("FY2025 Sales Kickoff: Winning the Lab of the Future");
    // A club names itself in capitals, the year it was founded under it.
    const club = outline([
      "NETHERBY ST GILES CRICKET CLUB",
      "Founded 1887",
      "",
      "CHAIRMAN'S REPORT TO THE ANNUAL GENERAL MEETING",
      "",
      ...body,
    ]);
    expect(club.title).toBe("CHAIRMAN'S REPORT TO THE ANNUAL GENERAL MEETING");
    // In title case too; and the report and year it stands in, over a letter right over its greeting,
    // leave the title to the letter. A place and date over the greeting are no letter's title.
    const letter = (over: string) =>
      outline([
        "华辰精密机械股份有限公司",
        "Huachen Precision Machinery Co., Ltd.",
        "(Shanghai Stock Exchange: 603917)",
        "",
        "Annual Report 2024",
        "",
        over,
        "",
        "Dear Shareholders,",
        "",
        ...body,
      ]).title;
    expect(letter("Chairman's Letter to Shareholders")).toBe("Chairman's Letter to Shareholders");
    expect(letter("Huachen Tower, Shanghai, 20 March 2025")).toBe("Annual Report 2024");
    // A report of who gives it, under the school's report and year, titles the text too.
    const chair = outline([
      "聖雅各中學",
      "St. James' Secondary School, Kowloon Tong",
      "",
      "Annual Report 2023–2024",
      "",
      "Report of the Chairman of the Incorporated Management Committee",
      "",
      "Presented at the Annual Speech Day, 16 November 2024",
      "",
      ...body,
    ]);
    expect(chair.title).toBe("Report of the Chairman of the Incorporated Management Committee");
    const motion = outline([
      "立法會議員曾偉樂辦事處",
      "Office of the Hon Kelvin TSANG Wai-lok, Legislative Council Member",
      "",
      "Speech on the Motion on “Strengthening Support for Carers of Elderly Persons”",
      "",
      "Legislative Council Meeting, 19 February 2025",
      ...body,
    ]);
    expect(motion.title).toBe(
      "Speech on the Motion on “Strengthening Support for Carers of Elderly Persons”",
    );
    // Or the meeting, its place and dates and the agenda item, under an alliance's name and its short name.
    const statement = outline([
      "ALLIANCE OF LANDLOCKED DEVELOPING COUNTRIES (ALDC)",
      "",
      "Third High-Level Meeting on Transit Transport Cooperation",
      "Geneva, 3-4 March 2026",
      "Agenda item 4: General statements",
      "",
      "JOINT STATEMENT ON BEHALF OF THE ALLIANCE OF LANDLOCKED DEVELOPING COUNTRIES",
      ...body,
    ]);
    expect(statement.title).toBe(
      "JOINT STATEMENT ON BEHALF OF THE ALLIANCE OF LANDLOCKED DEVELOPING COUNTRIES",
    );
    // Or the paper's symbol and its distribution, under a body named for its cause.
    const council = outline([
      "INTERNATIONAL ORGANIZATION FOR COASTAL FISHERIES",
      "Executive Council",
      "Forty-third session",
      "Lisbon, 14–16 October 2024",
      "",
      "EC 43/STAT/2",
      "16 October 2024 Original: English",
      "",
      "STATEMENT OF THE EXECUTIVE COUNCIL ON SMALL-SCALE FISHERIES",
      ...body,
    ]);
    expect(council.title).toBe("STATEMENT OF THE EXECUTIVE COUNCIL ON SMALL-SCALE FISHERIES");
    // The period a report covers, set apart, is no title: the report's own line over it is.
    const report = outline([
      "HARBOURVIEW COMMUNITY HEALTH TRUST",
      "Annual Report of the Chief Executive",
      "to the Board of Trustees",
      "",
      "Financial Year 2023-24",
      "",
      ...body,
    ]);
    expect(report.title).toBe("Annual Report of the Chief Executive to the Board of Trustees");
    const school = outline([
      "HILLCREST VALLEY SCHOOL",
      "14 Kowhai Road, Hillcrest Valley | Phone 07 855 2190 | office@hillcrestvalley.school.nz",
      "",
      "PRINCIPAL'S REPORT TO THE BOARD OF TRUSTEES",
      "Term 2, 2024 — Board meeting of Tuesday 18 June 2024",
      "",
      ...body,
    ]);
    expect(school.title).toBe("PRINCIPAL'S REPORT TO THE BOARD OF TRUSTEES");
    const union = outline([
      "Health and Care Workers' Union",
      "2025 Biennial Delegate Conference, Brighton Centre",
      "",
      "General Secretary's Address to Conference",
      ...body,
    ]);
    expect(union.title).toBe("General Secretary's Address to Conference");
    expect(union.preamble.slice(0, 2)).toEqual([
      "Health and Care Workers' Union",
      "2025 Biennial Delegate Conference, Brighton Centre",
    ]);
  });

  it("reads a panel's name in capitals over a title that names a span of years, in text wrapped and indented", async () => {
    const statement = [
      "WESTMARCH POLICE AND CRIME PANEL",
      "Statement by the Chair on the Commissioner's Proposed Precept for 2025/26",
      "Issued following the Panel meeting of 6 February 2025",
      "    The Police and Crime Panel met on Thursday 6 February to consider the",
      "Police and Crime Commissioner's proposal to increase the police element of",
      "council tax by £14 a year for a Band D property, taking it to £287.45.",
      "    Members recognise that the Commissioner faces a difficult settlement. The",
      "Home Office grant has risen by less than inflation for the third year running.",
    ];
    const read = buildOutline(
      await parseSource(new TextEncoder().encode(statement.join("\n")), "statement.txt", "txt"),
    );
    expect(read.title).toBe("Statement by the Chair on the Commissioner's Proposed Precept for 2025/26");
    // A paper named after the committee it comes from is no body's name.
    const report = outline([
      "REPORT OF THE CHAIRMAN OF THE INCORPORATED MANAGEMENT COMMITTEE",
      "The committee met six times this year and approved the school's budget.",
      "It also reviewed the admissions policy and the new staff handbook.",
    ]);
    expect(report.title).toBe("REPORT OF THE CHAIRMAN OF THE INCORPORATED MANAGEMENT COMMITTEE");
  });

  it("reads the organisation before its town, in capitals, or by its registration", () => {
    const sermon = outline([
      "Grace Hill Community Church, Port Alder",
      "Fifth Sunday after Epiphany, 9 February 2025",
      "",
      "A Lamp on a Stand",
      ...body,
    ]);
    expect(sermon.title).toBe("A Lamp on a Stand");
    const paper = outline([
      "TARROW VALLEY POLICY INSTITUTE",
      "Policy Paper No. 14 | June 2025",
      "",
      "Connecting the Valley: A Framework for Integrated Public Transport",
      ...body,
    ]);
    expect(paper.title).toBe("Connecting the Valley: A Framework for Integrated Public Transport");
    const appeal = outline([
      "QUAYSIDE NIGHT SHELTER",
      "14 Chandler's Row, Port Elvin PE3 7QN",
      "Registered charity no. 1187342",
      "",
      "The Winter Doors Appeal",
      ...body,
    ]);
    expect(appeal.title).toBe("The Winter Doors Appeal");
    const minutes = outline([
      "FERNLEIGH HOMES HOUSING ASSOCIATION LIMITED",
      "Registered Society No. 30471R",
      "",
      "Minutes of the Meeting of the Board",
      "Held at 2.00 p.m. on Thursday 24 April 2025 in the Boardroom",
      "",
      ...body,
    ]);
    expect(minutes.title).toBe("Minutes of the Meeting of the Board");
    const preached = outline([
      "St Aidan's Parish Church, Hexley",
      "Sermon – The Third Sunday after Trinity, 29 June 2025",
      "",
      "When I Am Weak",
      "Text: 2 Corinthians 12:7–10",
      "",
      ...body,
    ]);
    expect(preached.title).toBe("When I Am Weak");
    // A title may open on a quotation.
    const quoted = outline([
      "St. Brigid's Parish, Kilmore Road -- Sunday Homilies",
      "",
      '"Be Opened": Homily for the Twenty-Third Sunday in Ordinary Time',
      "",
      ...body,
    ]);
    expect(quoted.title).toBe('"Be Opened": Homily for the Twenty-Third Sunday in Ordinary Time');
    // A title in capitals may have its subtitle under it.
    const report = outline([
      "Harbour Light Literacy Foundation",
      "Registered charity no. 1174392 (England and Wales)",
      "",
      "ANNUAL REPORT 2023-24",
      "Summary of the Trustees' Report and Financial Statements",
      "for the year ended 31 March 2024",
      "",
      ...body,
    ]);
    expect(report.title).toBe("ANNUAL REPORT 2023-24");
    // A programme's name and number over the document in capitals that belongs to it.
    const strategy = outline([
      "RIVERDALE COUNTY COUNCIL",
      "",
      "Local Transport Plan 4",
      "RURAL MOBILITY STRATEGY 2025–2035",
      "Consultation Draft — October 2024",
      "",
      ...body,
    ]);
    expect(strategy.title).toBe("RURAL MOBILITY STRATEGY 2025–2035");
    // A parliament's record names itself over its house; the debate's volume and day follow its title.
    const debate = outline([
      "Hansard",
      "House of Commons",
      "",
      "Rural Bus Services",
      "",
      "Volume 761: debated on Wednesday 12 March 2025",
      "",
      ...body,
    ]);
    expect(debate.title).toBe("Rural Bus Services");
    const statement = outline([
      "ASSAM LEGISLATIVE ASSEMBLY",
      "Autumn Session, 2025",
      "",
      "STATEMENT BY THE MINISTER, REVENUE DEPARTMENT, ON THE SECOND WAVE OF FLOODS",
      "",
      ...body,
    ]);
    expect(statement.title).toBe(
      "STATEMENT BY THE MINISTER, REVENUE DEPARTMENT, ON THE SECOND WAVE OF FLOODS",
    );
    const union = outline([
      "NATIONAL UNION OF PUBLIC HEALTH AND ALLIED WORKERS (NUPHAW)",
      "(Affiliated to the Nigeria Labour Congress)",
      "",
      "PRESIDENTIAL ADDRESS BY COMRADE IFEOMA NWOSU, NATIONAL PRESIDENT, AT THE 9TH NATIONAL DELEGATES' CONFERENCE",
      "",
      ...body,
    ]);
    expect(union.title).toBe(
      "PRESIDENTIAL ADDRESS BY COMRADE IFEOMA NWOSU, NATIONAL PRESIDENT, AT THE 9TH NATIONAL DELEGATES' CONFERENCE",
    );
    // The body it is affiliated to, without brackets, is the letterhead's too.
    const affiliated = outline([
      "NATIONAL UNION OF TRANSPORT AND ALLIED WORKERS (NUTAW)",
      "Affiliated to the Congress of South African Trade Unions",
      "POLITICAL REPORT OF THE GENERAL SECRETARY TO THE 11TH NATIONAL CONGRESS",
      ...body,
    ]);
    expect(affiliated.title).toBe("POLITICAL REPORT OF THE GENERAL SECRETARY TO THE 11TH NATIONAL CONGRESS");
  });

  it("passes over a bill and the reading its speech is moved at", () => {
    const budget = outline([
      "APPROPRIATION BILL 2025",
      "Second Reading",
      "BUDGET SPEECH 2025-26",
      "Madam Speaker, I move that this Bill be now read a second time.",
      ...REPORT,
    ]);
    expect(budget.title).toBe("BUDGET SPEECH 2025-26");
    expect(budget.preamble.slice(0, 2)).toEqual(["APPROPRIATION BILL 2025", "Second Reading"]);
    // A parliament's record names who speaks under the reading: the bill is the title, not the
    // house, the sitting's date or its business (`BILLS`).
    const record = outline([
      "HOUSE OF REPRESENTATIVES",
      "Wednesday, 26 March 2025",
      "BILLS",
      "Regional Water Security Amendment Bill 2025",
      "Second Reading",
      "Mr O'CALLAGHAN (Riverina North—Minister for Regional Water Security) (09:31):",
      "I move: That this bill be now read a second time.",
      ...REPORT,
    ]);
    expect(record.title).toBe("Regional Water Security Amendment Bill 2025");
    // Or the record's clock time, then who speaks by seat and party, their words after the colon.
    const commons = outline([
      "Rural Bus Services (Funding) Bill",
      "Second Reading",
      "11.36 am",
      "Mrs Helen Carrow (Wensleydale) (LD): I beg to move, That the Bill be now read a Second time.",
      ...REPORT,
    ]);
    expect(commons.title).toBe("Rural Bus Services (Funding) Bill");
    const seated = outline([
      "Rural Bus Services (Funding) Bill",
      "Second Reading",
      "Mrs Helen Carrow (Wensleydale) (LD): I beg to move, That the Bill be now read a Second time.",
      ...REPORT,
    ]);
    expect(seated.title).toBe("Rural Bus Services (Funding) Bill");
  });

  it("takes a sermon's title from over the passage it preaches on, under its church and service", () => {
    const sermon = outline([
      "Grace Fellowship Church, Port Elizabeth Road",
      "Sunday Morning Worship – 9 March 2025",
      'Series: "Stories Jesus Told" (Week 4)',
      "THE FATHER WHO RAN",
      "Luke 15:11–32",
      "Pastor David Mensah",
      ...REPORT,
    ]);
    expect(sermon.title).toBe("THE FATHER WHO RAN");
  });

  it("passes over a copy's stamp and its date, and takes a statement's long title whole", () => {
    const release = outline([
      "DEPARTMENT OF HOUSING, COMMUNITIES AND PLANNING",
      "Press Office | 2 Marsham Row, Westbridge",
      "",
      "FOR IMMEDIATE RELEASE",
      "Tuesday 11 March 2025",
      "",
      "Minister's Statement on the Housing Supply Action Plan",
      ...body,
    ]);
    expect(release.title).toBe("Minister's Statement on the Housing Supply Action Plan");
    const statement =
      "Statement by the Minister for Foreign Affairs of the Republic of Costa Verde at the General Debate of the Seventy-Ninth Session of the United Nations General Assembly";
    const mission = outline([
      "PERMANENT MISSION OF THE REPUBLIC OF COSTA VERDE TO THE UNITED NATIONS",
      "820 Second Avenue, New York, NY 10017",
      "",
      "CHECK AGAINST DELIVERY",
      "",
      statement,
      ...body,
    ]);
    expect(mission.title).toBe(statement);
    // Its speaker's titles are shortened words, no sentence's end.
    const honoured =
      "Statement by H.E. Mr. Tomás Elizondo Varga, Minister for Foreign Affairs of the Republic of Marenza, at the General Debate";
    const marenza = outline([
      "PERMANENT MISSION OF THE REPUBLIC OF MARENZA TO THE UNITED NATIONS",
      "820 Second Avenue, New York, NY 10017",
      "",
      "CHECK AGAINST DELIVERY",
      "",
      honoured,
      ...body,
    ]);
    expect(marenza.title).toBe(honoured);
  });

  it("is no title when the line alone is a sentence, or the first line names no organisation", () => {
    const sentence = outline([
      "Harbour Valley Credit Union Limited",
      "",
      "Thank you all for coming tonight.",
      ...body,
    ]);
    expect(sentence.title).toBe("Harbour Valley Credit Union Limited");
    const titled = outline(["The Long Way Round", "Riverside, 17 May 2025", "", "Introduction", ...body]);
    expect(titled.title).toBe("The Long Way Round");
    // A part's number alone under a title that ends like an organisation's name is no title.
    const numbered = outline([
      "The Bar and the Public Trust",
      "",
      "I",
      "",
      "Delay first.",
      "",
      "II",
      "",
      "Civility.",
    ]);
    expect(numbered.title).toBe("The Bar and the Public Trust");
  });

  it("passes over a department named for what it does, and a statement's kind as its stamp", () => {
    const written = outline([
      "DEPARTMENT FOR HOUSING AND COMMUNITIES",
      "",
      "Written Ministerial Statement",
      "",
      "Spring Housing Package: Supply, Standards and Support for Renters",
      ...body,
    ]);
    expect(written.title).toBe("Spring Housing Package: Supply, Standards and Support for Renters");
  });

  it("under a listed company's name, is the line under it", () => {
    const call = outline([
      "LINDQVIST SYSTEMS, INC. (NASDAQ: LQVS)",
      "Third Quarter Fiscal 2024 Earnings Conference Call",
      "October 24, 2024",
      ...body,
    ]);
    expect(call.title).toBe("Third Quarter Fiscal 2024 Earnings Conference Call");
  });
});

describe("the title under an occasion and the talk's slot in it", () => {
  it("passes over the slot's kind, date and room", () => {
    const keynote = outline([
      "Public Libraries Annual Conference 2025",
      "Opening keynote, Thursday 12 June 2025, Main Hall",
      "What Libraries Are For",
      "Thank you, Martin, and good morning, everyone.",
      "PART ONE: THE BUILDING",
      "Let me start with bricks and mortar.",
    ]);
    expect(keynote.title).toBe("What Libraries Are For");
  });
});

describe("the title of a release under its stamp and letterhead", () => {
  it("passes over who issues it, their office and the press contact, and keeps a statement's topic in its title", async () => {
    const release = [
      "FOR IMMEDIATE RELEASE",
      "Riverside Police Department",
      "Office of the Chief of Police",
      "Media contact: Sgt. Dana Whitfield | (555) 014-2290",
      "Statement of Chief Marcus Bell on the Elm Street Shooting",
      "Good afternoon. I'm Marcus Bell, Chief of the Riverside Police Department.",
      "What we know",
      "At 10:47 p.m. on Sunday our dispatch center received calls.",
      "The investigation",
      "Six detectives are assigned to this case.",
    ];
    const outline = buildOutline(
      await parseSource(new TextEncoder().encode(release.join("\n")), "release.txt", "txt"),
    );
    expect(outline.title).toBe("Statement of Chief Marcus Bell on the Elm Street Shooting");
    expect(outline.preamble.slice(0, 3)).toEqual([
      "FOR IMMEDIATE RELEASE",
      "Riverside Police Department",
      "Office of the Chief of Police",
    ]);
    // A topic in small letters after who speaks and their office, past a comma, is the title's too.
    const statement = [
      "KELSEY BOROUGH COUNCIL",
      "",
      "NEWS RELEASE – FOR IMMEDIATE USE",
      "",
      "Statement by Councillor Ruth Obi, Leader of Kelsey Borough Council, on the flooding of 4–5 November",
      "",
      "I want to begin by thanking everyone who worked through the night to keep people safe.",
      "",
      "Recovery from a flood takes months, not days. We will not walk away when the water goes down.",
    ];
    const flood = buildOutline(
      await parseSource(new TextEncoder().encode(statement.join("\n")), "statement.txt", "txt"),
    );
    expect(flood.title).toBe(statement[4]);
  });

  it("passes over a government's name after its stamp, and the page's fields under it", () => {
    const release = outline([
      "News Release - Manitoba",
      "Published: March 12, 2025",
      "Department: Health, Seniors and Long-Term Care",
      "Statement from Health Minister Dana Whitford on Manitoba's Primary Care Action Plan",
      ...REPORT,
    ]);
    expect(release.title).toBe(
      "Statement from Health Minister Dana Whitford on Manitoba's Primary Care Action Plan",
    );
  });

  it("passes over a press contact set under its label, down to its telephone or e-mail address", async () => {
    const release = [
      "FOR IMMEDIATE RELEASE",
      "Media contact:",
      "Jordan Pike, Director of Communications",
      "Northmere Health Partnership",
      "(406) 555-0187 | press@northmerehealth.example",
      "Northmere Health Partnership to Open Three Rural Clinics",
      "ASHBY FALLS, Mont., Sept. 9, 2025 — Northmere Health Partnership today announced a plan.",
      "What changes for patients",
      "Each clinic will be open seven days a week, from 8 a.m. to 8 p.m., all year.",
      "Timeline",
      "Construction begins at the Carrow site in September, and the clinic opens in April.",
    ];
    const outline = buildOutline(
      await parseSource(new TextEncoder().encode(release.join("\n\n")), "release.txt", "txt"),
    );
    expect(outline.title).toBe("Northmere Health Partnership to Open Three Rural Clinics");
  });
});

describe("an English title's length", () => {
  it("a translated plan's title runs to 120 characters, hard-wrapped over two lines", async () => {
    const plan = [
      "Implementation Plan of Eastbay Municipality for Promoting the Development",
      "of the Silver Economy (2024-2027)",
      "",
      "In order to actively respond to population aging, meet the diverse needs",
      "of older people and foster new growth drivers, this Plan is formulated in",
      "accordance with the relevant national and provincial guidelines and in",
      "light of the actual conditions of Eastbay.",
      "",
      "I. General Requirements",
      "",
      "Guided by a people-centered development philosophy, Eastbay will make",
      "coordinated efforts to improve public services for the elderly and to",
      "develop silver-economy industries, so as to build a city that is friendly",
      "to older people and attractive to businesses serving them.",
      "",
      "II. Key Tasks",
      "",
      "Districts shall build a network of community canteens and meal-assistance",
      "points covering all urban communities, with priority given to older people",
      "living alone, those with disabilities and those on low incomes.",
    ];
    const read = buildOutline(
      await parseSource(new TextEncoder().encode(plan.join("\n")), "plan.txt", "txt"),
    );
    expect(read.title).toBe(
      "Implementation Plan of Eastbay Municipality for Promoting the Development of the Silver Economy (2024-2027)",
    );
  });
});

describe("an English title in capitals set on two lines", () => {
  it("centred one under the other, the lines are one title; set flush, a second line in capitals is another", async () => {
    const speech = [
      "",
      "    May it please the Court.",
      "",
      "    Chief Justice, your Honours, Justice Pryce, members of her Honour's family, distinguished guests: it is my privilege to speak.",
    ];
    const read = async (lines: string[]) =>
      buildOutline(
        await parseSource(new TextEncoder().encode([...lines, ...speech].join("\n")), "remarks.txt", "txt"),
      );
    const centred = await read([
      "                 REMARKS AT THE CEREMONIAL SITTING TO MARK",
      "                THE RETIREMENT OF THE HONOURABLE JUSTICE ELEANOR PRYCE",
    ]);
    expect(centred.title).toBe(
      "REMARKS AT THE CEREMONIAL SITTING TO MARK THE RETIREMENT OF THE HONOURABLE JUSTICE ELEANOR PRYCE",
    );
    const flush = await read([
      "REMARKS AT THE CEREMONIAL SITTING TO MARK",
      "THE RETIREMENT OF JUSTICE PRYCE",
    ]);
    expect(flush.title).toBe("REMARKS AT THE CEREMONIAL SITTING TO MARK");
  });
});
