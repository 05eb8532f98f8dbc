import { localeOf, type Lang } from './lang.js';

/** Options of `formatDate`. */
export interface DateOptions {
  /** Begins with the day of the week: `Thứ 6, 4 thg 12, 2026`, `Fri, 4 Dec 2026`. Default false. */
  readonly weekday?: boolean;
  /** Ends with the year. Default true; false for the day and month alone (`4 thg 12`, `4 Dec`): a chart's day axis. */
  readonly year?: boolean;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (`YYYY-MM-DD`: a birth date, a school day, a billing day) in the citizen's language, as
 * `formatMoment` writes a moment's date: `4 thg 12, 2026`, `4 Dec 2026`. A calendar date has no time zone, so it
 * never shifts by a day on a phone elsewhere. Anything that is not such a date is returned as given.
 */
export function formatDate(value: string, lang: Lang, options: DateOptions = {}): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCDate() !== Number(match[3])) return value; // 2026-02-30 is no day
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: 'UTC', month: 'short', day: 'numeric', ...(options.year === false ? {} : { year: 'numeric' }), ...(options.weekday ? { weekday: 'short' } : {}),
  }).format(date);
}
