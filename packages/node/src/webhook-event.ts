import { WebhookEventBody } from '@citadel/protocol/webhooks';

export type { WebhookEventType, WebhookData } from '@citadel/protocol/webhooks';

/** A verified webhook: its `webhook-id` and its body. Narrow on `type` to get the typed `data`. */
export type WebhookEvent = WebhookEventBody & {
  /** The `webhook-id`: the same on every retry of the event. Deduplicate on it. */
  readonly id: string;
};

/**
 * Reads a webhook body (already verified) against the event schemas of
 * `@citadel/protocol/webhooks`; `undefined` when it is not one of the documented events.
 * Members the documentation does not list are dropped.
 */
export function readWebhookEvent(id: string, body: unknown): WebhookEvent | undefined {
  const read = WebhookEventBody.safeParse(body);
  return read.success ? { id, ...read.data } : undefined;
}
