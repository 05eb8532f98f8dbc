import { isApiError } from '@citadel/api-client';
import { developerPaymentRoutes as routes, developerRoutes } from '@citadel/protocol/api';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { formatMoment, formatMoney } from '@citadel/sdk/format';
import { appName } from './i18n.js';
import { paymentsText } from './payments-text.js';
import { paths } from './routes.js';
import { ConsoleScreen, link } from './screen.js';
import type { AppInfo, PaymentInfo, PaymentsPage } from './types.js';

/**
 * An app's payments for its organisation's owners and finance people: the totals, then each payment, newest first,
 * with its reference, amount, refunds and the payer's id in the app; "Show more" reads the next page.
 */
export class ConsolePaymentsScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = {
    ...ConsoleScreen.properties, orgId: {}, appId: {}, app: { state: true }, payments: { state: true }, page: { state: true },
  };
  declare orgId: string;
  declare appId: string;
  declare app: AppInfo | undefined;
  declare payments: PaymentInfo[];
  /** The last page read: its totals and the cursor of the next. */
  declare page: PaymentsPage | undefined;

  constructor() {
    super();
    this.payments = [];
  }

  get #p() {
    return paymentsText(this.ctx.lang);
  }

  protected heading() {
    return this.#p.title(this.app ? appName(this.app, this.ctx.lang) : this.appId);
  }

  protected async load() {
    const [apps, page] = await Promise.all([
      this.ctx.call(developerRoutes.orgApps, { params: { orgId: this.orgId } }),
      this.ctx.call(routes.appPayments, { params: { appId: this.appId }, query: {} }),
    ]);
    this.app = apps.apps.find((app) => app.id === this.appId);
    this.page = page;
    this.payments = page.payments;
  }

  async #more(before: string) {
    await this.act('more', async () => {
      const page = await this.ctx.call(routes.appPayments, { params: { appId: this.appId }, query: { before } });
      this.page = page;
      this.payments = [...this.payments, ...page.payments];
    });
  }

  #payment(payment: PaymentInfo) {
    const p = this.#p;
    const lang = this.ctx.lang;
    return html`<li data-testid="payment-${payment.orderId}">
      <p><strong data-testid="payment-amount">${formatMoney(payment.amount, lang)}</strong> · ${payment.description}</p>
      <dl class="meta">
        <dt>${p.paidAt}</dt><dd>${formatMoment(payment.paidAt, lang)}</dd>
        <dt>${p.reference}</dt><dd><code>${payment.reference}</code></dd>
        <dt>${p.refunded}</dt><dd data-testid="payment-refunded">${formatMoney(payment.refunded, lang)}</dd>
        <dt>${p.payer}</dt><dd><code class="wrap">${payment.sub}</code></dd>
      </dl>
      ${payment.refunds.length === 0 ? nothing : html`<ul class="plain" data-testid="payment-refunds">
        ${payment.refunds.map((r) => html`<li>${p.refundLine(formatMoney(r.amount, lang), formatMoment(r.at, lang), r.reason)}</li>`)}</ul>`}
    </li>`;
  }

  protected renderLoaded() {
    const p = this.#p;
    const lang = this.ctx.lang;
    const totals = this.page?.totals;
    const next = this.page?.next;
    return html`<p>${link(paths.org(this.orgId), this.t.backToOrg(this.orgId), 'to-org')}</p>
      ${totals ? html`<p data-testid="payments-totals">${p.totals(totals.count, formatMoney(totals.paid, lang), formatMoney(totals.refunded, lang))}</p>` : nothing}
      ${this.payments.length === 0 ? html`<p data-testid="payments-empty">${p.none}</p>`
        : html`<ul class="cards" data-testid="payments-list">${this.payments.map((payment) => this.#payment(payment))}</ul>`}
      ${this.failureOf('more', 'more-error')}
      ${next ? html`<p class="actions"><button type="button" data-testid="payments-more" ?disabled=${this.busy !== undefined}
        @click=${() => void this.#more(next)}>${this.busy === 'more' ? this.t.working : p.more}</button></p>` : nothing}`;
  }

  override render() {
    // A developer of the organisation is told who may see payments, rather than shown the bare refusal.
    if (isApiError(this.loadFailure, 'FORBIDDEN')) {
      return html`<h1 tabindex="-1">${this.heading()}</h1><p class="error" role="alert" data-testid="payments-forbidden">${this.#p.financeOnly}</p>`;
    }
    return super.render();
  }
}
