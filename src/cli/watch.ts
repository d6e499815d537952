import { resolve, sep } from "node:path";
import type { BuildRequest } from "../build.js";
import { watchedPaths } from "../config/load.js";
import { ExitCode, PodiumError, printable } from "../errors.js";
import { deckName } from "../deck-name.js";
import { listInputs, settingsFor } from "../pipeline.js";
import { builtinTemplatesDir } from "../render/index.js";
import type { CommandContext } from "./context.js";
import type { Verbosity } from "./report.js";
import { untilAborted } from "../stop.js";
import { watchPaths } from "../watcher.js";
import { runBuild } from "./run-build.js";

/** Quiet time after a change before rebuilding: editors save in several steps. */
const SETTLE_MS = 100;

/**
 * Builds, then rebuilds on every change until podium is stopped. A failed rebuild is reported and
 * the watch goes on: the presenter is in the middle of editing. Stopped during a build, the build
 * tidies up and the stop goes on to main (exit 128+n); stopped while waiting, the watch ends with 0.
 */
export async function watchBuild(
  request: BuildRequest,
  verbosity: Verbosity,
  { io, signal }: Pick<CommandContext, "io" | "signal">,
): Promise<number> {
  const rebuild = async () => {
    try {
      await runBuild(request, verbosity, { io, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      io.stderr(`podium: ${error instanceof PodiumError ? error.message : printable(String(error))}\n`);
    }
  };
  await rebuild();
  const outputs = await outputFolders(request);
  let building: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchPaths([...watchedPaths(request.inputs, request.settings), builtinTemplatesDir()], {
    // What podium writes is never a reason to rebuild (an output folder inside a watched one).
    ignored: (path) => outputs.some((dir) => path === dir || path.startsWith(dir + sep)),
    onChange: () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        building = building.then(rebuild);
      }, SETTLE_MS);
    },
    onError: (error) => io.stderr(`podium: watching files failed: ${printable(String(error))}\n`),
  });
  // Only once the watches are in place is a save sure to be seen.
  await watcher.ready;
  if (!signal.aborted) io.stderr("watching for changes (Ctrl-C to stop)\n");
  await untilAborted(signal);
  clearTimeout(timer);
  await watcher.close();
  // A rebuild cut short rejects with the stop; main reports it.
  await building;
  return ExitCode.ok;
}

/**
 * Where podium writes: every speech's deck folder (its files, PDFs, list and temp files) inside
 * `-o`, the config file's `output` or the default. The deck folders, not `-o` itself: `-o` may be
 * the speeches' own folder.
 */
async function outputFolders(request: BuildRequest): Promise<string[]> {
  const inputs = await listInputs(request.inputs).catch(() => [...request.inputs]);
  const folders = await Promise.all(
    inputs.map(async (input) =>
      resolve((await settingsFor(input, null, request.settings)).output, deckName(input)),
    ),
  );
  return [...new Set(folders)];
}
