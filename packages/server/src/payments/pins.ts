import { PIN_TRIES, type PinStatus } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { hashPin, verifyPin } from './pin-hash.js';

/** The payment PIN and anti-phishing words of each citizen (`payment_pins`). */
export function createPins(db: Queryable) {
  return {
    /** Whether the citizen has a PIN, whether it is locked, and their anti-phishing words. */
    async status(citizenId: string): Promise<PinStatus> {
      const [row] = await db.query<{ failures: number; anti_phishing_words: string }>(
        'SELECT failures, anti_phishing_words FROM payment_pins WHERE citizen_id = $1', [citizenId]);
      return { set: row !== undefined, locked: (row?.failures ?? 0) >= PIN_TRIES, words: row?.anti_phishing_words ?? null };
    },
    /** Sets or replaces the PIN and words and clears the failures. Call only after a `pin` code was confirmed. */
    async set(citizenId: string, pin: string, words: string): Promise<PinStatus> {
      await db.query(
        `INSERT INTO payment_pins (citizen_id, pin_hash, anti_phishing_words) VALUES ($1, $2, $3)
         ON CONFLICT (citizen_id) DO UPDATE SET pin_hash = $2, anti_phishing_words = $3, failures = 0, updated_at = now()`,
        [citizenId, await hashPin(pin), words]);
      return { set: true, locked: false, words };
    },
    /**
     * Checks a PIN for a payment. A try is taken before the hash is compared, in one statement that refuses a
     * sixth, so parallel guesses cannot pass the limit; the right PIN gives the tries back. Throws `PIN_NOT_SET`,
     * `PIN_LOCKED` or `STEP_UP_FAILED` (with `triesLeft`).
     */
    async check(citizenId: string, pin: string): Promise<void> {
      const [row] = await db.query<{ failures: number; pin_hash: string }>(
        'UPDATE payment_pins SET failures = failures + 1 WHERE citizen_id = $1 AND failures < $2 RETURNING failures, pin_hash',
        [citizenId, PIN_TRIES]);
      if (!row) {
        const known = await db.query('SELECT 1 FROM payment_pins WHERE citizen_id = $1', [citizenId]);
        if (known.length === 0) throw new ApiError(403, 'PIN_NOT_SET', 'Set a payment PIN first (it needs a code sent to your phone)');
        throw new ApiError(423, 'PIN_LOCKED', `The payment PIN is locked after ${PIN_TRIES} wrong tries: reset it with a code sent to your phone`);
      }
      if (await verifyPin(pin, row.pin_hash)) {
        await db.query('UPDATE payment_pins SET failures = 0 WHERE citizen_id = $1 AND failures > 0', [citizenId]);
        return;
      }
      const triesLeft = PIN_TRIES - row.failures;
      if (triesLeft <= 0) throw new ApiError(423, 'PIN_LOCKED', `The payment PIN is locked after ${PIN_TRIES} wrong tries: reset it with a code sent to your phone`);
      throw new ApiError(401, 'STEP_UP_FAILED', `Wrong PIN: ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left`, { triesLeft });
    },
  };
}
