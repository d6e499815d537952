/**
 * The files a person takes away: the deck as one offline HTML file, the slides PDF, the handout,
 * the reading copy, the PowerPoint file and the corrections. PDFs are printed by one browser shared
 * by every session, through the print queue; the others are made at once.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { BrowserSession } from "../export/browser.js";
import { pptxFileName } from "../export/names.js";
import { PodiumError, printable } from "../errors.js";
import { prepareDeck, type PreparedDeck } from "../pipeline.js";
import { loadTheme } from "../render/index.js";
import type { PrintQueue } from "./queue.js";
import type { AppSession } from "./session.js";
import { sidecarPath } from "../corrections/index.js";
import { deckFlags, downloadName } from "./workspace.js";

export const DOWNLOAD_KINDS = ["html", "pdf", "handout", "readingCopy", "pptx", "corrections"] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Kinds printed by the browser: these wait in the print queue. */
const PRINTED: ReadonlySet<DownloadKind> = new Set(["pdf", "handout", "readingCopy"]);

export type JobState = "queued" | "printing" | "done" | "failed";

export interface DownloadJob {
  id: string;
  kind: DownloadKind;
  state: JobState;
  /** Jobs ahead of this one in the print queue (0 once it runs). */
  ahead: () => number;
  file?: string;
  type?: string;
  bytes?: Uint8Array;
  /** One sentence for the page when the job failed. */
  error?: string;
}

/** Downloads kept per session: older finished ones are dropped so memory stays bounded. */
const KEPT_JOBS = 8;

export interface Printer {
  queue: PrintQueue;
  /** The shared browser, started on first use (and again if it died). */
  browser(): Promise<BrowserSession>;
  /** Called whenever a job changes state: places in the queue move for every waiting job. */
  changed(): void;
}

function fail(job: DownloadJob, error: unknown, notify: () => void): void {
  job.state = "failed";
  job.error = printable(
    error instanceof PodiumError || error instanceof Error
      ? (error.message.split("\n")[0] ?? "")
      : String(error),
  );
  notify();
}

/** Starts making `kind` for the session's current deck; the job reports as it goes. */
export function startDownload(
  session: AppSession,
  prepared: PreparedDeck,
  kind: DownloadKind,
  id: string,
  printer: Printer,
): DownloadJob {
  const job: DownloadJob = { id, kind, state: "queued", ahead: () => 0 };
  const notify = () => printer.changed();
  session.jobs.set(id, job);
  for (const old of [...session.jobs.values()].slice(0, Math.max(0, session.jobs.size - KEPT_JOBS))) {
    if (old.state === "done" || old.state === "failed") session.jobs.delete(old.id);
  }
  const finish = (made: { file: string; type: string; bytes: Uint8Array }) => {
    Object.assign(job, made, { state: "done" });
    notify();
  };
  if (!PRINTED.has(kind)) {
    job.state = "printing";
    made(session, prepared, kind).then(finish, (error: unknown) => fail(job, error, notify));
    return job;
  }
  const queued = printer.queue.add(session.id, async () => {
    const browser = await printer.browser();
    job.state = "printing";
    notify();
    return printed(prepared, kind, downloadName(session), browser);
  });
  job.ahead = () => queued.ahead();
  queued.done.then(finish, (error: unknown) => fail(job, error, notify));
  notify();
  return job;
}

const PDF = "application/pdf";

async function made(
  session: AppSession,
  prepared: PreparedDeck,
  kind: DownloadKind,
): Promise<{ file: string; type: string; bytes: Uint8Array }> {
  const name = downloadName(session);
  switch (kind) {
    case "html": {
      // The same speech, corrections and choices, drawn as one file with every asset inside.
      const single = await prepareDeck(
        prepared.input,
        { ...deckFlags(session), singleFile: true },
        undefined,
        { corrections: session.corrections },
      );
      return { file: `${name}.html`, type: "text/html; charset=utf-8", bytes: Buffer.from(single.deck.html) };
    }
    case "pptx": {
      const { buildPptx, themeFromCss } = await import("../pptx/index.js");
      const { settings, plan } = prepared;
      const css = await loadTheme(
        settings.theme,
        settings.templates ? resolve(settings.templates) : undefined,
      );
      const bytes = await buildPptx(plan, { theme: themeFromCss(css), aspect: settings.aspect });
      return {
        file: pptxFileName(name),
        type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        bytes,
      };
    }
    case "corrections": {
      const bytes = await readFile(sidecarPath(prepared.input)).catch(() => Buffer.from("corrections: []\n"));
      return { file: `${name}.podium.yaml`, type: "application/yaml; charset=utf-8", bytes };
    }
    default:
      throw new Error(`${kind} is printed, not made`);
  }
}

async function printed(
  prepared: PreparedDeck,
  kind: DownloadKind,
  name: string,
  browser: BrowserSession,
): Promise<{ file: string; type: string; bytes: Uint8Array }> {
  const { printDeck, finishDeck } = await import("../export/index.js");
  const { deck, settings, outline, input } = prepared;
  const out = await printDeck(browser, deck, {
    name,
    pdf: kind === "pdf",
    handout: kind === "handout",
    readingCopy: kind === "readingCopy",
    notes: settings.notes,
    layout: settings.handoutLayout,
    paper: settings.paper,
    outline,
    label: input,
    timeoutMs: settings.timeout * 1000,
    ...(settings.templates ? { templatesDir: resolve(settings.templates) } : {}),
  });
  const [file] = await finishDeck(out);
  if (!file) throw new Error("nothing was printed");
  return { file: file.file, type: PDF, bytes: file.bytes };
}
