import { InvalidArgumentError, type Command } from "commander";
import type { Settings } from "../config/schema.js";
import { ExitCode, PodiumError } from "../errors.js";
import type { RebuildResult } from "../serve/preview.js";
import type { BuildFlags } from "./commands.js";
import { paint, type CliIO } from "./io.js";

export interface ServeHelpers {
  flagSettings: (flags: BuildFlags) => Settings;
  /** Adds the options that shape a deck (theme, aspect, templates, meeting details, encoding). */
  addDeckOptions: (command: Command) => Command;
}

export interface ServeRequest {
  input: string;
  settings: Settings;
  port: number;
  quiet?: boolean;
  /** Stops the preview as SIGINT/SIGTERM do (tests run the command in-process with it). */
  signal?: AbortSignal;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/u.test(value) || port > 65535) {
    throw new InvalidArgumentError("a port number from 0 to 65535 (0: any free port)");
  }
  return port;
}

/** Registers `podium serve INPUT [--port N]`. */
export function registerServeCommand(
  program: Command,
  io: CliIO,
  setExit: (code: number) => void,
  helpers: ServeHelpers,
): void {
  helpers
    .addDeckOptions(
      program
        .command("serve")
        .description("preview a deck in the browser; it reloads on the same slide each time you save")
        .argument("<input>", "one speech: .txt, .md, .docx or .html")
        .option("-p, --port <n>", "port on 127.0.0.1; a free one when it is taken (default 8000)", parsePort),
    )
    .addHelpText(
      "after",
      [
        "",
        "The preview serves from memory: it writes no files.",
        "Saving the speech, its podium.config.json, a template or a theme rebuilds the deck; a save that",
        "does not build is reported here and the last good deck stays on screen. Ctrl-C stops it.",
        "",
        "Examples:",
        "  podium serve slides/speech.txt",
        "  podium serve speech.md --port 8080 --theme dark",
        "  podium serve report.docx --templates my-templates --aspect 4:3",
      ].join("\n"),
    )
    .action(async (input: string, flags: BuildFlags & { port?: number }) => {
      setExit(
        await runServe(
          {
            input,
            settings: helpers.flagSettings(flags),
            port: flags.port ?? 8000,
            quiet: Boolean(flags.quiet),
          },
          io,
        ),
      );
    });
}

/** Serves one speech until SIGINT, SIGTERM or `signal`; returns the exit code (0 after a clean stop). */
export async function runServe(request: ServeRequest, io: CliIO): Promise<number> {
  // Loaded here so other commands never load the server and the watcher.
  const { startPreview } = await import("../serve/preview.js");
  const info = (text: string) => {
    if (!request.quiet) io.stderr(text);
  };
  const preview = await startPreview({
    input: request.input,
    settings: request.settings,
    port: request.port,
    onRebuild: (result) => report(result, request.input, io, info),
    onWatchError: (error) =>
      io.stderr(`podium: watching files failed: ${message(error)}; reload the page by hand\n`),
  });
  try {
    if (preview.port !== preview.requestedPort && request.port !== 0) {
      info(`port ${preview.requestedPort} is taken; using ${preview.port} instead\n`);
    }
    const slides = preview.current().plan.slides.length;
    info(`serving ${request.input} (${slides} slides); saving it reloads the page. Ctrl-C to stop.\n`);
    // The URL alone on stdout: terminals make it clickable, scripts can read it.
    io.stdout(`${preview.url}\n`);
    await stopped(request.signal);
  } finally {
    await preview.close();
  }
  info("preview stopped\n");
  return ExitCode.ok;
}

function report(result: RebuildResult, input: string, io: CliIO, info: (text: string) => void): void {
  if (!result.ok) {
    io.stderr(
      `${paint(io, 31, "podium:")} ${message(result.error)}\n  still showing the last deck that built\n`,
    );
    return;
  }
  if (!result.changed) return;
  const tabs = result.tabs === 1 ? "1 tab" : `${result.tabs} tabs`;
  info(
    `rebuilt ${input}: ${result.prepared.plan.slides.length} slides, reloading ${tabs} (${Math.round(result.ms)} ms)\n`,
  );
}

function message(error: unknown): string {
  return error instanceof PodiumError || error instanceof Error ? error.message : String(error);
}

function stopped(signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      signal?.removeEventListener("abort", stop);
      done();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop);
  });
}
