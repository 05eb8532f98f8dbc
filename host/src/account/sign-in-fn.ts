import type { AppIdentity } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { Citizen } from '@citadel/protocol/api';
import { drawFor } from '../shared/draw-for.js';
import type { AccountStore } from './account-store.js';
import { loadAccountScreens } from './load.js';

/** Shows the host-drawn sign-in over `app`; resolves with the citizen, or `undefined` when closed or `signal` aborts. */
export type SignInFn = (app: AppIdentity, signal: AbortSignal) => Promise<Citizen | undefined>;

/**
 * A `SignInFn` drawing `<citadel-sign-in-dialog>` in `root`, in the language `lang()` answers
 * when it opens. Callers ask one at a time (the identity provider runs one flow at a time).
 */
export function createSignInFn(root: HTMLElement, lang: () => Lang, account: AccountStore): SignInFn {
  return async (app, signal) => {
    // Signed in meanwhile (on the account screen, in another tab): nothing to ask.
    if (account.citizen) return account.citizen;
    await loadAccountScreens();
    return drawFor(root, 'citadel-sign-in-dialog', lang(), (dialog) => {
      dialog.account = account;
      return dialog.open(app, signal);
    });
  };
}
