import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import type { HistoryEntry } from '@citadel/protocol/api';
import { PagedList } from '../paged-list.js';
import { pagedListView } from '../paged-list-view.js';
import type { PaymentsApi } from '../payments/api.js';
import { formatMoment } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import { walletStrings } from './i18n.js';
import { receiptPath } from './routes.js';
import { signedAmount } from './signed-amount.js';
import { walletStyles } from './styles.js';

/**
 * The wallet's history, newest first, a page at a time ("more" follows the `next` cursor).
 * A payment or refund opens its receipt.
 *
 * @fires citadel-navigate - to a receipt.
 */
export class CitadelWalletHistory extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
  };

  static override styles = [walletStyles, css`
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
    .entry { display: flex; gap: 12px; align-items: flex-start; width: 100%; min-height: 56px; padding: 8px 4px; border-radius: 12px;
      text-align: start; background: transparent; font-weight: 400; }
    button.entry:hover { background: color-mix(in srgb, CanvasText 5%, transparent); }
    .what { flex: 1; min-width: 0; display: grid; gap: 2px; }
    .what strong, .what span { overflow-wrap: anywhere; }
    .what small { color: var(--muted); }
    .entry .money { font-weight: 600; }
    .more { margin-top: 8px; }
  `];

  /** The wallet API. */
  declare api: PaymentsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  readonly #list = new PagedList<HistoryEntry>(this, { load: (cursor) => this.api?.history(cursor), loadWhenConnected: true });

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** Loads the first page again; a page still loading is dropped. */
  reload() {
    return this.#list.reload();
  }

  #entry(entry: HistoryEntry) {
    const s = walletStrings(this.lang);
    const title = entry.kind === 'topup' ? s.kinds.topup : entry.appName?.[this.lang] || s.kinds[entry.kind];
    const body = html`
      <span class="what">
        <strong>${title}</strong>
        ${entry.kind === 'topup' || !entry.description ? nothing : html`<span>${entry.description}</span>`}
        <small>${entry.kind === 'topup' ? nothing : html`${s.kinds[entry.kind]} · `}${formatMoment(entry.at, this.lang)}</small>
      </span>
      ${signedAmount(entry.amount, this.lang)}`;
    const paymentId = entry.paymentId;
    return html`<li data-testid="history-entry" data-kind=${entry.kind}>${paymentId
      ? html`<button class="entry" @click=${() => navigate(this, receiptPath(paymentId))}>${body}</button>`
      : html`<div class="entry">${body}</div>`}</li>`;
  }

  override render() {
    const s = walletStrings(this.lang);
    return pagedListView(this.#list, {
      testId: 'history', name: 'history', lang: this.lang,
      strings: { loading: s.loading, empty: s.historyEmpty, retry: s.retry, more: s.more },
      item: (entry) => this.#entry(entry),
    });
  }
}
