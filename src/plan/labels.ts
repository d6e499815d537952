import type { Script } from "../ingest/types.js";

/** The few words podium itself puts on slides, per script (everything else comes from the speech). */
export interface Labels {
  continued: string;
  agenda: string;
  thanks: string;
  /** `約 N 分鐘` in the speaker notes' header. */
  minutes: (n: number) => string;
}

const LABELS: Record<Script, Labels> = {
  "zh-Hans": { continued: "（续）", agenda: "主要内容", thanks: "谢谢", minutes: (n) => `约 ${n} 分钟` },
  "zh-Hant": { continued: "（續）", agenda: "主要內容", thanks: "謝謝", minutes: (n) => `約 ${n} 分鐘` },
  en: { continued: " (cont.)", agenda: "Outline", thanks: "Thank you", minutes: (n) => `about ${n} min` },
};

export function labelsFor(script: Script): Labels {
  return LABELS[script];
}
