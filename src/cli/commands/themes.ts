import type { Command } from "commander";
import { resolve } from "node:path";
import { ExitCode } from "../../errors.js";
import type { CommandContext } from "../context.js";

export function registerThemes(program: Command, { io, setExit }: CommandContext): void {
  program
    .command("themes")
    .description("list the themes with a line on each")
    .option("--templates <dir>", "also list themes in your template folder")
    .action(async (flags: { templates?: string }) => {
      const { listThemes } = await import("../stages.js");
      const themes = await listThemes(flags.templates ? resolve(flags.templates) : undefined);
      const width = Math.max(...themes.map((t) => t.name.length));
      for (const t of themes)
        io.stdout(`${t.name.padEnd(width)}  ${t.description}${t.origin === "user" ? " (yours)" : ""}\n`);
      setExit(ExitCode.ok);
    });
}
