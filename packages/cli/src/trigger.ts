import { webhookEventTypes, type WebhookEventType } from '@citadel/protocol/webhooks';
import { CliError } from './cli-error.js';
import { forwardSigned, forwardTargetOf } from './forward.js';
import type { HttpAnswer } from './http-send.js';
import { sampleEventData } from './sample-events.js';

/** What `triggerWebhook` sends, and where. */
export interface TriggerOptions {
  /** The event type, such as `payment.succeeded`. */
  readonly type: string;
  /** Your backend's webhook URL (`http:` or `https:`). */
  readonly forwardTo: string;
  /** The webhook secret (`whsec_…`) your backend verifies with. */
  readonly secret: string;
}

/** The delivery `triggerWebhook` made: its `webhook-id`, and your backend's answer. */
export interface TriggeredDelivery {
  readonly id: string;
  readonly answer: HttpAnswer;
}

const isEventType = (type: string): type is WebhookEventType => (webhookEventTypes as readonly string[]).includes(type);

/**
 * Sends one test event of `type` to `forwardTo` as the platform delivers a webhook: a JSON body
 * `{ type, timestamp, data }` with a sample `data` that parses with the protocol's schema, signed by
 * `@citadel/node`'s `signWebhook` (the platform's own signer) with `secret`, so `verifyWebhook` accepts it.
 * Resolves with the answer, whatever its status; rejects with `CliError` `UNKNOWN_EVENT`, `INVALID_URL`,
 * `INVALID_SECRET` or `NETWORK`.
 */
export async function triggerWebhook(options: TriggerOptions): Promise<TriggeredDelivery> {
  if (!isEventType(options.type)) throw new CliError('UNKNOWN_EVENT', `Unknown event type "${options.type}": one of ${webhookEventTypes.join(', ')}`);
  const url = forwardTargetOf(options.forwardTo);
  const timestamp = new Date().toISOString();
  const body = JSON.stringify({ type: options.type, timestamp, data: sampleEventData[options.type](timestamp) });
  const { id, answer } = await forwardSigned({ url, secret: options.secret, body });
  return { id, answer };
}
