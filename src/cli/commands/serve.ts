import type { Command } from "commander";
import { ExitCode, PodiumError, printable } from "../../errors.js";
import type { RebuildResult } from "../../serve/preview.js";
import { untilAborted } from "../../stop.js";
import type { CommandContext } from "../context.js";
import { paint, type CliIO } from "../io.js";
import { addDeckOptions, flagSettings, portOption, type OutputFlags, type SettingFlags } from "../options.js";

interface ServeRequest {
  input: string;
  flags: SettingFlags;
  quiet: boolean;
}

/** Registers `podium serve INPUT [--port N]`. */
export function registerServe(program: Command, context: CommandContext): void {
  addDeckOptions(
    program
      .command("serve")
      .description("preview a deck in the browser; it reloads on the same slide each time you save")
      .argument("<input>", "one speech: .txt, .md, .docx or .html")
      .addOption(portOption()),
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
    .action(async (input: string, flags: SettingFlags & OutputFlags) => {
      context.setExit(await runServe({ input, flags, quiet: Boolean(flags.quiet) }, context));
    });
}

/** Serves one speech until podium is stopped; returns the exit code (0 after a clean stop). */
async function runServe(
  request: ServeRequest,
  { io, signal }: Pick<CommandContext, "io" | "signal">,
): Promise<number> {
  // Loaded here so other commands never load the server and the watcher.
  const { startPreview } = await import("../../serve/preview.js");
  const { settingsFor } = await import("../stages.js");
  const info = (text: string) => {
    if (!request.quiet) io.stderr(text);
  };
  const settings = await flagSettings(request.flags);
  const { port } = await settingsFor(request.input, null, settings);
  const preview = await startPreview({
    input: request.input,
    settings,
    port,
    onRebuild: (result) => report(result, request.input, io, info),
    onWatchError: (error) =>
      io.stderr(`podium: watching files failed: ${message(error)}; reload the page by hand\n`),
  });
  try {
    if (preview.port !== preview.requestedPort && port !== 0) {
      info(`port ${preview.requestedPort} is taken; using ${preview.port} instead\n`);
    }
    const slides = preview.current().plan.slides.length;
    info(
      `serving ${printable(request.input)} (${slides} slides); saving it reloads the page. Ctrl-C to stop.\n`,
    );
    // The URL alone on stdout: terminals make it clickable, scripts can read it.
    io.stdout(`${preview.url}\n`);
    await untilAborted(signal);
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
    `rebuilt ${printable(input)}: ${result.prepared.plan.slides.length} slides, reloading ${tabs} (${Math.round(result.ms)} ms)\n`,
  );
}

function message(error: unknown): string {
  return printable(error instanceof PodiumError || error instanceof Error ? error.message : String(error));
}
