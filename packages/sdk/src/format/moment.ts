import { CIVIC_TIME_ZONE, phoneTimeZone } from './civic-time.js';
import { localeOf, type Lang } from './lang.js';

/** Options of `formatMoment`. */
export interface MomentOptions {
  /** The phone's time zone, compared with Huế's to decide whether to name the zone. Default: the runtime's (`phoneTimeZone()`). */
  readonly phoneZone?: string;
}

// Building a formatter is slow on cheap phones: each of the four is made once, when first needed.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, withZone: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // The parts of `dateStyle: 'medium', timeStyle: 'short'`, spelt out because the styles cannot carry a zone name.
    formatter = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone: CIVIC_TIME_ZONE, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      ...(withZone ? { timeZoneName: 'short' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A moment as a date and time in Huế, in the citizen's language: `14:05 3 thg 6, 2026`, `3 Jun 2026, 14:05`. On a
 * phone set to another time zone the zone is named (`3 Jun 2026, 14:05 GMT+7`), so the time is never read as the
 * phone's own. `value` is an ISO 8601 time as the platform sends it, milliseconds since the epoch, or a `Date`;
 * `''` when it is not a time.
 */
export function formatMoment(value: string | number | Date, lang: Lang, options: MomentOptions = {}): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return '';
  const zone = options.phoneZone ?? phoneTimeZone();
  return formatterFor(lang, zone !== CIVIC_TIME_ZONE).format(date);
}
