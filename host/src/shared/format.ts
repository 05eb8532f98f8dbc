import type { Lang } from '@citadel/ui';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

/**
 * A moment in the citizen's language and time zone, such as "14:05 3 thg 6, 2025"; `''` when
 * unreadable. `value` is an ISO 8601 time, as the platform sends it, or milliseconds since the
 * epoch, as the host records its own grants.
 */
export function formatMoment(value: string | number, lang: Lang): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A `YYYY-MM-DD` calendar date in the citizen's language; as given when it is not one. */
export function formatDate(value: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  // A birth date has no time zone: format it as UTC so it never shifts by a day.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A Vietnamese number as people write it (`+84912345678` → `0912 345 678`); anything else as given. */
export function formatPhone(phone: string): string {
  const match = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return match ? `0${match[1]} ${match[2]} ${match[3]}` : phone;
}
