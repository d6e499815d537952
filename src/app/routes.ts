/**
 * The app's URLs. Every path is matched exactly against this table (or, under /deck/, against the
 * deck's own asset list): nothing a request names is ever joined onto a folder.
 */
import { requestPath } from "../serve/routes.js";

/** The page's own files, served from templates/app/ under these fixed names. */
const PAGE_ASSETS: ReadonlyMap<string, string> = new Map([
  ["/app/app.js", "app.js"],
  ["/app/app.css", "app.css"],
]);

export type AppRoute =
  | { kind: "page" }
  | { kind: "favicon" }
  | { kind: "pageAsset"; file: string }
  | { kind: "state" }
  | { kind: "strings" }
  | { kind: "upload" }
  | { kind: "edit" }
  | { kind: "choose" }
  | { kind: "download" }
  | { kind: "jobEvents"; id: string }
  | { kind: "jobFile"; id: string }
  /** `asset` is "" for the deck's page, else the path of one of its assets. */
  | { kind: "deck"; revision: number; asset: string }
  | { kind: "refused"; status: 400 | 403 | 404 | 405; allow?: string };

type Method = "GET" | "POST";

/** Routes taking no part of the path as data, with the one method each accepts. */
const FIXED: ReadonlyMap<string, [Method, AppRoute]> = new Map<string, [Method, AppRoute]>([
  ["/", ["GET", { kind: "page" }]],
  ["/index.html", ["GET", { kind: "page" }]],
  // Browsers ask on their own; "nothing" rather than a 404 in the console.
  ["/favicon.ico", ["GET", { kind: "favicon" }]],
  ["/api/state", ["GET", { kind: "state" }]],
  ["/api/strings", ["GET", { kind: "strings" }]],
  ["/api/speech", ["POST", { kind: "upload" }]],
  ["/api/edit", ["POST", { kind: "edit" }]],
  ["/api/choose", ["POST", { kind: "choose" }]],
  ["/api/download", ["POST", { kind: "download" }]],
  ...[...PAGE_ASSETS].map(([path, file]): [string, [Method, AppRoute]] => [
    path,
    ["GET", { kind: "pageAsset", file }],
  ]),
]);

/** Ids the server makes (randomId): url-safe base64, nothing else. */
const ID = /^[\w-]{8,64}$/u;

function allowed(method: string, wanted: Method, route: AppRoute): AppRoute {
  if (method === wanted || (wanted === "GET" && method === "HEAD")) return route;
  return { kind: "refused", status: 405, allow: wanted === "GET" ? "GET, HEAD" : "POST" };
}

export function appRoute(method: string, target: string): AppRoute {
  const path = requestPath(target);
  if (typeof path !== "string") return { kind: "refused", status: path.refused };
  const fixed = FIXED.get(path);
  if (fixed) return allowed(method, fixed[0], fixed[1]);
  const job = /^\/api\/jobs\/([^/]+)\/(events|file)$/u.exec(path);
  if (job) {
    const id = job[1] ?? "";
    if (!ID.test(id)) return { kind: "refused", status: 404 };
    return allowed(method, "GET", job[2] === "events" ? { kind: "jobEvents", id } : { kind: "jobFile", id });
  }
  const deck = /^\/deck\/(\d{1,9})\/(.*)$/u.exec(path);
  if (deck) {
    const asset = deck[2] === "index.html" ? "" : (deck[2] ?? "");
    return allowed(method, "GET", { kind: "deck", revision: Number(deck[1]), asset });
  }
  return { kind: "refused", status: 404 };
}
