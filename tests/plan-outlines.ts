/** Outlines built by hand for the plan and render tests (the shapes the outline builder produces). */
import type { Script } from "../src/ingest/types.js";
import type { Outline, Point } from "../src/outline/types.js";
import { withMarker } from "../src/plan/labels.js";

export function point(
  level: number,
  marker: string,
  heading: string,
  paragraphs: string[] = [],
  children: Point[] = [],
  inline = false,
  terminator = "",
): Point {
  return { level, marker, heading, terminator, paragraphs, children, line: 1, inline };
}

export function outline(parts: Partial<Outline> & { points: Point[]; script: Script }): Outline {
  return { title: null, meta: {}, preamble: [], closing: [], warnings: [], ...parts };
}

/** Section 二、 of the example speech (an inline series, then (一)…), planned by docs/design.md. */
export const exampleSection = (): Point =>
  point(
    1,
    "二、",
    "練好內功真功,更好地發揮群團組織的職能作用",
    [
      "樹立問題意識、堅持問題導向,是新常態下開創事業發展新局面的必然要求。發現就是發展,發現才能發展。做好群團工作也要從問題入手,善于發現問題,解決問題。當前,我市群團工作暴露出的問題,最根本原因是能力問題。",
    ],
    [
      point(
        2,
        "一是",
        "服務意識和能力與群眾的需求有差距",
        [
          "有的單位把聯系幾次群眾,搞幾場活動視為工作重心,對群眾關注的熱點、焦點把握不及時,聯系群眾、凝心聚力做得不夠。",
        ],
        [],
        true,
      ),
      point(2, "二是", "組織引導群眾能力跟不上轉型迫切需要", ["比如,搞勞動競賽是個好形式。"], [], true),
      point(
        2,
        "三是",
        "依法依章程履職能力跟不上法治建設需要",
        [
          "這些方面的不足,是普遍存在的,各級群團組織都要下功夫彌補,有提升、有作為、有變化。",
          "在這里,我強調三個方面:",
        ],
        [],
        true,
      ),
      point(
        2,
        "(一)",
        "加強三個建設",
        [],
        [
          point(3, "一是", "加強能力建設", [
            "人的因素是一切工作的關鍵。搞群團工作業務性也很強,因為服務的群體是特定的,不熟悉工作流程,不掌握工作方法,工作就沒辦法推動。群團干部不同于一般的行政干部,一定要有軟實力,要努力成為各自領域的領頭人。比如,僑聯做工作就需要熟悉海外僑胞的情況,婦聯要懂得婦女兒童的需求。群團干部的大部分時間要在群眾中,要把“為群眾服務”當成第一要務。2015年以來,全市培訓群團干部3200人次,占比達到85%。要學習、學習、再學習,把學到的本領用在工作中。",
          ]),
          point(3, "二是", "加強陣地建設", [
            "要把大本營扎穩扎好。工人文化宮改造的問題,團市委提出建設少年宮的想法,市科技館的建設問題,都是群團組織的基礎工作。",
          ]),
          point(3, "三是", "加強制度建設", ["群團工作天地廣闊,大有作為。"]),
        ],
      ),
    ],
  );

/** A small simplified-Chinese speech with every feature the planner handles. */
export const hansOutline = (): Outline =>
  outline({
    script: "zh-Hans",
    title: "在全市工作会议上的讲话",
    preamble: ["同志们：", "今天召开这次会议，主要任务是总结工作、部署任务。下面，我讲三点意见。"],
    points: [
      point(
        1,
        "一、",
        "提高认识，增强做好工作的责任感",
        ["工作很重要。具体来讲，有三个方面："],
        [
          point(2, "第一，", "这是推进事业的重要法宝", [
            "我们党是靠群众工作起家的。毛泽东说，“群众是真正的英雄，而我们自己则往往是幼稚可笑的。”这句话我们要牢记。2023年，全市新增就业岗位12000个。",
          ]),
          point(2, "第二，", "这是改革发展稳定的重要力量", ["改革开放四十多年来取得了巨大成就。"]),
        ],
      ),
      point(
        1,
        "二、",
        "突出重点，扎实推进各项工作",
        ["当前，我市工作中最突出的问题是能力不足。"],
        [
          point(2, "一是", "服务意识不强", [], [], true),
          point(2, "二是", "工作方法陈旧", [], [], true),
          point(2, "三是", "制度执行不严", [], [], true),
        ],
      ),
      point(1, "三、", "加强领导，提供坚强保障"),
    ],
    closing: ["同志们，让我们团结一心，开拓进取，为建设美好家园而努力奋斗！", "谢谢大家！"],
  });

export const englishOutline = (): Outline =>
  outline({
    script: "en",
    title: "Annual Meeting Address",
    preamble: ["Good morning, everyone. Today I want to talk about three things."],
    points: [
      point(1, "1.", "Where we stand, and what we learned", [
        "We grew faster than any year before, and the numbers show it clearly to everyone in this room today. Revenue rose by 12 percent in 2024. Our teams shipped more than they ever had, while keeping quality high and costs under control for the whole year.",
      ]),
      point(
        1,
        "2.",
        "What comes next",
        [],
        [
          point(2, "2.1", "Hiring", [
            'We will hire carefully and train well. As Lincoln said, "Give me six hours to chop down a tree and I will spend the first four sharpening the axe." Training comes first.',
          ]),
          point(2, "2.2", "Tools", ["Better tools make better work."]),
        ],
      ),
    ],
    closing: ["Thank you all for your work this year."],
  });

/** Every character of the outline in speech order: what the notes of a plan must add up to. */
export function outlineText(o: Outline): string {
  const walk = (p: Point): string =>
    withMarker(p.marker, p.heading) + p.terminator + p.paragraphs.join("") + p.children.map(walk).join("");
  return (o.title ?? "") + o.preamble.join("") + o.points.map(walk).join("") + o.closing.join("");
}
