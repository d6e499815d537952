import { relative } from "node:path";
import type { Warning } from "../errors.js";
import { paint, type CliIO } from "./io.js";

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
    const line = `${deck}: ${stage}…`;
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

  warnings(file: string, warnings: readonly Warning[]): void {
    if (this.verbosity === "quiet") return;
    this.clearLive();
    const shown = this.verbosity === "verbose" ? warnings : warnings.slice(0, 8);
    for (const w of shown) this.io.stderr(`${paint(this.io, 33, "warning")} ${file}:${w.line}: ${w.message}\n`);
    if (shown.length < warnings.length) {
      this.io.stderr(`  … and ${warnings.length - shown.length} more (run \`podium check ${file}\` or use --verbose)\n`);
    }
  }

  summary(lines: readonly string[]): void {
    if (this.verbosity === "quiet") return;
    this.clearLive();
    for (const line of lines) this.io.stderr(`${line}\n`);
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
