import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { repo } from "./cli.js";

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

/** The CLI bundle bin/podium.js runs (scripts/bundle.mjs). */
const bundle = join(repo, "lib", "cli", "podium.cjs");

/**
 * True when some src/*.ts is newer than its compiled lib/*.js (or has none), or newer than the CLI
 * bundle; a template newer than the bundle counts too, since the bundle carries them precompiled.
 */
function libIsStale(): boolean {
  if (!existsSync(bundle)) return true;
  const bundled = statSync(bundle).mtimeMs;
  const sources = walk(join(repo, "src")).filter((f) => f.endsWith(".ts"));
  return (
    sources.some((f) => {
      const out = join(repo, "lib", relative(join(repo, "src"), f).replace(/\.ts$/u, ".js"));
      const changed = statSync(f).mtimeMs;
      return !existsSync(out) || statSync(out).mtimeMs < changed || bundled < changed;
    }) ||
    walk(join(repo, "templates")).some((f) => statSync(f).mtimeMs > bundled) ||
    statSync(join(repo, "scripts", "bundle.mjs")).mtimeMs > bundled
  );
}

/**
 * Rebuilds lib/ and the CLI bundle when a source is newer (they are made by `npm ci` and the test
 * set-up; tests/global-setup.ts calls this once before any test file runs). Returns the compiler's
 * and the bundler's output.
 */
export function ensureCompiledCli(): string {
  if (!libIsStale()) return "";
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { encoding: "utf8", cwd: repo });
    return { ok: result.status === 0, output: result.stdout + result.stderr };
  };
  const tsc = run([
    join(repo, "node_modules", "typescript", "bin", "tsc"),
    "-p",
    join(repo, "tsconfig.build.json"),
  ]);
  if (!tsc.ok) return tsc.output;
  return tsc.output + run([join(repo, "scripts", "bundle.mjs")]).output;
}
