import type { Lang } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { errorText } from '../shared/error-text.js';
import { isCancelled } from './ceremony.js';
import { passkeyStrings } from './i18n.js';

/**
 * What to tell the citizen about a failed passkey ceremony, in their language: the browser's
 * prompt cancelled (not a failure: they may try again), the device already holding a passkey
 * for the account, or the platform's refusal by its `code`; anything else as every host error.
 */
export function passkeyErrorText(error: unknown, lang: Lang): string {
  const e = passkeyStrings(lang).errors;
  if (isCancelled(error)) return e.cancelled;
  if (error instanceof Error && error.name === 'InvalidStateError') return e.exists;
  if (!isApiError(error)) return errorText(error, lang);
  switch (error.code) {
    case 'PASSKEY_EXISTS': return e.exists;
    case 'PASSKEY_UNKNOWN': return e.unknown;
    case 'CHALLENGE_EXPIRED': return e.expired;
    case 'PASSKEY_REFUSED':
    case 'PASSKEY_NOT_YOURS':
    case 'PASSKEY_COUNTER_REGRESSED':
    case 'CHALLENGE_UNKNOWN':
    case 'CHALLENGE_REPLAYED':
    case 'CHALLENGE_MISMATCH':
      return e.refused;
    default:
      return errorText(error, lang);
  }
}
