import type { PartnerAccess, WebhookEvent } from '@citadel/node';
import type { Links } from './accounts/links.js';
import { SchoolError } from './errors.js';
import type { Outbox } from './notify/outbox.js';
import type { Tuition } from './tuition/tuition.js';

/**
 * `POST /webhooks`, its signature verified over the raw body by the kit's `verifiedWebhook` (a
 * bad, stale or malformed one is a 400 naming the reason):
 * - `payment.succeeded` goes to the fees, which compare it with their own payment row; a signed
 *   event that does not match is a `422 ORDER_MISMATCH`, never counted, and stays among the failed
 *   deliveries; a fee just paid tells its payer (topic `tuition`), from the outbox row stored with the payment;
 * - `consent.revoked` for `identity` (whole, or the `phone` claim) deletes the citizen's links:
 *   they stood on that phone number alone.
 */
export async function receiveWebhook(event: WebhookEvent, access: PartnerAccess, context: { outbox: Outbox; tuition: Tuition; links: Links }): Promise<{ received: true; outcome?: string }> {
  if (event.type === 'payment.succeeded') {
    const result = await context.tuition.paid(event.id, event.data);
    if (typeof result === 'object' && 'mismatch' in result) {
      console.error(`school-backend: webhook refused: ${result.mismatch}`);
      throw new SchoolError(422, 'ORDER_MISMATCH', result.mismatch);
    }
    if (typeof result === 'object') {
      await context.outbox.send((await access.current())?.citadel, [result.notification]);
      return { received: true, outcome: 'paid' };
    }
    return { received: true, outcome: result };
  }
  if (event.type === 'consent.revoked' && event.data.permission === 'identity' && (event.data.claims === undefined || event.data.claims.includes('phone'))) {
    await context.links.forget(event.data.sub);
  }
  // payment.refunded: fees are not refunded through the app (the school refunds at its office).
  return { received: true };
}
