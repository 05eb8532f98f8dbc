/** Vietnam's one offset all year (UTC+7, no daylight saving): the notification quota's day starts at its midnight. */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** When the Vietnam calendar day of `now` began and when it ends (the quota's reset). */
export function vietnamDayOf(now: Date): { readonly start: Date; readonly end: Date } {
  const start = Math.floor((now.getTime() + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}
