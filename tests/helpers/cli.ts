import { spawnSync } from "node:child_process";
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

/** Runs the compiled CLI (bin/podium.js → lib/) as a user would. */
export function runSubprocess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
): CliRun {
  const result = spawnSync(
    process.execPath,
    [...(options.nodeArgs ?? []), join(repo, "bin", "podium.js"), ...args],
    {
      cwd: options.cwd ?? repo,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
