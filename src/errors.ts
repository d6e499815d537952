/** Exit codes, one table for the whole tool (documented in README). */
export const ExitCode = {
  ok: 0,
  /** Bad input, or `podium check` found something to fix. */
  badInput: 1,
  usage: 2,
  /** The machine: no browser or no CJK font for PDF export, a browser that crashed, an unwritable or full output folder. */
  environment: 3,
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error that stops the work. Its message is one line meant for the presenter: it names the file
 * and what is wrong. Content problems that do not stop the work are `Warning`s instead.
 */
export class PodiumError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.badInput, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PodiumError";
    this.exitCode = exitCode;
  }
}

/** A content problem with a place in the source: reported, never fatal. */
export interface Warning {
  /** 1-based line in the source file (0 when the problem has no single place). */
  line: number;
  message: string;
  /**
   * What kind of problem: `cleanup` notes what podium removed (debris, pinyin); the others are
   * things the presenter should fix before the meeting (`podium check` reports them).
   */
  kind?: "cleanup" | "placeholder" | "garbled" | "numbering" | "structure" | "length" | "title" | "time";
}
