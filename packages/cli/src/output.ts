/** Where a command prints: `out` for its result (stdout), `err` for what went wrong (stderr). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** The process's stdout and stderr, a line each. */
export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
