import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyCorrections,
  pointAnchor,
  readCorrections,
  sidecarPath,
  writeCorrections,
  type Correction,
} from "../src/corrections/index.js";
import { readSource } from "../src/ingest/index.js";
import { buildOutline, type Outline, type Point } from "../src/outline/index.js";
import { planSlides } from "../src/plan/index.js";
import { exampleSpeech, runSubprocess } from "./helpers/cli.js";

let example: Outline;
let english: Outline;
let folder: string;

beforeAll(async () => {
  example = buildOutline(await readSource(exampleSpeech));
  english = buildOutline(
    await readSource(join(import.meta.dirname, "fixtures", "outline", "en-parts", "input.txt")),
  );
  folder = await mkdtemp(join(tmpdir(), "podium-corrections-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Points in document order. */
function flat(points: readonly Point[]): Point[] {
  return points.flatMap((p) => [p, ...flat(p.children)]);
}

/** The outline's text in document order without spaces: what no correction may change. */
function documentText(outline: Outline): string {
  const text = [
    outline.title ?? "",
    ...outline.preamble,
    ...flat(outline.points).flatMap((p) => [p.marker, p.heading, p.terminator, ...p.paragraphs]),
    ...outline.closing,
  ];
  return text.join("").replace(/\s/gu, "");
}

function levelsNeverSkip(points: readonly Point[], level = 1): boolean {
  return points.every((p) => p.level === level && levelsNeverSkip(p.children, level + 1));
}

function find(outline: Outline, anchor: string): Point {
  const point = flat(outline.points).find((p) => pointAnchor(p) === anchor);
  if (!point) throw new Error(`no point ${anchor}`);
  return point;
}

const STRENGTHEN = "(三)強化四個意識";

describe("applyCorrections", () => {
  it("leaves the outline alone when there are no corrections", () => {
    expect(applyCorrections(example, [])).toBe(example);
  });

  it("moves a point to another level with the points below it", () => {
    const before = find(example, STRENGTHEN);
    expect(before.level).toBe(2);
    const corrected = applyCorrections(example, [{ point: STRENGTHEN, level: 3 }]);
    const after = find(corrected, STRENGTHEN);
    expect(after.level).toBe(3);
    expect(after.children.map((c) => c.level)).toEqual(before.children.map(() => 4));
    // It now sits under the point before it, at the end of that point's sub-points.
    expect(find(corrected, "(二)發揮三大職能").children.at(-1)).toBe(after);
    expect(levelsNeverSkip(corrected.points)).toBe(true);
    expect(documentText(corrected)).toBe(documentText(example));
    // Pure: the outline it was given is unchanged.
    expect(find(example, STRENGTHEN).level).toBe(2);
  });

  it("never lets a level skip: a point moved deeper than the point before it allows goes one below", () => {
    const corrected = applyCorrections(example, [
      { point: "二、練好內功真功,更好地發揮群團組織的職能作用", level: 5 },
    ]);
    // The point before it is a sub-point (level 2), so it becomes a sub-point of that one.
    expect(find(corrected, "二、練好內功真功,更好地發揮群團組織的職能作用").level).toBe(3);
    expect(levelsNeverSkip(corrected.points)).toBe(true);
  });

  it("folds a merged point's heading and text into the point before it", () => {
    const merged = "第三,群團工作是加強執政能力的重要方面";
    const corrected = applyCorrections(example, [{ point: merged, merge: true }]);
    expect(flat(corrected.points).some((p) => pointAnchor(p) === merged)).toBe(false);
    const previous = find(corrected, "第二,群團工作是改革發展穩定的重要力量");
    expect(previous.paragraphs.join("")).toContain("第三,群團工作是加強執政能力的重要方面");
    expect(documentText(corrected)).toBe(documentText(example));
  });

  it("gives a merged top-level point's sub-points to the point it joined", () => {
    const second = example.points[1] as Point;
    const corrected = applyCorrections(example, [{ point: pointAnchor(second), merge: true }]);
    expect(corrected.points).toHaveLength(example.points.length - 1);
    const first = corrected.points[0] as Point;
    expect(first.children.slice(-second.children.length).map(pointAnchor)).toEqual(
      second.children.map(pointAnchor),
    );
    expect(documentText(corrected)).toBe(documentText(example));
  });

  it("makes a first point that is not a point part of the opening; its sub-points take its place", () => {
    const first = example.points[0] as Point;
    const corrected = applyCorrections(example, [{ point: pointAnchor(first), notAPoint: true }]);
    expect(corrected.preamble.join("")).toContain(first.heading);
    expect(corrected.points).toHaveLength(example.points.length - 1 + first.children.length);
    expect(levelsNeverSkip(corrected.points)).toBe(true);
    expect(documentText(corrected)).toBe(documentText(example));
  });

  it("splits a paragraph into a new point below the one it was in, with the paragraphs after it", () => {
    const host = flat(example.points).find((p) => p.paragraphs.length >= 2 && p.children.length === 0);
    if (!host) throw new Error("the example has a point with two paragraphs");
    const second = host.paragraphs[1] as string;
    const corrected = applyCorrections(example, [{ paragraph: second.slice(0, 12), split: true }]);
    const after = find(corrected, pointAnchor(host));
    expect(after.paragraphs).toEqual(host.paragraphs.slice(0, 1));
    const added = after.children[0] as Point;
    expect(added.level).toBe(host.level + 1);
    expect(added.marker).toBe("");
    expect(second.startsWith(added.heading)).toBe(true);
    expect(documentText(corrected)).toBe(documentText(example));
  });

  it("shows a chosen heading and layout on slides and keeps the speech's words in the notes", () => {
    const corrected = applyCorrections(example, [
      { point: STRENGTHEN, heading: "四個意識", layout: "cards" },
    ]);
    const point = find(corrected, STRENGTHEN);
    expect(point.heading).toBe("強化四個意識");
    const slides = planSlides(corrected, {}).slides.filter((s) => s.title.includes("四個意識"));
    const shown = slides.find((s) => s.kind === "point");
    expect(shown?.title).toBe("四個意識");
    expect(shown?.layout).toMatchObject({ name: "cards", forced: true });
    expect(shown?.notes.join("")).toContain("強化四個意識");
    expect(shown?.point).toBe("2.6");
  });

  it("finds a point renumbered since (a point added before it) by its heading", () => {
    const corrected = applyCorrections(example, [{ point: "(四)強化四個意識", level: 3 }]);
    expect(find(corrected, STRENGTHEN).level).toBe(3);
    expect(corrected.warnings).toEqual(example.warnings);
  });

  it("warns, and changes nothing, when a correction's point is no longer in the speech", () => {
    const corrected = applyCorrections(example, [
      { point: "(三)強化五個意識並且更多", level: 3 },
      { paragraph: "沒有這一段", split: true },
    ]);
    expect(documentText(corrected)).toBe(documentText(example));
    expect(corrected.points).toEqual(example.points);
    const added = corrected.warnings.slice(example.warnings.length).map((w) => w.message);
    expect(added).toHaveLength(2);
    expect(added[0]).toContain("(三)強化五個意識並且更多");
    expect(added[1]).toContain("沒有這一段");
  });

  it("tells apart points with the same text by occurrence", () => {
    const repeated = flat(english.points).map(pointAnchor);
    const anchor = repeated[0] as string;
    const outline: Outline = {
      ...english,
      points: [...english.points, { ...(english.points[0] as Point), children: [], line: 999 }],
    };
    const corrected = applyCorrections(outline, [{ point: anchor, occurrence: 1, heading: "Again" }]);
    const same = flat(corrected.points).filter((p) => pointAnchor(p) === anchor);
    expect(same.map((p) => p.slideHeading)).toEqual([undefined, "Again"]);
  });

  it("keeps every character in document order and levels that never skip, whatever the corrections", () => {
    const outlines = [example, english];
    const correction = (anchors: string[], paragraphs: string[]) =>
      fc.oneof(
        fc.record({ point: fc.constantFrom(...anchors), level: fc.integer({ min: 1, max: 6 }) }),
        fc.record({ point: fc.constantFrom(...anchors), merge: fc.constant(true as const) }),
        fc.record({ point: fc.constantFrom(...anchors), notAPoint: fc.constant(true as const) }),
        fc.record({ point: fc.constantFrom(...anchors), heading: fc.string({ minLength: 1 }) }),
        fc.record({
          paragraph: fc.constantFrom(...paragraphs).map((p) => p.slice(0, 10)),
          split: fc.constant(true as const),
        }),
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: outlines.length - 1 }).chain((index) => {
          const outline = outlines[index] as Outline;
          const points = flat(outline.points);
          const paragraphs = points.flatMap((p) => p.paragraphs).filter((p) => p.trim().length > 0);
          return fc.tuple(
            fc.constant(outline),
            fc.array(correction(points.map(pointAnchor), paragraphs), { maxLength: 8 }),
          );
        }),
        ([outline, corrections]) => {
          const corrected = applyCorrections(outline, corrections as Correction[]);
          expect(documentText(corrected)).toBe(documentText(outline));
          expect(levelsNeverSkip(corrected.points)).toBe(true);
        },
      ),
    );
  });
});

describe("the .podium.yaml sidecar", () => {
  it("lives beside the speech, named after it", () => {
    expect(sidecarPath(join("talks", "2026 budget.docx"))).toBe(join("talks", "2026 budget.podium.yaml"));
    expect(sidecarPath("notes")).toBe("notes.podium.yaml");
  });

  it("reads back what was written, in order", async () => {
    const path = join(folder, "round-trip.podium.yaml");
    const corrections: Correction[] = [
      { point: STRENGTHEN, level: 3, heading: "四個意識: 政治、創新", layout: "cards" },
      { point: "第三,群團工作", occurrence: 1, merge: true },
      { paragraph: "# not a comment", split: true },
    ];
    await writeCorrections(path, corrections);
    // A person opening the file learns what it is before the list.
    expect(await readFile(path, "utf8")).toMatch(
      /^# How podium should read the speech[^\n]*\n#[^\n]*\ncorrections:\n/u,
    );
    expect(await readCorrections(path)).toEqual(corrections);
  });

  it("is absent for a speech nobody corrected", async () => {
    expect(await readCorrections(join(folder, "none.podium.yaml"))).toBeNull();
  });

  it.each([
    ["YAML that does not parse", "corrections: [", "not valid YAML"],
    ["no point or paragraph", "corrections:\n  - level: 2\n", "give either `point`"],
    ["a level out of range", "corrections:\n  - point: 一、\n    level: 0\n", '"corrections.0.level"'],
    ["an unknown layout", "corrections:\n  - point: 一、\n    layout: slideshow\n", '"corrections.0.layout"'],
    ["nothing to change", "corrections:\n  - point: 一、\n", "say what to change"],
    [
      "a paragraph without split",
      "corrections:\n  - paragraph: 一、\n",
      "`split: true` goes with `paragraph`",
    ],
    ["an unknown key", "corrections:\n  - point: 一、\n    colour: red\n", "colour"],
    ["another list", "points: []\n", "points"],
    ["YAML aliases", "corrections:\n  - &c {point: 一、, level: 2}\n  - *c\n", "not valid YAML"],
    ["over 1 MB", `corrections:\n${"  - point: 一、\n    level: 2\n".repeat(60_000)}`, "too large"],
  ])("refuses %s with a one-line error naming the file", async (_case, text, what) => {
    const path = join(folder, "bad.podium.yaml");
    await writeFile(path, text);
    const error = await readCorrections(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.startsWith(`${path}: `)).toBe(true);
    expect(message).toContain(what);
    expect(message).not.toContain("\n");
  });
});

describe("commands read the sidecar beside the speech", () => {
  it("podium outline and podium build show the corrected outline; a broken sidecar stops them", async () => {
    const speech = join(folder, "talk.txt");
    await writeFile(speech, await readFile(exampleSpeech));
    await writeCorrections(sidecarPath(speech), [{ point: STRENGTHEN, level: 3, heading: "四個意識" }]);

    const outline = await runSubprocess(["outline", speech, "--json"]);
    expect(outline.code).toBe(0);
    const json = JSON.parse(outline.stdout) as {
      points: {
        heading: string;
        children: { heading: string; children: { heading: string; level: number }[] }[];
      }[];
    };
    const second = json.points[1]?.children ?? [];
    expect(second.map((c) => c.heading)).not.toContain("強化四個意識");
    expect(second.at(-1)?.children.at(-1)).toMatchObject({ heading: "強化四個意識", level: 3 });

    const out = join(folder, "out");
    const build = await runSubprocess(["build", speech, "-o", out]);
    expect(build.code).toBe(0);
    const html = await readFile(join(out, "talk", "index.html"), "utf8");
    expect(html).toMatch(/data-point="2\.5\.4"[^>]*>[\s\S]*?四個意識/u);

    await writeFile(sidecarPath(speech), "corrections:\n  - point: 一、\n    level: many\n");
    const broken = await runSubprocess(["outline", speech]);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain("talk.podium.yaml");
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);
  });
});
