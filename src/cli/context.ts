import type { CliIO } from "./io.js";

/** What every command gets from main. */
export interface CommandContext {
  io: CliIO;
  /** Aborted once when podium is told to stop (Ctrl-C, kill): the one cancellation path. */
  signal: AbortSignal;
  /** The command's exit code (main returns it). */
  setExit: (code: number) => void;
}
