/**
 * The one template loader, as the printed outputs use it: the user's files first, podium's for the
 * rest, and every broken file named with its path and line.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PodiumError } from "../src/errors.js";
import { loadPrintTemplate } from "../src/export/templates.js";

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "podium-templates-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** A templates folder holding `handouts/<name>` with the given text. */
async function handoutsWith(folder: string, files: Record<string, string>): Promise<string> {
  const dir = join(temp, folder);
  await mkdir(join(dir, "handouts"), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, "handouts", name), text);
  return dir;
}

const handoutContext = {
  lang: "en",
  title: "Quarterly Review",
  layout: "2",
  layoutPartial: "layout-2",
  geometry: {},
  canvas: { width: 1920, height: 1080 },
  sheets: [{ slides: [{ number: 1, html: "<section>One</section>", title: "One", notes: [], lines: [] }] }],
};

describe("printed templates from --templates", () => {
  it("take the user's partial and podium's main template", async () => {
    const dir = await handoutsWith("override", { "slide.hbs": '<figure class="mine">{{number}}</figure>\n' });
    const render = await loadPrintTemplate("handout", ["layout-2", "slide", "lines"], dir);
    const html = render(handoutContext);
    expect(html).toContain('<figure class="mine">1</figure>');
    expect(html).toContain('<div class="sheet">');
  });

  it("name the file and line of a broken partial", async () => {
    const dir = await handoutsWith("broken-partial", {
      "layout-2.hbs": "{{#each slides}}\n<div>{{> slide}}</div>\n{{/if}}\n",
    });
    const load = loadPrintTemplate("handout", ["layout-2", "slide", "lines"], dir);
    await expect(load).rejects.toBeInstanceOf(PodiumError);
    await expect(load).rejects.toThrow(
      `${join(dir, "handouts", "layout-2.hbs")}:1: broken template (handouts/layout-2.hbs): each doesn't match if`,
    );
  });

  it("name the partial, not the page, when a partial fails as it runs", async () => {
    const dir = await handoutsWith("failing-partial", {
      "slide.hbs": "<figure>\n{{#each}}x{{/each}}\n</figure>\n",
    });
    const render = await loadPrintTemplate("handout", ["layout-2", "slide", "lines"], dir);
    expect(() => render(handoutContext)).toThrow(PodiumError);
    expect(() => render(handoutContext)).toThrow(
      new RegExp(`^${join(dir, "handouts", "slide.hbs")}(:\\d+)?: broken template \\(handouts/slide.hbs\\)`),
    );
  });

  it("name the file and line of a broken reading copy", async () => {
    const dir = await handoutsWith("broken-reading-copy", {
      "reading-copy.hbs": "<main>\n  <h1>{{title}</h1>\n</main>\n",
    });
    await expect(loadPrintTemplate("reading-copy", [], dir)).rejects.toThrow(
      `${join(dir, "handouts", "reading-copy.hbs")}:2: broken template (handouts/reading-copy.hbs)`,
    );
  });
});
