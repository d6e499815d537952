// Bundles the command line into lib/cli/podium.js: one file for Node to resolve at start-up, and a chunk
// for each module a command loads with `import()`, so `podium --help` reads only what it prints.
// Run after `tsc -p tsconfig.build.json` (the library, lib/index.js, stays tsc's output).
import { build } from "esbuild";
import Handlebars from "handlebars";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
  plugins: [precompiledTemplates(), precompiledSettings(), childProcessOnUse()],
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
