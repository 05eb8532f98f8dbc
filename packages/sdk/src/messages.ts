import type { ErrorCode } from '@citadel/protocol';

/** The languages a citizen reads error messages in: the host's `client.context.lang`, Vietnamese first. */
export type MessageLang = 'vi' | 'en';

/**
 * What a citizen is told for each bridge error code, in Vietnamese and English: the one table the host and the
 * apps (through the web kit's `describeError`) show. A code added to `ErrorCode` does not compile until it has its two sentences here.
 * The error's own `message` is for developers and is never shown.
 */
export const errorMessages: { readonly [L in MessageLang]: { readonly [C in ErrorCode]: string } } = {
  vi: {
    NOT_HOSTED: 'Trang này cần được mở trong ứng dụng của thành phố.',
    UNSUPPORTED: 'Ứng dụng của bạn chưa hỗ trợ chức năng này. Hãy cập nhật ứng dụng.',
    UNKNOWN_METHOD: 'Ứng dụng của bạn chưa hỗ trợ chức năng này. Hãy cập nhật ứng dụng.',
    INVALID_PARAMS: 'Thông tin chưa hợp lệ. Vui lòng kiểm tra lại.',
    PAYLOAD_TOO_LARGE: 'Nội dung quá lớn. Hãy bớt ảnh hoặc rút ngắn nội dung.',
    PERMISSION_DENIED: 'Bạn chưa cho phép. Bạn có thể đổi lựa chọn trong mục Quyền riêng tư.',
    RATE_LIMITED: 'Bạn thao tác quá nhanh. Vui lòng đợi một lát rồi thử lại.',
    QUOTA_EXCEEDED: 'Bộ nhớ dành cho ứng dụng này đã đầy.',
    CANCELLED: 'Bạn đã huỷ thao tác.',
    TIMEOUT: 'Quá thời gian chờ. Vui lòng thử lại.',
    SESSION_CLOSED: 'Ứng dụng đã đóng. Hãy mở lại rồi thử lại.',
    ALREADY_CONNECTED: 'Ứng dụng đang mở ở nơi khác. Hãy tải lại trang.',
    ORIGIN_MISMATCH: 'Không mở được ứng dụng này một cách an toàn. Hãy tải lại trang.',
    VERSION_MISMATCH: 'Ứng dụng này cần phiên bản mới hơn. Hãy cập nhật ứng dụng.',
    UNAVAILABLE: 'Chức năng này tạm thời không dùng được. Vui lòng thử lại sau.',
    ORDER_NOT_FOUND: 'Không tìm thấy đơn thanh toán này.',
    ORDER_EXPIRED: 'Đơn thanh toán đã hết hạn. Hãy tạo đơn mới.',
    ORDER_CANCELLED: 'Đơn thanh toán đã bị huỷ.',
    ALREADY_PAID: 'Đơn này đã được thanh toán.',
    INSUFFICIENT_FUNDS: 'Số dư ví không đủ. Hãy nạp thêm tiền rồi thử lại.',
    INTERNAL: 'Đã có lỗi. Vui lòng thử lại.',
  },
  en: {
    NOT_HOSTED: 'Open this page inside the city app.',
    UNSUPPORTED: 'Your app cannot do this yet. Please update it.',
    UNKNOWN_METHOD: 'Your app cannot do this yet. Please update it.',
    INVALID_PARAMS: 'Some details are not valid. Please check them.',
    PAYLOAD_TOO_LARGE: 'This is too large. Remove a photo or shorten the text.',
    PERMISSION_DENIED: 'You did not allow this. You can change it under Privacy.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    QUOTA_EXCEEDED: 'The storage for this app is full.',
    CANCELLED: 'You cancelled.',
    TIMEOUT: 'This took too long. Please try again.',
    SESSION_CLOSED: 'The app was closed. Open it again and retry.',
    ALREADY_CONNECTED: 'The app is open elsewhere. Reload the page.',
    ORIGIN_MISMATCH: 'This app could not be opened safely. Reload the page.',
    VERSION_MISMATCH: 'This app needs a newer version. Please update.',
    UNAVAILABLE: 'This is not available right now. Please try again later.',
    ORDER_NOT_FOUND: 'This payment order was not found.',
    ORDER_EXPIRED: 'The payment order has expired. Start a new one.',
    ORDER_CANCELLED: 'The payment order was cancelled.',
    ALREADY_PAID: 'This order is already paid.',
    INSUFFICIENT_FUNDS: 'Your wallet balance is too low. Top up and try again.',
    INTERNAL: 'Something went wrong. Please try again.',
  },
};

/**
 * The citizen's message for a bridge error `code` in `lang` (Vietnamese unless `'en'`). A code outside `ErrorCode`
 * (another side's, or a newer host's) reads as `INTERNAL`'s: never the code itself.
 */
export function errorMessage(code: string, lang: string): string {
  const table: Readonly<Record<string, string>> = errorMessages[lang === 'en' ? 'en' : 'vi'];
  return Object.hasOwn(table, code) ? table[code]! : table['INTERNAL']!;
}
