/** Vietnam keeps UTC+7 all year (no daylight saving): the notification quota's day, and the analytics'. */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Vietnam calendar date `now` falls in, `YYYY-MM-DD`. */
export const vietnamDate = (now: Date): string => new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** The date `days` days after `date` (`YYYY-MM-DD`; negative: before). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The instant the Vietnam day `date` begins. */
export const vietnamDayStart = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);

/** SQL of the Vietnam date (`YYYY-MM-DD`) of a `timestamptz` column, the same in PGlite and PostgreSQL (no time zone data needed). */
export const vietnamDateSql = (column: string): string => `to_char((${column} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
