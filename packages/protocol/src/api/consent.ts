import * as z from 'zod/mini';
import { LocalizedText } from '../schemas.js';
import { IsoTime, NextCursor } from './common.js';

/** What a citizen can withdraw from an app in the consent center. */
export const ConsentKind = z.enum(['identity', 'notifications', 'location', 'storage']);
/** What a citizen can withdraw from an app. */
export type ConsentKind = z.infer<typeof ConsentKind>;

/** One app's server-held grants, for the consent center. */
export const AppConsents = z.object({
  appId: z.string(),
  appName: LocalizedText,
  appIcon: z.nullable(z.string()),
  identity: z.nullable(z.object({ claims: z.array(z.string()), grantedAt: IsoTime })),
  notifications: z.nullable(z.object({ grantedAt: IsoTime, mutedTopics: z.array(z.string()) })),
});
/** One app's server-held grants. */
export type AppConsents = z.infer<typeof AppConsents>;
/** `GET /api/consents`. */
export const ConsentsAnswer = z.object({ apps: z.array(AppConsents) });

/** One line of the citizen's audit log; `action` is `identity.grant`, `notifications.revoke`, `location.revoke`, …. */
export const AuditEntry = z.object({
  id: z.string(),
  appId: z.nullable(z.string()),
  appName: z.nullable(LocalizedText),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
  at: IsoTime,
});
/** One line of the citizen's audit log. */
export type AuditEntry = z.infer<typeof AuditEntry>;
/** `GET /api/consents/audit`: a page, newest first. */
export const AuditAnswer = z.object({ entries: z.array(AuditEntry), next: NextCursor });
/** `POST /api/consents/:appId/revoke`. */
export const RevokeBody = z.strictObject({ permission: ConsentKind });
/** Whether anything was held and is now withdrawn. */
export const RevokeAnswer = z.object({ revoked: z.boolean() });
