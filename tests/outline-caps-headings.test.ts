import { describe, expect, it } from "vitest";
import { buildOutline } from "../src/outline/index.js";
import { plainSource } from "./helpers/plain-source.js";
import { pointTree } from "./helpers/outline-text.js";

const talk = (...lines: string[]) =>
  buildOutline({ ...plainSource(["A Talk on Ferries", "", ...lines].join("\n\n")), script: "en" });

describe("capitals lines heading the sections of English plain text", () => {
  it("several short capitals lines between paragraphs are a family of headings", () => {
    const outline = talk(
      "Good evening, and thank you for having me.",
      "WHERE WE STARTED",
      "Ten years ago the ferry ran twice a day.",
      "[APPLAUSE]",
      "WHAT WE CHANGED",
      "We bought a second boat and hired local crews.",
      "WHAT COMES NEXT",
      "A third crossing opens in the spring.",
    );
    expect(pointTree(outline.points)).toEqual(["|WHERE WE STARTED", "|WHAT WE CHANGED", "|WHAT COMES NEXT"]);
  });

  it("one or two capitals lines, stage directions and a quoted sign are no headings", () => {
    const outline = talk(
      "Good evening, and thank you for having me.",
      "WHERE WE STARTED",
      "Ten years ago the ferry ran twice a day.",
      "APPLAUSE",
      "A sign on the pier read:",
      '"NO FISHING FROM THE RAMP"',
      "We bought a second boat and hired local crews.",
      "WHAT COMES NEXT",
      "A third crossing opens in the spring.",
    );
    expect(outline.points.every((p) => p.marker === "" && p.children.length === 0)).toBe(true);
    expect(outline.warnings.map((w) => w.message).join()).toContain("no structure found");
  });
});
