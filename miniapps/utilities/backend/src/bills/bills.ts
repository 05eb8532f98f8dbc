import { isPartnerApiError, type PartnerClient, type PaymentSucceededData } from '@citadel/node';
import { handleWebhookOnce, WebhookMismatch, type Database, type Queryable } from '@citadel-miniapp/backend-kit';
import { ACCOUNTS, accountByCode, maskName } from '../customers/accounts.js';
import { PROVIDERS, type Utility } from '../customers/providers.js';
import { UtilitiesError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Bill, Receipt } from './bill.js';
import { monthsOf } from './history.js';
import type { Charge } from './tariffs.js';

/** A `bills` row as both drivers return it. */
interface Row {
  id: string; code: string; utility: Utility; period: string; units: number; amount: number; charge: Charge;
  issued_at: Date | string; due_at: Date | string; paid_at: Date | string | null; paid_via: string | null;
  payment_id: string | null; order_id: string | null; paid_by: string | null; receipt_no: string | null;
}

/** A `bill_orders` row: a platform order made for one citizen to pay one bill. */
interface OrderRow { order_id: string; bill_id: string; sub: string; amount: number; expires_at: Date | string; created_at: Date | string }

/** An `extra_payments` row: a second payment of a bill already paid, refunded. */
interface ExtraPaymentRow {
  payment_id: string; order_id: string; bill_id: string; sub: string; amount: number;
  refund_id: string | null; refund_error: string | null; received_at: Date | string;
}

/** What a `payment.succeeded` did. */
export type PaidOutcome = { paid: Bill; receipt: string } | 'duplicate' | 'unknown' | 'refunded' | { mismatch: string };

const iso = (v: Date | string) => new Date(v).toISOString();

/** Bills: kept in the backend's database, paid through a platform order, marked paid by the verified webhook. */
export function createBills(db: Database, now: () => Date) {
  const view = (r: Row): Bill => ({
    id: r.id, code: r.code, utility: r.utility, period: r.period, units: Number(r.units), unit: PROVIDERS[r.utility].unit,
    amount: Number(r.amount), charge: r.charge, issuedAt: iso(r.issued_at), dueAt: iso(r.due_at),
    status: r.paid_at === null ? 'unpaid' : 'paid', overdue: r.paid_at === null && new Date(r.due_at) < now(),
    paidAt: r.paid_at === null ? null : iso(r.paid_at),
  });
  const byId = async (q: Queryable, id: string, lock = false) =>
    (await q.query<Row>(`SELECT * FROM bills WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]))[0];

  return {
    /**
     * Brings every demo account's last twelve months into the database, the months before the
     * newest unpaid ones marked paid at the counter. A month already there is left as it is, so
     * a payment is never undone by a restart.
     */
    async issue(): Promise<number> {
      const months = ACCOUNTS.flatMap((account) => monthsOf(account, now())).map((m) => ({
        id: m.id, code: m.code, utility: m.utility, period: m.period, units: m.units, amount: m.charge.total, charge: m.charge,
        issued_at: m.issuedAt, due_at: m.dueAt,
        paid_at: m.paidBefore ? new Date(m.dueAt.getTime() - 5 * 86_400_000) : null, paid_via: m.paidBefore ? 'counter' : null,
      }));
      // One statement for every account's year, not a round trip per month.
      const rows = await db.query(
        `INSERT INTO bills (id, code, utility, period, units, amount, charge, issued_at, due_at, paid_at, paid_via)
         SELECT id, code, utility, period, units, amount, charge, issued_at, due_at, paid_at, paid_via
           FROM jsonb_to_recordset($1::jsonb) AS m(id text, code text, utility text, period text, units integer, amount integer,
                charge jsonb, issued_at timestamptz, due_at timestamptz, paid_at timestamptz, paid_via text)
         ON CONFLICT (id) DO NOTHING RETURNING 1`,
        [JSON.stringify(months)]);
      return rows.length;
    },
    /** An account's bills, newest first (at most twelve months). */
    async of(code: string): Promise<Bill[]> {
      return (await db.query<Row>('SELECT * FROM bills WHERE code = $1 ORDER BY period DESC LIMIT 12', [code])).map(view);
    },
    /** The amounts of an account's `count` newest bills (none for an unknown code), read through `q`. */
    async recentAmounts(code: string, count: number, q: Queryable = db): Promise<number[]> {
      return (await q.query<Pick<Row, 'amount'>>('SELECT amount FROM bills WHERE code = $1 ORDER BY period DESC LIMIT $2', [code, count])).map((r) => Number(r.amount));
    },
    async get(id: string): Promise<Bill | undefined> {
      const row = await byId(db, id);
      return row && view(row);
    },
    /**
     * An order for the bill at the backend's own amount, for `payments.pay`: the open order this
     * citizen already has for it when there is one (so paying twice in a row pays once), else a new
     * one. `409 ALREADY_PAID` for a paid bill.
     */
    async pay(citadel: PartnerClient, sub: string, id: string): Promise<{ bill: Bill; orderId: string }> {
      const row = await byId(db, id);
      if (!row) throw new UtilitiesError(404, 'NOT_FOUND', 'No such bill');
      if (row.paid_at !== null) throw new UtilitiesError(409, 'ALREADY_PAID', `This bill was paid on ${iso(row.paid_at)}`, { paidAt: iso(row.paid_at) });
      const [open] = await db.query<Pick<OrderRow, 'order_id'>>(
        'SELECT order_id FROM bill_orders WHERE bill_id = $1 AND sub = $2 AND expires_at > $3 ORDER BY created_at DESC LIMIT 1', [id, sub, now()]);
      if (open) return { bill: view(row), orderId: open.order_id };
      const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM bill_orders WHERE bill_id = $1 AND sub = $2', [id, sub]);
      const provider = PROVIDERS[row.utility];
      let orderId: string;
      try {
        const order = await citadel.orders.create(
          { amount: Number(row.amount), description: `${row.utility === 'electricity' ? 'Tiền điện' : 'Tiền nước'} tháng ${row.period.slice(5)}/${row.period.slice(0, 4)} · ${row.code}`,
            reference: row.id, expiresInSeconds: LIMITS.orderSeconds, metadata: { code: row.code, period: row.period, provider: provider.utility } },
          // One key per citizen's try: a retry after a timeout can only ever make this one order.
          { idempotencyKey: `${row.id}-${sub}-${n + 1}` },
        );
        orderId = order.id;
      } catch (error) {
        if (!isPartnerApiError(error)) throw error;
        console.error(`utilities-backend: the platform refused the order: ${error.code} ${error.message}`);
        throw new UtilitiesError(502, 'PLATFORM_REFUSED', `The platform did not create the order (${error.code})`);
      }
      await db.query(
        'INSERT INTO bill_orders (order_id, bill_id, sub, amount, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (order_id) DO NOTHING',
        [orderId, id, sub, row.amount, new Date(now().getTime() + LIMITS.orderSeconds * 1000), now()]);
      return { bill: view(row), orderId };
    },
    /**
     * `payment.succeeded`: compared with the backend's own order (order id, bill, amount, currency,
     * payer) before it counts, in one transaction with the webhook id, so a replay changes nothing.
     * A bill someone else paid first keeps its payment; this one is recorded to refund.
     */
    async paid(eventId: string, data: PaymentSucceededData): Promise<PaidOutcome> {
      return handleWebhookOnce(db, eventId, async (tx): Promise<PaidOutcome> => {
        const [order] = await tx.query<Pick<OrderRow, 'bill_id' | 'sub' | 'amount'>>('SELECT bill_id, sub, amount FROM bill_orders WHERE order_id = $1', [data.orderId]);
        if (!order) return 'unknown';
        if (order.bill_id !== data.reference || Number(order.amount) !== data.amount || data.currency !== 'VND' || order.sub !== data.sub) {
          throw new WebhookMismatch(`payment.succeeded for order ${data.orderId} does not match it (bill, amount, currency or payer)`);
        }
        const bill = (await byId(tx, order.bill_id, true))!;
        if (bill.payment_id === data.paymentId) return 'duplicate';
        if (bill.paid_at !== null) {
          await tx.query(
            `INSERT INTO extra_payments (payment_id, order_id, bill_id, sub, amount, received_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (payment_id) DO NOTHING`, [data.paymentId, data.orderId, bill.id, data.sub, data.amount, now()]);
          return 'refunded';
        }
        const [{ n }] = (await tx.query<{ n: string }>("SELECT nextval('receipt_number')::text AS n")) as [{ n: string }];
        const receipt = `HD-${bill.period.replace('-', '')}-${n.padStart(6, '0')}`;
        const [row] = await tx.query<Row>(
          "UPDATE bills SET paid_at = $2, paid_via = 'citadel', payment_id = $3, order_id = $4, paid_by = $5, receipt_no = $6 WHERE id = $1 RETURNING *",
          [bill.id, data.paidAt, data.paymentId, data.orderId, data.sub, receipt]);
        return { paid: view(row!), receipt };
      });
    },
    /** Refunds every extra payment not refunded yet, with the payment id as the key (never twice). */
    async refundExtras(citadel: PartnerClient): Promise<number> {
      const extras = await db.query<Pick<ExtraPaymentRow, 'payment_id' | 'order_id' | 'amount'>>('SELECT payment_id, order_id, amount FROM extra_payments WHERE refund_id IS NULL');
      let refunded = 0;
      for (const extra of extras) {
        try {
          const refund = await citadel.orders.refund(extra.order_id, { amount: Number(extra.amount), reason: 'Hoá đơn đã được thanh toán trước đó' }, { idempotencyKey: `extra-${extra.payment_id}` });
          await db.query('UPDATE extra_payments SET refund_id = $2, refund_error = NULL WHERE payment_id = $1', [extra.payment_id, refund.id]);
          refunded += 1;
        } catch (error) {
          if (!isPartnerApiError(error)) throw error;
          await db.query('UPDATE extra_payments SET refund_error = $2 WHERE payment_id = $1', [extra.payment_id, `${error.code}: ${error.message}`]);
        }
      }
      return refunded;
    },
    /** The e-receipt of a bill `sub` paid in the app; someone else's, or an unpaid one, answers the same 404. */
    async receipt(sub: string, id: string): Promise<Receipt> {
      const row = await byId(db, id);
      const account = row && accountByCode(row.code);
      if (!row || !account || row.paid_by !== sub || row.receipt_no === null) throw new UtilitiesError(404, 'NOT_FOUND', 'No receipt of yours for this bill');
      return {
        number: row.receipt_no, bill: view(row), provider: PROVIDERS[row.utility].name, holder: maskName(account.holder), address: `${account.address}, ${account.ward}`,
        paymentId: row.payment_id!, orderId: row.order_id!, paidAt: iso(row.paid_at!),
      };
    },
  };
}

export type Bills = ReturnType<typeof createBills>;
