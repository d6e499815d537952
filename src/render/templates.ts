import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { ExitCode, PodiumError } from "../errors.js";
import { typeset } from "./typeset.js";

let builtinDir: string | null = null;

/**
 * podium's own `templates/` folder. Found by walking up from this module, because the compiled
 * module sits deeper (`lib/src/render/`) than the source one (`src/render/`).
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
      return { name, path, source: await readFile(path, "utf8") };
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

/** One Handlebars environment for podium, so user templates cannot register helpers globally. */
const handlebars = Handlebars.create();
/** `{{text value}}`: slide text with figures emphasised (unless `emphasis` is off) and no lone last character. */
handlebars.registerHelper("text", function (value: unknown, options: Handlebars.HelperOptions) {
  const root = options.data?.root as { emphasis?: boolean } | undefined;
  return new handlebars.SafeString(typeset(String(value ?? ""), root?.emphasis !== false));
});
const compiled = new Map<string, Render>();

/**
 * Compiles a template now (Handlebars compiles lazily, which would report a syntax error only when
 * the template first runs) and wraps both compile and run errors with the file and line.
 */
export function compileTemplate(file: TemplateFile): Render {
  const key = `${file.path}\0${file.source}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  let template: HandlebarsTemplateDelegate;
  try {
    handlebars.parse(file.source);
    template = handlebars.compile(file.source, { strict: false, preventIndent: true });
  } catch (error) {
    throw templateError(file, error);
  }
  const render: Render = (context) => {
    try {
      return template(context, { allowProtoPropertiesByDefault: false });
    } catch (error) {
      throw templateError(file, error);
    }
  };
  compiled.set(key, render);
  return render;
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
