import { removeTempFiles } from "../output.js";
import type { CliIO } from "./io.js";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * While a build runs: on Ctrl-C or a kill, remove the half-written temp files, say so in one line,
 * and let the process die of the signal (exit 128+n). An open browser session listens too: it kills
 * Chromium first and re-raises the signal itself. Returns a function that stops listening.
 */
export function cleanUpOnInterrupt(io: CliIO): () => void {
  const release = () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    removeTempFiles();
    io.stderr(`${io.tty ? "\n" : ""}podium: stopped by ${signal}; unfinished files were removed\n`);
    // Someone else still listening (the browser session, `--watch`) decides when the process ends.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return release;
}
