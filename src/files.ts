/**
 * podium reads and writes its files synchronously: a deck is a few small files on a local disk, and
 * each operation done asynchronously is a round trip through Node's thread pool that costs more than
 * the operation itself (an HTML build of the example speech made dozens). A build lets the event
 * loop run between its stages instead (`checkpoint`, stop.ts), so a stop signal still ends it there.
 */
import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";

/** A file's or folder's details, or null when nothing is there (or it cannot be seen). */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** The same of a symbolic link itself, not of what it points to. */
export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** The names in a folder; none when there is no such folder (or it cannot be read). */
export function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
