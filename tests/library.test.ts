/**
 * podium as a library, used as another project would: the packed tarball installed into a new
 * project, imported by name, type-checked against its declarations.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleSpeech, repo, runSubprocess } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const project = scratchFolder("library");

/**
 * Runs a program and resolves to what it printed. Asynchronous on purpose: a test worker blocked in a
 * long synchronous call misses its own messages to vitest on a busy machine.
 */
const run = (command: string, args: string[], cwd: string) =>
  promisify(execFile)(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_audit: "false" },
  }).then(({ stdout }) => stdout);

const npm = (args: string[], cwd: string) => run("npm", args, cwd);

/** Runs an ES module in the consumer project and returns what it printed. */
async function runModule(name: string, code: string): Promise<string> {
  writeFileSync(join(project, name), code);
  return run(process.execPath, [name], project);
}

beforeAll(async () => {
  const packed = mkdtempSync(join(tmpdir(), "podium-pack-"));
  // lib/ is compiled already; packing must not run the prepare script again.
  await npm(["pack", "--ignore-scripts", "--pack-destination", packed], repo);
  const tarball = readdirSync(packed).find((f) => f.endsWith(".tgz"));
  expect(tarball).toBeDefined();
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  // Every dependency is in npm's cache from podium's own install: no network needed.
  await npm(
    ["install", "--prefer-offline", "--no-fund", "--ignore-scripts", join(packed, tarball as string)],
    project,
  );
  rmSync(packed, { recursive: true, force: true });
}, 240_000);

describe("podium from another project", () => {
  it("readOutline gives what `podium outline --json` prints, from a path or from text", async () => {
    const cli = JSON.parse((await runSubprocess(["outline", exampleSpeech, "--json"])).stdout) as unknown;
    const printed = await runModule(
      "outline.mjs",
      `import { readFile } from "node:fs/promises";
import { readOutline } from "podium";
const fromPath = await readOutline(${JSON.stringify(exampleSpeech)});
const text = await readFile(${JSON.stringify(exampleSpeech)}, "utf8");
const fromText = await readOutline({ text, name: "speech.txt" });
console.log(JSON.stringify({ fromPath, fromText }));`,
    );
    const { fromPath, fromText } = JSON.parse(printed) as {
      fromPath: unknown;
      fromText: { points: unknown };
    };
    expect(fromPath).toEqual(cli);
    expect(fromText.points).toEqual((cli as { points: unknown }).points);
  });

  it("buildDeck writes what `podium build` writes and lists it; a stopped build rejects and writes nothing", async () => {
    const out = join(project, "out");
    const printed = await runModule(
      "build.mjs",
      `import { buildDeck } from "podium";
const result = await buildDeck(${JSON.stringify(exampleSpeech)}, { output: ${JSON.stringify(out)}, theme: "red" });
const stop = new AbortController();
stop.abort();
const stopped = await buildDeck(${JSON.stringify(exampleSpeech)}, { output: ${JSON.stringify(join(out, "stopped"))}, signal: stop.signal }).then(
  () => "built",
  (error) => error.name,
);
const bad = await buildDeck(${JSON.stringify(exampleSpeech)}, { aspect: "5:4" }).catch((error) => [error.name, error.exitCode]);
console.log(JSON.stringify({ result, stopped, bad }));`,
    );
    const { result, stopped, bad } = JSON.parse(printed) as {
      result: { files: string[]; warnings: { line: number; message: string }[] };
      stopped: string;
      bad: [string, number];
    };
    const deck = join(out, "000_bb77306b121bf6cc");
    expect(result.files).toContain(join(deck, "index.html"));
    for (const file of result.files) expect(existsSync(file), file).toBe(true);
    expect(result.warnings.some((w) => /garbled|placeholder|佔位|占位/iu.test(w.message) && w.line > 0)).toBe(
      true,
    );
    expect(stopped).toBe("AbortError");
    expect(existsSync(join(out, "stopped"))).toBe(false);
    expect(bad).toEqual(["PodiumError", 1]);
  });

  it("has types: a TypeScript consumer type-checks, and a wrong option is a type error", async () => {
    mkdirSync(join(project, "src"), { recursive: true });
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          lib: ["ES2023", "DOM"],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        include: ["src"],
      }),
    );
    const tsc = async (code: string) => {
      writeFileSync(join(project, "src", "use.ts"), code);
      try {
        await run(
          process.execPath,
          [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", project],
          project,
        );
        return "";
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    };
    const good = `import { buildDeck, readOutline, type Outline, type BuildDeckResult } from "podium";
const outline: Outline = await readOutline({ text: "讲话", name: "a.txt" }, { signal: new AbortController().signal });
const headings: string[] = outline.points.map((p) => p.heading);
const result: BuildDeckResult = await buildDeck("a.txt", { output: "dist", aspect: "4:3", pdf: false });
export const files: string[] = [...headings, ...result.files];
`;
    expect(await tsc(good)).toBe("");
    expect(
      await tsc(`import { buildDeck } from "podium";\nawait buildDeck("a.txt", { aspect: "5:4" });\n`),
    ).toMatch(/Type '"5:4"' is not assignable/);
    // Only the library's entry is public: internals stay internal.
    expect(await tsc(`import { prepareDeck } from "podium/lib/pipeline.js";\nvoid prepareDeck;\n`)).toMatch(
      /Cannot find module 'podium\/lib\/pipeline.js'|not exported/,
    );
  });
});
