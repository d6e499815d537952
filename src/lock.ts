import { linkSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PodiumError } from "./errors.js";
import { removeFile, tempSuffix, writeError } from "./output.js";

/** Held in a deck folder while a build writes into it; names the holder's process. */
const LOCK = ".podium-lock";

/** Deck folders this process is building (two runs in one process share a pid). */
const held = new Set<string>();

/**
 * Takes the deck folder `dir` for one build: a second build of the same deck, here or in another
 * process, stops at once with one line instead of mixing its files and list with the first one's.
 * A lock left by a build that was killed names a process that no longer runs and is taken over, so
 * a crash or a full disk never locks the next build out. Returns the release.
 */
export async function lockDeck(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK);
  if (held.has(path)) throw busy(dir, process.pid);
  for (let attempt = 0; ; attempt++) {
    if (await create(path)) break;
    const holder = await readHolder(path);
    if (holder !== null && holder !== process.pid && isRunning(holder)) throw busy(dir, holder);
    // Stale: its build is gone. Taken over once; losing that race to another build means it runs.
    if (attempt > 0) throw busy(dir, holder ?? 0);
    await removeFile(path);
  }
  held.add(path);
  return async () => {
    held.delete(path);
    await removeFile(path);
  };
}

/**
 * Creates the lock with its content in one step (written beside it, then hard-linked into place,
 * which fails if it exists): a lock is never seen empty, and a full disk leaves none behind.
 */
async function create(path: string): Promise<boolean> {
  const temp = `${path}-${tempSuffix()}`;
  const content = `${process.pid}\n`;
  try {
    writeFileSync(temp, content, { flag: "wx" });
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
      // A file system without hard links: create it exclusively, a moment empty.
      writeFileSync(path, content, { flag: "wx" });
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw writeError(path, error);
  } finally {
    await removeFile(temp).catch(() => undefined);
  }
}

async function readHolder(path: string): Promise<number | null> {
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch {
    // Gone, or not readable: no holder known.
  }
  const pid = Number.parseInt(text, 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function busy(dir: string, holder: number): PodiumError {
  const who = holder === process.pid ? "this podium" : `podium (process ${holder})`;
  return new PodiumError(
    `${dir}: another build of this deck is running (${who}); wait for it to finish or stop it`,
  );
}
