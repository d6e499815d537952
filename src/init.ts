import { copyFileSync } from "node:fs";
import { join } from "node:path";
import {
  ASPECTS,
  BUILTIN_THEMES,
  CHINESE_SCRIPTS,
  DEFAULTS,
  HANDOUT_LAYOUTS,
  PAPER_SIZES,
  SLIDE_LAYOUTS,
} from "./config/values.js";
import { namesIn, statOrNull } from "./files.js";
import { ensureDir, writeError, writeFileAtomic } from "./output.js";
import { builtinTemplatesDir } from "./render/index.js";

const EXAMPLE_SPEECH = `---
title: 在季度工作会议上的讲话
speaker: 张明
date: 2025-04-01
---
同志们：

今天召开季度工作会议，主要任务是总结一季度工作，部署下一阶段任务。

一、一季度工作回顾

一季度，全体同志齐心协力，各项工作开局良好。主要指标完成了年度计划的26%。

二、下一阶段重点任务

（一）抓好项目建设。要盯紧重点项目，确保按期开工。

（二）抓好安全生产。一是压实责任；二是排查隐患；三是加强演练。

同志们，任务艰巨，责任重大。让我们撸起袖子加油干！

谢谢大家！
`;

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

/** The starter config file, written from the settings' own choices and defaults. */
const CONFIG = `// podium's settings for the speeches in this folder (and below it). Every key is optional:
// front matter in a speech beats this file, and command-line flags beat both.
export default {
  // Title slide and handout header; by default the speech's own title line.
  // title: "在季度工作会议上的讲话",
  // subtitle: "",
  // speaker: "",
  // organisation: "",
  // date: "2025-04-01",
  // venue: "",

  // Look: ${BUILTIN_THEMES.join(", ")} — \`podium themes\` lists them.
  theme: "${DEFAULTS.theme}",
  // Slide shape: ${quoted(ASPECTS)} (4:3 for older projectors).
  aspect: "${DEFAULTS.aspect}",
  // Your copies of the templates (only the files you change are needed).
  templates: "templates",

  // Slides a handout page: ${quoted(HANDOUT_LAYOUTS)} ("3" has lines for notes, "notes" the full notes).
  handoutLayout: "${DEFAULTS.handoutLayout}",
  // Paper: ${quoted(PAPER_SIZES)}.
  paper: "${DEFAULTS.paper}",
  // Slides PDF with each slide's speaker notes on the page after it.
  notes: ${DEFAULTS.notes},

  // Speaking rate for the timings in the speaker view.
  cjkCharsPerMinute: ${DEFAULTS.cjkCharsPerMinute},
  wordsPerMinute: ${DEFAULTS.wordsPerMinute},

  // Where decks go: <output>/<name>/index.html.
  output: "${DEFAULTS.output}",
  // One self-contained HTML file instead of a folder.
  singleFile: ${DEFAULTS.singleFile},
  // Also an editable PowerPoint file, <output>/<name>/<name>.pptx, for the hall's computer.
  pptx: ${DEFAULTS.pptx},

  // Convert Chinese to ${quoted(CHINESE_SCRIPTS)} (default: keep the speech's own script).
  // script: "${CHINESE_SCRIPTS[0]}",
  // Read every speech in this encoding instead of detecting it.
  // encoding: "gb18030",
  // The browser to print PDFs with (default: found automatically).
  // browserPath: "/usr/bin/chromium",
  // Seconds one deck may take in the browser.
  timeout: ${DEFAULTS.timeout},
  // \`podium serve\`'s port on 127.0.0.1.
  port: ${DEFAULTS.port},

  // A layout for a point, by its marker: ${quoted(SLIDE_LAYOUTS)}
  // (\`podium outline speech.txt --slides\` shows the layouts podium chose, and why).
  // layouts: { "三、": "cards" },
  // false: every point slide a plain list, unless layouts names one.
  // autoLayouts: ${DEFAULTS.autoLayouts},
  // false: figures drawn like the rest of the text, not in the accent colour.
  // emphasis: ${DEFAULTS.emphasis},
};
`;

export interface InitResult {
  written: string[];
  skipped: string[];
}

/** A starter folder: an example speech, a commented config, and the templates to edit. Never overwrites. */
export async function initProject(dir: string): Promise<InitResult> {
  const result: InitResult = { written: [], skipped: [] };
  const put = async (path: string, write: () => Promise<void> | void) => {
    if (statOrNull(path)) {
      result.skipped.push(path);
      return;
    }
    await write();
    result.written.push(path);
  };
  await ensureDir(join(dir, "slides"));
  await put(join(dir, "slides", "example.md"), () =>
    writeFileAtomic(join(dir, "slides", "example.md"), EXAMPLE_SPEECH),
  );
  await put(join(dir, "podium.config.mjs"), () => writeFileAtomic(join(dir, "podium.config.mjs"), CONFIG));
  for (const folder of ["layouts", "partials", "themes", "handouts"]) {
    const from = join(builtinTemplatesDir(), folder);
    const names = namesIn(from);
    await ensureDir(join(dir, "templates", folder));
    for (const name of names) {
      const target = join(dir, "templates", folder, name);
      await put(target, () => {
        try {
          copyFileSync(join(from, name), target);
        } catch (error) {
          throw writeError(target, error);
        }
      });
    }
  }
  return result;
}
