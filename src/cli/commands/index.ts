import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { registerApp } from "./app.js";
import { registerBuild } from "./build.js";
import { registerCheck } from "./check.js";
import { registerInit } from "./init.js";
import { registerOutline } from "./outline.js";
import { registerPdf } from "./pdf.js";
import { registerServe } from "./serve.js";
import { registerThemes } from "./themes.js";
import { registerVariables } from "./variables.js";

/** Every command, in the order `podium --help` lists them. */
export function registerCommands(program: Command, context: CommandContext): void {
  for (const register of [
    registerOutline,
    registerBuild,
    registerPdf,
    registerServe,
    registerApp,
    registerCheck,
    registerThemes,
    registerVariables,
    registerInit,
  ]) {
    register(program, context);
  }
}
