import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    inbox: 'Hộp thư',
    home: 'Dịch vụ',
    homeLabel: 'Về danh sách dịch vụ',
    signInToSeeInbox: 'Đăng nhập để xem thông báo của bạn.',
    empty: 'Chưa có thông báo nào.',
    markAllRead: 'Đánh dấu đã đọc tất cả',
    unread: 'Chưa đọc',
    alert: 'Cảnh báo chính thức',
    from: (sender: string) => `Từ ${sender}`,
    alertsHistory: 'Lịch sử cảnh báo',
    more: 'Xem thêm',
    loading: 'Đang tải…',
    retry: 'Thử lại',
  },
  en: {
    inbox: 'Inbox',
    home: 'Services',
    homeLabel: 'Back to the services',
    signInToSeeInbox: 'Sign in to see your notifications.',
    empty: 'No notifications yet.',
    markAllRead: 'Mark all as read',
    unread: 'Unread',
    alert: 'Official alert',
    from: (sender: string) => `From ${sender}`,
    alertsHistory: 'Alert history',
    more: 'Show more',
    loading: 'Loading…',
    retry: 'Try again',
  },
} as const;

/** The inbox's strings in `lang`. */
export const inboxStrings = (lang: Lang) => strings[lang];
