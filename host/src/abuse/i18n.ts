import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    closed: (app: string) => `Ứng dụng ${app} đã bị đóng vì gửi quá nhiều yêu cầu.`,
    dismiss: 'Đã hiểu',
  },
  en: {
    closed: (app: string) => `The app ${app} was closed because it sent too many requests.`,
    dismiss: 'OK',
  },
} as const;

/** What the host tells the citizen about an app it shut out, in `lang`. */
export const abuseStrings = (lang: Lang) => strings[lang];
