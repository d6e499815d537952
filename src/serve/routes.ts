import { extname } from "node:path";
import type { DeckAsset } from "../render/types.js";

/** Where the live-reload client listens for rebuilds. */
export const EVENTS_PATH = "/__podium/events";

/** What one request URL asks for. Only the page, the event stream and the deck's listed assets exist. */
export type Route =
  | { kind: "index" }
  | { kind: "events" }
  | { kind: "asset"; from: string; type: string }
  | { kind: "refused"; status: 400 | 403 | 404 };

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".txt": "text/plain; charset=utf-8",
  "": "text/plain; charset=utf-8",
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** The assets by the URL path they are served at (`reveal/dist/reveal.js`). */
export function assetTable(assets: readonly DeckAsset[]): Map<string, string> {
  return new Map(assets.map((a) => [a.to.split(/[\\/]/u).join("/"), a.from]));
}

/**
 * A request target's path, decoded, when it is safe to look up; otherwise the status to refuse it
 * with. Traversal attempts are refused outright (403) rather than normalised, raw or
 * percent-encoded. Callers look the path up in a table of their own: it is never joined onto a folder.
 */
export function requestPath(target: string): string | { refused: 400 | 403 } {
  const path = target.split(/[?#]/u, 1)[0] ?? "";
  if (!path.startsWith("/")) return { refused: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { refused: 400 };
  }
  const segments = decoded.split("/");
  if (decoded.includes("\\") || decoded.includes("\0") || segments.some((s) => s === ".." || s === ".")) {
    return { refused: 403 };
  }
  return decoded;
}

/**
 * Maps a request target to what it may see. The lookup is an exact match against the deck's own
 * list, so no path is ever joined onto a folder.
 */
export function route(target: string, assets: ReadonlyMap<string, string>): Route {
  const decoded = requestPath(target);
  if (typeof decoded !== "string") return { kind: "refused", status: decoded.refused };
  if (decoded === "/" || decoded === "/index.html") return { kind: "index" };
  if (decoded === EVENTS_PATH) return { kind: "events" };
  const from = assets.get(decoded.slice(1));
  return from ? { kind: "asset", from, type: contentType(decoded) } : { kind: "refused", status: 404 };
}
