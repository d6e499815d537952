import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { repo } from "./cli.js";

/** True when some src/*.ts is newer than its compiled lib/*.js (or has none). */
function libIsStale(): boolean {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return walk(join(repo, "src"))
    .filter((f) => f.endsWith(".ts"))
    .some((f) => {
      const out = join(repo, "lib", relative(join(repo, "src"), f).replace(/\.ts$/u, ".js"));
      return !existsSync(out) || statSync(out).mtimeMs < statSync(f).mtimeMs;
    });
}

/**
 * Subprocess tests run bin/podium.js, that is the compiled lib/ (built by `npm ci` and the test
 * set-up). Recompile only when a source is newer: test files run in parallel, and rewriting lib/
 * under another file's subprocess would fail it for no reason of its own. Returns tsc's output.
 */
export function ensureCompiledCli(): string {
  if (!libIsStale()) return "";
  const tsc = spawnSync(
    process.execPath,
    [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", join(repo, "tsconfig.build.json")],
    { encoding: "utf8" },
  );
  return tsc.stdout + tsc.stderr;
}
