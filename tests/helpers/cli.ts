import { spawn } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

export const repo = join(import.meta.dirname, "..", "..");
export const exampleSpeech = join(repo, "slides", "000_bb77306b121bf6cc.txt");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, capturing what it prints. */
export async function runInProcess(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, tty: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Runs the compiled CLI (bin/podium.js → lib/) as a user would, or a copy of it (`root`).
 * Asynchronous on purpose: a test worker blocked in a long synchronous call misses its own messages
 * to vitest on a busy machine.
 */
export function runSubprocess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[]; root?: string } = {},
): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), join(options.root ?? repo, "bin", "podium.js"), ...args],
    {
      cwd: options.cwd ?? repo,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
