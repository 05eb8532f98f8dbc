/** Codes the client itself produces, besides the server's own (`INVALID_CREDENTIALS`, `LOCKED_OUT`…). */
export const ClientErrorCode = {
  /** The platform could not be reached (offline, DNS, connection reset). */
  NETWORK: 'NETWORK',
  /** The platform answered with something outside the contract. */
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;

/** Extra details of an `ApiError`. */
export interface ApiErrorDetails {
  /** The HTTP status; `0` when no answer arrived. */
  readonly status: number;
  /** For `429`: how long to wait before trying again. */
  readonly retryAfterSeconds?: number | undefined;
  /** For `429`: the limit that was hit. */
  readonly limit?: number | undefined;
  /** For `400 INVALID_PARAMS`: which fields the server refused (`path` is the field name). */
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }> | undefined;
  /** The error answer as sent, with its code-specific members (`balance` and `amount` of `INSUFFICIENT_FUNDS`…). Default `{}`. */
  readonly body?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The one error of the platform client: the server's `ErrorBody` rebuilt, plus the status and,
 * for `429 RATE_LIMITED` / `LOCKED_OUT`, the wait. Screens pick their text from
 * `code`, never from `message` (which is the server's, in English, for developers).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  readonly limit: number | undefined;
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  readonly body: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: ApiErrorDetails) {
    super(message);
    this.code = code;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.limit = details.limit;
    this.issues = details.issues ?? [];
    this.body = details.body ?? {};
  }
}

/** True when `value` is an `ApiError` with `code` (any code when omitted). */
export function isApiError(value: unknown, code?: string): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}
