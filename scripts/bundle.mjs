// Bundles the command line into lib/cli/podium.js: one file for Node to resolve at start-up, and a chunk
// for each module a command loads with `import()`, so `podium --help` reads only what it prints.
// Run after `tsc -p tsconfig.build.json` (the library, lib/index.js, stays tsc's output).
import { build } from "esbuild";
import Handlebars from "handlebars";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { settingsRules } from "../lib/config/rules.js";
import { COMPILE_OPTIONS } from "../lib/templates.js";

const root = join(import.meta.dirname, "..");
// Beside tsc's lib/cli/main.js, so paths the code finds from its own module (../../package.json,
// the templates folder up the tree) are the same in the bundle.
const outdir = join(root, "lib", "cli");
const analyse = process.argv.includes("--analyse");

// The last bundle's chunks, not tsc's files beside them.
for (const file of readdirSync(outdir)) if (/^(podium|chunk-)/u.test(file)) rmSync(join(outdir, file));
const result = await build({
  absWorkingDir: root,
  entryPoints: { podium: "src/cli/main.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild's tables doubt Node 20's `\p{…}` in regexes and would rebuild each such literal with
  // `new RegExp` on every call; Node has had them since version 10.
  supported: { "regexp-unicode-property-escapes": true },
  chunkNames: "chunk-[hash]",
  sourcemap: "linked",
  // Less for Node to read and parse at each start; names are kept so --debug traces read well.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __podiumRequire } from "node:module"; const require = __podiumRequire(import.meta.url);',
  },
  plugins: [precompiledTemplates(), precompiledSettings(), childProcessOnUse(), stagesInOneChunk()],
  metafile: analyse,
  logLevel: "warning",
});
if (analyse) writeFileSync(join(root, "lib", "bundle-meta.json"), JSON.stringify(result.metafile));

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
  return {
    name: "stages-in-one-chunk",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        if (!lazy.has(path)) return undefined;
        // Relative, as the sources write imports: the source map carries no path of this machine.
        const to = relative(dirname(path), stages).replaceAll("\\", "/").replace(/\.ts$/u, ".js");
        const specifier = to.startsWith(".") ? to : `./${to}`;
        // At the end, so the module's own lines keep their numbers in the source map.
        const source = await readFile(path, "utf8");
        return { contents: `${source}\nimport ${JSON.stringify(specifier)};\n`, loader: "ts" };
      });
    },
  };
}
