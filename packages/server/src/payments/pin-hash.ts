import { scryptHash, scryptVerify } from '../accounts/scrypt-hash.js';

/**
 * scrypt N = 2^12, r = 8, p = 1 (4 MiB) with a 16-byte salt per citizen. Measured on the development machine
 * (2 shared cores, busy): 16 ms per PIN against 385 ms for the account password's N = 2^15, p = 3, so a payment costs
 * about a twenty-fifth of a password check. A six-digit PIN has only a million values, so no hash protects it from
 * someone who holds the table for long; this cost makes that search about four core-hours per citizen instead of
 * seconds, and a salt per citizen stops one search serving two rows. Online guessing is stopped by the lock after
 * 5 wrong tries (docs/security-model.md, "Payment PIN").
 */
const PARAMS = { N: 2 ** 12, r: 8, p: 1 } as const;

/** Hashes a payment PIN; the result records its parameters and salt. */
export const hashPin = (pin: string): Promise<string> => scryptHash(pin, PARAMS);

/** Checks a PIN against its stored hash in constant time; false for a malformed hash. */
export const verifyPin = (pin: string, stored: string): Promise<boolean> => scryptVerify(pin, stored);
