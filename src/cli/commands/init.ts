import type { Command } from "commander";
import { resolve } from "node:path";
import { ExitCode } from "../../errors.js";
import type { CommandContext } from "../context.js";

export function registerInit(program: Command, { io, setExit }: CommandContext): void {
  program
    .command("init")
    .description("make a starter folder: an example speech, a commented config, templates to edit")
    .argument("[dir]", "the folder (default: the current one)", ".")
    .addHelpText("after", "\nExamples:\n  podium init my-talk && cd my-talk && podium build slides")
    .action(async (dir: string) => {
      const { initProject } = await import("../stages.js");
      const result = await initProject(resolve(dir));
      for (const path of result.written) io.stdout(`created ${path}\n`);
      for (const path of result.skipped) io.stderr(`kept ${path} (exists)\n`);
      setExit(ExitCode.ok);
    });
}
