import type { Accuracy } from '@citadel/protocol';
import type { GrantStore, Host, KvBackend } from '@citadel/runtime';
import type { ConsentKind } from '@citadel/protocol/api';

/** What this host itself holds for one app. */
export interface HostHeldGrants {
  /** The remembered location grant, or `null` when none (or a refusal). */
  readonly location: { readonly accuracy: Accuracy; readonly at: number } | null;
  /** Bytes the app keeps in this browser's storage. */
  readonly storageBytes: number;
}

/** The grants and data this host keeps per app, for the consent center. */
export interface HostHeldConsents {
  read(appId: string): Promise<HostHeldGrants>;
  /**
   * Withdraws the host's part of `kind` for `appId` at once: location forgets the grant and ends
   * any running watch, storage deletes the app's data, notifications and identity forget any
   * remembered prompt answer (so the next request asks again).
   */
  revoke(appId: string, kind: ConsentKind): Promise<void>;
}

/** The host-held consents over the runtime engine, its grant store and its storage backend. */
export function createHostHeldConsents(deps: { readonly host: Host; readonly grants: GrantStore; readonly storage: KvBackend }): HostHeldConsents {
  return {
    async read(appId) {
      const [location, storageBytes] = await Promise.all([deps.grants.get(appId, 'location'), deps.storage.usage(appId)]);
      return {
        location: location?.granted ? { accuracy: location.accuracy ?? 'coarse', at: location.at } : null,
        storageBytes,
      };
    },
    async revoke(appId, kind) {
      if (kind === 'storage') await deps.storage.clear(appId);
      else await deps.host.revoke(appId, kind);
    },
  };
}
