/** Vietnam keeps one offset all year (UTC+7, no daylight saving), so a day there is easy to compute. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Notifications one app may send one citizen per day, unless the server is told otherwise. */
export const DEFAULT_DAILY_QUOTA = 3;

/** The calendar day in Vietnam that `now` falls in: when it began and when the quota resets. */
export function vietnamDay(now: Date): { start: Date; resetAt: Date } {
  const local = now.getTime() + VIETNAM_OFFSET_MS;
  const start = local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - VIETNAM_OFFSET_MS;
  return { start: new Date(start), resetAt: new Date(start + DAY_MS) };
}
