import { css, html, nothing, type PropertyValues } from 'lit';
import { formatVnd } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { CitizenPage } from '../account/citizen-page.js';
import { createPaymentsApi, type PaymentsApi } from '../payments/api.js';
import { errorText } from '../shared/error-text.js';
import { navigate } from '../shared/navigate.js';
import type { CitadelWalletHistory } from './history-view.js';
import { walletStrings } from './i18n.js';
import { WALLET_PATH, type WalletRoute } from './routes.js';
import { walletStyles } from './styles.js';

/**
 * The wallet under `/wallet`: balance, the development top-up, the history; and one payment's
 * receipt under `/wallet/receipts/:paymentId`. Signed out, it shows the sign-in form in place.
 *
 * @fires citadel-navigate - to change route; the shell owns the history.
 */
export class CitadelWalletPage extends CitizenPage {
  static override properties = {
    route: { attribute: false },
    api: { attribute: false },
    balance: { state: true },
    failure: { state: true },
  };

  static override styles = [walletStyles, css`
    :host { padding-top: 4px; }
    .home { padding-left: 8px; margin-bottom: 12px; }
    .balance { display: grid; gap: 2px; margin-bottom: 20px; }
    .balance small { color: var(--muted); }
    .balance strong { font-size: 1.9rem; }
    section + section { margin-top: 24px; }
  `];

  /** The screen to show. Default the wallet. */
  declare route: WalletRoute;
  /** The wallet API. Default one on this page's origin. */
  declare api: PaymentsApi;
  declare balance: number | undefined;
  declare failure: unknown;

  constructor() {
    super();
    this.route = { page: 'wallet' };
    this.api = createPaymentsApi();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (this.signedInNow(changed) || (changed.has('route') && this.route.page === 'wallet' && this.citizen)) void this.#loadBalance();
  }

  async #loadBalance() {
    this.failure = undefined;
    try {
      this.balance = await this.api.balance();
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
      else this.failure = error;
    }
  }

  #toppedUp(balance: number) {
    this.balance = balance;
    void this.renderRoot.querySelector<CitadelWalletHistory>('citadel-wallet-history')?.reload();
  }

  #wallet() {
    const s = walletStrings(this.lang);
    return html`
      <h2>${s.wallet}</h2>
      <p class="balance card"><small>${s.balance}</small>
        <strong class="money" data-testid="wallet-balance" data-amount=${this.balance ?? ''}>${this.balance === undefined ? '…' : formatVnd(this.balance, this.lang)}</strong></p>
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert">${errorText(this.failure, this.lang)}
        <button @click=${() => void this.#loadBalance()}>${s.retry}</button></p>`}
      <section aria-labelledby="topup-title">
        <h3 id="topup-title">${s.topUp}</h3>
        <citadel-wallet-topup .api=${this.api} lang=${this.lang}
          @citadel-topped-up=${(e: CustomEvent<{ balance: number }>) => this.#toppedUp(e.detail.balance)}></citadel-wallet-topup>
      </section>
      <section aria-labelledby="history-title">
        <h3 id="history-title">${s.history}</h3>
        <citadel-wallet-history .api=${this.api} lang=${this.lang}></citadel-wallet-history>
      </section>`;
  }

  #body() {
    const s = walletStrings(this.lang);
    const gate = this.signInGate({ title: s.wallet, hint: s.signInToSeeWallet, loading: s.loading });
    if (gate) return gate;
    if (this.route.page === 'receipt') {
      return html`<button class="link" data-testid="receipt-back" @click=${() => navigate(this, WALLET_PATH)}>‹ ${s.backToWallet}</button>
        <citadel-wallet-receipt .api=${this.api} lang=${this.lang} payment-id=${this.route.paymentId}></citadel-wallet-receipt>`;
    }
    return this.#wallet();
  }

  override render() {
    const s = walletStrings(this.lang);
    return html`
      ${this.route.page === 'receipt' && this.citizen ? nothing
        : html`<button class="link home" data-testid="wallet-home" aria-label=${s.homeLabel} @click=${() => navigate(this, '/')}>‹ ${s.home}</button>`}
      <section data-testid="wallet-page" data-route=${this.route.page}>${this.#body()}</section>
    `;
  }
}
