import { randomBytes } from 'node:crypto';
import { isPartnerApiError, type PaymentSucceededData, type PartnerClient } from '@citadel/node';
import { handleWebhookOnce, WebhookMismatch, type Database } from '@citadel-miniapp/backend-kit';
import { TourismError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { placeById } from '../places/catalogue.js';
import type { Ticket } from './ticket.js';
import type { TicketSigner } from './ticket-code.js';

export type { Ticket };

interface Row {
  reference: string; sub: string; place_id: string; quantity: number; amount: number; order_id: string | null;
  status: 'pending' | 'paid'; payment_id: string | null; paid_at: Date | string | null; created_at: Date | string;
  used_at: Date | string | null; used_by: string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** Entry tickets: priced here, ordered on the platform, paid when the signed webhook says so. */
export function createTickets(db: Database, signer: TicketSigner, now: () => Date = () => new Date()) {
  const view = (r: Row): Ticket => ({
    reference: r.reference, placeId: r.place_id, quantity: Number(r.quantity), amount: Number(r.amount), orderId: r.order_id,
    status: r.status, paidAt: iso(r.paid_at), usedAt: iso(r.used_at), createdAt: iso(r.created_at)!,
    code: r.status === 'paid' ? signer.sign({ reference: r.reference, placeId: r.place_id, quantity: Number(r.quantity) }) : null,
  });

  return {
    /**
     * Prices the ticket from the catalogue, keeps it `pending`, then creates the platform order with
     * the ticket's own reference as the idempotency key: a retry can only ever make this one order.
     */
    async buy(citadel: PartnerClient, sub: string, placeId: string, quantity: number): Promise<Ticket> {
      const place = placeById(placeId);
      if (!place) throw new TourismError(404, 'NOT_FOUND', 'No such place');
      if (place.ticketVnd === 0) throw new TourismError(422, 'FREE_ENTRY', `${place.name.en} is free to enter: no ticket is sold`);
      const reference = `TK-${randomBytes(12).toString('base64url')}`;
      const amount = place.ticketVnd * quantity;
      await db.query('INSERT INTO tickets (reference, sub, place_id, quantity, amount, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [reference, sub, placeId, quantity, amount, 'pending', now()]);
      let orderId: string;
      try {
        const order = await citadel.orders.create(
          { amount, description: `Vé tham quan ${place.name.vi} × ${quantity}`, reference, expiresInSeconds: LIMITS.orderSeconds, metadata: { place: placeId, quantity: String(quantity) } },
          { idempotencyKey: reference },
        );
        orderId = order.id;
      } catch (error) {
        if (!isPartnerApiError(error)) throw error;
        console.error(`tourism-backend: the platform refused the order: ${error.code} ${error.message}`);
        throw new TourismError(502, 'PLATFORM_REFUSED', `The platform did not create the order (${error.code})`);
      }
      const [row] = await db.query<Row>('UPDATE tickets SET order_id = $1 WHERE reference = $2 RETURNING *', [orderId, reference]);
      return view(row!);
    },
    async mine(sub: string): Promise<Ticket[]> {
      return (await db.query<Row>('SELECT * FROM tickets WHERE sub = $1 AND order_id IS NOT NULL ORDER BY created_at DESC LIMIT 100', [sub])).map(view);
    },
    /** The citizen's own ticket; someone else's answers the same 404 as none. */
    async get(sub: string, reference: string): Promise<Ticket> {
      const [row] = await db.query<Row>('SELECT * FROM tickets WHERE reference = $1 AND sub = $2', [reference, sub]);
      if (!row) throw new TourismError(404, 'NOT_FOUND', 'No such ticket');
      return view(row);
    },
    /** The paid ticket a gate code stands for, without who bought it. */
    async check(reference: string): Promise<{ placeId: string; quantity: number; paidAt: string | null; usedAt: string | null } | undefined> {
      const [row] = await db.query<Row>('SELECT * FROM tickets WHERE reference = $1 AND status = $2', [reference, 'paid']);
      return row && { placeId: row.place_id, quantity: Number(row.quantity), paidAt: iso(row.paid_at), usedAt: iso(row.used_at) };
    },
    /**
     * Admits a paid ticket at `gate`, once: one statement marks it used only if it was not, so two
     * gates scanning the same code at once admit it once. A used one is `409 ALREADY_USED` with
     * when and where; an unpaid or unknown one `404 NOT_A_TICKET`.
     */
    async admit(reference: string, gate: string): Promise<{ placeId: string; quantity: number; usedAt: string }> {
      const [row] = await db.query<Row>(
        `UPDATE tickets SET used_at = $3, used_by = $2 WHERE reference = $1 AND status = 'paid' AND used_at IS NULL RETURNING *`,
        [reference, gate, now()]);
      if (row) return { placeId: row.place_id, quantity: Number(row.quantity), usedAt: iso(row.used_at)! };
      const [seen] = await db.query<Row>(`SELECT * FROM tickets WHERE reference = $1 AND status = 'paid'`, [reference]);
      if (!seen) throw new TourismError(404, 'NOT_A_TICKET', 'No paid ticket has this code');
      throw new TourismError(409, 'ALREADY_USED', `This ticket was already used at ${seen.used_by}`, { usedAt: iso(seen.used_at), gate: seen.used_by });
    },
    /**
     * `payment.succeeded`: compared with this backend's own record (order id, reference, amount,
     * currency) before it counts. Each webhook id is handled once, in the same transaction.
     */
    async paid(eventId: string, data: PaymentSucceededData): Promise<'paid' | 'duplicate' | 'unknown' | { mismatch: string }> {
      return handleWebhookOnce(db, eventId, async (tx) => {
        const [row] = await tx.query<Row>('SELECT * FROM tickets WHERE reference = $1 FOR UPDATE', [data.reference]);
        if (!row) return 'unknown';
        if (row.order_id !== data.orderId || Number(row.amount) !== data.amount || data.currency !== 'VND' || row.sub !== data.sub) {
          throw new WebhookMismatch(`payment.succeeded for ${data.reference} does not match the ticket (order, amount, currency or payer)`);
        }
        if (row.status === 'paid') {
          if (row.payment_id === data.paymentId) return 'duplicate';
          throw new WebhookMismatch(`${data.reference} was paid by ${row.payment_id}, not ${data.paymentId}`);
        }
        await tx.query('UPDATE tickets SET status = $1, payment_id = $2, paid_at = $3 WHERE reference = $4', ['paid', data.paymentId, data.paidAt, data.reference]);
        return 'paid' as const;
      });
    },
  };
}

export type Tickets = ReturnType<typeof createTickets>;
