import type { Command } from "commander";
import { resolve } from "node:path";
import { checkDeck, parseDuration, type Finding } from "../check.js";
import { ExitCode, PodiumError } from "../errors.js";
import { initProject } from "../init.js";
import { listInputs, prepareDeck } from "../pipeline.js";
import { listThemes } from "../themes.js";
import { paint, type CliIO } from "./io.js";

type SetExit = (code: number) => void;

export function registerCheckCommand(program: Command, io: CliIO, setExit: SetExit): void {
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
        const prepared = await prepareDeck(input);
        findings.push(...checkDeck(prepared, limit === undefined ? {} : { timeLimitSeconds: limit }));
        totals.push({ file: input, seconds: prepared.plan.totalSeconds });
      }
      if (flags.json) {
        io.stdout(`${JSON.stringify({ findings, speakingTime: totals }, null, 2)}\n`);
      } else {
        for (const f of findings) io.stdout(`${paint(io, 33, `${f.file}:${f.line}:`)} ${f.message}\n`);
        for (const t of totals) {
          io.stdout(
            `${t.file}: about ${Math.round(t.seconds / 60)} min of speech${findings.length ? "" : ", nothing to fix"}\n`,
          );
        }
      }
      setExit(findings.length > 0 ? ExitCode.badInput : ExitCode.ok);
    });
}

export function registerProjectCommands(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command("themes")
    .description("list the themes with a line on each")
    .option("--templates <dir>", "also list themes in your template folder")
    .action(async (flags: { templates?: string }) => {
      const themes = await listThemes(flags.templates ? resolve(flags.templates) : undefined);
      const width = Math.max(...themes.map((t) => t.name.length));
      for (const t of themes)
        io.stdout(`${t.name.padEnd(width)}  ${t.description}${t.origin === "user" ? " (yours)" : ""}\n`);
      setExit(ExitCode.ok);
    });

  program
    .command("variables")
    .description("list the variables each template receives (for --templates authors)")
    .argument("[template]", "one template, e.g. partials/point.hbs")
    .action(async (template: string | undefined) => {
      const { templateVariables } = await import("../render/index.js");
      const all = templateVariables as Record<string, Record<string, string>>;
      const names = template ? [template] : Object.keys(all);
      for (const name of names) {
        const variables = all[name];
        if (!variables) {
          throw new PodiumError(
            `no template "${name}"; templates: ${Object.keys(all).join(", ")}`,
            ExitCode.usage,
          );
        }
        io.stdout(`${name}\n`);
        for (const [key, about] of Object.entries(variables)) io.stdout(`  ${key.padEnd(14)} ${about}\n`);
      }
      setExit(ExitCode.ok);
    });

  program
    .command("init")
    .description("make a starter folder: an example speech, a commented config, templates to edit")
    .argument("[dir]", "the folder (default: the current one)", ".")
    .addHelpText("after", "\nExamples:\n  podium init my-talk && cd my-talk && podium build slides")
    .action(async (dir: string) => {
      const result = await initProject(resolve(dir));
      for (const path of result.written) io.stdout(`created ${path}\n`);
      for (const path of result.skipped) io.stderr(`kept ${path} (exists)\n`);
      setExit(ExitCode.ok);
    });
}
