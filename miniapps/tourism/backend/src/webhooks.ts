import type { IncomingHttpHeaders } from 'node:http';
import { isWebhookVerificationError, verifyWebhook, type WebhookEvent } from '@citadel/node';
import type { Tickets } from './tickets/tickets.js';

/** An HTTP answer. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * `POST /webhooks`: verifies the signature over the raw body first (a bad, stale or malformed
 * one is a 400 naming the reason), then hands `payment.succeeded` to the tickets, which compare
 * it with their own record. A signed event that does not match is a 422, never fulfilled, and
 * shows among the partner API's failed deliveries.
 */
export async function receiveWebhook(tickets: Tickets, secret: string, headers: IncomingHttpHeaders, body: Uint8Array): Promise<Answer> {
  let event: WebhookEvent;
  try {
    event = await verifyWebhook({ secret, headers, body });
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    return { status: 400, body: { code: error.reason, message: error.message } };
  }
  if (event.type === 'payment.succeeded') {
    const outcome = await tickets.paid(event.id, event.data);
    if (typeof outcome === 'object') {
      console.error(`tourism-backend: webhook refused: ${outcome.mismatch}`);
      return { status: 422, body: { code: 'ORDER_MISMATCH', message: outcome.mismatch } };
    }
    return { status: 200, body: { received: true, outcome } };
  }
  // payment.refunded: tickets are not refundable through the app; consent.revoked: the backend keeps
  // only the pairwise sub beside each ticket and review, which both need.
  return { status: 200, body: { received: true } };
}
