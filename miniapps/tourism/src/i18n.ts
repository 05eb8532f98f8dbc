const vi = {
  title: 'Du lịch Huế',
  connecting: 'Đang kết nối với Huế-S…',
  notHosted: 'Trang này cần được mở trong ứng dụng Huế-S.',
  tabPlaces: 'Điểm đến', tabNear: 'Gần tôi', tabTickets: 'Vé của tôi',
  search: 'Tìm điểm đến…',
  noMatch: 'Không có điểm đến nào khớp.',
  loading: 'Đang tải…',
  free: 'Miễn phí',
  allDay: 'Mở cả ngày',
  hours: 'Mở cửa {opens}–{closes}',
  noRating: 'Chưa có đánh giá',
  rating: '{average}★ ({count} đánh giá)',
  locate: 'Tìm quanh vị trí của tôi',
  locationDenied: 'Bạn chưa cho phép dùng vị trí.',
  nearPlaces: 'Điểm đến gần nhất',
  nearToilets: 'Nhà vệ sinh công cộng miễn phí',
  you: 'Bạn',
  map: 'Sơ đồ vị trí (không phải bản đồ tỉ lệ chính xác)',
  ticket: 'Vé vào cổng',
  perTicket: '/ vé',
  quantity: 'Số vé',
  buy: 'Mua vé',
  buying: 'Đang tạo đơn…',
  cancelled: 'Bạn đã đóng bảng thanh toán; chưa trừ tiền.',
  waiting: 'Đang chờ xác nhận thanh toán…',
  paid: 'Đã thanh toán',
  pending: 'Chưa thanh toán',
  showAtGate: 'Đưa mã này cho nhân viên soát vé.',
  used: 'Đã sử dụng lúc {when}',
  total: 'Tổng',
  tickets: 'Vé của tôi',
  noTickets: 'Bạn chưa mua vé nào.',
  reviews: 'Đánh giá',
  noReviews: 'Chưa có đánh giá nào. Hãy là người đầu tiên!',
  rate: 'Đánh giá của bạn',
  comment: 'Nhận xét (không bắt buộc)',
  send: 'Gửi đánh giá',
  thanks: 'Cảm ơn bạn đã đánh giá {stars}/5!',
  already: 'Bạn đã đánh giá nơi này rồi.',
  pickStars: 'Hãy chọn số sao.',
  open: 'Xem',
  back: 'Quay lại',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  title: 'Visit Huế',
  connecting: 'Connecting to Huế-S…',
  notHosted: 'Open this page inside the Huế-S app.',
  tabPlaces: 'Places', tabNear: 'Near me', tabTickets: 'My tickets',
  search: 'Search places…',
  noMatch: 'No place matches.',
  loading: 'Loading…',
  free: 'Free',
  allDay: 'Open at all hours',
  hours: 'Open {opens}–{closes}',
  noRating: 'No reviews yet',
  rating: '{average}★ ({count} reviews)',
  locate: 'Search around my position',
  locationDenied: 'You have not allowed location.',
  nearPlaces: 'Nearest places',
  nearToilets: 'Free public toilets',
  you: 'You',
  map: 'Position sketch (not a scale map)',
  ticket: 'Entry ticket',
  perTicket: '/ ticket',
  quantity: 'Tickets',
  buy: 'Buy tickets',
  buying: 'Creating the order…',
  cancelled: 'You closed the payment sheet; nothing was charged.',
  waiting: 'Waiting for the payment to be confirmed…',
  paid: 'Paid',
  pending: 'Not paid',
  showAtGate: 'Show this code at the gate.',
  used: 'Used at {when}',
  total: 'Total',
  tickets: 'My tickets',
  noTickets: 'You have bought no tickets yet.',
  reviews: 'Reviews',
  noReviews: 'No reviews yet. Be the first!',
  rate: 'Your review',
  comment: 'Comment (optional)',
  send: 'Send review',
  thanks: 'Thank you for rating it {stars}/5!',
  already: 'You have already reviewed this place.',
  pickStars: 'Choose a number of stars.',
  open: 'Open',
  back: 'Back',
};

export type Strings = Record<Key, string>;
export type Lang = 'vi' | 'en';

/** The app's strings: Vietnamese first, English when the host says so. */
export const stringsFor = (lang: string): Strings => (lang === 'en' ? en : vi);

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

/** Whole VND as the citizen reads it: `200.000 ₫`. */
export const vnd = (amount: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);

/** A distance: metres below a kilometre, else kilometres with one decimal. */
export const distance = (metres: number, lang: Lang): string =>
  metres < 1000 ? `${metres} m` : `${(metres / 1000).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })} km`;
