import { html } from 'lit';
import { navigate } from '../shared/navigate.js';
import { AccountForm } from './account-form.js';
import { signedIn } from './events.js';
import { field, passwordField } from './fields.js';
import { accountStrings } from './i18n.js';
import { checkPhone, checkRequired, normalisePhone } from './validate.js';

/**
 * Sign in with phone and password.
 *
 * @fires citadel-signed-in - with the citizen, once signed in.
 * @fires citadel-navigate - `/account/signup` when the citizen has no account yet.
 */
export class CitadelSignInForm extends AccountForm<'phone' | 'password'> {
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
      <p class="switch">${s.noAccount}
        <button type="button" class="link" data-testid="signin-to-signup" @click=${() => navigate(this, '/account/signup')}>${s.signUp}</button></p>
    </form>`;
  }
}
