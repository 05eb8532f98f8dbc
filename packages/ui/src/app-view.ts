import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Manifest } from '@citadel/protocol';
import type { AppInstance, Host, RateAbuse } from '@citadel/runtime';
import { t, type Lang } from './i18n.js';
import { base } from './styles.js';

type Status = 'loading' | 'connected' | 'ready' | 'failed';

/** The `detail` of `citadel-abusive`: which app the host shut out, and why. */
export interface AbusiveDetail {
  readonly appId: string;
  readonly abuse: RateAbuse;
}

/**
 * The view a host draws around one mini-app: title bar (icon, title, back, close, activity
 * indicators), the frame, and loading, error and not-responding states. Everything here is
 * drawn by the host outside the frame, so the app cannot fake or cover it.
 *
 * @fires citadel-close - the citizen closed the app (or it asked to be closed).
 * @fires citadel-abusive - the host shut the app out for flooding the bridge (`detail`: the app's id and the
 *   `RateAbuse` of the `abusive` instance event); `citadel-close` follows at once.
 */
export class CitadelAppView extends LitElement {
  static override properties = {
    host: { attribute: false },
    manifest: { attribute: false },
    lang: {},
    path: {},
    status: { state: true },
    appTitle: { state: true },
    backVisible: { state: true },
    unresponsive: { state: true },
    locating: { state: true },
    failure: { state: true },
  };

  static override styles = [base, css`
    :host { display: flex; flex-direction: column; height: 100%; background: var(--citadel-surface); }
    header {
      display: flex; align-items: center; gap: 8px; padding: 6px 8px; padding-top: max(6px, env(safe-area-inset-top));
      border-bottom: 1px solid color-mix(in srgb, CanvasText 12%, transparent); background: var(--citadel-surface);
    }
    header img { width: 28px; height: 28px; border-radius: 8px; }
    h1 { flex: 1; font-size: 1rem; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    h1:focus { outline: none; }
    .icon-button { padding: 0; width: 44px; background: transparent; font-size: 1.3rem; }
    .badge { display: inline-flex; align-items: center; gap: 4px; font-size: .8rem; padding: 4px 8px; border-radius: 999px;
      background: color-mix(in srgb, #1a73e8 16%, var(--citadel-surface)); color: CanvasText; }
    main { position: relative; flex: 1; }
    .frame { position: absolute; inset: 0; }
    .frame ::slotted(iframe), .frame iframe { border: 0; width: 100%; height: 100%; display: block; background: #fff; }
    .overlay { position: absolute; inset: 0; display: grid; place-content: center; gap: 12px; text-align: center; padding: 24px;
      background: color-mix(in srgb, var(--citadel-surface) 94%, transparent); }
    .overlay p { margin: 0; color: var(--citadel-muted); }
    .overlay .actions { display: flex; gap: 8px; justify-content: center; }
    .spinner { width: 36px; height: 36px; margin: 0 auto; border-radius: 50%; border: 4px solid color-mix(in srgb, var(--citadel-accent) 20%, transparent);
      border-top-color: var(--citadel-accent); animation: spin 0.9s linear infinite; }
    @keyframes spin { to { transform: rotate(360deg); } }
    @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
  `];

  /** The runtime engine that frames the app. */
  declare host: Host | undefined;
  /** The app to open. */
  declare manifest: Manifest | undefined;
  /** Language of the chrome. Default `vi`. */
  declare lang: Lang;
  /** Deep-link path inside the app. Default `''`. */
  declare path: string;
  declare status: Status;
  declare appTitle: string;
  declare backVisible: boolean;
  declare unresponsive: boolean;
  declare locating: boolean;
  declare failure: string;

  #instance: AppInstance | undefined;
  #unsubscribe: Array<() => void> = [];

  constructor() {
    super();
    this.lang = 'vi';
    this.path = '';
    this.status = 'loading';
    this.appTitle = '';
    this.backVisible = false;
    this.unresponsive = false;
    this.locating = false;
    this.failure = '';
  }

  /** The running instance, once launched. */
  get instance(): AppInstance | undefined {
    return this.#instance;
  }

  override firstUpdated() {
    this.#launch();
  }

  override updated(changed: PropertyValues<this>) {
    if ((changed.has('manifest') || changed.has('path')) && changed.get('manifest') !== undefined) this.#launch();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stop();
  }

  /** Sends `back` to the app when it shows a back button; otherwise closes it. */
  back() {
    if (!this.#instance?.back()) this.close();
  }

  /**
   * Moves the focus to the app's title: a screen reader names the app, and the next Tab reaches the close button, then
   * the app's frame. A host calls it when the view opens, as a dialog focuses its heading.
   */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  /** Closes the app and tells the host page. */
  close() {
    this.#stop();
    this.dispatchEvent(new CustomEvent('citadel-close', { bubbles: true, composed: true }));
  }

  #launch() {
    this.#stop();
    const container = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!this.host || !this.manifest || !container) return;
    this.status = 'loading';
    this.appTitle = this.manifest.name[this.lang];
    this.backVisible = this.unresponsive = this.locating = false;
    try {
      const instance = this.host.launch({ manifest: this.manifest, container, path: this.path });
      this.#instance = instance;
      this.#unsubscribe = [
        instance.on('connected', () => { if (this.status === 'loading') this.status = 'connected'; }),
        instance.on('ready', () => { this.status = 'ready'; }),
        instance.on('title', (title) => { this.appTitle = title; }),
        instance.on('backButton', (visible) => { this.backVisible = visible; }),
        instance.on('closeRequest', () => this.close()),
        instance.on('unresponsive', (stuck) => { this.unresponsive = stuck; }),
        instance.on('failed', ({ message }) => { this.status = 'failed'; this.failure = message; }),
        instance.on('activity', ({ kind, active }) => { if (kind === 'location-watch') this.locating = active; }),
        instance.on('abusive', (abuse) => {
          const detail: AbusiveDetail = { appId: instance.app.id, abuse };
          this.dispatchEvent(new CustomEvent('citadel-abusive', { bubbles: true, composed: true, detail }));
          this.close();
        }),
      ];
    } catch (error) {
      this.status = 'failed';
      this.failure = (error as Error).message;
    }
  }

  #stop() {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
    this.#instance?.close();
    this.#instance = undefined;
  }

  override render() {
    const s = t(this.lang);
    const name = this.manifest?.name[this.lang] ?? '';
    const icon = this.manifest?.icons[0]?.src;
    return html`
      <header>
        <button class="icon-button" data-testid="app-back" aria-label=${s.back} @click=${() => this.back()}>‹</button>
        ${icon ? html`<img src=${icon} alt="" />` : nothing}
        <h1 data-testid="app-title" tabindex="-1">${this.appTitle || name}</h1>
        ${this.locating ? html`<span class="badge" data-testid="activity-location" role="status">📍 ${s.usingLocation}</span>` : nothing}
        <button class="icon-button" data-testid="app-close" aria-label=${s.close} @click=${() => this.close()}>✕</button>
      </header>
      <main>
        <div class="frame"></div>
        ${this.status === 'loading' ? html`<div class="overlay" data-testid="app-loading" role="status"><div class="spinner"></div><p>${s.loading} ${name}</p></div>` : nothing}
        ${this.status === 'failed' ? html`
          <div class="overlay" data-testid="app-failed" role="alert">
            <strong>${s.failed}</strong><p>${s.failedHint}</p>
            <div class="actions">
              <button class="primary" @click=${() => this.#launch()}>${s.retry}</button>
              <button @click=${() => this.close()}>${s.close}</button>
            </div>
          </div>` : nothing}
        ${this.unresponsive ? html`
          <div class="overlay" data-testid="app-unresponsive" role="alert">
            <strong>${s.unresponsive(name)}</strong><p>${s.unresponsiveHint}</p>
            <div class="actions">
              <button @click=${() => { this.unresponsive = false; }}>${s.wait}</button>
              <button class="primary" @click=${() => this.close()}>${s.close}</button>
            </div>
          </div>` : nothing}
      </main>
    `;
  }
}
