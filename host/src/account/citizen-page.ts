import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang } from '@citadel/ui';
import type { AccountStore, SignInState } from './account-store.js';

/** What `signInGate` shows in a page's place while it cannot show the page. */
export interface SignInGateWords {
  /** The page's heading above the sign-in form; none when omitted. */
  readonly title?: string;
  /** Why signing in is needed here. */
  readonly hint: string;
  /** Said while who is signed in is not known yet. */
  readonly loading: string;
}

/**
 * The base of the host's area pages (`/account`, `/alerts`, `/consents`, `/inbox`, `/wallet`): the shell hands each
 * the citizen's account, who is signed in and the language, and a page that needs a citizen shows the sign-in form
 * in its place.
 */
export class CitizenPage extends LitElement {
  static override properties: PropertyDeclarations = {
    account: { attribute: false },
    citizen: { attribute: false },
    lang: {},
  };

  /** The citizen's account (for signing in here). */
  declare account: AccountStore | undefined;
  /** Who is signed in (`undefined` while not known). */
  declare citizen: SignInState;
  /** Language. Default `vi`. */
  declare lang: Lang;

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** True when this update is the one in which a citizen signed in (from signed out or not known). */
  protected signedInNow(changed: PropertyValues<this>): boolean {
    return changed.has('citizen') && Boolean(this.citizen) && !changed.get('citizen');
  }

  /**
   * What to show instead of the page while nobody is signed in: the loading line while that is not known, the
   * sign-in form under `words.title` and `words.hint` once signed out; `undefined` when a citizen is signed in.
   */
  protected signInGate(words: SignInGateWords): TemplateResult | undefined {
    if (this.citizen === undefined) return html`<p role="status">${words.loading}</p>`;
    if (this.citizen !== null) return undefined;
    return html`${words.title === undefined ? nothing : html`<h2>${words.title}</h2>`}<p class="hint">${words.hint}</p>
      <citadel-sign-in-form .account=${this.account} lang=${this.lang}></citadel-sign-in-form>`;
  }
}
