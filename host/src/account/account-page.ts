import { css, html, nothing } from 'lit';
import { hostStrings } from '../i18n.js';
import { errorStrings } from '../shared/error-strings.js';
import { errorText } from '../shared/error-text.js';
import { formStyles } from '../shared/form-styles.js';
import { navigate } from '../shared/navigate.js';
import { CitizenPage } from './citizen-page.js';
import { deviceName } from './device-name.js';
import { accountStrings } from './i18n.js';
import { accountPath, CONSENTS_PATH, type AccountRoute } from './routes.js';
import { trustStrings } from './trust-i18n.js';

/**
 * The account screens under `/account`: sign in, sign up, recovery, profile (with the passkeys), sessions and security
 * (phone number, payment PIN). Signed out, the profile, sessions and security routes show the sign-in form in place;
 * signed in, the sign-in, sign-up and recovery routes move on to the profile.
 *
 * @fires citadel-navigate - to change route; the shell owns the history.
 */
export class CitadelAccountPage extends CitizenPage {
  static override properties = {
    route: {},
    signOutFailure: { state: true },
    signingOut: { state: true },
    unreachable: { state: true },
  };

  static override styles = [formStyles, css`
    :host { padding-top: 4px; }
    .home { padding-left: 8px; margin-bottom: 12px; }
    .tabs { display: flex; gap: 6px; margin-bottom: 16px; flex-wrap: wrap; }
    .tabs button[aria-current=page] { background: var(--accent); color: #fff; }
    .signout { margin-top: 20px; display: grid; gap: 8px; justify-items: start; }
  `];

  /** The screen to show. Default `profile`. */
  declare route: AccountRoute;
  declare signOutFailure: unknown;
  /** While signing out: its button is disabled, so a second tap sends nothing. */
  declare signingOut: boolean;
  /** Whether asking who is signed in failed for want of a network. */
  declare unreachable: boolean;

  constructor() {
    super();
    this.route = 'profile';
    this.unreachable = false;
    this.signingOut = false;
  }

  override firstUpdated() {
    if (this.citizen === undefined) void this.#refresh();
  }

  async #refresh() {
    this.unreachable = false;
    this.unreachable = (await this.account?.refresh()) === undefined;
  }

  override updated() {
    if (this.citizen && (this.route === 'signin' || this.route === 'signup' || this.route === 'recover')) navigate(this, accountPath('profile'), true);
  }

  async #signOut() {
    if (this.signingOut) return;
    this.signOutFailure = undefined;
    this.signingOut = true;
    try {
      await this.account?.signOut();
      navigate(this, '/');
    } catch (error) {
      this.signOutFailure = error;
    } finally {
      this.signingOut = false;
    }
  }

  #signedIn() {
    const s = accountStrings(this.lang);
    const tab = (route: AccountRoute, label: string) => html`<button data-testid="account-tab-${route}"
      aria-current=${this.route === route ? 'page' : 'false'} @click=${() => navigate(this, accountPath(route))}>${label}</button>`;
    return html`
      <h2>${s.account}</h2>
      <nav class="tabs" aria-label=${s.account}>${tab('profile', s.profile)}${tab('sessions', s.sessions)}${tab('security', trustStrings(this.lang).security)}</nav>
      ${this.route === 'sessions'
        ? html`<citadel-account-sessions .account=${this.account} lang=${this.lang}></citadel-account-sessions>`
        : this.route === 'security'
          ? html`<citadel-pin-form .account=${this.account} .citizen=${this.citizen ?? undefined} lang=${this.lang}></citadel-pin-form>
            <citadel-phone-form .account=${this.account} .citizen=${this.citizen ?? undefined} lang=${this.lang}></citadel-phone-form>`
          : html`<citadel-account-profile .account=${this.account} .citizen=${this.citizen ?? undefined} lang=${this.lang}></citadel-account-profile>
            <citadel-passkeys .api=${this.account?.passkeys} .deviceName=${deviceName(navigator.userAgent) ?? s.unknownDevice} lang=${this.lang}
              @citadel-signed-out=${() => this.account?.signedOut()}></citadel-passkeys>`}
      <p><button class="link" data-testid="account-consents" @click=${() => navigate(this, CONSENTS_PATH)}>${hostStrings(this.lang).consents}</button></p>
      <div class="signout">
        ${this.signOutFailure === undefined ? nothing : html`<p class="error" role="alert" data-testid="signout-error">${errorText(this.signOutFailure, this.lang)}</p>`}
        <button data-testid="signout" ?disabled=${this.signingOut} @click=${() => void this.#signOut()}>${s.signOut}</button>
      </div>`;
  }

  #body() {
    const s = accountStrings(this.lang);
    if (this.route === 'signup') return html`<h2>${s.signUp}</h2><citadel-sign-up-form .account=${this.account} lang=${this.lang}></citadel-sign-up-form>`;
    if (this.route === 'recover' && !this.citizen) {
      return html`<h2>${trustStrings(this.lang).recoverTitle}</h2><citadel-recover-form .account=${this.account} lang=${this.lang}></citadel-recover-form>`;
    }
    if (this.route === 'signin' || this.citizen === null) {
      return html`<h2>${s.signIn}</h2>${this.route === 'signin' ? nothing : html`<p class="hint">${s.signInToSeeAccount}</p>`}
        <citadel-sign-in-form .account=${this.account} lang=${this.lang}></citadel-sign-in-form>`;
    }
    if (this.citizen === undefined) {
      return this.unreachable
        ? html`<p class="error" role="alert" data-testid="account-offline">${errorStrings(this.lang).NETWORK}
            <button data-testid="account-retry" @click=${() => void this.#refresh()}>${s.retry}</button></p>`
        : html`<p role="status">${s.loading}</p>`;
    }
    return this.#signedIn();
  }

  override render() {
    const s = accountStrings(this.lang);
    return html`
      <button class="link home" data-testid="account-home" aria-label=${s.homeLabel} @click=${() => navigate(this, '/')}>‹ ${s.home}</button>
      <section data-testid="account-page" data-route=${this.route}>${this.#body()}</section>
    `;
  }
}
