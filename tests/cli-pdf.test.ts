/** The CLI's PDF commands as a user runs them: the compiled bin/podium.js, a real Chromium. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repo, runSubprocess } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("cli-pdf");
const speech = (name: string) => {
  const path = join(scratch, name);
  writeFileSync(path, "讲话\n一、第一部分\n内容一。\n二、第二部分\n内容二。\n");
  return path;
};

describe("PDF commands as a subprocess", () => {
  it("loads Puppeteer when a PDF is asked for (the import trace that finds none in HTML runs)", async () => {
    const log = join(scratch, "imports-pdf.log");
    writeFileSync(log, "");
    const run = await runSubprocess(
      ["build", speech("tiny.txt"), "-o", join(scratch, "sub-pdf"), "-q", "--pdf"],
      {
        nodeArgs: ["--import", join(repo, "tests", "helpers", "trace-imports.mjs")],
        env: { PODIUM_TRACE_IMPORTS: log },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(log, "utf8")).toContain("puppeteer-core");
  });

  it("pdf writes the slides PDF, the handout and the reading copy", async () => {
    const out = join(scratch, "pdf-cmd");
    const run = await runSubprocess(["pdf", speech("pdf-cmd.txt"), "-o", out, "-q"]);
    expect(run.code, run.stderr).toBe(0);
    for (const name of ["pdf-cmd.pdf", "pdf-cmd-handout.pdf", "pdf-cmd-reading-copy.pdf"]) {
      expect(
        readFileSync(join(out, "pdf-cmd", name))
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    }
  });
});
