/**
 * `podium build` as a library: every speech to its deck folder, and the PDFs asked for, printed by
 * one shared browser (each deck as soon as it is written) and written once all have printed. Prints
 * nothing; progress goes to `onStage`, results come back as values.
 */
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Settings } from "./config/schema.js";
import { ExitCode, PodiumError } from "./errors.js";
import type { BrowserSession } from "./export/browser.js";
import type * as ExportModule from "./export/index.js";
import { pptxFileName, requestedPdfs, wantsPdf } from "./export/names.js";
import { lockDeck } from "./lock.js";
import { claimTargets, refuseLink } from "./manifest.js";
import { ensureDir, writeDeck, writeFileAtomic } from "./output.js";
import { deckName } from "./deck-name.js";
import { listInputs, prepareDeck, settingsFor, type PreparedDeck } from "./pipeline.js";
import { loadTheme } from "./render/index.js";
import { settleAll } from "./settle.js";

export interface BuildRequest {
  /** Speech files, or folders of speeches. */
  inputs: readonly string[];
  /** The command line's layer of settings (over front matter and the config file). */
  settings: Settings;
  pdf: boolean;
  handout: boolean;
  /** The speaker's reading copy: the whole speech in large type. */
  readingCopy: boolean;
}

export interface BuildHooks {
  /** Stops the build: the browser is closed, unfinished files are removed, the promise rejects. */
  signal?: AbortSignal;
  /** Called as each speech enters a stage ("read → outline → slides → HTML", "PDF"). */
  onStage?: (input: string, stage: string) => void;
}

/** One speech's deck as written. */
export interface BuiltDeck {
  prepared: PreparedDeck;
  /** The deck folder: `<output>/<name>/`. */
  dir: string;
  /** Every file written, absolute paths. */
  files: string[];
}

type Exporter = Pick<typeof ExportModule, "printDeck" | "finishDeck">;
type PrintedFile = Awaited<ReturnType<Exporter["printDeck"]>>[number];
type ExportedFile = Awaited<ReturnType<Exporter["finishDeck"]>>[number];

/** Builds every speech; resolves to what was written, in input order. */
export async function buildDecks(request: BuildRequest, hooks: BuildHooks = {}): Promise<BuiltDeck[]> {
  const inputs = await listInputs(request.inputs);
  refuseSharedNames(inputs);
  const browser = wantsPdf(request) ? (await launchEarly(inputs, request, hooks.signal)).session : null;
  const locks: (() => Promise<void>)[] = [];
  // Loaded while the browser may still be starting.
  const printer = browser && Promise.all([import("./export/index.js"), browser]);
  printer?.catch(() => undefined);
  const printing: Promise<ExportedFile[]>[] = [];
  try {
    const built: BuiltDeck[] = [];
    for (const input of inputs) {
      const deck = await buildHtml(input, inputs, request, hooks, locks);
      built.push(deck);
      // Each deck prints as soon as it is written, while the next is being built.
      if (!printer) continue;
      // Its PDFs are finished (metadata, bookmarks) as soon as they print, beside the other decks' prints.
      const job = printer.then(async ([exporter, session]) =>
        exporter.finishDeck(await printPdfs(exporter, session, deck, request, inputs, hooks)),
      );
      // Its failure is the build's once the loop is done (writePdfs); until then it must not count as unhandled.
      job.catch(() => undefined);
      printing.push(job);
    }
    if (printer) {
      const [, session] = await printer;
      await writePdfs(session, built, printing, hooks.signal);
    }
    return built;
  } catch (error) {
    // No deck may go on printing once the build has failed: the browser closes, then every print ends.
    await browser?.then(
      (session) => session.close(),
      () => undefined,
    );
    await Promise.allSettled(printing);
    throw error;
  } finally {
    await browser?.then(
      (session) => session.close(),
      () => undefined,
    );
    for (const release of locks) await release();
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
  inputs: readonly string[],
  request: BuildRequest,
  signal: AbortSignal | undefined,
): Promise<{ session: Promise<BrowserSession> }> {
  // Puppeteer loads only when a PDF is asked for: HTML builds stay fast.
  const { BrowserSession, findBrowser } = await import("./export/browser.js");
  const settings = await settingsFor(inputs[0] ?? ".", null, request.settings);
  const session = BrowserSession.open({
    browserPath: findBrowser(settings.browserPath),
    timeoutMs: settings.timeout * 1000,
    concurrency: Math.max(1, availableParallelism()),
    ...(signal ? { signal } : {}),
  });
  // Awaited after the HTML stage; until then a failed launch must not count as unhandled.
  session.catch(() => undefined);
  return { session };
}

async function buildHtml(
  input: string,
  inputs: readonly string[],
  request: BuildRequest,
  hooks: BuildHooks,
  locks: (() => Promise<void>)[],
): Promise<BuiltDeck> {
  const { signal, onStage } = hooks;
  onStage?.(input, "read → outline → slides → HTML");
  const prepared = await prepareDeck(input, request.settings, signal);
  const output = resolve(prepared.settings.output);
  const dir = resolve(output, prepared.name);
  // deckName makes this so; checked here because a deck outside -o would write anywhere.
  if (dirname(dir) !== output)
    throw new PodiumError(`${input}: its deck folder would not be inside ${output}`);
  await ensureDir(dir);
  await refuseLink(dir);
  // Held until the build ends: its PDFs are written into the folder last.
  locks.push(await lockDeck(dir));
  await claimTargets(dir, [...prepared.deck.assets.map((a) => a.to), "index.html"], inputs);
  const files = await writeDeck(prepared.deck, dir, signal);
  if (prepared.settings.pptx) files.push(await writePptx(prepared, dir, inputs, hooks));
  return { prepared, dir, files };
}

/** The editable PowerPoint file, from the same slide plan and theme as the deck. */
async function writePptx(
  prepared: PreparedDeck,
  dir: string,
  inputs: readonly string[],
  { signal, onStage }: BuildHooks,
): Promise<string> {
  const { settings, name, plan, input } = prepared;
  const file = pptxFileName(name);
  await claimTargets(dir, [file], inputs);
  onStage?.(input, "PowerPoint");
  // pptxgenjs loads only when a .pptx is asked for: other builds stay fast.
  const [{ buildPptx, themeFromCss }, css] = await Promise.all([
    import("./pptx/index.js"),
    loadTheme(settings.theme, settings.templates ? resolve(settings.templates) : undefined),
  ]);
  const bytes = await buildPptx(plan, { theme: themeFromCss(css), aspect: settings.aspect });
  const path = join(dir, file);
  await writeFileAtomic(path, bytes, signal);
  return path;
}

/** One deck's PDFs as the browser prints them, still to be finished. */
async function printPdfs(
  exporter: Exporter,
  session: BrowserSession,
  { prepared, dir }: BuiltDeck,
  request: BuildRequest,
  inputs: readonly string[],
  { onStage }: BuildHooks,
): Promise<PrintedFile[]> {
  const { deck, settings, name, input, outline } = prepared;
  await claimTargets(dir, requestedPdfs(name, request), inputs);
  onStage?.(input, "PDF");
  return exporter.printDeck(session, deck, {
    name,
    pdf: request.pdf,
    notes: settings.notes,
    handout: request.handout,
    layout: settings.handoutLayout,
    paper: settings.paper,
    readingCopy: request.readingCopy,
    outline,
    deckDir: dir,
    label: input,
    ...(settings.templates ? { templatesDir: resolve(settings.templates) } : {}),
  });
}

/**
 * Once every deck has printed (and its PDFs are finished), closes the browser while the PDFs are
 * written: nothing is written unless every print succeeded.
 */
async function writePdfs(
  session: BrowserSession,
  built: BuiltDeck[],
  printing: Promise<ExportedFile[]>[],
  signal: AbortSignal | undefined,
): Promise<void> {
  const finished = await settleAll(printing);
  const closing = session.close();
  await settleAll(
    built.map(async ({ dir, files }, index) => {
      for (const { file, bytes } of finished[index] ?? []) {
        const path = join(dir, file);
        await writeFileAtomic(path, bytes, signal);
        files.push(path);
      }
    }),
  );
  await closing;
}
