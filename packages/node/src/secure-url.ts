import { isLoopbackHost } from '@citadel/protocol';

/**
 * Parses `value` as the origin of a Citadel platform: `https:`, or `http:` on a loopback host
 * only (keys or credentials fetched over plain HTTP from elsewhere could be swapped on the way).
 * No user info, path, query or fragment. Throws `TypeError` naming `label` otherwise.
 */
export function parsePlatformOrigin(value: string, label: string): URL {
  const url = parseSecureUrl(value, label);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new TypeError(`${label} must be an origin such as https://hue-s.example.vn, without a path: got ${value}`);
  }
  return url;
}

/** Parses `value` as an `https:` URL, or `http:` on a loopback host. Throws `TypeError` naming `label` otherwise. */
export function parseSecureUrl(value: string, label: string): URL {
  if (typeof value !== 'string' || !URL.canParse(value)) throw new TypeError(`${label} must be an absolute URL`);
  const url = new URL(value);
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!secure) throw new TypeError(`${label} must use https: (http: only on localhost): got ${url.origin}`);
  if (url.username !== '' || url.password !== '') throw new TypeError(`${label} must not carry a user name or password`);
  return url;
}
