import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource } from "../src/ingest/index.js";
import { buildOutline, outlineJson } from "../src/outline/index.js";

// Golden fixtures: tests/fixtures/outline/<case>/{input.*, outline.json}. Write or regenerate them on
// purpose only, with UPDATE=1, and review the diff like code.
const root = join(import.meta.dirname, "fixtures", "outline");
const cases = readdirSync(root).sort();

describe("outline golden fixtures", () => {
  it.each(cases)("%s", async (name) => {
    const dir = join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith("input."));
    if (!input) throw new Error(`${dir} has no input file`);
    const actual = outlineJson(buildOutline(await readSource(join(dir, input))));
    const expectedPath = join(dir, "outline.json");
    if (process.env.UPDATE === "1") writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    // A case without its reviewed outline is an error, not a pass: write it with UPDATE=1 and review it.
    if (!existsSync(expectedPath))
      throw new Error(`${expectedPath} is missing: run with UPDATE=1 and review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});
