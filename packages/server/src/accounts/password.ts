import { randomBytes } from 'node:crypto';
import { scryptHash, scryptVerify } from './scrypt-hash.js';

/** scrypt cost: N = 2^15, r = 8, p = 3 (32 MiB), one of OWASP's Password Storage Cheat Sheet settings for scrypt. */
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;

/** Hashes a password with scrypt (memory-hard, from `node:crypto`); the result records its own parameters. */
export const hashPassword = (password: string): Promise<string> => scryptHash(password, PARAMS);

/** Checks a password against a stored hash in constant time; false for a malformed hash. */
export const verifyPassword = (password: string, stored: string): Promise<boolean> => scryptVerify(password, stored);

/**
 * A hash of a random password, checked when a phone number is unknown so that sign-in takes the
 * same time whether or not an account exists.
 */
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(16).toString('hex')));
}
let decoy: Promise<string> | undefined;
