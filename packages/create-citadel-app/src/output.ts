/** Where the command prints: its answers and its errors. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** The process's standard output and error. */
export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
