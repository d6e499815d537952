import { createReadStream } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { dirname, resolve } from "node:path";
import { findConfig, watchedPaths } from "../config/load.js";
import type { Settings } from "../config/schema.js";
import { DEFAULTS } from "../config/values.js";
import { ExitCode, PodiumError } from "../errors.js";
import { listInputs, prepareDeck, type PreparedDeck } from "../pipeline.js";
import { builtinTemplatesDir } from "../render/index.js";
import { watchPaths, type PathWatcher } from "../watcher.js";
import { injectClient } from "./client.js";
import { EventHub } from "./events.js";
import { HOST, listenWithFallback } from "./listen.js";
import { assetTable, route } from "./routes.js";

export interface PreviewOptions {
  /** One speech, or a folder holding exactly one. */
  input: string;
  /** The flags layer; front matter and the config file are read on every rebuild. */
  settings?: Settings;
  /** 0 for any free port. A taken port falls back to a free one. */
  port?: number;
  /** Quiet time after a change before rebuilding: editors save in several steps. Default 100 ms. */
  debounceMs?: number;
  /** Called after every rebuild that a change triggered (not the first build). */
  onRebuild?: (result: RebuildResult) => void;
  /** The file watcher failed (too many files, no permission); serving goes on without it. */
  onWatchError?: (error: unknown) => void;
}

export type RebuildResult =
  | { ok: true; prepared: PreparedDeck; changed: boolean; tabs: number; ms: number }
  | { ok: false; error: unknown };

export interface Preview {
  url: string;
  port: number;
  /** The port asked for; differs from `port` when it was taken. */
  requestedPort: number;
  input: string;
  /** The deck being served: the last one that built. */
  current(): PreparedDeck;
  /** Rebuilds now (as a saved file would) and reloads open tabs if the deck changed. */
  rebuild(): Promise<RebuildResult>;
  /** Stops watching, ends every event stream and closes the server. Safe to call twice. */
  close(): Promise<void>;
}

interface Served {
  prepared: PreparedDeck;
  page: string;
  assets: Map<string, string>;
  version: number;
}

async function singleInput(input: string): Promise<string> {
  const inputs = await listInputs([input]);
  if (inputs.length > 1) {
    throw new PodiumError(
      `${input} holds ${inputs.length} speeches; preview one at a time, e.g. podium serve ${inputs[0] ?? input}`,
      ExitCode.usage,
    );
  }
  return inputs[0] ?? input;
}

/**
 * Builds the speech, serves it on 127.0.0.1 with a live-reload client, and rebuilds when the speech,
 * its config, a template or a theme changes. The deck lives in memory and its assets are read from
 * where they are installed: nothing is written anywhere. The first build must succeed; a later one
 * that fails keeps the last good deck on screen.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const input = await singleInput(options.input);
  const settings = options.settings ?? {};
  const requestedPort = options.port ?? DEFAULTS.port;
  let served = serve(await prepareDeck(input, settings), 1);
  const hub = new EventHub();

  // Host names a page may reach us by (set once the port is known); any other is DNS rebinding.
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    if (!hosts.has((req.headers.host ?? "").toLowerCase())) return refuse(res, 403);
    handle(req, res, served, hub);
  });
  const port = await listenWithFallback(server, requestedPort).catch((error: unknown) => {
    hub.close();
    throw error;
  });
  hosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);

  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (closed) return;
      void rebuild().then((result) => {
        if (!closed) options.onRebuild?.(result);
      });
    }, options.debounceMs ?? 100);
  };
  let watcher: PathWatcher;
  try {
    watcher = watchPaths(dependencies(input, settings), {
      onChange,
      onError: (error) => options.onWatchError?.(error),
    });
  } catch (error) {
    hub.close();
    server.close();
    throw error;
  }
  const watchAlso = async (prepared: PreparedDeck) => {
    const extra = [prepared.settings.templates ? resolve(prepared.settings.templates) : undefined];
    // A config file further up the tree than the speech's own folder.
    extra.push((await findConfig(dirname(resolve(input))).catch(() => null))?.path);
    for (const path of extra) if (path) watcher.add(path);
  };
  await watchAlso(served.prepared);

  let failing = false;
  const buildOnce = async (): Promise<RebuildResult> => {
    const started = performance.now();
    try {
      const prepared = await prepareDeck(input, settings);
      const changed =
        prepared.deck.html !== served.prepared.deck.html || !sameAssets(prepared, served.prepared);
      if (changed) served = serve(prepared, served.version + 1);
      else served = { ...served, prepared };
      await watchAlso(prepared);
      if (changed) hub.send("reload", served.version);
      // Undoing a broken edit builds the deck already on screen: only the error banner goes.
      else if (failing) hub.send("recovered", served.version);
      failing = false;
      return { ok: true, prepared, changed, tabs: hub.size, ms: performance.now() - started };
    } catch (error) {
      failing = true;
      hub.send("failed", error instanceof Error ? error.message : String(error));
      return { ok: false, error };
    }
  };

  // One build at a time; saves that arrive meanwhile fold into a single next build.
  let queued: Promise<RebuildResult> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const rebuild = (): Promise<RebuildResult> => {
    if (queued) return queued;
    const next = running.then(() => {
      queued = undefined;
      return buildOnce();
    });
    queued = next;
    running = next;
    return next;
  };

  await watcher.ready;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    requestedPort,
    input,
    current: () => served.prepared,
    rebuild,
    close() {
      closing ??= (async () => {
        closed = true;
        clearTimeout(timer);
        hub.close();
        await watcher.close();
        await new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive sockets would hold close() open until they time out.
          server.closeAllConnections();
        });
        await running.catch(() => undefined);
      })();
      return closing;
    },
  };
}

/** What the served deck is built from: the speech, its config files, the templates. */
function dependencies(input: string, settings: Settings): string[] {
  return [...watchedPaths([input], settings), builtinTemplatesDir()];
}

function serve(prepared: PreparedDeck, version: number): Served {
  return {
    prepared,
    page: injectClient(prepared.deck.html, version),
    assets: assetTable(prepared.deck.assets),
    version,
  };
}

function sameAssets(a: PreparedDeck, b: PreparedDeck): boolean {
  const key = (p: PreparedDeck) => JSON.stringify(p.deck.assets);
  return key(a) === key(b);
}

function refuse(res: ServerResponse, status: number): void {
  const text =
    { 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed" }[status] ?? "Error";
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(`${status} ${text}\n`);
}

function handle(req: IncomingMessage, res: ServerResponse, served: Served, hub: EventHub): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return refuse(res, 405);
  }
  const target = route(req.url ?? "/", served.assets);
  switch (target.kind) {
    case "refused":
      return refuse(res, target.status);
    case "events":
      return hub.open(res, served.version);
    case "index":
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : served.page);
      return;
    case "asset": {
      const stream = createReadStream(target.from);
      stream.once("open", () => {
        res.writeHead(200, { "Content-Type": target.type, "Cache-Control": "no-cache" });
        if (req.method === "HEAD") {
          stream.destroy();
          res.end();
        } else stream.pipe(res);
      });
      stream.once("error", () => (res.headersSent ? res.destroy() : refuse(res, 404)));
      return;
    }
  }
}
