/**
 * The one loader for every Handlebars template podium fills: the deck's (layouts/, partials/) and the
 * printed outputs' (handouts/). A user's `--templates` folder overrides file by file, and a broken
 * template is reported with its file and line, whichever stage reads it.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type Handlebars from "handlebars";
import { ExitCode, PodiumError } from "./errors.js";
import { precompiledTemplates } from "./precompiled-templates.js";
import { typeset } from "./render/typeset.js";

let builtinDir: string | null = null;

/**
 * podium's own `templates/` folder. Found by walking up from this module, so the same code finds it
 * from the sources (`src/`) and from the compiled package (`lib/`).
 */
export function builtinTemplatesDir(): string {
  if (builtinDir !== null) return builtinDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "templates", "layouts", "deck.hbs")))
      return (builtinDir = join(dir, "templates"));
    const parent = dirname(dir);
    if (parent === dir) throw new PodiumError("podium's templates folder is missing", ExitCode.internal);
    dir = parent;
  }
}

/** A template file: the user's copy when their folder has one, else podium's. */
export interface TemplateFile {
  /** Relative path inside a templates folder (`partials/point.hbs`). */
  name: string;
  path: string;
  source: string;
}

export async function readTemplateFile(name: string, overrideDir: string | undefined): Promise<TemplateFile> {
  const candidates = overrideDir === undefined ? [] : [resolve(overrideDir, name)];
  candidates.push(join(builtinTemplatesDir(), name));
  for (const path of candidates) {
    try {
      // Read at once, not through Node's thread pool: a deck's dozen small templates would each
      // take four round trips there (open, stat, read, close), more time than reading them.
      return { name, path, source: readFileSync(path, "utf8") };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw new PodiumError(
          `${path}: cannot read template: ${(error as Error).message}`,
          ExitCode.badInput,
          {
            cause: error,
          },
        );
      }
    }
  }
  throw new PodiumError(`template ${name} not found (looked in ${candidates.join(", ")})`, ExitCode.usage);
}

export type Render = (context: object) => string;

/**
 * Reads a template and the partials it calls (`handouts/slide.hbs` is the partial `slide`), each
 * from the user's folder or podium's, and compiles them all now.
 */
export async function loadTemplate(
  name: string,
  overrideDir: string | undefined,
  partials: readonly string[] = [],
): Promise<Render> {
  const [main, ...called] = await Promise.all(
    [name, ...partials].map((file) => readTemplateFile(file, overrideDir)),
  );
  return await compileTemplate(main as TemplateFile, called);
}

/** How podium compiles every template; scripts/bundle.mjs precompiles podium's own with the same. */
export const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;

type HandlebarsEnvironment = typeof Handlebars;

/** podium's helpers, in each of its environments: `{{text value}}` is slide text with figures
 * emphasised (unless `emphasis` is off) and no lone last character. */
function withHelpers(handlebars: HandlebarsEnvironment): HandlebarsEnvironment {
  handlebars.registerHelper("text", function (value: unknown, options: Handlebars.HelperOptions) {
    const root = options.data?.root as { emphasis?: boolean } | undefined;
    return new handlebars.SafeString(typeset(String(value ?? ""), root?.emphasis !== false));
  });
  return handlebars;
}

/**
 * podium's own Handlebars environments, so user templates cannot register helpers globally: the
 * runtime alone runs precompiled templates; the compiler (with the source-map library it loads) is
 * loaded only for a template that is not precompiled, such as a user's own.
 */
let runtime: Promise<HandlebarsEnvironment> | undefined;
let compiler: Promise<HandlebarsEnvironment> | undefined;
const loadRuntime = () =>
  (runtime ??= import("handlebars/runtime.js").then((module) =>
    withHelpers((module as unknown as { default: HandlebarsEnvironment }).default.create()),
  ));
const loadCompiler = () =>
  (compiler ??= import("handlebars").then((module) => withHelpers(module.default.create())));
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Compiles a template now (Handlebars compiles lazily, which would report a syntax error only when
 * the template first runs); a template already compiled from the same file and text is reused.
 */
async function compiledTemplate(file: TemplateFile): Promise<HandlebarsTemplateDelegate> {
  const key = `${file.path}\0${file.source}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  let template: HandlebarsTemplateDelegate;
  const precompiled = precompiledTemplates.get(file.source);
  if (precompiled) {
    template = (await loadRuntime()).template(precompiled);
    compiled.set(key, template);
    return template;
  }
  const handlebars = await loadCompiler();
  try {
    handlebars.parse(file.source);
    template = handlebars.compile(file.source, COMPILE_OPTIONS);
  } catch (error) {
    throw templateError(file, error);
  }
  compiled.set(key, template);
  return template;
}

/** Runs a template; an error names the file it came from (a partial's own error passes through). */
function run(
  file: TemplateFile,
  template: HandlebarsTemplateDelegate,
  context: unknown,
  options: Handlebars.RuntimeOptions,
): string {
  try {
    return template(context, options);
  } catch (error) {
    throw error instanceof PodiumError ? error : templateError(file, error);
  }
}

/**
 * The partials are handed to each run rather than registered, so two runs with different template
 * folders (the preview server's rebuilds) never see each other's.
 */
async function compileTemplate(file: TemplateFile, partials: readonly TemplateFile[]): Promise<Render> {
  const template = await compiledTemplate(file);
  const byName: Record<string, HandlebarsTemplateDelegate> = {};
  for (const partial of partials) {
    const compiledPartial = await compiledTemplate(partial);
    byName[basename(partial.name, ".hbs")] = (context, options) =>
      run(partial, compiledPartial, context, options ?? {});
  }
  return (context) =>
    run(file, template, context, { allowProtoPropertiesByDefault: false, partials: byName });
}

function templateError(file: TemplateFile, error: unknown): PodiumError {
  const message = error instanceof Error ? error.message : String(error);
  const known = (error as { lineNumber?: unknown }).lineNumber;
  const line =
    typeof known === "number"
      ? known
      : Number(/Parse error on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+/.exec(message)?.[1] ?? NaN);
  // Handlebars' parse errors span several lines (source excerpt, caret); the last says what it expected.
  const lines = message.split("\n").filter((l) => l.trim() !== "" && !/^-*\^$/.test(l.trim()));
  const reason = (/^Parse error on line/.test(lines[0] ?? "") ? lines.at(-1) : lines[0]) ?? message;
  const where = Number.isFinite(line) ? `${file.path}:${line}` : file.path;
  return new PodiumError(`${where}: broken template (${file.name}): ${reason}`, ExitCode.badInput, {
    cause: error,
  });
}
