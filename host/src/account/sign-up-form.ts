import { html, nothing, type PropertyDeclarations } from 'lit';
import { formatPhone } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import { AccountForm } from './account-form.js';
import { codeField } from './code-field.js';
import { signedIn } from './events.js';
import { field, passwordField } from './fields.js';
import { accountStrings } from './i18n.js';
import { ResendTimer } from './resend-timer.js';
import { trustStrings } from './trust-i18n.js';
import { checkCode, checkName, checkPassword, checkPhone, NAME_MAX, normalisePhone } from './validate.js';

type Details = { readonly phone: string; readonly name: string; readonly password: string };

/**
 * Create an account: phone, name and a password of 8 to 128 characters, then the code texted to the phone
 * (the account exists only once the number is confirmed); signs in.
 *
 * @fires citadel-signed-in - with the new citizen.
 * @fires citadel-navigate - `/account/signin` when the citizen already has an account.
 */
export class CitadelSignUpForm extends AccountForm<'phone' | 'name' | 'password' | 'code'> {
  static override properties: PropertyDeclarations = { ...AccountForm.properties, details: { state: true }, resent: { state: true } };
  /** What step 1 collected, once a code went out. */
  declare details: Details | undefined;
  declare resent: boolean;
  readonly #timer = new ResendTimer(this);

  async #send(details: Details) {
    const sent = await this.account!.api.sendCode(details.phone, 'sign-up');
    this.details = details;
    this.#timer.start(sent.resendAfterSeconds);
  }

  async #resend() {
    const details = this.details;
    if (!details) return;
    const sent = await this.#timer.resend(() => this.account!.api.sendCode(details.phone, 'sign-up'));
    this.resent = sent === true;
    this.failure = sent === true ? undefined : sent.failure;
  }

  #codeStep(details: Details) {
    const s = accountStrings(this.lang);
    const t = trustStrings(this.lang);
    return html`<form novalidate data-testid="signup-code-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ phone: undefined, name: undefined, password: undefined, code: checkCode(v.code) }),
      async (v, account) => signedIn(this, await account.register({ ...details, code: v.code.replace(/\s/g, '') })))}>
      <p class="hint" data-testid="signup-code-sent">${t.codeSentTo(formatPhone(details.phone))}</p>
      ${codeField({ testid: 'signup-code', lang: this.lang, problem: this.problemText('code'), timer: this.#timer, resend: () => void this.#resend(), resent: this.resent })}
      ${this.failureText('signup-error')}
      <button class="primary" type="submit" data-testid="signup-confirm" ?disabled=${this.busy}>${this.busy ? s.working : t.confirm}</button>
      <p class="switch"><button type="button" class="link" data-testid="signup-other-number"
        @click=${() => { this.details = undefined; this.failure = undefined; }}>${t.otherNumber}</button></p>
    </form>`;
  }

  override render() {
    if (this.details) return this.#codeStep(this.details);
    const s = accountStrings(this.lang);
    return html`<form novalidate data-testid="signup-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ name: checkName(v.name), phone: checkPhone(v.phone), password: checkPassword(v.password), code: undefined }),
      async (v) => this.#send({ phone: normalisePhone(v.phone), name: v.name.trim(), password: v.password }))}>
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
      ${nothing}
    </form>`;
  }
}
