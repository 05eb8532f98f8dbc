import { isBundleError } from '@citadel/bundle-checks';
import { readBundleSource } from './bundle-source.js';
import { CliError } from './cli-error.js';
import { readDeveloperEnv } from './developer-env.js';
import type { Output } from './output.js';
import { archiveFinding } from './print-error.js';
import { publishBundle } from './publish.js';

/**
 * Uploads the folder or zip at `path` with the credentials in `env` and submits it for review; prints the version's
 * number and state. Resolves to the exit code 0; rejects with `CliError` for every refusal.
 */
export async function publishCommand(path: string, env: NodeJS.ProcessEnv, io: Output): Promise<number> {
  const developer = readDeveloperEnv(env);
  const archive = await readBundleSource(path);
  let version;
  try {
    version = await publishBundle(archive, developer);
  } catch (error) {
    if (!isBundleError(error)) throw error;
    throw new CliError('NO_BUNDLE', 'Not a bundle the platform reads, so nothing was uploaded', { findings: [archiveFinding(error)] });
  }
  io.out(`✓ ${version.appId}: version ${version.number} is ${version.state.replace('_', ' ')}`);
  return 0;
}
