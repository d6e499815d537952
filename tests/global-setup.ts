/**
 * Subprocess tests run bin/podium.js, the CLI bundle built from lib/. It is brought up to date once,
 * before any test file starts: a file that rebuilt it while another file's subprocess was running
 * would fail that subprocess for no reason of its own.
 */
import { ensureCompiledCli } from "./helpers/compiled.js";

export default function setup(): void {
  const output = ensureCompiledCli();
  if (output !== "") throw new Error(`compiling the CLI failed:\n${output}`);
}
