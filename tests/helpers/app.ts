/** `podium app` as a user starts it: the compiled CLI in a subprocess, its URL read from stdout. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { repo } from "./cli.js";

export interface RunningApp {
  url: string;
  child: ChildProcess;
  /** Everything the app wrote to stderr so far. */
  stderr(): string;
  /** Stops it with SIGINT as Ctrl-C would; resolves to its exit code. */
  stop(): Promise<number | null>;
}

export async function startAppProcess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningApp> {
  const child = spawn(process.execPath, [join(repo, "bin", "podium.js"), "app", "--port", "0", ...args], {
    cwd: options.cwd ?? repo,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const line = /^(http:\/\/\S+)\n/mu.exec(stdout);
      if (line?.[1]) resolve(line[1]);
    });
    child.once("exit", (code) => reject(new Error(`podium app exited (${code}) before serving: ${stderr}`)));
    child.once("error", reject);
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return {
    url,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill("SIGINT");
      return exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the target and headers go out exactly as written. */
export function raw(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, method, path: target, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A browser's view of the app: its session cookie and the page's CSRF token. */
export class Client {
  cookie = "";
  token = "";
  constructor(readonly port: number) {}

  async open(headers: Record<string, string> = {}): Promise<Reply> {
    const page = await raw(this.port, "GET", "/", headers);
    const set = page.headers["set-cookie"]?.[0] ?? "";
    this.cookie = set.split(";")[0] ?? "";
    this.token = /"csrf":"([^"]+)"/u.exec(page.body)?.[1] ?? "";
    return page;
  }

  get(target: string): Promise<Reply> {
    return raw(this.port, "GET", target, { cookie: this.cookie });
  }

  /** Reads an event stream until `wanted` appears in it; resolves then, leaving the stream open. */
  waitForEvent(target: string, wanted: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.send(target, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
          if (text.includes(wanted)) resolve();
        });
        res.on("end", () => reject(new Error(`the stream ended without ${wanted}: ${text}`)));
      }).on("error", () => undefined);
    });
  }

  /** The body as bytes (a PDF, a .pptx). */
  getBytes(target: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.send(target, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${res.statusCode}`)),
        );
      }).on("error", reject);
    });
  }

  /** A GET with this browser's cookie, its response streamed to `onResponse`. */
  private send(target: string, onResponse: (res: IncomingMessage) => void): ClientRequest {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: this.port,
        path: target,
        headers: { host: `127.0.0.1:${this.port}`, cookie: this.cookie },
      },
      onResponse,
    );
    req.end();
    return req;
  }

  post(target: string, value: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    return raw(
      this.port,
      "POST",
      target,
      { cookie: this.cookie, "x-podium-token": this.token, "content-type": "application/json", ...headers },
      JSON.stringify(value),
    );
  }

  upload(name: string, bytes: Buffer | string, headers: Record<string, string> = {}): Promise<Reply> {
    return raw(
      this.port,
      "POST",
      "/api/speech",
      {
        cookie: this.cookie,
        "x-podium-token": this.token,
        "x-podium-name": encodeURIComponent(name),
        "content-type": "application/octet-stream",
        ...headers,
      },
      bytes,
    );
  }
}
