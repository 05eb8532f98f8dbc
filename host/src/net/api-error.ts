/** Codes the client itself produces, besides the server's own (`INVALID_CREDENTIALS`, `LOCKED_OUT`…). */
export const ClientErrorCode = {
  /** The platform could not be reached (offline, DNS, connection reset). */
  NETWORK: 'NETWORK',
  /** The platform answered with something outside the contract. */
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;

/** Extra details of an `AccountError`. */
export interface AccountErrorDetails {
  /** The HTTP status; `0` when no answer arrived. */
  readonly status: number;
  /** For `429`: how long to wait before trying again. */
  readonly retryAfterSeconds?: number | undefined;
  /** For `429`: the limit that was hit. */
  readonly limit?: number | undefined;
  /** For `400 INVALID_PARAMS`: which fields the server refused (`path` is the field name). */
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }> | undefined;
}

/**
 * The one error of the citizen API client: the server's `{ code, message }` rebuilt, plus the
 * status and, for `429 RATE_LIMITED` / `LOCKED_OUT`, the wait. Screens pick their text from
 * `code`, never from `message` (which is the server's, in English, for developers).
 */
export class AccountError extends Error {
  override readonly name = 'AccountError';
  readonly code: string;
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  readonly limit: number | undefined;
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>;

  constructor(code: string, message: string, details: AccountErrorDetails) {
    super(message);
    this.code = code;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.limit = details.limit;
    this.issues = details.issues ?? [];
  }
}

/** True when `value` is an `AccountError` with `code` (any code when omitted). */
export function isAccountError(value: unknown, code?: string): value is AccountError {
  return value instanceof AccountError && (code === undefined || value.code === code);
}
