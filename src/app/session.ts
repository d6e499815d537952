/**
 * One browser's work in the app: the speech it opened, its corrections, the deck settings it
 * picked, the deck as last built and its downloads. Sessions are named by a random id in a cookie
 * and carry a random CSRF token the page sends back with every change.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Correction } from "../corrections/types.js";
import type { Aspect, HandoutLayout } from "../config/values.js";
import type { PreparedDeck } from "../pipeline.js";
import type { DownloadJob } from "./downloads.js";

/** Sessions kept at once; past it the one used longest ago (and not printing) is forgotten. */
const MAX_SESSIONS = 200;

export interface Speech {
  /** Where the speech is read from: the user's file, or a copy in the session's folder. */
  path: string;
  /** The name to show and to name downloads after (printable). */
  displayName: string;
  /** Opened by path from the command line: corrections are saved beside it. */
  byPath: boolean;
}

export interface DeckChoices {
  theme?: string;
  aspect?: Aspect;
  handoutLayout?: HandoutLayout;
}

export interface AppSession {
  readonly id: string;
  readonly csrf: string;
  /** This session's own folder (uploads, their sidecars); removed with the session. */
  readonly dir: string;
  lastUsed: number;
  speech: Speech | null;
  corrections: Correction[];
  choices: DeckChoices;
  prepared: PreparedDeck | null;
  /** Bumped at every rebuild: the deck's URL carries it, so the frame reloads. */
  revision: number;
  /** Uploads so far: each goes to a new numbered folder, so an old sidecar never applies. */
  uploads: number;
  jobs: Map<string, DownloadJob>;
  /** Edits run one after another: two quick key presses must not race. */
  queue: Promise<unknown>;
}

export function randomId(): string {
  return randomBytes(24).toString("base64url");
}

/** Compares a token in constant time: a timing difference must not reveal how much matched. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Runs `work` after the session's earlier edits, in order. */
export function inTurn<T>(session: AppSession, work: () => Promise<T>): Promise<T> {
  const next = session.queue.then(work, work);
  session.queue = next.catch(() => undefined);
  return next;
}

export class SessionStore {
  private readonly sessions = new Map<string, AppSession>();

  constructor(
    /** The server's temp folder: every session's folder is inside it. */
    private readonly root: string,
    private readonly limit = MAX_SESSIONS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  get(id: string | undefined): AppSession | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (session) session.lastUsed = this.now();
    return session;
  }

  async create(): Promise<AppSession> {
    await this.makeRoom();
    const id = randomId();
    // The folder is named by the server's own random id: nothing from a request names a path.
    const dir = join(this.root, id);
    await mkdir(dir, { recursive: true });
    const session: AppSession = {
      id,
      csrf: randomId(),
      dir,
      lastUsed: this.now(),
      speech: null,
      corrections: [],
      choices: {},
      prepared: null,
      revision: 0,
      uploads: 0,
      jobs: new Map(),
      queue: Promise.resolve(),
    };
    this.sessions.set(id, session);
    return session;
  }

  /** Forgets the sessions used longest ago until there is room for one more; busy ones stay. */
  private async makeRoom(): Promise<void> {
    if (this.sessions.size < this.limit) return;
    const idle = [...this.sessions.values()]
      .filter((s) => ![...s.jobs.values()].some((j) => j.state === "queued" || j.state === "printing"))
      .sort((a, b) => a.lastUsed - b.lastUsed);
    for (const session of idle.slice(0, this.sessions.size - this.limit + 1)) {
      this.sessions.delete(session.id);
      await rm(session.dir, { recursive: true, force: true });
    }
  }

  /** Removes every session's folder (the server is stopping). */
  async clear(): Promise<void> {
    this.sessions.clear();
    await rm(this.root, { recursive: true, force: true, maxRetries: 3 });
  }
}
