import type { Script } from "../ingest/types.js";

/**
 * East-Asian fonts every Windows PC in a meeting hall has (PowerPoint and WPS both honour the run's
 * `<a:ea>` font): 微软雅黑 / 宋体 for simplified Chinese, 微軟正黑體 / 新細明體 for traditional. English
 * decks keep the simplified pair, so a Chinese name inside them still draws in a Chinese font.
 */
const EAST_ASIAN: Record<Script, { sans: string; serif: string }> = {
  "zh-Hans": { sans: "Microsoft YaHei", serif: "SimSun" },
  "zh-Hant": { sans: "Microsoft JhengHei", serif: "PMingLiU" },
  en: { sans: "Microsoft YaHei", serif: "SimSun" },
};

/** The language tag of every run and of the document (`lang` in OOXML). */
const LANGUAGE: Record<Script, string> = { "zh-Hans": "zh-CN", "zh-Hant": "zh-TW", en: "en-US" };

export type Face = "sans" | "serif";

export function eastAsianFont(script: Script, face: Face): string {
  return EAST_ASIAN[script][face];
}

export function languageTag(script: Script): string {
  return LANGUAGE[script];
}
