import iconv from "iconv-lite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource } from "../src/ingest/index.js";
import { buildOutline, type Point } from "../src/outline/index.js";
import { scratchFolder } from "./helpers/scratch.js";

const speech = join(import.meta.dirname, "..", "slides", "000_bb77306b121bf6cc.txt");
/** The example speech's outline, reviewed by hand. */
const fixture = join(import.meta.dirname, "fixtures", "example.outline.json");

interface FlatPoint {
  level: number;
  marker: string;
  heading: string;
}

// The fixture lists points flat, in reading order.
function flatten(points: readonly Point[], into: FlatPoint[] = []): FlatPoint[] {
  for (const p of points) {
    into.push({ level: p.level, marker: p.marker, heading: p.heading });
    flatten(p.children, into);
  }
  return into;
}

function expected(): { title: string; points: FlatPoint[] } {
  return JSON.parse(readFileSync(fixture, "utf8")) as { title: string; points: FlatPoint[] };
}

const text = readFileSync(speech, "utf8");
const dir = scratchFolder("example");

const variants: [string, () => Buffer][] = [
  ["UTF-8", () => Buffer.from(text, "utf8")],
  ["GB18030", () => iconv.encode(text, "gb18030")],
  ["Big5", () => iconv.encode(text, "big5")],
  ["UTF-16LE with BOM", () => iconv.encode(text, "utf16le", { addBOM: true })],
  ["UTF-16BE with BOM", () => iconv.encode(text, "utf16-be", { addBOM: true })],
  [
    "UTF-8 with BOM and CRLF",
    () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, "\r\n"))]),
  ],
];

describe("the example speech", () => {
  it.each(variants)("gives the expected outline when encoded as %s", async (name, encode) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.txt`);
    writeFileSync(file, encode());
    const outline = buildOutline(await readSource(file));
    const want = expected();
    expect(outline.title).toBe(want.title);
    expect(flatten(outline.points)).toEqual(
      want.points.map(({ level, marker, heading }) => ({ level, marker, heading })),
    );
  });

  it("reports its placeholders and garbled spans with line numbers", async () => {
    const outline = buildOutline(await readSource(speech));
    const garbled = outline.warnings.filter((w) => w.kind === "garbled").map((w) => w.line);
    const placeholders = outline.warnings.filter((w) => w.kind === "placeholder").map((w) => w.line);
    expect(garbled).toEqual(expect.arrayContaining([14, 19, 31, 33]));
    expect(placeholders).toEqual(expect.arrayContaining([7, 9, 35]));
  });

  it("keeps the closing words and drops the web page's trailer", async () => {
    const outline = buildOutline(await readSource(speech));
    expect(outline.closing.at(-1)).toBe("講完了,謝謝大家!");
    const speechText = JSON.stringify([outline.title, outline.preamble, outline.points, outline.closing]);
    expect(speechText.includes("的人還看了")).toBe(false);
    expect(speechText.includes("(wù)")).toBe(false);
  });
  it("pasted as one line, keeps every point at its level, each heading the start of the one reviewed", async () => {
    const file = join(dir, "one-line.txt");
    writeFileSync(file, text.replace(/\n/g, ""));
    const outline = buildOutline(await readSource(file));
    const got = flatten(outline.points);
    const want = expected().points;
    expect(got.map(({ level, marker }) => ({ level, marker }))).toEqual(
      want.map(({ level, marker }) => ({ level, marker })),
    );
    // Where the title runs into its paragraph with no sign of where it ends, podium keeps its first clause.
    got.forEach((point, i) => expect(want[i]?.heading.startsWith(point.heading)).toBe(true));
  });
});
