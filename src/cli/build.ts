import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import type { Settings } from "../config/schema.js";
import { ExitCode, PodiumError } from "../errors.js";
import { ensureDir, writeDeck, writeFileAtomic } from "../output.js";
import type { BrowserSession } from "../export/browser.js";
import type * as ExportModule from "../export/index.js";
import { deckName, listInputs, prepareDeck, settingsFor, type PreparedDeck } from "../pipeline.js";
import { cleanUpOnInterrupt } from "./interrupt.js";
import type { CliIO } from "./io.js";
import { guardTargets, readManifest, writeManifest } from "./outputs.js";
import { minutes, Reporter, shortPath, type Verbosity } from "./report.js";

export interface BuildRequest {
  inputs: string[];
  settings: Settings;
  pdf: boolean;
  handout: boolean;
  scriptPdf: boolean;
  verbosity: Verbosity;
}

type Exporter = Pick<typeof ExportModule, "printDeck" | "finishDeck">;

interface Built {
  prepared: PreparedDeck;
  dir: string;
  files: string[];
}

/** `podium build` / `podium pdf`: every deck to HTML, then the PDFs asked for with one shared browser. */
export async function runBuild(request: BuildRequest, io: CliIO): Promise<number> {
  const interrupt = cleanUpOnInterrupt(io);
  try {
    return await build(request, io);
  } catch (error) {
    // Work cut short by Ctrl-C fails in its own ways ("frame detached"); the one line said it all.
    if (interrupt.signal) return interrupt.exitCode;
    throw error;
  } finally {
    interrupt.release();
  }
}

async function build(request: BuildRequest, io: CliIO): Promise<number> {
  const started = performance.now();
  const reporter = new Reporter(io, request.verbosity);
  const inputs = await listInputs(request.inputs);
  refuseSharedNames(inputs);
  const wantsPdf = request.pdf || request.handout || request.scriptPdf;
  const browser = wantsPdf ? (await launchEarly(inputs, request)).session : null;
  try {
    return await buildDecks(request, inputs, reporter, browser, started);
  } finally {
    await browser?.then(
      (session) => session.close(),
      () => undefined,
    );
  }
}

/** Two speeches named alike (`a/talk.txt`, `b/talk.md`) would write one deck folder over the other. */
function refuseSharedNames(inputs: readonly string[]): void {
  const byName = new Map<string, string>();
  for (const input of inputs) {
    const other = byName.get(deckName(input));
    if (other !== undefined) {
      throw new PodiumError(
        `${input}: its deck would go where ${other}'s does (both are named "${deckName(input)}"); build them in separate runs or rename one`,
        ExitCode.usage,
      );
    }
    byName.set(deckName(input), input);
  }
}

/**
 * Finds the browser before any work (a missing one costs nothing and says so in one line), then
 * launches it while the HTML is built: the launch is the slowest step of a PDF run.
 */
async function launchEarly(
  inputs: string[],
  request: BuildRequest,
): Promise<{ session: Promise<BrowserSession> }> {
  // Puppeteer loads only when a PDF is asked for: HTML builds stay fast.
  const { BrowserSession, findBrowser } = await import("../export/browser.js");
  const settings = await settingsFor(inputs[0] ?? ".", null, request.settings);
  const browserPath = findBrowser(settings.browserPath);
  const session = BrowserSession.open({
    browserPath,
    timeoutMs: settings.timeout * 1000,
    concurrency: Math.max(1, availableParallelism()),
  });
  // Awaited after the HTML stage; until then a failed launch must not count as unhandled.
  session.catch(() => undefined);
  return { session };
}

async function buildDecks(
  request: BuildRequest,
  inputs: string[],
  reporter: Reporter,
  browser: Promise<BrowserSession> | null,
  started: number,
): Promise<number> {
  const built: Built[] = [];
  for (const input of inputs) {
    reporter.stage(input, "read → outline → slides → HTML");
    const prepared = await prepareDeck(input, request.settings);
    const dir = resolve(prepared.settings.output, prepared.name);
    const html = prepared.deck.assets.map((a) => a.to).concat("index.html");
    await ensureDir(dir);
    await guardTargets(dir, html, inputs);
    const files = await writeDeck(prepared.deck, dir);
    await writeManifest(dir, [...(await readManifest(dir)), ...html]);
    reporter.warnings(input, prepared.outline.warnings);
    built.push({ prepared, dir, files });
  }

  if (browser) {
    // Load the exporter while the browser may still be starting.
    const [exporter, session] = await Promise.all([import("../export/index.js"), browser]);
    await exportPdfs(exporter, session, built, request, inputs, reporter);
  }
  reporter.summary(
    built
      .map(({ prepared, dir, files }) => {
        const { plan, outline } = prepared;
        return `${prepared.input}: ${plan.slides.length} slides, about ${minutes(plan.totalSeconds)} min, ${outline.warnings.length} warnings → ${shortPath(
          join(dir, "index.html"),
        )}${files
          .filter((f) => f.endsWith(".pdf"))
          .map((f) => `, ${shortPath(f)}`)
          .join("")}`;
      })
      .concat(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`),
  );
  reporter.done();
  return ExitCode.ok;
}

/**
 * Prints every deck's PDFs with the one browser, then closes the browser while the PDFs get their
 * metadata and bookmarks and are written.
 */
async function exportPdfs(
  exporter: Exporter,
  session: BrowserSession,
  built: Built[],
  request: BuildRequest,
  inputs: string[],
  reporter: Reporter,
): Promise<void> {
  const printed = await Promise.all(
    built.map(async ({ prepared, dir }) => {
      const { deck, settings, name, input, outline } = prepared;
      const names = [
        ...(request.pdf ? [`${name}.pdf`] : []),
        ...(request.handout ? [`${name}-handout.pdf`] : []),
        ...(request.scriptPdf ? [`${name}-script.pdf`] : []),
      ];
      await guardTargets(dir, names, inputs);
      reporter.stage(input, "PDF");
      return exporter.printDeck(session, deck, {
        name,
        pdf: request.pdf,
        notes: settings.notes,
        handout: request.handout,
        layout: settings.handoutLayout,
        paper: settings.paper,
        scriptPdf: request.scriptPdf,
        outline,
        deckDir: dir,
        label: input,
        ...(settings.templates ? { templatesDir: resolve(settings.templates) } : {}),
      });
    }),
  );
  const closing = session.close();
  await Promise.all(
    built.map(async ({ dir, files }, index) => {
      const exported = await exporter.finishDeck(printed[index] ?? []);
      for (const { file, bytes } of exported) {
        const path = join(dir, file);
        await writeFileAtomic(path, bytes);
        files.push(path);
      }
      await writeManifest(dir, [...(await readManifest(dir)), ...exported.map(({ file }) => file)]);
    }),
  );
  await closing;
}
