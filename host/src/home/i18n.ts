import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    navigation: 'Điều hướng chính',
    home: 'Trang chủ',
    inbox: 'Hộp thư',
    wallet: 'Ví',
    account: 'Tài khoản',
    unread: (n: number) => `${n} thông báo chưa đọc`,
    quickActions: 'Tiện ích nhanh',
    report: 'Phản ánh',
    payBill: 'Thanh toán hoá đơn',
    alerts: 'Cảnh báo',
    services: 'Dịch vụ',
  },
  en: {
    navigation: 'Main navigation',
    home: 'Home',
    inbox: 'Inbox',
    wallet: 'Wallet',
    account: 'Account',
    unread: (n: number) => `${n} unread`,
    quickActions: 'Quick actions',
    report: 'Report a problem',
    payBill: 'Pay a bill',
    alerts: 'Alerts',
    services: 'Services',
  },
} as const;

/** The home's and the bottom navigation's strings in `lang`. */
export const homeStrings = (lang: Lang) => strings[lang];
