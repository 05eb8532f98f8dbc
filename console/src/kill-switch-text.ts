import type { Lang } from './i18n.js';

const vi = {
  nav: 'Công tắc khẩn',
  title: 'Tạm ngừng ứng dụng',
  intro: 'Ứng dụng bị tạm ngừng sẽ không mở được và không được phục vụ nữa ngay lập tức. Đối tác được báo lý do trên bảng điều khiển và qua webhook có ký.',
  operatorsOnly: 'Chỉ người vận hành nền tảng dùng được công tắc này.',
  noApps: 'Chưa có ứng dụng nào.',
  org: (name: string) => `Tổ chức: ${name}`,
  noOrg: 'Ứng dụng của nền tảng',
  active: 'Đang hoạt động',
  suspended: 'Đã tạm ngừng',
  reason: 'Lý do (đối tác sẽ đọc được)',
  suspend: 'Tạm ngừng',
  suspendLabel: (name: string) => `Tạm ngừng ${name}`,
  reinstate: 'Cho hoạt động lại',
  reinstateLabel: (name: string) => `Cho ${name} hoạt động lại`,
  suspendedDone: (name: string) => `Đã tạm ngừng ${name}. Đối tác đã được báo lý do.`,
  reinstatedDone: (name: string) => `${name} đã hoạt động lại.`,
  since: (when: string, reason: string) => `Từ ${when}: ${reason}`,
  banner: (when: string) => `Nhà vận hành nền tảng đã tạm ngừng ứng dụng này từ ${when}. Công dân không mở được ứng dụng cho đến khi được cho hoạt động lại. Lý do:`,
};

const en: typeof vi = {
  nav: 'Kill switch',
  title: 'Suspend apps',
  intro: 'A suspended app stops launching and being served at once. Its partner is told why in the console and by a signed webhook.',
  operatorsOnly: 'Only the platform\'s operators may use this switch.',
  noApps: 'There are no apps yet.',
  org: (name) => `Organisation: ${name}`,
  noOrg: 'The platform\'s own app',
  active: 'Active',
  suspended: 'Suspended',
  reason: 'Reason (the partner will read it)',
  suspend: 'Suspend',
  suspendLabel: (name) => `Suspend ${name}`,
  reinstate: 'Reinstate',
  reinstateLabel: (name) => `Reinstate ${name}`,
  suspendedDone: (name) => `${name} is suspended. Its partner has been told why.`,
  reinstatedDone: (name) => `${name} is active again.`,
  since: (when, reason) => `Since ${when}: ${reason}`,
  banner: (when) => `The platform operator suspended this app on ${when}. Citizens cannot open it until it is reinstated. The reason:`,
};

/** The kill switch's words (the operator's screen, and the banner a suspended app's partner sees), in `lang`. */
export const killSwitchText = (lang: Lang) => (lang === 'en' ? en : vi);
