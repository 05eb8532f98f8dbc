import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes the server answers with; bodies are always `{ code, message, ... }`, never a stack or SQL. */
export type ServerErrorCode =
  | 'NOT_FOUND' | 'MISDIRECTED' | 'FORBIDDEN' | 'INTERNAL' | 'INVALID_PARAMS' | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'LOCKED_OUT' | 'PHONE_TAKEN'
  | 'CROSS_SITE' | 'APP_SUSPENDED' | 'CONSENT_REQUIRED' | 'ALREADY_VERIFIED' | 'VERIFICATION_FAILED'
  | 'IDEMPOTENCY_KEY_REQUIRED' | 'IDEMPOTENCY_KEY_REUSED' | 'ORDER_NOT_FOUND' | 'ORDER_EXPIRED' | 'ALREADY_PAID'
  | 'INSUFFICIENT_FUNDS' | 'ORDER_NOT_PAID' | 'REFUND_EXCEEDS_PAYMENT' | 'STEP_UP_FAILED' | 'INVALID_WEBHOOK_URL'
  | 'NOTIFICATIONS_NOT_GRANTED' | 'QUOTA_EXCEEDED' | 'ALERT_EXPIRED' | 'INVALID_CAP';

/** An error a route throws on purpose: its status, code, message and extra fields reach the client as JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ServerErrorCode,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Answers a JSON error. */
export const jsonError = (c: Context, status: ContentfulStatusCode, code: ServerErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  c.json({ code, message, ...extra }, status);
