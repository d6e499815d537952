import type { Command } from "commander";
import type { Finding } from "../../check.js";
import { ExitCode, PodiumError, printable } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { paint } from "../io.js";

export function registerCheck(program: Command, { io, signal, setExit }: CommandContext): void {
  program
    .command("check")
    .description("list what to fix before the meeting; exit 1 when there is something")
    .argument("<input...>", "speech files or folders of speeches")
    .option("--time-limit <duration>", "the time you have, e.g. 20m, 1h, 90s")
    .option("--json", "print the findings as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  podium check slides/speech.txt\n  podium check slides/ --time-limit 20m --json",
    )
    .action(async (inputs: string[], flags: { timeLimit?: string; json?: boolean }) => {
      // Loaded when the command runs, so other commands and --help never load the pipeline.
      const { checkDeck, listInputs, parseDuration, prepareDeck } = await import("../stages.js");
      const limit = flags.timeLimit === undefined ? undefined : parseDuration(flags.timeLimit);
      if (limit !== undefined && !(limit > 0)) {
        throw new PodiumError(
          `--time-limit "${flags.timeLimit}": give a duration such as 20m, 1h30m or 90s`,
          ExitCode.usage,
        );
      }
      const findings: Finding[] = [];
      const totals: { file: string; seconds: number }[] = [];
      for (const input of await listInputs(inputs)) {
        const prepared = await prepareDeck(input, {}, signal);
        findings.push(...checkDeck(prepared, limit === undefined ? {} : { timeLimitSeconds: limit }));
        totals.push({ file: input, seconds: prepared.plan.totalSeconds });
      }
      if (flags.json) {
        io.stdout(`${JSON.stringify({ findings, speakingTime: totals }, null, 2)}\n`);
      } else {
        for (const f of findings)
          io.stdout(`${paint(io, 33, printable(`${f.file}:${f.line}:`))} ${printable(f.message)}\n`);
        for (const t of totals) {
          io.stdout(
            `${printable(t.file)}: about ${Math.round(t.seconds / 60)} min of speech${findings.length ? "" : ", nothing to fix"}\n`,
          );
        }
      }
      setExit(findings.length > 0 ? ExitCode.badInput : ExitCode.ok);
    });
}
