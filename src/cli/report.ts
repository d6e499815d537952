import { relative } from "node:path";
import { printable, type Warning } from "../errors.js";
import { paint, type CliIO } from "./io.js";

const KIND_LABELS: Record<string, string> = {
  cleanup: "clean-up notes (web debris, pinyin)",
  placeholder: "placeholders",
  garbled: "garbled spans",
  numbering: "numbering problems",
  structure: "structure notes",
};

export type Verbosity = "quiet" | "normal" | "verbose";

/** Stage lines on stderr: a line that rewrites itself on a terminal, plain lines otherwise. */
export class Reporter {
  private live = false;
  constructor(
    private readonly io: CliIO,
    private readonly verbosity: Verbosity,
  ) {}

  stage(deck: string, stage: string): void {
    if (this.verbosity === "quiet") return;
    const line = printable(`${deck}: ${stage}…`);
    if (this.io.tty) {
      this.io.stderr(`\r\u001b[2K${paint(this.io, 2, line)}`);
      this.live = true;
    } else if (this.verbosity === "verbose") {
      this.io.stderr(`${line}\n`);
    }
  }

  private clearLive(): void {
    if (this.live) this.io.stderr("\r\u001b[2K");
    this.live = false;
  }

  /** Verbose: every warning with its line. Otherwise one line that counts them by kind. */
  warnings(speech: string, warnings: readonly Warning[]): void {
    if (this.verbosity === "quiet" || warnings.length === 0) return;
    const file = printable(speech);
    this.clearLive();
    if (this.verbosity === "verbose") {
      for (const w of warnings)
        this.io.stderr(`${paint(this.io, 33, "warning")} ${file}:${w.line}: ${printable(w.message)}\n`);
      return;
    }
    const counts = new Map<string, number>();
    for (const w of warnings) counts.set(w.kind ?? "other", (counts.get(w.kind ?? "other") ?? 0) + 1);
    const parts = [...counts].map(([kind, n]) => `${n} ${KIND_LABELS[kind] ?? kind}`);
    const toFix = warnings.some((w) => w.kind !== "cleanup");
    this.io.stderr(
      `${paint(this.io, 33, "warning")} ${file}: ${parts.join(", ")}${toFix ? ` (\`podium check ${file}\` lists them)` : ""}\n`,
    );
  }

  /** Verbose: the front matter keys podium left alone (a static site's `layout:`, `tags:`). */
  ignoredKeys(file: string, keys: readonly string[]): void {
    if (this.verbosity !== "verbose" || keys.length === 0) return;
    this.clearLive();
    this.io.stderr(
      `${printable(file)}: front matter keys podium does not use, left alone: ${keys.join(", ")}\n`,
    );
  }

  summary(lines: readonly string[]): void {
    if (this.verbosity === "quiet") return;
    this.clearLive();
    for (const line of lines) this.io.stderr(`${printable(line)}\n`);
  }

  done(): void {
    this.clearLive();
  }
}

export function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

export function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${m}:${String(s).padStart(2, "0")}`;
}
