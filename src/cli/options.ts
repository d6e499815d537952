/**
 * The command line's flags: their definitions, and how they become a layer of settings. The choices
 * and defaults come from the settings' one home (config/values.ts).
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import type { Settings } from "../config/schema.js";
import {
  ASPECTS,
  BUILTIN_THEMES,
  CHINESE_SCRIPTS,
  DEFAULTS,
  HANDOUT_LAYOUTS,
  PAPER_SIZES,
} from "../config/values.js";
import type { Verbosity } from "./report.js";

/** Every flag that maps to a setting, as commander hands them over (all optional). */
export interface SettingFlags {
  output?: string;
  notes?: boolean;
  theme?: string;
  aspect?: Settings["aspect"];
  templates?: string;
  singleFile?: boolean;
  handoutLayout?: Settings["handoutLayout"];
  paper?: Settings["paper"];
  browserPath?: string;
  encoding?: string;
  script?: Settings["script"];
  title?: string;
  subtitle?: string;
  speaker?: string;
  organisation?: string;
  date?: string;
  venue?: string;
  timeout?: number;
  port?: number;
  pptx?: boolean;
}

export interface OutputFlags {
  quiet?: boolean;
  verbose?: boolean;
}

/** The flags that are settings under the same name. */
const SETTING_FLAGS = [
  "output",
  "theme",
  "aspect",
  "templates",
  "handoutLayout",
  "paper",
  "browserPath",
  "encoding",
  "script",
  "title",
  "subtitle",
  "speaker",
  "organisation",
  "date",
  "venue",
  "timeout",
  "port",
] as const satisfies readonly (keyof SettingFlags & keyof Settings)[];

/**
 * Flags as a settings layer: only what the user typed, checked by the same schema as the config file.
 * The check comes with the stages, loaded here rather than at start-up, so `--help` never loads them.
 */
export async function flagSettings(flags: SettingFlags): Promise<Settings> {
  const { validateSettings } = await import("./stages.js");
  const raw: Record<string, unknown> = {};
  for (const key of SETTING_FLAGS) if (flags[key] !== undefined) raw[key] = flags[key];
  // A switch that is off was not given: it must not hide the config file's `true`.
  if (flags.singleFile) raw.singleFile = true;
  if (flags.notes) raw.notes = true;
  if (flags.pptx) raw.pptx = true;
  return validateSettings(raw, "command line");
}

export function verbosity(flags: OutputFlags): Verbosity {
  return flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
}

function parseNumber(what: string) {
  return (value: string): number => {
    const number = Number(value);
    if (value.trim() === "" || !Number.isFinite(number))
      throw new InvalidArgumentError(`${what}, not "${value}"`);
    return number;
  };
}

const encodingOption = () =>
  new Option("--encoding <name>", "read the file in this encoding instead of detecting it");
const scriptOption = () =>
  new Option("--script <script>", "convert Chinese to this script (default: keep the speech's own)").choices(
    CHINESE_SCRIPTS,
  );

/** Options for reading a speech: outline and the deck commands. */
export function addReadOptions(command: Command): Command {
  return command.addOption(encodingOption()).addOption(scriptOption());
}

/** Options that shape a deck: shared by build, pdf and serve. */
export function addDeckOptions(command: Command): Command {
  return addReadOptions(
    command
      .option(
        "--theme <name>",
        `${BUILTIN_THEMES.join(", ")} (default ${DEFAULTS.theme}), or yours; see \`podium themes\``,
      )
      .addOption(new Option("--aspect <ratio>", `slide shape (default ${DEFAULTS.aspect})`).choices(ASPECTS))
      .option("--templates <dir>", "your template overrides (only the files you change)")
      .option("--title <text>", "meeting title (default: the speech's own)")
      .option("--subtitle <text>", "subtitle on the title slide")
      .option("--speaker <name>", "speaker on the title slide and in PDF metadata")
      .option("--organisation <name>", "organisation on the title slide")
      .option("--date <date>", "date on the title slide and handouts")
      .option("--venue <place>", "venue on the title slide"),
  )
    .option("-q, --quiet", "print errors only")
    .option("--verbose", "print every stage and every warning");
}

/** Options about what is written: build and pdf. */
export function addOutputOptions(command: Command): Command {
  return addDeckOptions(
    command
      .option("-o, --output <dir>", `where decks go: <dir>/<name>/index.html (default ${DEFAULTS.output})`)
      .option("--single-file", "one self-contained HTML file (assets inlined)")
      .option("--notes", "slides PDF: each slide's speaker notes on the page after it")
      .addOption(
        new Option(
          "--handout-layout <n>",
          `slides a handout page (default ${DEFAULTS.handoutLayout})`,
        ).choices(HANDOUT_LAYOUTS),
      )
      .addOption(
        new Option("--paper <size>", `handout paper (default ${DEFAULTS.paper})`).choices(PAPER_SIZES),
      )
      .option("--browser-path <path>", "the Chrome/Chromium to print with")
      .option(
        "--timeout <seconds>",
        `time limit for one deck in the browser (default ${DEFAULTS.timeout})`,
        parseNumber("a number of seconds"),
      ),
  );
}

export function portOption(): Option {
  return new Option(
    "-p, --port <n>",
    `port on 127.0.0.1; a free one when it is taken (default ${DEFAULTS.port})`,
  ).argParser((value: string) => {
    const port = Number(value);
    if (!/^\d+$/u.test(value) || port > 65535) {
      throw new InvalidArgumentError("a port number from 0 to 65535 (0: any free port)");
    }
    return port;
  });
}
