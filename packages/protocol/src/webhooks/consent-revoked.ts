import * as z from 'zod/mini';
import { ConsentKind } from '../api/consent.js';
import { IdentityClaim } from '../schemas.js';
import { Id, IsoTime } from './fields.js';

/**
 * What a citizen can withdraw from an app: the consent center's `ConsentKind`, one list for the
 * citizen API and this webhook. The server holds `identity` and `notifications` grants; the host
 * holds `location` and `storage`; the partner hears of each.
 */
export const ConsentPermission = ConsentKind;

/** `identity`, `notifications`, `location`, `storage`. */
export const CONSENT_PERMISSIONS = ConsentKind.options;

/** One of `identity`, `notifications`, `location`, `storage`. */
export type ConsentPermission = ConsentKind;

/** The `data` of a `consent.revoked` webhook: stop using what the citizen withdrew. */
export const ConsentRevokedData = z.object({
  /** The citizen's pairwise id for your app. */
  sub: Id,
  /**
   * What was withdrawn: `identity` (tokens need consent again: drop the claims you stored),
   * `notifications` (sends now answer `NOTIFICATIONS_NOT_GRANTED`), `location` or `storage`.
   */
  permission: ConsentPermission,
  /**
   * For `identity` when the citizen kept sharing their pairwise id but withdrew some claims: the
   * claims withdrawn (`name`, `phone`, `verificationLevel`, `ward`). Absent when the whole grant went.
   */
  claims: z.optional(z.array(IdentityClaim)),
  /** When the citizen withdrew it (ISO 8601). */
  revokedAt: IsoTime,
});

/** The `data` of a `consent.revoked` webhook. */
export type ConsentRevokedData = z.infer<typeof ConsentRevokedData>;
