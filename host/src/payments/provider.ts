import { CitadelError, ErrorCode } from '@citadel/protocol';
import type { AppIdentity, CallContext, Provider } from '@citadel/runtime';
import type { PaymentSheetFn, PaymentStep } from '@citadel/ui';
import type { Citizen, PayAnswer } from '@citadel/protocol/api';
import type { AccountStore } from '../account/account-store.js';
import type { SignInFn } from '../account/sign-in-fn.js';
import { ApiError, isApiError } from '@citadel/api-client';
import { passkeysSupported, signWithPasskey } from '../passkeys/ceremony.js';
import type { PaymentsApi } from './api.js';
import { toCitadelError } from './to-citadel-error.js';
import { toProblem } from './to-problem.js';

/** What the payments provider needs from the host. */
export interface PaymentsProviderOptions {
  /** The citizen's account: who pays. */
  readonly account: AccountStore;
  /** The wallet and payments APIs. */
  readonly api: PaymentsApi;
  /** Draws sign-in over the app when nobody is signed in. */
  readonly signIn: SignInFn;
  /** Draws the payment sheet. */
  readonly sheet: PaymentSheetFn;
  /** Lets the citizen top up from the sheet, drawn over it. Default none: no top-up button. */
  readonly topUp?: (app: AppIdentity) => Promise<void>;
  /** Takes the citizen to the PIN set-up (no PIN yet, or a locked one). Default none: no such button in the sheet. */
  readonly setUpPin?: () => void;
}

const cancelled = (why: string, data?: Record<string, unknown>) => new CitadelError(ErrorCode.CANCELLED, why, data);

async function step<T>(run: () => Promise<T>): Promise<PaymentStep<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}

/**
 * The host's `payments` provider. `pay({ orderId })`: signs the citizen in if needed (closing
 * the sign-in is `CANCELLED`), then shows the host-drawn sheet with the order as the platform
 * holds it for `context.app` (the frame the runtime created, never a field of the call); the
 * citizen confirms with their payment PIN or, when they have one, a passkey. Resolves with the
 * payment id and the signed receipt.
 *
 * One sheet per host at a time: while a payment is under way (signing in, sheet open, paying),
 * any other `payments.pay`, from this app or another, is refused at once with `CANCELLED` and
 * `data.busy: true`. Calls are not queued, so an app cannot line up a second sheet to appear
 * the moment the citizen confirms the first.
 */
export function createPaymentsProvider({ account, api, signIn, sheet, topUp, setUpPin }: PaymentsProviderOptions): Provider<'payments'> {
  let busy = false;

  async function signedIn(context: CallContext): Promise<Citizen> {
    const citizen = account.citizen === undefined ? await account.refresh() : account.citizen;
    if (citizen) return citizen;
    if (citizen === undefined) throw new CitadelError(ErrorCode.UNAVAILABLE, 'The platform could not be reached');
    const fresh = await signIn(context.app, context.signal);
    if (!fresh) throw cancelled('The citizen closed the sign-in');
    return fresh;
  }

  /** Pays; when the answer was lost and a retry finds the order paid, checks whether the payment is this citizen's own. */
  async function payOnce(orderId: string, appId: string, pay: () => Promise<PayAnswer>): Promise<PayAnswer> {
    try {
      return await pay();
    } catch (error) {
      const paymentId = isApiError(error, 'ALREADY_PAID') ? error.body['paymentId'] : undefined;
      if (typeof paymentId !== 'string') throw error;
      const own = await api.payment(paymentId).catch(() => undefined);
      if (own?.receipt.orderId === orderId && own.receipt.appId === appId) return { status: 'succeeded', paymentId, receipt: own.jws };
      throw error;
    }
  }

  /** Whether the sheet offers "Pay with passkey": this browser can, and the citizen has one (asking failing counts as none). */
  async function hasPasskey(): Promise<boolean> {
    if (!passkeysSupported()) return false;
    return (await account.passkeys.list().catch(() => [])).length > 0;
  }

  async function run(orderId: string, context: CallContext, again: boolean): Promise<PayAnswer> {
    await signedIn(context);
    const appId = context.app.id;
    const passkey = await hasPasskey();
    const outcome = await sheet({
      app: context.app,
      load: () => step(async () => {
        const [{ order, balance }, pin] = await Promise.all([api.order(orderId, appId), api.pinStatus()]);
        // The platform answered for this app's order; anything else is not shown.
        if (order.id !== orderId || order.appId !== appId) throw new ApiError('ORDER_NOT_FOUND', 'Another order answered', { status: 404 });
        return { order, balance, pin: pin.locked ? 'locked' as const : pin.set ? 'set' as const : 'not-set' as const, antiPhishingWords: pin.words };
      }),
      pay: (pin) => step(() => payOnce(orderId, appId, () => api.pay(orderId, appId, { method: 'pin', pin }))),
      ...(passkey ? {
        passkey: () => step(() => payOnce(orderId, appId, async () =>
          api.payWithPasskey(orderId, appId, await signWithPasskey(await api.passkeyOptions(orderId, appId))))),
      } : {}),
      ...(setUpPin ? { setUpPin } : {}),
      ...(topUp ? { topUp: () => topUp(context.app) } : {}),
    }, context.signal);
    if (outcome.status === 'paid') return outcome.value;
    if (outcome.status === 'cancelled') throw cancelled('The citizen closed the payment sheet');
    if (outcome.problem.kind === 'signed-out') {
      // The session ended elsewhere (revoked, expired): sign in again, once.
      account.signedOut();
      if (again) return run(orderId, context, false);
    }
    throw toCitadelError(outcome.problem);
  }

  return {
    async pay({ orderId }, context) {
      if (busy) throw cancelled('Another payment is under way', { busy: true });
      busy = true;
      try {
        return await run(orderId, context, true);
      } catch (error) {
        if (error instanceof CitadelError) throw error;
        throw isApiError(error) ? toCitadelError(toProblem(error)) : new CitadelError(ErrorCode.INTERNAL, 'The host could not take the payment');
      } finally {
        busy = false;
      }
    },
  };
}
