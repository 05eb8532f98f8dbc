import { CitadelError, ErrorCode } from '@citadel/protocol';
import type { CallContext, GrantStore, Provider } from '@citadel/runtime';
import type { Citizen } from '@citadel/protocol/api';
import type { AccountStore } from '../account/account-store.js';
import type { SignInFn } from '../account/sign-in-fn.js';
import { isApiError } from '@citadel/api-client';
import type { NotificationsApi } from './api.js';
import { toCitadelError } from './to-citadel-error.js';

/** What the notifications provider needs from the host. */
export interface NotificationsProviderOptions {
  /** The citizen's account: whom the app may notify. */
  readonly account: AccountStore;
  /** The notification grants API. */
  readonly api: NotificationsApi;
  /** Draws sign-in over the app when nobody is signed in. */
  readonly signIn: SignInFn;
  /** The runtime's grant store (the one `createHost` was given), where the host-drawn prompt's answer is remembered. */
  readonly grants: GrantStore;
}

/**
 * The host's `notifications` provider. `getPermission()` answers what the platform holds,
 * without a prompt. `requestPermission()`: signs the citizen in if needed
 * (closing the sign-in is `PERMISSION_DENIED`, `signedIn: false`); when the platform holds the grant for
 * `context.app` (the frame the runtime created, never a field of the call) it answers
 * `{ granted: true }` without asking; otherwise it asks in the runtime's host-drawn prompt (the
 * manifest's reason; a denial is remembered and answered `PERMISSION_DENIED` without asking
 * again) and stores the grant on the platform, which is what a partner's send is checked against.
 *
 * A "yes" the runtime remembers while the platform holds no grant (withdrawn on another device,
 * or in the consent center) is forgotten first: withdrawing is never undone without asking.
 * One flow at a time, whichever app asks.
 */
export function createNotificationsProvider({ account, api, signIn, grants }: NotificationsProviderOptions): Provider<'notifications'> {
  let queue: Promise<unknown> = Promise.resolve();

  async function signedIn(context: CallContext): Promise<Citizen> {
    const citizen = account.citizen === undefined ? await account.refresh() : account.citizen;
    if (citizen) return citizen;
    if (citizen === undefined) throw new CitadelError(ErrorCode.UNAVAILABLE, 'The platform could not be reached');
    await context.beforePrompt('notifications'); // without a gesture in the app: behind the host's chip
    const fresh = await signIn(context.app, context.signal);
    // The registry files this method's refusals under PERMISSION_DENIED only: not signed in is one.
    if (!fresh) throw new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen closed the sign-in', { signedIn: false });
    return fresh;
  }

  async function run(context: CallContext): Promise<{ granted: boolean }> {
    await signedIn(context);
    const appId = context.app.id;
    if ((await api.grant(appId)).granted) return { granted: true };
    const remembered = await grants.get(appId, 'notifications');
    if (remembered?.granted) await grants.delete(appId, 'notifications');
    await context.requestGrant('notifications'); // rejects PERMISSION_DENIED on a no
    return { granted: (await api.setGrant(appId)).granted };
  }

  return {
    /** Never prompts and never signs in: `false` for nobody signed in, or no grant held by the platform. */
    async getPermission(_params, context) {
      try {
        const citizen = account.citizen === undefined ? await account.refresh() : account.citizen;
        if (!citizen) return { granted: false };
        return { granted: (await api.grant(context.app.id)).granted };
      } catch (error) {
        if (isApiError(error, 'UNAUTHENTICATED')) return { granted: false };
        throw toCitadelError(error);
      }
    },
    requestPermission(_params, context) {
      const next = queue.then(async () => {
        try {
          return await run(context);
        } catch (error) {
          if (!isApiError(error, 'UNAUTHENTICATED')) throw toCitadelError(error);
          // The session ended elsewhere: sign in again, once.
          account.signedOut();
          try {
            return await run(context);
          } catch (again) {
            throw toCitadelError(again);
          }
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
