import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from './webhook-error.js';

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const ENTRY = /^v\d+,[A-Za-z0-9+/=]+$/;

/**
 * The HMAC key of a webhook secret: the base64 after `whsec_` (the prefix may be left off).
 * Throws `TypeError`: a wrong secret is a configuration error, not a bad webhook.
 */
export function secretKey(secret: unknown): Buffer {
  if (typeof secret !== 'string') throw new TypeError('secret must be your webhook secret, whsec_…');
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
  if (key.length < 16) throw new TypeError('secret must be your webhook secret, whsec_ followed by base64');
  return key;
}

/**
 * The `v1` signatures in a `webhook-signature` header: a space-separated list of
 * `<version>,<base64>` (several during a secret rotation); other versions are ignored.
 * Throws `MALFORMED` when the header is not such a list.
 */
export function v1Signatures(header: string): Buffer[] {
  const entries = header.split(' ').filter((entry) => entry !== '');
  if (entries.length === 0 || !entries.every((entry) => ENTRY.test(entry))) {
    throw new WebhookVerificationError('MALFORMED', 'The webhook-signature header is not a list of v1,<base64> signatures');
  }
  return entries.filter((entry) => entry.startsWith('v1,')).map((entry) => Buffer.from(entry.slice(3), 'base64'));
}

/**
 * True when one of `signatures` is the HMAC-SHA256 of `${id}.${timestamp}.${body}` under `key`.
 * Each comparison takes the same time whatever the bytes (`timingSafeEqual`); a signature of
 * the wrong length cannot match and is skipped without comparing, which reveals nothing secret.
 */
export function hasValidSignature(key: Buffer, id: string, timestamp: string, body: Buffer, signatures: readonly Buffer[]): boolean {
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
  let valid = false;
  for (const signature of signatures) {
    if (signature.length === expected.length && timingSafeEqual(signature, expected)) valid = true;
  }
  return valid;
}
