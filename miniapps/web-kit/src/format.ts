/** The two languages the demo apps speak: the host's `client.context.lang`, Vietnamese first. */
export type Lang = 'vi' | 'en';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** Fills `{name}` placeholders; one without a value stays as it is, so a missing value shows. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

/** Whole dong as the citizen reads it: `690.000 ₫`. */
export const vnd = (amount: number, lang: Lang): string =>
  new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);

/** A moment as a date and time in Huế, whatever the phone's time zone. */
export const when = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleString(locale(lang), { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });

/** A moment as a date in Huế. */
export const dayOf = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleDateString(locale(lang), { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' });
