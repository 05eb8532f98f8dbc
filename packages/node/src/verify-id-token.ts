import { ID_TOKEN_MAX_LIFETIME_SECONDS, ID_TOKEN_REQUIRED_CLAIMS, ID_TOKEN_TYPE } from '@citadel/protocol/tokens';
import { readClaims, type IdTokenClaims } from './id-token-claims.js';
import { IdTokenError, isIdTokenError, refuseIdToken } from './id-token-error.js';
import { resolveVerifyOptions, type VerifyIdTokenOptions, type VerifySettings } from './verify-options.js';
import { verifyPlatformJwt, type PlatformTokenKind } from './verify-platform-jwt.js';

const ID_TOKEN: PlatformTokenKind = {
  typ: ID_TOKEN_TYPE,
  requiredClaims: ID_TOKEN_REQUIRED_CLAIMS,
  refuse: refuseIdToken,
  isOwn: isIdTokenError,
};

/** Checks what only identity tokens have: the lifetime cap and the nonce. */
function checkIdTokenRules(claims: IdTokenClaims, settings: VerifySettings): void {
  if (claims.exp - claims.iat > ID_TOKEN_MAX_LIFETIME_SECONDS) {
    throw new IdTokenError('LIFETIME_TOO_LONG', `The token lives longer than ${ID_TOKEN_MAX_LIFETIME_SECONDS} seconds`);
  }
  if (settings.nonce !== undefined && claims.nonce !== settings.nonce) {
    throw new IdTokenError('NONCE_MISMATCH', 'The token "nonce" is not the one issued for this sign-in');
  }
}

/**
 * Verifies a Citadel identity token and resolves with its claims.
 *
 * Checks, in order: size and shape; `alg` is exactly ES256; the `kid` names a key in the
 * platform's JWKS (fetched once per URL and cached across calls); the signature; `typ` is
 * `citadel-id+jwt`; the required claims are present; `iss` and `aud`; `nbf` and `exp` with the
 * clock tolerance; `iat` not in the future; each claim's type; `exp - iat` ≤ 300 s; the nonce;
 * with a `replayStore`, that no token with this nonce was accepted before (`REPLAYED`).
 *
 * Never throws synchronously. Rejects with `IdTokenError` (its `reason` says why) for any bad
 * token, and with `TypeError` when the options themselves are wrong.
 *
 * @example
 * const claims = await verifyIdToken(token, { appId: 'kitchen-sink', issuer: 'https://hue-s.example.vn', nonce });
 * const user = await users.findOrCreate(claims.sub);
 */
export async function verifyIdToken(token: string, options: VerifyIdTokenOptions): Promise<IdTokenClaims> {
  const settings = resolveVerifyOptions(options);
  const claims = readClaims(await verifyPlatformJwt(token, settings, ID_TOKEN));
  checkIdTokenRules(claims, settings);
  // Last, so that only a token that passed everything uses up its nonce.
  const expiresAt = new Date((claims.exp + settings.clockToleranceSeconds) * 1000);
  if (settings.replayStore && !(await settings.replayStore.remember(`id-token:${claims.aud}:${claims.nonce}`, expiresAt))) {
    throw new IdTokenError('REPLAYED', 'A token with this nonce was already accepted');
  }
  return claims;
}
