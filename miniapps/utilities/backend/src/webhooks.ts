import type { IncomingMessage } from 'node:http';
import type { PartnerAccess } from '@citadel/node';
import { ok, readVerifiedWebhook, type Answer } from '@citadel-miniapp/backend-kit';
import type { Bills } from './bills/bills.js';
import { notifyPaid } from './bills/notify-paid.js';

/**
 * `POST /webhooks`: verified over the raw body first, then `payment.succeeded` goes to the bills,
 * which compare it with their own order. A signed event that does not match is a 422 (never
 * counted, left failing for a person to look at). A second payment of a bill already paid is
 * refunded at once (and again later, by key, if the platform was not reachable). A paid bill's
 * payer gets a notification with the receipt.
 */
export async function receiveWebhook(request: IncomingMessage, access: PartnerAccess, bills: Bills): Promise<Answer> {
  const event = await readVerifiedWebhook(request, access);
  if (event.type !== 'payment.succeeded') return ok({ received: true });
  const outcome = await bills.paid(event.id, event.data);
  if (typeof outcome === 'object' && 'mismatch' in outcome) {
    console.error(`utilities-backend: webhook refused: ${outcome.mismatch}`);
    return { status: 422, body: { code: 'ORDER_MISMATCH', message: outcome.mismatch } };
  }
  const current = await access.current();
  if (outcome === 'refunded' && current) await bills.refundExtras(current.citadel);
  if (typeof outcome === 'object') {
    const notification = current ? await notifyPaid(current.citadel, event.data.sub, outcome.paid, outcome.receipt) : 'skipped';
    return ok({ received: true, outcome: 'paid', notification });
  }
  return ok({ received: true, outcome });
}
