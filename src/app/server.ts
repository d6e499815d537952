/**
 * `podium app`: a local web page to bring a speech, correct its outline beside the live deck and
 * download what the meeting needs. Listens on 127.0.0.1 only, answers only to its own host names,
 * keeps each browser's work in a session of its own, and prints PDFs with one shared browser
 * through a queue. Stopping it closes the server, the browser and every temp file.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Settings } from "../config/schema.js";
import { ASPECTS, DEFAULTS, HANDOUT_LAYOUTS, SLIDE_LAYOUTS } from "../config/values.js";
import { sidecarPath } from "../corrections/index.js";
import type { BrowserSession } from "../export/browser.js";
import { PodiumError, printable } from "../errors.js";
import { MAX_INPUT_BYTES } from "../ingest/limits.js";
import { listInputs, prepareDeck } from "../pipeline.js";
import { builtinTemplatesDir } from "../render/index.js";
import { HOST, listenWithFallback } from "../serve/listen.js";
import { assetTable, contentType } from "../serve/routes.js";
import { listThemes } from "../themes.js";
import { DOWNLOAD_KINDS, startDownload, type DownloadJob, type Printer } from "./downloads.js";
import { editSchema } from "./edits.js";
import {
  attachment,
  cookie,
  HttpError,
  readBody,
  readJson,
  send,
  sendError,
  sendJson,
  sendText,
} from "./http.js";
import { languageOfTag, pickLanguage, STRINGS, type PageLanguage } from "./i18n.js";
import { PrintQueue } from "./queue.js";
import { appRoute } from "./routes.js";
import {
  inTurn,
  randomId,
  SessionStore,
  tokenMatches,
  type AppSession,
  type DeckChoices,
} from "./session.js";
import { correctionViews, outlineView } from "./view.js";
import { ACCEPTED, choose, editCorrections, openSpeech, openUpload } from "./workspace.js";

export interface AppOptions {
  /** A speech to open in every new session, by path (corrections are saved beside it). */
  input?: string;
  /** The command line's settings layer. */
  settings?: Settings;
  /** 0 for any free port; a taken port falls back to a free one. */
  port?: number;
  /** Prints running at once over all sessions (default: the number of cores, at least 2). */
  printLimit?: number;
  /** Aborting it stops the app as `close()` does. */
  signal?: AbortSignal;
}

export interface App {
  url: string;
  port: number;
  requestedPort: number;
  /** The folder holding the sessions' uploads; removed by `close()`. */
  tempDir: string;
  /** Stops serving, kills the browser, removes the temp folder. Safe to call twice. */
  close(): Promise<void>;
}

const SESSION_COOKIE = "podium-session";
const TOKEN_HEADER = "x-podium-token";
const NAME_HEADER = "x-podium-name";

const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** The deck is podium's own HTML with inline boot script and theme CSS; it loads nothing else. */
const DECK_CSP =
  "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export async function startApp(options: AppOptions = {}): Promise<App> {
  const settings = options.settings ?? {};
  const requestedPort = options.port ?? DEFAULTS.port;
  const stop = new AbortController();
  const onOuterAbort = () => void close();
  // Checked before the temp folder exists, so a refused start leaves nothing behind.
  if (options.input) await checkInput(options.input, settings);
  const tempDir = await mkdtemp(join(tmpdir(), "podium-app-"));
  const store = new SessionStore(tempDir);
  const queue = new PrintQueue(options.printLimit ?? Math.max(2, availableParallelism()));
  const streams = new Set<() => void>();
  let browser: Promise<BrowserSession> | undefined;
  const printer: Printer = {
    queue,
    changed: () => {
      for (const push of streams) push();
    },
    async browser() {
      const current = await browser?.catch(() => undefined);
      if (current?.isOpen) return current;
      const { BrowserSession, findBrowser } = await import("../export/browser.js");
      browser = BrowserSession.open({
        browserPath: findBrowser(settings.browserPath),
        timeoutMs: (settings.timeout ?? DEFAULTS.timeout) * 1000,
        concurrency: queue.limit,
        signal: stop.signal,
      });
      // A failed start is told to the job that asked; the next print tries again.
      browser.catch(() => (browser = undefined));
      return browser;
    },
  };

  let hosts = new Set<string>();
  let origins = new Set<string>();
  const server = createServer((req, res) => {
    if (!hosts.has((req.headers.host ?? "").toLowerCase())) return sendText(res, 403, "Forbidden");
    handle(req, res).catch((error: unknown) => sendError(res, error));
  });
  const port = await listenWithFallback(server, requestedPort).catch(async (error: unknown) => {
    await store.clear();
    throw error;
  });
  hosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  origins = new Set([...hosts].map((h) => `http://${h}`));

  async function sessionFor(req: IncomingMessage): Promise<AppSession | undefined> {
    return store.get(cookie(req, SESSION_COOKIE));
  }

  async function newSession(): Promise<AppSession> {
    const session = await store.create();
    if (options.input) {
      await openSpeech(session, options.input, basename(options.input), true, settings, stop.signal);
    }
    return session;
  }

  function checkChange(req: IncomingMessage, session: AppSession): void {
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin))
      throw new HttpError(403, "cross-origin request refused");
    const site = req.headers["sec-fetch-site"];
    if (site !== undefined && site !== "same-origin" && site !== "none") {
      throw new HttpError(403, "cross-site request refused");
    }
    const token = req.headers[TOKEN_HEADER];
    if (!tokenMatches(session.csrf, typeof token === "string" ? token : undefined)) {
      throw new HttpError(403, "the page's token is missing or stale; reload the page");
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = appRoute(req.method ?? "GET", req.url ?? "/");
    const head = req.method === "HEAD";
    switch (route.kind) {
      case "refused":
        if (route.allow) res.setHeader("Allow", route.allow);
        return sendText(res, route.status, String(route.status));
      case "favicon":
        res.writeHead(204, { "Cache-Control": "max-age=86400" });
        return void res.end();
      case "pageAsset": {
        const body = await readFile(join(builtinTemplatesDir(), "app", route.file));
        return send(res, 200, contentType(route.file), head ? undefined : body, {
          "Cache-Control": "no-cache",
        });
      }
      case "strings": {
        const tag = new URL(req.url ?? "/", "http://x").searchParams.get("tag") ?? "";
        const language = languageOfTag(tag) ?? "en";
        return sendJson(res, 200, { lang: language, strings: STRINGS[language] });
      }
      case "page": {
        let session = await sessionFor(req);
        if (!session) {
          session = await newSession();
          res.setHeader("Set-Cookie", `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Strict`);
        }
        const query = new URL(req.url ?? "/", "http://x").searchParams.get("lang");
        const language: PageLanguage | null =
          (query ? languageOfTag(query) : null) ?? pickLanguage(req.headers["accept-language"]);
        const html = await pageHtml(language, session);
        return send(res, 200, "text/html; charset=utf-8", head ? undefined : html, {
          "Content-Security-Policy": PAGE_CSP,
        });
      }
    }
    const session = await sessionFor(req);
    if (!session) throw new HttpError(401, "this page's session has ended; reload the page");
    switch (route.kind) {
      case "state":
        return sendJson(res, 200, await state(session));
      case "deck":
        return sendDeck(req, res, session, route.asset, head);
      case "jobEvents":
        return streamJob(res, jobOf(session, route.id));
      case "jobFile": {
        const job = jobOf(session, route.id);
        if (job.state !== "done" || !job.bytes || !job.file) throw new HttpError(409, "not ready yet");
        send(res, 200, job.type ?? "application/octet-stream", head ? undefined : job.bytes, {
          "Content-Disposition": attachment(job.file),
        });
        // Handed over: twenty sessions' PDFs must not stay in memory (a new click makes it again).
        if (!head) session.jobs.delete(job.id);
        return;
      }
    }
    checkChange(req, session);
    switch (route.kind) {
      case "upload": {
        const name = decodeName(req.headers[NAME_HEADER]);
        const bytes = await readBody(req, MAX_INPUT_BYTES, name);
        await inTurn(session, () => openUpload(session, name, bytes, settings, stop.signal));
        return sendJson(res, 200, await state(session));
      }
      case "edit": {
        const parsed = editSchema.safeParse(await readJson(req));
        if (!parsed.success) throw new HttpError(400, "not a correction podium knows");
        await inTurn(session, () => editCorrections(session, parsed.data, settings, stop.signal));
        return sendJson(res, 200, await state(session));
      }
      case "choose": {
        const choices = parseChoices(await readJson(req));
        await inTurn(session, () => choose(session, choices, settings, stop.signal));
        return sendJson(res, 200, await state(session));
      }
      case "download": {
        const body = (await readJson(req)) as { kind?: unknown };
        const kind = DOWNLOAD_KINDS.find((k) => k === body.kind);
        if (!kind) throw new HttpError(400, "not a download podium makes");
        const prepared = session.prepared;
        if (!prepared) throw new HttpError(409, "open a speech first");
        const job = startDownload(session, prepared, kind, randomId(), printer);
        return sendJson(res, 202, { job: job.id, state: job.state, ahead: job.ahead() });
      }
    }
  }

  function jobOf(session: AppSession, id: string): DownloadJob {
    const job = session.jobs.get(id);
    if (!job) throw new HttpError(404, "no such download");
    return job;
  }

  /** Sends the job's state now and at every change until it is done or failed. */
  function streamJob(res: ServerResponse, job: DownloadJob): void {
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
    });
    let last = "";
    const push = () => {
      const data = JSON.stringify({
        state: job.state,
        ahead: job.ahead(),
        ...(job.error ? { error: job.error } : {}),
      });
      if (data !== last) res.write(`event: state\ndata: ${data}\n\n`);
      last = data;
      if (job.state === "done" || job.state === "failed") end();
    };
    const end = () => {
      streams.delete(push);
      res.end();
    };
    streams.add(push);
    res.on("close", () => streams.delete(push));
    push();
  }

  function sendDeck(
    req: IncomingMessage,
    res: ServerResponse,
    session: AppSession,
    asset: string,
    head: boolean,
  ): void {
    const prepared = session.prepared;
    if (!prepared) throw new HttpError(404, "no deck yet");
    if (asset === "") {
      return send(res, 200, "text/html; charset=utf-8", head ? undefined : prepared.deck.html, {
        "Content-Security-Policy": DECK_CSP,
      });
    }
    const from = assetTable(prepared.deck.assets).get(asset);
    if (!from) throw new HttpError(404, "not part of the deck");
    const stream = createReadStream(from);
    stream.once("open", () => {
      res.writeHead(200, { "Content-Type": contentType(asset), "Cache-Control": "no-cache" });
      if (head) {
        stream.destroy();
        res.end();
      } else stream.pipe(res);
    });
    stream.once("error", () => (res.headersSent ? res.destroy() : sendText(res, 404, "404")));
    void req;
  }

  async function state(session: AppSession): Promise<unknown> {
    const { prepared, speech } = session;
    const themes = (await listThemes(prepared?.settings.templates)).map((t) => t.name);
    return {
      accept: ACCEPTED,
      options: { themes, aspects: ASPECTS, handoutLayouts: HANDOUT_LAYOUTS, layouts: SLIDE_LAYOUTS },
      speech:
        speech && prepared
          ? {
              name: speech.displayName,
              byPath: speech.byPath,
              ...(speech.byPath ? { sidecar: printable(resolve(sidecarPath(speech.path))) } : {}),
              revision: session.revision,
              outline: outlineView(prepared),
              corrections: correctionViews(session.corrections),
              choices: {
                theme: prepared.settings.theme,
                aspect: prepared.settings.aspect,
                handoutLayout: prepared.settings.handoutLayout,
              },
            }
          : null,
    };
  }

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closing ??= (async () => {
      options.signal?.removeEventListener("abort", onOuterAbort);
      stop.abort(new PodiumError("podium app stopped"));
      await browser?.then((b) => b.close()).catch(() => undefined);
      for (const push of [...streams]) streams.delete(push);
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await store.clear();
    })();
    return closing;
  }
  if (options.signal?.aborted) await close();
  else options.signal?.addEventListener("abort", onOuterAbort, { once: true });

  return { url: `http://${HOST}:${port}/`, port, requestedPort, tempDir, close };
}

/** Fails at start-up, in the CLI's words, when the speech given on the command line cannot be read. */
async function checkInput(input: string, settings: Settings): Promise<void> {
  const inputs = await listInputs([input]);
  if (inputs.length !== 1 || inputs[0] !== input) {
    throw new PodiumError(`${input}: open one speech file, not a folder`);
  }
  await prepareDeck(input, settings);
}

async function pageHtml(language: PageLanguage | null, session: AppSession): Promise<string> {
  const shell = await readFile(join(builtinTemplatesDir(), "app", "index.html"), "utf8");
  const lang = language ?? "en";
  const boot = JSON.stringify({
    csrf: session.csrf,
    lang,
    // No Accept-Language podium speaks: the page asks with the browser's own language.
    askBrowser: language === null,
    strings: STRINGS[lang],
  })
    // Inside <script> the JSON must not close the element or open a comment.
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e");
  return shell.replace("{{lang}}", lang).replace("{{boot}}", () => boot);
}

function parseChoices(body: unknown): DeckChoices {
  if (typeof body !== "object" || body === null) throw new HttpError(400, "not a choice podium knows");
  const { theme, aspect, handoutLayout } = body as Record<string, unknown>;
  const choices: DeckChoices = {};
  if (typeof theme === "string" && /^[\w-]{1,64}$/u.test(theme)) choices.theme = theme;
  const foundAspect = ASPECTS.find((a) => a === aspect);
  if (foundAspect) choices.aspect = foundAspect;
  const foundLayout = HANDOUT_LAYOUTS.find((l) => l === handoutLayout);
  if (foundLayout) choices.handoutLayout = foundLayout;
  if (Object.keys(choices).length === 0) throw new HttpError(400, "not a choice podium knows");
  return choices;
}

function decodeName(header: string | string[] | undefined): string {
  if (typeof header !== "string" || header.length > 1024)
    throw new HttpError(400, "the speech has no file name");
  try {
    return decodeURIComponent(header);
  } catch {
    throw new HttpError(400, "the speech's file name is not readable");
  }
}
