import type { WebhookEvent } from '@citadel/node';
import { TourismError } from './errors.js';
import type { Tickets } from './tickets/tickets.js';

/**
 * `POST /webhooks`, its signature verified over the raw body by the kit's `verifiedWebhook` (a
 * bad, stale or malformed one is a 400 naming the reason): hands `payment.succeeded` to the
 * tickets, which compare it with their own record. A signed event that does not match is a `422
 * ORDER_MISMATCH`, never fulfilled, and shows among the partner API's failed deliveries.
 */
export async function receiveWebhook(event: WebhookEvent, tickets: Tickets): Promise<{ received: true; outcome?: string }> {
  if (event.type === 'payment.succeeded') {
    const outcome = await tickets.paid(event.id, event.data);
    if (typeof outcome === 'object') {
      console.error(`tourism-backend: webhook refused: ${outcome.mismatch}`);
      throw new TourismError(422, 'ORDER_MISMATCH', outcome.mismatch);
    }
    return { received: true, outcome };
  }
  // payment.refunded: tickets are not refundable through the app; consent.revoked: the backend keeps
  // only the pairwise sub beside each ticket and review, which both need.
  return { received: true };
}
