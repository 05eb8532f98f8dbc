import type { Lang } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { isCitadelError } from '@citadel/protocol';
import { errorMessage } from '@citadel/sdk/messages';
import { errorStrings } from './error-strings.js';

const minutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds / 60)));

/**
 * What to tell the citizen about a failed platform or bridge call, in their language, chosen by the error's `code`
 * (the server's message is for developers and is never shown, nor is the code): the host's sentences for the server's
 * own codes, else `@citadel/sdk/messages`' for bridge codes, else its "something went wrong".
 */
export function errorText(error: unknown, lang: Lang): string {
  const e = errorStrings(lang);
  if (!isApiError(error)) return errorMessage(isCitadelError(error) ? error.code : 'INTERNAL', lang);
  switch (error.code) {
    case 'RATE_LIMITED':
    case 'LOCKED_OUT':
      return e[error.code](minutes(error.retryAfterSeconds));
    case 'OTP_INVALID': {
      const left = error.body['triesLeft'];
      return e.OTP_INVALID(typeof left === 'number' ? left : undefined);
    }
    case 'OTP_SEND_LIMITED':
      return e.OTP_SEND_LIMITED(error.retryAfterSeconds);
    case 'OTP_EXPIRED':
    case 'OTP_TOO_MANY_TRIES':
    case 'PIN_LOCKED':
    case 'PIN_NOT_SET':
    case 'INVALID_CREDENTIALS':
    case 'PHONE_TAKEN':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'CROSS_SITE':
    case 'ALREADY_VERIFIED':
    case 'NOT_FOUND':
    case 'VERIFICATION_FAILED':
    case 'NETWORK':
      return e[error.code];
    default:
      return errorMessage(error.code, lang);
  }
}
