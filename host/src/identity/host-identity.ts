import type { GrantStore, Provider } from '@citadel/runtime';
import { createConsentFn, type Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { createSignInFn } from '../account/sign-in-fn.js';
import { withKeptFocus } from '../shared/keep-focus.js';
import { createIdentityProvider } from './provider.js';

/**
 * The citizen host's `identity` provider: sign-in and consent drawn by the host in `root`
 * (default `document.body`), in the language `lang()` answers when each opens; a refused consent
 * prompt is remembered in `grants`, the runtime's grant store.
 */
export function createHostIdentity(account: AccountStore, lang: () => Lang, grants: GrantStore, root: HTMLElement = document.body): Provider<'identity'> {
  // Each dialog gives the focus back to the app's frame when it closes, not to the page's body.
  return createIdentityProvider({
    account, signIn: withKeptFocus(createSignInFn(root, lang, account)), consent: withKeptFocus(createConsentFn(root, lang)), grants,
  });
}
