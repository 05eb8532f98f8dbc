import { LitElement, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang } from '@citadel/ui';
import { alertStyles } from '../alerts/styles.js';
import { errorText } from '../shared/error-text.js';
import { createPushApi, type PushApi } from './api.js';
import { pushStrings } from './i18n.js';
import { disablePush, enablePush, PushError, pushEnabled, pushSupported } from './subscription.js';

/** "Turn on push notifications" for this browser: subscribe with the platform, or unsubscribe and delete. */
export class CitadelPushSwitch extends LitElement {
  static override properties = {
    lang: {},
    on: { state: true },
    busy: { state: true },
    failure: { state: true },
    wanted: { state: true },
  };

  static override styles = alertStyles;

  /** Language. Default `vi`. */
  declare lang: Lang;
  /** Whether push is on in this browser; `undefined` while not known. */
  declare on: boolean | undefined;
  declare busy: boolean;
  declare failure: unknown;
  /** What the citizen switched to, while it is being done. */
  declare wanted: boolean | undefined;
  /** The Web Push API. Default one on this page's origin. */
  api: PushApi = createPushApi();

  constructor() {
    super();
    this.lang = 'vi';
    this.busy = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    pushEnabled().then((on) => { this.on = on; }, () => { this.on = false; });
  }

  async #toggle(on: boolean) {
    if (this.busy) return;
    this.busy = true;
    this.wanted = on;
    this.failure = undefined;
    try {
      await (on ? enablePush(this.api) : disablePush(this.api));
      this.on = on;
    } catch (error) {
      this.failure = error;
      this.on = await pushEnabled().catch(() => false);
    } finally {
      this.busy = false;
      this.wanted = undefined;
    }
  }

  #failureText() {
    const s = pushStrings(this.lang);
    const f = this.failure;
    if (f === undefined) return nothing;
    const text = f instanceof PushError ? s[f.problem] : errorText(f, this.lang);
    return html`<p class="error" role="alert" data-testid="push-error">${text}</p>`;
  }

  override render() {
    const s = pushStrings(this.lang);
    if (!pushSupported()) return html`<p class="hint card" data-testid="push-unsupported">${s.unsupported}</p>`;
    const on = this.wanted ?? this.on === true;
    return html`<div class="card">
      <label class="switch-row"><strong>${s.push}</strong>
        <input type="checkbox" role="switch" data-testid="push-switch" .checked=${live(on)} aria-checked=${on ? 'true' : 'false'}
          ?disabled=${this.busy || this.on === undefined} @change=${(e: Event) => void this.#toggle((e.target as HTMLInputElement).checked)} /></label>
      <p class="hint">${this.busy ? s.working : s.pushHint}</p>
      ${this.#failureText()}
    </div>`;
  }
}
