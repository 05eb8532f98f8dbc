import { isJsonObject, isNonEmptyString } from './json-value.js';

/** The answer of `PUT /api/partner/v1/webhook`: your webhook URL and its new signing secret. */
export interface WebhookEndpoint {
  /** The URL, as the platform normalised it. */
  readonly url: string;
  /** The new signing secret (`whsec_…`), shown only this once: store it where your webhook handler reads it. */
  readonly secret: string;
}

/** Reads a `WebhookEndpoint`; `undefined` when the answer is not that shape. */
export function parseWebhookEndpoint(body: unknown): WebhookEndpoint | undefined {
  if (!isJsonObject(body)) return undefined;
  const { url, secret } = body;
  if (!isNonEmptyString(url) || !isNonEmptyString(secret) || !secret.startsWith('whsec_')) return undefined;
  return { url, secret };
}
