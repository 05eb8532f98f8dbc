import { LitElement, css, html, nothing } from 'lit';
import type { IdentityClaim } from '@citadel/protocol';
import type { AppIdentity } from '@citadel/runtime';
import { t, type Lang } from './i18n.js';
import { keepTabInside } from './keep-tab-inside.js';
import { oneAtATime } from './one-at-a-time.js';
import { askingApp, promptStyles } from './prompt-parts.js';
import { base } from './styles.js';

/** What the host asks the citizen to share with one app. */
export interface ConsentRequest {
  /** The app asking, as the runtime established it from the frame (never from a message field). */
  readonly app: AppIdentity;
  /** The claims not granted yet, each with the citizen's actual value (`null` when the platform has none). */
  readonly claims: ReadonlyArray<{ readonly claim: IdentityClaim; readonly value: string | null }>;
  /** Claims this app already has and also asked for again; listed, not asked. Default none. */
  readonly alreadyShared?: readonly IdentityClaim[];
}

/**
 * Shows the consent prompt; resolves with the claims the citizen allowed (possibly fewer than
 * asked), or `undefined` when they refused, dismissed it, or `signal` aborted.
 */
export type ConsentFn = (request: ConsentRequest, signal?: AbortSignal) => Promise<IdentityClaim[] | undefined>;

/**
 * The host-drawn identity consent prompt. Like the permission prompt it is a modal `<dialog>`
 * in the top layer, so the mini-app's frame can neither cover it nor click it. It lists each
 * requested claim with the citizen's actual value, ticked; the citizen may untick any of them.
 * Escape, or "Don't allow", is a refusal.
 */
export class CitadelIdentityConsent extends LitElement {
  static override properties = {
    request: { attribute: false },
    lang: {},
    chosen: { state: true },
  };

  static override styles = [base, promptStyles, css`
    .reason small, legend, .note { display: block; color: var(--citadel-muted); font-size: .85rem; }
    fieldset { border: 0; padding: 0; margin: 0 0 8px; display: grid; gap: 2px; }
    legend { padding: 0; margin-bottom: 4px; }
    label { display: flex; gap: 10px; align-items: center; min-height: 44px; }
    input[type=checkbox] { width: 22px; height: 22px; margin: 0; flex: none; accent-color: var(--citadel-accent); }
    label span { display: flex; flex-direction: column; min-width: 0; }
    label strong { overflow-wrap: anywhere; }
    .note { margin: 8px 0 14px; }
    button:disabled { opacity: .5; cursor: not-allowed; }
  `];

  /** The request being shown. */
  declare request: ConsentRequest | undefined;
  /** Language of the prompt. Default `vi`. */
  declare lang: Lang;
  declare chosen: ReadonlySet<IdentityClaim>;
  #resolve: ((answer: IdentityClaim[] | undefined) => void) | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.chosen = new Set();
  }

  /** Shows the prompt for `request`; resolves with the allowed claims, or `undefined` for a refusal. */
  async ask(request: ConsentRequest, signal?: AbortSignal): Promise<IdentityClaim[] | undefined> {
    if (signal?.aborted) return undefined;
    this.request = request;
    this.chosen = new Set(request.claims.map((c) => c.claim));
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    return new Promise((resolve) => {
      this.#resolve = resolve;
      signal?.addEventListener('abort', () => this.#answer(false), { once: true });
      dialog.showModal();
      this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="consent-deny"]')?.focus();
    });
  }

  /** True when Allow would share nothing at all: then it is refused in the UI rather than silently. */
  get #empty(): boolean {
    const request = this.request;
    return !!request && request.claims.length > 0 && this.chosen.size === 0 && !request.alreadyShared?.length;
  }

  #answer(allow: boolean) {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    resolve?.(allow && !this.#empty ? [...this.chosen] : undefined);
  }

  #toggle(claim: IdentityClaim, on: boolean) {
    const next = new Set(this.chosen);
    if (on) next.add(claim);
    else next.delete(claim);
    this.chosen = next;
  }

  #value(claim: IdentityClaim, value: string | null): string {
    const s = t(this.lang);
    if (value === null || value === '') return s.notProvided;
    if (claim === 'verificationLevel' && (value === 'none' || value === 'basic' || value === 'verified')) return s.levels[value];
    return value;
  }

  override render() {
    const s = t(this.lang);
    const request = this.request;
    if (!request) return html`<dialog></dialog>`;
    const { manifest } = request.app;
    const reason = manifest.permissions.find((p) => p.name === 'identity')?.reason;
    const already = request.alreadyShared ?? [];
    return html`
      <dialog data-testid="identity-consent" aria-labelledby="title" @keydown=${keepTabInside} @cancel=${(e: Event) => { e.preventDefault(); this.#answer(false); }}>
        ${askingApp(manifest, this.lang, s.asks.identity)}
        ${reason ? html`<p class="reason"><small>${s.why}</small>${reason[this.lang]}</p>` : nothing}
        ${request.claims.length ? html`
          <fieldset>
            <legend>${s.share}</legend>
            ${request.claims.map(({ claim, value }) => html`
              <label><input type="checkbox" data-testid="consent-claim-${claim}" .checked=${this.chosen.has(claim)}
                @change=${(e: Event) => this.#toggle(claim, (e.target as HTMLInputElement).checked)} />
                <span>${s.claims[claim]}<strong>${this.#value(claim, value)}</strong></span></label>`)}
          </fieldset>` : nothing}
        ${already.length ? html`<p class="note">${s.alreadyShared}: ${already.map((c) => s.claims[c]).join(', ')}</p>` : nothing}
        <p class="note">${this.#empty ? html`<span role="status">${s.pickOne}</span>` : s.pairwise}</p>
        <div class="actions">
          <button data-testid="consent-deny" @click=${() => this.#answer(false)}>${s.deny}</button>
          <button class="primary" data-testid="consent-allow" ?disabled=${this.#empty} @click=${() => this.#answer(true)}>${s.allow}</button>
        </div>
      </dialog>
    `;
  }
}

/**
 * A `ConsentFn` that draws `<citadel-identity-consent>` in `root`, one prompt at a time, in the
 * language `lang()` answers at the time of asking. Registers the element on its first call, so a host can load the
 * prompt only when an app first asks for identity (`@citadel/ui/define` leaves it out).
 */
export function createConsentFn(root: HTMLElement, lang: () => Lang): ConsentFn {
  if (!customElements.get('citadel-identity-consent')) customElements.define('citadel-identity-consent', CitadelIdentityConsent);
  const draw = oneAtATime<CitadelIdentityConsent>(root, 'citadel-identity-consent', lang);
  return (request, signal) => draw((prompt) => prompt.ask(request, signal));
}
