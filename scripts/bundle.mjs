// Bundles the command line into lib/cli/podium.cjs: one file for Node to read at start-up, and a chunk
// for each module a command loads with `import()`, so `podium --help` reads only what it prints.
// Run after `tsc -p tsconfig.build.json` (the library, lib/index.js, stays tsc's output).
//
// esbuild splits code into chunks only as ES modules, while V8's code cache (which spares Node from
// compiling the bundle at each start) is open to scripts alone, so the bundle is made in two passes:
// the split ES modules, then each of them as a CommonJS file that bin/podium.js compiles as a script.
// Last, a build of the example speech and `--help` run once to write each file's code cache.
import { build } from "esbuild";
import Handlebars from "handlebars";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { settingsRules } from "../lib/config/rules.js";
import { COMPILE_OPTIONS } from "../lib/templates.js";

const root = join(import.meta.dirname, "..");
// Beside tsc's lib/cli/main.js, so paths the code finds from its own module (../../package.json,
// the templates folder up the tree) are the same in the bundle.
const outdir = join(root, "lib", "cli");
// The first pass's ES modules, as deep in the tree as the bundle, removed once it is made.
const esmDir = join(root, "lib", ".cli-esm");
const analyse = process.argv.includes("--analyse");

// The last bundle's files and code caches, not tsc's files beside them.
for (const file of readdirSync(outdir)) if (/^(podium|chunk-)/u.test(file)) rmSync(join(outdir, file));
rmSync(esmDir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  platform: "node",
  target: "node20",
  // esbuild's tables doubt Node 20's `\p{…}` in regexes and would rebuild each such literal with
  // `new RegExp` on every call; Node has had them since version 10.
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: "linked",
  // Less for Node to read and parse at each start; names are kept so --debug traces read well.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};
const result = await build({
  ...common,
  entryPoints: { podium: "src/cli/main.ts" },
  outdir: esmDir,
  // Named as the second pass names its files, so the imports between them need no renaming.
  outExtension: { ".js": ".cjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  chunkNames: "chunk-[hash]",
  plugins: [precompiledTemplates(), precompiledSettings(), childProcessOnUse(), podiumSources()],
  metafile: analyse,
});
if (analyse) writeFileSync(join(root, "lib", "bundle-meta.json"), JSON.stringify(result.metafile));

await build({
  ...common,
  entryPoints: readdirSync(esmDir)
    .filter((file) => file.endsWith(".cjs"))
    .map((file) => join(esmDir, file)),
  outdir,
  outExtension: { ".js": ".cjs" },
  // Each file alone: the others it imports stay imports, now require() calls.
  bundle: true,
  format: "cjs",
  define: { "import.meta.url": "__podiumUrl" },
  // The module in a function of its own, which Node's require() calls (as under --debug), and which
  // a script that compiles the file as it is gets back (bin/podium.js): no copy of it joined to a
  // wrapper for V8 to compile.
  banner: {
    js: [
      '(typeof arguments=="object"?f=>f.apply(this,arguments):f=>f)',
      "(function(exports,require,module,__filename,__dirname){",
      // As strict as the ES modules it was made from.
      '"use strict";',
      'var __podiumUrl=require("node:url").pathToFileURL(__filename).href;',
      // What import() loads (dynamicImports): a chunk, one module for the whole run as import()
      // would give; anything else by the launcher's import(), which a script compiled from a code
      // cache cannot make itself, or under --debug the file's own.
      'var __load=id=>id.startsWith("./")?Promise.resolve().then(()=>require(id)):(require.import??(id=>import(id)))(id);',
    ].join(""),
  },
  footer: { js: "})" },
  plugins: [dynamicImports()],
});
rmSync(esmDir, { recursive: true, force: true });
writeCodeCaches();

/**
 * Runs podium as its users do, with PODIUM_WRITE_CODE_CACHE set, so bin/podium.js writes the code
 * V8 compiled for each file it loaded beside it (`podium.cjs.cache`): an HTML build of the example
 * speech in slides/, then `--help`, each adding to the cache the other wrote. A later run under the
 * same Node reads its code from there instead of compiling it; under another, V8 refuses the cache
 * and the code is compiled as it would be without one.
 */
function writeCodeCaches() {
  const scratch = mkdtempSync(join(tmpdir(), "podium-bundle-"));
  const cli = join(root, "bin", "podium.js");
  try {
    for (const args of [["build", join(root, "slides"), "-o", scratch], ["--help"]]) {
      const run = spawnSync(process.execPath, [cli, ...args], {
        cwd: root,
        env: { ...process.env, PODIUM_WRITE_CODE_CACHE: "1" },
        encoding: "utf8",
      });
      if (run.status !== 0) {
        // The CLI works without them, only slower to start.
        console.warn(`bundle: no code cache from \`podium ${args[0]}\`: ${run.stderr.trim()}`);
        return;
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The second pass keeps each first-pass file apart: an import of another chunk stays an import (a
 * require() in CommonJS). Every `import(…)` becomes `__load(…)` (the banner's), the same length, so
 * the first pass's source maps still fit: left as it is, import() of a chunk would load a second copy
 * of it, by Node's ES module loader, and import() of anything else (a speech's JavaScript config
 * file) fails in a script compiled from a code cache.
 */
function dynamicImports() {
  return {
    name: "dynamic-imports",
    setup(build) {
      build.onResolve({ filter: /^\.\/(podium|chunk-[A-Z0-9]+)\.cjs$/ }, ({ path }) => ({
        path,
        external: true,
      }));
      build.onLoad({ filter: /\.cjs$/ }, async ({ path }) => {
        const code = await readFile(path, "utf8");
        if (!code.includes("import(")) return { contents: code, loader: "js" };
        const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
        const keywords = [];
        const visit = (node) => {
          if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
            keywords.push(node.expression.getStart(file));
          ts.forEachChild(node, visit);
        };
        visit(file);
        let contents = code;
        for (const at of keywords) contents = `${contents.slice(0, at)}__load${contents.slice(at + 6)}`;
        return { contents, loader: "js" };
      });
    },
  };
}

/**
 * Compiling podium's templates costs a build more than anything else it does at start-up, so the
 * bundle carries them compiled: src/precompiled-templates.ts is replaced by a map from each
 * template's text to Handlebars' compiled form.
 */
function precompiledTemplates() {
  return {
    name: "precompiled-templates",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]precompiled-templates\.ts$/ }, () => {
        const dir = join(root, "templates");
        const entries = readdirSync(dir, { recursive: true })
          .filter((name) => name.endsWith(".hbs"))
          .sort()
          .map((name) => {
            const source = readFileSync(join(dir, name), "utf8");
            return `  [${JSON.stringify(source)}, ${Handlebars.precompile(source, COMPILE_OPTIONS)}],`;
          });
        return {
          contents: `export const precompiledTemplates = new Map([\n${entries.join("\n")}\n]);\n`,
          loader: "js",
          watchFiles: readdirSync(dir, { recursive: true }).map((name) => join(dir, name)),
        };
      });
    },
  };
}

/**
 * zod costs a build more start-up time than anything else it loads, so the bundle carries the
 * settings schema as data (src/config/rules.ts) in place of src/config/precompiled-settings.ts:
 * valid settings are checked without zod, and zod is loaded only to word an error.
 */
function precompiledSettings() {
  return {
    name: "precompiled-settings",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]config[\\/]precompiled-settings\.ts$/ }, () => {
        const { schema, keys, aliases, machineKeys } = settingsRules();
        const rules = [
          `schema: ${JSON.stringify(schema)}`,
          `keys: ${JSON.stringify(keys)}`,
          `aliases: new Map(${JSON.stringify([...aliases])})`,
          `machineKeys: ${JSON.stringify(machineKeys)}`,
        ];
        return {
          contents: `export const precompiledSettingsRules = {\n  ${rules.join(",\n  ")},\n};\n`,
          loader: "js",
        };
      });
    },
  };
}

/**
 * commander requires Node's child_process (and with it net and dgram) at start-up, only to run
 * subcommands that are programs of their own, which podium has none of: it is loaded on first use.
 */
function childProcessOnUse() {
  return {
    name: "child-process-on-use",
    setup(build) {
      build.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer }) =>
        /[\\/]node_modules[\\/]commander[\\/]/u.test(importer)
          ? { path: join(root, "scripts", "child-process-on-use.cjs") }
          : undefined,
      );
    },
  };
}

/**
 * podium's own modules as the bundle takes them: regex literals spelt in ASCII (asciiRegexLiterals),
 * and each module a command loads with `import()` importing the stages (stagesInOneChunk).
 */
function podiumSources() {
  const stagesImport = stagesInOneChunk();
  return {
    name: "podium-sources",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const source = asciiRegexLiterals(await readFile(path, "utf8"), path);
        return { contents: source + stagesImport(path), loader: "ts" };
      });
    },
  };
}

/**
 * esbuild spells every string of the bundle in ASCII, but not a regex literal, and V8 keeps a file
 * with a single character beyond ASCII as a string of two bytes a character: read and held at twice
 * the size, a few milliseconds of every start. Here each such character of a regex literal is an
 * escape (`\u4E00`), which matches the same; columns after it on its line move in the source map.
 */
function asciiRegexLiterals(source, path) {
  if (!/[^\0-\x7F]/u.test(source)) return source;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = "";
  let at = 0;
  for (const node of literals) {
    const start = node.getStart(file);
    out += source.slice(at, start) + escapeBeyondAscii(node.getText(file));
    at = node.getEnd();
  }
  return out + source.slice(at);
}

/** `\uXXXX` for each character beyond ASCII (a pair beyond the BMP, as `u` mode reads it). */
function escapeBeyondAscii(regex) {
  let out = "";
  for (const char of regex) {
    if (char.charCodeAt(0) < 0x80) {
      out += char;
      continue;
    }
    // An escaped character (`\一`, outside `u` mode) is the character itself: the escape replaces it.
    const backslashes = /\\*$/u.exec(out)?.[0].length ?? 0;
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    for (let i = 0; i < char.length; i += 1)
      out += `\\u${char.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return out;
}

/**
 * esbuild makes a chunk for each set of entry points (the CLI and every module loaded with
 * `import()`) that reaches a module, so a module the stages share with a lazy one (errors.ts with
 * the readers, plan/text.ts with the pptx writer) would be a chunk of its own, and a build would
 * read dozens of small files. A lazy module of podium's own is only ever loaded once the stages
 * (src/cli/stages.ts) are, by them or by a command that needs them: the bundle says so with an
 * import of the stages, so every module the stages reach is reached from the same entry points and
 * lands in their one chunk.
 */
function stagesInOneChunk() {
  const src = join(root, "src");
  const stages = join(src, "cli", "stages.ts");
  const lazy = new Set();
  for (const file of readdirSync(src, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const path = join(src, file);
    for (const [, specifier] of readFileSync(path, "utf8").matchAll(/\bimport\("(\.[^"]+)"\)/gu))
      lazy.add(resolve(dirname(path), specifier.replace(/\.js$/u, ".ts")));
  }
  lazy.delete(stages);
  // Relative, as the sources write imports: the source map carries no path of this machine. At the
  // end, so the module's own lines keep their numbers in the source map.
  return (path) => {
    if (!lazy.has(path)) return "";
    const to = relative(dirname(path), stages).replaceAll("\\", "/").replace(/\.ts$/u, ".js");
    return `\nimport ${JSON.stringify(to.startsWith(".") ? to : `./${to}`)};\n`;
  };
}
