import { HttpError } from '@citadel-miniapp/backend-kit';

/**
 * The codes of this backend's own refusals. Besides these it answers the kit's: `INVALID_PARAMS`,
 * `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `MISSING_TOKEN`, the identity token's reasons
 * (`EXPIRED`, …), `NONCE_UNKNOWN`, `TOO_MANY_NONCES`, `ORIGIN_NOT_ALLOWED`, `METHOD_NOT_ALLOWED`,
 * `CREDENTIALS_MISSING`, `INTERNAL`.
 */
export type TourismErrorCode = 'INVALID_PARAMS' | 'NOT_FOUND' | 'FREE_ENTRY' | 'ALREADY_REVIEWED' | 'PLATFORM_REFUSED' | 'NOT_A_TICKET' | 'ALREADY_USED' | 'NOT_GATE' | 'GATE_NOT_CONFIGURED' | 'ORDER_MISMATCH';

/** A refusal of this backend: serialises as `{ code, message, ...data }`, `data` naming the limit that was hit. */
export class TourismError extends HttpError<TourismErrorCode> {
  override readonly name = 'TourismError';
}
