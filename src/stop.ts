import { constants } from "node:os";

/**
 * The reason a run's AbortSignal carries when the terminal or the system stops podium (Ctrl-C, kill,
 * a closed terminal). Work that sees it stops, tidies up after itself and lets it travel up to main.
 */
export class Stopped extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal}`);
    this.name = "Stopped";
  }

  /** What a shell shows for a process that died of the signal: 128+n. */
  get exitCode(): number {
    return 128 + (constants.signals[this.signal] ?? 0);
  }
}

/**
 * Lets the event loop run, and with it the handler of a stop signal that came meanwhile, then stops
 * if the run's signal says so. Between two checkpoints a build's stages run without a turn of the
 * loop: its file operations are synchronous (files.ts).
 */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

/** Resolves once `signal` aborts: how a long-running command (serve, watch) waits to be stopped. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise<void>((stopped) => {
    if (signal.aborted) stopped();
    else signal.addEventListener("abort", () => stopped(), { once: true });
  });
}
