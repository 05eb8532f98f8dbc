import { HttpError } from '@citadel-miniapp/backend-kit';

/**
 * The codes of this backend's own refusals. Besides these it answers the kit's: `INVALID_PARAMS`,
 * `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `MISSING_TOKEN`, the identity token's reasons
 * (`EXPIRED`, …), `NONCE_UNKNOWN`, `TOO_MANY_NONCES`, `ORIGIN_NOT_ALLOWED`, `METHOD_NOT_ALLOWED`,
 * `CREDENTIALS_MISSING`, `INTERNAL`.
 */
export type SchoolErrorCode =
  | 'INVALID_PARAMS' | 'PHONE_REQUIRED' | 'PHONE_UNVERIFIED' | 'NOT_FOUND' | 'NOT_TEACHER' | 'NOT_REQUESTER'
  | 'NOT_A_SCHOOL_DAY' | 'IN_THE_PAST' | 'TOO_FAR_AHEAD' | 'TOO_LONG' | 'OVERLAPS' | 'INVALID_TRANSITION' | 'COMMENT_REQUIRED'
  | 'ALREADY_PAID' | 'NOTHING_TO_PAY' | 'PAYMENT_IN_PROGRESS' | 'PLATFORM_REFUSED' | 'DAILY_LIMIT' | 'ORDER_MISMATCH';

/** A refusal of this backend: serialises as `{ code, message, ...data }`, `data` naming the limit that was hit. */
export class SchoolError extends HttpError<SchoolErrorCode> {
  override readonly name = 'SchoolError';
}
