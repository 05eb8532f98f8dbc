import type { Severity } from '@citadel/protocol/api';

/**
 * The strings the home's alert banner shows, apart from the alert screens' (i18n.ts, which spreads these in): the
 * banner is on the first screen, the alert screens are a lazy chunk, so their strings stay out of the initial JS.
 */
export const bannerStrings = {
  vi: {
    alerts: 'Cảnh báo chính thức',
    bannerMore: (n: number) => `và ${n} cảnh báo khác`,
    severities: {
      extreme: 'Đặc biệt nguy hiểm', severe: 'Nguy hiểm', moderate: 'Cần chú ý', minor: 'Thông tin',
    } satisfies Record<Severity, string>,
  },
  en: {
    alerts: 'Official alerts',
    bannerMore: (n: number) => `and ${n} more ${n === 1 ? 'alert' : 'alerts'}`,
    severities: {
      extreme: 'Extreme', severe: 'Severe', moderate: 'Moderate', minor: 'Minor',
    } satisfies Record<Severity, string>,
  },
} as const;
