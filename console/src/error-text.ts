import { isApiError, type ApiError, type ClientErrorCode } from '@citadel/api-client';
import { CREDENTIAL_LIMITS, type ServerErrorCode } from '@citadel/protocol/api';
import type { Lang } from './i18n.js';
import { sendLimitText } from './send-limit-text.js';

/** Every code a call can fail with: the server's (`ServerErrorCode`) and the client's own. */
type Code = ServerErrorCode | keyof typeof ClientErrorCode;
/** A sentence, or one built from the error's details (a wait, the tries left). */
type Sentence = string | ((error: ApiError) => string);

const minutes = (error: ApiError) => Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
const triesLeft = (error: ApiError) => (typeof error.body['triesLeft'] === 'number' ? error.body['triesLeft'] : undefined);

const vi: Record<Code, Sentence> = {
  NOT_FOUND: 'Không tìm thấy; có thể mục này đã bị xoá hoặc bạn không có quyền xem.',
  MISDIRECTED: 'Máy chủ không phục vụ địa chỉ này. Hãy mở bảng điều khiển từ địa chỉ chính thức.',
  FORBIDDEN: 'Bạn không có quyền làm việc này.',
  INTERNAL: 'Máy chủ gặp lỗi. Vui lòng thử lại sau ít phút.',
  INVALID_PARAMS: 'Thông tin chưa hợp lệ. Vui lòng kiểm tra lại các mục đã điền.',
  PAYLOAD_TOO_LARGE: (e) => (e.limit === undefined ? 'Dữ liệu gửi lên quá lớn.' : `Dữ liệu gửi lên quá lớn (tối đa ${e.limit} byte).`),
  UNSUPPORTED_MEDIA_TYPE: 'Máy chủ không nhận loại tệp này. Hãy gửi một tệp .zip.',
  UNAUTHENTICATED: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
  INVALID_CREDENTIALS: 'Số điện thoại hoặc mật khẩu không đúng.',
  RATE_LIMITED: (e) => `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes(e)} phút.`,
  LOCKED_OUT: (e) => `Tài khoản tạm khoá vì nhập sai nhiều lần. Vui lòng thử lại sau ${minutes(e)} phút.`,
  PHONE_TAKEN: 'Số điện thoại này đã có tài khoản.',
  CROSS_SITE: 'Yêu cầu bị từ chối vì không đến từ trang này. Hãy tải lại trang rồi thử lại.',
  APP_SUSPENDED: 'Ứng dụng đang bị nhà vận hành tạm ngừng.',
  CONSENT_REQUIRED: 'Cần người dùng đồng ý trước khi làm việc này.',
  ALREADY_VERIFIED: 'Số định danh này đã xác thực một tài khoản khác.',
  VERIFICATION_FAILED: 'Thông tin không khớp với dữ liệu căn cước.',
  IDEMPOTENCY_KEY_REQUIRED: 'Yêu cầu thiếu khoá chống lặp. Hãy tải lại trang rồi thử lại.',
  IDEMPOTENCY_KEY_REUSED: 'Khoá chống lặp đã dùng cho một yêu cầu khác.',
  ORDER_NOT_FOUND: 'Không tìm thấy đơn hàng.',
  ORDER_EXPIRED: 'Đơn hàng đã hết hạn.',
  ORDER_CANCELLED: 'Đơn hàng đã bị huỷ.',
  ALREADY_PAID: 'Đơn hàng đã được thanh toán.',
  INSUFFICIENT_FUNDS: 'Số dư không đủ.',
  ORDER_NOT_PAID: 'Đơn hàng chưa được thanh toán.',
  REFUND_EXCEEDS_PAYMENT: 'Số tiền hoàn lớn hơn số đã thanh toán.',
  STEP_UP_FAILED: 'Xác nhận bổ sung không thành công.',
  INVALID_WEBHOOK_URL: 'Địa chỉ webhook không hợp lệ.',
  NOTIFICATIONS_NOT_GRANTED: 'Người dùng chưa cho phép nhận thông báo.',
  QUOTA_EXCEEDED: 'Đã dùng hết hạn mức cho hôm nay.',
  ALERT_EXPIRED: 'Cảnh báo đã hết hiệu lực.',
  INVALID_CAP: 'Tệp cảnh báo CAP không hợp lệ.',
  LOOKALIKE_BRANDING: 'Tên hoặc biểu tượng trông giống của nền tảng hay của thành phố.',
  PASSKEY_UNKNOWN: 'Khoá đăng nhập không được nhận ra.',
  PASSKEY_NOT_YOURS: 'Khoá đăng nhập này thuộc tài khoản khác.',
  PASSKEY_REFUSED: 'Khoá đăng nhập bị từ chối.',
  PASSKEY_COUNTER_REGRESSED: 'Khoá đăng nhập có dấu hiệu bị sao chép và bị từ chối.',
  PASSKEY_EXISTS: 'Khoá đăng nhập này đã được thêm.',
  CHALLENGE_UNKNOWN: 'Yêu cầu xác nhận không còn hợp lệ. Hãy thử lại.',
  CHALLENGE_REPLAYED: 'Yêu cầu xác nhận đã được dùng. Hãy thử lại.',
  CHALLENGE_EXPIRED: 'Yêu cầu xác nhận đã hết hạn. Hãy thử lại.',
  CHALLENGE_MISMATCH: 'Yêu cầu xác nhận không khớp. Hãy thử lại.',
  TOO_MANY_STREAMS: 'Có quá nhiều kết nối đang mở.',
  OTP_INVALID: (e) => `Mã xác thực không đúng.${triesLeft(e) === undefined ? '' : ` Còn ${triesLeft(e)} lần thử.`}`,
  OTP_EXPIRED: 'Mã xác thực đã hết hạn hoặc đã được dùng. Hãy đăng nhập lại để nhận mã mới.',
  OTP_TOO_MANY_TRIES: 'Bạn đã nhập sai mã 5 lần. Hãy đăng nhập lại để nhận mã mới.',
  OTP_SEND_LIMITED: (e) => sendLimitText(e, 'vi'),
  PHONE_NOT_VERIFIED: 'Số điện thoại của tài khoản chưa được xác thực bằng mã.',
  PIN_NOT_SET: 'Tài khoản chưa có mã PIN thanh toán.',
  PIN_LOCKED: 'Mã PIN đã bị khoá vì nhập sai 5 lần.',
  APP_EXISTS: 'Mã ứng dụng này đã có người dùng. Hãy chọn mã khác.',
  ORG_EXISTS: 'Mã tổ chức này đã có người dùng. Hãy chọn mã khác.',
  NAME_CLASH: 'Tên hoặc mã ứng dụng đọc giống một ứng dụng khác hoặc chứa từ được bảo hộ.',
  BUNDLE_REFUSED: 'Bản dựng không qua được kiểm tra tự động; xem các lỗi bên dưới.',
  VERSION_NOT_APPROVED: 'Chỉ phiên bản đã được duyệt mới phát hành được.',
  VERSION_STATE: 'Phiên bản không ở trạng thái cho phép việc này (có thể đã được gửi hoặc duyệt). Hãy tải lại trang.',
  NO_ROLLOUT: 'Không có đợt phát hành nào đang diễn ra để tạm dừng hay tiếp tục.',
  ORIGIN_NOT_VERIFIED: 'Nền tảng chưa xác minh được nguồn của ứng dụng liên kết; xem lý do bên dưới.',
  CREDENTIAL_LIMIT: (e) => `Mỗi ứng dụng có tối đa ${e.limit ?? CREDENTIAL_LIMITS.activeSecrets} khoá bí mật đang hoạt động. Hãy thu hồi một khoá trước khi tạo khoá mới.`,
  LAST_CREDENTIAL: 'Đây là khoá bí mật đang hoạt động duy nhất của ứng dụng. Hãy tạo khoá thay thế trước khi thu hồi nó.',
  WEBHOOK_NOT_SET: 'Hãy đặt địa chỉ nhận webhook trước khi gửi thử.',
  NETWORK: 'Không kết nối được. Kiểm tra mạng rồi thử lại.',
  BAD_RESPONSE: 'Máy chủ trả lời không đúng định dạng. Hãy tải lại trang.',
};

const en: Record<Code, Sentence> = {
  NOT_FOUND: 'Not found; it may have been removed, or you may not be allowed to see it.',
  MISDIRECTED: 'The server does not serve this address. Open the console from its official address.',
  FORBIDDEN: 'You are not allowed to do this.',
  INTERNAL: 'The server ran into an error. Please try again in a few minutes.',
  INVALID_PARAMS: 'Some details are not valid. Please check what you entered.',
  PAYLOAD_TOO_LARGE: (e) => (e.limit === undefined ? 'What you sent is too large.' : `What you sent is too large (at most ${e.limit} bytes).`),
  UNSUPPORTED_MEDIA_TYPE: 'The server does not take this kind of file. Send a .zip file.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  INVALID_CREDENTIALS: 'Wrong phone number or password.',
  RATE_LIMITED: (e) => `Too many attempts. Please try again in ${minutes(e)} minute(s).`,
  LOCKED_OUT: (e) => `The account is locked after too many wrong passwords. Please try again in ${minutes(e)} minute(s).`,
  PHONE_TAKEN: 'This phone number already has an account.',
  CROSS_SITE: 'The request was refused because it did not come from this page. Reload the page and try again.',
  APP_SUSPENDED: 'The operator has suspended this app.',
  CONSENT_REQUIRED: 'The citizen has to agree first.',
  ALREADY_VERIFIED: 'This ID number has already verified another account.',
  VERIFICATION_FAILED: 'The details do not match the national ID records.',
  IDEMPOTENCY_KEY_REQUIRED: 'The request lacks its idempotency key. Reload the page and try again.',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used for another request.',
  ORDER_NOT_FOUND: 'No such order.',
  ORDER_EXPIRED: 'The order has expired.',
  ORDER_CANCELLED: 'The order was cancelled.',
  ALREADY_PAID: 'The order is already paid.',
  INSUFFICIENT_FUNDS: 'The balance is too low.',
  ORDER_NOT_PAID: 'The order is not paid.',
  REFUND_EXCEEDS_PAYMENT: 'The refund is larger than what was paid.',
  STEP_UP_FAILED: 'The extra confirmation failed.',
  INVALID_WEBHOOK_URL: 'The webhook address is not valid.',
  NOTIFICATIONS_NOT_GRANTED: 'The citizen has not allowed notifications.',
  QUOTA_EXCEEDED: 'Today\'s quota is used up.',
  ALERT_EXPIRED: 'The alert is no longer in effect.',
  INVALID_CAP: 'The CAP alert file is not valid.',
  LOOKALIKE_BRANDING: 'A name or icon looks like the platform\'s or the city\'s.',
  PASSKEY_UNKNOWN: 'The passkey was not recognised.',
  PASSKEY_NOT_YOURS: 'This passkey belongs to another account.',
  PASSKEY_REFUSED: 'The passkey was refused.',
  PASSKEY_COUNTER_REGRESSED: 'The passkey looks copied and was refused.',
  PASSKEY_EXISTS: 'This passkey is already added.',
  CHALLENGE_UNKNOWN: 'The confirmation request is no longer valid. Try again.',
  CHALLENGE_REPLAYED: 'The confirmation request was already used. Try again.',
  CHALLENGE_EXPIRED: 'The confirmation request has expired. Try again.',
  CHALLENGE_MISMATCH: 'The confirmation request does not match. Try again.',
  TOO_MANY_STREAMS: 'Too many connections are open.',
  OTP_INVALID: (e) => `Wrong code.${triesLeft(e) === undefined ? '' : ` ${triesLeft(e)} ${triesLeft(e) === 1 ? 'try' : 'tries'} left.`}`,
  OTP_EXPIRED: 'The code has expired or was already used. Sign in again for a new one.',
  OTP_TOO_MANY_TRIES: 'You entered a wrong code 5 times. Sign in again for a new one.',
  OTP_SEND_LIMITED: (e) => sendLimitText(e, 'en'),
  PHONE_NOT_VERIFIED: 'The account\'s phone number has not been confirmed with a code.',
  PIN_NOT_SET: 'The account has no payment PIN.',
  PIN_LOCKED: 'The PIN is locked after 5 wrong tries.',
  APP_EXISTS: 'This app id is taken. Choose another one.',
  ORG_EXISTS: 'This organisation id is taken. Choose another one.',
  NAME_CLASH: 'The app\'s id or name reads as another app\'s, or holds a protected word.',
  BUNDLE_REFUSED: 'The bundle did not pass the automated checks; see the errors below.',
  VERSION_NOT_APPROVED: 'Only an approved version can be released.',
  VERSION_STATE: 'The version is not in a state that allows this (it may already be submitted or decided). Reload the page.',
  NO_ROLLOUT: 'There is no rollout going on to pause or resume.',
  ORIGIN_NOT_VERIFIED: 'The platform could not verify the linked app\'s origin; see why below.',
  CREDENTIAL_LIMIT: (e) => `An app has at most ${e.limit ?? CREDENTIAL_LIMITS.activeSecrets} active client secrets. Revoke one before creating another.`,
  LAST_CREDENTIAL: 'This is the app\'s only active client secret. Create its replacement before revoking it.',
  WEBHOOK_NOT_SET: 'Set a webhook address before sending a test event.',
  NETWORK: 'Can\'t connect. Check your connection and try again.',
  BAD_RESPONSE: 'The server\'s answer was not in the expected form. Reload the page.',
};

/**
 * What to tell the person about a failed call, in their language, chosen by the error's `code` (the server's
 * `message` is for developers and never shown). Every code has a sentence; one outside the contract (an old
 * server's, a proxy's `HTTP_502`) is named in a general one.
 */
export function errorText(error: unknown, lang: Lang): string {
  const table = lang === 'vi' ? vi : en;
  const code = isApiError(error) ? error.code : 'CLIENT';
  const sentence = Object.hasOwn(table, code) ? table[code as Code] : undefined;
  if (sentence === undefined) return lang === 'vi' ? `Đã có lỗi (mã ${code}). Vui lòng thử lại.` : `Something went wrong (code ${code}). Please try again.`;
  return typeof sentence === 'string' ? sentence : sentence(error as ApiError);
}
