#!/usr/bin/env node
// Thin launcher: the CLI is one bundle, lib/cli/podium.js (built by `npm install` through the
// prepare script, and by scripts/setup.sh). Under --debug, stack traces point into src/ through its
// source maps: enabled before the bundle loads, because Node reads maps only for modules loaded later.
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);

// `podium outline speech.txt | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../lib/cli/podium.js");
process.exitCode = await main(process.argv.slice(2));
