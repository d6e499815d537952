import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { outlineChars, pointTree, sortedChars } from "./helpers/outline-text.js";
import { plainSource } from "./helpers/plain-source.js";

describe("a list under a part", () => {
  const report = (items: readonly string[]) => [
    "屏東縣政府施政工作報告",
    "一、農業發展",
    "（一）推動智慧農業",
    ...items,
    "（二）拓展農產外銷",
    "完成農產品冷鏈物流中心第二期擴建，冷藏容量提升至一萬二千公噸。",
  ];

  it("heads points with its items, however long they run: readers outline a part down to its items", () => {
    const lines = report([
      "1. 本縣已建置農業物聯網示範場域二十五處，導入環境感測、自動灌溉及無人機植保等技術；及",
      "2. 辦理青年農民培訓課程四十二場，計一千三百餘人次參訓並輔導一百二十名青農。",
    ]);
    const outline = buildOutline(plainSource(lines.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "一、|農業發展",
      "  （一）|推動智慧農業",
      "    1.|本縣已建置農業物聯網示範場域二十五處，導入環境感測、自動灌溉及無人機植保等技術",
      "    2.|辦理青年農民培訓課程四十二場，計一千三百餘人次參訓並輔導一百二十名青農",
      "  （二）|拓展農產外銷",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(lines.join("")));
    // The conditions a sentence introduces, `（一）` clauses ending in `；`, are points too.
    const notice = [
      "关于做好2024年度高层次人才引进申报工作的通知",
      "一、申报对象",
      "全职引进到我县机关事业单位工作的各类高层次人才。",
      "二、申报条件",
      "申报人员应同时具备以下条件：",
      "（一）拥护中国共产党的领导，遵纪守法，具有良好的职业道德；",
      "（二）具有博士研究生学历或正高级专业技术职称；",
      "（三）身体健康，能够正常履行岗位职责。",
      "三、有关要求",
    ];
    expect(pointTree(buildOutline(plainSource(notice.join("\n"))).points)).toContain(
      "  （三）|身体健康，能够正常履行岗位职责",
    );
    // So are an appeal's requests, each a paragraph of a few sentences, headed by its first.
    const appeal = [
      "Statement of Chief Marcus Bell on the Elm Street Shooting",
      "Good afternoon. I'm Marcus Bell, Chief of the Riverside Police Department.",
      "What we know",
      "At 10:47 p.m. on Sunday our dispatch centre received several calls about shots fired on Elm Street.",
      "How the public can help",
      "We need your help. We are asking for two things:",
      "1. If you were on Elm Street between 10:30 and 11:15 p.m. on Sunday night, please call our detectives. Even a small detail may help.",
      "2. If you have a doorbell camera that covers Elm Street, please check your footage from that night.",
      "Community safety",
      "Officers will stay in the neighbourhood through the week.",
    ];
    const statement = buildOutline({ ...plainSource(appeal.join("\n\n")), script: "en" as const });
    expect(pointTree(statement.points)).toEqual([
      "|What we know",
      "|How the public can help",
      "  1.|If you were on Elm Street between 10:30 and 11:15 p.m. on Sunday night, please call our detectives",
      "  2.|If you have a doorbell camera that covers Elm Street, please check your footage from that night",
      "|Community safety",
    ]);
  });

  it("is its part's text when each entry opens with its time, as a timeline's do, however short", () => {
    const postmortem = [
      "Postmortem: the March 14 checkout outage",
      "I. Timeline",
      "All times are UTC.",
      "1. 13:58 — A pull request is merged.",
      "2. 14:06 — Error rate rises above 30%.",
      "3. 14:53 UTC: Error rate returns to baseline.",
      "II. Root cause",
      "A configuration change reduced the pool from 400 to 40 connections.",
    ];
    const outline = buildOutline({ ...plainSource(postmortem.join("\n")), script: "en" });
    expect(pointTree(outline.points)).toEqual(["I.|Timeline", "II.|Root cause"]);
    expect(outlineChars(outline)).toBe(sortedChars(postmortem.join("")));
  });

  it("is its part's text when its items are questions, short ones too", () => {
    const sermon = [
      "在等候中重新得力",
      "一、等候不是停頓",
      "等候從來不是白白浪費的時間，神正在更新我們、塑造我們，使我們像鷹一樣展翅上騰。",
      "二、默想與回應",
      "1. 你現在正在等候的是甚麼？你如何向神表達？",
      "2. 這週你可以如何操練？",
    ];
    const outline = buildOutline(plainSource(sermon.join("\n")));
    expect(pointTree(outline.points)).toEqual(["一、|等候不是停頓", "二、|默想與回應"]);
  });

  it("is a speaker's words when they give it between their turn and the next, in a record of turns", () => {
    const panel = [
      "Panel on regional transport",
      "MODERATOR: Welcome. Let us begin with the minister.",
      "MINISTER: Thank you. Our plan does two things:",
      "1. It funds community transport in every county for four years.",
      "2. It lets councils buy journeys together with the health service.",
      "MODERATOR: Thank you. Professor Hale?",
      "HALE: I welcome the plan, but the money runs out too soon.",
      "MODERATOR: Minister, a last word.",
      "MINISTER: We will review it in the third year.",
    ];
    const outline = buildOutline({ ...plainSource(panel.join("\n\n")), script: "en" as const });
    expect(pointTree(outline.points).map((line) => line.split("|")[0])).not.toContain("1.");
    expect(outlineChars(outline)).toBe(sortedChars(panel.join("")));
  });

  it("keeps the `（一）` clauses an article of rules introduces: readers outline rules to their items", () => {
    const rules = [
      "某县农村人居环境整治奖补资金管理办法",
      "第一章\u3000总\u3000则",
      "第一条\u3000为规范奖补资金管理，提高资金使用效益，制定本办法。",
      "第二章\u3000奖补范围",
      "第二条\u3000奖补资金重点支持以下项目：",
      "（一）农村生活污水治理项目，包括管网铺设和终端设施建设；",
      "（二）农村户厕改造项目；",
      "（三）村庄保洁和垃圾分类项目。",
      "第三条\u3000单个村奖补资金原则上不超过五十万元。",
    ];
    const outline = buildOutline(plainSource(rules.join("\n")));
    expect(pointTree(outline.points)).toEqual([
      "第一章|总则",
      "  第一条|为规范奖补资金管理，提高资金使用效益，制定本办法",
      "第二章|奖补范围",
      "  第二条|奖补资金重点支持以下项目",
      "    （一）|农村生活污水治理项目，包括管网铺设和终端设施建设",
      "    （二）|农村户厕改造项目",
      "    （三）|村庄保洁和垃圾分类项目",
      "  第三条|单个村奖补资金原则上不超过五十万元",
    ]);
    expect(outlineChars(outline)).toBe(sortedChars(rules.join("")));
  });

  it("keeps items that head themselves, short ones, and a text's only list", () => {
    const headed = report([
      "1. 智慧灌溉：本縣已建置農業物聯網示範場域二十五處，導入環境感測及自動灌溉技術。",
      "2. 青農培訓：辦理青年農民培訓課程四十二場，計一千三百餘人次參訓並取得證照。",
    ]);
    expect(pointTree(buildOutline(plainSource(headed.join("\n"))).points)).toContain("    1.|智慧灌溉");
    const short = report(["1. 建置物聯網示範場域。", "2. 辦理青農培訓。"]);
    expect(pointTree(buildOutline(plainSource(short.join("\n"))).points)).toContain("    2.|辦理青農培訓");
    const only = [
      "Statement on the Harbour Road fire",
      "1. Anyone who was on Harbour Road between midnight and three o'clock should call us on 101.",
      "2. Anyone with a doorbell or dash camera that covers the road should send us the footage.",
    ];
    const alone = buildOutline({ ...plainSource(only.join("\n")), script: "en" as const });
    expect(pointTree(alone.points).map((line) => line.split("|")[0])).toEqual(["1.", "2."]);
  });

  it("keeps sentence items in a Chinese text when the same numbering heads parts elsewhere", () => {
    const report = [
      "桃源镇党委书记2023年度述职述责述廉报告",
      "一、履职尽责情况",
      "（一）坚持党建引领，夯实基层战斗堡垒",
      "1.抓实班子建设。坚持民主集中制，全年召开党委会议36次。",
      "2.抓强基层组织。整顿软弱涣散村党组织3个，选派第一书记5名。",
      "二、存在的问题和下步打算",
      "下一步，我将重点做好以下工作：",
      "1.进一步加强理论学习，不断提高政治判断力、政治领悟力、政治执行力。",
      "2.进一步做强特色产业，推动桃产业向精深加工、文旅融合延伸。",
    ];
    expect(pointTree(buildOutline(plainSource(report.join("\n"))).points)).toEqual([
      "一、|履职尽责情况",
      "  （一）|坚持党建引领，夯实基层战斗堡垒",
      "    1.|抓实班子建设",
      "    2.|抓强基层组织",
      "二、|存在的问题和下步打算",
      "  1.|进一步加强理论学习，不断提高政治判断力、政治领悟力、政治执行力",
      "  2.|进一步做强特色产业，推动桃产业向精深加工、文旅融合延伸",
    ]);
  });
});
