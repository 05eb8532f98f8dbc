import { randomBytes } from 'node:crypto';
import { isPartnerApiError, type PaymentSucceededData, type PartnerClient } from '@citadel/node';
import { handleWebhookOnce, WebhookMismatch, type Database } from '@citadel-miniapp/backend-kit';
import { SchoolError } from '../errors.js';
import type { Outbox } from '../notify/outbox.js';
import { LIMITS } from '../limits.js';
import type { Pupil, Roster } from '../roster/roster.js';
import type { Fee, FeeKind, FeePayment, Receipt } from './fee.js';
import { feeLabel, feesDue } from './fee-schedule.js';
import { paidMessage } from './paid-message.js';

export type { Fee, FeePayment, Receipt };

interface FeeRow {
  id: string; pupil_id: string; period: string; kind: FeeKind; quantity: number; unit_price: number; amount: number; due_date: string;
  status: 'unpaid' | 'paid' | 'exempt'; paid_reference: string | null; issued_at: Date | string;
}
interface PaymentRow {
  reference: string; fee_id: string; sub: string; guardian_id: string; amount: number; order_id: string | null; status: 'open' | 'paid' | 'closed';
  expires_at: Date | string | null; payment_id: string | null; paid_at: Date | string | null; created_at: Date | string;
}


/** `<pupil>_<period>_<kind>`: no dot, so a deep link to it is a client-side route like any other (no file extension). */
export const FEE_ID = /^hs-\d{3}_\d{4}-(\d{2}|hk[12])_[a-z-]{3,20}$/;

const iso = (v: Date | string) => new Date(v).toISOString();

/** Fee notices (amounts set here, when issued), paid through platform orders, marked paid by the verified webhook only. */
export function createTuition(db: Database, roster: Roster, outbox: Outbox, now: () => Date = () => new Date()) {
  async function view(row: FeeRow): Promise<Fee> {
    let receipt: Receipt | null = null;
    if (row.paid_reference) {
      const [p] = await db.query<PaymentRow>('SELECT * FROM fee_payments WHERE reference = $1', [row.paid_reference]);
      const guardian = roster.pupil(row.pupil_id)?.guardians.find((g) => g.personId === p?.guardian_id);
      if (p) {
        receipt = {
          reference: p.reference, orderId: p.order_id ?? '', paymentId: p.payment_id ?? '', amount: Number(p.amount), paidAt: iso(p.paid_at!),
          payer: { name: roster.person(p.guardian_id)?.name ?? '', relation: guardian?.relation ?? 'guardian' },
        };
      }
    }
    return {
      id: row.id, pupilId: row.pupil_id, pupilName: roster.pupil(row.pupil_id)?.name ?? '', period: row.period, kind: row.kind,
      label: feeLabel(row.kind, row.period, Number(row.quantity)), quantity: Number(row.quantity), unitPrice: Number(row.unit_price),
      amount: Number(row.amount), status: row.status, dueDate: row.due_date, receipt,
    };
  }

  /** Issues the notices due today for `pupil` (once each, at today's amount). */
  async function issue(pupil: Pupil, today: string): Promise<void> {
    const schoolClass = roster.schoolClass(pupil.classId)!;
    for (const f of feesDue(pupil, roster.school(schoolClass.schoolId)!, today)) {
      await db.query(
        `INSERT INTO fees (id, pupil_id, period, kind, quantity, unit_price, amount, due_date, status, issued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [f.id, pupil.id, f.period, f.kind, f.quantity, f.unitPrice, f.amount, f.dueDate, f.exempt ? 'exempt' : 'unpaid', now()]);
    }
  }

  return {
    /** Every notice of `pupil`, latest due first, after issuing today's. */
    async ofPupil(pupil: Pupil, today: string): Promise<Fee[]> {
      await issue(pupil, today);
      const rows = await db.query<FeeRow>('SELECT * FROM fees WHERE pupil_id = $1 ORDER BY due_date DESC, id LIMIT $2', [pupil.id, LIMITS.page]);
      return Promise.all(rows.map(view));
    },
    /** The notice `id` if its pupil is one of `pupilIds`, else the same 404 as none. */
    async get(id: string, pupilIds: readonly string[]): Promise<Fee> {
      const [row] = await db.query<FeeRow>('SELECT * FROM fees WHERE id = $1', [id]);
      if (!row || !pupilIds.includes(row.pupil_id)) throw new SchoolError(404, 'NOT_FOUND', 'No such fee among your children\'s');
      return view(row);
    },
    /**
     * An order for the notice at the amount stored with it. At most one order is open per notice:
     * the same guardian asking again gets that one back; another guardian gets
     * `409 PAYMENT_IN_PROGRESS` until it expires. The reference is the idempotency key, so a retry
     * of the platform call can only ever make this one order.
     */
    async pay(citadel: PartnerClient, sub: string, guardianId: string, fee: Fee): Promise<FeePayment> {
      if (fee.status === 'paid') throw new SchoolError(409, 'ALREADY_PAID', 'This fee is already paid', { receipt: fee.receipt?.reference });
      if (fee.status === 'exempt' || fee.amount === 0) throw new SchoolError(422, 'NOTHING_TO_PAY', 'Nothing is due on this notice');
      const reference = `HP-${randomBytes(12).toString('base64url')}`;
      const reused = await db.transaction(async (tx) => {
        const [row] = await tx.query<FeeRow>('SELECT * FROM fees WHERE id = $1 FOR UPDATE', [fee.id]);
        if (row?.status === 'paid') throw new SchoolError(409, 'ALREADY_PAID', 'This fee is already paid');
        const [open] = await tx.query<PaymentRow>(`SELECT * FROM fee_payments WHERE fee_id = $1 AND status = 'open'`, [fee.id]);
        const live = open && open.expires_at !== null && new Date(open.expires_at).getTime() > now().getTime() + 60_000;
        if (open && live && open.sub === sub) return open;
        if (open && (open.expires_at === null || live)) {
          throw new SchoolError(409, 'PAYMENT_IN_PROGRESS', 'A payment of this fee is under way; try again in a few minutes', open.expires_at ? { until: iso(open.expires_at) } : {});
        }
        if (open) await tx.query(`UPDATE fee_payments SET status = 'closed' WHERE reference = $1`, [open.reference]);
        await tx.query(
          `INSERT INTO fee_payments (reference, fee_id, sub, guardian_id, amount, status, created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6)`,
          [reference, fee.id, sub, guardianId, fee.amount, now()]);
        return undefined;
      });
      if (reused) return { reference: reused.reference, orderId: reused.order_id!, amount: Number(reused.amount), expiresAt: iso(reused.expires_at!) };
      try {
        const schoolClass = roster.schoolClass(roster.pupil(fee.pupilId)!.classId)!;
        const school = roster.school(schoolClass.schoolId)!;
        const order = await citadel.orders.create({
          amount: fee.amount, reference, expiresInSeconds: LIMITS.orderSeconds,
          description: `${fee.label.vi} – ${fee.pupilName}, lớp ${schoolClass.name}, ${school.name.vi}`.slice(0, 200),
          metadata: { fee: fee.id, pupil: fee.pupilId },
        }, { idempotencyKey: reference });
        await db.query('UPDATE fee_payments SET order_id = $2, expires_at = $3 WHERE reference = $1', [reference, order.id, order.expiresAt]);
        return { reference, orderId: order.id, amount: fee.amount, expiresAt: iso(order.expiresAt) };
      } catch (error) {
        await db.query(`UPDATE fee_payments SET status = 'closed' WHERE reference = $1`, [reference]);
        if (!isPartnerApiError(error)) throw error;
        console.error(`school-backend: the platform refused the order: ${error.code} ${error.message}`);
        throw new SchoolError(502, 'PLATFORM_REFUSED', `The platform did not create the order (${error.code})`);
      }
    },
    /**
     * `payment.succeeded`: counts only when it matches this backend's own payment row (order id,
     * amount, currency, payer) and the fee is not already paid by another payment. Each webhook id
     * is handled once, in the same transaction; a mismatch rolls back, its id too. The payer's
     * receipt notification is stored in that transaction too (`notification`, to send once committed).
     */
    async paid(eventId: string, data: PaymentSucceededData): Promise<{ outcome: 'paid'; fee: Fee; notification: string } | 'duplicate' | 'unknown' | { mismatch: string }> {
      const done = await handleWebhookOnce(db, eventId, async (tx) => {
        const [p] = await tx.query<PaymentRow>('SELECT * FROM fee_payments WHERE reference = $1 FOR UPDATE', [data.reference]);
        if (!p) return 'unknown' as const;
        if (p.order_id !== data.orderId || Number(p.amount) !== data.amount || data.currency !== 'VND' || p.sub !== data.sub) {
          throw new WebhookMismatch(`payment.succeeded for ${data.reference} does not match the payment (order, amount, currency or payer)`);
        }
        if (p.status === 'paid') {
          if (p.payment_id === data.paymentId) return 'duplicate' as const;
          throw new WebhookMismatch(`${data.reference} was paid by ${p.payment_id}, not ${data.paymentId}`);
        }
        const [f] = await tx.query<FeeRow>('SELECT * FROM fees WHERE id = $1 FOR UPDATE', [p.fee_id]);
        if (!f || f.status !== 'unpaid' || Number(f.amount) !== data.amount) {
          throw new WebhookMismatch(`${p.fee_id} is ${f?.status ?? 'missing'}: payment ${data.paymentId} (${data.reference}) needs a refund`);
        }
        await tx.query(`UPDATE fee_payments SET status = 'paid', payment_id = $2, paid_at = $3 WHERE reference = $1`, [p.reference, data.paymentId, data.paidAt]);
        const [paidFee] = await tx.query<FeeRow>(`UPDATE fees SET status = 'paid', paid_reference = $2 WHERE id = $1 RETURNING *`, [p.fee_id, p.reference]);
        const message = paidMessage(p.sub, p.fee_id, p.reference);
        await outbox.enqueue(tx, [message]);
        return { row: paidFee!, notification: message.key };
      });
      if (typeof done === 'string' || 'mismatch' in done) return done;
      return { outcome: 'paid', fee: await view(done.row), notification: done.notification };
    },
  };
}

export type Tuition = ReturnType<typeof createTuition>;
