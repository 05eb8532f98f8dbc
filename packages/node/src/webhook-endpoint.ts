import { WebhookAnswer } from '@citadel/protocol/api';
import { WebhookSecret } from '@citadel/protocol/webhooks';
import { readAnswer } from './read-answer.js';

/** The answer of `PUT /api/partner/v1/webhook`: your webhook URL and its new signing secret. */
export interface WebhookEndpoint {
  /** The URL, as the platform normalised it. */
  readonly url: string;
  /** The new signing secret (`whsec_…`), shown only this once: store it where your webhook handler reads it. */
  readonly secret: string;
}

/**
 * Reads a `WebhookEndpoint`; `undefined` when the answer is not that shape or its secret breaks the
 * one secret rule (`WebhookSecret`: `whsec_` and the base64 of a key of at least 16 bytes), since
 * `verifyWebhook` could not use it.
 */
export const parseWebhookEndpoint = readAnswer(WebhookAnswer, ({ url, secret }): WebhookEndpoint | undefined =>
  WebhookSecret.safeParse(secret).success ? { url, secret } : undefined);
