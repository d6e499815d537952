// Synchronous file operations, as everywhere in podium (files.ts).
import { constants, copyFileSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ExitCode, PodiumError } from "./errors.js";
import { statOrNull } from "./files.js";
import type { RenderedDeck } from "./render/types.js";
import { settleAll } from "./settle.js";

/** A temp name beside `path`, so the rename stays on one file system (and is atomic there). */
function tempPath(path: string): string {
  return join(dirname(path), `.podium-tmp-${basename(path)}-${tempSuffix()}`);
}

/**
 * Eight random hex digits for a temp name. Temp files are created exclusively (a name that is taken,
 * even by a link, fails rather than being written through), so the name need not be secret and
 * Node's crypto module (5 ms of a build's start) is not loaded for it.
 */
export function tempSuffix(): string {
  return Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, "0");
}

/** Removes a file; one that is not there is fine. */
export async function removeFile(path: string): Promise<void> {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** What the presenter can do about a failed write, by error code; other codes stay internal errors. */
const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the folder is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is larger than this file system allows",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder is in the way",
  EEXIST: "a file is in the way",
};

/**
 * Turns a failed write into a one-line error naming the file (exit 3: the machine, not the speech,
 * is the problem). Errors with unknown codes pass through unchanged.
 */
export function writeError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const problem = code ? WRITE_PROBLEMS[code] : undefined;
  if (!problem) return error;
  return new PodiumError(`${path}: cannot write output: ${problem} (${code})`, ExitCode.environment, {
    cause: error,
  });
}

/**
 * `mkdir -p` whose failure names the folder in one line. One level at a time: Node's recursive
 * mkdir retries forever where a folder cannot be made although its parent exists (`/proc/self`),
 * and says ENOENT for a read-only file system where one level says EROFS.
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = statOrNull(at);
    if (info) {
      if (!info.isDirectory())
        throw writeError(at, Object.assign(new Error("not a folder"), { code: "ENOTDIR" }));
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another build of the same speech made it a moment ago.
      if (code === "EEXIST" && statOrNull(folder)?.isDirectory()) continue;
      if (code === "ENOENT") {
        throw new PodiumError(
          `${folder}: cannot write output: this file system takes no new folders here (ENOENT)`,
          ExitCode.environment,
          { cause: error },
        );
      }
      throw writeError(folder, error);
    }
  }
}

/**
 * Writes through a temp file beside `path`, then renames it into place. A stopped or failed write
 * removes its temp file before the error goes on, so nothing half-written is ever left.
 */
async function viaTemp(
  path: string,
  write: (temp: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const temp = tempPath(path);
  try {
    signal?.throwIfAborted();
    write(temp);
    signal?.throwIfAborted();
    renameSync(temp, path);
  } catch (error) {
    await removeFile(temp).catch(() => undefined);
    throw signal?.aborted ? signal.reason : writeError(path, error);
  }
}

/**
 * Writes a file so readers see the old content or the new, never half of it: write a temp file in
 * the same folder, then rename it over the target. The folder must exist.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  signal?: AbortSignal,
): Promise<void> {
  await viaTemp(path, (temp) => writeFileSync(temp, data, { flag: "wx" }), signal);
}

async function copyFileAtomic(from: string, to: string, signal: AbortSignal | undefined): Promise<void> {
  // A copy-on-write clone where the file system makes them, a plain copy elsewhere.
  await viaTemp(
    to,
    (temp) => copyFileSync(from, temp, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE),
    signal,
  );
}

/** Writes `index.html` and the deck's assets into `dir` (created if needed); returns the paths written. */
export async function writeDeck(deck: RenderedDeck, dir: string, signal?: AbortSignal): Promise<string[]> {
  await ensureDir(dir);
  const folders = new Set(deck.assets.map((asset) => dirname(join(dir, asset.to))));
  await settleAll([...folders].map((folder) => ensureDir(folder)));
  const written = await settleAll(
    deck.assets.map(async (asset) => {
      const target = join(dir, asset.to);
      await copyFileAtomic(asset.from, target, signal);
      return target;
    }),
  );
  // The page last: a deck folder with index.html in it has all its assets.
  const index = join(dir, "index.html");
  await writeFileAtomic(index, deck.html, signal);
  written.push(index);
  return written;
}
