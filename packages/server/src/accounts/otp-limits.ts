import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';

/** Limits on sending one-time codes, each named in the 429 that enforces it (`limitName`). */
export interface OtpSendLimits {
  /** `per-number-cooldown`: seconds between two codes to one number for one purpose. Default 60. */
  readonly cooldownSeconds: number;
  /** `per-number-hour`: codes to one number (any purpose) in an hour. Default 5. */
  readonly perNumberHour: number;
  /** `per-number-day`: codes to one number (any purpose) in 24 hours. Default 10. */
  readonly perNumberDay: number;
  /** `per-ip-hour`: codes requested from one client address (any number) in an hour. Default 30. */
  readonly perIpHour: number;
}

/**
 * The default limits: a citizen waiting for a slow SMS may ask again after a minute, and a whole sign-up, new-device
 * sign-in and PIN set-up fit in one hour; a script cycling numbers from one address is stopped at 30 an hour (not fewer: Vietnamese mobile networks put many
 * subscribers behind one carrier-grade NAT address), and no
 * number receives more than 10 texts a day (SMS bombing, and the operator's SMS bill).
 */
export const defaultOtpSendLimits: OtpSendLimits = { cooldownSeconds: 60, perNumberHour: 5, perNumberDay: 10, perIpHour: 30 };

const HOUR = 3600;
const DAY = 86_400;

interface Counts {
  cooldown_left: number | null; hour_count: number; hour_left: number | null; day_count: number; day_left: number | null;
  ip_count: number; ip_left: number | null;
}

/**
 * Throws 429 `OTP_SEND_LIMITED` naming the first limit a new code to `phone` from `ip` would pass, with its size,
 * window and `retryAfterSeconds`. Call inside the transaction that then stores the code, after locking the number
 * and the address, so two requests at once cannot both pass.
 */
export async function checkOtpSendLimits(tx: Queryable, limits: OtpSendLimits, input: { phone: string; purpose: string; ip: string }): Promise<void> {
  // Seconds until the oldest code in each window leaves it (the time to wait once the window is full).
  const [row] = await tx.query<Counts>(
    `SELECT
       ceil(extract(epoch FROM max(created_at) FILTER (WHERE purpose = $3 AND created_at > now() - make_interval(secs => $4))
         + make_interval(secs => $4) - now()))::int AS cooldown_left,
       count(*) FILTER (WHERE created_at > now() - make_interval(secs => ${HOUR}))::int AS hour_count,
       ceil(extract(epoch FROM min(created_at) FILTER (WHERE created_at > now() - make_interval(secs => ${HOUR}))
         + make_interval(secs => ${HOUR}) - now()))::int AS hour_left,
       count(*)::int AS day_count,
       ceil(extract(epoch FROM min(created_at) + make_interval(secs => ${DAY}) - now()))::int AS day_left,
       (SELECT count(*) FROM phone_codes WHERE client_ip = $2 AND created_at > now() - make_interval(secs => ${HOUR}))::int AS ip_count,
       (SELECT ceil(extract(epoch FROM min(created_at) + make_interval(secs => ${HOUR}) - now()))::int
          FROM phone_codes WHERE client_ip = $2 AND created_at > now() - make_interval(secs => ${HOUR})) AS ip_left
     FROM phone_codes WHERE phone = $1 AND created_at > now() - make_interval(secs => ${DAY})`,
    [input.phone, input.ip, input.purpose, limits.cooldownSeconds]);
  const checks = [
    { name: 'per-number-cooldown', over: row?.cooldown_left != null, limit: 1, windowSeconds: limits.cooldownSeconds, left: row?.cooldown_left, what: 'one code per number and purpose' },
    { name: 'per-number-hour', over: (row?.hour_count ?? 0) >= limits.perNumberHour, limit: limits.perNumberHour, windowSeconds: HOUR, left: row?.hour_left, what: `${limits.perNumberHour} codes per number` },
    { name: 'per-number-day', over: (row?.day_count ?? 0) >= limits.perNumberDay, limit: limits.perNumberDay, windowSeconds: DAY, left: row?.day_left, what: `${limits.perNumberDay} codes per number` },
    { name: 'per-ip-hour', over: (row?.ip_count ?? 0) >= limits.perIpHour, limit: limits.perIpHour, windowSeconds: HOUR, left: row?.ip_left, what: `${limits.perIpHour} codes per address` },
  ];
  const hit = checks.find((c) => c.over);
  if (!hit) return;
  const retryAfterSeconds = Math.max(1, hit.left ?? hit.windowSeconds);
  throw new ApiError(429, 'OTP_SEND_LIMITED',
    `Too many codes: at most ${hit.what} in ${hit.windowSeconds} seconds (${hit.name}). Try again in ${retryAfterSeconds} seconds.`,
    { limitName: hit.name, limit: hit.limit, windowSeconds: hit.windowSeconds, retryAfterSeconds });
}
