import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    lost: 'Mất kết nối cập nhật trực tiếp. Huế-S đang thử kết nối lại; trong lúc đó cảnh báo và thông báo vẫn được kiểm tra định kỳ.',
  },
  en: {
    lost: 'Live updates are disconnected. Huế-S keeps trying to reconnect; meanwhile alerts and notifications are still checked regularly.',
  },
} as const;

/** The live connection's strings in `lang`. */
export const liveStrings = (lang: Lang) => strings[lang];
