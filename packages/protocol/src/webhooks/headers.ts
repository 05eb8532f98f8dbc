/** The three headers of every webhook (Standard Webhooks), in lower case. */
export const WEBHOOK_HEADERS = {
  /** The message id, the same on every retry of one event. */
  id: 'webhook-id',
  /** When this attempt was signed, in Unix seconds. */
  timestamp: 'webhook-timestamp',
  /** A space-separated list of `v1,<base64 HMAC-SHA256>` signatures. */
  signature: 'webhook-signature',
} as const;
