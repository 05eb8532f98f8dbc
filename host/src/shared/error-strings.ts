import type { Lang } from '@citadel/ui';

const viMinutes = (m: number | undefined) => (m === undefined ? 'vài phút' : `${m} phút`);
const enMinutes = (m: number | undefined) => (m === undefined ? 'a few minutes' : m === 1 ? '1 minute' : `${m} minutes`);

const strings = {
  vi: {
    INVALID_CREDENTIALS: 'Số điện thoại hoặc mật khẩu không đúng.',
    RATE_LIMITED: (m: number | undefined) => `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${viMinutes(m)}.`,
    LOCKED_OUT: (m: number | undefined) => `Tài khoản tạm khoá vì nhập sai nhiều lần. Vui lòng thử lại sau ${viMinutes(m)}.`,
    PHONE_TAKEN: 'Số điện thoại này đã có tài khoản. Hãy đăng nhập.',
    UNAUTHENTICATED: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
    FORBIDDEN: 'Yêu cầu bị từ chối. Hãy tải lại trang rồi thử lại.',
    CROSS_SITE: 'Yêu cầu bị từ chối. Hãy tải lại trang rồi thử lại.',
    ALREADY_VERIFIED: 'Số định danh này đã được dùng để xác thực một tài khoản khác.',
    NOT_FOUND: 'Không tìm thấy; có thể mục này đã bị xoá.',
    VERIFICATION_FAILED: 'Thông tin không khớp với dữ liệu căn cước. Vui lòng kiểm tra lại.',
    NETWORK: 'Không kết nối được. Kiểm tra mạng rồi thử lại.',
    OTP_INVALID: (left: number | undefined) => `Mã xác thực không đúng.${left === undefined ? '' : ` Còn ${left} lần thử.`}`,
    OTP_EXPIRED: 'Mã xác thực đã hết hạn hoặc đã được dùng. Hãy yêu cầu mã mới.',
    OTP_TOO_MANY_TRIES: 'Bạn đã nhập sai mã 5 lần. Hãy yêu cầu mã mới.',
    OTP_SEND_LIMITED: (s: number | undefined) => `Đã gửi quá nhiều mã tới số này hoặc từ mạng này. Vui lòng thử lại sau ${s === undefined ? 'ít phút' : s < 120 ? `${s} giây` : `${Math.ceil(s / 60)} phút`}.`,
    PIN_LOCKED: 'Mã PIN đã bị khoá vì nhập sai 5 lần. Hãy đặt lại mã PIN bằng mã xác thực gửi tới điện thoại.',
    PIN_NOT_SET: 'Bạn chưa có mã PIN thanh toán. Hãy tạo mã PIN trong mục Bảo mật thanh toán.',
  },
  en: {
    INVALID_CREDENTIALS: 'Wrong phone number or password.',
    RATE_LIMITED: (m: number | undefined) => `Too many attempts. Please try again in ${enMinutes(m)}.`,
    LOCKED_OUT: (m: number | undefined) => `The account is locked after too many wrong passwords. Please try again in ${enMinutes(m)}.`,
    PHONE_TAKEN: 'This phone number already has an account. Sign in instead.',
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'The request was refused. Reload the page and try again.',
    CROSS_SITE: 'The request was refused. Reload the page and try again.',
    ALREADY_VERIFIED: 'This ID number has already verified another account.',
    NOT_FOUND: 'Not found; it may have been removed.',
    VERIFICATION_FAILED: 'The details do not match the national ID records. Please check them.',
    NETWORK: "Can't connect. Check your connection and try again.",
    OTP_INVALID: (left: number | undefined) => `Wrong code.${left === undefined ? '' : ` ${left} ${left === 1 ? 'try' : 'tries'} left.`}`,
    OTP_EXPIRED: 'The code has expired or was already used. Ask for a new one.',
    OTP_TOO_MANY_TRIES: 'You entered a wrong code 5 times. Ask for a new one.',
    OTP_SEND_LIMITED: (s: number | undefined) => `Too many codes were sent to this number or from this network. Please try again in ${s === undefined ? 'a few minutes' : s < 120 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`}.`,
    PIN_LOCKED: 'The PIN is locked after 5 wrong tries. Reset it with a code sent to your phone.',
    PIN_NOT_SET: 'You have no payment PIN yet. Set one up under Payment security.',
  },
} as const;

/**
 * What the host tells the citizen about a failed platform call, by the error's `code`, in `lang`, for the server's own
 * codes; a code the bridge has too (`INVALID_PARAMS`, `INSUFFICIENT_FUNDS`, …) and anything else reads as
 * `@citadel/sdk/messages` says, the sentences the apps show too.
 */
export const errorStrings = (lang: Lang) => strings[lang];
