#!/usr/bin/env node
"use strict";
// CommonJS (bin/package.json says so): Node starts a CommonJS file without setting up its ES module
// loader, several milliseconds of every run, and the bundle it loads is CommonJS too.
const { readFileSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { setFlagsFromString } = require("node:v8");
const { Script } = require("node:vm");

// Thin launcher: the CLI is one bundle, lib/cli/podium.cjs and its chunks (built by `npm install`
// through the prepare script, and by scripts/setup.sh).
const bundle = join(__dirname, "..", "lib", "cli");
const debug = process.argv.includes("--debug");

// Under --debug, stack traces point into src/ through the bundle's source maps: enabled before it
// loads, because Node reads maps only for modules loaded later.
if (debug) process.setSourceMapsEnabled(true);

// Both streams are opened before the flag below, so the Node modules behind them (a pipe's, a
// terminal's) load as requireNodeModule says. podium writes its progress and warnings to stderr.
void process.stderr;
// `podium outline speech.txt | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

// A run executes each of podium's few hundred regular expressions a handful of times: compiled to
// machine code at once, not first to bytecode and again once it has run (V8's tier-up, which pays
// off for a regex run thousands of times), a speech's outline takes about a third less time.
const REGEXP_FLAG = "--no-regexp-tier-up";
setFlagsFromString(REGEXP_FLAG);

/**
 * One of Node's own modules, loaded under V8's default flags: Node compiles its modules from the
 * code cache it carries, which V8 refuses under other flags than it was made with, and compiling
 * fs/promises and the rest from source instead takes twice as long. None of podium's regexes runs
 * meanwhile.
 */
function requireNodeModule(id) {
  setFlagsFromString("--regexp-tier-up");
  try {
    return require(id);
  } finally {
    setFlagsFromString(REGEXP_FLAG);
  }
}

/**
 * Loads the bundle's files as Node loads CommonJS modules, but compiled from the code cache written
 * beside each (`chunk-….cjs.cache`, scripts/bundle.mjs): V8 then neither parses the file nor
 * compiles the functions the cache holds, most of a build's start-up. A cache from another Node is
 * refused by V8, and one older than its file is not read: the file is then compiled as usual. Under
 * --debug, Node's own loader loads them, so that it reads their source maps.
 */
function loadBundle() {
  const entry = join(bundle, "podium.cjs");
  if (debug) return require(entry);
  const loaded = new Map();
  const compiled = [];
  // The bundle's own files, or Node's modules: every npm package it uses is inside it.
  const requireInBundle = (id) => (id.startsWith("./") ? load(join(bundle, id)) : requireNodeModule(id));
  // import() of what is not the bundle's (a speech's JavaScript config file): a script compiled from
  // a code cache cannot import by itself.
  requireInBundle.import = (specifier) => import(specifier);
  const load = (file) => {
    const known = loaded.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    loaded.set(file, module);
    // Each file is a function of the module's own, as Node's require() would wrap it: compiled as
    // it is, the file gives it back.
    const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData: readCache(file) });
    compiled.push({ file, script });
    script.runInThisContext().call(module.exports, module.exports, requireInBundle, module, file, bundle);
    return module.exports;
  };
  // Only scripts/bundle.mjs sets it: the cache holds what this run compiled, and what it read.
  if (process.env.PODIUM_WRITE_CODE_CACHE) {
    process.once("exit", () => {
      for (const { file, script } of compiled) writeFileSync(`${file}.cache`, script.createCachedData());
    });
  }
  return load(entry);
}

/** The file's code cache, unless there is none or the file was changed after it was written. */
function readCache(file) {
  try {
    const cache = `${file}.cache`;
    return statSync(cache).mtimeMs >= statSync(file).mtimeMs ? readFileSync(cache) : undefined;
  } catch {
    return undefined;
  }
}

const { main } = loadBundle();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Leaving at once, rather than once Node has torn down the heap and the rest it would free
  // (a tenth of a build's time), as soon as all podium printed is written: a pipe's reader may be
  // slower than podium.
  let open = 2;
  const written = () => {
    if (--open === 0) process.exit();
  };
  process.stdout.write("", written);
  process.stderr.write("", written);
});
