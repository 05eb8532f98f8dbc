/** The languages every Citadel host speaks: Vietnamese first. */
export type Lang = 'vi' | 'en';

const strings = {
  vi: {
    loading: 'Đang tải…',
    back: 'Quay lại',
    close: 'Đóng',
    retry: 'Thử lại',
    failed: 'Không mở được ứng dụng',
    failedHint: 'Kiểm tra kết nối mạng rồi thử lại.',
    unresponsive: (app: string) => `${app} không phản hồi`,
    unresponsiveHint: 'Bạn có thể chờ thêm hoặc đóng ứng dụng.',
    wait: 'Chờ',
    usingLocation: 'Đang dùng vị trí của bạn',
    allow: 'Cho phép',
    deny: 'Không cho phép',
    remember: 'Ghi nhớ lựa chọn cho ứng dụng này',
    why: 'Lý do ứng dụng đưa ra',
    asks: {
      location: 'muốn biết vị trí của bạn',
      identity: 'muốn biết bạn là ai',
      payments: 'muốn nhận thanh toán',
      notifications: 'muốn gửi thông báo cho bạn',
    },
    precise: 'Vị trí chính xác',
    coarse: 'Vị trí gần đúng (~1 km)',
  },
  en: {
    loading: 'Loading…',
    back: 'Back',
    close: 'Close',
    retry: 'Try again',
    failed: 'Could not open the app',
    failedHint: 'Check your connection and try again.',
    unresponsive: (app: string) => `${app} is not responding`,
    unresponsiveHint: 'You can wait a little longer or close the app.',
    wait: 'Wait',
    usingLocation: 'Using your location',
    allow: 'Allow',
    deny: "Don't allow",
    remember: 'Remember my choice for this app',
    why: 'What the app says it is for',
    asks: {
      location: 'wants to know where you are',
      identity: 'wants to know who you are',
      payments: 'wants to take a payment',
      notifications: 'wants to send you notifications',
    },
    precise: 'Precise location',
    coarse: 'Approximate location (~1 km)',
  },
} as const;

/** The UI strings in `lang`. */
export const t = (lang: Lang) => strings[lang];
