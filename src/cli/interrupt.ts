import { constants } from "node:os";
import { removeTempFiles } from "../output.js";
import type { CliIO } from "./io.js";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface Interrupt {
  /** The signal that stopped the build, or null while none came. */
  readonly signal: NodeJS.Signals | null;
  /** The exit code a shell shows for a process that died of the signal (128+n). */
  readonly exitCode: number;
  /** Stop listening (the build is over). */
  release(): void;
}

/**
 * While a build runs: on Ctrl-C or a kill, remove the half-written temp files, say so in one line,
 * and let the process die of the signal. An open browser session listens too: it kills Chromium
 * first and re-raises the signal itself.
 */
export function cleanUpOnInterrupt(io: CliIO): Interrupt {
  let caught: NodeJS.Signals | null = null;
  const release = () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    caught = signal;
    release();
    removeTempFiles();
    io.stderr(`${io.tty ? "\n" : ""}podium: stopped by ${signal}; unfinished files were removed\n`);
    // Someone else still listening (the browser session, `--watch`) decides when the process ends.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    get signal() {
      return caught;
    },
    get exitCode() {
      return 128 + (caught ? constants.signals[caught] : 0);
    },
    release,
  };
}
