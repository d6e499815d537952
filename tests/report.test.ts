import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processIO, type CliIO } from "../src/cli/io.js";
import { Reporter } from "../src/cli/report.js";
import { exampleSpeech, repo } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("report");

function recorder(tty: boolean, color = tty): { io: CliIO; err: () => string } {
  let err = "";
  return { io: { stdout: () => {}, stderr: (t) => void (err += t), tty, color }, err: () => err };
}

describe("terminal output", () => {
  it("colours only a terminal, and never under NO_COLOR", () => {
    expect(processIO({ isTTY: true }, {}).color).toBe(true);
    expect(processIO({ isTTY: true }, { NO_COLOR: "1" }).color).toBe(false);
    expect(processIO({ isTTY: false }, {}).color).toBe(false);
  });

  it("rewrites one progress line on a terminal and prints plain lines elsewhere", () => {
    const tty = recorder(true);
    const onTty = new Reporter(tty.io, "normal");
    onTty.stage("talk.txt", "HTML");
    onTty.stage("talk.txt", "PDF");
    onTty.summary(["talk.txt: 12 slides"]);
    expect(tty.err()).toContain("\r\u001b[2K");
    expect(tty.err().endsWith("talk.txt: 12 slides\n")).toBe(true);

    const piped = recorder(false);
    const plain = new Reporter(piped.io, "normal");
    plain.stage("talk.txt", "HTML");
    plain.warnings("talk.txt", [
      { line: 3, message: 'placeholder "xx" left', kind: "placeholder" },
      { line: 4, message: "removed 2 pinyin annotations", kind: "cleanup" },
    ]);
    plain.summary(["done"]);
    expect(piped.err()).not.toContain("\u001b");
    expect(piped.err()).toBe(
      "warning talk.txt: 1 placeholders, 1 clean-up notes (web debris, pinyin) (`podium check talk.txt` lists them)\ndone\n",
    );

    const verbose = recorder(false);
    const loud = new Reporter(verbose.io, "verbose");
    loud.stage("talk.txt", "HTML");
    loud.warnings("talk.txt", [{ line: 3, message: 'placeholder "xx" left', kind: "placeholder" }]);
    expect(verbose.err()).toBe('talk.txt: HTML…\nwarning talk.txt:3: placeholder "xx" left\n');

    const quiet = recorder(false);
    const silent = new Reporter(quiet.io, "quiet");
    silent.stage("talk.txt", "HTML");
    silent.summary(["done"]);
    expect(quiet.err()).toBe("");
  });

  it("shows a progress line and colours in a real terminal (pty), and none when NO_COLOR is set", () => {
    const out = mkdtempSync(join(scratch, "tty-"));
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync("script", ["-qec", `node bin/podium.js build ${exampleSpeech} -o ${out}`, "/dev/null"], {
        cwd: repo,
        env: { ...process.env, ...env },
        encoding: "utf8",
      });
    const colored = run({ NO_COLOR: "" });
    expect(colored.status).toBe(0);
    expect(colored.stdout).toContain("\r\u001b[2K");
    expect(colored.stdout).toContain("\u001b[33m");
    const plain = run({ NO_COLOR: "1" });
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain("\u001b[33m");
  });
});
