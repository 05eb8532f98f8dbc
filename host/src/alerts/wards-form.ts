import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { AlertWards } from '@citadel/protocol/api';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { isApiError } from '@citadel/api-client';
import { errorText } from '../shared/error-text.js';
import type { AlertsApi } from './api.js';
import { alertStrings } from './i18n.js';
import { alertStyles } from './styles.js';

/**
 * "My wards": the ward eID verification vouched for, if any, and the home and work wards the
 * citizen declares from the city's list (`GET /api/city`), marked as declared, not verified.
 * Alerts for any of them reach the citizen; one in effect there reaches them as soon as they save.
 */
export class CitadelAlertsWards extends LitElement {
  static override properties = {
    api: { attribute: false },
    account: { attribute: false },
    lang: {},
    cityWards: { state: true },
    wards: { state: true },
    busy: { state: true },
    saved: { state: true },
    problem: { state: true },
  };

  static override styles = [alertStyles, css`
    fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 12px; min-width: 0; }
    h3 { margin-bottom: 4px; }
    .card { display: grid; gap: 8px; }
  `];

  /** The alerts API. */
  declare api: AlertsApi | undefined;
  /** The citizen's account (for a session that ended elsewhere). */
  declare account: AccountStore | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  declare cityWards: readonly string[] | undefined;
  declare wards: AlertWards | undefined;
  declare busy: boolean;
  declare saved: boolean;
  declare problem: { readonly error: unknown } | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.busy = false;
    this.saved = false;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('api') && this.api) void this.#load();
  }

  #fail(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
    this.problem = { error };
  }

  async #load() {
    try {
      const [city, wards] = await Promise.all([this.api!.city(), this.api!.wards()]);
      this.cityWards = city.wards;
      this.wards = wards;
    } catch (error) {
      this.#fail(error);
    }
  }

  async #save(event: SubmitEvent) {
    event.preventDefault();
    if (!this.api || this.busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const pick = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' && value !== '' ? value : null;
    };
    this.busy = true;
    this.saved = false;
    this.problem = undefined;
    try {
      this.wards = await this.api.declareWards({ home: pick('home'), work: pick('work') });
      this.saved = true;
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #select(name: 'home' | 'work', label: string) {
    const s = alertStrings(this.lang);
    const current = this.wards?.[name] ?? '';
    return html`<div class="field"><label for="ward-${name}">${label}</label>
      <select id="ward-${name}" name=${name} data-testid="alerts-ward-${name}" @change=${() => { this.saved = false; }}>
        <option value="" ?selected=${current === ''}>${s.wardNone}</option>
        ${(this.cityWards ?? []).map((w) => html`<option value=${w} ?selected=${w === current}>${w}</option>`)}
      </select></div>`;
  }

  override render() {
    const s = alertStrings(this.lang);
    const loaded = this.cityWards !== undefined && this.wards !== undefined;
    return html`<div class="card" data-testid="alerts-wards">
      <h3>${s.wardsTitle}</h3>
      <p class="hint">${s.wardsIntro}</p>
      ${this.wards?.verified ? html`<p class="meta" data-testid="alerts-ward-verified">${s.wardVerified(this.wards.verified)}</p>` : nothing}
      ${loaded ? html`<form novalidate @submit=${(e: SubmitEvent) => void this.#save(e)}>
        <fieldset ?disabled=${this.busy}>
          ${this.#select('home', s.wardHome)}
          ${this.#select('work', s.wardWork)}
          <button type="submit" data-testid="alerts-wards-save">${this.busy ? s.working : s.wardsSave}</button>
        </fieldset>
      </form>` : this.problem ? nothing : html`<p role="status" class="hint">${s.loading}</p>`}
      ${this.saved ? html`<p class="success" role="status" data-testid="alerts-wards-saved">${s.wardsSaved}</p>` : nothing}
      ${this.problem ? html`<p class="error" role="alert" data-testid="alerts-wards-error">${errorText(this.problem.error, this.lang)}</p>` : nothing}
    </div>`;
  }
}
