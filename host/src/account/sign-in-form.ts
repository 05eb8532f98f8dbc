import { html, nothing, type PropertyDeclarations } from 'lit';
import { passkeysSupported } from '../passkeys/ceremony.js';
import { passkeyErrorText } from '../passkeys/error-text.js';
import { passkeyStrings } from '../passkeys/i18n.js';
import { formatPhone } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import { AccountForm } from './account-form.js';
import { codeField } from './code-field.js';
import { signedIn } from './events.js';
import { field, passwordField } from './fields.js';
import { accountStrings } from './i18n.js';
import { ResendTimer } from './resend-timer.js';
import { trustStrings } from './trust-i18n.js';
import { checkCode, checkPhone, checkRequired, normalisePhone } from './validate.js';

type Credentials = { readonly phone: string; readonly password: string };

/**
 * Sign in with phone and password (on a device the platform does not know yet, then with the code texted to the
 * phone; the browser is trusted from then on), or with a passkey this device offers (no phone number needed).
 *
 * @fires citadel-signed-in - with the citizen, once signed in.
 * @fires citadel-navigate - `/account/signup` when the citizen has no account yet, `/account/recover` when they forgot the password.
 */
export class CitadelSignInForm extends AccountForm<'phone' | 'password' | 'code'> {
  static override properties: PropertyDeclarations = { ...AccountForm.properties, pending: { state: true }, resent: { state: true }, passkeyFailure: { state: true } };

  /** Why the last passkey sign-in did not go through (a cancelled prompt included). */
  declare passkeyFailure: unknown;
  /** The credentials the platform asked a code for. */
  declare pending: Credentials | undefined;
  declare resent: boolean;
  readonly #timer = new ResendTimer(this);

  async #signIn(credentials: Credentials, code?: string) {
    const answer = await this.account!.signIn({ ...credentials, ...(code === undefined ? {} : { code }) });
    if ('step' in answer) {
      this.pending = credentials;
      this.#timer.start(answer.resendAfterSeconds);
      return;
    }
    signedIn(this, answer);
  }

  async #resend() {
    const pending = this.pending;
    if (!pending) return;
    const sent = await this.#timer.resend(() => this.account!.api.sendCode(pending.phone, 'sign-in'));
    this.resent = sent === true;
    this.failure = sent === true ? undefined : sent.failure;
  }

  #codeStep(pending: Credentials) {
    const s = accountStrings(this.lang);
    const t = trustStrings(this.lang);
    return html`<form novalidate data-testid="signin-code-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ phone: undefined, password: undefined, code: checkCode(v.code) }),
      (v) => this.#signIn(pending, v.code.replace(/\s/g, '')))}>
      <p class="hint" data-testid="signin-code-sent">${t.codeNewDevice(formatPhone(pending.phone))}</p>
      ${codeField({ testid: 'signin-code', lang: this.lang, problem: this.problemText('code'), timer: this.#timer, resend: () => void this.#resend(), resent: this.resent })}
      ${this.failureText('signin-error')}
      <button class="primary" type="submit" data-testid="signin-confirm" ?disabled=${this.busy}>${this.busy ? s.working : t.confirm}</button>
    </form>`;
  }

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
    if (this.pending) return this.#codeStep(this.pending);
    const s = accountStrings(this.lang);
    return html`<form novalidate data-testid="signin-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ phone: checkPhone(v.phone), password: checkRequired(v.password), code: undefined }),
      (v) => this.#signIn({ phone: normalisePhone(v.phone), password: v.password }))}>
      ${field({ name: 'phone', label: s.phone, testid: 'signin-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel',
        maxlength: 24, hint: s.phoneHint, problem: this.problemText('phone') })}
      ${passwordField({ name: 'password', label: s.password, testid: 'signin-password', autocomplete: 'current-password',
        problem: this.problemText('password'), visible: this.showPassword, strings: s,
        onToggle: () => { this.showPassword = !this.showPassword; } })}
      ${this.failureText('signin-error')}
      <button class="primary" type="submit" data-testid="signin-submit" ?disabled=${this.busy}>${this.busy ? s.working : s.signIn}</button>
      ${this.#passkey()}
      <p class="switch"><button type="button" class="link" data-testid="signin-forgot" @click=${() => navigate(this, '/account/recover')}>${trustStrings(this.lang).forgot}</button></p>
      <p class="switch">${s.noAccount}
        <button type="button" class="link" data-testid="signin-to-signup" @click=${() => navigate(this, '/account/signup')}>${s.signUp}</button></p>
    </form>`;
  }
}
