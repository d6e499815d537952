import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";

async function until(test: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("podium build --watch", () => {
  it("rebuilds when the speech changes, survives a bad save, and stops on abort", async () => {
    const dir = mkdtempSync(join(tmpdir(), "podium-watch-"));
    const speech = join(dir, "talk.txt");
    writeFileSync(speech, "讲话\n一、第一部分\n内容一。\n二、第二部分\n内容二。\n");
    let stderr = "";
    const io: CliIO = { stdout: () => {}, stderr: (t) => void (stderr += t), color: false, tty: false };
    const stop = new AbortController();
    const html = join(dir, "dist", "talk", "index.html");
    const running = main(["build", speech, "-o", join(dir, "dist"), "--watch", "-q"], io, {
      signal: stop.signal,
    });
    try {
      await until(() => stderr.includes("watching for changes"));
      expect(readFileSync(html, "utf8")).toContain("第一部分");
      writeFileSync(speech, "讲话\n一、新的第一部分\n内容一。\n二、第二部分\n内容二。\n");
      await until(() => readFileSync(html, "utf8").includes("新的第一部分"));
      // A save that cannot be read is reported; the last good deck stays.
      writeFileSync(speech, "");
      await until(() => stderr.includes("talk.txt"));
      expect(readFileSync(html, "utf8")).toContain("新的第一部分");
    } finally {
      stop.abort();
    }
    expect(await running).toBe(0);
  });
});
