import type { AppIdentity } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { PaymentsApi } from '../payments/api.js';
import { drawFor } from '../shared/draw-for.js';
import { loadWalletScreens } from './load.js';

/** Shows the top-up over the payment sheet for `app`; resolves once it closes. */
export type TopUpFn = (app: AppIdentity) => Promise<void>;

/** A `TopUpFn` drawing `<citadel-topup-dialog>` in `root`, in the language `lang()` answers when it opens. */
export function createTopUpFn(root: HTMLElement, lang: () => Lang, api: PaymentsApi): TopUpFn {
  return async (app) => {
    await loadWalletScreens();
    await drawFor(root, 'citadel-topup-dialog', lang(), (dialog) => {
      dialog.api = api;
      return dialog.open(app);
    });
  };
}
