import type { Relation, Text } from '../roster/roster-types.js';

/** What a fee is for; the school sets each amount (`fee-schedule.ts`). */
export type FeeKind = 'hoc-phi' | 'bhyt' | 'nuoc-uong' | 'ban-tru-an' | 'ban-tru-cham-soc';

/** The proof of one fee's payment, from the platform's verified webhook. */
export interface Receipt {
  /** This backend's own reference for the payment (`HP-…`): the receipt number. */
  readonly reference: string;
  readonly orderId: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly paidAt: string;
  readonly payer: { readonly name: string; readonly relation: Relation };
}

/** One fee notice for one child. */
export interface Fee {
  /** `<pupil>_<period>_<kind>`, such as `hs-301_2026-12_ban-tru-an`. */
  readonly id: string;
  readonly pupilId: string;
  readonly pupilName: string;
  /** `YYYY-MM` for a month, `YYYY-hk1` / `YYYY-hk2` for a term of the school year starting in YYYY. */
  readonly period: string;
  readonly kind: FeeKind;
  readonly label: Text;
  readonly quantity: number;
  readonly unitPrice: number;
  /** Whole VND. */
  readonly amount: number;
  readonly status: 'unpaid' | 'paid' | 'exempt';
  readonly dueDate: string;
  readonly receipt: Receipt | null;
}

/** An order the guardian pays in the host's sheet. */
export interface FeePayment {
  readonly reference: string;
  readonly orderId: string;
  readonly amount: number;
  readonly expiresAt: string;
}
