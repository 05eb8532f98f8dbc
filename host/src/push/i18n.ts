import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    push: 'Bật thông báo đẩy',
    pushHint: 'Nhận thông báo và cảnh báo trên thiết bị này cả khi không mở Huế-S.',
    unsupported: 'Trình duyệt này không hỗ trợ thông báo đẩy.',
    blocked: 'Trình duyệt đang chặn thông báo của Huế-S. Hãy cho phép trong cài đặt trang web.',
    failed: 'Không bật được thông báo đẩy. Vui lòng thử lại.',
    working: 'Đang xử lý…',
  },
  en: {
    push: 'Turn on push notifications',
    pushHint: 'Get notifications and alerts on this device even when Huế-S is closed.',
    unsupported: 'This browser does not support push notifications.',
    blocked: 'The browser blocks notifications from Huế-S. Allow them in the site settings.',
    failed: 'Could not turn on push notifications. Please try again.',
    working: 'Working…',
  },
} as const;

/** The push switch's strings in `lang`. */
export const pushStrings = (lang: Lang) => strings[lang];
