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

/** Resolves once `signal` aborts: how a long-running command (serve, watch) waits to be stopped. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise<void>((stopped) => {
    if (signal.aborted) stopped();
    else signal.addEventListener("abort", () => stopped(), { once: true });
  });
}
