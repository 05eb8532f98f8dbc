import { isWebhookVerificationError, verifyWebhook } from '@citadel/node';
import type { Context } from 'hono';
import type { ServerEnv } from './env.js';

/**
 * `POST /webhooks`: verifies the signature over the raw body with the webhook secret (`verifyWebhook`), then
 * acknowledges with a 2xx; a forged, stale or malformed delivery is a 400 naming the reason. Deduplicate on
 * `event.id` where you act on one: the platform may deliver an event more than once.
 */
export function webhookRoute(env: ServerEnv) {
  return async (c: Context) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    try {
      const event = await verifyWebhook({ secret: env.webhookSecret, headers: c.req.raw.headers, body });
      console.log(`webhook ${event.type} ${event.id} verified`);
      return c.json({ received: true });
    } catch (error) {
      if (!isWebhookVerificationError(error)) throw error;
      return c.json(error.toJSON(), 400);
    }
  };
}
