#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// Thin launcher: the CLI is one bundle, lib/cli/podium.js (built by `npm install` through the
// prepare script, and by scripts/setup.sh). Under --debug, stack traces point into src/ through its
// source maps: enabled before the bundle loads, because Node reads maps only for modules loaded later.
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);

// A run executes each of podium's few hundred regular expressions a handful of times: compiled to
// machine code at once, not first to bytecode and again once it has run (V8's tier-up, which pays
// off for a regex run thousands of times), a speech's outline takes about a third less time.
setFlagsFromString("--no-regexp-tier-up");

// `podium outline speech.txt | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../lib/cli/podium.js");
process.exitCode = await main(process.argv.slice(2));
