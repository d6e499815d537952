/**
 * The page's words in every language it speaks, in one table. The server picks a language from
 * the browser's Accept-Language; the page, when the server had no header to go by, from
 * navigator.language. Chinese comes in simplified and traditional script.
 */
import type { Script } from "../ingest/types.js";

/** The page speaks the languages podium writes decks in. */
export type PageLanguage = Script;

const EN = {
  title: "podium",
  tagline: "Speech in, slides out: everything stays on this computer.",
  bring: "Bring a speech",
  drop: "Drop a speech here (.txt, .md, .docx, .html) or choose a file",
  chooseFile: "Choose a speech file",
  paste: "Or paste the text of a speech",
  pasteButton: "Use pasted text",
  opened: "Speech",
  outline: "Outline",
  outlineHelp:
    "Arrows move; Tab demotes, Shift+Tab promotes; Enter edits the heading shown on slides; M merges into the previous point; N marks “not a point”; Esc leaves the outline.",
  deck: "Deck",
  theme: "Theme",
  aspect: "Aspect",
  handoutLayout: "Handout",
  layout: "Layout of this point's slides",
  layoutAuto: "as podium chooses",
  demote: "Demote",
  promote: "Promote",
  merge: "Merge into previous",
  notAPoint: "Not a point",
  split: "Start a new point here",
  editHeading: "Heading on slides",
  saveHeading: "Save heading",
  resetCorrections: "Undo all corrections",
  downloads: "Downloads",
  downloadHtml: "Download deck (single HTML file)",
  downloadPdf: "Download slides PDF",
  downloadHandout: "Download handout PDF",
  downloadReadingCopy: "Download reading copy PDF",
  downloadPptx: "Download PowerPoint (.pptx)",
  downloadCorrections: "Download corrections (.podium.yaml)",
  queued: "Waiting for the printer…",
  printing: "Printing…",
  ready: "Ready",
  failed: "Failed",
  points: "points",
  slides: "slides",
  minutes: "min",
  warnings: "Warnings",
  correctionsSaved: "Corrections saved to",
  correctionsInSession: "Corrections are kept for this session; download them to keep them.",
  noSpeech: "No speech yet.",
  busy: "Working…",
  paragraphs: "Paragraphs of this point",
  undo: "Undo",
  correctionLevel: "level",
  correctionHeading: "heading on slides",
  correctionLayout: "layout",
  correctionMerge: "merged into the previous point",
  correctionNotAPoint: "not a point",
  correctionSplit: "new point at",
  corrections: "Corrections",
  pastedName: "pasted speech.txt",
  opening: "Opening (before the first point)",
  corrected: "corrected",
} as const;

export type PageStrings = { readonly [K in keyof typeof EN]: string };

const ZH_HANS: PageStrings = {
  title: "podium",
  tagline: "讲话稿进，幻灯片出：所有内容都留在这台电脑上。",
  bring: "导入讲话稿",
  drop: "把讲话稿拖到这里（.txt、.md、.docx、.html），或选择文件",
  chooseFile: "选择讲话稿文件",
  paste: "或粘贴讲话稿全文",
  pasteButton: "使用粘贴的文本",
  opened: "讲话稿",
  outline: "提纲",
  outlineHelp:
    "方向键移动；Tab 降级，Shift+Tab 升级；Enter 编辑幻灯片标题；M 并入上一条；N 标为“不是要点”；Esc 离开提纲。",
  deck: "幻灯片",
  theme: "主题",
  aspect: "比例",
  handoutLayout: "讲义",
  layout: "本要点幻灯片的版式",
  layoutAuto: "由 podium 选择",
  demote: "降级",
  promote: "升级",
  merge: "并入上一条",
  notAPoint: "不是要点",
  split: "从这里另起一条",
  editHeading: "幻灯片上的标题",
  saveHeading: "保存标题",
  resetCorrections: "撤销全部更正",
  downloads: "下载",
  downloadHtml: "下载幻灯片（单个 HTML 文件）",
  downloadPdf: "下载幻灯片 PDF",
  downloadHandout: "下载讲义 PDF",
  downloadReadingCopy: "下载大字讲稿 PDF",
  downloadPptx: "下载 PowerPoint（.pptx）",
  downloadCorrections: "下载更正文件（.podium.yaml）",
  queued: "正在排队打印…",
  printing: "正在打印…",
  ready: "完成",
  failed: "失败",
  points: "个要点",
  slides: "张幻灯片",
  minutes: "分钟",
  warnings: "提示",
  correctionsSaved: "更正已保存到",
  correctionsInSession: "更正只保存在本次会话中；请下载更正文件以便保留。",
  noSpeech: "还没有讲话稿。",
  busy: "处理中…",
  paragraphs: "本要点的段落",
  undo: "撤销",
  correctionLevel: "层级",
  correctionHeading: "幻灯片标题",
  correctionLayout: "版式",
  correctionMerge: "并入上一条",
  correctionNotAPoint: "不是要点",
  correctionSplit: "另起一条：",
  corrections: "更正",
  pastedName: "粘贴的讲话稿.txt",
  opening: "开头（第一个要点之前）",
  corrected: "已更正",
};

const ZH_HANT: PageStrings = {
  title: "podium",
  tagline: "講話稿進，投影片出：所有內容都留在這台電腦上。",
  bring: "匯入講話稿",
  drop: "把講話稿拖到這裡（.txt、.md、.docx、.html），或選擇檔案",
  chooseFile: "選擇講話稿檔案",
  paste: "或貼上講話稿全文",
  pasteButton: "使用貼上的文字",
  opened: "講話稿",
  outline: "提綱",
  outlineHelp:
    "方向鍵移動；Tab 降級，Shift+Tab 升級；Enter 編輯投影片標題；M 併入上一條；N 標為「不是要點」；Esc 離開提綱。",
  deck: "投影片",
  theme: "主題",
  aspect: "比例",
  handoutLayout: "講義",
  layout: "本要點投影片的版式",
  layoutAuto: "由 podium 選擇",
  demote: "降級",
  promote: "升級",
  merge: "併入上一條",
  notAPoint: "不是要點",
  split: "從這裡另起一條",
  editHeading: "投影片上的標題",
  saveHeading: "儲存標題",
  resetCorrections: "撤銷全部更正",
  downloads: "下載",
  downloadHtml: "下載投影片（單個 HTML 檔案）",
  downloadPdf: "下載投影片 PDF",
  downloadHandout: "下載講義 PDF",
  downloadReadingCopy: "下載大字講稿 PDF",
  downloadPptx: "下載 PowerPoint（.pptx）",
  downloadCorrections: "下載更正檔案（.podium.yaml）",
  queued: "正在排隊列印…",
  printing: "正在列印…",
  ready: "完成",
  failed: "失敗",
  points: "個要點",
  slides: "張投影片",
  minutes: "分鐘",
  warnings: "提示",
  correctionsSaved: "更正已儲存到",
  correctionsInSession: "更正只保存在本次工作階段中；請下載更正檔案以便保留。",
  noSpeech: "還沒有講話稿。",
  busy: "處理中…",
  paragraphs: "本要點的段落",
  undo: "撤銷",
  correctionLevel: "層級",
  correctionHeading: "投影片標題",
  correctionLayout: "版式",
  correctionMerge: "併入上一條",
  correctionNotAPoint: "不是要點",
  correctionSplit: "另起一條：",
  corrections: "更正",
  pastedName: "貼上的講話稿.txt",
  opening: "開頭（第一個要點之前）",
  corrected: "已更正",
};

export const STRINGS: Readonly<Record<PageLanguage, PageStrings>> = {
  en: EN,
  "zh-Hans": ZH_HANS,
  "zh-Hant": ZH_HANT,
};

/**
 * The page language for one language tag (`zh-TW`, `zh-Hant-HK`, `en-GB`), or null when podium
 * has no page in it. Chinese without a script is simplified unless its region writes traditional.
 */
export function languageOfTag(tag: string): PageLanguage | null {
  const parts = tag.trim().toLowerCase().split(/[-_]/u);
  if (parts[0] === "en") return "en";
  if (parts[0] !== "zh") return null;
  if (parts.includes("hant")) return "zh-Hant";
  if (parts.includes("hans")) return "zh-Hans";
  return parts.some((p) => p === "tw" || p === "hk" || p === "mo") ? "zh-Hant" : "zh-Hans";
}

/**
 * The best page language for an Accept-Language header (`zh-TW,zh;q=0.9,en;q=0.8`), by quality
 * then order; null when the header names none podium speaks (the page then asks the browser).
 */
export function pickLanguage(acceptLanguage: string | undefined): PageLanguage | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...params] = entry.split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/u.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((e) => e.quality > 0 && !Number.isNaN(e.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return null;
}
