import type { Manifest } from '@citadel/protocol';
import { isApiError } from '@citadel/api-client';
import type { AccountApi } from './api.js';

/** Whether an app may be launched now, and with which manifest. */
export type LaunchCheck =
  | { readonly ok: true; readonly manifest: Manifest }
  | { readonly ok: false; readonly reason: 'suspended' | 'offline' | 'failed' | 'missing' };

/**
 * Asks the platform (`GET /api/apps/:id/launch`) before framing app `id`: a suspended app is
 * never framed, so none of its code runs. Anything but a clear yes fails closed: an app the registry no longer knows is missing.
 */
export async function checkLaunch(api: AccountApi, id: string): Promise<LaunchCheck> {
  try {
    // The contract checks the manifest (a broken one is BAD_RESPONSE, so `failed`).
    const manifest = await api.launch(id);
    // The registry's current manifest wins (a newer version, changed permissions); never another app's.
    if (manifest.id === id) return { ok: true, manifest };
    return { ok: false, reason: 'failed' };
  } catch (error) {
    if (isApiError(error, 'APP_SUSPENDED')) return { ok: false, reason: 'suspended' };
    if (isApiError(error) && error.status === 404) return { ok: false, reason: 'missing' };
    return { ok: false, reason: isApiError(error, 'NETWORK') ? 'offline' : 'failed' };
  }
}
