import type { Lang } from './i18n.js';

const vi = {
  link: 'Thanh toán và hoàn tiền',
  title: (app: string) => `Thanh toán của ${app}`,
  totals: (count: number, paid: string, refunded: string) => `${count} khoản thanh toán, tổng ${paid}; đã hoàn ${refunded}.`,
  none: 'Chưa có khoản thanh toán nào.',
  paidAt: 'Thời điểm',
  reference: 'Mã của bạn',
  amount: 'Số tiền',
  refunded: 'Đã hoàn',
  payer: 'Người trả (mã định danh riêng cho ứng dụng)',
  refundLine: (amount: string, when: string, reason: string) => `Hoàn ${amount} lúc ${when}${reason ? `: ${reason}` : ''}`,
  more: 'Xem thêm',
  financeOnly: 'Chỉ chủ sở hữu và bộ phận tài chính của tổ chức xem được thanh toán.',
  backToApp: 'Về ứng dụng',
};

const en: typeof vi = {
  link: 'Payments and refunds',
  title: (app) => `Payments to ${app}`,
  totals: (count, paid, refunded) => `${count} payments, ${paid} in all; ${refunded} refunded.`,
  none: 'No payments yet.',
  paidAt: 'When',
  reference: 'Your reference',
  amount: 'Amount',
  refunded: 'Refunded',
  payer: 'Payer (their id in this app)',
  refundLine: (amount, when, reason) => `Refunded ${amount} on ${when}${reason ? `: ${reason}` : ''}`,
  more: 'Show more',
  financeOnly: 'Only the organisation\'s owners and finance people may see payments.',
  backToApp: 'Back to the app',
};

/** The payments screen's words, in `lang`. */
export const paymentsText = (lang: Lang) => (lang === 'en' ? en : vi);
