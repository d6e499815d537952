import { watch } from "chokidar";
import { dirname, resolve } from "node:path";
import { ExitCode, PodiumError } from "../errors.js";
import { builtinTemplatesDir } from "../render/index.js";
import { runBuild, type BuildRequest } from "./build.js";
import type { CliIO } from "./io.js";

/** What a rebuild depends on: the speeches, the config files beside them, and every template folder. */
export function watchedPaths(request: BuildRequest): string[] {
  const paths = new Set<string>();
  for (const input of request.inputs) {
    paths.add(resolve(input));
    const dir = dirname(resolve(input));
    for (const name of ["podium.config.json", "podium.config.mjs", "podium.config.js", "package.json"]) {
      paths.add(resolve(dir, name));
    }
  }
  if (request.settings.templates) paths.add(resolve(request.settings.templates));
  paths.add(builtinTemplatesDir());
  return [...paths];
}

/**
 * Builds, then rebuilds on every change until Ctrl-C. A failed rebuild is reported and the watch
 * goes on: the presenter is in the middle of editing.
 */
export async function watchBuild(request: BuildRequest, io: CliIO, signal?: AbortSignal): Promise<number> {
  const rebuild = async () => {
    try {
      await runBuild(request, io);
    } catch (error) {
      io.stderr(`podium: ${error instanceof PodiumError ? error.message : String(error)}\n`);
    }
  };
  await rebuild();
  const watcher = watch(watchedPaths(request), { ignoreInitial: true });
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", () => {
    clearTimeout(timer);
    // Editors save in several steps; one rebuild per burst.
    timer = setTimeout(() => void rebuild(), 100);
  });
  // Only once chokidar has its watches in place is a save sure to be seen.
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));
  io.stderr("watching for changes (Ctrl-C to stop)\n");
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    signal?.addEventListener("abort", stop, { once: true });
  });
  clearTimeout(timer);
  await watcher.close();
  return ExitCode.ok;
}
