import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Passkey } from '@citadel/protocol/api';
import type { Lang } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { formStyles } from '../shared/form-styles.js';
import { formatMoment } from '../shared/format.js';
import type { PasskeyApi } from './api.js';
import { passkeysSupported } from './ceremony.js';
import { passkeyErrorText } from './error-text.js';
import { passkeyStrings } from './i18n.js';

/**
 * The account page's passkeys section: each passkey with its name, when it was created and last
 * used, a button to remove it, and one to add a passkey on this device.
 *
 * @fires citadel-signed-out - when the platform answered that the session has ended.
 */
export class CitadelPasskeys extends LitElement {
  static override properties = {
    api: { attribute: false },
    deviceName: { attribute: false },
    lang: {},
    passkeys: { state: true },
    failure: { state: true },
    busy: { state: true },
  };

  static override styles = [formStyles, css`
    :host { display: block; margin-top: 24px; }
    h3 { margin: 0 0 4px; font-size: 1.05rem; }
    ul { list-style: none; margin: 12px 0; padding: 0; display: grid; gap: 10px; }
    li { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 12px; border-radius: 12px;
      border: 1px solid color-mix(in srgb, CanvasText 14%, transparent); }
    .what { flex: 1 1 180px; min-width: 0; display: grid; gap: 2px; }
    .what strong { overflow-wrap: anywhere; }
    .what small { color: var(--muted); }
  `];

  /** The passkey API the section acts on. */
  declare api: PasskeyApi | undefined;
  /** The label a new passkey gets, such as "Chrome · Android". */
  declare deviceName: string;
  /** Language of the section. Default `vi`. */
  declare lang: Lang;
  declare passkeys: Passkey[] | undefined;
  declare failure: unknown;
  /** What is under way: adding, or removing the passkey with this id. */
  declare busy: string | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.deviceName = '';
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('api') && this.api) void this.#load();
  }

  async #load() {
    this.failure = undefined;
    try {
      this.passkeys = await this.api!.list();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #run(busy: string, action: () => Promise<void>) {
    if (this.busy !== undefined || !this.api) return;
    this.busy = busy;
    this.failure = undefined;
    try {
      await action();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  #add() {
    return this.#run('add', async () => {
      const added = await this.api!.add(this.deviceName || passkeyStrings(this.lang).title);
      this.passkeys = [added, ...(this.passkeys ?? [])];
    });
  }

  #remove(id: string) {
    return this.#run(id, async () => {
      await this.api!.remove(id);
      this.passkeys = this.passkeys?.filter((p) => p.id !== id);
    });
  }

  #fail(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) this.dispatchEvent(new CustomEvent('citadel-signed-out', { bubbles: true, composed: true }));
    this.failure = error;
  }

  #item(passkey: Passkey) {
    const s = passkeyStrings(this.lang);
    return html`<li data-testid="passkey">
      <div class="what">
        <strong data-testid="passkey-name">${passkey.name}</strong>
        <small>${s.created}: ${formatMoment(passkey.createdAt, this.lang)}</small>
        <small data-testid="passkey-last-used">${s.lastUsed}: ${passkey.lastUsedAt ? formatMoment(passkey.lastUsedAt, this.lang) : s.neverUsed}</small>
      </div>
      <button data-testid="passkey-remove" aria-label=${s.removeLabel(passkey.name)} ?disabled=${this.busy !== undefined}
        @click=${() => void this.#remove(passkey.id)}>${s.remove}</button>
    </li>`;
  }

  override render() {
    const s = passkeyStrings(this.lang);
    const supported = passkeysSupported();
    return html`<section data-testid="passkeys" aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">${s.title}</h3>
      <p class="hint">${s.intro}</p>
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid="passkeys-error">${passkeyErrorText(this.failure, this.lang)}</p>`}
      ${this.passkeys === undefined && this.failure === undefined ? html`<p role="status">${s.loading}</p>` : nothing}
      ${this.passkeys?.length === 0 ? html`<p data-testid="passkeys-none">${s.none}</p>` : nothing}
      ${this.passkeys?.length ? html`<ul data-testid="passkeys-list">${this.passkeys.map((p) => this.#item(p))}</ul>` : nothing}
      ${supported
        ? html`<button class="primary" data-testid="passkey-add" ?disabled=${this.busy !== undefined} aria-busy=${this.busy === 'add' ? 'true' : 'false'}
            @click=${() => void this.#add()}>${this.busy === 'add' ? s.adding : s.add}</button>`
        : html`<p class="hint">${s.unsupported}</p>`}
    </section>`;
  }
}
