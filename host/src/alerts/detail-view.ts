import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '@citadel/ui';
import type { PublishedAlert } from '@citadel/protocol/api';
import { errorText } from '../shared/error-text.js';
import { formatMoment } from '../shared/format.js';
import type { AlertsApi } from './api.js';
import { alertStrings, alertText } from './i18n.js';
import { alertStyles } from './styles.js';

/** One official alert: severity, sender, headline, description, instruction, area, wards, expiry. Public. */
export class CitadelAlertDetail extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
    alertId: { attribute: 'alert-id' },
    authority: { type: Boolean },
    alert: { state: true },
    failure: { state: true },
  };

  static override styles = [alertStyles, css`
    article { display: grid; gap: 8px; padding: 14px 16px; }
    h2 { margin: 0; font-size: 1.15rem; overflow-wrap: anywhere; }
    .instruction { padding: 10px 12px; border-radius: 12px; background: color-mix(in srgb, var(--sev) 14%, Canvas); }
  `];

  /** The alerts API. */
  declare api: AlertsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** The alert to show. */
  declare alertId: string;
  /** The citizen holds the `authority` role: offers to withdraw an alert still in effect. Default false. */
  declare authority: boolean;
  declare alert: PublishedAlert | undefined;
  declare failure: unknown;

  constructor() {
    super();
    this.lang = 'vi';
    this.alertId = '';
    this.authority = false;
  }

  async #withdraw() {
    if (!this.api || !this.alert || !confirm(alertStrings(this.lang).withdrawConfirm)) return;
    try {
      this.alert = await this.api.withdraw(this.alert.id);
    } catch (error) {
      this.failure = error;
    }
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('alertId') || changed.has('api')) void this.#load();
  }

  async #load() {
    const id = this.alertId;
    this.alert = undefined;
    this.failure = undefined;
    if (!this.api || id === '') return;
    try {
      const alert = await this.api.get(id);
      if (this.alertId === id) this.alert = alert;
    } catch (error) {
      if (this.alertId === id) this.failure = error;
    }
  }

  override render() {
    const s = alertStrings(this.lang);
    const a = this.alert;
    if (this.failure !== undefined) {
      return html`<p class="error" role="alert" data-testid="alert-error">${errorText(this.failure, this.lang)}</p>
        <button @click=${() => void this.#load()}>${s.retry}</button>`;
    }
    if (!a) return html`<p class="hint" role="status">${s.loading}</p>`;
    const expired = new Date(a.expiresAt).getTime() <= Date.now();
    return html`<article class="card rule" data-testid="alert-detail" data-severity=${a.severity} aria-labelledby="alert-title">
      <span class="row"><span class="sev" data-testid="alert-severity">${s.severities[a.severity]}</span>
        <small class="meta">${s.categories[a.category]} · ${expired ? s.expired : s.active}</small></span>
      <h2 id="alert-title" data-testid="alert-headline">${alertText(a.headline, this.lang)}</h2>
      <dl>
        <dt>${s.sender}</dt><dd data-testid="alert-sender">${a.sender}</dd>
        <dt>${s.sent}</dt><dd>${formatMoment(a.sentAt, this.lang)}</dd>
        <dt>${s.expires}</dt><dd data-testid="alert-expires">${formatMoment(a.expiresAt, this.lang)}</dd>
        <dt>${s.description}</dt><dd data-testid="alert-description">${alertText(a.description, this.lang)}</dd>
        ${a.instruction ? html`<dt>${s.instruction}</dt><dd class="instruction" data-testid="alert-instruction">${alertText(a.instruction, this.lang)}</dd>` : nothing}
        ${a.area.description ? html`<dt>${s.area}</dt><dd data-testid="alert-area">${a.area.description}</dd>` : nothing}
        ${a.area.polygons.length ? html`<dd><citadel-area-map .polygons=${a.area.polygons} label=${s.areaMap}></citadel-area-map></dd>` : nothing}
        ${a.area.wards.length ? html`<dt>${s.wards}</dt><dd data-testid="alert-wards">${a.area.wards.join(', ')}</dd>` : nothing}
      </dl>
      ${this.authority && !expired ? html`<button data-testid="alert-withdraw" @click=${() => void this.#withdraw()}>${s.withdraw}</button>` : nothing}
    </article>`;
  }
}
