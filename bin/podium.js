#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (built by `npm install` through the prepare script).
import { main } from "../lib/cli/main.js";

// `podium outline speech.txt | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
