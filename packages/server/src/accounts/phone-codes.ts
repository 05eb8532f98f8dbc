import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { OtpPurpose } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { otpText } from '../sms/otp-text.js';
import type { SmsSender } from '../sms/sms-sender.js';
import { checkOtpSendLimits, type OtpSendLimits } from './otp-limits.js';

/** How long a code lives: 5 minutes. */
export const OTP_LIFETIME_SECONDS = 300;
/** Wrong codes allowed before a code is dead: 5. */
export const OTP_TRIES = 5;

/**
 * Only a digest of a code is stored: SHA-256 over the row's random id and the code. Six digits are a million
 * guesses, which no hash makes slow enough to stop someone holding the table, so the digest's job is narrower: no
 * code is readable in the database, its backups or its logs, and a digest is useless for any other row. What keeps
 * codes safe is their 5-minute life and 5 tries (docs/security-model.md, "Verified phone numbers").
 */
const digestOf = (id: string, code: string) => createHash('sha256').update(`${id}:${code}`).digest();

const expired = () => new ApiError(422, 'OTP_EXPIRED', 'This code is no longer valid (expired or already used): ask for a new one');
const dead = () => new ApiError(422, 'OTP_TOO_MANY_TRIES', `Too many wrong codes (${OTP_TRIES}): ask for a new one`);

/** One-time codes sent by SMS: issue (within the send limits), confirm (once, within 5 minutes and 5 tries). */
export function createPhoneCodes(db: Database, deps: { sms: SmsSender; limits: OtpSendLimits }) {
  return {
    /**
     * Stores a new code for `phone` and `purpose` and, when `deliver`, texts it. With `deliver` false (a sign-in or
     * recovery code for a number with no account) the row is stored all the same: the limits, the answer and a later
     * wrong guess behave exactly as for a real account, so nothing tells the numbers apart.
     */
    async send(input: { phone: string; purpose: OtpPurpose; ip: string; deliver: boolean }): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const id = randomUUID();
      await db.transaction(async (tx) => {
        // Serialise sends per number and per address so two at once cannot both slip under a limit.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1)), pg_advisory_xact_lock(hashtext($2))', [`otp:${input.phone}`, `otp-ip:${input.ip}`]);
        // A number's codes older than a day count for no limit any more: they go when it asks again.
        await tx.query("DELETE FROM phone_codes WHERE phone = $1 AND created_at < now() - interval '1 day'", [input.phone]);
        await checkOtpSendLimits(tx, deps.limits, input);
        await tx.query(
          `INSERT INTO phone_codes (id, phone, purpose, code_digest, client_ip, expires_at)
           VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
          [id, input.phone, input.purpose, digestOf(id, code).toString('base64url'), input.ip, OTP_LIFETIME_SECONDS]);
      });
      if (input.deliver) {
        try {
          await deps.sms.send(input.phone, otpText(code, OTP_LIFETIME_SECONDS / 60));
        } catch (error) {
          // A code that never left is worthless: kill it so it cannot be guessed either, then report the gateway's failure.
          await db.query('UPDATE phone_codes SET used_at = now() WHERE id = $1', [id]);
          console.error('[citadel] SMS gateway', error);
          throw new ApiError(503, 'INTERNAL', 'The SMS could not be sent; try again in a minute');
        }
      }
      return { expiresInSeconds: OTP_LIFETIME_SECONDS, resendAfterSeconds: deps.limits.cooldownSeconds };
    },

    /**
     * Confirms the latest code sent to `phone` for `purpose`, consuming it; throws `OTP_INVALID` (with `triesLeft`),
     * `OTP_TOO_MANY_TRIES` or `OTP_EXPIRED` (also for a code already used: a replay). A try is counted before the
     * comparison, in one statement, so parallel guesses cannot get past 5.
     */
    async confirm(phone: string, purpose: OtpPurpose, code: string): Promise<void> {
      const [latest] = await db.query<{ id: string; code_digest: string; attempts: number; live: boolean }>(
        `SELECT id, code_digest, attempts, used_at IS NULL AND expires_at > now() AS live FROM phone_codes
         WHERE phone = $1 AND purpose = $2 ORDER BY created_at DESC LIMIT 1`,
        [phone, purpose]);
      if (!latest) throw expired();
      if (latest.attempts >= OTP_TRIES) throw dead();
      if (!latest.live) throw expired();
      const [counted] = await db.query<{ attempts: number }>(
        `UPDATE phone_codes SET attempts = attempts + 1
         WHERE id = $1 AND attempts < $2 AND used_at IS NULL AND expires_at > now() RETURNING attempts`,
        [latest.id, OTP_TRIES]);
      if (!counted) throw latest.attempts + 1 >= OTP_TRIES ? dead() : expired();
      const expected = Buffer.from(latest.code_digest, 'base64url');
      if (!timingSafeEqual(digestOf(latest.id, code), expected)) {
        const triesLeft = OTP_TRIES - counted.attempts;
        if (triesLeft <= 0) throw dead();
        throw new ApiError(422, 'OTP_INVALID', `Wrong code: ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left`, { triesLeft });
      }
      const used = await db.query('UPDATE phone_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id', [latest.id]);
      if (used.length === 0) throw expired();
    },
  };
}
