import { Option, type Command } from "commander";
import { ExitCode } from "../errors.js";
import { readSource, type ReadOptions } from "../ingest/index.js";
import { buildOutline, formatOutline, outlineJson } from "../outline/index.js";
import { formatSlides, slideSummaries } from "../plan/explain.js";
import { prepareDeck } from "../pipeline.js";
import { validateSettings } from "../config/load.js";
import type { Settings } from "../config/schema.js";
import { runBuild, type BuildRequest } from "./build.js";
import { registerServeCommand } from "./serve.js";
import { registerCheckCommand, registerProjectCommands } from "./more.js";
import type { CliIO } from "./io.js";
import type { Verbosity } from "./report.js";

type SetExit = (code: number) => void;

const encodingOption = () =>
  new Option("--encoding <name>", "read the file in this encoding instead of detecting it");
const scriptOption = () =>
  new Option("--script <script>", "convert Chinese to this script (default: keep the speech's own)").choices([
    "simplified",
    "traditional",
  ]);

function readOptions(flags: { encoding?: string; script?: "simplified" | "traditional" }): ReadOptions {
  return {
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.script ? { script: flags.script } : {}),
  };
}

export function registerCommands(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command("outline")
    .description("print the numbered outline podium finds in a speech")
    .argument("<input>", "a speech: .txt, .md, .docx or .html")
    .option("--json", "print the outline as JSON")
    .option("--slides", "print the slides instead: each one's layout and why it was chosen")
    .addOption(encodingOption())
    .addOption(scriptOption())
    .addHelpText(
      "after",
      "\nExamples:\n  podium outline slides/speech.txt\n  podium outline report.docx --json > outline.json\n  podium outline speech.txt --slides",
    )
    .action(
      async (
        input: string,
        flags: { json?: boolean; slides?: boolean; encoding?: string; script?: "simplified" | "traditional" },
      ) => {
        if (flags.slides) {
          const { plan } = await prepareDeck(input, readOptions(flags));
          io.stdout(
            flags.json ? `${JSON.stringify(slideSummaries(plan), null, 2)}\n` : `${formatSlides(plan)}\n`,
          );
          setExit(ExitCode.ok);
          return;
        }
        const outline = buildOutline(await readSource(input, readOptions(flags)));
        if (flags.json) {
          io.stdout(`${JSON.stringify(outlineJson(outline), null, 2)}\n`);
        } else {
          io.stdout(`${formatOutline(outline)}\n`);
          for (const w of outline.warnings) io.stderr(`${input}:${w.line}: ${w.message}\n`);
        }
        setExit(ExitCode.ok);
      },
    );
  registerBuildCommands(program, io, setExit);
  registerServeCommand(program, io, setExit, { flagSettings, addDeckOptions });
  registerCheckCommand(program, io, setExit);
  registerProjectCommands(program, io, setExit);
}

export interface BuildFlags {
  output?: string;
  pdf?: boolean;
  handout?: boolean;
  scriptPdf?: boolean;
  notes?: boolean;
  theme?: string;
  aspect?: "16:9" | "4:3";
  templates?: string;
  singleFile?: boolean;
  watch?: boolean;
  handoutLayout?: string;
  paper?: string;
  browserPath?: string;
  encoding?: string;
  script?: "simplified" | "traditional";
  title?: string;
  subtitle?: string;
  speaker?: string;
  organisation?: string;
  date?: string;
  venue?: string;
  timeout?: string;
  quiet?: boolean;
  verbose?: boolean;
}

/** Flags as a settings layer: only what the user typed, checked by the same schema as the config file. */
export function flagSettings(flags: BuildFlags): Settings {
  const raw: Record<string, unknown> = {};
  const copy = [
    "output",
    "theme",
    "aspect",
    "templates",
    "handoutLayout",
    "paper",
    "browserPath",
    "encoding",
    "script",
  ] as const;
  for (const key of copy) if (flags[key] !== undefined) raw[key] = flags[key];
  for (const key of ["title", "subtitle", "speaker", "organisation", "date", "venue"] as const) {
    if (flags[key] !== undefined) raw[key] = flags[key];
  }
  if (flags.singleFile) raw.singleFile = true;
  if (flags.notes) raw.notes = true;
  if (flags.timeout !== undefined) raw.timeout = Number(flags.timeout);
  return validateSettings(raw, "command line");
}

/** Options that shape a deck: shared by build, pdf and serve. */
export function addDeckOptions(command: Command): Command {
  return command
    .option("--theme <name>", "light (default), red or dark; see `podium themes`")
    .addOption(new Option("--aspect <ratio>", "slide shape").choices(["16:9", "4:3"]))
    .option("--templates <dir>", "your template overrides (only the files you change)")
    .option("--title <text>", "meeting title (default: the speech's own)")
    .option("--subtitle <text>", "subtitle on the title slide")
    .option("--speaker <name>", "speaker on the title slide and in PDF metadata")
    .option("--organisation <name>", "organisation on the title slide")
    .option("--date <date>", "date on the title slide and handouts")
    .option("--venue <place>", "venue on the title slide")
    .addOption(encodingOption())
    .addOption(scriptOption())
    .option("-q, --quiet", "print errors only")
    .option("--verbose", "print every stage and every warning");
}

/** Options about what is written: build and pdf. */
function addOutputOptions(command: Command): Command {
  return addDeckOptions(
    command
      .option("-o, --output <dir>", "where decks go: <dir>/<name>/index.html (default: dist)")
      .option("--single-file", "one self-contained HTML file (assets inlined)")
      .option("--notes", "slides PDF: each slide's speaker notes on the page after it")
      .addOption(
        new Option("--handout-layout <n>", "slides a handout page").choices([
          "1",
          "2",
          "3",
          "4",
          "6",
          "notes",
        ]),
      )
      .addOption(new Option("--paper <size>", "handout paper").choices(["a4", "letter"]))
      .option("--browser-path <path>", "the Chrome/Chromium to print with")
      .option("--timeout <seconds>", "time limit for one deck in the browser (default 120)"),
  );
}

function verbosity(flags: BuildFlags): Verbosity {
  return flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
}

export function registerBuildCommands(program: Command, io: CliIO, setExit: SetExit): void {
  addOutputOptions(
    program
      .command("build")
      .description("build each speech into a reveal.js deck (and PDFs when asked)")
      .argument("<input...>", "speech files or folders of speeches")
      .option("--pdf", "also the slides PDF: <dir>/<name>/<name>.pdf")
      .option("--handout", "also the handout PDF: <name>-handout.pdf")
      .option("--script-pdf", "also the speaker's reading copy: <name>-script.pdf")
      .option("-w, --watch", "rebuild when the speech, a template, a theme or the config changes"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  podium build slides/\n  podium build speech.txt --theme red --pdf --handout\n  podium build report.docx --aspect 4:3 --single-file -o out",
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      const request: BuildRequest = {
        inputs,
        settings: flagSettings(flags),
        pdf: Boolean(flags.pdf),
        handout: Boolean(flags.handout),
        scriptPdf: Boolean(flags.scriptPdf),
        verbosity: verbosity(flags),
      };
      if (flags.watch) {
        const { watchBuild } = await import("./watch.js");
        setExit(await watchBuild(request, io));
        return;
      }
      setExit(await runBuild(request, io));
    });

  addOutputOptions(
    program
      .command("pdf")
      .description(
        "build the slides PDF, the handout and the reading copy (shorthand for build --pdf --handout --script-pdf)",
      )
      .argument("<input...>", "speech files or folders of speeches"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  podium pdf slides/speech.txt\n  podium pdf speech.md --handout-layout 6 --paper letter",
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      setExit(
        await runBuild(
          {
            inputs,
            settings: flagSettings(flags),
            pdf: true,
            handout: true,
            scriptPdf: true,
            verbosity: verbosity(flags),
          },
          io,
        ),
      );
    });
}
