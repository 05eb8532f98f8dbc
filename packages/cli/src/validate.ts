import { checkBundle, readBundle, type CheckReport } from '@citadel/bundle-checks';
import { manifestIdOf } from './manifest-id.js';

/** What `validateBundle` checks a bundle against. */
export interface ValidateOptions {
  /** The app the bundle is for: its manifest's `id` must be this. Default: the `id` the manifest names. */
  readonly appId?: string;
}

/**
 * Runs the platform's publishing checks on a bundle (a zip archive's bytes, as `readBundleSource` gives them),
 * offline: the same `readBundle` and `checkBundle` of `@citadel/bundle-checks` the platform runs on an upload.
 * Resolves to the report (`passed` is false when any finding is an error); rejects with a `BundleError` when the
 * archive is not one the platform reads at all (too large, not a zip, an unsafe path…).
 */
export async function validateBundle(archive: Uint8Array, options: ValidateOptions = {}): Promise<CheckReport> {
  const files = await readBundle(archive);
  return checkBundle(files, { appId: options.appId ?? manifestIdOf(files) ?? '' });
}
