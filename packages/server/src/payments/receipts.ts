import { SignJWT } from 'jose';
import { RECEIPT_CLAIM_NAMES as CLAIM, RECEIPT_TYPE, TOKEN_ALGORITHM } from '@citadel/protocol/tokens';
import type { createSigningKeys } from '../identity/signing-keys.js';

/** What a receipt proves. */
export interface ReceiptClaims {
  readonly appId: string;
  /** The payer's pairwise id for the app. */
  readonly subject: string;
  readonly paymentId: string;
  readonly orderId: string;
  readonly amount: number;
  readonly reference: string;
  /** When the payment happened. */
  readonly paidAt: Date;
}

/**
 * Signs a payment receipt with the platform's identity keys (the same JWKS). It carries no
 * expiry: it is lasting proof that the payment happened, for the partner to check against its order.
 */
export async function signReceipt(keys: ReturnType<typeof createSigningKeys>, issuer: string, claims: ReceiptClaims): Promise<string> {
  const key = await keys.active();
  return new SignJWT({
    [CLAIM.paymentId]: claims.paymentId, [CLAIM.orderId]: claims.orderId, [CLAIM.amount]: claims.amount, [CLAIM.currency]: 'VND', [CLAIM.reference]: claims.reference,
  })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: key.kid, typ: RECEIPT_TYPE })
    .setIssuer(issuer)
    .setAudience(claims.appId)
    .setSubject(claims.subject)
    .setIssuedAt(Math.floor(claims.paidAt.getTime() / 1000))
    .sign(key.key);
}
