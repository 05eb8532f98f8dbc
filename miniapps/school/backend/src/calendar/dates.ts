/** Dates as `YYYY-MM-DD` strings, computed in UTC so no local time zone can shift them. */

const DAY_MS = 86_400_000;
/** Vietnam is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Today's date in Vietnam at `now`. */
export const vietnamDate = (now: Date): string => fromMs(now.getTime() + VIETNAM_OFFSET_MS);

/** True for a real calendar date (`2026-02-30` is not one). */
export const isRealDate = (iso: string): boolean => ISO_DATE.test(iso) && fromMs(toMs(iso)) === iso;

export const addDays = (iso: string, days: number): string => fromMs(toMs(iso) + days * DAY_MS);

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (iso: string): number => ((new Date(toMs(iso)).getUTCDay() + 6) % 7) + 1;

/** Every date from `from` to `to`, both included (none when `to` is earlier). */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
