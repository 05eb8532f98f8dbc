import type { Lang } from '@citadel/ui';
import { isAccountError } from './account-error.js';
import { accountStrings } from './i18n.js';

const minutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds / 60)));

/**
 * What to tell the citizen about a failed account call, in their language, chosen by the
 * error's `code` (the server's message is for developers and is never shown).
 */
export function errorText(error: unknown, lang: Lang): string {
  const e = accountStrings(lang).errors;
  if (!isAccountError(error)) return e.other('CLIENT');
  switch (error.code) {
    case 'RATE_LIMITED':
    case 'LOCKED_OUT':
      return e[error.code](minutes(error.retryAfterSeconds));
    case 'INVALID_CREDENTIALS':
    case 'PHONE_TAKEN':
    case 'INVALID_PARAMS':
    case 'UNAUTHENTICATED':
    case 'PAYLOAD_TOO_LARGE':
    case 'FORBIDDEN':
    case 'CROSS_SITE':
    case 'ALREADY_VERIFIED':
    case 'NOT_FOUND':
    case 'VERIFICATION_FAILED':
    case 'NETWORK':
      return e[error.code];
    default:
      return e.other(error.code);
  }
}
