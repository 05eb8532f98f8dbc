import type { JWTPayload } from 'jose';
import { RECEIPT_CLAIM_NAMES as CLAIM } from '@citadel/protocol/tokens';
import { claimReader } from './claim-reader.js';
import { refuseReceipt } from './receipt-error.js';

/** What a verified payment receipt proves, in camelCase. Compare `orderId` and `amount` with your own records. */
export interface ReceiptClaims {
  /** The payment (`payment_id` claim). */
  readonly paymentId: string;
  /** Your order it paid (`order_id` claim). */
  readonly orderId: string;
  /** What the citizen paid, in VND. */
  readonly amount: number;
  /** Always `VND`. */
  readonly currency: 'VND';
  /** Your own reference of the order. */
  readonly reference: string;
  /** The payer's pairwise id for your app: the same `sub` as in their identity tokens. */
  readonly sub: string;
  /** When the payment happened, in seconds since the epoch. */
  readonly iat: number;
}

/** Reads the claims of a verified receipt payload, checking each claim's type. Throws `ReceiptError` `MALFORMED`. */
export function readReceiptClaims(payload: JWTPayload): ReceiptClaims {
  const read = claimReader(payload, refuseReceipt);
  if (payload[CLAIM.currency] !== 'VND') throw refuseReceipt('MALFORMED', `The "${CLAIM.currency}" claim must be VND`);
  read.singleAudience();
  return {
    paymentId: read.requiredString(CLAIM.paymentId),
    orderId: read.requiredString(CLAIM.orderId),
    amount: read.positiveWholeNumber(CLAIM.amount),
    currency: 'VND',
    reference: read.requiredString(CLAIM.reference),
    sub: read.requiredString('sub'),
    iat: read.requiredTime('iat'),
  };
}
