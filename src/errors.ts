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

/** C0 and C1 controls and the bidirectional overrides that can make a name read as another. */
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text as it may be shown on a terminal: a file name holding an escape sequence (`\u001b[2J`), a
 * bell or a line break is shown with those escaped, never acted on. Every message that names a
 * path or quotes the speech goes through here.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * An error that stops the work. Its message is one line meant for the presenter: it names the file
 * and what is wrong. Content problems that do not stop the work are `Warning`s instead.
 */
export class PodiumError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.badInput, options?: { cause?: unknown }) {
    // One line that names files: a name's control characters are shown, never sent to the terminal.
    super(printable(message), options);
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
  kind?:
    | "cleanup"
    | "placeholder"
    | "garbled"
    | "numbering"
    | "structure"
    | "length"
    | "title"
    | "time"
    | "correction";
}
