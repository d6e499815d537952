/** A speech that tries to inject markup, for the escaping tests (unit and browser). */
import type { Outline } from "../src/outline/types.js";
import { outline, point } from "./plan-outlines.js";

export const HOSTILE = {
  script: "<script>window.__pwned = 1</script>",
  img: '<img src=x onerror="window.__pwned = 2">',
  link: '<a href="javascript:window.__pwned=3">點我</a>',
  mustache: "{{title}}",
  section: "</section>",
};

export const hostileOutline = (): Outline =>
  outline({
    script: "zh-Hans",
    title: `标题${HOSTILE.mustache}${HOSTILE.script}`,
    preamble: [`开场白${HOSTILE.img}`],
    points: [
      point(
        1,
        "一、",
        `第一部分${HOSTILE.section}，副标题${HOSTILE.script}`,
        [`正文${HOSTILE.link}。`],
        [
          point(2, "（一）", `小标题${HOSTILE.img}`, [
            `他说${HOSTILE.mustache}很重要。${HOSTILE.script}。链接${HOSTILE.link}。`,
            `毛泽东说，“${HOSTILE.section}${HOSTILE.img}是引语里的文字。”`,
          ]),
        ],
      ),
      point(1, "二、", `第二部分${HOSTILE.mustache}`, [`结尾${HOSTILE.section}。`]),
    ],
    closing: [`谢谢${HOSTILE.script}！`],
  });
