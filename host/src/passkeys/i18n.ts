import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    title: 'Khoá truy cập (passkey)',
    intro: 'Đăng nhập và xác nhận thanh toán bằng vân tay, khuôn mặt hoặc mã khoá màn hình của thiết bị, không cần mật khẩu. Khoá riêng không bao giờ rời thiết bị của bạn.',
    add: 'Thêm khoá truy cập',
    adding: 'Đang tạo khoá…',
    none: 'Bạn chưa có khoá truy cập nào.',
    created: 'Tạo lúc',
    lastUsed: 'Dùng lần cuối',
    neverUsed: 'Chưa dùng',
    remove: 'Xoá',
    removeLabel: (name: string) => `Xoá khoá truy cập ${name}`,
    retry: 'Thử lại',
    loading: 'Đang tải…',
    signIn: 'Đăng nhập bằng khoá truy cập',
    signingIn: 'Đang chờ khoá truy cập…',
    or: 'hoặc',
    unsupported: 'Trình duyệt này không hỗ trợ khoá truy cập.',
    errors: {
      cancelled: 'Bạn đã huỷ hoặc hết thời gian xác nhận khoá truy cập. Bạn có thể thử lại.',
      exists: 'Thiết bị này đã có khoá truy cập cho tài khoản của bạn.',
      unknown: 'Khoá truy cập này không còn được đăng ký. Hãy đăng nhập bằng mật khẩu.',
      refused: 'Khoá truy cập không được chấp nhận. Vui lòng thử lại.',
      expired: 'Đã quá thời gian xác nhận. Vui lòng thử lại.',
    },
  },
  en: {
    title: 'Passkeys',
    intro: 'Sign in and approve payments with your device\'s fingerprint, face or screen lock instead of a password. The private key never leaves your device.',
    add: 'Add a passkey',
    adding: 'Creating the passkey…',
    none: 'You have no passkeys yet.',
    created: 'Created',
    lastUsed: 'Last used',
    neverUsed: 'Not used yet',
    remove: 'Remove',
    removeLabel: (name: string) => `Remove passkey ${name}`,
    retry: 'Try again',
    loading: 'Loading…',
    signIn: 'Sign in with a passkey',
    signingIn: 'Waiting for the passkey…',
    or: 'or',
    unsupported: 'This browser does not support passkeys.',
    errors: {
      cancelled: 'The passkey prompt was cancelled or timed out. You can try again.',
      exists: 'This device already holds a passkey for your account.',
      unknown: 'This passkey is no longer registered. Sign in with your password.',
      refused: 'The passkey was not accepted. Please try again.',
      expired: 'The time to confirm ran out. Please try again.',
    },
  },
} as const;

/** The passkey screens' strings in `lang`. */
export const passkeyStrings = (lang: Lang) => strings[lang];
