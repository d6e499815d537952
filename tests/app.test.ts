/**
 * `podium app` without a browser: its routes, sessions, print queue, CSRF and origin checks, upload
 * limits, page language, and the corrections it keeps (one entry per point and kind, saved beside
 * a speech opened by path). The server runs in-process; requests are raw HTTP so nothing is
 * normalised on the way.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type App } from "../src/app/server.js";
import { outlineView } from "../src/app/view.js";
import { prepareDeck } from "../src/pipeline.js";
import { appRoute } from "../src/app/routes.js";
import { PrintQueue } from "../src/app/queue.js";
import { SessionStore, tokenMatches } from "../src/app/session.js";
import { languageOfTag, pickLanguage, STRINGS } from "../src/app/i18n.js";
import { readCorrections, sidecarPath } from "../src/corrections/index.js";
import { MAX_INPUT_BYTES } from "../src/ingest/limits.js";
import { Client, raw } from "./helpers/app.js";
import { exampleSpeech } from "./helpers/cli.js";
import { scratchFolder } from "./helpers/scratch.js";

const scratch = scratchFolder("app-unit");

interface StateView {
  speech: {
    name: string;
    outline: { points: { level: number; anchor: string; heading: string; paragraphs: string[] }[] };
    corrections: { kind: string; point: string; value?: string }[];
    choices: { theme: string; aspect: string; handoutLayout: string };
  } | null;
  options: { themes: string[]; aspects: string[]; handoutLayouts: string[]; layouts: string[] };
}

describe("routes", () => {
  it("maps only the app's own paths, each to its one method", () => {
    expect(appRoute("GET", "/")).toEqual({ kind: "page" });
    expect(appRoute("HEAD", "/app/app.js")).toEqual({ kind: "pageAsset", file: "app.js" });
    expect(appRoute("POST", "/api/edit")).toEqual({ kind: "edit" });
    expect(appRoute("GET", "/api/edit")).toMatchObject({ kind: "refused", status: 405, allow: "POST" });
    expect(appRoute("POST", "/api/state")).toMatchObject({ kind: "refused", status: 405 });
    expect(appRoute("GET", "/deck/3/reveal/dist/reveal.js")).toEqual({
      kind: "deck",
      revision: 3,
      asset: "reveal/dist/reveal.js",
    });
    expect(appRoute("GET", "/deck/3/")).toEqual({ kind: "deck", revision: 3, asset: "" });
    expect(appRoute("GET", "/api/jobs/abcdefgh12/file")).toEqual({ kind: "jobFile", id: "abcdefgh12" });
    expect(appRoute("GET", "/app/other.js")).toMatchObject({ kind: "refused", status: 404 });
  });

  it("refuses traversal, raw or encoded, and ids that are not the server's", () => {
    for (const target of [
      "/deck/1/../../etc/passwd",
      "/deck/1/%2e%2e/%2e%2e/etc/passwd",
      "/app/..%2fapp.js",
    ]) {
      expect(appRoute("GET", target)).toMatchObject({ kind: "refused", status: 403 });
    }
    expect(appRoute("GET", "/deck/1/a%5cb")).toMatchObject({ kind: "refused", status: 403 });
    expect(appRoute("GET", "/api/jobs/..%2f..%2fx/file")).toMatchObject({ kind: "refused", status: 403 });
    expect(appRoute("GET", "/api/jobs/a%20b/file")).toMatchObject({ kind: "refused", status: 404 });
    expect(appRoute("GET", "/%zz")).toMatchObject({ kind: "refused", status: 400 });
  });
});

describe("the outline the page shows", () => {
  it("names for every point the slide its text starts on, in speech order", async () => {
    const prepared = await prepareDeck(exampleSpeech);
    const view = outlineView(prepared);
    expect(view.points).toHaveLength(27);
    expect(view.slides).toBe(prepared.plan.slides.length);
    let previous = 0;
    for (const point of view.points) {
      expect(point.slide).toBeGreaterThanOrEqual(previous);
      const notes = prepared.plan.slides[point.slide]?.notes ?? [];
      expect(notes.some((note) => note.includes(point.heading))).toBe(true);
      previous = point.slide;
    }
    // Warnings stand beside the point whose lines they concern.
    const placeholders = view.points.filter((p) => p.warnings.some((w) => /placeholder/u.test(w)));
    expect(placeholders.length).toBeGreaterThan(0);
  });
});

describe("page language", () => {
  it("picks simplified or traditional Chinese or English from Accept-Language, by quality", () => {
    expect(pickLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-Hans");
    expect(pickLanguage("zh-TW,zh;q=0.9")).toBe("zh-Hant");
    expect(pickLanguage("zh-Hant-HK")).toBe("zh-Hant");
    expect(pickLanguage("fr-FR,en;q=0.5,zh;q=0.7")).toBe("zh-Hans");
    expect(pickLanguage("en-GB,zh-CN;q=0.1")).toBe("en");
    expect(pickLanguage("fr,de")).toBeNull();
    expect(pickLanguage("zh;q=0, en")).toBe("en");
    expect(pickLanguage(undefined)).toBeNull();
    expect(languageOfTag("zh-MO")).toBe("zh-Hant");
    expect(languageOfTag("ja")).toBeNull();
  });

  it("has every string in every language", () => {
    const keys = Object.keys(STRINGS.en).sort();
    for (const table of Object.values(STRINGS)) {
      expect(Object.keys(table).sort()).toEqual(keys);
      for (const value of Object.values(table)) expect(value.trim()).not.toBe("");
    }
    expect(STRINGS["zh-Hant"].downloadPdf).not.toBe(STRINGS["zh-Hans"].downloadPdf);
  });
});

describe("print queue", () => {
  /** A job that runs until the test lets it finish. */
  function gate() {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    let started!: () => void;
    const began = new Promise<void>((resolve) => (started = resolve));
    return {
      job: async () => {
        started();
        await opened;
      },
      began,
      open,
    };
  }

  it("runs one job at a time per session and at most `limit` at once overall, oldest first", async () => {
    const queue = new PrintQueue(2);
    const a1 = gate();
    const a2 = gate();
    const b1 = gate();
    const c1 = gate();
    const ja1 = queue.add("a", a1.job);
    const ja2 = queue.add("a", a2.job);
    const jb1 = queue.add("b", b1.job);
    const jc1 = queue.add("c", c1.job);
    await Promise.all([a1.began, b1.began]);
    expect(queue.active).toBe(2);
    expect([ja1.started(), ja2.started(), jb1.started(), jc1.started()]).toEqual([true, false, true, false]);
    // a's second job waits for a's first; c waits for a free slot.
    expect(ja2.ahead()).toBe(1);
    expect(jc1.ahead()).toBe(1);
    b1.open();
    await c1.began;
    expect(ja2.started()).toBe(false);
    a1.open();
    await a2.began;
    c1.open();
    a2.open();
    await Promise.all([ja1.done, ja2.done, jb1.done, jc1.done]);
    expect(queue.active).toBe(0);
    expect(queue.pending).toBe(0);
  });

  it("frees the slot of a job that fails", async () => {
    const queue = new PrintQueue(1);
    const failing = queue.add("a", () => Promise.reject(new Error("no browser")));
    const next = queue.add("b", () => Promise.resolve(42));
    await expect(failing.done).rejects.toThrow("no browser");
    await expect(next.done).resolves.toBe(42);
  });
});

describe("sessions", () => {
  it("compares tokens exactly", () => {
    expect(tokenMatches("abc", "abc")).toBe(true);
    expect(tokenMatches("abc", "abd")).toBe(false);
    expect(tokenMatches("abc", "ab")).toBe(false);
    expect(tokenMatches("abc", undefined)).toBe(false);
  });

  it("forgets the session used longest ago when full, and removes its folder", async () => {
    let now = 0;
    const store = new SessionStore(mkdtempSync(join(scratch, "store-")), 2, () => now++);
    const first = await store.create();
    const second = await store.create();
    store.get(first.id);
    const third = await store.create();
    expect(store.size).toBe(2);
    expect(store.get(second.id)).toBeUndefined();
    expect(existsSync(second.dir)).toBe(false);
    expect(store.get(first.id)?.csrf).toBe(first.csrf);
    expect(first.csrf).not.toBe(third.csrf);
    await store.clear();
    expect(existsSync(first.dir)).toBe(false);
  });
});

describe("the app's server", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ port: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers only on its own host names and sets a strict session cookie", async () => {
    expect((await raw(app.port, "GET", "/", { host: "evil.example" })).status).toBe(403);
    expect((await raw(app.port, "GET", "/", { host: `attacker.test:${app.port}` })).status).toBe(403);
    const client = new Client(app.port);
    const page = await client.open();
    expect(page.status).toBe(200);
    expect(page.headers["set-cookie"]?.[0]).toMatch(/HttpOnly; SameSite=Strict/u);
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'none'/u);
    expect(client.token.length).toBeGreaterThan(20);
    // The page's assets are the app's own: no address outside it.
    expect(page.body).not.toMatch(/https?:\/\//u);
    expect((await raw(app.port, "GET", "/app/app.js")).status).toBe(200);
  });

  it("refuses changes without the page's token, from another origin or another site", async () => {
    const client = new Client(app.port);
    await client.open();
    const speech = readFileSync(exampleSpeech);
    expect((await client.upload("talk.txt", speech, { "x-podium-token": "" })).status).toBe(403);
    expect((await client.upload("talk.txt", speech, { "x-podium-token": "x".repeat(32) })).status).toBe(403);
    expect((await client.upload("talk.txt", speech, { origin: "http://evil.example" })).status).toBe(403);
    expect((await client.upload("talk.txt", speech, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    // Another session's token is not this one's.
    const other = new Client(app.port);
    await other.open();
    expect((await client.upload("talk.txt", speech, { "x-podium-token": other.token })).status).toBe(403);
    // No session at all.
    const stranger = await raw(app.port, "POST", "/api/edit", { "content-type": "application/json" }, "{}");
    expect(stranger.status).toBe(401);
    const state = JSON.parse((await client.get("/api/state")).body) as StateView;
    expect(state.speech).toBeNull();
    // With the token, from the app's own origin: accepted.
    const ok = await client.upload("talk.txt", speech, { origin: `http://127.0.0.1:${app.port}` });
    expect(ok.status).toBe(200);
  });

  it("refuses an upload past the CLI's input limit before reading it, and in one sentence", async () => {
    const client = new Client(app.port);
    await client.open();
    const declared = await raw(app.port, "POST", "/api/speech", {
      cookie: client.cookie,
      "x-podium-token": client.token,
      "x-podium-name": "big.txt",
      "content-length": String(MAX_INPUT_BYTES + 1),
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({
      error: expect.stringMatching(/^big\.txt: larger than 64 MB/u),
    });
  });

  it("says in one sentence why a file is not a speech, with its name's control characters escaped", async () => {
    const client = new Client(app.port);
    await client.open();
    const wrong = await client.upload("notes\u001b[2J.pdf", "%PDF-1.7");
    expect(wrong.status).toBe(400);
    const { error } = JSON.parse(wrong.body) as { error: string };
    expect(error).toMatch(/podium reads \.txt/u);
    expect(error).not.toContain("\u001b");
    expect(error).toContain("\\u001b");
    const empty = await client.upload("empty.txt", "");
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body)).toEqual({ error: "empty.txt: the file is empty" });
  });

  it("keeps one correction per point and kind, and drops a level set back to podium's reading", async () => {
    const client = new Client(app.port);
    await client.open();
    let state = JSON.parse((await client.upload("talk.txt", readFileSync(exampleSpeech))).body) as StateView;
    const points = state.speech?.outline.points ?? [];
    expect(points).toHaveLength(27);
    const target = points.findIndex((p, i) => i > 0 && p.level > 1 && points[i - 1]?.level === p.level);
    const level = points[target]?.level ?? 0;
    const edit = async (body: unknown) => {
      const reply = await client.post("/api/edit", body);
      expect(reply.status, reply.body).toBe(200);
      return JSON.parse(reply.body) as StateView;
    };
    state = await edit({ action: "level", point: target, level: level + 1 });
    state = await edit({ action: "heading", point: target, heading: "  A shorter   heading " });
    state = await edit({ action: "heading", point: target, heading: "Shorter still" });
    state = await edit({ action: "layout", point: target, layout: "cards" });
    expect(state.speech?.corrections.map((c) => [c.kind, c.value])).toEqual([
      ["level", String(level + 1)],
      ["heading", "Shorter still"],
      ["layout", "cards"],
    ]);
    expect(state.speech?.outline.points[target]).toMatchObject({
      level: level + 1,
      slideHeading: "Shorter still",
      layout: "cards",
    });
    state = await edit({ action: "level", point: target, level });
    state = await edit({ action: "layout", point: target, layout: null });
    expect(state.speech?.corrections.map((c) => c.kind)).toEqual(["heading"]);
    // Edits the page could not have sent are refused, and change nothing.
    expect((await client.post("/api/edit", { action: "level", point: 999, level: 2 })).status).toBe(400);
    expect((await client.post("/api/edit", { action: "level", point: 0, level: 0 })).status).toBe(400);
    expect((await client.post("/api/edit", { action: "layout", point: 0, layout: "fancy" })).status).toBe(
      400,
    );
    expect((await client.post("/api/edit", "x", { "content-type": "text/plain" })).status).toBe(415);
    // Merging removes a point; its words stay in the deck (the point before holds them).
    state = await edit({ action: "merge", point: target });
    expect(state.speech?.outline.points).toHaveLength(26);
    state = await edit({ action: "reset" });
    expect(state.speech?.corrections).toEqual([]);
    expect(state.speech?.outline.points).toHaveLength(27);
  });

  it("splits a paragraph into a new point, named by the paragraph's start", async () => {
    const client = new Client(app.port);
    await client.open();
    const state = JSON.parse(
      (await client.upload("talk.txt", readFileSync(exampleSpeech))).body,
    ) as StateView;
    const points = state.speech?.outline.points ?? [];
    const host = points.findIndex((p) => p.paragraphs.length >= 2);
    const reply = await client.post("/api/edit", { action: "split", point: host, paragraph: 1 });
    expect(reply.status, reply.body).toBe(200);
    const after = JSON.parse(reply.body) as StateView;
    expect(after.speech?.outline.points).toHaveLength(points.length + 1);
    const added = after.speech?.outline.points[host + 1];
    expect(points[host]?.paragraphs[1]?.startsWith(added?.heading.slice(0, 5) ?? "?")).toBe(true);
    expect(after.speech?.corrections).toEqual([
      expect.objectContaining({ kind: "split", point: points[host]?.paragraphs[1]?.slice(0, 30) }),
    ]);
  });

  it("turns a paragraph of the opening into the first point", async () => {
    const client = new Client(app.port);
    await client.open();
    const speech = [
      "各位同志：",
      "今天召开这次会议，主要任务是总结工作、部署任务。",
      "一、关于去年的工作",
      "去年各项工作稳步推进。",
      "二、关于今年的任务",
      "今年要抓好三件事。",
    ].join("\n\n");
    const state = JSON.parse((await client.upload("会议.txt", speech)).body) as StateView & {
      speech: { outline: { opening: { paragraphs: string[] } } };
    };
    const opening = state.speech.outline.opening.paragraphs;
    const at = opening.findIndex((p) => p.startsWith("今天召开"));
    expect(at).toBeGreaterThanOrEqual(0);
    const reply = await client.post("/api/edit", { action: "splitOpening", paragraph: at });
    expect(reply.status, reply.body).toBe(200);
    const after = JSON.parse(reply.body) as StateView;
    expect(after.speech?.outline.points.map((p) => p.heading)[0]).toMatch(/^今天召开这次会议/u);
    expect(after.speech?.outline.points).toHaveLength(3);
    expect((await client.post("/api/edit", { action: "splitOpening", paragraph: 99 })).status).toBe(400);
  });

  it("checks theme, aspect and handout choices against podium's own lists", async () => {
    const client = new Client(app.port);
    await client.open();
    await client.upload("talk.txt", readFileSync(exampleSpeech));
    const chosen = await client.post("/api/choose", { theme: "dark", aspect: "4:3", handoutLayout: "6" });
    expect(chosen.status).toBe(200);
    const state = JSON.parse(chosen.body) as StateView;
    expect(state.speech?.choices).toEqual({ theme: "dark", aspect: "4:3", handoutLayout: "6" });
    expect(state.options.aspects).toEqual(["16:9", "4:3"]);
    expect((await client.post("/api/choose", { theme: "../../etc" })).status).toBe(400);
    expect((await client.post("/api/choose", { theme: "nosuch" })).status).toBe(400);
    expect((await client.post("/api/choose", { aspect: "1:1" })).status).toBe(400);
    const deck = await client.get(`/deck/1/`);
    expect(deck.body).toMatch(/theme-dark/u);
  });

  it("serves the session's deck and only the assets it lists", async () => {
    const client = new Client(app.port);
    await client.open();
    await client.upload("talk.txt", readFileSync(exampleSpeech));
    const deck = await client.get("/deck/1/");
    expect(deck.status).toBe(200);
    const asset = /src="([^"]+\.js)"/u.exec(deck.body)?.[1] ?? "";
    expect((await client.get(`/deck/1/${asset}`)).status).toBe(200);
    expect((await client.get("/deck/1/package.json")).status).toBe(404);
    expect((await client.get("/deck/1/%2e%2e/%2e%2e/package.json")).status).toBe(403);
    // Another browser without a speech has no deck, and never sees this one's.
    const other = new Client(app.port);
    await other.open();
    expect((await other.get("/deck/1/")).status).toBe(404);
  });

  it("hands out the single-file deck, the .pptx and the corrections without the printer", async () => {
    const client = new Client(app.port);
    await client.open();
    await client.upload("年度 报告.txt", readFileSync(exampleSpeech));
    for (const [kind, pattern] of [
      ["html", /^<!doctype html>/iu],
      ["pptx", /^PK/u],
      ["corrections", /corrections:/u],
    ] as const) {
      const started = await client.post("/api/download", { kind });
      expect(started.status).toBe(202);
      const { job } = JSON.parse(started.body) as { job: string };
      const events = await client.get(`/api/jobs/${job}/events`);
      expect(events.body).toMatch(/"state":"done"/u);
      const file = await client.get(`/api/jobs/${job}/file`);
      expect(file.status).toBe(200);
      expect(file.body).toMatch(pattern);
      expect(file.headers["content-disposition"]).toContain(
        `filename*=UTF-8''${encodeURIComponent("年度 报告")}`,
      );
    }
    expect((await client.post("/api/download", { kind: "../../x" })).status).toBe(400);
  });
});

describe("printing without a browser", () => {
  it("fails the download with the CLI's sentence, shown in the page, and the app goes on", async () => {
    const app = await startApp({ port: 0, settings: { browserPath: join(scratch, "no-such-chrome") } });
    try {
      const client = new Client(app.port);
      await client.open();
      await client.upload("talk.txt", readFileSync(exampleSpeech));
      const started = await client.post("/api/download", { kind: "pdf" });
      const { job } = JSON.parse(started.body) as { job: string };
      const events = (await client.get(`/api/jobs/${job}/events`)).body;
      const last = [...events.matchAll(/^data: (.*)$/gmu)]
        .map((m) => JSON.parse(m[1] ?? "{}") as unknown)
        .at(-1);
      expect(last).toEqual({ state: "failed", ahead: 0, error: expect.stringMatching(/no-such-chrome/u) });
      expect((await client.get(`/api/jobs/${job}/file`)).status).toBe(409);
      // Downloads that need no browser still work.
      expect((await client.post("/api/download", { kind: "html" })).status).toBe(202);
    } finally {
      await app.close();
    }
  });
});

describe("a speech opened by path", () => {
  it("saves corrections beside the speech, and the next session starts with them", async () => {
    const dir = mkdtempSync(join(scratch, "by-path-"));
    const speech = join(dir, "talk.txt");
    copyFileSync(exampleSpeech, speech);
    const app = await startApp({ port: 0, input: speech });
    try {
      const client = new Client(app.port);
      await client.open();
      const state = JSON.parse((await client.get("/api/state")).body) as StateView & {
        speech: { byPath: boolean; sidecar: string };
      };
      expect(state.speech.byPath).toBe(true);
      expect(state.speech.sidecar).toBe(sidecarPath(speech));
      const edited = await client.post("/api/edit", { action: "level", point: 2, level: 3 });
      expect(edited.status, edited.body).toBe(200);
      expect(await readCorrections(sidecarPath(speech))).toEqual([
        { point: state.speech.outline.points[2]?.anchor, level: 3 },
      ]);
      const next = new Client(app.port);
      await next.open();
      const again = JSON.parse((await next.get("/api/state")).body) as StateView;
      expect(again.speech?.outline.points[2]?.level).toBe(3);
      // Two tabs on one speech: the second tab's edit keeps the first tab's later one.
      const heading = { action: "heading", point: 0, heading: "Why we meet" };
      expect((await client.post("/api/edit", heading)).status).toBe(200);
      const layout = await next.post("/api/edit", { action: "layout", point: 1, layout: "cards" });
      expect(layout.status, layout.body).toBe(200);
      expect((await readCorrections(sidecarPath(speech)))?.map((c) => Object.keys(c).at(-1))).toEqual([
        "level",
        "heading",
        "layout",
      ]);
      // Undoing in the first tab names the entry, wherever it now is in the file.
      const shown = JSON.parse((await client.get("/api/state")).body) as StateView;
      const undo = shown.speech?.corrections.findIndex((c) => c.kind === "heading") ?? -1;
      expect((await client.post("/api/edit", { action: "remove", correction: undo })).status).toBe(200);
      expect((await readCorrections(sidecarPath(speech)))?.map((c) => Object.keys(c).at(-1))).toEqual([
        "level",
        "layout",
      ]);
    } finally {
      await app.close();
    }
    expect(existsSync(app.tempDir)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["talk.podium.yaml", "talk.txt"]);
  });

  it("refuses to start on a speech that cannot be read, and leaves no temp folder behind", async () => {
    const temp = mkdtempSync(join(scratch, "refused-"));
    vi.stubEnv("TMPDIR", temp);
    try {
      await expect(startApp({ port: 0, input: join(scratch, "missing.txt") })).rejects.toThrow(
        /no such file/u,
      );
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readdirSync(temp)).toEqual([]);
  });
});
