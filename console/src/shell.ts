import { createPlatformClient, isApiError, type PlatformCall } from '@citadel/api-client';
import { accountRoutes } from '@citadel/protocol/api';
import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { errorText } from './error-text.js';
import { failureBox } from './fields.js';
import { strings, type Lang } from './i18n.js';
import { killSwitchText } from './kill-switch-text.js';
import { paths, screenOf, type Screen } from './routes.js';
import { link, type ConsoleContext } from './screen.js';
import { screenStyles } from './styles.js';
import type { Person } from './types.js';

/** Where the chosen language is kept between visits. */
const LANG_KEY = 'citadel.console.lang';

const isReviewer = (person: Person) => person.roles.includes('reviewer');
const isOperator = (person: Person) => person.roles.includes('operator');

/**
 * The developer console: who is signed in (or the sign-in form), the language switch, navigation between screens
 * without reloading (the screen's heading takes focus after each), and the screen of the address.
 */
export class ConsoleShell extends LitElement {
  static override styles = [screenStyles, css`
    :host { max-width: 760px; margin: 0 auto; padding: 0 12px 40px; }
    header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; padding: 12px 0;
      border-bottom: 1px solid var(--line); margin-bottom: 16px; }
    .brand { font-weight: 700; font-size: 1.05rem; }
    nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; }
    nav a { display: inline-flex; align-items: center; min-height: 44px; }
    nav a[aria-current=page] { font-weight: 700; }
    .who { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
  `];
  static override properties: PropertyDeclarations = { lang: { state: true }, person: { state: true }, screen: { state: true }, failure: { state: true } };

  declare lang: Lang;
  /** The signed-in person; `null` when signed out, `undefined` until known. */
  declare person: Person | null | undefined;
  declare screen: Screen;
  declare failure: unknown;
  readonly #call: PlatformCall = createPlatformClient();
  readonly #onPopState = () => void this.#show(screenOf(location.pathname));

  constructor() {
    super();
    this.lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
    this.screen = screenOf(location.pathname);
    this.addEventListener('console-navigate', (event) => {
      history.pushState(null, '', event.detail);
      void this.#show(screenOf(location.pathname));
    });
    this.addEventListener('console-signed-in', (event) => {
      this.person = event.detail;
      void this.#focusHeading();
    });
    this.addEventListener('console-signed-out', () => {
      this.person = null;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
    document.documentElement.lang = this.lang;
    void this.#whoIsSignedIn();
  }

  override disconnectedCallback(): void {
    removeEventListener('popstate', this.#onPopState);
    super.disconnectedCallback();
  }

  async #whoIsSignedIn() {
    this.failure = undefined;
    try {
      this.person = (await this.#call(accountRoutes.me)).citizen;
    } catch (error) {
      if (isApiError(error) && error.status === 401) this.person = null;
      else this.failure = error;
    }
  }

  async #show(screen: Screen) {
    this.screen = screen;
    await this.#focusHeading();
  }

  /** Moves focus to the new screen's heading, so a screen reader starts there and the keyboard continues from it. */
  async #focusHeading() {
    await this.updateComplete;
    const shown = this.renderRoot.querySelector('main > *');
    if (shown instanceof LitElement) await shown.updateComplete;
    (shown?.shadowRoot ?? shown)?.querySelector<HTMLElement>('h1')?.focus();
  }

  async #signOut() {
    try {
      await this.#call(accountRoutes.signOut);
    } catch (error) {
      // Already signed out is signed out; anything else is said.
      if (!isApiError(error, 'UNAUTHENTICATED')) {
        this.failure = error;
        return;
      }
    }
    this.person = null;
    await this.#focusHeading();
  }

  #switchLang() {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem(LANG_KEY, this.lang);
    document.documentElement.lang = this.lang;
  }

  #screen(person: Person) {
    const ctx: ConsoleContext = { call: this.#call, lang: this.lang, person };
    const s = this.screen;
    switch (s.name) {
      case 'orgs':
        return keyed('orgs', html`<console-orgs-screen .ctx=${ctx}></console-orgs-screen>`);
      case 'org':
        return keyed(`org/${s.orgId}`, html`<console-org-screen .ctx=${ctx} .orgId=${s.orgId}></console-org-screen>`);
      case 'app':
        return keyed(`app/${s.orgId}/${s.appId}`, html`<console-app-screen .ctx=${ctx} .orgId=${s.orgId} .appId=${s.appId}></console-app-screen>`);
      case 'payments':
        return keyed(`payments/${s.orgId}/${s.appId}`, html`<console-payments-screen .ctx=${ctx} .orgId=${s.orgId} .appId=${s.appId}></console-payments-screen>`);
      case 'credentials':
        return keyed(`credentials/${s.orgId}/${s.appId}`, html`<console-credentials-screen .ctx=${ctx} .orgId=${s.orgId} .appId=${s.appId}></console-credentials-screen>`);
      case 'webhooks':
        return keyed(`webhooks/${s.orgId}/${s.appId}`, html`<console-webhooks-screen .ctx=${ctx} .orgId=${s.orgId} .appId=${s.appId}></console-webhooks-screen>`);
      case 'analytics':
        return keyed(`analytics/${s.orgId}/${s.appId}`, html`<console-analytics-screen .ctx=${ctx} .orgId=${s.orgId} .appId=${s.appId}></console-analytics-screen>`);
      case 'review':
        return keyed('review', html`<console-review-screen .ctx=${ctx}></console-review-screen>`);
      case 'operator':
        return keyed('operator', html`<console-operator-screen .ctx=${ctx}></console-operator-screen>`);
      case 'not-found':
        return html`<section><h1 tabindex="-1">${strings(this.lang).notFound}</h1><p>${link(paths.orgs(), strings(this.lang).toOrgs, 'to-orgs')}</p></section>`;
    }
  }

  #nav(person: Person) {
    const t = strings(this.lang);
    const item = (name: Screen['name'], path: string, text: string, testid: string) =>
      html`<li>${link(path, text, testid, { current: this.screen.name === name })}</li>`;
    return html`<nav aria-label=${t.mainNav}><ul>
      ${item('orgs', paths.orgs(), t.orgs, 'nav-orgs')}
      ${isReviewer(person) ? item('review', paths.review(), t.review, 'nav-review') : nothing}
      ${isOperator(person) ? item('operator', paths.operator(), killSwitchText(this.lang).nav, 'nav-operator') : nothing}
    </ul></nav>`;
  }

  override render() {
    const t = strings(this.lang);
    document.title = t.title;
    const person = this.person;
    return html`<header>
        <span class="brand">${t.title}</span>
        <span class="who">
          ${person ? html`<span data-testid="signed-in-as">${t.signedInAs(person.name)}</span>
            <button type="button" data-testid="sign-out" @click=${() => void this.#signOut()}>${t.signOut}</button>` : nothing}
          <button type="button" data-testid="lang-switch" lang=${this.lang === 'vi' ? 'en' : 'vi'} aria-label=${t.switchLabel} @click=${() => this.#switchLang()}>${t.switchTo}</button>
        </span>
        ${person ? this.#nav(person) : nothing}
      </header>
      ${failureBox(this.failure === undefined ? undefined : errorText(this.failure, this.lang), 'shell-error')}
      ${this.failure !== undefined && person === undefined
        ? html`<p><button type="button" data-testid="shell-retry" @click=${() => void this.#whoIsSignedIn()}>${t.retry}</button></p>` : nothing}
      <main>${person === undefined ? (this.failure === undefined ? html`<p role="status" class="meta">${t.loading}</p>` : nothing)
        : person === null ? html`<console-sign-in .call=${this.#call} .lang=${this.lang}></console-sign-in>`
        : this.#screen(person)}</main>`;
  }
}
