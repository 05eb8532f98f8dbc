import * as z from 'zod/mini';

/** Error codes the platform server answers with; a body is always `ErrorBody`, never a stack or SQL. */
export const ServerErrorCode = z.enum([
  'NOT_FOUND', 'MISDIRECTED', 'FORBIDDEN', 'INTERNAL', 'INVALID_PARAMS', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'RATE_LIMITED', 'LOCKED_OUT', 'PHONE_TAKEN',
  'CROSS_SITE', 'APP_SUSPENDED', 'CONSENT_REQUIRED', 'ALREADY_VERIFIED', 'VERIFICATION_FAILED',
  'IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_REUSED', 'ORDER_NOT_FOUND', 'ORDER_EXPIRED', 'ORDER_CANCELLED', 'ALREADY_PAID',
  'INSUFFICIENT_FUNDS', 'ORDER_NOT_PAID', 'REFUND_EXCEEDS_PAYMENT', 'STEP_UP_FAILED', 'INVALID_WEBHOOK_URL',
  'NOTIFICATIONS_NOT_GRANTED', 'QUOTA_EXCEEDED', 'ALERT_EXPIRED', 'INVALID_CAP', 'LOOKALIKE_BRANDING',
  'PASSKEY_UNKNOWN', 'PASSKEY_NOT_YOURS', 'PASSKEY_REFUSED', 'PASSKEY_COUNTER_REGRESSED', 'PASSKEY_EXISTS',
  'CHALLENGE_UNKNOWN', 'CHALLENGE_REPLAYED', 'CHALLENGE_EXPIRED', 'CHALLENGE_MISMATCH',
  'TOO_MANY_STREAMS',
  'OTP_INVALID', 'OTP_EXPIRED', 'OTP_TOO_MANY_TRIES', 'OTP_SEND_LIMITED', 'PHONE_NOT_VERIFIED', 'PIN_NOT_SET', 'PIN_LOCKED',
  'APP_EXISTS', 'ORG_EXISTS', 'NAME_CLASH', 'BUNDLE_REFUSED', 'VERSION_NOT_APPROVED', 'VERSION_STATE', 'NO_ROLLOUT', 'ORIGIN_NOT_VERIFIED',
  'CREDENTIAL_LIMIT', 'LAST_CREDENTIAL', 'WEBHOOK_NOT_SET',
]);
/** One of the server's error codes. */
export type ServerErrorCode = z.infer<typeof ServerErrorCode>;

/** One refused field of a request: its dotted path (`''` for the whole body) and why. */
export const ErrorIssue = z.object({ path: z.string(), message: z.string() });
/** One refused field of a request. */
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/**
 * Every error answer: `{ code, message }` and, depending on the code, `issues` (`INVALID_PARAMS`,
 * `INVALID_CAP`), `limit` (`PAYLOAD_TOO_LARGE`, `QUOTA_EXCEEDED`, `TOO_MANY_STREAMS`, `CREDENTIAL_LIMIT`), `refundable` (`REFUND_EXCEEDS_PAYMENT`),
 * `missing` (`CONSENT_REQUIRED`), `retryAfterSeconds` and `windowSeconds` (`RATE_LIMITED`, `LOCKED_OUT`, `QUOTA_EXCEEDED`,
 * `OTP_SEND_LIMITED`), `limitName` (`OTP_SEND_LIMITED`: which sending limit, e.g. `per-number-hour`; `RATE_LIMITED` of a test webhook: `webhook-tests-per-app-hour`; of the event feed: `event-waits-per-app`), `window` and
 * `resetAt` (`QUOTA_EXCEEDED` of a notification send: `day` for the per-citizen quota, `app-day` for the operator's
 * cap on the app; when it resets) and `triesLeft` (`OTP_INVALID`, `STEP_UP_FAILED`: wrong codes or PINs still allowed).
 * An answer with `retryAfterSeconds` also carries the `Retry-After` header.
 * Other members may be added.
 */
export const ErrorBody = z.looseObject({
  code: ServerErrorCode,
  message: z.string(),
  issues: z.optional(z.array(ErrorIssue)),
  limit: z.optional(z.number()),
  refundable: z.optional(z.number()),
  missing: z.optional(z.array(z.string())),
  retryAfterSeconds: z.optional(z.number()),
  windowSeconds: z.optional(z.number()),
  limitName: z.optional(z.string()),
  window: z.optional(z.string()),
  resetAt: z.optional(z.string()),
  triesLeft: z.optional(z.number()),
});
/** An error answer of the platform server. */
export type ErrorBody = z.infer<typeof ErrorBody>;
