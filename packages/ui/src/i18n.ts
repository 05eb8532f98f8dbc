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
    chipHint: 'Chạm để xem và trả lời',
    chipLabel: (app: string, asks: string) => `${app} ${asks}. Chạm để xem và trả lời.`,
    precise: 'Vị trí chính xác',
    coarse: 'Vị trí gần đúng (~1 km)',
    share: 'Thông tin sẽ chia sẻ',
    alreadyShared: 'Đã chia sẻ trước đây',
    claims: {
      name: 'Họ và tên',
      phone: 'Số điện thoại',
      verificationLevel: 'Mức xác thực danh tính',
      ward: 'Phường/xã',
    },
    levels: {
      none: 'Chưa xác thực',
      basic: 'Cơ bản',
      verified: 'Đã xác thực bằng CCCD',
    },
    notProvided: 'Chưa có',
    pairwise: 'Ứng dụng nhận một mã riêng để nhận ra bạn; mã này khác với mã mọi ứng dụng khác nhận được.',
    pickOne: 'Chọn ít nhất một thông tin, hoặc bấm “Không cho phép”.',
    payTo: 'Thanh toán cho',
    payAmount: 'Số tiền',
    payFor: 'Nội dung',
    payBalance: 'Số dư ví',
    payExpires: 'Hạn thanh toán',
    payPassword: 'Mật khẩu tài khoản',
    payPasswordHint: 'Nhập mật khẩu đăng nhập để xác nhận. Ứng dụng không thấy mật khẩu này.',
    payConfirm: (amount: string) => `Thanh toán ${amount}`,
    payCancel: 'Huỷ',
    paying: 'Đang thanh toán…',
    payLoading: 'Đang tải đơn hàng…',
    payRetry: 'Thử lại',
    payProblems: {
      required: 'Nhập mật khẩu để xác nhận thanh toán.',
      wrongPassword: 'Mật khẩu không đúng. Nhập sai nhiều lần sẽ tạm khoá tài khoản.',
      lockedOut: (m: number | undefined) => `Tài khoản tạm khoá vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${m === undefined ? 'vài' : m} phút.`,
      insufficient: (short: string) => `Số dư ví không đủ: cần thêm ${short}.`,
      expired: 'Đơn hàng đã hết hạn thanh toán. Hãy quay lại ứng dụng để tạo đơn mới.',
      alreadyPaid: 'Đơn hàng này đã được thanh toán.',
      notFound: 'Không tìm thấy đơn hàng này.',
      network: 'Không kết nối được. Kiểm tra mạng rồi thử lại.',
      payNetwork: 'Mất kết nối nên chưa biết kết quả. Bấm thanh toán lại: một đơn hàng không bao giờ bị trừ tiền hai lần.',
      failed: (code: string) => `Đã có lỗi (mã ${code}). Vui lòng thử lại.`,
    },
    payTopUp: 'Nạp tiền vào ví',
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
    chipHint: 'Tap to see and answer',
    chipLabel: (app: string, asks: string) => `${app} ${asks}. Tap to see and answer.`,
    precise: 'Precise location',
    coarse: 'Approximate location (~1 km)',
    share: 'What will be shared',
    alreadyShared: 'Already shared',
    claims: {
      name: 'Full name',
      phone: 'Phone number',
      verificationLevel: 'Identity verification level',
      ward: 'Ward',
    },
    levels: {
      none: 'Not verified',
      basic: 'Basic',
      verified: 'Verified with national eID',
    },
    notProvided: 'Not provided',
    pairwise: 'The app gets an ID that recognises you; it differs from the ID every other app gets.',
    pickOne: 'Tick at least one item, or choose “Don\'t allow”.',
    payTo: 'Pay',
    payAmount: 'Amount',
    payFor: 'For',
    payBalance: 'Wallet balance',
    payExpires: 'Pay before',
    payPassword: 'Account password',
    payPasswordHint: 'Enter your sign-in password to confirm. The app never sees it.',
    payConfirm: (amount: string) => `Pay ${amount}`,
    payCancel: 'Cancel',
    paying: 'Paying…',
    payLoading: 'Loading the order…',
    payRetry: 'Try again',
    payProblems: {
      required: 'Enter your password to confirm the payment.',
      wrongPassword: 'Wrong password. Too many wrong passwords lock the account for a while.',
      lockedOut: (m: number | undefined) => `The account is locked after too many wrong passwords. Please try again in ${m === undefined ? 'a few minutes' : m === 1 ? '1 minute' : `${m} minutes`}.`,
      insufficient: (short: string) => `Not enough in your wallet: ${short} more is needed.`,
      expired: 'This order has expired. Go back to the app to start again.',
      alreadyPaid: 'This order is already paid.',
      notFound: 'This order could not be found.',
      network: "Can't connect. Check your connection and try again.",
      payNetwork: 'The connection dropped before the answer came. Pay again: an order is never charged twice.',
      failed: (code: string) => `Something went wrong (code ${code}). Please try again.`,
    },
    payTopUp: 'Top up the wallet',
  },
} as const;

/** The UI strings in `lang`. */
export const t = (lang: Lang) => strings[lang];

/**
 * An amount of đồng as the citizen reads it: `25.000 ₫` in Vietnamese, `₫25,000` in English.
 * Amounts are whole numbers of VND (`docs/platform-api.md`, Payments).
 */
export function formatVnd(amount: number, lang: Lang): string {
  // Building a formatter is slow on cheap phones; the two are made once, when first needed.
  vnd[lang] ??= new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en', { style: 'currency', currency: 'VND' });
  return vnd[lang].format(amount);
}

const vnd: Partial<Record<Lang, Intl.NumberFormat>> = {};
