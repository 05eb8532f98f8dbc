import type { LocalizedText } from '@citadel/protocol';
import type { Timestamp } from '../shared/format.js';

/** What moved money in or out of the wallet. */
export type HistoryKind = 'topup' | 'payment' | 'refund';

/** One line of the wallet's history, as `GET /api/wallet/history` answers. */
export interface HistoryEntry {
  readonly id: string;
  readonly kind: HistoryKind;
  /** Signed whole đồng: a payment is negative, a top-up or refund positive. */
  readonly amount: number;
  /** The app paid or refunding; `null` for a top-up. */
  readonly appId: string | null;
  /** The app's registry name in both languages. */
  readonly appName: LocalizedText | null;
  readonly description: string | null;
  /** The payment this line belongs to (payments and refunds); `null` for a top-up. */
  readonly paymentId: string | null;
  readonly at: Timestamp;
}

/** One page of history, newest first; `next` is the cursor of the page after it, `null` at the end. */
export interface HistoryPage {
  readonly entries: readonly HistoryEntry[];
  readonly next: string | null;
}

/** A top-up the platform recorded, with the balance after it. */
export interface TopUpResult {
  readonly id: string;
  readonly amount: number;
  readonly balance: number;
}

/** An order as the payment sheet shows it (`GET /api/payments/orders/:orderId?app=`). */
export interface CitizenOrder {
  readonly id: string;
  readonly appId: string;
  readonly appName: LocalizedText;
  readonly amount: number;
  readonly description: string;
  readonly status: 'open' | 'paid' | 'expired';
  readonly expiresAt: string;
}

/** What `payments.pay` resolves with in the app: the payment and its signed receipt (a JWS). */
export interface PaymentDone {
  readonly status: 'succeeded';
  readonly paymentId: string;
  readonly receipt: string;
}

/** One of the citizen's payments, as `GET /api/payments/:paymentId` answers. */
export interface Receipt {
  readonly paymentId: string;
  readonly orderId: string;
  readonly appId: string;
  readonly appName: LocalizedText;
  readonly amount: number;
  /** How much of it was refunded so far. */
  readonly refunded: number;
  readonly description: string;
  readonly reference: string;
  readonly paidAt: Timestamp;
}
