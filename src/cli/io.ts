/** Where the CLI writes: process streams in real runs, buffers in tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours and spinners only on a terminal, and never under NO_COLOR. */
  color: boolean;
  tty: boolean;
}

export function processIO(
  stderr: { isTTY?: boolean } = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): CliIO {
  const tty = Boolean(stderr.isTTY);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // https://no-color.org: any non-empty NO_COLOR turns colours off.
    color: tty && !env.NO_COLOR,
    tty,
  };
}

export function paint(io: CliIO, code: number, text: string): string {
  return io.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}
