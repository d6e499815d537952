import { basename, dirname, extname, join } from "node:path";

/** Where a speech's corrections live: beside it, `talk.docx` → `talk.podium.yaml`. */
export function sidecarPath(input: string): string {
  const name = basename(input);
  return join(dirname(input), `${name.slice(0, name.length - extname(name).length)}.podium.yaml`);
}
