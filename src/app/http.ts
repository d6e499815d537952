/** The app's HTTP plumbing: bounded bodies, cookies, replies, and every failure as one sentence. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { PodiumError, printable } from "../errors.js";
import { StaleEdit } from "./edits.js";

/** Largest request that is not a speech (an edit, a choice): a few KB at most. */
const MAX_JSON_BYTES = 64 * 1024;

/** A failure with the status to answer it with; its message is one sentence for the page. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's body, refused once it passes `limit` bytes (before reading it, when it says so). */
export async function readBody(req: IncomingMessage, limit: number, name = "the request"): Promise<Buffer> {
  const tooLarge = () =>
    new HttpError(
      413,
      `${printable(name)}: larger than ${Math.round(limit / 1024 / 1024) || limit / 1024} ${limit >= 1024 * 1024 ? "MB" : "KB"}, more than podium reads`,
    );
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    throw new HttpError(415, "expected JSON");
  }
  const body = await readBody(req, MAX_JSON_BYTES);
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    throw new HttpError(400, "not JSON");
  }
}

export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** `attachment` with the file name for every browser: ASCII fallback plus the UTF-8 name. */
export function attachment(file: string): string {
  const ascii = file.replace(/[^\x20-\x7e]|["\\]/gu, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file)}`;
}

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array | undefined,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    ...headers,
  });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, "text/plain; charset=utf-8", `${text}\n`);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

/** Every failure as one sentence for the page: the user's (4xx) or podium's (500). */
export function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    // The rest of a body too large to read must not be taken for the next request on this socket.
    if (error.status === 413) res.setHeader("Connection", "close");
    return sendJson(res, error.status, { error: printable(error.message) });
  }
  if (error instanceof PodiumError || error instanceof StaleEdit) {
    return sendJson(res, 400, { error: printable(error.message) });
  }
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  sendJson(res, 500, { error: `internal error: ${printable(message)}` });
}
