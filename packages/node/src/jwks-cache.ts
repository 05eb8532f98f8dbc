import { createRemoteJWKSet } from 'jose';

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

/** Enough for any backend (it talks to one platform); the bound keeps a misuse from growing memory. */
const MAX_KEY_SETS = 16;

// The one piece of module state in this package, on purpose: a key set is public data, the
// same for every caller of one URL, and sharing it is what keeps `verifyIdToken` from fetching
// the JWKS on every request. jose refreshes it after 10 minutes, and at most every 30 seconds
// when a token names a `kid` it has not seen (a key rotation).
const keySets = new Map<string, RemoteKeySet>();

/** The remote key set for `url`, created on first use and shared by every later call. */
export function remoteKeySet(url: URL): RemoteKeySet {
  const cached = keySets.get(url.href);
  if (cached) return cached;
  if (keySets.size >= MAX_KEY_SETS) {
    const oldest = keySets.keys().next();
    if (!oldest.done) keySets.delete(oldest.value);
  }
  const created = createRemoteJWKSet(url);
  keySets.set(url.href, created);
  return created;
}
