import type { IncomingMessage } from 'node:http';
import { isIdTokenError, verifyIdToken } from '@citadel/node';
import { TourismError } from '../errors.js';
import type { Nonces } from './nonces.js';

/** Where tokens come from and who they must be for. */
export interface TokenSettings {
  readonly issuer: string;
  readonly appId: string;
  readonly jwksUrl?: string;
}

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), or undefined. */
export function bearerToken(request: IncomingMessage): string | undefined {
  return /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** A refused token: its reason as the code (`EXPIRED`, `WRONG_AUDIENCE`, …), 503 when the keys are unreachable. */
export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The citizen's pairwise `sub`, from a verified identity token whose nonce this backend issued
 * and has not seen used: every call costs one nonce, so a captured token cannot be replayed.
 */
export async function authenticate(request: IncomingMessage, settings: TokenSettings, nonces: Nonces): Promise<string> {
  const token = bearerToken(request);
  if (token === undefined) throw new TourismError(401, 'MISSING_TOKEN', 'Send Authorization: Bearer <identity token>');
  if (token.length > 8192) throw new TokenRefused(401, 'MALFORMED', 'The token is over 8192 characters');
  try {
    const claims = await verifyIdToken(token, settings);
    if (!(await nonces.take(claims.nonce))) throw new TourismError(401, 'NONCE_UNKNOWN', 'The token\'s nonce was not issued here, expired or was already used: get a new one from POST /auth/nonce');
    return claims.sub;
  } catch (error) {
    if (!isIdTokenError(error)) throw error;
    throw new TokenRefused(error.reason === 'JWKS_UNAVAILABLE' ? 503 : 401, error.reason, error.message);
  }
}
