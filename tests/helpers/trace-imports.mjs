// Loaded with `node --import`: writes to $PODIUM_TRACE_IMPORTS the npm package of every module the
// process loads, one a line, so a test can prove a command never loads a library it does not need.
// A file of the CLI bundle counts as the packages its source map lists: bin/podium.js compiles
// each with vm.Script, traced here as require() calls are; ES imports are traced by the hooks.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { bundledPackages, packageOf } from "./trace-imports-packages.mjs";

const log = process.env.PODIUM_TRACE_IMPORTS;
if (log) {
  register("./trace-imports-hooks.mjs", import.meta.url);
  const load = Module._load;
  Module._load = function traced(request, ...rest) {
    const name = packageOf(request);
    if (name) appendFileSync(log, `${name}\n`);
    return load.call(this, request, ...rest);
  };
  vm.Script = class TracedScript extends vm.Script {
    constructor(code, options) {
      super(code, options);
      const names = options?.filename ? bundledPackages(pathToFileURL(options.filename).href) : [];
      if (names.length > 0) appendFileSync(log, names.map((name) => `${name}\n`).join(""));
    }
  };
}
