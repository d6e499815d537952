import type { Command } from "commander";
import type { BuildRequest } from "../../build.js";
import type { CommandContext } from "../context.js";
import {
  addOutputOptions,
  flagSettings,
  verbosity,
  type OutputFlags,
  type SettingFlags,
} from "../options.js";

interface BuildFlags extends SettingFlags, OutputFlags {
  pdf?: boolean;
  handout?: boolean;
  readingCopy?: boolean;
  watch?: boolean;
}

export function registerBuild(program: Command, context: CommandContext): void {
  addOutputOptions(
    program
      .command("build")
      .description("build each speech into a reveal.js deck (and PDFs when asked)")
      .argument("<input...>", "speech files or folders of speeches")
      .option("--pdf", "also the slides PDF: <dir>/<name>/<name>.pdf")
      .option("--handout", "also the handout PDF: <name>-handout.pdf")
      .option("--reading-copy", "also the speaker's reading copy: <name>-reading-copy.pdf")
      .option("--pptx", "also an editable PowerPoint file: <name>.pptx")
      .option("-w, --watch", "rebuild when the speech, a template, a theme or the config changes"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  podium build slides/\n  podium build speech.txt --theme red --pdf --handout --pptx\n  podium build report.docx --aspect 4:3 --single-file -o out",
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      const request: BuildRequest = {
        inputs,
        settings: await flagSettings(flags),
        pdf: Boolean(flags.pdf),
        handout: Boolean(flags.handout),
        readingCopy: Boolean(flags.readingCopy),
      };
      if (flags.watch) {
        const { watchBuild } = await import("../watch.js");
        context.setExit(await watchBuild(request, verbosity(flags), context));
        return;
      }
      const { runBuild } = await import("../stages.js");
      context.setExit(await runBuild(request, verbosity(flags), context));
    });
}
