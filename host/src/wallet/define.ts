import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelWalletHistory } from './history-view.js';
import { CitadelWalletReceipt } from './receipt-view.js';
import { CitadelTopUpDialog } from './topup-dialog.js';
import { CitadelWalletTopUp } from './topup-form.js';
import { CitadelWalletPage } from './wallet-page.js';

const elements = {
  'citadel-wallet-page': CitadelWalletPage,
  'citadel-wallet-topup': CitadelWalletTopUp,
  'citadel-wallet-history': CitadelWalletHistory,
  'citadel-wallet-receipt': CitadelWalletReceipt,
  'citadel-topup-dialog': CitadelTopUpDialog,
} as const;

/** Registers the wallet's elements under their tag names; safe to call more than once. Load through `loadWalletScreens`. */
export const defineWalletElements = (): void => defineElements(elements);

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
