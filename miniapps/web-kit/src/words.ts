/** The words the kit's own screens and every app share: what `boot` shows, loading, and the common buttons. */
const kitWords = {
  vi: { connecting: 'Đang kết nối với Huế-S…', notHosted: 'Trang này cần được mở trong ứng dụng Huế-S.', loading: 'Đang tải…', open: 'Xem', back: 'Quay lại', retry: 'Thử lại' },
  en: { connecting: 'Connecting to Huế-S…', notHosted: 'Open this page inside the Huế-S app.', loading: 'Loading…', open: 'Open', back: 'Back', retry: 'Try again' },
} as const;

/** An app's words: its own keys and the kit's, each a string. */
export type Words<K extends string> = { readonly [Key in K | keyof typeof kitWords.vi]: string };

/**
 * An app's words in both languages: Vietnamese first (its keys are the app's), English with the same keys, each
 * with the kit's shared words unless the app says them its own way. The answer picks by the host's language,
 * Vietnamese unless it says English.
 */
export function defineWords<const V extends Readonly<Record<string, string>>>(vi: V, en: { readonly [K in keyof V]: string }) {
  const both = { vi: { ...kitWords.vi, ...vi }, en: { ...kitWords.en, ...en } };
  return (lang: string): Words<Extract<keyof V, string>> => (lang === 'en' ? both.en : both.vi);
}
