import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Manifest, Permission } from '@citadel/protocol';
import type { Lang } from '@citadel/ui';
import { hostStrings } from '../i18n.js';

/** Where a launch stands before the app's frame exists. */
export type LaunchStatus = 'checking' | 'suspended' | 'offline' | 'failed' | 'updated';

/**
 * What the host shows in place of an app that is not framed (yet): while the platform is
 * asked whether it may launch, or why it may not (suspended by the operator, offline, failed),
 * or, for a new version that declares more permissions than the one the citizen last opened,
 * which ones, before it opens (`updated`).
 *
 * @fires citadel-close - the citizen closed it.
 * @fires citadel-retry - the citizen asked to try the launch again.
 * @fires citadel-accept - the citizen opens the updated app.
 */
export class CitadelLaunchNotice extends LitElement {
  static override properties = {
    manifest: { attribute: false },
    added: { attribute: false },
    status: {},
    lang: {},
  };

  static override styles = css`
    :host { display: flex; flex-direction: column; background: Canvas; color: CanvasText; --accent: #b3261e; }
    header { display: flex; align-items: center; gap: 8px; padding: 6px 8px; padding-top: max(6px, env(safe-area-inset-top));
      border-bottom: 1px solid color-mix(in srgb, CanvasText 12%, transparent); }
    header img { width: 28px; height: 28px; border-radius: 8px; }
    h1 { flex: 1; font-size: 1rem; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    h1:focus { outline: none; }
    button { font: inherit; cursor: pointer; min-height: 44px; min-width: 44px; border-radius: 999px; border: 0; padding: 0 16px;
      background: color-mix(in srgb, var(--accent) 12%, Canvas); color: CanvasText; }
    button:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 2px; }
    .icon { padding: 0; background: transparent; font-size: 1.3rem; }
    main { flex: 1; display: grid; place-content: center; gap: 12px; padding: 24px; text-align: center; max-width: 420px; margin: 0 auto; }
    main p { margin: 0; color: color-mix(in srgb, CanvasText 65%, transparent); }
    .checking { opacity: 0; animation: appear .2s .4s forwards; }
    @keyframes appear { to { opacity: 1; } }
    @media (prefers-reduced-motion: reduce) { .checking { animation: none; opacity: 1; } }
  `;

  /** The app being launched. */
  declare manifest: Manifest | undefined;
  /** With `updated`: the permissions the new version adds. */
  declare added: readonly Permission[];
  /** Default `checking`. */
  declare status: LaunchStatus;
  /** Language. Default `vi`. */
  declare lang: Lang;

  constructor() {
    super();
    this.status = 'checking';
    this.lang = 'vi';
    this.added = [];
  }

  /** Moves the focus to the app's name, which the notice's reason and buttons follow (the shell calls it as the notice opens). */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  #fire(name: 'citadel-close' | 'citadel-retry' | 'citadel-accept') {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  #body() {
    const s = hostStrings(this.lang);
    const name = this.manifest?.name[this.lang] ?? '';
    switch (this.status) {
      case 'checking':
        return html`<p class="checking" role="status">${s.opening(name)}</p>`;
      case 'updated': {
        const list = new Intl.ListFormat(this.lang === 'vi' ? 'vi-VN' : 'en', { type: 'conjunction' });
        return html`<strong>${s.updated(name)}</strong><p>${s.updatedHint(list.format(this.added.map((p) => s.permissionNames[p])))}</p>
          <button data-testid="app-update-open" @click=${() => this.#fire('citadel-accept')}>${s.openUpdated}</button>
          <button data-testid="app-update-close" @click=${() => this.#fire('citadel-close')}>${s.backToServices}</button>`;
      }
      case 'suspended':
        return html`<strong>${s.suspended}</strong><p>${s.suspendedHint}</p>
          <button data-testid="app-suspended-close" @click=${() => this.#fire('citadel-close')}>${s.backToServices}</button>`;
      default:
        return html`<strong>${s.launchFailed}</strong><p>${this.status === 'offline' ? s.offlineHint : s.launchFailedHint}</p>
          <button data-testid="app-launch-retry" @click=${() => this.#fire('citadel-retry')}>${s.retry}</button>`;
    }
  }

  override render() {
    const s = hostStrings(this.lang);
    const icon = this.manifest?.icons[0]?.src;
    return html`
      <header>
        ${icon ? html`<img src=${icon} alt="" />` : nothing}
        <h1 tabindex="-1">${this.manifest?.name[this.lang] ?? ''}</h1>
        <button class="icon" data-testid="app-close" aria-label=${s.close} @click=${() => this.#fire('citadel-close')}>✕</button>
      </header>
      <main data-testid="app-${this.status}" role=${ifDefined(this.status === 'checking' ? undefined : 'alert')}>${this.#body()}</main>
    `;
  }
}

/** Registers `<citadel-launch-notice>`; safe to call more than once. */
export function defineLaunchNotice() {
  if (!customElements.get('citadel-launch-notice')) customElements.define('citadel-launch-notice', CitadelLaunchNotice);
}

declare global {
  interface HTMLElementTagNameMap {
    'citadel-launch-notice': CitadelLaunchNotice;
  }
}
