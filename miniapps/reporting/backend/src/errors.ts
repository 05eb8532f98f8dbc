import { HttpError } from '@citadel-miniapp/backend-kit';

/**
 * The codes of this backend's own refusals. Besides these it answers the kit's: `INVALID_PARAMS`,
 * `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `MISSING_TOKEN`, the identity token's reasons
 * (`EXPIRED`, …), `NONCE_UNKNOWN`, `TOO_MANY_NONCES`, `ORIGIN_NOT_ALLOWED`, `METHOD_NOT_ALLOWED`,
 * `CREDENTIALS_MISSING`, `INTERNAL`.
 */
export type ReportingErrorCode =
  | 'INVALID_PARAMS' | 'TOO_MANY_PHOTOS' | 'PHOTO_TOO_LARGE' | 'PHOTO_NOT_IMAGE' | 'OUT_OF_AREA' | 'NOT_STAFF' | 'NOT_FOUND'
  | 'INVALID_TRANSITION' | 'NOT_RESOLVED' | 'ALREADY_RATED' | 'UNKNOWN_AGENCY' | 'INVALID_IDEMPOTENCY_KEY';

/** A refusal of this backend: serialises as `{ code, message, ...data }`, `data` naming the limit that was hit. */
export class ReportingError extends HttpError<ReportingErrorCode> {
  override readonly name = 'ReportingError';
}
