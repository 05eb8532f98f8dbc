import { html, type PropertyDeclarations } from 'lit';
import { formatPhone } from '../shared/format.js';
import { AccountForm } from './account-form.js';
import { codeField } from './code-field.js';
import { signedIn } from './events.js';
import { field, passwordField } from './fields.js';
import { accountStrings } from './i18n.js';
import { ResendTimer } from './resend-timer.js';
import { trustStrings } from './trust-i18n.js';
import { checkCode, checkPassword, checkPhone, normalisePhone } from './validate.js';

/**
 * Forgot password: the phone number, then the code texted to it and a new password; signs in and ends every other
 * session. The platform answers the same whether or not the number has an account.
 *
 * @fires citadel-signed-in - with the citizen, once recovered.
 */
export class CitadelRecoverForm extends AccountForm<'phone' | 'code' | 'password'> {
  static override properties: PropertyDeclarations = { ...AccountForm.properties, phone: { state: true }, resent: { state: true } };
  /** The number a code went to. */
  declare phone: string | undefined;
  declare resent: boolean;
  readonly #timer = new ResendTimer(this);

  async #send(phone: string) {
    this.#timer.start((await this.account!.api.sendCode(phone, 'recovery')).resendAfterSeconds);
    this.phone = phone;
  }

  async #resend() {
    const phone = this.phone;
    if (!phone) return;
    const sent = await this.#timer.resend(() => this.account!.api.sendCode(phone, 'recovery'));
    this.resent = sent === true;
    this.failure = sent === true ? undefined : sent.failure;
  }

  override render() {
    const s = accountStrings(this.lang);
    const t = trustStrings(this.lang);
    const phone = this.phone;
    if (phone === undefined) {
      return html`<form novalidate data-testid="recover-form" @submit=${(e: SubmitEvent) => this.submit(e,
        (v) => ({ phone: checkPhone(v.phone), code: undefined, password: undefined }), (v) => this.#send(normalisePhone(v.phone)))}>
        <p class="hint">${t.recoverIntro}</p>
        ${field({ name: 'phone', label: s.phone, testid: 'recover-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 24, problem: this.problemText('phone') })}
        ${this.failureText('recover-error')}
        <button class="primary" type="submit" data-testid="recover-send" ?disabled=${this.busy}>${this.busy ? s.working : t.sendCode}</button>
      </form>`;
    }
    return html`<form novalidate data-testid="recover-code-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ phone: undefined, code: checkCode(v.code), password: checkPassword(v.password) }),
      async (v, account) => signedIn(this, await account.recover({ phone, code: v.code.replace(/\s/g, ''), password: v.password })))}>
      <p class="hint">${t.codeSentTo(formatPhone(phone))}</p>
      ${codeField({ testid: 'recover-code', lang: this.lang, problem: this.problemText('code'), timer: this.#timer, resend: () => void this.#resend(), resent: this.resent })}
      ${passwordField({ name: 'password', label: t.newPassword, testid: 'recover-password', autocomplete: 'new-password',
        hint: `${s.passwordRule} ${t.recoverNote}`, problem: this.problemText('password'), visible: this.showPassword, strings: s,
        onToggle: () => { this.showPassword = !this.showPassword; } })}
      ${this.failureText('recover-error')}
      <button class="primary" type="submit" data-testid="recover-submit" ?disabled=${this.busy}>${this.busy ? s.working : t.recoverSubmit}</button>
    </form>`;
  }
}
