import type { PaymentProblem } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { isCancelled } from '../passkeys/ceremony.js';

const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined);

/** What the payment sheet makes of a failed payments call, by the platform's `code`. */
export function toProblem(error: unknown): PaymentProblem {
  // The device's passkey prompt, cancelled or timed out: nothing was sent.
  if (isCancelled(error)) return { kind: 'passkey-cancelled' };
  if (!isApiError(error)) return { kind: 'failed', code: 'CLIENT' };
  const { body } = error;
  switch (error.code) {
    case 'NETWORK':
      return { kind: 'network' };
    case 'UNAUTHENTICATED':
      return { kind: 'signed-out' };
    case 'STEP_UP_FAILED':
      return { kind: 'wrong-pin', triesLeft: count(body['triesLeft']) };
    case 'PIN_LOCKED':
      return { kind: 'pin-locked' };
    case 'PIN_NOT_SET':
      return { kind: 'pin-not-set' };
    case 'LOCKED_OUT':
    case 'RATE_LIMITED':
      return { kind: 'locked-out', retryAfterSeconds: error.retryAfterSeconds };
    case 'INSUFFICIENT_FUNDS': {
      const balance = count(body['balance']);
      const amount = count(body['amount']);
      return balance === undefined || amount === undefined ? { kind: 'failed', code: error.code } : { kind: 'insufficient-funds', balance, amount };
    }
    case 'ORDER_EXPIRED':
      return { kind: 'expired' };
    case 'ORDER_CANCELLED':
      return { kind: 'order-cancelled' };
    case 'ALREADY_PAID':
      return { kind: 'already-paid', paymentId: typeof body['paymentId'] === 'string' ? body['paymentId'] : undefined };
    case 'ORDER_NOT_FOUND':
      return { kind: 'not-found' };
    case 'PASSKEY_REFUSED':
    case 'PASSKEY_UNKNOWN':
    case 'PASSKEY_NOT_YOURS':
    case 'PASSKEY_COUNTER_REGRESSED':
    case 'CHALLENGE_UNKNOWN':
    case 'CHALLENGE_REPLAYED':
    case 'CHALLENGE_EXPIRED':
    case 'CHALLENGE_MISMATCH':
      return { kind: 'passkey-refused', code: error.code };
    default:
      return { kind: 'failed', code: error.code };
  }
}
