import { RECEIPT_CLAIM_NAMES as CLAIM, RECEIPT_TYPE } from '@citadel/protocol/tokens';
import type { PaymentSucceededData } from '@citadel/protocol/webhooks';
import type { JwsSigner } from './jws-signer.js';

/** The payment receipt of `payment`, as `payments.pay` hands it to the mini-app: no expiry, `iat` when it was paid. */
export function signReceipt(signer: JwsSigner, issuer: string, appId: string, payment: PaymentSucceededData): string {
  return signer.sign(RECEIPT_TYPE, {
    iss: issuer, aud: appId, sub: payment.sub, iat: Math.floor(Date.parse(payment.paidAt) / 1000),
    [CLAIM.paymentId]: payment.paymentId, [CLAIM.orderId]: payment.orderId, [CLAIM.amount]: payment.amount,
    [CLAIM.currency]: payment.currency, [CLAIM.reference]: payment.reference,
  });
}
