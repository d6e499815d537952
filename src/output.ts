import { randomBytes } from "node:crypto";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { RenderedDeck } from "./render/types.js";

/** A temp name beside `path`, so the rename stays on one file system (and is atomic there). */
function tempPath(path: string): string {
  return join(dirname(path), `.podium-tmp-${basename(path)}-${randomBytes(4).toString("hex")}`);
}

/**
 * Writes a file so readers see the old content or the new, never half of it: write a temp file in
 * the same folder, then rename it over the target. The folder must exist.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPath(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function copyFileAtomic(from: string, to: string): Promise<void> {
  const temp = tempPath(to);
  try {
    await copyFile(from, temp);
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes `index.html` and the deck's assets into `dir` (created if needed); returns the paths written. */
export async function writeDeck(deck: RenderedDeck, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const asset of deck.assets) {
    const target = join(dir, asset.to);
    await mkdir(dirname(target), { recursive: true });
    await copyFileAtomic(asset.from, target);
    written.push(target);
  }
  // The page last: a deck folder with index.html in it has all its assets.
  const index = join(dir, "index.html");
  await writeFileAtomic(index, deck.html);
  written.push(index);
  return written;
}
