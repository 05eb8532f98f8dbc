import { CIVIC_TIME_ZONE, isCivicZone, phoneTimeZone } from './civic-time.js';
import { localeOf, type Lang } from './lang.js';

/** Options of `formatMoment`. */
export interface MomentOptions {
  /** The date alone, as it is in Huế (`3 thg 6, 2026`), without the time or the zone. Default false. */
  readonly dateOnly?: boolean;
  /** The phone's time zone, compared with Huế's to decide whether to name the zone. Default: the runtime's (`phoneTimeZone()`). */
  readonly phoneZone?: string;
}

type Shape = 'date' | 'date-time' | 'date-time-zone';

// Building a formatter is slow on cheap phones: each is made once, when first needed.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, shape: Shape): Intl.DateTimeFormat {
  const key = `${lang}:${shape}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // The parts of `dateStyle: 'medium', timeStyle: 'short'`, spelt out because the styles cannot carry a zone name.
    formatter = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone: CIVIC_TIME_ZONE, year: 'numeric', month: 'short', day: 'numeric',
      ...(shape === 'date' ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      ...(shape === 'date-time-zone' ? { timeZoneName: 'short' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A moment as a date and time in Huế, in the citizen's language: `14:05 3 thg 6, 2026`, `3 Jun 2026, 14:05`. On a
 * phone set to another time zone the zone is named (`3 Jun 2026, 14:05 GMT+7`), so the time is never read as the
 * phone's own; with `dateOnly`, the day it is in Huế. `value` is an ISO 8601 time as the platform sends it, milliseconds since the epoch, or a `Date`;
 * `''` when it is not a time.
 */
export function formatMoment(value: string | number | Date, lang: Lang, options: MomentOptions = {}): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return '';
  if (options.dateOnly) return formatterFor(lang, 'date').format(date);
  const elsewhere = !isCivicZone(options.phoneZone ?? phoneTimeZone());
  return formatterFor(lang, elsewhere ? 'date-time-zone' : 'date-time').format(date);
}
