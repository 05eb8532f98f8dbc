import { LitElement, css, html, nothing } from 'lit';
import type { AppIdentity } from '@citadel/runtime';
import { type Lang } from '@citadel/ui';
import type { PaymentsApi } from '../payments/api.js';
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

  static override styles = [walletStyles, css`
    dialog { border: 0; border-radius: 20px; padding: 16px 20px 20px; width: min(440px, calc(100vw - 16px)); max-height: calc(100dvh - 16px);
      overflow: auto; box-sizing: border-box; background: Canvas; color: CanvasText; box-shadow: 0 12px 48px rgb(0 0 0 / 30%); }
    dialog::backdrop { background: rgb(0 0 0 / 45%); }
    header { display: flex; align-items: center; gap: 10px; margin-bottom: 12px; }
    header h2 { flex: 1; margin: 0; font-size: 1.05rem; }
    .close { padding: 0; width: 44px; background: transparent; font-size: 1.2rem; }
  `];

  /** The wallet API. */
  declare api: PaymentsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** The app whose payment is waiting. */
  declare app: AppIdentity | undefined;
  #resolve: (() => void) | undefined;

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** Opens; resolves once it closes (topped up or not). */
  async open(app: AppIdentity): Promise<void> {
    this.app = app;
    await this.updateComplete;
    return new Promise((resolve) => {
      this.#resolve = resolve;
      this.renderRoot.querySelector('dialog')!.showModal();
    });
  }

  #close() {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    resolve?.();
  }

  override render() {
    const s = walletStrings(this.lang);
    return html`
      <dialog data-testid="topup-dialog" aria-labelledby="title" @cancel=${(e: Event) => { e.preventDefault(); this.#close(); }}>
        <header>
          <h2 id="title">${s.topUpTitle}</h2>
          <button class="close" data-testid="topup-dialog-close" aria-label=${s.close} @click=${() => this.#close()}>✕</button>
        </header>
        ${this.api ? html`<citadel-wallet-topup .api=${this.api} lang=${this.lang} @citadel-topped-up=${() => this.#close()}></citadel-wallet-topup>` : nothing}
      </dialog>
    `;
  }
}
