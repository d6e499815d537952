import { join } from "node:path";
import { buildDecks, type BuildRequest, type BuiltDeck } from "../build.js";
import { ExitCode } from "../errors.js";
import type { CommandContext } from "./context.js";
import { minutes, Reporter, shortPath, type Verbosity } from "./report.js";

/** `podium build` and `podium pdf`: the library's build, with progress and a summary on stderr. */
export async function runBuild(
  request: BuildRequest,
  verbosity: Verbosity,
  { io, signal }: Pick<CommandContext, "io" | "signal">,
): Promise<number> {
  // Not performance.now(): the global loads perf_hooks, a millisecond of every build's start.
  const started = process.hrtime.bigint();
  const reporter = new Reporter(io, verbosity);
  try {
    const built = await buildDecks(request, {
      signal,
      onStage: (input, stage) => reporter.stage(input, stage),
    });
    for (const { prepared } of built) {
      reporter.warnings(prepared.input, prepared.outline.warnings);
      reporter.ignoredKeys(prepared.input, prepared.ignoredKeys);
    }
    reporter.summary([
      ...built.map(summaryLine),
      `done in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`,
    ]);
    return ExitCode.ok;
  } finally {
    reporter.done();
  }
}

function summaryLine({ prepared, dir, files }: BuiltDeck): string {
  const { plan, outline } = prepared;
  const extras = files.filter((f) => /\.(pdf|pptx)$/u.test(f)).map((f) => `, ${shortPath(f)}`);
  return `${prepared.input}: ${plan.slides.length} slides, about ${minutes(plan.totalSeconds)} min, ${
    outline.warnings.length
  } warnings → ${shortPath(join(dir, "index.html"))}${extras.join("")}`;
}
