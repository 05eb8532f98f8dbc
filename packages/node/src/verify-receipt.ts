import { readReceiptClaims, type ReceiptClaims } from './receipt-claims.js';
import { RECEIPT_REQUIRED_CLAIMS, RECEIPT_TYPE } from '@citadel/protocol/tokens';
import { isReceiptError, refuseReceipt } from './receipt-error.js';
import { resolvePlatformTokenOptions, type PlatformTokenOptions } from './verify-options.js';
import { verifyPlatformJwt, type PlatformTokenKind } from './verify-platform-jwt.js';

/** Options of `verifyReceipt`: the same as `verifyIdToken`'s, without a nonce. */
export type VerifyReceiptOptions = PlatformTokenOptions;

const RECEIPT: PlatformTokenKind = {
  typ: RECEIPT_TYPE,
  requiredClaims: RECEIPT_REQUIRED_CLAIMS,
  refuse: refuseReceipt,
  isOwn: isReceiptError,
};

/**
 * Verifies a payment receipt (the `receipt` `payments.pay` resolves with in the mini-app) and
 * resolves with what it proves. Same checks and same cached JWKS as `verifyIdToken`: ES256
 * pinned, `typ` `citadel-receipt+jwt`, the signature, `iss`, `aud` = your app, `iat` not in the
 * future, each claim's type. A receipt has no expiry: it is lasting proof of a payment.
 *
 * A valid receipt proves that a payment of `amount` for `orderId` happened; it does not prove it
 * is for the order you are fulfilling. Compare `orderId` and `amount` with your own records.
 *
 * Never throws synchronously. Rejects with `ReceiptError` (its `reason` says why) for any bad
 * receipt, and with `TypeError` when the options themselves are wrong.
 *
 * @example
 * const receipt = await verifyReceipt(jws, { appId: 'kitchen-sink', issuer: 'https://hue-s.example.vn' });
 * if (receipt.orderId !== order.citadelId || receipt.amount !== order.amount) throw new Error('not this order');
 */
export async function verifyReceipt(jws: string, options: VerifyReceiptOptions): Promise<ReceiptClaims> {
  const settings = resolvePlatformTokenOptions(options, 'verifyReceipt');
  return readReceiptClaims(await verifyPlatformJwt(jws, settings, RECEIPT));
}
