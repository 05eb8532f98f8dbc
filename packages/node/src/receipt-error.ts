import { RefusalError } from './refusal-error.js';
import { TokenRefusalReason, type RefusalFactory } from './token-refusal.js';

/** Why a payment receipt was refused: the reasons shared with identity tokens (receipts have no nonce and no lifetime cap). */
export const ReceiptErrorReason = TokenRefusalReason;

/** One of the closed set of reasons a receipt is refused. */
export type ReceiptErrorReason = TokenRefusalReason;

/** The one error `verifyReceipt` rejects with when a receipt is refused. */
export class ReceiptError extends RefusalError<ReceiptErrorReason> {
  override readonly name = 'ReceiptError';
}

/** True when `value` is a `ReceiptError`. */
export function isReceiptError(value: unknown): value is ReceiptError {
  return value instanceof ReceiptError;
}

/** Builds a `ReceiptError` (for the shared verification steps). */
export const refuseReceipt: RefusalFactory = (reason, message, options) => new ReceiptError(reason, message, options);
