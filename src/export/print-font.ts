/**
 * Print with subsets of the page's OpenType CFF system fonts (Noto Sans CJK, Source Han Sans).
 * Chromium writes such a font into the PDF glyph by glyph, and the time it takes grows with the
 * whole font (65,000 glyphs), not only with the text; the same face cut down to the page's
 * characters prints several times faster and looks exactly the same (docs/design.md, "Printing").
 *
 * Only the page about to print gets the subsets; the deck itself never carries a web font. When
 * anything fails (no fontconfig, a font HarfBuzz cannot read, a subset Chromium refuses) the page
 * prints with the system fonts, as it would have.
 */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Page } from "puppeteer-core";
import type { BrowserSession } from "./browser.js";
import { faceStyle, prepareSubsetter, subsetFontFile } from "./font-subset.js";
import { offerFile } from "./load.js";
import type { DrawnText } from "./options.js";

const run = promisify(execFile);

/** An attribute marking the elements whose rendered fonts are asked for. */
const PROBE = "data-podium-font-probe";
/** An attribute marking the hidden elements that stand for text drawn outside the DOM. */
const DRAWN = "data-podium-drawn-text";

/** One face of a font file on disk. */
interface FontFile {
  file: string;
  index: number;
}

/** A system face the page renders text with, and its file. */
interface UsedFace extends FontFile {
  family: string;
  postScriptName: string;
}

/** A subset made in this session, kept for the session's other pages. */
interface Subset {
  chars: Set<string>;
  bytes: Uint8Array;
  path: string;
  weight: number;
  italic: boolean;
}

/** What the page needs to use a subset in place of a system face. */
interface PrintFace {
  family: string;
  postScriptName: string;
  weight: number;
  italic: boolean;
  /** The subset's address for the page: a file URL, or a data URL where files are out of reach. */
  url: string;
}

/** Per session: the CFF fonts fontconfig knows, and the subsets made so far (by file and face). */
interface SessionFonts {
  cff: Promise<Map<string, FontFile>>;
  subsets: Map<string, Promise<Subset | undefined>>;
}

const sessions = new WeakMap<BrowserSession, SessionFonts>();
/** Subsets made in this process, for their file names. */
let subsetCount = 0;

function fontsOf(session: BrowserSession): SessionFonts {
  let fonts = sessions.get(session);
  if (!fonts) {
    fonts = { cff: cffFonts(session.env), subsets: new Map() };
    sessions.set(session, fonts);
  }
  return fonts;
}

/**
 * The CFF-outline fonts fontconfig knows, by PostScript name (the name Chromium reports for a
 * rendered font). Empty without fontconfig (macOS, Windows).
 */
async function cffFonts(env: NodeJS.ProcessEnv): Promise<Map<string, FontFile>> {
  const byName = new Map<string, FontFile>();
  try {
    const { stdout } = await run(
      "fc-list",
      ["-f", "%{postscriptname}\\t%{file}\\t%{index}\\n", ":fontformat=CFF"],
      { env, timeout: 10_000, maxBuffer: 16 * 1024 * 1024 },
    );
    for (const line of stdout.split("\n")) {
      const [name, file, index] = line.split("\t");
      if (name && file && index && /^\d+$/u.test(index) && !byName.has(name)) {
        byName.set(name, { file, index: Number(index) });
      }
    }
  } catch {
    // No fontconfig: nothing to replace.
  }
  return byName;
}

/**
 * In the page: marks one element for each look of text (font-family list, weight, style, and
 * whether its text goes beyond Latin-1, since other characters may come from another font of the
 * list).
 */
function markProbes(attribute: string): void {
  const seen = new Set<string>();
  for (const element of Array.from(document.querySelectorAll("body *"))) {
    let text = "";
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? "";
    }
    if (text.trim() === "") continue;
    const style = getComputedStyle(element);
    const wide = /[\u0100-\u{10ffff}]/u.test(text);
    const key = [style.fontFamily, style.fontWeight, style.fontStyle, wide].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    element.setAttribute(attribute, "");
  }
  // Laid out now, so that the text just added is shaped and its fonts known: podium's browser draws
  // no frames (browser.ts), and nothing else would lay the page out before the fonts are asked for.
  document.body.getBoundingClientRect();
}

/**
 * In the page: a hidden element for each text the page draws outside its DOM in a font of its own
 * (margin boxes), so that the probes find that font too.
 */
function addDrawnText(attribute: string, drawn: { text: string; fontFamily: string }[]): void {
  for (const { text, fontFamily } of drawn) {
    const element = document.createElement("div");
    element.setAttribute(attribute, "");
    element.style.cssText =
      "position: absolute; visibility: hidden; font-weight: normal; font-style: normal;";
    element.style.fontFamily = fontFamily;
    element.textContent = text;
    document.body.appendChild(element);
  }
}

/**
 * The system faces Chromium renders the page's text with, as DevTools' "Rendered fonts" lists them,
 * and those of `drawn`.
 */
async function renderedSystemFaces(
  page: Page,
  drawn: readonly DrawnText[],
): Promise<{ family: string; postScriptName: string }[]> {
  const ownFonts = drawn.flatMap(({ text, fontFamily }) => (fontFamily ? [{ text, fontFamily }] : []));
  if (ownFonts.length > 0) await page.evaluate(addDrawnText, DRAWN, ownFonts);
  await page.evaluate(markProbes, PROBE);
  const client = await page.createCDPSession();
  try {
    await client.send("DOM.enable");
    await client.send("CSS.enable");
    const { root } = await client.send("DOM.getDocument", { depth: 0 });
    const { nodeIds } = await client.send("DOM.querySelectorAll", {
      nodeId: root.nodeId,
      selector: `[${PROBE}]`,
    });
    // Asked all at once, so the page lays out once for them, not again between them.
    const answers = await Promise.all(
      nodeIds.map((nodeId) => client.send("CSS.getPlatformFontsForNode", { nodeId })),
    );
    const found = new Map<string, string>();
    for (const { fonts } of answers) {
      for (const font of fonts) {
        if (!font.isCustomFont && font.postScriptName) found.set(font.postScriptName, font.familyName);
      }
    }
    return [...found].map(([postScriptName, family]) => ({ family, postScriptName }));
  } finally {
    await client.detach().catch(() => undefined);
    await page.evaluate(
      (probe: string, drawnText: string) => {
        for (const element of Array.from(document.querySelectorAll(`[${drawnText}]`))) element.remove();
        for (const element of Array.from(document.querySelectorAll(`[${probe}]`))) {
          element.removeAttribute(probe);
        }
      },
      PROBE,
      DRAWN,
    );
  }
}

/** C0 and C1 control characters (`\p{Cc}`): tabs and line breaks draw no glyph. */
function isControl(unit: number): boolean {
  return unit < 0x20 || (unit >= 0x7f && unit < 0xa0);
}

/**
 * The distinct characters of `texts` but control characters, as `new Set(text)` would give them.
 * A page's text and its deck's words run to hundreds of thousands of characters of which a thousand
 * or so differ: one pass over code units, each unit of the Basic Multilingual Plane looked at once.
 */
export function charactersOf(texts: readonly string[]): Set<string> {
  const seen = new Uint8Array(0x10000);
  const chars = new Set<string>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const point = unit >= 0xd800 && unit < 0xdc00 ? (text.codePointAt(i) ?? unit) : unit;
      if (point > 0xffff) {
        chars.add(String.fromCodePoint(point));
        i++;
      } else if (seen[unit] === 0) {
        seen[unit] = 1;
        if (!isControl(unit)) chars.add(String.fromCharCode(unit));
      }
    }
  }
  return chars;
}

/**
 * A subset of `face` holding every one of `chars`: one made earlier in the session when it holds
 * them all, otherwise a new one for those and the earlier one's characters together (so the
 * session's other pages can use it too). `undefined` when the face cannot be subset.
 */
async function subsetOf(
  session: BrowserSession,
  face: FontFile,
  wanted: ReadonlySet<string>,
): Promise<Subset | undefined> {
  const { subsets } = fontsOf(session);
  const key = `${face.index}:${face.file}`;
  const earlier = await subsets.get(key);
  if (earlier && [...wanted].every((char) => earlier.chars.has(char))) return earlier;
  const chars = new Set(wanted);
  for (const char of earlier?.chars ?? []) chars.add(char);
  const made = (async (): Promise<Subset | undefined> => {
    try {
      const bytes = await subsetFontFile(face.file, face.index, [...chars].join(""));
      const style = faceStyle(bytes);
      if (!style) return undefined;
      // Numbered, not timed: subsets whose cutting waited for the subsetter to load finish in one tick.
      const path = join(session.sessionDir, `print-font-${(subsetCount += 1)}.otf`);
      await writeFile(path, bytes);
      return { chars, bytes, path, ...style };
    } catch {
      return undefined;
    }
  })();
  subsets.set(key, made);
  return made;
}

/**
 * In the page: each family's subsets take the family's name, so the page's CSS picks them wherever
 * it names the family. Behind each subset the system face itself (`local()`) draws any character
 * the subset lacks. A family is taken only when all its faces load: half a family would give its
 * other weights a synthesized look.
 */
async function installFaces(faces: PrintFace[]): Promise<void> {
  const families = new Map<string, PrintFace[]>();
  for (const face of faces) families.set(face.family, [...(families.get(face.family) ?? []), face]);
  // FontFaceSet is set-like; TypeScript's DOM types leave out its Set methods.
  const set = document.fonts as unknown as Set<FontFace>;
  for (const [family, members] of families) {
    const loaded: FontFace[] = [];
    try {
      for (const face of members) {
        const descriptors = { weight: String(face.weight), style: face.italic ? "italic" : "normal" };
        const subset = new FontFace(family, `url(${JSON.stringify(face.url)})`, descriptors);
        const whole = new FontFace(family, `local(${JSON.stringify(face.postScriptName)})`, descriptors);
        await subset.load();
        const wholeLoaded = await whole.load().then(
          () => true,
          () => false,
        );
        // Of faces alike, the one added last is tried first for a character: the subset.
        if (wholeLoaded) loaded.push(whole);
        loaded.push(subset);
      }
    } catch {
      continue;
    }
    for (const face of loaded) set.add(face);
  }
  await document.fonts.ready;
}

/**
 * A subset's address for a page that is not a file: served with the page when podium serves it,
 * otherwise inline (a page of podium's own, set from a string).
 */
function addressFor(page: Page, subset: Subset): string {
  return (
    offerFile(page, basename(subset.path), subset.bytes) ??
    `data:font/otf;base64,${Buffer.from(subset.bytes).toString("base64")}`
  );
}

/**
 * Whether subsets pay in the session's browser. The full browser writes a CFF system face into the
 * PDF several times slower than a subset of it (the example's slides: page.pdf() 2.5 s, 0.4 s with
 * subsets). Chromium's headless shell writes the whole face about as fast as a subset, so there
 * finding the faces, cutting and loading subsets and laying the page out again in them only delayed
 * each print (the example's slides about 0.3 s, ten decks in one run about a second); its pages
 * print with the system fonts, the same pages and text in a somewhat larger file.
 */
export function printFontsPay(session: Pick<BrowserSession, "executablePath">): boolean {
  return !/headless[-_]shell/iu.test(basename(session.executablePath));
}

/**
 * Starts what every print of the session needs (fontconfig's list of CFF fonts and, when there are
 * any, the subsetter's compile and first run), so that it runs while the pages load rather than after.
 */
export function preparePrintFonts(session: BrowserSession): Promise<Map<string, FontFile>> {
  const { cff } = fontsOf(session);
  void cff.then((files) => {
    const [sample] = files.values();
    if (sample) prepareSubsetter(sample);
  });
  return cff;
}

/**
 * Before `page.pdf`: the system CFF faces the page renders give way to subsets of them for the
 * page's characters and those of `drawn` (text the page gets later, or draws in its margins). Never
 * throws; on any failure the page keeps the system fonts.
 */
export async function usePrintFonts(
  session: BrowserSession,
  page: Page,
  drawn: readonly DrawnText[] = [],
): Promise<void> {
  try {
    const cff = preparePrintFonts(session);
    const rendered = await renderedSystemFaces(page, drawn);
    const files = await cff;
    const used: UsedFace[] = rendered.flatMap((face) => {
      const file = files.get(face.postScriptName);
      return file ? [{ ...face, ...file }] : [];
    });
    if (used.length === 0) return;
    const pageText = await page.evaluate(() => document.documentElement.textContent ?? "");
    const chars = charactersOf([pageText, ...drawn.map((item) => item.text)]);
    // A page from a file reads the subsets from the session folder; others get them from podium.
    const fromFile = page.url().startsWith("file:");
    const faces: PrintFace[] = [];
    for (const face of used) {
      const subset = await subsetOf(session, face, chars);
      if (!subset) continue;
      const url = fromFile ? pathToFileURL(subset.path).href : addressFor(page, subset);
      faces.push({ ...face, weight: subset.weight, italic: subset.italic, url });
    }
    if (faces.length > 0) await page.evaluate(installFaces, faces);
  } catch {
    // The system fonts print as they are.
  }
}
