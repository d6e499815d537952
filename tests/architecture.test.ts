/**
 * The shape of the code that keeps podium simple to change: no import cycle, one place that listens
 * for signals, stages that do not reach into the CLI.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repo } from "./helpers/cli.js";

const src = join(repo, "src");
const files = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => join(src, file));
const text = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
const rel = (file: string) => relative(src, file);

/** Modules a file loads when it runs (static and dynamic imports; `import type` is erased). */
function runtimeImports(file: string): string[] {
  const code = text.get(file) ?? "";
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"(\.[^"]+)"/gmu),
    ...code.matchAll(/\bimport\("(\.[^"]+)"\)/gu),
  ].map((match) => match[1] as string);
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier)).replace(/\.js$/u, ".ts"));
}

describe("the code's shape", () => {
  it("has no import cycle in src/", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      state.set(file, "open");
      for (const next of runtimeImports(file)) {
        if (state.get(next) === "open")
          cycles.push([...path, file, next].slice(path.indexOf(next)).map(rel).join(" → "));
        else if (!state.has(next) && text.has(next)) visit(next, [...path, file]);
      }
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("listens for signals in one place only (cli/main.ts) and never re-raises them", () => {
    // A file that names a stop signal and subscribes to process events listens for signals.
    const listeners = files.filter((file) => {
      const code = text.get(file) ?? "";
      return (
        /\bprocess\.(on|once|addListener|prependListener)\(/u.test(code) &&
        /["'`]SIG(INT|TERM|HUP)["'`]/u.test(code)
      );
    });
    expect(listeners.map(rel)).toEqual([join("cli", "main.ts")]);
    const selfKills = files.filter((file) => /process\.kill\(\s*process\.pid/u.test(text.get(file) ?? ""));
    expect(selfKills.map(rel)).toEqual([]);
  });

  it("keeps the stages out of the CLI: nothing outside src/cli imports from it", () => {
    const intoCli = files
      .filter((file) => !rel(file).startsWith(`cli${"/"}`))
      .flatMap((file) =>
        runtimeImports(file)
          .filter((target) => rel(target).startsWith("cli/"))
          .map(() => rel(file)),
      );
    expect(intoCli).toEqual([]);
  });

  it("exports nothing only tests use: every exported value of src/ is used by another module or script", () => {
    const scripts = join(repo, "scripts");
    const users = new Map([
      ...text,
      ...readdirSync(scripts).map(
        (file) => [join(scripts, file), readFileSync(join(scripts, file), "utf8")] as const,
      ),
    ]);
    const library = join(src, "index.ts");
    const unused = files
      .filter((file) => file !== library)
      .flatMap((file) =>
        [...(text.get(file) ?? "").matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gmu)]
          .map((match) => match[1] as string)
          .filter((name) => {
            const use = new RegExp(`\\b${name}\\b`, "u");
            return ![...users].some(([other, code]) => other !== file && use.test(code));
          })
          .map((name) => `${rel(file)}: ${name}`),
      );
    expect(unused).toEqual([]);
  });
});
