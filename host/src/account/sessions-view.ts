import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { errorText } from '../shared/error-text.js';
import { formStyles } from '../shared/form-styles.js';
import { formatMoment } from '../shared/format.js';
import type { AccountStore } from './account-store.js';
import type { AccountSession } from './api.js';
import { deviceName } from './device-name.js';
import { accountStrings } from './i18n.js';

/** The citizen's signed-in sessions: device, when signed in, last seen, "this device", and revoking the others. */
export class CitadelAccountSessions extends LitElement {
  static override properties = {
    account: { attribute: false },
    lang: {},
    sessions: { state: true },
    failure: { state: true },
    revoking: { state: true },
  };

  static override styles = [formStyles, css`
    ul { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 10px; }
    li { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 12px; border-radius: 12px;
      border: 1px solid color-mix(in srgb, CanvasText 14%, transparent); }
    li[data-current=true] { border-color: var(--accent); }
    .what { flex: 1 1 180px; min-width: 0; display: grid; gap: 2px; }
    .what strong { overflow-wrap: anywhere; }
    .what small { color: var(--muted); }
    .badge { display: inline-block; width: fit-content; font-size: .8rem; padding: 2px 8px; border-radius: 999px; background: var(--accent); color: #fff; }
  `];

  /** The store whose API lists and revokes sessions. */
  declare account: AccountStore | undefined;
  /** Language of the screen. Default `vi`. */
  declare lang: Lang;
  declare sessions: AccountSession[] | undefined;
  declare failure: unknown;
  /** The session being revoked. */
  declare revoking: string | undefined;

  constructor() {
    super();
    this.lang = 'vi';
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('account') && this.account) void this.#load();
  }

  async #load() {
    this.failure = undefined;
    try {
      const list = await this.account!.api.sessions();
      // This device first, then the most recently active.
      this.sessions = list.sort((a, b) => Number(b.current) - Number(a.current) || new Date(b.lastSeenAt).getTime() - new Date(a.lastSeenAt).getTime());
    } catch (error) {
      this.#fail(error);
    }
  }

  async #revoke(id: string) {
    this.revoking = id;
    this.failure = undefined;
    try {
      await this.account!.api.revokeSession(id);
      this.sessions = this.sessions?.filter((s) => s.id !== id);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.revoking = undefined;
    }
  }

  #fail(error: unknown) {
    // This session ended elsewhere: the page falls back to signing in.
    if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
    this.failure = error;
  }

  #item(session: AccountSession) {
    const s = accountStrings(this.lang);
    const device = deviceName(session.userAgent) ?? s.unknownDevice;
    return html`<li data-testid="session" data-current=${session.current ? 'true' : 'false'}>
      <div class="what">
        <strong title=${session.userAgent ?? ''}>${device}</strong>
        ${session.current ? html`<span class="badge" data-testid="session-current">${s.thisDevice}</span>` : nothing}
        <small>${s.created}: ${formatMoment(session.createdAt, this.lang)}</small>
        <small>${s.lastSeen}: ${formatMoment(session.lastSeenAt, this.lang)}</small>
      </div>
      ${session.current ? nothing : html`<button data-testid="session-revoke" aria-label=${s.revokeLabel(device)}
        ?disabled=${this.revoking !== undefined} @click=${() => void this.#revoke(session.id)}>${s.revoke}</button>`}
    </li>`;
  }

  override render() {
    const s = accountStrings(this.lang);
    return html`
      <p class="hint">${s.sessionsIntro}</p>
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid="sessions-error">${errorText(this.failure, this.lang)}
        <button data-testid="sessions-retry" @click=${() => void this.#load()}>${s.retry}</button></p>`}
      ${this.sessions === undefined && this.failure === undefined ? html`<p role="status">${s.loading}</p>` : nothing}
      ${this.sessions ? html`<ul data-testid="sessions-list">${this.sessions.map((x) => this.#item(x))}</ul>` : nothing}
    `;
  }
}
