import { LitElement, css, html } from 'lit';
import type { Lang } from '@citadel/ui';
import { offlineStrings, onPageLang, pageLang } from './i18n.js';

/**
 * "New version, reload": shown when a new service worker (a new build of the host) waits. Reloading hands the page
 * to it; until then the citizen keeps the version they have, so nothing reloads under their fingers.
 *
 * @fires citadel-reload - the citizen asked for the new version.
 */
export class CitadelUpdatePrompt extends LitElement {
  static override properties = {
    lang: { state: true },
    busy: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    div { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 8px 12px; padding: 8px 16px;
      background: #fff4e5; color: #1f1f1f; font-size: .9rem; }
    button { font: inherit; min-height: 44px; padding: 0 16px; border-radius: 999px; border: 0; background: #b3261e; color: #fff; cursor: pointer; }
    button:focus-visible { outline: 3px solid #1f1f1f; outline-offset: 2px; }
  `;

  declare lang: Lang;
  declare busy: boolean;
  #offLang: (() => void) | undefined;

  constructor() {
    super();
    this.lang = pageLang();
    this.busy = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#offLang = onPageLang((lang) => { this.lang = lang; });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#offLang?.();
  }

  override render() {
    const s = offlineStrings(this.lang);
    return html`<div role="status" data-testid="update-prompt">${s.update}
      <button data-testid="update-reload" ?disabled=${this.busy} @click=${() => {
        this.busy = true;
        this.dispatchEvent(new CustomEvent('citadel-reload'));
      }}>${s.reload}</button></div>`;
  }
}
