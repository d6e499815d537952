/** Shared by the hostile-input suites: a folder per case, files in it, and a CLI build into it. */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { expect } from "vitest";
import { deepNesting } from "../../scripts/bench-workloads.mjs";
import { runInProcess, type CliRun } from "./cli.js";
import { scratchFolder } from "./scratch.js";

const scratch = scratchFolder("hostile");

let counter = 0;
/** A fresh folder per case, so a config file or an output of one case never meets another. */
export function folder(): string {
  const dir = join(scratch, `case-${++counter}`);
  mkdirSync(dir);
  return dir;
}

export function put(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export function expectOneLineError(run: CliRun, names: string, pattern: RegExp): void {
  expect(run.stderr).toMatch(/^podium: /);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(names);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

export const deckName = (input: string) => basename(input, extname(input));

/** Builds one speech to HTML with the CLI, into `<its folder>/out`. */
export async function build(input: string, extra: string[] = []) {
  const out = join(input, "..", "out");
  const run = await runInProcess(["build", input, "-o", out, "-q", ...extra]);
  return { run, out, deck: join(out, deckName(input)) };
}

export const SPEECH =
  "季度工作会议讲话\n一、回顾\n一季度开局良好，各项指标稳中有进。\n二、部署\n要抓好项目建设。\n谢谢大家！\n";

/** The bench's six-level speech (一、 > （一） > 1. > （1） > ① > an inline 一是要…二是要… series). */
export const sixLevels = () => deepNesting(2);
