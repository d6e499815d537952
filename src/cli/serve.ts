import type { Command } from "commander";
import type { Settings } from "../config/schema.js";
import type { BuildFlags } from "./commands.js";
import type { CliIO } from "./io.js";

export interface ServeHelpers {
  flagSettings: (flags: BuildFlags) => Settings;
  addBuildOptions: (command: Command) => Command;
}

/** Placeholder until the live preview lands: registers `podium serve`. */
export function registerServeCommand(
  _program: Command,
  _io: CliIO,
  _setExit: (code: number) => void,
  _helpers: ServeHelpers,
): void {}
