/** `PA-2026-000123`: the year the report was received (Vietnam time) and its number, at least 6 digits. */
export function trackingCode(year: number, number: number): string {
  return `PA-${year}-${String(number).padStart(6, '0')}`;
}

/** A tracking code as the app and the deep link carry it. */
export const TRACKING_CODE = /^PA-\d{4}-\d{6,12}$/;

/** The year in Vietnam (UTC+7, no daylight saving) at `at`. */
export const vietnamYear = (at: Date): number => new Date(at.getTime() + 7 * 3_600_000).getUTCFullYear();
