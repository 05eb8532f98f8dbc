import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    offline: 'Bạn đang ngoại tuyến: chỉ xem được, chưa gửi được thay đổi.',
    asOf: (moment: string) => `Dữ liệu lúc ${moment}.`,
    listAsOf: (moment: string) => `Danh sách lúc ${moment}, khi còn kết nối.`,
    update: 'Có phiên bản mới của Huế-S.',
    reload: 'Tải lại',
  },
  en: {
    offline: 'You are offline: you can look, but changes cannot be sent.',
    asOf: (moment: string) => `Data as of ${moment}.`,
    listAsOf: (moment: string) => `As of ${moment}, when last online.`,
    update: 'A new version of Huế-S is ready.',
    reload: 'Reload',
  },
} as const;

/** The offline banner's and the update prompt's words in `lang`. */
export const offlineStrings = (lang: Lang) => strings[lang];

/** The page's language, as the shell keeps it on `<html lang>`. */
export const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'vi');

/** Calls `onChange` with the page's language each time the shell switches it; returns the unsubscribe function. */
export function onPageLang(onChange: (lang: Lang) => void): () => void {
  const observer = new MutationObserver(() => onChange(pageLang()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
