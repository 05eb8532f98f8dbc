import { html, nothing, type PropertyDeclarations } from 'lit';
import { passkeysSupported } from '../passkeys/ceremony.js';
import { passkeyErrorText } from '../passkeys/error-text.js';
import { passkeyStrings } from '../passkeys/i18n.js';
import { navigate } from '../shared/navigate.js';
import { AccountForm } from './account-form.js';
import { signedIn } from './events.js';
import { field, passwordField } from './fields.js';
import { accountStrings } from './i18n.js';
import { checkPhone, checkRequired, normalisePhone } from './validate.js';

/**
 * Sign in with phone and password, or with a passkey this device offers (no phone number needed).
 *
 * @fires citadel-signed-in - with the citizen, once signed in.
 * @fires citadel-navigate - `/account/signup` when the citizen has no account yet.
 */
export class CitadelSignInForm extends AccountForm<'phone' | 'password'> {
  static override properties: PropertyDeclarations = { ...AccountForm.properties, passkeyFailure: { state: true } };

  /** Why the last passkey sign-in did not go through (a cancelled prompt included). */
  declare passkeyFailure: unknown;

  async #withPasskey() {
    if (this.busy || !this.account) return;
    this.busy = true;
    this.failure = undefined;
    this.passkeyFailure = undefined;
    try {
      signedIn(this, await this.account.signInWithPasskey());
    } catch (error) {
      this.passkeyFailure = error;
    } finally {
      this.busy = false;
    }
  }

  #passkey() {
    if (!passkeysSupported()) return nothing;
    const p = passkeyStrings(this.lang);
    return html`<p class="switch">${p.or}</p>
      ${this.passkeyFailure === undefined ? nothing
        : html`<p class="error" role="alert" data-testid="signin-passkey-error">${passkeyErrorText(this.passkeyFailure, this.lang)}</p>`}
      <button type="button" data-testid="signin-passkey" ?disabled=${this.busy} @click=${() => void this.#withPasskey()}>${p.signIn}</button>`;
  }

  override render() {
    const s = accountStrings(this.lang);
    return html`<form novalidate data-testid="signin-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ phone: checkPhone(v.phone), password: checkRequired(v.password) }),
      async (v, account) => signedIn(this, await account.signIn({ phone: normalisePhone(v.phone), password: v.password })))}>
      ${field({ name: 'phone', label: s.phone, testid: 'signin-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel',
        maxlength: 24, hint: s.phoneHint, problem: this.problemText('phone') })}
      ${passwordField({ name: 'password', label: s.password, testid: 'signin-password', autocomplete: 'current-password',
        problem: this.problemText('password'), visible: this.showPassword, strings: s,
        onToggle: () => { this.showPassword = !this.showPassword; } })}
      ${this.failureText('signin-error')}
      <button class="primary" type="submit" data-testid="signin-submit" ?disabled=${this.busy}>${this.busy ? s.working : s.signIn}</button>
      ${this.#passkey()}
      <p class="switch">${s.noAccount}
        <button type="button" class="link" data-testid="signin-to-signup" @click=${() => navigate(this, '/account/signup')}>${s.signUp}</button></p>
    </form>`;
  }
}
