import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import { formatMoment } from '../shared/format.js';
import { answerAge } from './kept-age.js';
import { offlineStrings, onPageLang, pageLang } from './i18n.js';

/**
 * The "offline" banner: shown while the browser is offline or the platform's answers come from the service
 * worker's cache (until it answers again), with how old the oldest answer on screen is ("as of …"). Mounted once above the shell; it follows
 * the page's language (`<html lang>`, which the shell sets).
 */
export class CitadelOfflineBanner extends LitElement {
  static override properties = {
    offline: { state: true },
    asOf: { state: true },
    lang: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    p { margin: 0; padding: 8px 16px; font-size: .9rem; text-align: center; background: #3c4043; color: #fff; }
  `;

  declare offline: boolean;
  /** When the platform sent the oldest answer a screen read from the cache since the page went offline (ms). */
  declare asOf: number | undefined;
  declare lang: Lang;
  #offLang: (() => void) | undefined;
  /** When the browser last came back online: answers the worker served from the cache before that are old news. */
  #onlineAt = 0;

  constructor() {
    super();
    this.offline = !navigator.onLine;
    this.lang = pageLang();
  }

  readonly #onOffline = () => { this.offline = true; };
  readonly #onOnline = () => {
    this.#onlineAt = Date.now();
    this.offline = false;
    this.asOf = undefined;
  };

  // Any path: the platform answering again makes what the screens read from now on fresh.
  readonly #onMessage = (event: MessageEvent) => { this.asOf = answerAge(this.asOf, event.data, undefined, this.#onlineAt); };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('offline', this.#onOffline);
    addEventListener('online', this.#onOnline);
    navigator.serviceWorker?.addEventListener('message', this.#onMessage);
    // Messages the worker sent before this listener existed were held until now.
    navigator.serviceWorker?.startMessages();
    this.#offLang = onPageLang((lang) => { this.lang = lang; });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('offline', this.#onOffline);
    removeEventListener('online', this.#onOnline);
    navigator.serviceWorker?.removeEventListener('message', this.#onMessage);
    this.#offLang?.();
  }

  override render() {
    if (!this.offline && this.asOf === undefined) return nothing;
    const s = offlineStrings(this.lang);
    return html`<p role="status" data-testid="offline-banner">${s.offline}
      ${this.asOf === undefined ? nothing : html`<span data-testid="offline-as-of" data-at=${new Date(this.asOf).toISOString()}>${s.asOf(formatMoment(this.asOf, this.lang))}</span>`}</p>`;
  }
}
