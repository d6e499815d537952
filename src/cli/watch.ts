import { watch } from "chokidar";
import { resolve, sep } from "node:path";
import type { BuildRequest } from "../build.js";
import { watchedPaths } from "../config/load.js";
import { ExitCode, PodiumError, printable } from "../errors.js";
import { listInputs, settingsFor } from "../pipeline.js";
import { builtinTemplatesDir } from "../render/index.js";
import type { CommandContext } from "./context.js";
import type { Verbosity } from "./report.js";
import { untilAborted } from "../stop.js";
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
  const watcher = watch([...watchedPaths(request.inputs, request.settings), builtinTemplatesDir()], {
    ignoreInitial: true,
    // What podium writes is never a reason to rebuild (an output folder inside a watched one).
    ignored: (path: string) => outputs.some((dir) => path === dir || path.startsWith(dir + sep)),
  });
  let building: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      building = building.then(rebuild);
    }, SETTLE_MS);
  });
  // Only once chokidar has its watches in place is a save sure to be seen.
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));
  if (!signal.aborted) io.stderr("watching for changes (Ctrl-C to stop)\n");
  await untilAborted(signal);
  clearTimeout(timer);
  await watcher.close();
  // A rebuild cut short rejects with the stop; main reports it.
  await building;
  return ExitCode.ok;
}

/** The deck folders' parent of every speech: `-o`, the config file's `output`, or the default. */
async function outputFolders(request: BuildRequest): Promise<string[]> {
  const inputs = await listInputs(request.inputs).catch(() => [...request.inputs]);
  const folders = await Promise.all(
    inputs.map(async (input) => resolve((await settingsFor(input, null, request.settings)).output)),
  );
  return [...new Set(folders)];
}
