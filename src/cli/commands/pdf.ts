import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import {
  addOutputOptions,
  flagSettings,
  verbosity,
  type OutputFlags,
  type SettingFlags,
} from "../options.js";

export function registerPdf(program: Command, context: CommandContext): void {
  addOutputOptions(
    program
      .command("pdf")
      .description(
        "build the slides PDF, the handout and the reading copy (shorthand for build --pdf --handout --reading-copy)",
      )
      .argument("<input...>", "speech files or folders of speeches"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  podium pdf slides/speech.txt\n  podium pdf speech.md --handout-layout 6 --paper letter",
    )
    .action(async (inputs: string[], flags: SettingFlags & OutputFlags) => {
      const settings = await flagSettings(flags);
      const request = { inputs, settings, pdf: true, handout: true, readingCopy: true };
      const { runBuild } = await import("../stages.js");
      context.setExit(await runBuild(request, verbosity(flags), context));
    });
}
