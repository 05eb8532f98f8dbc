/** The `typ` header every payment receipt carries, so a receipt never passes for an identity token, or the reverse. */
export const RECEIPT_TYPE = 'citadel-receipt+jwt';

/**
 * The claims a receipt carries beyond the registered ones, by what they mean. A receipt has no
 * `exp`: it is lasting proof that a payment happened, and its `iat` is when.
 */
export const RECEIPT_CLAIM_NAMES = {
  paymentId: 'payment_id',
  orderId: 'order_id',
  amount: 'amount',
  currency: 'currency',
  reference: 'reference',
} as const;

/** Every claim a receipt must carry. */
export const RECEIPT_REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'iat', ...Object.values(RECEIPT_CLAIM_NAMES)] as const;
