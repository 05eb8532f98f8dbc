import { html } from 'lit';
import { navigate } from '../shared/navigate.js';
import { AccountForm } from './account-form.js';
import { signedIn } from './events.js';
import { field, passwordField } from './fields.js';
import { accountStrings } from './i18n.js';
import { checkName, checkPassword, checkPhone, NAME_MAX, normalisePhone } from './validate.js';

/**
 * Create an account with phone, name and a password of 8 to 128 characters; signs in.
 *
 * @fires citadel-signed-in - with the new citizen.
 * @fires citadel-navigate - `/account/signin` when the citizen already has an account.
 */
export class CitadelSignUpForm extends AccountForm<'phone' | 'name' | 'password'> {
  override render() {
    const s = accountStrings(this.lang);
    return html`<form novalidate data-testid="signup-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ name: checkName(v.name), phone: checkPhone(v.phone), password: checkPassword(v.password) }),
      async (v, account) => signedIn(this, await account.register({ phone: normalisePhone(v.phone), name: v.name.trim(), password: v.password })))}>
      ${field({ name: 'name', label: s.name, testid: 'signup-name', autocomplete: 'name', autocapitalize: 'words', maxlength: NAME_MAX, problem: this.problemText('name') })}
      ${field({ name: 'phone', label: s.phone, testid: 'signup-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel',
        maxlength: 24, hint: s.phoneHint, problem: this.problemText('phone') })}
      ${passwordField({ name: 'password', label: s.password, testid: 'signup-password', autocomplete: 'new-password',
        hint: s.passwordRule, problem: this.problemText('password'), visible: this.showPassword, strings: s,
        onToggle: () => { this.showPassword = !this.showPassword; } })}
      ${this.failureText('signup-error')}
      <button class="primary" type="submit" data-testid="signup-submit" ?disabled=${this.busy}>${this.busy ? s.working : s.signUp}</button>
      <p class="switch">${s.haveAccount}
        <button type="button" class="link" data-testid="signup-to-signin" @click=${() => navigate(this, '/account/signin')}>${s.signIn}</button></p>
    </form>`;
  }
}
