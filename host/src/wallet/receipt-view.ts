import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { formatVnd, type Lang } from '@citadel/ui';
import type { Receipt } from '@citadel/protocol/api';
import type { PaymentsApi } from '../payments/api.js';
import { errorText } from '../shared/error-text.js';
import { formatMoment } from '../shared/format.js';
import { walletStrings } from './i18n.js';
import { walletStyles } from './styles.js';

/** One of the citizen's payments: amount, refunded, description, app, date, payment id. */
export class CitadelWalletReceipt extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
    paymentId: { attribute: 'payment-id' },
    receipt: { state: true },
    failure: { state: true },
  };

  static override styles = [walletStyles, css`
    .amount { font-size: 1.6rem; font-weight: 700; margin: 4px 0 14px; }
    code { font-size: .85rem; overflow-wrap: anywhere; }
  `];

  /** The wallet API. */
  declare api: PaymentsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** The payment to show. */
  declare paymentId: string;
  declare receipt: Receipt | undefined;
  declare failure: unknown;

  constructor() {
    super();
    this.lang = 'vi';
    this.paymentId = '';
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('paymentId') || changed.has('api')) void this.#load();
  }

  async #load() {
    const id = this.paymentId;
    this.receipt = undefined;
    this.failure = undefined;
    if (!this.api || id === '') return;
    try {
      const { receipt } = await this.api.payment(id);
      if (this.paymentId === id) this.receipt = receipt;
    } catch (error) {
      if (this.paymentId === id) this.failure = error;
    }
  }

  override render() {
    const s = walletStrings(this.lang);
    const r = this.receipt;
    if (this.failure !== undefined) {
      return html`<p class="error" role="alert" data-testid="receipt-error">${errorText(this.failure, this.lang)}</p>
        <button data-testid="receipt-retry" @click=${() => void this.#load()}>${s.retry}</button>`;
    }
    if (!r) return html`<p class="hint" role="status">${s.loading}</p>`;
    return html`<article class="card" data-testid="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title">${s.receiptOf(r.appName[this.lang])}</h2>
      <p class="amount money" data-testid="receipt-amount">${formatVnd(r.amount, this.lang)}</p>
      <dl>
        <dt>${s.refunded}</dt><dd class="money ${r.refunded > 0 ? 'plus' : ''}" data-testid="receipt-refunded">${formatVnd(r.refunded, this.lang)}</dd>
        <dt>${s.description}</dt><dd data-testid="receipt-description">${r.description}</dd>
        <dt>${s.app}</dt><dd>${r.appName[this.lang]}</dd>
        <dt>${s.date}</dt><dd>${formatMoment(r.paidAt, this.lang)}</dd>
        <dt>${s.paymentId}</dt><dd><code data-testid="receipt-payment-id">${r.paymentId}</code></dd>
        ${r.reference ? html`<dt>${s.orderRef}</dt><dd><code>${r.reference}</code></dd>` : nothing}
      </dl>
    </article>`;
  }
}
