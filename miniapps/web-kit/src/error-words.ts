/**
 * What the kit tells a citizen about the refusals every demo backend shares (the backend kit's codes) and about a
 * refused field, in both languages. Bridge codes are `@citadel/sdk/messages`' table, shared with the host.
 * `{field}`, `{min}` and `{max}` are filled by `describeError`.
 */
export const errorWords = {
  vi: {
    UNREACHABLE: 'Không kết nối được. Kiểm tra mạng rồi thử lại.',
    SESSION_INVALID: 'Phiên làm việc đã hết. Hãy đóng rồi mở lại ứng dụng.',
    NOT_FOUND: 'Không tìm thấy mục này; có thể nó đã bị xoá.',
    IDEMPOTENCY_KEY_REUSED: 'Yêu cầu này đã được gửi với nội dung khác. Hãy tải lại rồi gửi lại.',
    IDEMPOTENCY_KEY_IN_USE: 'Yêu cầu trước của bạn vẫn đang được xử lý. Vui lòng đợi giây lát.',
    fieldInvalid: 'Mục “{field}” chưa hợp lệ. Vui lòng kiểm tra lại.',
    fieldEmpty: 'Hãy điền mục “{field}”.',
    fieldShort: 'Mục “{field}” cần ít nhất {min} ký tự.',
    fieldLong: 'Mục “{field}” chỉ được tối đa {max} ký tự.',
    fieldFew: 'Mục “{field}” cần ít nhất {min}.',
    fieldMany: 'Mục “{field}” chỉ được tối đa {max}.',
  },
  en: {
    UNREACHABLE: "Can't connect. Check your connection and try again.",
    SESSION_INVALID: 'Your session has ended. Close the app and open it again.',
    NOT_FOUND: 'Not found; it may have been removed.',
    IDEMPOTENCY_KEY_REUSED: 'This request was already sent with other details. Reload and send it again.',
    IDEMPOTENCY_KEY_IN_USE: 'Your previous request is still being handled. Please wait a moment.',
    fieldInvalid: '“{field}” is not valid. Please check it.',
    fieldEmpty: 'Fill in “{field}”.',
    fieldShort: '“{field}” needs at least {min} characters.',
    fieldLong: '“{field}” takes at most {max} characters.',
    fieldFew: '“{field}” needs at least {min}.',
    fieldMany: '“{field}” takes at most {max}.',
  },
} as const;

/** The backend codes that mean the citizen's session is gone: sign-in happens again when the app is reopened. */
export const SESSION_CODES: ReadonlySet<string> = new Set([
  'SESSION_INVALID', 'MISSING_TOKEN', 'MISSING_CLAIM', 'NONCE_UNKNOWN', 'MALFORMED', 'WRONG_TYPE', 'WRONG_ALGORITHM', 'UNKNOWN_KEY',
  'BAD_SIGNATURE', 'WRONG_ISSUER', 'WRONG_AUDIENCE', 'EXPIRED', 'NOT_YET_VALID', 'JWKS_UNAVAILABLE',
]);

/** Backend codes that read as a bridge code's sentence: a limit on sign-ins is a rate limit to the citizen. */
export const SAME_AS_BRIDGE: Readonly<Record<string, string>> = { TOO_MANY_NONCES: 'RATE_LIMITED', HTTP_429: 'RATE_LIMITED', HTTP_413: 'PAYLOAD_TOO_LARGE' };
