import type { IncomingMessage } from 'node:http';
import type { PartnerAccess } from '@citadel/node';
import { ok, readVerifiedWebhook, type Answer } from '@citadel-miniapp/backend-kit';
import type { Tickets } from './tickets/tickets.js';

/**
 * `POST /webhooks`: verifies the signature over the raw body first (a bad, stale or malformed
 * one is a 400 naming the reason), then hands `payment.succeeded` to the tickets, which compare
 * it with their own record. A signed event that does not match is a 422, never fulfilled, and
 * shows among the partner API's failed deliveries.
 */
export async function receiveWebhook(request: IncomingMessage, access: PartnerAccess, tickets: Tickets): Promise<Answer> {
  const event = await readVerifiedWebhook(request, access);
  if (event.type === 'payment.succeeded') {
    const outcome = await tickets.paid(event.id, event.data);
    if (typeof outcome === 'object') {
      console.error(`tourism-backend: webhook refused: ${outcome.mismatch}`);
      return { status: 422, body: { code: 'ORDER_MISMATCH', message: outcome.mismatch } };
    }
    return ok({ received: true, outcome });
  }
  // payment.refunded: tickets are not refundable through the app; consent.revoked: the backend keeps
  // only the pairwise sub beside each ticket and review, which both need.
  return ok({ received: true });
}
