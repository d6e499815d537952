import { EventEmitter } from "node:events";
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { repo } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("watch");

const speechText = (part: string) => `讲话\n一、${part}\n内容一。\n二、第二部分\n内容二。\n`;

/**
 * `podium build --watch` run in-process, with a way to wait for what it prints: every wait is for
 * a line podium writes (a rebuild's summary, an error), never for a length of time.
 */
function startWatch(args: string[]) {
  let stderr = "";
  const printed = new EventEmitter();
  const io: CliIO = {
    stdout: () => {},
    stderr: (t) => {
      stderr += t;
      printed.emit("line");
    },
    color: false,
    tty: false,
  };
  const stop = new AbortController();
  const running = main(["build", ...args, "--watch"], io, { signal: stop.signal });
  const count = (text: string) => stderr.split(text).length - 1;
  /** Resolves once `test` holds, looked at each time podium prints. */
  const whenPrinted = (test: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!test()) return;
        printed.off("line", check);
        resolve();
      };
      printed.on("line", check);
      void running.then(() => reject(new Error(`podium stopped before ${what}: ${stderr}`)));
      check();
    });
  return {
    running,
    stop: () => stop.abort(),
    count,
    /** Resolves once `text` has been printed `times` times in all. */
    printedTimes: (text: string, times: number) =>
      whenPrinted(() => count(text) >= times, `printing "${text}" ${times} times`),
    /** Where the output is now; `printedSince` looks only after it. */
    mark: () => stderr.length,
    printedSince: (mark: number, pattern: RegExp) =>
      whenPrinted(() => pattern.test(stderr.slice(mark)), `printing ${pattern}`),
    /** Resolves once a rebuild has written a page that holds `text`. */
    builtWith: (html: string, text: string) =>
      whenPrinted(() => readFileSync(html, "utf8").includes(text), `building a deck with "${text}"`),
  };
}

describe("podium build --watch", () => {
  it("rebuilds when the speech changes, survives a bad save, and stops on abort", async () => {
    const dir = mkdtempSync(join(scratch, "watch-"));
    const speech = join(dir, "talk.txt");
    writeFileSync(speech, speechText("第一部分"));
    const html = join(dir, "dist", "talk", "index.html");
    const watch = startWatch([speech, "-o", join(dir, "dist")]);
    try {
      await watch.printedTimes("watching for changes", 1);
      expect(readFileSync(html, "utf8")).toContain("第一部分");
      writeFileSync(speech, speechText("新的第一部分"));
      await watch.builtWith(html, "新的第一部分");
      // A save that cannot be read is reported; the last good deck stays.
      writeFileSync(speech, "");
      await watch.printedSince(0, /podium: .*talk\.txt: .*empty/);
      expect(readFileSync(html, "utf8")).toContain("新的第一部分");
    } finally {
      watch.stop();
    }
    expect(await watch.running).toBe(0);
  });

  it("follows the path, not the file: 20 deletes and re-creations, a rename-save, a permission flip and a templates folder moved away and back each resume rebuilding", async () => {
    const dir = mkdtempSync(join(scratch, "watch-"));
    const speech = join(dir, "talk.txt");
    const templates = join(dir, "templates");
    cpSync(join(repo, "templates"), templates, { recursive: true });
    writeFileSync(speech, speechText("开始"));
    const html = join(dir, "dist", "talk", "index.html");
    const watch = startWatch([speech, "-o", join(dir, "dist"), "--templates", templates]);
    const rebuilt = (part: string) => watch.builtWith(html, part);
    try {
      await watch.printedTimes("watching for changes", 1);
      for (let cycle = 1; cycle <= 20; cycle++) {
        const mark = watch.mark();
        unlinkSync(speech);
        await watch.printedSince(mark, /podium: .*talk\.txt: no such file/);
        writeFileSync(speech, speechText(`第${cycle}次重写`));
        await rebuilt(`第${cycle}次重写`);
      }
      // An editor's safe save: write a temp file beside the speech, then rename it over the speech.
      writeFileSync(join(dir, ".talk.txt.swp"), speechText("改名保存"));
      renameSync(join(dir, ".talk.txt.swp"), speech);
      await rebuilt("改名保存");
      // Unreadable, then readable again (for root, who reads anything, both saves just build).
      chmodSync(speech, 0o000);
      writeFileSync(join(dir, "other.txt"), "a file beside the speech is no reason to rebuild");
      chmodSync(speech, 0o644);
      writeFileSync(speech, speechText("权限恢复"));
      await rebuilt("权限恢复");
      // The templates folder moved away and back, with a change in it.
      const mark = watch.mark();
      renameSync(templates, `${templates}-away`);
      await watch.printedSince(mark, /podium: .*templates.*does not exist/);
      const deck = join(`${templates}-away`, "layouts", "deck.hbs");
      writeFileSync(deck, readFileSync(deck, "utf8").replace("<body", "<!-- moved back --><body"));
      renameSync(`${templates}-away`, templates);
      await rebuilt("<!-- moved back -->");
      writeFileSync(speech, speechText("最后一次"));
      await rebuilt("最后一次");
    } finally {
      watch.stop();
    }
    expect(await watch.running).toBe(0);
  }, 120_000);

  it("`podium build . --watch` with its output inside `.` settles: one rebuild per edit", async () => {
    const dir = mkdtempSync(join(scratch, "watch-"));
    mkdirSync(join(dir, "speeches"));
    const speech = join(dir, "speeches", "talk.txt");
    writeFileSync(speech, speechText("开始"));
    const html = join(dir, "speeches", "dist", "talk", "index.html");
    const watch = startWatch([join(dir, "speeches"), "-o", join(dir, "speeches", "dist")]);
    try {
      await watch.printedTimes("watching for changes", 1);
      writeFileSync(speech, speechText("第一次修改"));
      await watch.printedTimes("done in", 2);
      expect(readFileSync(html, "utf8")).toContain("第一次修改");
      writeFileSync(speech, speechText("第二次修改"));
      await watch.printedTimes("done in", 3);
      expect(readFileSync(html, "utf8")).toContain("第二次修改");
      // Had the build's own files set off rebuilds, more would have run by the second edit's.
      expect(watch.count("done in")).toBe(3);
    } finally {
      watch.stop();
    }
    expect(await watch.running).toBe(0);
  });

  it("with -o the speeches' own folder: edits rebuild, the decks written there do not", async () => {
    const dir = mkdtempSync(join(scratch, "watch-"));
    const speech = join(dir, "talk.txt");
    writeFileSync(speech, speechText("开始"));
    const watch = startWatch([dir, "-o", dir]);
    try {
      await watch.printedTimes("watching for changes", 1);
      writeFileSync(speech, speechText("修改"));
      await watch.printedTimes("done in", 2);
      writeFileSync(speech, speechText("再改"));
      await watch.printedTimes("done in", 3);
      expect(readFileSync(join(dir, "talk", "index.html"), "utf8")).toContain("再改");
      expect(watch.count("done in")).toBe(3);
    } finally {
      watch.stop();
    }
    expect(await watch.running).toBe(0);
  });
});
