/** `podium app` as a user starts it: the compiled CLI in a subprocess, its URL read from stdout. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { repo } from "./cli.js";

export interface RunningApp {
  url: string;
  child: ChildProcess;
  /** Everything the app wrote to stderr so far. */
  stderr(): string;
  /** Stops it with SIGINT as Ctrl-C would; resolves to its exit code. */
  stop(): Promise<number | null>;
}

export async function startAppProcess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningApp> {
  const child = spawn(process.execPath, [join(repo, "bin", "podium.js"), "app", "--port", "0", ...args], {
    cwd: options.cwd ?? repo,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const line = /^(http:\/\/\S+)\n/mu.exec(stdout);
      if (line?.[1]) resolve(line[1]);
    });
    child.once("exit", (code) => reject(new Error(`podium app exited (${code}) before serving: ${stderr}`)));
    child.once("error", reject);
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return {
    url,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill("SIGINT");
      return exited;
    },
  };
}
