import { localeOf, type Lang } from './lang.js';

const formatters = new Map<Lang, Intl.NumberFormat>();

/**
 * An amount of đồng as the citizen reads it: `25.000 ₫` in Vietnamese, `₫25,000` in English. Amounts are whole
 * numbers of VND, as every amount of the platform is (docs/platform-api.md, Payments).
 */
export function formatMoney(amount: number, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
    formatters.set(lang, formatter);
  }
  return formatter.format(amount);
}
