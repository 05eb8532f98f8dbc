import { readBundle } from '@citadel/bundle-checks';
import { developerRoutes } from '@citadel/protocol/api';
import { CliError } from './cli-error.js';
import { callDeveloperApi } from './developer-call.js';
import type { DeveloperEnv } from './developer-env.js';
import { manifestIdOf } from './manifest-id.js';

/** The version `publishBundle` put into review. */
export interface PublishedVersion {
  readonly appId: string;
  /** The version's number, from 1. */
  readonly number: number;
  /** Its state after the submission: `in_review`. */
  readonly state: string;
}

/**
 * Uploads a bundle (a zip archive's bytes) through the developer API with the app's partner credentials, for the
 * app its `manifest.json` names, and submits the version for review: `uploadVersion`, then `submitVersion`, of
 * `developerRoutes`. Rejects with `CliError`: `NO_APP_ID` when the manifest names no app, the platform's code when
 * it refuses (`BUNDLE_REFUSED` with the findings, `UNAUTHENTICATED`, `NOT_FOUND`, `VERSION_STATE`…).
 */
export async function publishBundle(archive: Uint8Array, env: DeveloperEnv): Promise<PublishedVersion> {
  // Read as the platform reads it, only for the app id: the platform checks the bundle itself.
  const appId = manifestIdOf(await readBundle(archive));
  if (appId === undefined) throw new CliError('NO_APP_ID', 'The bundle has no manifest.json naming the app\'s id: run `citadel validate` on it');
  const uploaded = await callDeveloperApi(env, { route: developerRoutes.uploadVersion, params: { appId }, body: archive });
  const { number } = uploaded.version;
  const submitted = await callDeveloperApi(env, { route: developerRoutes.submitVersion, params: { appId, number: String(number) } });
  return { appId, number, state: submitted.version.state };
}
