import { RefusalError } from './refusal-error.js';
import { TokenRefusalReason, type RefusalFactory } from './token-refusal.js';

/**
 * Why an identity token was refused: a closed set, stable across versions, safe to send back to
 * a client as an error `code`. The reasons shared with receipts, and two of its own.
 */
export const IdTokenErrorReason = {
  ...TokenRefusalReason,
  /** `exp - iat` is over 300 seconds: Citadel never issues such a token. */
  LIFETIME_TOO_LONG: 'LIFETIME_TOO_LONG',
  /** `nonce` is not the nonce you expected for this sign-in. */
  NONCE_MISMATCH: 'NONCE_MISMATCH',
  /** This token's nonce was already accepted (only with a `replayStore`). */
  REPLAYED: 'REPLAYED',
} as const;

/** One of the closed set of reasons an identity token is refused. */
export type IdTokenErrorReason = (typeof IdTokenErrorReason)[keyof typeof IdTokenErrorReason];

/** The one error `verifyIdToken` rejects with when a token is refused. */
export class IdTokenError extends RefusalError<IdTokenErrorReason> {
  override readonly name = 'IdTokenError';
}

/** True when `value` is an `IdTokenError`. */
export function isIdTokenError(value: unknown): value is IdTokenError {
  return value instanceof IdTokenError;
}

/** Builds an `IdTokenError` for a shared reason (for the shared verification steps). */
export const refuseIdToken: RefusalFactory = (reason, message, options) => new IdTokenError(reason, message, options);
