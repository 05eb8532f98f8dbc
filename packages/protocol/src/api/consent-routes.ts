import { AppIdPath } from './apps.js';
import { AuditAnswer, ConsentsAnswer, RevokeAnswer, RevokeBody } from './consent.js';
import type { ApiRoute } from './route.js';
import { CursorQuery } from './wallet.js';

/** The consent center, under `/api/consents`. */
export const consentRoutes = {
  consents: { method: 'get', path: '/consents', audience: 'citizen', summary: 'Every grant, per app.', responses: { 200: ConsentsAnswer } },
  audit: {
    method: 'get', path: '/consents/audit', audience: 'citizen', summary: 'A page of the audit log of grants and withdrawals, newest first.',
    query: CursorQuery, responses: { 200: AuditAnswer },
  },
  revoke: {
    method: 'post', path: '/consents/:appId/revoke', audience: 'citizen', summary: 'Withdraws one permission from an app; the partner gets `consent.revoked`.',
    params: AppIdPath, body: RevokeBody, responses: { 200: RevokeAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
