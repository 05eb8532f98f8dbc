import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { coarsen } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { isApiError } from '@citadel/api-client';
import { errorText } from '../shared/error-text.js';
import { formatMoment } from '../shared/format.js';
import type { AlertsApi } from './api.js';
import { alertStrings } from './i18n.js';
import { alertStyles } from './styles.js';

type Problem = 'denied' | 'unavailable' | { readonly error: unknown };

/** The browser's position, once; rejects with the browser's `GeolocationPositionError`. */
const currentPosition = (geolocation: Geolocation) => new Promise<GeolocationPosition>((resolve, reject) =>
  geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 }));

/**
 * "Alerts for where I am": the host (never an app) asks the browser for the position, snaps it to
 * a ~1 km cell (the runtime's `coarsen`, the same as coarse location for apps) and shares only
 * that with the platform; turning it off deletes it there.
 */
export class CitadelAlertsLocation extends LitElement {
  static override properties = {
    api: { attribute: false },
    account: { attribute: false },
    lang: {},
    sharedAt: { state: true },
    busy: { state: true },
    problem: { state: true },
    wanted: { state: true },
  };

  static override styles = alertStyles;

  /** The alerts API. */
  declare api: AlertsApi | undefined;
  /** The citizen's account (for a session that ended elsewhere). */
  declare account: AccountStore | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** When the position was shared; `null` when none is; `undefined` while not known. */
  declare sharedAt: string | null | undefined;
  declare busy: boolean;
  declare problem: Problem | undefined;
  /** What the citizen switched to, while it is being done. */
  declare wanted: boolean | undefined;
  /** The Geolocation API to ask. Default `navigator.geolocation`. */
  geolocation: Geolocation | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.busy = false;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('api') && this.api) void this.#load();
  }

  async #load() {
    try {
      const shared = await this.api!.location();
      this.sharedAt = shared ? shared.sharedAt ?? '' : null;
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
    this.problem = { error };
  }

  async #turnOn() {
    const geolocation = this.geolocation ?? navigator.geolocation;
    let fix: GeolocationPosition;
    try {
      fix = await currentPosition(geolocation);
    } catch (error) {
      this.problem = (error as GeolocationPositionError | null)?.code === 1 ? 'denied' : 'unavailable';
      return;
    }
    const coarse = coarsen({
      latitude: fix.coords.latitude, longitude: fix.coords.longitude, accuracy: fix.coords.accuracy, precision: 'precise', timestamp: fix.timestamp,
    });
    await this.api!.shareLocation({ latitude: coarse.latitude, longitude: coarse.longitude });
    this.sharedAt = new Date().toISOString();
  }

  async #toggle(on: boolean) {
    if (!this.api || this.busy) return;
    this.busy = true;
    this.wanted = on;
    this.problem = undefined;
    try {
      if (on) {
        await this.#turnOn();
      } else {
        await this.api.stopSharingLocation();
        this.sharedAt = null;
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
      this.wanted = undefined;
    }
  }

  #problemText() {
    const s = alertStrings(this.lang);
    const p = this.problem;
    if (p === undefined) return nothing;
    const text = p === 'denied' ? s.hereDenied : p === 'unavailable' ? s.hereUnavailable : errorText(p.error, this.lang);
    return html`<p class="error" role="alert" data-testid="alerts-here-error">${text}</p>`;
  }

  override render() {
    const s = alertStrings(this.lang);
    const shared = typeof this.sharedAt === 'string';
    const on = this.wanted ?? shared;
    return html`<div class="card" data-testid="alerts-here">
      <label class="switch-row"><strong>${s.here}</strong>
        <input type="checkbox" role="switch" data-testid="alerts-here-switch" .checked=${live(on)} aria-checked=${on ? 'true' : 'false'}
          ?disabled=${this.busy || this.sharedAt === undefined} @change=${(e: Event) => void this.#toggle((e.target as HTMLInputElement).checked)} /></label>
      <p class="hint" data-testid="alerts-here-state">${shared && this.sharedAt ? s.hereOn(formatMoment(this.sharedAt, this.lang)) : s.hereHint}</p>
      ${this.#problemText()}
    </div>`;
  }
}
