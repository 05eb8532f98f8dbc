import type { GrantStore, Provider } from '@citadel/runtime';
import { createConsentFn, type Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { createSignInFn } from '../account/sign-in-fn.js';
import { createIdentityProvider } from './provider.js';

/**
 * The citizen host's `identity` provider: sign-in and consent drawn by the host in `root`
 * (default `document.body`), in the language `lang()` answers when each opens; a refused consent
 * prompt is remembered in `grants`, the runtime's grant store.
 */
export function createHostIdentity(account: AccountStore, lang: () => Lang, grants: GrantStore, root: HTMLElement = document.body): Provider<'identity'> {
  return createIdentityProvider({ account, signIn: createSignInFn(root, lang, account), consent: createConsentFn(root, lang), grants });
}
