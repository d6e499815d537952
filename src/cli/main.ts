import { Command, CommanderError, Option } from "commander";
import { createRequire } from "node:module";
import { ExitCode, PodiumError } from "../errors.js";
import { processIO, type CliIO } from "./io.js";
import { registerCommands } from "./commands.js";

const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };

/**
 * Runs podium with the given arguments and returns the exit code (0 done, 1 bad input or findings,
 * 2 usage error, 3 no browser or fonts, 4 internal error). Never calls process.exit, so tests can
 * run it in-process.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes("--debug");
  const program = new Command("podium")
    .description("Turn a meeting speech into a reveal.js deck, a slides PDF and printed handouts.")
    .version(pkg.version, "-v, --version")
    .addOption(new Option("--debug", "show stack traces for errors"))
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  let exitCode: number = ExitCode.ok;
  registerCommands(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return report(error, io, debug);
  }
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
    `podium: internal error: ${message.split("\n")[0]}${debug ? "" : " (run with --debug for details)"}\n`,
  );
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.internal;
}
