import type { Lang } from '@citadel-miniapp/web-kit';

/** The new report form's words for its photos and its checks before sending, in both languages. */
const words = {
  vi: {
    photoAlt: 'Ảnh {n}',
    removePhoto: 'Bỏ ảnh {n}',
    photoUnreadable: 'Không đọc được ảnh này. Hãy chọn ảnh JPEG, PNG hoặc WebP khác.',
    needPosition: 'Hãy lấy vị trí của bạn hoặc chạm vào ô để đánh dấu chỗ cần phản ánh.',
  },
  en: {
    photoAlt: 'Photo {n}',
    removePhoto: 'Remove photo {n}',
    photoUnreadable: 'This photo could not be read. Pick another JPEG, PNG or WebP photo.',
    needPosition: 'Use your position or tap the pad to mark the place first.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The form's words in `lang`. */
export const formWords = (lang: Lang) => words[lang];
export type FormWords = ReturnType<typeof formWords>;
