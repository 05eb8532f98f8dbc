/**
 * The platform's one date, time and money formatter (`@citadel/sdk/format`), under the names the demo apps write:
 * the host formats with the same functions, so a time reads alike in the host and in every app.
 */
import { formatMoment, type Lang } from '@citadel/sdk/format';

export { formatDate, formatMoment as when, formatMoney as vnd, type Lang } from '@citadel/sdk/format';

/** A moment as the day it is in Huế (`3 thg 6, 2026`), whatever the phone's time zone. */
export const dayOf = (value: string | number | Date, lang: Lang): string => formatMoment(value, lang, { dateOnly: true });

/** Fills `{name}` placeholders; one without a value stays as it is, so a missing value shows. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
