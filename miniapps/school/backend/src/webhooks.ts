import type { IncomingMessage } from 'node:http';
import type { PartnerAccess } from '@citadel/node';
import { ok, readVerifiedWebhook, type Answer } from '@citadel-miniapp/backend-kit';
import type { Links } from './accounts/links.js';
import type { Outbox } from './notify/outbox.js';
import type { Tuition } from './tuition/tuition.js';

/**
 * `POST /webhooks`, verified over the raw body first (a bad, stale or malformed signature is a
 * 400 naming the reason):
 * - `payment.succeeded` goes to the fees, which compare it with their own payment row; a signed
 *   event that does not match is a 422, never counted, and stays among the failed deliveries;
 *   a fee just paid tells its payer (topic `tuition`), from the outbox row stored with the payment;
 * - `consent.revoked` for `identity` (whole, or the `phone` claim) deletes the citizen's links:
 *   they stood on that phone number alone.
 */
export async function receiveWebhook(request: IncomingMessage, access: PartnerAccess, context: { outbox: Outbox; tuition: Tuition; links: Links }): Promise<Answer> {
  const event = await readVerifiedWebhook(request, access);
  if (event.type === 'payment.succeeded') {
    const result = await context.tuition.paid(event.id, event.data);
    if (typeof result === 'object' && 'mismatch' in result) {
      console.error(`school-backend: webhook refused: ${result.mismatch}`);
      return { status: 422, body: { code: 'ORDER_MISMATCH', message: result.mismatch } };
    }
    if (typeof result === 'object') {
      await context.outbox.send((await access.current())?.citadel, [result.notification]);
      return ok({ received: true, outcome: 'paid' });
    }
    return ok({ received: true, outcome: result });
  }
  if (event.type === 'consent.revoked' && event.data.permission === 'identity' && (event.data.claims === undefined || event.data.claims.includes('phone'))) {
    await context.links.forget(event.data.sub);
  }
  // payment.refunded: fees are not refunded through the app (the school refunds at its office).
  return ok({ received: true });
}
