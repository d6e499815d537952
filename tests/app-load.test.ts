/**
 * Twenty people using one `podium app` at once, each printing the slides PDF of their own speech:
 * every one gets a whole PDF, prints wait their turn in the queue (and say so), and the shared
 * browser is gone when the app stops.
 */
import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../src/app/server.js";
import { Client } from "./helpers/app.js";
import { CHROMIUM } from "./helpers/browser.js";
import { exampleSpeech } from "./helpers/cli.js";

const USERS = 20;

describe("podium app under load", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ port: 0, settings: { browserPath: CHROMIUM } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it(`gives ${USERS} concurrent sessions each its slides PDF`, { timeout: 600_000 }, async () => {
    const speech = readFileSync(exampleSpeech);
    const results = await Promise.all(
      Array.from({ length: USERS }, async () => {
        const client = new Client(app.port);
        await client.open();
        const uploaded = await client.upload("talk.txt", speech);
        expect(uploaded.status).toBe(200);
        const slides = (JSON.parse(uploaded.body) as { speech: { outline: { slides: number } } }).speech
          .outline.slides;
        const started = await client.post("/api/download", { kind: "pdf" });
        expect(started.status).toBe(202);
        const { job } = JSON.parse(started.body) as { job: string };
        // The event stream ends when the job is done or failed; every state it passed through is in it.
        const events = (await client.get(`/api/jobs/${job}/events`)).body;
        const states = [...events.matchAll(/^data: (.*)$/gmu)].map(
          (m) => JSON.parse(m[1] ?? "{}") as { state: string; ahead: number; error?: string },
        );
        expect(states.at(-1)).toEqual({ state: "done", ahead: 0 });
        const file = await client.getBytes(`/api/jobs/${job}/file`);
        const pages = (await PDFDocument.load(file)).getPageCount();
        return { slides, pages, waited: states.some((s) => s.state === "queued" && s.ahead > 0) };
      }),
    );
    for (const { slides, pages } of results) expect(pages).toBe(slides);
    // Twenty prints on a machine that runs a few at once: some waited their turn and were told.
    expect(results.filter((r) => r.waited).length).toBeGreaterThan(0);
  });
});
