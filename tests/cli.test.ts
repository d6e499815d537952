import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleSpeech, repo, runInProcess, runSubprocess } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("cli");
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe("podium outline (in-process)", () => {
  it("prints the example speech's outline as JSON", async () => {
    const run = await runInProcess(["outline", exampleSpeech, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { title: string; points: { marker: string }[] };
    expect(json.title).toBe("黨群工作會議講話稿");
    expect(json.points.map((p) => p.marker)).toEqual(["一、", "二、", "三、"]);
  });

  it("--slides prints each slide's layout and why; with --json as objects; front matter layouts win", async () => {
    const run = await runInProcess(["outline", exampleSpeech, "--slides"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ 5 {2}timeline +第一[,，]群團工作是推進黨的事業的重要法寶 {2}\(3 dated periods in order/mu,
    );
    const json = JSON.parse(
      (await runInProcess(["outline", exampleSpeech, "--slides", "--json"])).stdout,
    ) as {
      layout: string;
      reason: string;
    }[];
    expect(json.filter((s) => s.layout === "cards").length).toBeGreaterThanOrEqual(3);
    const forced = file(
      "forced.md",
      '---\nlayouts:\n  "二、": cards\n---\n# 讲话\n\n一、第一\n\n内容。\n\n二、第二\n\n内容。\n',
    );
    const slides = JSON.parse((await runInProcess(["outline", forced, "--slides", "--json"])).stdout) as {
      title: string;
      reason: string;
      forced: boolean;
    }[];
    expect(slides.find((s) => s.forced)?.reason).toMatch(/layouts\["二、"\] asks for cards, but/u);
  });

  it("prints an indented tree and the warnings with file:line", async () => {
    const run = await runInProcess(["outline", exampleSpeech]);
    expect(run.stdout).toContain("\n  (一) 加強三個建設");
    expect(run.stderr).toContain(`${exampleSpeech}:14: text looks garbled`);
  });

  it.each([
    ["a missing file", () => join(scratch, "nope.txt"), /nope\.txt: no such file/],
    ["an unsupported format", () => file("talk.pdf", "x"), /talk\.pdf: unsupported format "\.pdf"/],
    ["an empty file", () => file("empty.txt", ""), /empty\.txt: .*empty/],
    ["only whitespace", () => file("blank.txt", " \n\u3000\n\t"), /blank\.txt: .*(empty|whitespace)/],
    [
      "a PNG renamed .txt",
      () => file("image.txt", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")),
      /image\.txt: .*PNG/,
    ],
  ])("rejects %s with one line naming the file, exit 1", async (_name, path, message) => {
    const run = await runInProcess(["outline", path()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("gives exit 2 for a usage error and 0 for --version and --help", async () => {
    expect((await runInProcess(["outline"])).code).toBe(2);
    expect((await runInProcess(["build", exampleSpeech, "--aspect", "5:4"])).code).toBe(2);
    expect((await runInProcess(["frobnicate"])).code).toBe(2);
    const version = await runInProcess(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runInProcess(["build", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
  });
});

describe("podium check, themes, init (in-process)", () => {
  it("reports the example's placeholders and garbled spans with line numbers, exit 1", async () => {
    const run = await runInProcess(["check", exampleSpeech]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${exampleSpeech}:7: placeholder "xx"`);
    expect(run.stdout).toContain(`${exampleSpeech}:31: text looks garbled`);
  });

  it("reports skipped numbering, a time limit, and --json for tools", async () => {
    const speech = file("skip.txt", "部署会讲话\n一、统一思想\n要统一思想。\n三、狠抓落实\n要狠抓落实。\n");
    const run = await runInProcess(["check", speech, "--json", "--time-limit", "0m1s"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { findings: { line: number; kind: string }[] };
    expect(json.findings).toContainEqual(expect.objectContaining({ line: 4, kind: "numbering" }));
    expect((await runInProcess(["check", speech, "--time-limit", "soon"])).code).toBe(2);
  });

  it("reports a point with no text, a missing title and a point too long for its slides", async () => {
    const long = "要把各项工作落到实处，确保取得实效。".repeat(80);
    const speech = file("gaps.txt", `一、统一思想\n二、狠抓落实\n${long}\n`);
    const run = await runInProcess(["check", speech, "--json"]);
    const json = JSON.parse(run.stdout) as { findings: { line: number; kind: string }[] };
    expect(json.findings.map((f) => [f.line, f.kind])).toEqual([
      [1, "structure"],
      [1, "title"],
      [2, "length"],
    ]);
    expect(run.code).toBe(1);
  });

  it("explains a flat outline: why it is flat and what numbering podium reads", async () => {
    const speech = file(
      "flat.txt",
      "年终总结会讲话\n今年的工作取得了很大成绩。\n明年我们要继续努力。\n希望大家再接再厉。\n",
    );
    const run = await runInProcess(["check", speech, "--json"]);
    const json = JSON.parse(run.stdout) as { findings: { line: number; kind: string; message: string }[] };
    const flat = json.findings.find((f) => f.kind === "structure");
    expect(flat?.line).toBe(2);
    expect(flat?.message).toContain("each of the 3 paragraphs is a slide of its own");
    expect(flat?.message).toContain("一、");
    expect(run.code).toBe(1);
  });

  it("exits 0 on a speech with nothing to fix", async () => {
    const speech = file(
      "clean.txt",
      "季度会讲话\n一、回顾\n一季度工作开局良好。\n二、部署\n要抓好项目建设。\n谢谢大家！\n",
    );
    const run = await runInProcess(["check", speech]);
    expect(run.stdout).toContain("nothing to fix");
    expect(run.code).toBe(0);
  });

  it("lists the themes", async () => {
    const run = await runInProcess(["themes"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").map((l) => l.split(" ")[0])).toEqual(
      expect.arrayContaining(["light", "red", "dark"]),
    );
  });

  it("makes a starter folder and never overwrites", async () => {
    const dir = join(scratch, "starter");
    const first = await runInProcess(["init", dir]);
    expect(first.code).toBe(0);
    for (const path of [
      "slides/example.md",
      "podium.config.mjs",
      "templates/partials/point.hbs",
      "templates/themes/light.css",
    ]) {
      expect(existsSync(join(dir, path))).toBe(true);
    }
    writeFileSync(join(dir, "slides", "example.md"), "my own speech");
    const second = await runInProcess(["init", dir]);
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, "slides", "example.md"), "utf8")).toBe("my own speech");
    // The starter builds as it is.
    const build = await runInProcess(["build", join(dir, "slides"), "-o", join(dir, "dist"), "-q"]);
    expect(build.code).toBe(0);
    expect(existsSync(join(dir, "dist", "example", "index.html"))).toBe(true);
  });
});

describe("podium build (in-process)", () => {
  it("writes dist/<name>/index.html with its assets and refuses to overwrite what it did not write", async () => {
    const out = join(scratch, "out");
    const run = await runInProcess(["build", exampleSpeech, "-o", out]);
    expect(run.code).toBe(0);
    const deck = join(out, "000_bb77306b121bf6cc");
    expect(readFileSync(join(deck, "index.html"), "utf8")).toContain('lang="zh-Hant"');
    // A second build overwrites its own files…
    expect((await runInProcess(["build", exampleSpeech, "-o", out, "-q"])).code).toBe(0);
    // …but not a file of the user's that happens to sit where a deck goes.
    const mine = join(scratch, "mine");
    const speech = file("talk.txt", "讲话\n一、一\n内容。\n二、二\n内容。\n");
    await runInProcess(["build", speech, "-o", mine, "-q"]);
    writeFileSync(join(mine, "talk", "talk.pdf"), "the user's own file");
    const refused = await runInProcess(["build", speech, "-o", mine, "--pdf", "-q"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/talk\.pdf: exists and was not written by podium/);
    expect(readFileSync(join(mine, "talk", "talk.pdf"), "utf8")).toBe("the user's own file");
  });

  it("refuses two speeches that would share one deck folder", async () => {
    const a = mkdtempSync(join(scratch, "same-a-"));
    const b = mkdtempSync(join(scratch, "same-b-"));
    writeFileSync(join(a, "talk.txt"), "讲话\n一、一\n内容。\n二、二\n内容。\n");
    writeFileSync(join(b, "talk.md"), "# 讲话\n\n正文。\n");
    const run = await runInProcess([
      "build",
      join(a, "talk.txt"),
      join(b, "talk.md"),
      "-o",
      join(scratch, "same-out"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/both are named "talk"/);
    expect(existsSync(join(scratch, "same-out"))).toBe(false);
  });

  it("validates config: an unknown key and a wrong type name the file and the key", async () => {
    const dir = mkdtempSync(join(scratch, "cfg-"));
    writeFileSync(join(dir, "podium.config.json"), JSON.stringify({ theem: "red" }));
    writeFileSync(join(dir, "a.txt"), "讲话\n一、一\n内容。\n二、二\n内容。\n");
    const unknown = await runInProcess(["build", join(dir, "a.txt"), "-o", join(dir, "dist")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/podium\.config\.json: unknown key "theem"/);
    writeFileSync(join(dir, "podium.config.json"), JSON.stringify({ aspect: 16 }));
    const wrong = await runInProcess(["build", join(dir, "a.txt"), "-o", join(dir, "dist")]);
    expect(wrong.stderr).toMatch(/podium\.config\.json: "aspect"/);
    writeFileSync(join(dir, "podium.config.json"), "{}");
    writeFileSync(join(dir, "b.md"), "---\ntheme: 3\n---\n# 讲话\n\n正文。\n");
    const front = await runInProcess(["build", join(dir, "b.md"), "-o", join(dir, "dist")]);
    expect(front.stderr).toMatch(/b\.md \(front matter\): "theme"/);
    const theme = await runInProcess([
      "build",
      join(dir, "a.txt"),
      "--theme",
      "nosuch",
      "-o",
      join(dir, "dist"),
    ]);
    expect(theme.code).not.toBe(0);
    expect(theme.stderr).toMatch(/nosuch/);
  });

  it("flags beat front matter, which beats the config file", async () => {
    const dir = mkdtempSync(join(scratch, "layers-"));
    writeFileSync(join(dir, "podium.config.json"), JSON.stringify({ theme: "dark", title: "From config" }));
    writeFileSync(join(dir, "c.md"), "---\ntitle: From front matter\n---\n正文。\n");
    await runInProcess(["build", join(dir, "c.md"), "-o", join(dir, "dist"), "-q"]);
    const html = readFileSync(join(dir, "dist", "c", "index.html"), "utf8");
    expect(html).toContain("From front matter");
    expect(html).toMatch(/dark/);
    await runInProcess(["build", join(dir, "c.md"), "-o", join(dir, "dist"), "-q", "--title", "From flag"]);
    expect(readFileSync(join(dir, "dist", "c", "index.html"), "utf8")).toContain("From flag");
  });
});

describe("podium as a subprocess", () => {
  let traced = 0;
  /** The npm packages a run of the CLI loads (tests/helpers/trace-imports.mjs), each once. */
  async function packagesLoaded(args: string[], cwd = repo): Promise<{ code: number; packages: string[] }> {
    const log = join(scratch, `imports-${(traced += 1)}.log`);
    writeFileSync(log, "");
    const run = await runSubprocess(args, {
      cwd,
      nodeArgs: ["--import", join(repo, "tests", "helpers", "trace-imports.mjs")],
      env: { PODIUM_TRACE_IMPORTS: log },
    });
    const packages = [...new Set(readFileSync(log, "utf8").split("\n").filter(Boolean))].sort();
    return { code: run.code, packages };
  }

  it("builds HTML without loading Puppeteer, the PDF libraries or the readers it does not need", async () => {
    const run = await packagesLoaded(["build", exampleSpeech, "-o", join(scratch, "sub"), "-q"]);
    expect(run.code).toBe(0);
    expect(existsSync(join(scratch, "sub", "000_bb77306b121bf6cc", "index.html"))).toBe(true);
    // tests/cli-pdf.test.ts shows the same trace seeing Puppeteer in a PDF run, so its absence means something.
    for (const name of [
      "zod", // -o is checked by the rules the bundle carries, made from the schema
      "puppeteer-core",
      "pptxgenjs",
      "pdf-lib",
      "opencc-js",
      "chardet",
      "iconv-lite",
      "jszip",
      "marked",
      "yaml", // no front matter and no corrections sidecar to read
    ])
      expect(run.packages).not.toContain(name);
  });

  it("loads the settings schema to word the error when a setting is wrong", async () => {
    const run = await packagesLoaded([
      "build",
      exampleSpeech,
      "-o",
      join(scratch, "wrong"),
      "--timeout",
      "0",
    ]);
    expect(run.code).toBe(1);
    expect(run.packages).toContain("zod");
  });

  it("loads no settings schema when there are no settings to check (no flags, config or front matter)", async () => {
    const folder = mkdtempSync(join(scratch, "plain-"));
    const run = await packagesLoaded(["build", exampleSpeech, "-q"], folder);
    expect(run.code).toBe(0);
    expect(existsSync(join(folder, "dist", "000_bb77306b121bf6cc", "index.html"))).toBe(true);
    expect(run.packages).not.toContain("zod");
    expect(run.packages).toContain("handlebars");
  });

  it.each(["--help", "--version", "build --help"])("%s loads no package but the parser", async (line) => {
    const run = await packagesLoaded(line.split(" "));
    expect(run.code).toBe(0);
    expect(run.packages).toEqual(["commander"]);
  });

  it("keeps the stages in one chunk of the bundle, in ASCII, with the modules they share with lazy ones", () => {
    // Each file of the bundle (beside tsc's output of src/cli) lists the modules it holds in its source map.
    const bundle = join(repo, "lib", "cli");
    const fileOf = new Map<string, string>();
    for (const name of readdirSync(bundle).filter((n) => /^(?:podium|chunk-).*\.cjs\.map$/u.test(n))) {
      const { sources } = JSON.parse(readFileSync(join(bundle, name), "utf8")) as { sources: string[] };
      for (const source of sources) fileOf.set(relative(repo, join(bundle, source)), name);
    }
    const files = new Set(
      [
        "src/cli/run-build.ts",
        "src/pipeline.ts",
        "src/outline/build.ts",
        "src/characters.ts", // with the Markdown and HTML readers and the pptx writer
        "src/numerals.ts", // with the Markdown reader
        "src/ingest/limits.ts", // with every reader
        "src/plan/text.ts", // with the pptx writer
        "src/templates.ts", // with the PDF export
      ].map((module) => fileOf.get(module)),
    );
    expect([...files]).toHaveLength(1);
    expect(files.has(undefined)).toBe(false);
    // In ASCII, as the entry is: V8 holds a file with one character beyond it at two bytes a character.
    for (const name of [...files, "podium.cjs.map"]) {
      const text = readFileSync(join(bundle, String(name).replace(/\.map$/u, "")), "utf8");
      expect(/[^\0-\x7F]/u.exec(text)?.[0], name).toBeUndefined();
    }
  });

  it("builds the same deck when V8 refuses every code cache of the bundle (another file's, cut short)", async () => {
    // A copy of the CLI whose caches are newer than their files, so they are read, and all wrong.
    const copy = mkdtempSync(join(scratch, "caches-"));
    for (const part of ["bin", "templates", "package.json", join("lib", "cli")])
      cpSync(join(repo, part), join(copy, part), { recursive: true });
    symlinkSync(join(repo, "node_modules"), join(copy, "node_modules"));
    const bundle = join(copy, "lib", "cli");
    const caches = readdirSync(bundle).filter((name) => name.endsWith(".cjs.cache"));
    expect(caches).toContain("podium.cjs.cache");
    const bytes = caches.map((name) => readFileSync(join(bundle, name)));
    for (const [index, name] of caches.entries()) {
      const other = bytes[(index + 1) % bytes.length] as Buffer;
      writeFileSync(join(bundle, name), index % 2 === 0 ? other : other.subarray(0, other.length / 2));
    }
    const out = (name: string) => join(scratch, name);
    const [own, copied] = await Promise.all([
      runSubprocess(["build", exampleSpeech, "-o", out("own-caches"), "-q"]),
      runSubprocess(["build", exampleSpeech, "-o", out("refused-caches"), "-q"], { root: copy }),
    ]);
    expect([own.code, copied.code, copied.stderr]).toEqual([0, 0, ""]);
    const page = (dir: string) => readFileSync(join(dir, "000_bb77306b121bf6cc", "index.html"), "utf8");
    expect(page(out("refused-caches"))).toBe(page(out("own-caches")));
  });

  it("reads a speech's JavaScript config file, and names it in one line when it fails", async () => {
    const folder = mkdtempSync(join(scratch, "config-"));
    const speech = join(folder, "talk.txt");
    writeFileSync(speech, readFileSync(exampleSpeech));
    const config = join(folder, "podium.config.mjs");
    writeFileSync(config, 'export default { title: "From the config file" };\n');
    const args = ["build", speech, "-o", join(folder, "out"), "-q"];
    const run = await runSubprocess(args);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(folder, "out", "talk", "index.html"), "utf8")).toContain("From the config file");
    writeFileSync(config, 'throw new Error("config exploded");\n');
    const broken = await runSubprocess(args);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(`podium: ${config}: cannot load the config file: config exploded\n`);
  });

  it("exits 3 with one line when no browser is there for a PDF", async () => {
    const run = await runSubprocess([
      "build",
      exampleSpeech,
      "-o",
      join(scratch, "nobrowser"),
      "--pdf",
      "--browser-path",
      "/nonexistent/chrome",
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("/nonexistent/chrome");
  });

  it("exits 1 on bad input and 2 on a usage error, without a stack trace", async () => {
    const missing = await runSubprocess(["outline", join(scratch, "missing.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^podium: .*missing\.txt: no such file\n$/);
    expect((await runSubprocess(["build"])).code).toBe(2);
  });
});

describe("every command as a subprocess", () => {
  it.each([
    { name: "outline", args: ["outline", exampleSpeech], code: 0 },
    {
      name: "outline --script simplified",
      args: ["outline", exampleSpeech, "--script", "simplified"],
      code: 0,
    },
    { name: "check (findings)", args: ["check", exampleSpeech], code: 1 },
    { name: "themes", args: ["themes"], code: 0 },
    { name: "variables", args: ["variables", "partials/point.hbs"], code: 0 },
    { name: "variables (unknown template)", args: ["variables", "partials/nope.hbs"], code: 2 },
    { name: "init", args: ["init", join(scratch, "sub-init")], code: 0 },
    { name: "build", args: ["build", exampleSpeech, "-o", join(scratch, "sub-build"), "-q"], code: 0 },
    { name: "build (bad input)", args: ["build", join(scratch, "absent.txt")], code: 1 },
    { name: "unknown option", args: ["outline", exampleSpeech, "--frobnicate"], code: 2 },
  ])("$name exits $code", async ({ args, code }) => {
    const run = await runSubprocess(args);
    expect(run.code).toBe(code);
    if (code !== 0) expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  });

  it("converts the script on request and detects it otherwise", async () => {
    const simplified = await runSubprocess(["outline", exampleSpeech, "--script", "simplified", "--json"]);
    const json = JSON.parse(simplified.stdout) as { title: string };
    expect(json.title).toBe("党群工作会议讲话稿");
    const check = await runSubprocess([
      "check",
      join(repo, "tests", "fixtures", "outline", "zh-hans-nesting", "input.txt"),
    ]);
    expect(check.code).toBe(0);
  });
});

describe("an unexpected failure", () => {
  it("exits 4 with one line, and shows the stack only with --debug", async () => {
    const { main } = await import("../src/cli/main.js");
    const failing = (stderr: string[]) => ({
      stdout: () => {
        throw new TypeError("stdout went away");
      },
      stderr: (text: string) => void stderr.push(text),
      color: false,
      tty: false,
    });
    const quiet: string[] = [];
    expect(await main(["themes"], failing(quiet))).toBe(4);
    expect(quiet.join("")).toBe("podium: internal error: stdout went away (run with --debug for details)\n");
    const debug: string[] = [];
    expect(await main(["themes", "--debug"], failing(debug))).toBe(4);
    expect(debug.join("")).toMatch(/TypeError: stdout went away\n\s+at /);
  });
});
