/** The codes this backend answers with, besides the identity token's own reasons (`EXPIRED`, …). */
export type TourismErrorCode =
  | 'INVALID_PARAMS' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'MISSING_TOKEN' | 'NONCE_UNKNOWN' | 'TOO_MANY_NONCES'
  | 'NOT_FOUND' | 'FREE_ENTRY' | 'ALREADY_REVIEWED' | 'PLATFORM_REFUSED' | 'ORIGIN_NOT_ALLOWED' | 'METHOD_NOT_ALLOWED'
  | 'CREDENTIALS_MISSING' | 'INTERNAL';

/** A refusal with an HTTP status and a stable code; `data` names the limit that was hit. Serialises as `{ code, message, ...data }`. */
export class TourismError extends Error {
  override readonly name = 'TourismError';
  constructor(
    readonly status: number,
    readonly code: TourismErrorCode,
    message: string,
    readonly data: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.data };
  }
}

export const isTourismError = (value: unknown): value is TourismError => value instanceof TourismError;
