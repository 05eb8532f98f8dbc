import type * as z from 'zod/mini';
import { consentRoutes as routes, type AppConsents, type AuditAnswer, type ConsentKind } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/** A page of the audit log, newest first; `next` is the cursor of the page after, or `null`. */
export type AuditPage = z.infer<typeof AuditAnswer>;

/** The consent center's APIs, typed by the contract. Every method rejects with an `ApiError` carrying the server's `code`. */
export interface ConsentApi {
  /** `GET /api/consents`: every app the platform holds a grant of. */
  list(): Promise<AppConsents[]>;
  /**
   * `POST /api/consents/:appId/revoke`: the platform deletes what it holds, audits, and tells the
   * partner. Resolves false when nothing was granted.
   */
  revoke(appId: string, permission: ConsentKind): Promise<boolean>;
  /** `GET /api/consents/audit`: the page before `cursor`, newest first. */
  audit(cursor?: string): Promise<AuditPage>;
}

/** Creates a client of the consent APIs on this page's origin. */
export function createConsentApi(fetchFn?: typeof fetch): ConsentApi {
  const call = createPlatformClient(fetchFn);
  return {
    list: async () => (await call(routes.consents)).apps,
    revoke: async (appId, permission) => (await call(routes.revoke, { params: { appId }, body: { permission } })).revoked,
    audit: (before) => call(routes.audit, { query: { before } }),
  };
}
