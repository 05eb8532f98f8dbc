import { HttpError } from '@citadel-miniapp/backend-kit';

/**
 * The codes of this backend's own refusals. Besides these it answers the kit's: `INVALID_PARAMS`,
 * `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `MISSING_TOKEN`, the identity token's reasons,
 * `NONCE_UNKNOWN`, `TOO_MANY_NONCES`, `SESSION_INVALID`, `ORIGIN_NOT_ALLOWED`, `METHOD_NOT_ALLOWED`,
 * `CREDENTIALS_MISSING`, `INTERNAL`.
 */
export type UtilitiesErrorCode =
  | 'INVALID_PARAMS' | 'NOT_PROVEN' | 'TOO_MANY_PROOFS' | 'PHONE_REQUIRED' | 'PHONE_UNVERIFIED' | 'NOT_FOUND' | 'TOO_MANY_ACCOUNTS' | 'ALREADY_PAID' | 'PLATFORM_REFUSED' | 'NOT_PAID' | 'ORDER_MISMATCH';

/** A refusal of this backend: serialises as `{ code, message, ...data }`, `data` naming the limit that was hit. */
export class UtilitiesError extends HttpError<UtilitiesErrorCode> {
  override readonly name = 'UtilitiesError';
}
