import type { Accuracy } from '@citadel/protocol';
import { locationLogKeepMs, type GrantStore, type Host, type KvBackend, type LocationLog, type LocationRead } from '@citadel/runtime';
import type { ConsentKind } from '@citadel/protocol/api';

/** A prompt the citizen refused, remembered by this host: the app gets `PERMISSION_DENIED` without a prompt. */
export interface HostHeldRefusal {
  readonly permission: RefusableKind;
  /** Milliseconds since the epoch when the citizen said no. */
  readonly at: number;
}

/** The prompts whose refusal this host remembers. */
export type RefusableKind = 'identity' | 'notifications' | 'location';
const refusable: readonly string[] = ['identity', 'notifications', 'location'] satisfies RefusableKind[];
const isRefusable = (permission: string): permission is RefusableKind => refusable.includes(permission);

/** What this host itself holds for one app. */
export interface HostHeldGrants {
  /** The remembered location grant, or `null` when none (or a refusal). */
  readonly location: { readonly accuracy: Accuracy; readonly at: number } | null;
  /** Bytes the app keeps in this browser's storage. */
  readonly storageBytes: number;
  /** The refusals this host remembers for the app, oldest permission first. */
  readonly refused: readonly HostHeldRefusal[];
  /** The location reads this host served the app in the last 30 days (at most the log's bound), newest first. */
  readonly reads: readonly LocationRead[];
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
  /** Forgets the citizen's remembered "no" to `permission` for `appId`: the app's next request asks again. */
  forgetRefusal(appId: string, permission: RefusableKind): Promise<void>;
}

/** The host-held consents over the runtime engine, its grant store and its storage backend. */
export function createHostHeldConsents(deps: {
  readonly host: Host; readonly grants: GrantStore; readonly storage: KvBackend;
  /** The log the location provider writes; without it no reads are shown. */
  readonly locationLog?: LocationLog;
}): HostHeldConsents {
  return {
    async read(appId) {
      const [remembered, storageBytes, reads] = await Promise.all([
        deps.grants.list(appId), deps.storage.usage(appId), deps.locationLog?.list(appId, Date.now() - locationLogKeepMs) ?? [],
      ]);
      const location = remembered.find((r) => r.permission === 'location')?.grant;
      return {
        location: location?.granted ? { accuracy: location.accuracy ?? 'coarse', at: location.at } : null,
        storageBytes,
        refused: remembered.flatMap(({ permission, grant }) => (!grant.granted && isRefusable(permission) ? [{ permission, at: grant.at }] : []))
          .sort((a, b) => refusable.indexOf(a.permission) - refusable.indexOf(b.permission)),
        reads,
      };
    },
    async revoke(appId, kind) {
      if (kind === 'storage') await deps.storage.clear(appId);
      else await deps.host.revoke(appId, kind);
    },
    forgetRefusal: (appId, permission) => deps.host.revoke(appId, permission),
  };
}
