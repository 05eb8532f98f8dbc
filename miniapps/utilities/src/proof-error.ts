import { isCitadelError } from '@citadel/sdk';
import { BackendError } from './api.js';
import { describeError, type AppContext } from './app-context.js';
import { fill } from './i18n.js';

/** What a failed proof means, in the citizen's language; anything unexpected as its code and message. */
export function proofError(ctx: AppContext, error: unknown): string {
  const { t } = ctx;
  // The host's prompt for the phone number, dismissed or refused.
  if (isCitadelError(error) && (error.code === 'CANCELLED' || error.code === 'PERMISSION_DENIED')) return t.phoneRequired;
  if (!(error instanceof BackendError)) return describeError(error);
  const data = error.data;
  switch (error.code) {
    case 'NOT_PROVEN': return fill(t.notProven, { n: String(data['triesLeft'] ?? 0) });
    case 'TOO_MANY_PROOFS': return fill(data['scope'] === 'citizen' ? t.tooManyProofsAll : t.tooManyProofs, { limit: String(data['limit']) });
    case 'PHONE_UNVERIFIED': return t.phoneUnverified;
    case 'PHONE_REQUIRED': return t.phoneRequired;
    case 'TOO_MANY_ACCOUNTS': return fill(t.tooManyAccounts, { limit: String(data['limit']) });
    // The field the backend refused, named in the citizen's words (a customer code that is not 6 to 20 letters and digits).
    case 'INVALID_PARAMS': return describeError(error);
    default: return describeError(error);
  }
}
