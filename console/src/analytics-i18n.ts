import type { Lang } from './i18n.js';

const vi = {
  title: (app: string) => `Số liệu của ${app}`,
  backToApp: (app: string) => `Về ứng dụng ${app}`,
  open: 'Số liệu',
  openLabel: (app: string) => `Xem số liệu của ${app}`,
  period: 'Khoảng thời gian',
  lastDays: (n: number) => `${n} ngày qua`,
  note: (days: number) => `Theo ngày giờ Việt Nam (UTC+7), hôm nay tính cả. Số liệu được giữ ${days} ngày.`,
  empty: (n: number) => `Chưa có số liệu nào trong ${n} ngày qua. Khi người dân mở ứng dụng, thanh toán, nhận thông báo hay cấp quyền, số liệu sẽ hiện ở đây.`,
  chartEmpty: 'Không có số liệu trong khoảng này.',
  table: 'Bảng số liệu',
  day: 'Ngày',
  launches: { title: 'Lượt mở và người dùng mỗi ngày', axis: 'Lượt mở / người dùng', launches: 'Lượt mở', citizens: 'Người dùng (khác nhau)' },
  ready: { title: 'Thời gian từ lúc chạm đến khi sẵn sàng', axis: 'Mili giây', p50: 'Trung vị (p50)', p95: 'p95', samples: 'Số lượt đo' },
  errors: { title: 'Lỗi cầu nối theo mã', axis: 'Số lỗi', other: 'Mã khác' },
  money: { title: 'Thanh toán và hoàn tiền', axis: 'VND', paid: 'Tiền thanh toán', refunded: 'Tiền hoàn', payments: 'Số lần thanh toán', refunds: 'Số lần hoàn' },
  notifications: {
    title: 'Thông báo đã gửi so với hạn mức', axis: 'Thông báo', sent: 'Đã gửi', most: 'Nhiều nhất cho một người', quota: 'Hạn mức mỗi người một ngày',
    cap: 'Trần cả ngày của ứng dụng',
  },
  consent: { title: 'Cấp quyền và rút quyền', axis: 'Lượt', grants: 'Cấp quyền', revocations: 'Rút quyền' },
};

const en: typeof vi = {
  title: (app) => `Analytics of ${app}`,
  backToApp: (app) => `Back to ${app}`,
  open: 'Analytics',
  openLabel: (app) => `See the analytics of ${app}`,
  period: 'Period',
  lastDays: (n) => `Last ${n} days`,
  note: (days) => `By day in Vietnam time (UTC+7), today included. Data is kept ${days} days.`,
  empty: (n) => `No data in the last ${n} days yet. When citizens open the app, pay, get notifications or give permissions, it shows here.`,
  chartEmpty: 'No data in this period.',
  table: 'Data table',
  day: 'Day',
  launches: { title: 'Launches and citizens per day', axis: 'Launches / citizens', launches: 'Launches', citizens: 'Citizens (different)' },
  ready: { title: 'Time from tap to ready', axis: 'Milliseconds', p50: 'Median (p50)', p95: 'p95', samples: 'Launches measured' },
  errors: { title: 'Bridge errors by code', axis: 'Errors', other: 'Other codes' },
  money: { title: 'Payments and refunds', axis: 'VND', paid: 'Paid', refunded: 'Refunded', payments: 'Payments', refunds: 'Refunds' },
  notifications: {
    title: 'Notifications sent against the quota', axis: 'Notifications', sent: 'Sent', most: 'Most to one citizen', quota: 'Quota per citizen a day',
    cap: 'App\'s daily cap',
  },
  consent: { title: 'Consent grants and revocations', axis: 'Count', grants: 'Grants', revocations: 'Revocations' },
};

/** The analytics screen's words. */
export type AnalyticsStrings = typeof vi;

/** The analytics screen's words in `lang`. */
export const analyticsStrings = (lang: Lang): AnalyticsStrings => (lang === 'vi' ? vi : en);
