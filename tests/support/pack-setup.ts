// Vitest global setup: one folder per run where the public packages are packed once, by the first test that needs
// them (tests/support/packed-packages.ts), for every test that installs them (issue 15). Nothing is packed here: a
// run that installs nothing pays nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of `os.tmpdir()` for this run's packed packages, outside the repository. */
    packDir: string;
  }
}

export default function setup(project: TestProject) {
  const packDir = mkdtempSync(join(tmpdir(), 'citadel-packed-'));
  project.provide('packDir', packDir);
  return () => rmSync(packDir, { recursive: true, force: true });
}
