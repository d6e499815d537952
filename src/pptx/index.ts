/**
 * The editable PowerPoint file: the slide plan drawn as native text and shapes (pptxgenjs), the
 * speech in each slide's notes, the theme's colours and fonts. Pure: plan, theme and options in,
 * the file's bytes out. Loaded only when a .pptx is asked for.
 */
import JSZip from "jszip";
import * as pptxgen from "pptxgenjs";
import type { Aspect } from "../config/values.js";
import type { Script } from "../ingest/types.js";
import type { SlidePlan } from "../plan/types.js";
import { displaySlide } from "../render/punctuation.js";
import { eastAsianFont, languageTag, type Face } from "./fonts.js";
import { drawSlide, FACE_TOKEN, PAGE } from "./slides.js";
import type { PptxTheme } from "./theme.js";
import { zip, type ZipEntry } from "./zip.js";

export { themeFromCss, type PptxTheme } from "./theme.js";

export interface PptxOptions {
  theme: PptxTheme;
  aspect: Aspect;
}

const LAYOUT_NAME = "podium";

type PptxClass = typeof pptxgen.default.default;

/**
 * TypeScript reads pptxgenjs's types as CommonJS (the class under `default.default`) while Node
 * loads its ES build (the class is `default`): take it wherever it is.
 */
function pptxClass(): PptxClass {
  const loaded = pptxgen.default as unknown as { default?: PptxClass };
  return loaded.default ?? (pptxgen.default as unknown as PptxClass);
}

export async function buildPptx(plan: SlidePlan, options: PptxOptions): Promise<Uint8Array> {
  const pptx = new (pptxClass())();
  const page = PAGE[options.aspect];
  pptx.defineLayout({ name: LAYOUT_NAME, width: page.w, height: page.h });
  pptx.layout = LAYOUT_NAME;
  const { info } = plan;
  pptx.title = info.title;
  // The speaker wrote the deck; else the organisation; never the generator's name.
  pptx.author = info.speaker ?? info.organisation ?? "";
  if (info.organisation) pptx.company = info.organisation;
  pptx.subject = info.subtitle ?? info.organisation ?? info.title;
  const sections = plan.slides
    .filter((s) => s.kind === "section")
    .map((s) => displaySlide(s, plan.script).title);
  plan.slides.forEach((planned, index) => {
    const slide = pptx.addSlide();
    drawSlide(slide, displaySlide(planned, plan.script), {
      theme: options.theme,
      script: plan.script,
      aspect: options.aspect,
      info,
      sections,
      number: index + 1,
      total: plan.slides.length,
    });
    // One line per paragraph of the speech; split into paragraphs after generation.
    if (planned.notes.length > 0) slide.addNotes(planned.notes.join("\n"));
  });
  const generated = (await pptx.write({ outputType: "uint8array", compression: false })) as Uint8Array;
  return finish(generated, plan.script, options.theme);
}

/**
 * What pptxgenjs cannot write, set in its output: each run's east-Asian font apart from its Latin
 * one (pptxgenjs writes one face to <a:latin>, <a:ea> and <a:cs>), notes as one paragraph per
 * paragraph of the speech, and the document's language.
 */
async function finish(bytes: Uint8Array, script: Script, theme: PptxTheme): Promise<Uint8Array> {
  const parts = await JSZip.loadAsync(bytes);
  const lang = languageTag(script);
  const change = (path: string, xml: string): string => {
    if (/^ppt\/slides\/slide\d+\.xml$/u.test(path)) return setFonts(xml, script, theme);
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/u.test(path)) return notesParagraphs(xml, lang, script);
    if (path === "docProps/core.xml")
      return xml.replace("</cp:coreProperties>", `<dc:language>${lang}</dc:language></cp:coreProperties>`);
    return xml;
  };
  const files = Object.values(parts.files).filter((file) => !file.dir);
  const entries = await Promise.all(
    files.map(async (file): Promise<ZipEntry> => {
      if (!file.name.endsWith(".xml")) return { name: file.name, data: await file.async("uint8array") };
      return { name: file.name, data: Buffer.from(change(file.name, await file.async("string")), "utf8") };
    }),
  );
  return zip(entries);
}

const FACE_RUN =
  /<a:latin typeface="(podium-(?:sans|serif))"[^>]*\/><a:ea typeface="\1"[^>]*\/><a:cs typeface="\1"[^>]*\/>/gu;

function setFonts(xml: string, script: Script, theme: PptxTheme): string {
  const fonted = xml.replace(FACE_RUN, (_, token: string) => {
    const face: Face = token === FACE_TOKEN.serif ? "serif" : "sans";
    return fontElements(face === "serif" ? theme.latinSerif : theme.latinSans, eastAsianFont(script, face));
  });
  if (fonted.includes("podium-")) throw new Error("pptx: a run kept its placeholder font");
  return fonted;
}

function fontElements(latin: string, eastAsian: string): string {
  return `<a:latin typeface="${escapeXml(latin)}"/><a:ea typeface="${escapeXml(eastAsian)}"/><a:cs typeface="${escapeXml(latin)}"/>`;
}

/** pptxgenjs writes the notes as one run; the speech's paragraphs become paragraphs again. */
function notesParagraphs(xml: string, lang: string, script: Script): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/u,
    (_, text: string) =>
      text
        .split(/\r?\n/u)
        .map(
          (paragraph) =>
            `<a:p><a:r><a:rPr lang="${lang}" dirty="0">${fontElements("+mn-lt", eastAsianFont(script, "sans"))}</a:rPr><a:t>${paragraph}</a:t></a:r></a:p>`,
        )
        .join(""),
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}
