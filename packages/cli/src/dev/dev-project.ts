import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Manifest } from '@citadel/protocol';
import { CliError } from '../cli-error.js';

/** What `citadel dev` reads of the project folder it runs in. */
export interface DevProject {
  /** The project folder. */
  readonly dir: string;
  /** `./manifest.json`, checked with the platform's schema. */
  readonly manifest: Manifest;
  /** True when `package.json` has a `backend` script, which `citadel dev` runs with `npm run backend`. */
  readonly hasBackend: boolean;
}

async function readJson(file: string, missing: CliError): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw missing;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError('INVALID_MANIFEST', `${file} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads `dir/manifest.json` and `dir/package.json`. Rejects with `CliError` `NO_MANIFEST` when there is no
 * `manifest.json`, `INVALID_MANIFEST` naming the first field the schema refuses, and `NO_PACKAGE` without a
 * `package.json` (the project's own `vite` is found from it).
 */
export async function readDevProject(dir: string): Promise<DevProject> {
  const manifestFile = join(dir, 'manifest.json');
  const raw = await readJson(manifestFile, new CliError('NO_MANIFEST', `No manifest.json in ${dir}: run citadel dev in your app's folder`));
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError('INVALID_MANIFEST', `${manifestFile}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
  }
  const pkg = await readJson(join(dir, 'package.json'), new CliError('NO_PACKAGE', `No package.json in ${dir}: citadel dev runs the project's own vite`));
  const scripts = (pkg as { scripts?: Record<string, unknown> } | null)?.scripts;
  return { dir, manifest: parsed.data, hasBackend: typeof scripts?.['backend'] === 'string' };
}
