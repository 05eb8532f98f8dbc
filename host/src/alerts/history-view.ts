import { LitElement, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import type { PublishedAlert } from '@citadel/protocol/api';
import { errorText } from '../shared/error-text.js';
import { formatMoment } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import type { AlertsApi } from './api.js';
import { alertStrings, alertText } from './i18n.js';
import { alertPath } from './routes.js';
import { alertStyles } from './styles.js';

/** How many alerts the platform answers per page. */
const PAGE = 30;

const isActive = (alert: PublishedAlert, now = Date.now()) => new Date(alert.expiresAt).getTime() > now;

/**
 * The public history of official alerts, newest first, a page at a time; works signed out.
 *
 * @fires citadel-navigate - to one alert.
 */
export class CitadelAlertsHistory extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
    alerts: { state: true },
    more: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  static override styles = alertStyles;

  /** The alerts API. */
  declare api: AlertsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  declare alerts: PublishedAlert[] | undefined;
  /** Whether a further page may exist. */
  declare more: boolean;
  declare busy: boolean;
  declare failure: unknown;

  constructor() {
    super();
    this.lang = 'vi';
    this.more = false;
    this.busy = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.#page(undefined);
  }

  async #page(before: string | undefined) {
    if (!this.api || this.busy) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const page = await this.api.history(before ? { before } : {});
      const seen = new Set((before ? this.alerts ?? [] : []).map((a) => a.id));
      this.alerts = [...(before ? this.alerts ?? [] : []), ...page.filter((a) => !seen.has(a.id))];
      this.more = page.length >= PAGE;
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  #item(alert: PublishedAlert) {
    const s = alertStrings(this.lang);
    const active = isActive(alert);
    return html`<li><button class="entry rule" data-severity=${alert.severity} data-testid="alert-history-entry" data-id=${alert.id}
      @click=${() => navigate(this, alertPath(alert.id))}>
      <span class="row"><span class="sev">${s.severities[alert.severity]}</span><small>${s.categories[alert.category]} · ${active ? s.active : s.expired}</small></span>
      <strong>${alertText(alert.headline, this.lang)}</strong>
      <small>${alert.sender} · ${formatMoment(alert.sentAt, this.lang)}</small>
    </button></li>`;
  }

  override render() {
    const s = alertStrings(this.lang);
    const alerts = this.alerts;
    const last = alerts?.at(-1);
    return html`<section data-testid="alerts-history" aria-busy=${this.busy ? 'true' : 'false'}>
      ${alerts === undefined && this.busy ? html`<p class="hint" role="status">${s.loading}</p>` : nothing}
      ${alerts?.length === 0 ? html`<p class="hint">${s.historyEmpty}</p>` : nothing}
      ${alerts?.length ? html`<ul class="list">${alerts.map((a) => this.#item(a))}</ul>` : nothing}
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert">${errorText(this.failure, this.lang)}
        <button @click=${() => void this.#page(alerts?.length ? new Date(last!.sentAt).toISOString() : undefined)}>${s.retry}</button></p>`}
      ${this.more && last && this.failure === undefined ? html`<button data-testid="alerts-more" ?disabled=${this.busy}
        @click=${() => void this.#page(new Date(last.sentAt).toISOString())}>${this.busy ? s.loading : s.more}</button>` : nothing}
    </section>`;
  }
}
