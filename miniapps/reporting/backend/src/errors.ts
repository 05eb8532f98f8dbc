/** The codes this backend answers with, besides the identity token's own reasons (`EXPIRED`, …). */
export type ReportingErrorCode =
  | 'INVALID_PARAMS' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'TOO_MANY_PHOTOS' | 'PHOTO_TOO_LARGE' | 'PHOTO_NOT_IMAGE'
  | 'OUT_OF_AREA' | 'MISSING_TOKEN' | 'NONCE_UNKNOWN' | 'TOO_MANY_NONCES' | 'NOT_STAFF' | 'NOT_FOUND' | 'INVALID_TRANSITION'
  | 'NOT_RESOLVED' | 'ALREADY_RATED' | 'UNKNOWN_AGENCY' | 'ORIGIN_NOT_ALLOWED' | 'METHOD_NOT_ALLOWED' | 'CREDENTIALS_MISSING' | 'INTERNAL';

/** A refusal with an HTTP status and a stable code; `data` names the limit that was hit. Serialises as `{ code, message, ...data }`. */
export class ReportingError extends Error {
  override readonly name = 'ReportingError';
  constructor(
    readonly status: number,
    readonly code: ReportingErrorCode,
    message: string,
    readonly data: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.data };
  }
}

export const isReportingError = (value: unknown): value is ReportingError => value instanceof ReportingError;
