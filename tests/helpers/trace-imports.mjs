// Loaded with `node --import`: writes to $PODIUM_TRACE_IMPORTS the npm package of every module the
// process loads, one a line, so a test can prove a command never loads a library it does not need.
// A chunk of the CLI bundle counts as the packages its source map lists; require() calls (the
// CommonJS packages the code loads on first use) are traced here, ES imports by the hooks.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";
import { packageOf } from "./trace-imports-packages.mjs";

const log = process.env.PODIUM_TRACE_IMPORTS;
if (log) {
  register("./trace-imports-hooks.mjs", import.meta.url);
  const load = Module._load;
  Module._load = function traced(request, ...rest) {
    const name = packageOf(request);
    if (name) appendFileSync(log, `${name}\n`);
    return load.call(this, request, ...rest);
  };
}
