import { RefusalError } from './refusal-error.js';

/** Why a webhook was refused by `verifyWebhook`: a closed set, stable across versions. */
export const WebhookVerificationErrorReason = {
  /** `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent or empty. */
  MISSING_HEADER: 'MISSING_HEADER',
  /** No `v1` signature in `webhook-signature` matches: not from the platform, altered, or signed with another secret. */
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  /** `webhook-timestamp` is further from now than the tolerance, in the past (a replay) or in the future. */
  STALE_TIMESTAMP: 'STALE_TIMESTAMP',
  /** This exact delivery (id and timestamp) was already accepted: a replay (only with a `replayStore`). A retry has a new timestamp and passes. */
  REPLAYED: 'REPLAYED',
  /** A header or the body is not in the documented form (a validly signed body of an unknown event type included). */
  MALFORMED: 'MALFORMED',
} as const;

/** One of the closed set of reasons a webhook is refused. */
export type WebhookVerificationErrorReason = (typeof WebhookVerificationErrorReason)[keyof typeof WebhookVerificationErrorReason];

/** The one error `verifyWebhook` rejects with when a webhook is refused. Answer it with a 4xx, and do not act on the body. */
export class WebhookVerificationError extends RefusalError<WebhookVerificationErrorReason> {
  override readonly name = 'WebhookVerificationError';
}

/** True when `value` is a `WebhookVerificationError`. */
export function isWebhookVerificationError(value: unknown): value is WebhookVerificationError {
  return value instanceof WebhookVerificationError;
}
