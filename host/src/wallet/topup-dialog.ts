import { LitElement, html, nothing } from 'lit';
import type { AppIdentity } from '@citadel/runtime';
import { keepTabInside, type Lang } from '@citadel/ui';
import type { PaymentsApi } from '../payments/api.js';
import { dialogStyles, ModalDialog } from '../shared/modal-dialog.js';
import { walletStrings } from './i18n.js';
import { walletStyles } from './styles.js';

/**
 * The wallet's top-up drawn over the payment sheet, when the balance is short: a modal
 * `<dialog>` in the top layer, above the sheet (which stays open underneath and reads the
 * balance again once this closes). It closes by itself after a top-up.
 */
export class CitadelTopUpDialog extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
    app: { attribute: false },
  };

  static override styles = [walletStyles, dialogStyles];

  /** The wallet API. */
  declare api: PaymentsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** The app whose payment is waiting. */
  declare app: AppIdentity | undefined;
  readonly #modal = new ModalDialog<void>(this);

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** Opens; resolves once it closes (topped up or not). */
  async open(app: AppIdentity): Promise<void> {
    this.app = app;
    return this.#modal.show();
  }

  override render() {
    const s = walletStrings(this.lang);
    return html`
      <dialog data-testid="topup-dialog" aria-labelledby="title" @keydown=${keepTabInside} @cancel=${(e: Event) => { e.preventDefault(); this.#modal.close(); }}>
        <header>
          <h2 id="title">${s.topUpTitle}</h2>
          <button class="close" data-testid="topup-dialog-close" aria-label=${s.close} @click=${() => this.#modal.close()}>✕</button>
        </header>
        ${this.api ? html`<citadel-wallet-topup .api=${this.api} lang=${this.lang} @citadel-topped-up=${() => this.#modal.close()}></citadel-wallet-topup>` : nothing}
      </dialog>
    `;
  }
}
