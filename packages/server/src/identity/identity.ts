import type { IdentityClaim } from '@citadel/protocol';
import type { Citizen } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import type { AppRegistry } from '../app-registry.js';
import { ApiError } from '../errors.js';
import { enqueueWebhook } from '../webhooks/outbox.js';
import { createGrants } from './grants.js';
import { createPairwise } from './pairwise.js';
import type { createSigningKeys } from './signing-keys.js';
import { grantedClaimValues, signIdToken, tokenClaims } from './token.js';

/**
 * The identity capability: grants per citizen and app, and tokens carrying only granted claims
 * under the citizen's pairwise id for the app.
 */
export function createIdentity(deps: {
  db: Database;
  registry: AppRegistry;
  keys: ReturnType<typeof createSigningKeys>;
  issuer: () => string;
}) {
  const grants = createGrants(deps.db);
  const pairwise = createPairwise(deps.db);

  /** The app, which must be registered, active, and declare the identity permission. */
  const identityApp = async (appId: string) => {
    const app = await deps.registry.get(appId);
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'No such app');
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    if (!app.manifest.permissions.some((p) => p.name === 'identity')) {
      throw new ApiError(403, 'FORBIDDEN', 'This app does not declare the identity permission');
    }
    return app;
  };

  return {
    /** The citizen's pairwise id for the app. */
    subject: (appId: string, citizenId: string) => pairwise.subject(appId, citizenId),
    grant: (citizen: Citizen, appId: string) => grants.get(citizen.id, appId),
    /**
     * Replaces the citizen's grant. Claims it no longer holds are a withdrawal: the partner gets a
     * signed `consent.revoked` (permission `identity`, the `claims` withdrawn), in the same transaction.
     */
    async setGrant(citizen: Citizen, appId: string, claims: readonly IdentityClaim[]) {
      await identityApp(appId);
      const sub = await pairwise.subject(appId, citizen.id);
      return deps.db.transaction(async (tx) => {
        const inTx = createGrants(tx);
        const before = await inTx.get(citizen.id, appId);
        const after = await inTx.set(citizen.id, appId, claims);
        const withdrawn = before.claims.filter((c) => !after.claims.includes(c));
        if (withdrawn.length > 0) {
          await enqueueWebhook(tx, appId, 'consent.revoked', { sub, permission: 'identity', claims: withdrawn, revokedAt: new Date().toISOString() });
        }
        return after;
      });
    },
    /** Mints a token; every requested claim must already be granted. */
    async token(citizen: Citizen, appId: string, nonce: string, claims: readonly IdentityClaim[]): Promise<string> {
      await identityApp(appId);
      const granted = await grants.get(citizen.id, appId);
      const missing = claims.filter((c) => !granted.claims.includes(c));
      if (granted.grantedAt === null || missing.length > 0) {
        throw new ApiError(403, 'CONSENT_REQUIRED', `The citizen has not granted ${missing.join(', ') || 'identity'} to this app`, { missing });
      }
      return signIdToken({
        key: await deps.keys.active(),
        issuer: deps.issuer(),
        appId,
        subject: await pairwise.subject(appId, citizen.id),
        nonce,
        claims: tokenClaims(citizen, claims),
      });
    },
    /** The granted claims' values, for the app to display; not proof of anything. */
    async profile(citizen: Citizen, appId: string): Promise<Record<string, string>> {
      await identityApp(appId);
      const granted = await grants.get(citizen.id, appId);
      if (granted.grantedAt === null) throw new ApiError(403, 'CONSENT_REQUIRED', 'The citizen has not granted identity to this app', { missing: [] });
      return grantedClaimValues(citizen, granted.claims);
    },
  };
}
