import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { PodiumError, printable } from "../errors.js";
import type { Source } from "../ingest/types.js";
import { buildOutline } from "../outline/build.js";
import type { Outline } from "../outline/types.js";
import { writeFileAtomic } from "../output.js";
import { applyCorrections } from "./apply.js";
import { sidecarPath } from "./sidecar.js";
import type { Correction } from "./types.js";

export {
  applyCorrections,
  inReadingOrder,
  paragraphAnchors,
  pointAnchor,
  type ParagraphAnchor,
} from "./apply.js";
export { sidecarPath } from "./sidecar.js";
export type { Correction } from "./types.js";

/**
 * The outline of a speech read from `input`, as corrected by the sidecar beside it (or by
 * `corrections`, when the caller holds them: `podium app` before it saves).
 */
export async function correctedOutline(
  input: string,
  source: Source,
  corrections?: readonly Correction[],
  signal?: AbortSignal,
): Promise<Outline> {
  const outline = buildOutline(source);
  if (corrections) return applyCorrections(outline, corrections);
  const sidecar = sidecarPath(input);
  const saved = await readCorrections(sidecar, signal);
  return saved ? applyCorrections(outline, saved, basename(sidecar)) : outline;
}

/** A sidecar larger than this is not a list of corrections a person made. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

/**
 * The corrections in a sidecar file, or null when there is none. A file that is not valid YAML or
 * not a list of corrections is an error naming the file and what is wrong.
 */
export async function readCorrections(path: string, signal?: AbortSignal): Promise<Correction[] | null> {
  let bytes: Buffer;
  signal?.throwIfAborted();
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (bytes.length > MAX_SIDECAR_BYTES) throw new PodiumError(`${path}: too large for a corrections file`);
  // The YAML reader and the schema load only when a sidecar exists: most speeches have none.
  const [{ sidecarSchema }, { parse }] = await Promise.all([import("./schema.js"), import("./yaml.js")]);
  let raw: unknown;
  try {
    raw = parse(bytes.toString("utf8"), { maxAliasCount: 0 }) ?? {};
  } catch (error) {
    throw new PodiumError(`${path}: not valid YAML: ${printable(firstLine(error))}`);
  }
  const result = sidecarSchema.safeParse(raw);
  if (result.success) return result.data.corrections;
  const issue = result.error.issues[0];
  const where = issue?.path.map(String).join(".") ?? "";
  throw new PodiumError(
    `${path}: ${where === "" ? "" : `"${where}": `}${printable(issue?.message ?? "invalid")}`,
  );
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n", 1)[0] ?? "";
}

/** The sidecar's text: a comment saying what it is, then the corrections in order. */
async function formatCorrections(corrections: readonly Correction[]): Promise<string> {
  const { stringify } = await import("./yaml.js");
  return (
    "# How podium should read the speech of the same name, applied in order by every podium command.\n" +
    "# Made in `podium app` or by hand; a point is named by its marker and heading.\n" +
    stringify({ corrections }, { lineWidth: 0 })
  );
}

/** Saves corrections to a sidecar file (`sidecarPath`), atomically: a reader sees the old list or the new. */
export async function writeCorrections(
  path: string,
  corrections: readonly Correction[],
  signal?: AbortSignal,
): Promise<void> {
  await writeFileAtomic(path, await formatCorrections(corrections), signal);
}
