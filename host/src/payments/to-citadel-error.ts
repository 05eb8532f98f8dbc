import { CitadelError, ErrorCode } from '@citadel/protocol';
import type { PaymentProblem } from '@citadel/ui';

/**
 * The bridge error `payments.pay` rejects with when the sheet closed on `problem`. The app
 * gets a code and a fixed message, never the platform's text. What happened at the PIN or the
 * passkey (wrong, locked, not set, cancelled, refused) is the citizen's business: the app only learns they did not pay.
 */
export function toCitadelError(problem: PaymentProblem): CitadelError {
  switch (problem.kind) {
    case 'insufficient-funds':
      // The app learns the order's amount, never the citizen's balance (the host's sheet showed that).
      return new CitadelError(ErrorCode.INSUFFICIENT_FUNDS, 'The wallet holds less than the order', { amount: problem.amount });
    case 'expired':
      return new CitadelError(ErrorCode.ORDER_EXPIRED, 'The order expired; create a new one');
    case 'order-cancelled':
      return new CitadelError(ErrorCode.ORDER_CANCELLED, 'The order was cancelled; it cannot be paid');
    case 'already-paid':
      return new CitadelError(ErrorCode.ALREADY_PAID, 'The order is already paid', problem.paymentId === undefined ? undefined : { paymentId: problem.paymentId });
    case 'not-found':
      return new CitadelError(ErrorCode.ORDER_NOT_FOUND, 'No such order for this app');
    case 'signed-out':
      return new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen is not signed in', { signedIn: false });
    case 'network':
    case 'failed':
      return new CitadelError(ErrorCode.UNAVAILABLE, 'Payments cannot be taken now; try again later');
    case 'wrong-pin':
    case 'pin-locked':
    case 'pin-not-set':
    case 'locked-out':
    case 'passkey-cancelled':
    case 'passkey-refused':
      return new CitadelError(ErrorCode.CANCELLED, 'The citizen closed the payment sheet');
  }
}
