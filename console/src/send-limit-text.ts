import type { ApiError } from '@citadel/api-client';
import type { Lang } from './i18n.js';

const units = { hour: ['giờ', 'hour', 3600], minute: ['phút', 'minute', 60], second: ['giây', 'second', 1] } as const;

/** `seconds` counted in `unit` (rounded up), in words. */
function counted(seconds: number, unit: keyof typeof units, lang: Lang): string {
  const [vi, en, size] = units[unit];
  const n = Math.ceil(seconds / size);
  return lang === 'vi' ? `${n} ${vi}` : `${n} ${en}${n === 1 ? '' : 's'}`;
}

/** A limit's window in words: whole hours, whole minutes, or seconds. */
const span = (seconds: number, lang: Lang) => counted(seconds, seconds % 3600 === 0 ? 'hour' : seconds % 60 === 0 ? 'minute' : 'second', lang);

/** A wait in words: seconds under two minutes, minutes (rounded up) beyond. */
export const waitText = (seconds: number, lang: Lang): string => counted(seconds, seconds < 120 ? 'second' : 'minute', lang);

type Rule = (limit: number, window: string) => string;
const perNumber: Record<Lang, Rule> = {
  vi: (limit, window) => `Mỗi số nhận tối đa ${limit} mã trong ${window}.`,
  en: (limit, window) => `A number gets at most ${limit} codes in ${window}.`,
};

/** Each send limit of the platform (`limitName`), in words. */
const limits: Record<Lang, Readonly<Record<string, Rule>>> = {
  vi: {
    'per-number-cooldown': (_, window) => `Mỗi số chỉ nhận 1 mã cho mỗi việc trong ${window}.`,
    'per-number-hour': perNumber.vi,
    'per-number-day': perNumber.vi,
    'per-ip-hour': (limit, window) => `Mỗi địa chỉ mạng được yêu cầu tối đa ${limit} mã trong ${window}.`,
  },
  en: {
    'per-number-cooldown': (_, window) => `A number gets 1 code for each purpose in ${window}.`,
    'per-number-hour': perNumber.en,
    'per-number-day': perNumber.en,
    'per-ip-hour': (limit, window) => `One network address may ask for at most ${limit} codes in ${window}.`,
  },
};

/**
 * `429 OTP_SEND_LIMITED` in words: the limit the platform names (`limitName`, its size `limit` in `windowSeconds`) and
 * when to try again (`retryAfterSeconds`), as docs/security-model.md lists them.
 */
export function sendLimitText(error: ApiError, lang: Lang): string {
  const name = error.body['limitName'];
  const window = error.body['windowSeconds'];
  const table = limits[lang];
  const named = typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : undefined;
  const rule = named && typeof window === 'number' && error.limit !== undefined
    ? named(error.limit, span(window, lang))
    : (lang === 'vi' ? 'Đã gửi quá nhiều mã.' : 'Too many codes were sent.');
  const after = error.retryAfterSeconds;
  if (after === undefined) return rule;
  return lang === 'vi' ? `${rule} Vui lòng thử lại sau ${waitText(after, lang)}.` : `${rule} Please try again in ${waitText(after, lang)}.`;
}
