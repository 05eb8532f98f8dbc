import { isIdTokenError, verifyIdToken, type IdTokenClaims } from '@citadel/node';
import { HttpError } from '../http-error.js';
import type { Nonces } from './nonces.js';

/** Where tokens come from and who they must be for (`verifyIdToken`'s options). */
export interface TokenSettings {
  readonly issuer: string;
  readonly appId: string;
  readonly jwksUrl?: string;
}

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), or undefined. */
export function bearerToken(request: Request): string | undefined {
  return /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

const INVALID_TOKEN = { 'www-authenticate': 'Bearer error="invalid_token"' };

/**
 * The verified claims of the request's identity token, whose nonce this backend issued and has
 * not seen used: every call costs one nonce. Refusals are `401` with the token's reason as the
 * code (`EXPIRED`, `WRONG_AUDIENCE`, …, `NONCE_UNKNOWN`), `503 JWKS_UNAVAILABLE` when the
 * platform's keys cannot be fetched. `request` is the Fetch API request (Hono's `c.req.raw`).
 */
export async function authenticateCitizen(request: Request, settings: TokenSettings, nonces: Nonces): Promise<IdTokenClaims> {
  const token = bearerToken(request);
  if (token === undefined) throw new HttpError(401, 'MISSING_TOKEN', 'Send Authorization: Bearer <identity token>', {}, { 'www-authenticate': 'Bearer' });
  if (token.length > 8192) throw new HttpError(401, 'MALFORMED', 'The token is over 8192 characters', { limit: 8192 }, INVALID_TOKEN);
  let claims: IdTokenClaims;
  try {
    claims = await verifyIdToken(token, settings);
  } catch (error) {
    if (!isIdTokenError(error)) throw error;
    throw new HttpError(error.reason === 'JWKS_UNAVAILABLE' ? 503 : 401, error.reason, error.message, {}, INVALID_TOKEN);
  }
  if (!(await nonces.take(claims.nonce))) {
    throw new HttpError(401, 'NONCE_UNKNOWN', 'The token\'s nonce was not issued here, expired or was already used: get a new one from POST /auth/nonce', {}, INVALID_TOKEN);
  }
  return claims;
}
