/**
 * Why an identity token was refused: a closed set, stable across versions, safe to send back to
 * a client as an error `code`.
 */
export const IdTokenErrorReason = {
  /** Not a compact JWS with a JSON header and claims, no `kid`, or a claim of the wrong type. */
  MALFORMED: 'MALFORMED',
  /** The `typ` header is missing or is not `citadel-id+jwt`: some other kind of token. */
  WRONG_TYPE: 'WRONG_TYPE',
  /** The `alg` header is not `ES256` (this includes `none` and every HMAC algorithm). */
  WRONG_ALGORITHM: 'WRONG_ALGORITHM',
  /** No key in the platform's key set has the token's `kid` (or more than one has). */
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  /** The signature does not verify with the key the `kid` names: the token was altered or forged. */
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  /** `iss` is not the platform origin you configured. */
  WRONG_ISSUER: 'WRONG_ISSUER',
  /** `aud` is not your app id: the token was issued to another app. */
  WRONG_AUDIENCE: 'WRONG_AUDIENCE',
  /** `exp` has passed (beyond the clock tolerance). */
  EXPIRED: 'EXPIRED',
  /** `iat` or `nbf` is in the future (beyond the clock tolerance). */
  NOT_YET_VALID: 'NOT_YET_VALID',
  /** `exp - iat` is over 300 seconds: Citadel never issues such a token. */
  LIFETIME_TOO_LONG: 'LIFETIME_TOO_LONG',
  /** A required claim (`iss`, `aud`, `sub`, `iat`, `exp`, `nonce`) is absent. */
  MISSING_CLAIM: 'MISSING_CLAIM',
  /** `nonce` is not the nonce you expected for this sign-in. */
  NONCE_MISMATCH: 'NONCE_MISMATCH',
  /** The key set could not be fetched or read: the token may be fine, try again later. */
  JWKS_UNAVAILABLE: 'JWKS_UNAVAILABLE',
} as const;

/** One of the closed set of reasons an identity token is refused. */
export type IdTokenErrorReason = (typeof IdTokenErrorReason)[keyof typeof IdTokenErrorReason];

/** The one error `verifyIdToken` rejects with when a token is refused. */
export class IdTokenError extends Error {
  override readonly name = 'IdTokenError';
  /** Why the token was refused. */
  readonly reason: IdTokenErrorReason;

  constructor(reason: IdTokenErrorReason, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }

  /** The wire form `{ code, message }`, as a partner backend answers it; never the stack or the cause. */
  toJSON(): { readonly code: IdTokenErrorReason; readonly message: string } {
    return { code: this.reason, message: this.message };
  }
}

/** True when `value` is an `IdTokenError`. */
export function isIdTokenError(value: unknown): value is IdTokenError {
  return value instanceof IdTokenError;
}
