import type { JWTVerifyGetKey } from 'jose';
import { remoteKeySet } from './jwks-cache.js';
import type { RefusalFactory } from './token-refusal.js';

/**
 * The key lookup `jwtVerify` calls once the algorithm is allowed. Errors are classified here,
 * where their origin is known: a `kid` the set lacks is `UNKNOWN_KEY`; any failure to fetch or
 * read the set is `JWKS_UNAVAILABLE`, so a network error never looks like a forged token.
 */
export function keyResolver(jwksUrl: URL, refuse: RefusalFactory): JWTVerifyGetKey {
  const keySet = remoteKeySet(jwksUrl);
  return async (header, token) => {
    if (typeof header.kid !== 'string' || header.kid === '') throw refuse('MALFORMED', 'The token header has no "kid"');
    try {
      return await keySet(header, token);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ERR_JWKS_NO_MATCHING_KEY' || code === 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') {
        throw refuse('UNKNOWN_KEY', `No single ES256 key with kid "${header.kid}" in ${jwksUrl.href}`, { cause: error });
      }
      throw refuse('JWKS_UNAVAILABLE', `Could not load the signing keys from ${jwksUrl.href}`, { cause: error });
    }
  };
}
