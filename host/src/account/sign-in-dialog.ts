import { LitElement, css, html, nothing } from 'lit';
import type { AppIdentity } from '@citadel/runtime';
import { keepTabInside, type Lang } from '@citadel/ui';
import type { Citizen } from '@citadel/protocol/api';
import { formStyles } from '../shared/form-styles.js';
import { dialogStyles, ModalDialog } from '../shared/modal-dialog.js';
import type { AccountStore } from './account-store.js';
import { accountStrings } from './i18n.js';

/**
 * Sign in (or sign up) drawn by the host over a running mini-app, when the app asked for the
 * citizen's identity and nobody is signed in. A modal `<dialog>` in the top layer: the app's
 * frame can neither cover nor click it, and never sees what is typed.
 */
export class CitadelSignInDialog extends LitElement {
  static override properties = {
    account: { attribute: false },
    lang: {},
    app: { attribute: false },
    mode: { state: true },
  };

  static override styles = [formStyles, dialogStyles, css`
    header img { width: 36px; height: 36px; border-radius: 10px; flex: none; }
  `];

  /** The store the forms act on. */
  declare account: AccountStore | undefined;
  /** Language of the dialog. Default `vi`. */
  declare lang: Lang;
  /** The app waiting for the citizen. */
  declare app: AppIdentity | undefined;
  declare mode: 'signin' | 'signup';
  readonly #modal = new ModalDialog<Citizen | undefined>(this);

  constructor() {
    super();
    this.lang = 'vi';
    this.mode = 'signin';
  }

  /** Opens over `app`; resolves once signed in, or with `undefined` when closed or `signal` aborts. */
  async open(app: AppIdentity, signal: AbortSignal): Promise<Citizen | undefined> {
    if (signal.aborted) return undefined;
    this.app = app;
    this.mode = 'signin';
    const closed = this.#modal.show();
    signal.addEventListener('abort', () => this.#modal.close(undefined), { once: true });
    return closed;
  }

  override render() {
    const s = accountStrings(this.lang);
    const manifest = this.app?.manifest;
    const icon = manifest?.icons[0]?.src;
    return html`
      <dialog data-testid="signin-dialog" aria-labelledby="title" @keydown=${keepTabInside}
        @cancel=${(e: Event) => { e.preventDefault(); this.#modal.close(undefined); }}
        @citadel-navigate=${(e: CustomEvent<{ path: string }>) => { e.stopPropagation(); this.mode = e.detail.path.endsWith('/signup') ? 'signup' : 'signin'; }}
        @citadel-signed-in=${(e: CustomEvent<Citizen>) => { e.stopPropagation(); this.#modal.close(e.detail); }}>
        <header>
          ${icon ? html`<img src=${icon} alt="" />` : nothing}
          <h2 id="title">${s.signInToContinue(manifest?.name[this.lang] ?? '')}</h2>
          <button class="close" data-testid="signin-dialog-close" aria-label=${s.close} @click=${() => this.#modal.close(undefined)}>✕</button>
        </header>
        ${this.mode === 'signup'
          ? html`<citadel-sign-up-form .account=${this.account} lang=${this.lang}></citadel-sign-up-form>`
          : html`<citadel-sign-in-form .account=${this.account} lang=${this.lang}></citadel-sign-in-form>`}
      </dialog>
    `;
  }
}
