import type { PartnerAccess, WebhookEvent } from '@citadel/node';
import type { Bills } from './bills/bills.js';
import { notifyPaid } from './bills/notify-paid.js';
import { UtilitiesError } from './errors.js';

/**
 * `POST /webhooks`, its signature verified over the raw body by the kit's `verifiedWebhook`:
 * `payment.succeeded` goes to the bills, which compare it with their own order. A signed event that
 * does not match is a `422 ORDER_MISMATCH` (never counted, left failing for a person to look at).
 * A second payment of a bill already paid is refunded at once (and again later, by key, if the
 * platform was not reachable). A paid bill's payer gets a notification with the receipt.
 */
export async function receiveWebhook(event: WebhookEvent, access: PartnerAccess, bills: Bills): Promise<{ received: true; outcome?: string; notification?: string }> {
  if (event.type !== 'payment.succeeded') return { received: true };
  const outcome = await bills.paid(event.id, event.data);
  if (typeof outcome === 'object' && 'mismatch' in outcome) {
    console.error(`utilities-backend: webhook refused: ${outcome.mismatch}`);
    throw new UtilitiesError(422, 'ORDER_MISMATCH', outcome.mismatch);
  }
  const current = await access.current();
  if (outcome === 'refunded' && current) await bills.refundExtras(current.citadel);
  if (typeof outcome === 'object') {
    const notification = current ? await notifyPaid(current.citadel, event.data.sub, outcome.paid, outcome.receipt) : 'skipped';
    return { received: true, outcome: 'paid', notification };
  }
  return { received: true, outcome };
}
