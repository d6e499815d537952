/**
 * Input podium must survive (issue 6): broken and binary files, odd encodings, huge speeches, and
 * broken settings. Each case names its behaviour: a one-line error naming the file (exit 1, or 2 for
 * a command-line mistake), or a readable deck with a warning. What Chromium must show of such input
 * is in hostile-input-browser.test.ts.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { hugeLines, longParagraph, manyPoints, repeatedSpeech } from "../scripts/bench-workloads.mjs";
import { decodeText } from "../src/ingest/decode.js";
import { MAX_INPUT_BYTES } from "../src/ingest/index.js";
import { MAX_DOCX_ENTRIES } from "../src/ingest/limits.js";
import type { Point } from "../src/outline/types.js";
import { prepareDeck } from "../src/pipeline.js";
import { runInProcess } from "./helpers/cli.js";
import { build, expectOneLineError, folder, put, sixLevels, SPEECH } from "./helpers/hostile.js";
import { makeDocx } from "./helpers/make-docx.js";
import { docxBomb, docxOfManyParts } from "./helpers/zip-bomb.js";
import { outlineText } from "./plan-outlines.js";

/** A small real .docx, for the broken variants. */
const goodDocx = () => makeDocx({ paragraphs: [{ text: "讲话", style: "Title" }, "一、回顾", "开局良好。"] });

describe("input that is not a speech: one line naming the file, exit 1, nothing written", () => {
  const cases: [string, string, () => Promise<Uint8Array | string> | Uint8Array | string, RegExp][] = [
    ["empty", "empty.txt", () => "", /the file is empty/],
    ["whitespace only", "blank.txt", () => " \r\n\u3000\u3000\n\t\n\n", /only whitespace/],
    [
      "an image renamed .txt",
      "photo.txt",
      () =>
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF"), randomBytes(512)]),
      /looks like a JPEG image, not a speech/,
    ],
    [
      "binary data renamed .md",
      "data.md",
      () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)),
      /looks like a binary file/,
    ],
    [
      "a .docx that is not a zip",
      "notzip.docx",
      () => "这不是Word文件，只是改了扩展名的文本。",
      /not a Word \.docx file/,
    ],
    ["a .docx cut off half-way", "cut.docx", async () => (await goodDocx()).slice(0, 200), /corrupt \.docx/],
    [
      "a .docx without its document part",
      "hollow.docx",
      () => makeDocx({ paragraphs: ["x"], parts: { "word/document.xml": null } }),
      /corrupt \.docx/,
    ],
    [
      "a .docx whose document is not XML",
      "badxml.docx",
      () => makeDocx({ paragraphs: ["x"], parts: { "word/document.xml": "<w:document><w:body><w:p>一、" } }),
      /badxml\.docx/,
    ],
    [
      "a password-protected .docx (an OLE file holding EncryptionInfo)",
      "locked.docx",
      () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from("EncryptionInfo", "utf16le"),
          randomBytes(1024),
        ]),
      /password-protected/,
    ],
    [
      "an old Word .doc renamed .docx",
      "old.docx",
      () =>
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
      /Word 97–2003/,
    ],
    [
      "a web page that is only scripts and frames",
      "scripts.html",
      () =>
        '<html><head><script>alert(1)</script></head><body><iframe src="https://example.com/"></iframe>' +
        "<script>document.write('一、注入')</script><noscript></noscript></body></html>",
      /no speech text found/,
    ],
  ];
  it.each(cases)("%s", async (_label, name, content, message) => {
    const dir = folder();
    const input = put(dir, name, await content());
    const before = readFileSync(input);
    const { run, out } = await build(input);
    expect(run.code).toBe(1);
    expectOneLineError(run, input, message);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("a speech that is not a regular file: one line, exit 1, at once", () => {
  it.each([
    ["a named pipe (FIFO), which would wait forever", (path: string) => execFileSync("mkfifo", [path])],
    ["a link to /dev/zero, which never ends", (path: string) => symlinkSync("/dev/zero", path)],
    ["a device", (path: string) => symlinkSync("/dev/null", path)],
  ])("%s", async (_label, make) => {
    const input = join(folder(), "speech.txt");
    make(input);
    const { run, out } = await build(input);
    expect(run.code).toBe(1);
    expectOneLineError(run, input, /is not a regular file/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("input that is damaged but readable: a deck and a warning naming the line", () => {
  it("truncated UTF-8: the cut character becomes �, the deck builds, the warning names the last line", async () => {
    const dir = folder();
    const bytes = Buffer.from(SPEECH.replace(/\n$/, ""));
    const input = put(dir, "cut.txt", bytes.subarray(0, bytes.length - 2)); // inside the final "！"
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    expect(readFileSync(join(deck, "index.html"), "utf8")).toContain("要抓好项目建设");
    const prepared = await prepareDeck(input);
    expect(prepared.outline.warnings).toContainEqual(
      expect.objectContaining({ line: 6, message: expect.stringMatching(/cut off|garbled/) as unknown }),
    );
  });

  it("mixed encodings (a GBK paragraph pasted into a UTF-8 file): every line readable, a warning names the GBK lines", async () => {
    const dir = folder();
    const input = put(
      dir,
      "mixed.txt",
      Buffer.concat([
        Buffer.from("季度工作会议讲话\n一、回顾\n"),
        iconv.encode("一季度开局良好，各项指标稳中有进。\n二、部署\n", "gbk"),
        Buffer.from("要抓好项目建设。\n谢谢大家！\n"),
      ]),
    );
    const decoded = decodeText(new Uint8Array(readFileSync(input)), input);
    expect(decoded.text).toBe(SPEECH);
    expect(decoded.warnings).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringMatching(/lines 3, 4 read as GB18030/) as unknown,
      }),
    ]);
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    const html = readFileSync(join(deck, "index.html"), "utf8");
    for (const text of ["季度工作会议讲话", "一季度开局良好", "部署", "要抓好项目建设"])
      expect(html).toContain(text);
    const prepared = await prepareDeck(input);
    expect(prepared.outline.title).toBe("季度工作会议讲话");
    expect(prepared.outline.points.map((p) => p.heading)).toEqual(["回顾", "部署"]);
    expect(prepared.outline.warnings).toContainEqual(expect.objectContaining({ line: 3, kind: "garbled" }));
  });

  it("a plain GBK file is not mistaken for a mixed one", () => {
    const decoded = decodeText(new Uint8Array(iconv.encode(SPEECH, "gbk")), "gbk.txt");
    expect(decoded.text).toBe(SPEECH);
    expect(decoded.encoding).toBe("GB18030");
    expect(decoded.warnings).toEqual([]);
  });

  it("HTML with scripts, iframes and handlers: the text is kept, none of the active parts reach the deck", async () => {
    const dir = folder();
    const input = put(
      dir,
      "page.html",
      `<!doctype html><html><head><title>会议讲话</title><script>window.__pwned=1</script>
<meta http-equiv="refresh" content="0;url=https://example.com/"></head>
<body onload="window.__pwned=2"><h1>季度工作会议讲话</h1>
<iframe src="https://example.com/ad"></iframe><script src="https://example.com/x.js"></script>
<p>一、回顾</p><p onclick="window.__pwned=3">一季度开局良好<img src=x onerror="window.__pwned=4">。</p>
<p>二、部署</p><p>要抓好<a href="javascript:window.__pwned=5">项目建设</a>。</p>
<object data="x.swf"></object><embed src="x.swf"><style>body{display:none}</style></body></html>`,
    );
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    const html = readFileSync(join(deck, "index.html"), "utf8");
    expect(html).toContain("一季度开局良好");
    expect(html).toContain("项目建设");
    for (const gone of [
      "__pwned",
      "<iframe",
      "example.com",
      "x.swf",
      "onerror",
      "onclick",
      "body{display:none}",
    ]) {
      expect(html).not.toContain(gone);
    }
  });
});

/** Levels of the deepest point. */
function depth(points: readonly Point[]): number {
  return points.reduce((max, p) => Math.max(max, p.level, depth(p.children)), 0);
}
function countPoints(points: readonly Point[]): number {
  return points.reduce((n, p) => n + 1 + countPoints(p.children), 0);
}

describe("size: large speeches build, past the documented limit a clear error", () => {
  // Its time and memory are the bench's to print (`npm run bench`), not a test's to assert.
  it("a 20 MB speech builds to HTML (HTML only)", async () => {
    const dir = folder();
    const input = put(dir, "big.txt", repeatedSpeech(20 * 1024 * 1024));
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    expect(statSync(join(deck, "index.html")).size).toBeGreaterThan(20 * 1024 * 1024);
    expect(readFileSync(join(deck, "index.html"), "utf8").trimEnd().endsWith("</html>")).toBe(true);
  }, 60_000);

  it(`past ${MAX_INPUT_BYTES / 1048576} MB: one line naming the file and the limit, before reading it`, async () => {
    const dir = folder();
    const input = join(dir, "huge.txt");
    writeFileSync(input, "讲话\n");
    truncateSync(input, MAX_INPUT_BYTES + 1); // sparse: costs no disk and no time
    const { run, out } = await build(input);
    expect(run.code).toBe(1);
    expectOneLineError(run, input, /more than podium reads \(64 MB\)/);
    expect(existsSync(out)).toBe(false);
  });

  it("the outline keeps the shapes: 2,000 points, six levels, one 50,000-character paragraph, 1 MB lines", async () => {
    const dir = folder();
    const points = await prepareDeck(put(dir, "points.txt", manyPoints(2000)));
    expect(countPoints(points.outline.points)).toBe(2000);
    const deep = await prepareDeck(put(dir, "deep.txt", sixLevels()));
    expect(depth(deep.outline.points)).toBe(6);
    const paragraph = await prepareDeck(put(dir, "paragraph.txt", longParagraph(50_000)));
    expect(paragraph.outline.points[0]?.paragraphs.join("").length).toBe(50_000);
    const lines = await prepareDeck(put(dir, "lines.txt", hugeLines(1024 * 1024, 2)));
    expect(outlineText(lines.outline).length).toBeGreaterThan(2 * 349_000);
  });
});

describe("work, not only bytes: a small file that would cost too much is one line, exit 1", () => {
  const nestedDivs = (n: number) =>
    `<html><body>${"<div>".repeat(n)}讲话内容。${"</div>".repeat(n)}</body></html>`;
  const nestedList = (n: number, itemLength = 0) =>
    Array.from(
      { length: n },
      (_, i) => `${" ".repeat(i * 2)}- 第${i + 1}点${"很长".repeat(itemLength)}`,
    ).join("\n");
  const nestedSdt = (n: number) =>
    makeDocx({
      paragraphs: ["讲话"],
      rawBody: `${"<w:sdt><w:sdtContent>".repeat(n)}<w:p><w:r><w:t>深处的话</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(n)}`,
    });
  const cases: [string, string, () => Promise<Uint8Array | string> | Uint8Array | string, RegExp][] = [
    [
      "a .docx zip bomb declaring its 400 MB (refused from the zip's directory, nothing unpacked)",
      "bomb.docx",
      () => docxBomb(400),
      /word\/document\.xml unpacks to 400 MB, more than podium reads \(64 MB\)/,
    ],
    [
      "a .docx zip bomb inflating to 1.1 GB",
      "bigger-bomb.docx",
      () => docxBomb(1100),
      /unpacks to 1100 MB, more than podium reads \(64 MB\)/,
    ],
    [
      "a .docx zip bomb that declares 1 KB and inflates to 400 MB (unpacking stops at the declared size)",
      "lying-bomb.docx",
      () => docxBomb(400, 1024),
      /corrupt \.docx \(word\/document\.xml: it unpacks to more than it declares\)/,
    ],
    [
      `a .docx of ${MAX_DOCX_ENTRIES * 2} empty parts beside its 6 (counted from the end record, before the zip is opened)`,
      "parts.docx",
      () => docxOfManyParts(MAX_DOCX_ENTRIES * 2),
      new RegExp(`holds ${MAX_DOCX_ENTRIES * 2 + 6} parts, more than podium reads \\(${MAX_DOCX_ENTRIES}\\)`),
    ],
    [
      "a .md of 2,000 `>` characters (quotes in quotes)",
      "quotes.md",
      () => `${">".repeat(2000)} 讲话\n`,
      /nested more than 500 levels deep/,
    ],
    [
      "a .html of 5,000 nested <div>s",
      "divs.html",
      () => nestedDivs(5000),
      /nested more than 500 levels deep/,
    ],
    [
      "a .docx with 3,000 nested w:sdt",
      "sdt.docx",
      () => nestedSdt(3000),
      /nested more than 500 levels deep/,
    ],
    [
      "a .md list nested 3,000 deep (9 MB)",
      "list.md",
      () => nestedList(3000),
      /nested more than 500 levels deep/,
    ],
    [
      "a .md list nested 400 deep with long items: within the nesting limit, past the work budget",
      "costly.md",
      () => nestedList(400, 1500),
      /too costly to read \(its structure takes more than \d+ million steps, podium's limit\)/,
    ],
    [
      "a .md of emphasis 5,000 deep (nesting only the parser sees)",
      "emphasis.md",
      () => `${"*".repeat(5000)}a${"*".repeat(5000)}\n`,
      /nested more than 500 levels deep/,
    ],
  ];
  it.each(cases)("%s", async (_label, name, content, message) => {
    const dir = folder();
    const input = put(dir, name, await content());
    const { run, out } = await build(input);
    expect(run.code, run.stderr).toBe(1);
    expectOneLineError(run, input, message);
    expect(existsSync(out)).toBe(false);
  });

  it("nesting within the limit still reads, every word kept: 200 levels of quotes, <div>s, w:sdt and lists", async () => {
    const dir = folder();
    const inputs = [
      put(dir, "quotes.md", `${">".repeat(200)} 深处的话\n`),
      put(dir, "divs.html", nestedDivs(200).replace("讲话内容。", "深处的话")),
      put(dir, "sdt.docx", await nestedSdt(200)),
      put(dir, "list.md", `${nestedList(200).slice(0, 200)}\n${" ".repeat(400)}- 深处的话\n`),
    ];
    for (const input of inputs) {
      const { run, deck } = await build(input);
      expect(run.code, `${input}: ${run.stderr}`).toBe(0);
      expect(readFileSync(join(deck, "index.html"), "utf8")).toContain("深处的话");
    }
  });
});

describe("outputs stay put: inside -o, never through a link", () => {
  it.each([
    ["...txt", "deck"],
    ["..txt", "deck"],
    [".txt", "deck"],
    ["con.txt", "_con"],
    ["NUL.md", "_NUL"],
    ["lpt1.backup.txt", "_lpt1.backup"],
    ["trailing dots...txt", "trailing dots"],
    ["a\u001b[31mred\u0007.txt", "a_[31mred_"],
  ])(
    "a speech named %j gets the deck folder %j inside -o, and nothing is written elsewhere",
    async (name, deck) => {
      const dir = folder();
      const input = put(dir, name, SPEECH);
      const out = join(dir, "out");
      const run = await runInProcess(["build", input, "-o", out, "-q"]);
      expect(run.code, run.stderr).toBe(0);
      expect(readdirSync(out)).toEqual([deck]);
      expect(readdirSync(join(out, deck))).toContain("index.html");
      expect(readdirSync(dir).sort()).toEqual([name, "out"].sort());
    },
  );

  it("a reveal/ folder in the deck that links elsewhere: one line, exit 1, nothing written through it", async () => {
    const dir = folder();
    const input = put(dir, "talk.txt", SPEECH);
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    mkdirSync(join(dir, "out", "talk"), { recursive: true });
    symlinkSync(elsewhere, join(dir, "out", "talk", "reveal"));
    const run = await runInProcess(["build", input, "-o", join(dir, "out"), "-q"]);
    expect(run.code).toBe(1);
    expectOneLineError(
      run,
      join(dir, "out", "talk", "reveal"),
      /is a symbolic link; podium does not write through links/,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(dir, "out", "talk", "index.html"))).toBe(false);
  });

  it("a deck folder that is itself a link: one line, exit 1, nothing written where it points", async () => {
    const dir = folder();
    const input = put(dir, "talk.txt", SPEECH);
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    mkdirSync(join(dir, "out"));
    symlinkSync(elsewhere, join(dir, "out", "talk"));
    const run = await runInProcess(["build", input, "-o", join(dir, "out"), "-q"]);
    expect(run.code).toBe(1);
    expectOneLineError(run, join(dir, "out", "talk"), /is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("-o /proc/self (a folder that takes no new folders): one line, exit 3, at once", async () => {
    const input = put(folder(), "talk.txt", SPEECH);
    const run = await runInProcess(["build", input, "-o", "/proc/self", "-q"]);
    expect(run.code).toBe(3);
    expectOneLineError(
      run,
      "/proc/self/talk",
      /cannot write output: this file system takes no new folders here/,
    );
  });

  it("a deck folder another build holds: one line naming it, exit 1; once that build is gone, the next one runs", async () => {
    const dir = folder();
    const input = put(dir, "talk.txt", SPEECH);
    const deck = join(dir, "out", "talk");
    mkdirSync(deck, { recursive: true });
    // A live process holding the lock, as a second podium would.
    const holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const holderExit = new Promise((done) => holder.once("exit", done));
    try {
      writeFileSync(join(deck, ".podium-lock"), `${holder.pid}\n`);
      const refused = await runInProcess(["build", input, "-o", join(dir, "out"), "-q"]);
      expect(refused.code).toBe(1);
      expectOneLineError(
        refused,
        deck,
        new RegExp(`another build of this deck is running \\(podium \\(process ${holder.pid}\\)\\)`),
      );
      expect(readdirSync(deck)).toEqual([".podium-lock"]);
    } finally {
      holder.kill("SIGKILL");
      await holderExit;
    }
    // The holder died without tidying up (as after kill -9): its lock is stale and taken over.
    const run = await runInProcess(["build", input, "-o", join(dir, "out"), "-q"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(deck)).toContain("index.html");
    expect(readdirSync(deck)).not.toContain(".podium-lock");
  });

  it("two builds of one deck at once in one process: the second says one is running, or waits its turn; the next build runs", async () => {
    const dir = folder();
    const input = put(dir, "talk.txt", SPEECH);
    const out = join(dir, "out");
    for (let pair = 0; pair < 5; pair++) {
      const runs = await Promise.all([0, 1].map(() => runInProcess(["build", input, "-o", out, "-q"])));
      for (const run of runs) {
        if (run.code !== 0) {
          expect(run.code).toBe(1);
          expectOneLineError(run, join(out, "talk"), /another build of this deck is running/);
        }
      }
      expect(runs.some((run) => run.code === 0)).toBe(true);
    }
    expect((await runInProcess(["build", input, "-o", out, "-q"])).code).toBe(0);
    expect(
      readdirSync(join(out, "talk")).filter((n) => n.startsWith(".podium-") && n !== ".podium-files.json"),
    ).toEqual([]);
  });
});

describe("names with control characters are shown escaped, never sent to the terminal", () => {
  const hostileName = "clear\u001b[2J\u001b]0;pwned\u0007\u202ehtml.txt";
  // eslint-disable-next-line no-control-regex -- control characters are what must not appear
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u;

  it("in an error (exit 1), in the summary of a build, and in verbose stage lines", async () => {
    const dir = folder();
    const empty = put(dir, hostileName.replace("clear", "empty"), "");
    const failed = await runInProcess(["build", empty, "-o", join(dir, "out")]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toMatch(raw);
    expect(failed.stderr).toContain("empty\\u001b[2J\\u001b]0;pwned\\u0007\\u202ehtml.txt");
    expect(failed.stderr.trim().split("\n")).toHaveLength(1);

    const input = put(dir, hostileName, SPEECH);
    const built = await runInProcess(["build", input, "-o", join(dir, "out"), "--verbose"]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain("clear\\u001b[2J");
    expect(built.stderr).not.toMatch(raw);
  });

  it("in podium outline's warnings and podium check's findings", async () => {
    const dir = folder();
    const input = put(dir, hostileName, "讲话\n一、回顾\n内容。\n三、跳号\n内容。\n");
    for (const command of ["outline", "check"]) {
      const run = await runInProcess([command, input]);
      expect(run.stdout + run.stderr).toContain("clear\\u001b[2J");
      expect(run.stdout + run.stderr, command).not.toMatch(raw);
    }
  });
});

describe("settings with mistakes: an error naming the file and the key", () => {
  const speechIn = (dir: string) => put(dir, "a.txt", SPEECH);

  it("--templates naming a folder that does not exist: one line, exit 2 (a command-line mistake)", async () => {
    const dir = folder();
    const { run, out } = await build(speechIn(dir), ["--templates", "/nonexistent/templates"]);
    expect(run.code).toBe(2);
    expectOneLineError(run, "command line", /"templates": folder \/nonexistent\/templates does not exist/);
    expect(existsSync(out)).toBe(false);
  });

  it("--templates naming a file: one line, exit 2", async () => {
    const dir = folder();
    const input = speechIn(dir);
    const { run } = await build(input, ["--templates", input]);
    expect(run.code).toBe(2);
    expectOneLineError(run, "command line", /"templates": .*a\.txt is a file, not a folder/);
  });

  it("--theme that does not exist: one line listing the themes, exit 2", async () => {
    const { run } = await build(speechIn(folder()), ["--theme", "nosuch"]);
    expect(run.code).toBe(2);
    expectOneLineError(run, "command line", /"theme": unknown theme "nosuch" \(available: .*light.*\)/);
  });

  it.each([
    [
      "a templates folder that does not exist",
      { templates: "/nonexistent/templates" },
      /"templates": folder/,
    ],
    ["a theme that does not exist", { theme: "nosuch" }, /"theme": unknown theme "nosuch"/],
    ["a wrong type", { singleFile: "yes" }, /"singleFile": /],
    ["a number out of range", { cjkCharsPerMinute: 5 }, /"cjkCharsPerMinute": /],
    ["an unknown key", { themes: "red" }, /unknown key "themes"/],
  ])("podium.config.json with %s: names the file and the key, exit 1", async (_l, config, message) => {
    const dir = folder();
    const configPath = put(dir, "podium.config.json", JSON.stringify(config));
    const { run, out } = await build(speechIn(dir));
    expect(run.code).toBe(1);
    expectOneLineError(run, configPath, message);
    expect(existsSync(out)).toBe(false);
  });

  it('a package.json "podium" key with a wrong type names package.json and the key', async () => {
    const dir = folder();
    put(dir, "package.json", JSON.stringify({ name: "x", podium: { aspect: "5:4" } }));
    const { run } = await build(speechIn(dir));
    expect(run.code).toBe(1);
    expectOneLineError(run, join(dir, "package.json"), /"aspect"/);
  });

  it("a podium.config.mjs that throws: one line naming it, exit 1 (not an internal error)", async () => {
    const dir = folder();
    const configPath = put(dir, "podium.config.mjs", 'throw new Error("config exploded");\n');
    const { run } = await build(speechIn(dir));
    expect(run.code).toBe(1);
    expectOneLineError(run, configPath, /cannot load the config file: config exploded/);
  });

  it("a podium.config.json that is not JSON: one line naming it", async () => {
    const dir = folder();
    const configPath = put(dir, "podium.config.json", '{ "theme": ');
    const { run } = await build(speechIn(dir));
    expect(run.code).toBe(1);
    expectOneLineError(run, configPath, /not valid JSON/);
  });

  it.each<[string, string, RegExp]>([
    ["a wrong type", "single-file: 'yes'", /\(front matter\): "singleFile"/],
    ["a theme that does not exist", "theme: nosuch", /\(front matter\): "theme": unknown theme "nosuch"/],
    ["YAML that does not parse", "theme: [red", /line 2: invalid front matter/],
    ...["output: /tmp/elsewhere", "templates: ./mine", "browser-path: /bin/sh"].map(
      (line): [string, string, RegExp] => [
        `a key that would choose where files go or what runs (${line.split(":")[0]})`,
        line,
        /\(front matter\): "(output|templates|browserPath)" cannot be set in a speech's front matter/,
      ],
    ),
  ])("front matter with %s: names the file and the key, exit 1", async (_l, line, message) => {
    const dir = folder();
    const input = put(dir, "b.md", `---\n${line}\n---\n# 讲话\n\n一、回顾\n\n正文。\n`);
    const { run, out } = await build(input);
    expect(run.code).toBe(1);
    expectOneLineError(run, input, message);
    expect(existsSync(out)).toBe(false);
  });

  it("front matter from a static site: keys podium does not use are left alone, and listed with --verbose", async () => {
    const dir = folder();
    const jekyll = [
      "---",
      "layout: post",
      "title: 季度工作会议讲话",
      "tags: [讲话, 工作]",
      "permalink: /speeches/q1/",
      "categories: news",
      "__proto__: { theme: dark }",
      "constructor: x",
      "theme: red",
      "---",
      "",
    ].join("\n");
    const input = put(dir, "site.md", `${jekyll}# 讲话\n\n一、回顾\n\n正文。\n`);
    const quiet = await build(input);
    expect(quiet.run.code, quiet.run.stderr).toBe(0);
    expect(quiet.run.stderr).toBe("");
    const page = readFileSync(join(quiet.deck, "index.html"), "utf8");
    expect(page).toContain("季度工作会议讲话");
    expect(page).toContain(`class="theme-red`);
    const verbose = await runInProcess(["build", input, "-o", join(dir, "v"), "--verbose"]);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(
      /site\.md: front matter keys podium does not use, left alone: layout, tags, permalink, categories, __proto__, constructor/,
    );
  });

  it("front matter choosing a real theme wins over a config file's unknown one", async () => {
    const dir = folder();
    put(dir, "podium.config.json", JSON.stringify({ theme: "nosuch" }));
    const input = put(dir, "c.md", "---\ntheme: dark\n---\n# 讲话\n\n正文。\n");
    const { run, deck } = await build(input);
    expect(run.code).toBe(0);
    expect(readdirSync(deck)).toContain("index.html");
  });
});
