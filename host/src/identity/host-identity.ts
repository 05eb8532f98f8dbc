import type { GrantStore, Provider } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { createSignInFn } from '../account/sign-in-fn.js';
import { withKeptFocus } from '../shared/keep-focus.js';
import { lazyProvider } from '../shared/lazy-provider.js';

/**
 * The citizen host's `identity` provider: sign-in and consent drawn by the host in `root`
 * (default `document.body`), in the language `lang()` answers when each opens; a refused consent
 * prompt is remembered in `grants`, the runtime's grant store. The provider and the consent prompt are their own
 * chunk, loaded when an app first asks for identity.
 */
export function createHostIdentity(account: AccountStore, lang: () => Lang, grants: GrantStore, root: HTMLElement = document.body): Provider<'identity'> {
  return lazyProvider('identity', async () => {
    const [{ createIdentityProvider }, { createConsentFn }] = await Promise.all([import('./provider.js'), import('./consent-prompt.js')]);
    // Each dialog gives the focus back to the app's frame when it closes, not to the page's body.
    return createIdentityProvider({
      account, signIn: withKeptFocus(createSignInFn(root, lang, account)), consent: withKeptFocus(createConsentFn(root, lang)), grants,
    });
  });
}
