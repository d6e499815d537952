import type { Command } from "commander";
import { ExitCode, PodiumError } from "../../errors.js";
import type { CommandContext } from "../context.js";

export function registerVariables(program: Command, { io, setExit }: CommandContext): void {
  program
    .command("variables")
    .description("list the variables each template receives (for --templates authors)")
    .argument("[template]", "one template, e.g. partials/point.hbs")
    .action(async (template: string | undefined) => {
      const { templateVariables } = await import("../stages.js");
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
}
