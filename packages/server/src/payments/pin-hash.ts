import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt N = 2^12, r = 8, p = 1 (4 MiB) with a 16-byte salt per citizen. Measured on the development machine
 * (2 shared cores, busy): 16 ms per PIN against 385 ms for the account password's N = 2^15, p = 3, so a payment costs
 * about a twenty-fifth of a password check. A six-digit PIN has only a million values, so no hash protects it from
 * someone who holds the table for long; this cost makes that search about four core-hours per citizen instead of
 * seconds, and a salt per citizen stops one search serving two rows. Online guessing is stopped by the lock after
 * 5 wrong tries (docs/security-model.md, "Payment PIN").
 */
const PARAMS = { N: 2 ** 12, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

const derive = (pin: string, salt: Buffer, params: { N: number; r: number; p: number }) =>
  new Promise<Buffer>((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, { ...params, maxmem: 256 * params.N * params.r }, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** Hashes a payment PIN; the result records its parameters and salt. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Checks a PIN against its stored hash in constant time; false for a malformed hash. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(pin, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
