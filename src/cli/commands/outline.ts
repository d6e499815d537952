import type { Command } from "commander";
import { ExitCode, printable } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { addReadOptions, flagSettings, type SettingFlags } from "../options.js";

export function registerOutline(program: Command, { io, signal, setExit }: CommandContext): void {
  addReadOptions(
    program
      .command("outline")
      .description("print the numbered outline podium finds in a speech")
      .argument("<input>", "a speech: .txt, .md, .docx or .html")
      .option("--json", "print the outline as JSON")
      .option("--slides", "print the slides instead: each one's layout and why it was chosen"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  podium outline slides/speech.txt\n  podium outline report.docx --json > outline.json\n  podium outline speech.txt --slides",
    )
    .action(async (input: string, flags: SettingFlags & { json?: boolean; slides?: boolean }) => {
      if (flags.slides) {
        const { formatSlides, prepareDeck, slideSummaries } = await import("../stages.js");
        const { plan } = await prepareDeck(input, await flagSettings(flags), signal);
        io.stdout(
          flags.json ? `${JSON.stringify(slideSummaries(plan), null, 2)}\n` : `${formatSlides(plan)}\n`,
        );
        setExit(ExitCode.ok);
        return;
      }
      const { correctedOutline, formatOutline, outlineJson, readSource } = await import("../stages.js");
      const source = await readSource(input, {
        ...(flags.encoding ? { encoding: flags.encoding } : {}),
        ...(flags.script ? { script: flags.script } : {}),
        signal,
      });
      const outline = await correctedOutline(input, source, undefined, signal);
      if (flags.json) {
        io.stdout(`${JSON.stringify(outlineJson(outline), null, 2)}\n`);
      } else {
        io.stdout(`${formatOutline(outline)}\n`);
        for (const w of outline.warnings) io.stderr(printable(`${input}:${w.line}: ${w.message}`) + "\n");
      }
      setExit(ExitCode.ok);
    });
}
