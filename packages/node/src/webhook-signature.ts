import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from './webhook-error.js';

const ENTRY = /^v\d+,[A-Za-z0-9+/=]+$/;

/**
 * The HMAC-SHA256 of `${id}.${timestamp}.${body}` under `key`: what a `v1` signature carries.
 * The one computation behind both `signWebhook` and `verifyWebhook`.
 */
export function webhookMac(key: Buffer, id: string, timestamp: string, body: string | Uint8Array): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
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
 * True when one of `signatures` is the `webhookMac` of `id`, `timestamp` and `body`. Each
 * comparison takes the same time whatever the bytes (`timingSafeEqual`); a signature of the
 * wrong length cannot match and is skipped without comparing, which reveals nothing secret.
 */
export function hasValidSignature(key: Buffer, id: string, timestamp: string, body: Buffer, signatures: readonly Buffer[]): boolean {
  const expected = webhookMac(key, id, timestamp, body);
  let valid = false;
  for (const signature of signatures) {
    if (signature.length === expected.length && timingSafeEqual(signature, expected)) valid = true;
  }
  return valid;
}
