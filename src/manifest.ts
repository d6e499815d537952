import { readFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { PodiumError } from "./errors.js";
import { lstatOrNull, statOrNull } from "./files.js";
import { writeFileAtomic } from "./output.js";
import { settleAll } from "./settle.js";

/** Lists what podium wrote into a deck folder, so a later run overwrites only its own files. */
const MANIFEST = ".podium-files.json";

async function readManifest(dir: string): Promise<Set<string>> {
  try {
    const names = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as unknown;
    return new Set(Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : []);
  } catch {
    return new Set();
  }
}

async function writeManifest(dir: string, names: Iterable<string>): Promise<void> {
  await writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify([...new Set(names)].sort(), null, 1)}\n`);
}

/**
 * Claims `names` inside `dir` for this build: refuses to write over a speech or over a file podium
 * did not write (the output folder may be the input's own folder, and nothing of the user's may be
 * lost), then lists the names as podium's before any of them is written. A build that fails half-way
 * therefore never locks the next one out of files it had begun to write.
 */
export async function claimTargets(
  dir: string,
  names: readonly string[],
  inputs: readonly string[],
): Promise<void> {
  const own = await readManifest(dir);
  const inputPaths = new Set(inputs.map((i) => resolve(i)));
  // Checked side by side; the first name in the list that is refused is the error.
  await settleAll(
    names.map(async (name) => {
      const target = resolve(dir, name);
      await refuseLinksOnTheWay(dir, target);
      if (inputPaths.has(target))
        throw new PodiumError(`${target}: refusing to write output over an input file`);
      if (statOrNull(target) && !own.has(name)) {
        throw new PodiumError(
          `${target}: exists and was not written by podium; refusing to overwrite it (choose another -o)`,
        );
      }
    }),
  );
  await writeManifest(dir, [...own, ...names]);
}

/**
 * A folder on the way to a file podium writes must be a real folder: a `reveal/` that links
 * elsewhere would have podium write wherever it points. (A link in the place of a file is
 * harmless: the file is renamed over it, replacing the link.)
 */
async function refuseLinksOnTheWay(dir: string, target: string): Promise<void> {
  const folders: string[] = [];
  for (let at = dirname(target); at !== dir && at.startsWith(dir + sep); at = dirname(at))
    folders.unshift(at);
  for (const folder of folders) await refuseLink(folder);
}

/** Refuses a deck folder (or a folder in it) that is a symbolic link. */
export async function refuseLink(folder: string): Promise<void> {
  if (lstatOrNull(folder)?.isSymbolicLink()) {
    throw new PodiumError(
      `${folder}: is a symbolic link; podium does not write through links in a deck folder (remove it, or choose another -o)`,
    );
  }
}
