import { css, html, nothing } from 'lit';
import { CitizenPage } from '../account/citizen-page.js';
import { navigate } from '../shared/navigate.js';
import { createAlertsApi, type AlertsApi } from './api.js';
import { alertStrings } from './i18n.js';
import { ALERTS_PATH, PUBLISH_PATH, type AlertsRoute } from './routes.js';
import { alertStyles } from './styles.js';

/** The role that may publish official alerts. */
export const AUTHORITY_ROLE = 'authority';

/**
 * The official alerts under `/alerts`: the public history (signed out too) with "my wards" (the
 * home and work wards they declare) and "alerts for where I am" for a signed-in citizen, one alert under `/alerts/:id`, and the authority console
 * under `/alerts/publish`, shown only to citizens with the `authority` role (the platform refuses
 * anyone else with 403 whatever this page shows).
 *
 * @fires citadel-navigate - to change route; the shell owns the history.
 */
export class CitadelAlertsPage extends CitizenPage {
  static override properties = {
    route: { attribute: false },
    api: { attribute: false },
  };

  static override styles = [alertStyles, css`
    :host { padding-top: 4px; }
    section + section { margin-top: 20px; }
    .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin-bottom: 12px; }
    .head h2 { margin: 0; }
    citadel-alerts-wards { margin-bottom: 12px; }
  `];

  /** The screen to show. Default the history. */
  declare route: AlertsRoute;
  /** The alerts API. Default one on this page's origin. */
  declare api: AlertsApi;

  constructor() {
    super();
    this.route = { page: 'history' };
    this.api = createAlertsApi();
  }

  get #authority() {
    return this.citizen?.roles.includes(AUTHORITY_ROLE) ?? false;
  }

  #history() {
    const s = alertStrings(this.lang);
    return html`
      <div class="head"><h2>${s.alerts}</h2>
        ${this.#authority ? html`<button class="primary" data-testid="alerts-publish" @click=${() => navigate(this, PUBLISH_PATH)}>${s.publish}</button>` : nothing}</div>
      <section aria-label=${s.here}>
        ${this.citizen
          ? html`<citadel-alerts-wards .api=${this.api} .account=${this.account} lang=${this.lang}></citadel-alerts-wards>
            <citadel-alerts-location .api=${this.api} .account=${this.account} lang=${this.lang}></citadel-alerts-location>`
          : this.citizen === null ? html`<p class="hint card">${s.hereSignIn}</p>` : nothing}
      </section>
      <section aria-labelledby="history-title">
        <h3 id="history-title">${s.history}</h3>
        <citadel-alerts-history .api=${this.api} lang=${this.lang}></citadel-alerts-history>
      </section>`;
  }

  #publish() {
    const s = alertStrings(this.lang);
    const gate = this.signInGate({ title: s.publishTitle, hint: s.publishOnly, loading: s.loading });
    if (gate) return gate;
    if (!this.#authority) return html`<h2>${s.publishTitle}</h2><p class="error" role="alert" data-testid="publish-forbidden">${s.publishOnly}</p>`;
    return html`<h2>${s.publishTitle}</h2>
      <citadel-alert-publish .api=${this.api} .account=${this.account} lang=${this.lang}></citadel-alert-publish>`;
  }

  #body() {
    const s = alertStrings(this.lang);
    switch (this.route.page) {
      case 'publish':
        return this.#publish();
      case 'detail':
        return html`<button class="link" data-testid="alert-back" @click=${() => navigate(this, ALERTS_PATH)}>‹ ${s.backToAlerts}</button>
          <citadel-alert-detail .api=${this.api} lang=${this.lang} alert-id=${this.route.id} ?authority=${this.#authority}></citadel-alert-detail>`;
      default:
        return this.#history();
    }
  }

  override render() {
    const s = alertStrings(this.lang);
    return html`
      ${this.route.page === 'history'
        ? html`<button class="link home" data-testid="alerts-home" aria-label=${s.homeLabel} @click=${() => navigate(this, '/')}>‹ ${s.home}</button>`
        : this.route.page === 'publish'
          ? html`<button class="link home" data-testid="alerts-home" @click=${() => navigate(this, ALERTS_PATH)}>‹ ${s.history}</button>` : nothing}
      <section data-testid="alerts-page" data-route=${this.route.page}>${this.#body()}</section>
    `;
  }
}
