import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A test file's own folder in the system temp folder, removed when the file's tests end. */
export function scratchFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `podium-${name}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true, maxRetries: 3 }));
  return folder;
}
