import type { AppIdentity, Provider } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { accountPath } from '../account/routes.js';
import { createSignInFn } from '../account/sign-in-fn.js';
import { createPaymentsApi, type PaymentsApi } from '../payments/api.js';
import { keepFocus, withKeptFocus } from '../shared/keep-focus.js';
import { lazyProvider } from '../shared/lazy-provider.js';
import { createTopUpFn } from './topup-fn.js';

/**
 * The citizen host's `payments` provider: sign-in, the payment sheet and the sheet's top-up
 * (and, for a citizen without a PIN, `goTo` the account's security page) drawn by the host in `root` (default `document.body`), in the language `lang()` answers when
 * each opens. The provider and the sheet are their own chunk, loaded when an app first asks to pay.
 */
export function createHostPayments(
  account: AccountStore, lang: () => Lang, goTo: (path: string) => void, root: HTMLElement = document.body, api: PaymentsApi = createPaymentsApi(),
): Provider<'payments'> {
  const topUp = createTopUpFn(root, lang, api);
  return lazyProvider('payments', async () => {
    const [{ createPaymentsProvider }, { createPaymentSheetFn }] = await Promise.all([import('../payments/provider.js'), import('./payment-sheet.js')]);
    const sheet = createPaymentSheetFn(root, lang);
    // Each dialog gives the focus back to the app's frame when it closes, not to the page's body.
    return createPaymentsProvider({
      account, api,
      signIn: withKeptFocus(createSignInFn(root, lang, account)),
      sheet: (request, signal) => keepFocus(() => sheet(request, signal)),
      topUp: (app: AppIdentity) => topUp(app),
      // No PIN yet, or a locked one: the sheet closes and the account's security page opens.
      setUpPin: () => goTo(accountPath('security')),
    });
  });
}
