import type { Command } from "commander";
import { DEFAULTS } from "../../config/values.js";
import { ExitCode, printable } from "../../errors.js";
import { untilAborted } from "../../stop.js";
import type { CommandContext } from "../context.js";
import { addDeckOptions, flagSettings, portOption, type OutputFlags, type SettingFlags } from "../options.js";

interface AppFlags extends SettingFlags, OutputFlags {
  open?: boolean;
}

/** Registers `podium app [speech] [--port N] [--open]`. */
export function registerApp(program: Command, context: CommandContext): void {
  addDeckOptions(
    program
      .command("app")
      .description(
        "a page in your browser: bring a speech, correct its outline, download slides and handouts",
      )
      .argument("[speech]", "a speech to open (.txt, .md, .docx or .html); corrections are saved beside it")
      .addOption(portOption())
      .option("--open", "open the page in the system's browser")
      .option("--browser-path <path>", "the Chrome/Chromium to print with"),
  )
    .addHelpText(
      "after",
      [
        "",
        "The page runs on this computer only (127.0.0.1) and needs no internet. A speech dropped into",
        "the page stays in a temporary folder, removed when podium stops; one opened from here keeps its",
        "corrections beside it as <name>.podium.yaml, which `podium build` reads too. Ctrl-C stops it.",
        "",
        "Examples:",
        "  podium app --open",
        "  podium app report.docx --port 8080",
      ].join("\n"),
    )
    .action(async (speech: string | undefined, flags: AppFlags) => {
      context.setExit(await runApp(speech, flags, context));
    });
}

async function runApp(
  speech: string | undefined,
  flags: AppFlags,
  { io, signal }: Pick<CommandContext, "io" | "signal">,
): Promise<number> {
  // Loaded here so other commands never load the server.
  const { startApp } = await import("../../app/server.js");
  const settings = await flagSettings(flags);
  const app = await startApp({
    ...(speech !== undefined ? { input: speech } : {}),
    settings,
    port: settings.port ?? DEFAULTS.port,
    signal,
  });
  try {
    if (!flags.quiet) {
      if (app.port !== app.requestedPort && app.requestedPort !== 0) {
        io.stderr(`port ${app.requestedPort} is taken; using ${app.port} instead\n`);
      }
      const what = speech === undefined ? "" : ` with ${printable(speech)}`;
      io.stderr(`podium app${what}: open this address in your browser. Ctrl-C to stop.\n`);
    }
    // The URL alone on stdout: terminals make it clickable, scripts can read it.
    io.stdout(`${app.url}\n`);
    if (flags.open)
      openInBrowser(app.url, (reason) =>
        io.stderr(`podium: could not open a browser (${reason}); open ${app.url} yourself\n`),
      );
    await untilAborted(signal);
  } finally {
    await app.close();
  }
  if (!flags.quiet) io.stderr("podium app stopped\n");
  return ExitCode.ok;
}

/** Opens `url` with the system's own opener; a failure is told, never fatal. */
function openInBrowser(url: string, onError: (reason: string) => void): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  // Node's child_process (and the network modules it loads) is read here, on use: every other command
  // this module registers starts without it.
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.once("error", (error) => onError(error.message));
  child.unref();
}
