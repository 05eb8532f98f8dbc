import { jwtVerify, type JWTPayload } from 'jose';
import { ID_TOKEN_ALGORITHM, ID_TOKEN_MAX_LIFETIME_SECONDS, ID_TOKEN_TYPE } from './id-token-constants.js';
import { readClaims, type IdTokenClaims } from './id-token-claims.js';
import { IdTokenError } from './id-token-error.js';
import { toIdTokenError } from './jose-error.js';
import { keyResolver } from './key-resolver.js';
import { resolveVerifyOptions, type VerifyIdTokenOptions, type VerifySettings } from './verify-options.js';

/** Tokens are a few hundred bytes; refuse anything far larger before parsing it. */
const MAX_TOKEN_LENGTH = 8192;

/** The claims jose must find before it checks anything else about them. */
const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'iat', 'exp', 'nonce'];

async function verifySignatureAndStandardClaims(token: string, settings: VerifySettings): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, keyResolver(settings.jwksUrl), {
      algorithms: [ID_TOKEN_ALGORITHM],
      typ: ID_TOKEN_TYPE,
      issuer: settings.issuer,
      audience: settings.appId,
      requiredClaims: REQUIRED_CLAIMS,
      clockTolerance: settings.clockToleranceSeconds,
      currentDate: settings.now,
    });
    return payload;
  } catch (error) {
    throw toIdTokenError(error);
  }
}

/** Checks what jose leaves to the caller: `iat` not in the future, the lifetime cap, the nonce. */
function checkCitadelRules(claims: IdTokenClaims, settings: VerifySettings): void {
  const now = Math.floor(settings.now.getTime() / 1000);
  if (claims.iat > now + settings.clockToleranceSeconds) {
    throw new IdTokenError('NOT_YET_VALID', 'The token was issued in the future ("iat")');
  }
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
 * clock tolerance; each claim's type; `iat` not in the future; `exp - iat` ≤ 300 s; the nonce.
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
  if (typeof token !== 'string' || token === '' || token.length > MAX_TOKEN_LENGTH) {
    throw new IdTokenError('MALFORMED', `The token must be a compact JWT of at most ${MAX_TOKEN_LENGTH} characters`);
  }
  const payload = await verifySignatureAndStandardClaims(token, settings);
  const claims = readClaims(payload);
  checkCitadelRules(claims, settings);
  return claims;
}
