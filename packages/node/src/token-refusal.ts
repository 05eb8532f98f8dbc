/**
 * Why a token signed by the platform (an identity token, a payment receipt) was refused, for
 * every kind of such token: a closed set, stable across versions, safe to send back as a `code`.
 */
export const TokenRefusalReason = {
  /** Not a compact JWS with a JSON header and claims, no `kid`, or a claim of the wrong type or value. */
  MALFORMED: 'MALFORMED',
  /** The `typ` header is missing or is not this kind of token's (`citadel-id+jwt`, `citadel-receipt+jwt`). */
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
  /** A required claim is absent. */
  MISSING_CLAIM: 'MISSING_CLAIM',
  /** The key set could not be fetched or read: the token may be fine, try again later. */
  JWKS_UNAVAILABLE: 'JWKS_UNAVAILABLE',
} as const;

/** One of the reasons any platform-signed token can be refused for. */
export type TokenRefusalReason = (typeof TokenRefusalReason)[keyof typeof TokenRefusalReason];

/** Builds the error one verifier rejects with (`IdTokenError`, `ReceiptError`) for a shared reason. */
export type RefusalFactory = (reason: TokenRefusalReason, message: string, options?: { readonly cause?: unknown }) => Error;
