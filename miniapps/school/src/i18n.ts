const vi = {
  title: 'Trường học',
  connecting: 'Đang kết nối với Huế-S…',
  notHosted: 'Trang này cần được mở trong ứng dụng Huế-S.',
  linking: 'Đang tìm thông tin của bạn trong danh sách của nhà trường…',
  loading: 'Đang tải…',
  hello: 'Xin chào, {name}!',
  helloNoName: 'Xin chào!',
  tabChildren: 'Con của tôi', tabAnnouncements: 'Thông báo', tabClass: 'Lớp chủ nhiệm',
  phoneTitle: 'Cần số điện thoại của bạn',
  phoneWhy: 'Nhà trường liên kết học sinh với phụ huynh (và lớp với giáo viên chủ nhiệm) qua số điện thoại đã đăng ký với trường. Ứng dụng chỉ nhận số điện thoại từ tài khoản Huế-S của bạn, không cho nhập tay, để không ai xem được thông tin của con người khác.',
  phoneShare: 'Chia sẻ số điện thoại',
  identityTitle: 'Cần xác nhận bạn là ai',
  identityWhy: 'Ứng dụng cần bạn cho phép chia sẻ danh tính (tên và số điện thoại) để tìm con bạn trong danh sách của nhà trường.',
  retry: 'Thử lại',
  notRegistered: 'Số điện thoại của bạn chưa có trong danh sách phụ huynh hay giáo viên của trường nào. Hãy liên hệ giáo viên chủ nhiệm để nhà trường cập nhật số điện thoại.',
  classOf: 'Lớp {name} · {school}',
  className: 'Lớp {name}',
  homeroom: 'GVCN: {teacher}',
  youTeach: 'Bạn là giáo viên chủ nhiệm',
  pupilsCount: '{n} học sinh',
  notifyTitle: 'Thông báo từ nhà trường',
  notifyWhy: 'Nhận thông báo của lớp, kết quả đơn xin nghỉ và biên lai các khoản thu.',
  notifyButton: 'Bật thông báo',
  notifyOn: 'Đã bật thông báo. Bạn có thể tắt từng loại trong phần cài đặt của Huế-S.',
  notifyOff: 'Bạn chưa cho phép thông báo; bạn vẫn xem được mọi thứ trong ứng dụng.',
  tabLeave: 'Nghỉ học', tabTranscript: 'Kết quả học tập', tabFees: 'Khoản thu',
  born: 'Ngày sinh {date}',
  semiBoarding: 'Bán trú',
  newLeave: 'Xin nghỉ học',
  leaveFrom: 'Từ ngày', leaveTo: 'Đến ngày',
  leaveKind: 'Lý do',
  leaveReason: 'Nội dung (bắt buộc)',
  leaveRules: 'Chỉ chọn được ngày học; tối đa {max} ngày học mỗi đơn, bắt đầu trong {ahead} ngày tới. Nghỉ dài hơn, phụ huynh liên hệ Ban giám hiệu.',
  leaveSend: 'Gửi đơn',
  leaveSent: 'Đã gửi đơn đến giáo viên chủ nhiệm.',
  leaveNone: 'Chưa có đơn xin nghỉ nào.',
  schoolDays: '{n} ngày học',
  withdraw: 'Rút đơn',
  approve: 'Duyệt',
  decline: 'Không duyệt',
  comment: 'Nhận xét của giáo viên',
  commentHint: 'Nhận xét (bắt buộc khi không duyệt)',
  requestedBy: 'Người gửi: {name} ({relation})',
  decidedBy: '{name} · {when}',
  pending: 'Đơn chờ duyệt',
  noPending: 'Không có đơn nào chờ duyệt.',
  history: 'Đơn đã xử lý',
  termOne: 'Học kỳ I', termTwo: 'Học kỳ II',
  schoolYear: 'Năm học {year}',
  subject: 'Môn học',
  regular: 'ĐĐGtx', midterm: 'Giữa kỳ', final: 'Cuối kỳ', average: 'ĐTB',
  averageRule: 'ĐTB môn học kỳ = (tổng điểm thường xuyên + 2 × giữa kỳ + 3 × cuối kỳ) ÷ (số điểm thường xuyên + 5), làm tròn 1 chữ số thập phân (Thông tư 22/2021/TT-BGDĐT).',
  primaryRule: 'Học sinh tiểu học được đánh giá bằng nhận xét và mức đạt được (Thông tư 27/2020/TT-BGDĐT); điểm bài kiểm tra định kỳ không tính trung bình.',
  notYet: 'Chưa có',
  testScore: 'KTĐK: {score}',
  learning: 'Kết quả học tập', conduct: 'Kết quả rèn luyện',
  qualities: 'Phẩm chất', competences: 'Năng lực',
  teacherComment: 'Nhận xét của GVCN',
  termOpen: 'Học kỳ chưa kết thúc: kết quả sẽ có khi đủ điểm.',
  fees: 'Các khoản thu',
  feesNone: 'Chưa có khoản thu nào.',
  due: 'Hạn nộp {date}',
  pay: 'Thanh toán',
  paying: 'Đang tạo đơn thanh toán…',
  cancelled: 'Bạn đã đóng bảng thanh toán; chưa trừ tiền.',
  waiting: 'Đang chờ nhà trường xác nhận thanh toán…',
  paid: 'Đã thanh toán', unpaid: 'Chưa thanh toán', exempt: 'Miễn',
  exemptNote: 'Miễn học phí với học sinh trường công lập (Nghị quyết 217/2025/QH15).',
  receipt: 'Biên lai',
  receiptNo: 'Số biên lai', paidAt: 'Thời gian', payer: 'Người nộp', amount: 'Số tiền', orderId: 'Mã đơn', paymentId: 'Mã giao dịch',
  viewReceipt: 'Xem biên lai',
  announcements: 'Thông báo của lớp',
  announcementsNone: 'Chưa có thông báo nào.',
  compose: 'Gửi thông báo cho phụ huynh',
  composeTitle: 'Tiêu đề',
  composeBody: 'Nội dung',
  composeSend: 'Gửi thông báo',
  composeLimit: 'Mỗi lớp tối đa {n} thông báo mỗi ngày: mỗi thông báo dùng một lượt trong hạn mức thông báo hằng ngày của phụ huynh.',
  delivery: 'Đã gửi {sent}/{recipients} phụ huynh dùng ứng dụng',
  resend: 'Gửi lại cho người chưa nhận',
  from: 'Từ {teacher}, lớp {className}',
  classList: 'Danh sách lớp',
  linkedGuardians: '{linked}/{all} phụ huynh dùng ứng dụng',
  open: 'Xem',
  back: 'Quay lại',
  notFound: 'Không tìm thấy, hoặc bạn không có quyền xem.',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  title: 'School',
  connecting: 'Connecting to Huế-S…',
  notHosted: 'Open this page inside the Huế-S app.',
  linking: 'Looking you up in the school\'s records…',
  loading: 'Loading…',
  hello: 'Hello, {name}!',
  helloNoName: 'Hello!',
  tabChildren: 'My children', tabAnnouncements: 'Announcements', tabClass: 'My class',
  phoneTitle: 'Your phone number is needed',
  phoneWhy: 'The school links pupils to their guardians (and classes to their homeroom teachers) by the phone number registered with it. The app only takes the number from your Huế-S account, never typed in, so nobody can see another family\'s child.',
  phoneShare: 'Share my phone number',
  identityTitle: 'The app needs to know who you are',
  identityWhy: 'Allow the app your identity (name and phone number) to find your children in the school\'s records.',
  retry: 'Try again',
  notRegistered: 'Your phone number is not registered as a guardian or teacher at any school. Ask the homeroom teacher to update the school\'s records.',
  classOf: 'Class {name} · {school}',
  className: 'Class {name}',
  homeroom: 'Homeroom teacher: {teacher}',
  youTeach: 'You are the homeroom teacher',
  pupilsCount: '{n} pupils',
  notifyTitle: 'Notifications from the school',
  notifyWhy: 'Get class announcements, answers to leave requests and fee receipts.',
  notifyButton: 'Turn on notifications',
  notifyOn: 'Notifications are on. You can mute each kind in the Huế-S settings.',
  notifyOff: 'You have not allowed notifications; everything is still in the app.',
  tabLeave: 'Leave', tabTranscript: 'Results', tabFees: 'Fees',
  born: 'Born {date}',
  semiBoarding: 'Semi-boarding',
  newLeave: 'Ask for leave',
  leaveFrom: 'From', leaveTo: 'To',
  leaveKind: 'Reason',
  leaveReason: 'Details (required)',
  leaveRules: 'School days only; at most {max} school days a request, starting within {ahead} days. For a longer absence, contact the school\'s board.',
  leaveSend: 'Send the request',
  leaveSent: 'The request went to the homeroom teacher.',
  leaveNone: 'No leave requests yet.',
  schoolDays: '{n} school days',
  withdraw: 'Withdraw',
  approve: 'Approve',
  decline: 'Decline',
  comment: 'Teacher\'s comment',
  commentHint: 'Comment (required to decline)',
  requestedBy: 'From {name} ({relation})',
  decidedBy: '{name} · {when}',
  pending: 'Waiting for you',
  noPending: 'No request is waiting.',
  history: 'Decided',
  termOne: 'Term I', termTwo: 'Term II',
  schoolYear: 'School year {year}',
  subject: 'Subject',
  regular: 'Regular', midterm: 'Mid-term', final: 'End of term', average: 'Average',
  averageRule: 'Term average = (sum of regular assessments + 2 × mid-term + 3 × end of term) ÷ (number of regular assessments + 5), to one decimal (Circular 22/2021/TT-BGDĐT).',
  primaryRule: 'Primary pupils are assessed by comments and levels (Circular 27/2020/TT-BGDĐT); end-of-term tests are not averaged.',
  notYet: 'Not yet',
  testScore: 'Test: {score}',
  learning: 'Learning result', conduct: 'Conduct',
  qualities: 'Qualities', competences: 'Competences',
  teacherComment: 'Homeroom teacher\'s comment',
  termOpen: 'The term is not over: results come once every mark is in.',
  fees: 'School fees',
  feesNone: 'No fees yet.',
  due: 'Due {date}',
  pay: 'Pay',
  paying: 'Creating the order…',
  cancelled: 'You closed the payment sheet; nothing was charged.',
  waiting: 'Waiting for the school to confirm the payment…',
  paid: 'Paid', unpaid: 'Not paid', exempt: 'Exempt',
  exemptNote: 'Public school pupils are exempt from tuition (Resolution 217/2025/QH15).',
  receipt: 'Receipt',
  receiptNo: 'Receipt no.', paidAt: 'Paid at', payer: 'Paid by', amount: 'Amount', orderId: 'Order', paymentId: 'Payment',
  viewReceipt: 'View receipt',
  announcements: 'Class announcements',
  announcementsNone: 'No announcements yet.',
  compose: 'Send an announcement to the guardians',
  composeTitle: 'Title',
  composeBody: 'Message',
  composeSend: 'Send',
  composeLimit: 'At most {n} announcements a class a day: each one uses one of every guardian\'s daily notifications.',
  delivery: 'Sent to {sent} of {recipients} guardians using the app',
  resend: 'Send again to those not reached',
  from: 'From {teacher}, class {className}',
  classList: 'Class list',
  linkedGuardians: '{linked}/{all} guardians use the app',
  open: 'Open',
  back: 'Back',
  notFound: 'Not found, or you may not see it.',
};

export type Strings = Record<Key, string>;
export type Lang = 'vi' | 'en';

/** The app's strings: Vietnamese first, English when the host says so. */
export const stringsFor = (lang: string): Strings => (lang === 'en' ? en : vi);

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

/** Whole VND as the citizen reads it: `690.000 ₫`. */
export const vnd = (amount: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);

/** Labels of the backend's codes, in both languages. */
const LABELS = {
  relation: {
    mother: { vi: 'mẹ', en: 'mother' }, father: { vi: 'bố', en: 'father' }, grandmother: { vi: 'bà', en: 'grandmother' },
    grandfather: { vi: 'ông', en: 'grandfather' }, guardian: { vi: 'người giám hộ', en: 'guardian' },
  },
  status: {
    pending: { vi: 'Chờ duyệt', en: 'Pending' }, approved: { vi: 'Đã duyệt', en: 'Approved' },
    declined: { vi: 'Không duyệt', en: 'Declined' }, withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  },
  kind: { sick: { vi: 'Ốm đau', en: 'Illness' }, family: { vi: 'Việc gia đình', en: 'Family matters' }, other: { vi: 'Lý do khác', en: 'Other' } },
  level: { T: { vi: 'Hoàn thành tốt', en: 'Completed well' }, H: { vi: 'Hoàn thành', en: 'Completed' }, C: { vi: 'Chưa hoàn thành', en: 'Not completed' } },
  rating: { good: { vi: 'Tốt', en: 'Good' }, fair: { vi: 'Khá', en: 'Fair' }, pass: { vi: 'Đạt', en: 'Pass' }, fail: { vi: 'Chưa đạt', en: 'Not passed' } },
  quality: { good: { vi: 'Tốt', en: 'Good' }, pass: { vi: 'Đạt', en: 'Satisfactory' }, effort: { vi: 'Cần cố gắng', en: 'Needs effort' } },
  passed: { true: { vi: 'Đạt', en: 'Pass' }, false: { vi: 'Chưa đạt', en: 'Not passed' } },
  outcome: {
    sent: { vi: 'đã gửi', en: 'sent' }, muted: { vi: 'đã tắt chủ đề', en: 'muted' }, not_granted: { vi: 'chưa cho phép thông báo', en: 'not allowed' },
    quota: { vi: 'hết lượt hôm nay', en: 'over today\'s quota' }, failed: { vi: 'lỗi gửi', en: 'failed' },
    skipped: { vi: 'chưa kết nối nền tảng', en: 'not connected yet' }, pending: { vi: 'đang gửi', en: 'sending' },
    unlinked: { vi: 'chưa dùng ứng dụng', en: 'not using the app' },
  },
} as const;

type Labels = typeof LABELS;

/** The label of `code` in `group`, or the code itself for one the app does not know. */
export function label<G extends keyof Labels>(group: G, code: string, lang: Lang): string {
  const entry = (LABELS[group] as Record<string, { vi: string; en: string }>)[code];
  return entry ? entry[lang] : code;
}

/** A `YYYY-MM-DD` date with its weekday: `T6, 04/12/2026`, `Fri 04/12/2026`. */
export function day(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** A date and time in Huế. */
export const when = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });

/** A score as Vietnamese schools write it: `8,5` in Vietnamese, `8.5` in English. */
export const score = (value: number, lang: Lang): string => value.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });

/** A `YYYY-MM-DD` date without weekday: `14/03/2018`. */
export const date = (iso: string, lang: Lang): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
