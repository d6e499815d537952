// Synthetic speeches for the benchmark: real marker grammars at sizes and shapes a test would not
// hold in the repository.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
export const exampleSpeech = join(root, "slides", "000_bb77306b121bf6cc.txt");

/** The example speech repeated until it reaches `bytes` (numbering restarts each copy). */
export function repeatedSpeech(bytes) {
  const body = readFileSync(exampleSpeech, "utf8");
  const copies = Math.max(1, Math.ceil(bytes / Buffer.byteLength(body)));
  return Array.from({ length: copies }, () => body).join("\n");
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cn = (n) =>
  n <= 10
    ? CN[n - 1]
    : n < 20
      ? `十${CN[n - 11] ?? ""}`
      : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ""}`;
const SENTENCE = "要坚持问题导向，把各项工作落到实处，确保取得实效。";

/** `points` numbered points: 一、 sections holding （一） items holding 1. items. */
export function manyPoints(points) {
  const lines = ["关于全面推进各项工作的讲话", "同志们："];
  let made = 0;
  for (let s = 1; made < points; s++) {
    lines.push(`${cn(((s - 1) % 99) + 1)}、第${s}部分工作`);
    made++;
    for (let i = 1; i <= 9 && made < points; i++) {
      lines.push(`（${cn(i)}）抓好第${i}项任务。${SENTENCE}`);
      made++;
      for (let j = 1; j <= 9 && made < points; j++) {
        lines.push(`${j}.落实第${j}条措施。${SENTENCE}`);
        made++;
      }
    }
  }
  lines.push("谢谢大家！");
  return lines.join("\n");
}

/** Six levels: 一、 > （一） > 1. > （1） > ① > 一是…二是 inline. */
export function deepNesting(repeat = 20) {
  const lines = ["六级结构讲话"];
  for (let a = 1; a <= repeat; a++) {
    lines.push(`${cn(((a - 1) % 99) + 1)}、第${a}方面`);
    for (let b = 1; b <= 2; b++) {
      lines.push(`（${cn(b)}）第${b}个问题`);
      for (let c = 1; c <= 2; c++) {
        lines.push(`${c}.第${c}项`);
        for (let d = 1; d <= 2; d++) {
          lines.push(`（${d}）第${d}点`);
          for (let e = 1; e <= 2; e++) lines.push(`${"①②"[e - 1]}具体要求。一是${SENTENCE}二是${SENTENCE}`);
        }
      }
    }
  }
  return lines.join("\n");
}

/** One paragraph of `chars` characters. */
export function longParagraph(chars) {
  return `长段落讲话\n一、唯一的一段\n${SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars)}\n二、结尾\n谢谢。`;
}

/** Lines of about `bytes` bytes each, without sentence breaks to split on. */
export function hugeLines(bytes, count = 2) {
  const line = "长".repeat(Math.floor(bytes / 3));
  return ["超长行讲话", ...Array.from({ length: count }, (_, i) => `${cn(i + 1)}、${line}`)].join("\n");
}

/** `count` lines of one paragraph, each ending where a wrap (or a Markdown soft break) joins it to the next. */
export function wrappedLines(count, line = (i) => `要点${i + 1}，文字文字`) {
  return Array.from({ length: count }, (_, i) => line(i)).join("\n");
}

/** A one-line paste of `count` short pieces parted by spaces (no line breaks at all). */
export function spacedPieces(count) {
  return Array.from({ length: count }, (_, i) => `要点${i} 文字文字`).join(" ");
}
