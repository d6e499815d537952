import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { ExitCode, PodiumError, printable } from "../errors.js";
import { Stopped } from "../stop.js";
import { registerCommands } from "./commands/index.js";
import { processIO, type CliIO } from "./io.js";

// Read as text: require() of a JSON file sets up CommonJS resolution, a millisecond or two of every start.
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

/** The signals that stop podium: Ctrl-C, `kill`, a terminal that closes. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface MainOptions {
  /**
   * Stops the run as a signal would (tests run the CLI in-process with it). Without it, main
   * listens for SIGINT, SIGTERM and SIGHUP itself: the only place in podium that does.
   */
  signal?: AbortSignal;
}

/**
 * Runs podium with the given arguments and returns the exit code (0 done, 1 bad input or findings,
 * 2 usage error, 3 no browser or fonts, 4 internal error, 128+n stopped by signal n). Never calls
 * process.exit, so tests can run it in-process.
 */
export async function main(
  argv: string[],
  io: CliIO = processIO(),
  options: MainOptions = {},
): Promise<number> {
  const debug = argv.includes("--debug");
  const stop = new AbortController();
  const release = options.signal ? follow(options.signal, stop) : listenForStopSignals(stop);
  const program = new Command("podium")
    .description("Turn a meeting speech into a reveal.js deck, a slides PDF and printed handouts.")
    .version(pkg.version, "-v, --version")
    .addOption(new Option("--debug", "show stack traces for errors"))
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  let exitCode: number = ExitCode.ok;
  registerCommands(program, {
    io,
    signal: stop.signal,
    setExit: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (stop.signal.aborted) return reportStop(stop.signal.reason, io);
    return report(error, io, debug);
  } finally {
    release();
  }
}

/**
 * Every signal aborts the one controller; the work below sees it, stops, kills the browser and
 * removes what it had half written, and main says so once. A second Ctrl-C during that tidy-up
 * changes nothing: it is quick, and leaving early would leave files behind.
 */
function listenForStopSignals(stop: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stop.signal.aborted) stop.abort(new Stopped(signal));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  };
}

function follow(outer: AbortSignal, stop: AbortController): () => void {
  const onAbort = () => stop.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener("abort", onAbort, { once: true });
  return () => outer.removeEventListener("abort", onAbort);
}

function reportStop(reason: unknown, io: CliIO): number {
  const stopped = reason instanceof Stopped ? reason : new Stopped("SIGINT");
  io.stderr(`${io.tty ? "\n" : ""}podium: ${stopped.message}; unfinished files were removed\n`);
  return stopped.exitCode;
}

function report(error: unknown, io: CliIO, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and --version end through here too, with code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof PodiumError) {
    io.stderr(`podium: ${error.message}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack) io.stderr(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `podium: internal error: ${printable(message.split("\n")[0] ?? "")}${debug ? "" : " (run with --debug for details)"}\n`,
  );
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.internal;
}
