/**
 * What the app does to a session's speech: open it (by path, or from an upload into the session's
 * folder), rebuild the deck with the session's corrections and choices, apply an edit and save the
 * corrections beside the speech.
 */
import { writeFile, mkdir } from "node:fs/promises";
import { extname, join } from "node:path";
import { readCorrections, sidecarPath, writeCorrections } from "../corrections/index.js";
import type { Settings } from "../config/schema.js";
import { ASPECTS, HANDOUT_LAYOUTS, INPUT_EXTENSIONS, INPUT_FORMATS } from "../config/values.js";
import { PodiumError, printable } from "../errors.js";
import { buildOutline } from "../outline/index.js";
import { deckName } from "../deck-name.js";
import { prepareDeck } from "../pipeline.js";
import { listThemes } from "../themes.js";
import { applyEdit, StaleEdit, type Edit } from "./edits.js";
import type { Correction } from "../corrections/types.js";
import type { AppSession, DeckChoices } from "./session.js";
import { outlineView } from "./view.js";

/** The settings layer the session's choices make (over the speech's front matter and config file). */
export function deckFlags(session: AppSession, base: Settings = {}): Settings {
  return { ...base, ...session.choices };
}

/** Rebuilds the session's deck from its speech, corrections and choices. */
export async function rebuild(session: AppSession, base: Settings, signal?: AbortSignal): Promise<void> {
  if (!session.speech) return;
  session.prepared = await prepareDeck(session.speech.path, deckFlags(session, base), signal, {
    corrections: session.corrections,
  });
  session.revision++;
}

/** Opens a speech at `path`: its sidecar's corrections, if any, apply at once. */
export async function openSpeech(
  session: AppSession,
  path: string,
  displayName: string,
  byPath: boolean,
  base: Settings,
  signal?: AbortSignal,
): Promise<void> {
  const corrections = (await readCorrections(sidecarPath(path))) ?? [];
  const previous = { speech: session.speech, corrections: session.corrections, prepared: session.prepared };
  session.speech = { path, displayName: printable(displayName), byPath };
  session.corrections = corrections;
  try {
    await rebuild(session, base, signal);
  } catch (error) {
    Object.assign(session, previous);
    throw error;
  }
}

/**
 * The extension a speech is stored with, looked up in podium's own table from the name the browser
 * gave (which is used for nothing else); a name podium does not read is refused as the CLI would.
 */
function uploadExtension(name: string): string {
  const ext = extname(name).toLowerCase();
  const known = INPUT_EXTENSIONS.find((e) => e === ext);
  if (!known) {
    throw new PodiumError(
      `${printable(name)}: podium reads ${INPUT_EXTENSIONS.join(", ")} files, not ${ext === "" ? "files without an extension" : ext}`,
    );
  }
  return known;
}

/** Stores an uploaded speech in a new folder of the session's and opens it. */
export async function openUpload(
  session: AppSession,
  name: string,
  bytes: Uint8Array,
  base: Settings,
  signal?: AbortSignal,
): Promise<void> {
  const ext = uploadExtension(name);
  session.uploads++;
  // Folder and file names are the server's: `<session>/<n>/speech.<ext>`.
  const dir = join(session.dir, String(session.uploads));
  await mkdir(dir, { recursive: true });
  const path = join(dir, `speech${ext}`);
  await writeFile(path, bytes);
  try {
    await openSpeech(session, path, name, false, base, signal);
  } catch (error) {
    // Messages name the file as the person knows it, never the session's folder.
    if (error instanceof PodiumError)
      throw new PodiumError(error.message.split(path).join(name), error.exitCode);
    throw error;
  }
}

/** The name downloads are given: the speech's own file name without its extension. */
export function downloadName(session: AppSession): string {
  return deckName(session.speech?.displayName ?? "deck");
}

/** Applies one edit, rebuilds, and saves the corrections; on failure nothing changes. */
export async function editCorrections(
  session: AppSession,
  edit: Edit,
  base: Settings,
  signal?: AbortSignal,
): Promise<void> {
  const { speech, prepared } = session;
  if (!speech || !prepared) throw new PodiumError("open a speech first");
  const original = buildOutline(prepared.source);
  // A speech opened by path may be open in several tabs: an edit (named by the outline this page
  // shows) goes onto the corrections as saved, so one tab's work never undoes another's.
  const list = speech.byPath
    ? await onSaved(speech.path, session.corrections, edit, signal)
    : { corrections: session.corrections, edit };
  const shown = outlineView(prepared);
  const next = applyEdit(list.corrections, list.edit, shown, original);
  const before = session.corrections;
  session.corrections = next;
  try {
    await rebuild(session, base, signal);
  } catch (error) {
    session.corrections = before;
    throw error;
  }
  await writeCorrections(sidecarPath(speech.path), next, signal);
}

/** The saved corrections, and the edit as it applies to them (an "undo" names its entry anew). */
async function onSaved(
  path: string,
  shown: readonly Correction[],
  edit: Edit,
  signal?: AbortSignal,
): Promise<{ corrections: Correction[]; edit: Edit }> {
  const corrections = (await readCorrections(sidecarPath(path), signal)) ?? [];
  if (edit.action !== "remove") return { corrections, edit };
  const entry = JSON.stringify(shown[edit.correction]);
  const at = corrections.findIndex((c) => JSON.stringify(c) === entry);
  if (at === -1) throw new StaleEdit("that correction was already undone");
  return { corrections, edit: { action: "remove", correction: at } };
}

/** Checks a choice of theme, aspect or handout layout against podium's own lists, then rebuilds. */
export async function choose(
  session: AppSession,
  choices: DeckChoices,
  base: Settings,
  signal?: AbortSignal,
): Promise<void> {
  if (choices.aspect !== undefined && !ASPECTS.includes(choices.aspect))
    throw new PodiumError("unknown aspect");
  if (choices.handoutLayout !== undefined && !HANDOUT_LAYOUTS.includes(choices.handoutLayout)) {
    throw new PodiumError("unknown handout layout");
  }
  if (choices.theme !== undefined) {
    const themes = await listThemes(session.prepared?.settings.templates);
    if (!themes.some((t) => t.name === choices.theme)) throw new PodiumError("unknown theme");
  }
  const before = session.choices;
  session.choices = { ...before, ...choices };
  try {
    await rebuild(session, base, signal);
  } catch (error) {
    session.choices = before;
    throw error;
  }
}

/** Speech formats, for the file input's `accept`. */
export const ACCEPTED = Object.keys(INPUT_FORMATS).join(",");
