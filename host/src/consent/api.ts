import { createRequester } from '../net/http.js';
import { parseAudit, parseConsents, parseRevoked } from './parse.js';
import type { AuditPage, ConsentKind, ServerConsents } from './types.js';

/** The consent center's APIs. Every method rejects with an `ApiError` carrying the server's `code`. */
export interface ConsentApi {
  /** `GET /api/consents`: every app the platform holds a grant of. */
  list(): Promise<ServerConsents[]>;
  /**
   * `POST /api/consents/:appId/revoke`: the platform deletes what it holds, audits, and tells the
   * partner. Resolves false when nothing was granted.
   */
  revoke(appId: string, permission: ConsentKind): Promise<boolean>;
  /** `GET /api/consents/audit`: the page before `cursor`, newest first. */
  audit(cursor?: string): Promise<AuditPage>;
}

const seg = encodeURIComponent;

/** Creates a client of the consent APIs on this page's origin. */
export function createConsentApi(fetchFn?: typeof fetch): ConsentApi {
  const request = createRequester(fetchFn);
  return {
    list: async () => parseConsents(await request('GET', '/api/consents')),
    revoke: async (appId, permission) => parseRevoked(await request('POST', `/api/consents/${seg(appId)}/revoke`, { permission })),
    audit: async (cursor) => parseAudit(await request('GET', `/api/consents/audit${cursor ? `?before=${seg(cursor)}` : ''}`)),
  };
}
