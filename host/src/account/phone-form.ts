import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Citizen } from '@citadel/protocol/api';
import { formatPhone } from '../shared/format.js';
import { AccountForm } from './account-form.js';
import { codeField } from './code-field.js';
import { field } from './fields.js';
import { accountStrings } from './i18n.js';
import { ResendTimer } from './resend-timer.js';
import { trustStrings } from './trust-i18n.js';
import { checkCode, checkPhone, normalisePhone } from './validate.js';

/**
 * The citizen's phone number: whether it is verified, and a change (or a confirmation of the same number) that
 * takes effect only once the code texted to that number is confirmed.
 */
export class CitadelPhoneForm extends AccountForm<'phone' | 'code'> {
  static override properties: PropertyDeclarations = { ...AccountForm.properties, citizen: { attribute: false }, target: { state: true }, saved: { state: true } };
  declare citizen: Citizen | undefined;
  /** The number a code went to. */
  declare target: string | undefined;
  declare saved: boolean;
  readonly #timer = new ResendTimer(this);

  async #send(phone: string) {
    this.#timer.start((await this.account!.api.sendCode(phone, 'phone-change')).resendAfterSeconds);
    this.target = phone;
    this.saved = false;
  }

  /** Sends a code to the number the account has, the button disabled while it is asked for. */
  async #confirmOwn(phone: string) {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.#send(phone);
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const c = this.citizen;
    if (!c) return nothing;
    const s = accountStrings(this.lang);
    const t = trustStrings(this.lang);
    const target = this.target;
    if (target !== undefined) {
      return html`<h3>${t.phoneTitle}</h3><form novalidate data-testid="phone-code-form" @submit=${(e: SubmitEvent) => this.submit(e,
        (v) => ({ phone: undefined, code: checkCode(v.code) }),
        async (v, account) => {
          this.citizen = await account.changePhone(target, v.code.replace(/\s/g, ''));
          this.target = undefined;
          this.saved = true;
        })}>
        <p class="hint">${t.codeSentTo(formatPhone(target))}</p>
        ${codeField({ testid: 'phone-code', lang: this.lang, problem: this.problemText('code'), timer: this.#timer, resend: () => void this.#send(target).catch((e: unknown) => { this.failure = e; }), resent: false })}
        ${this.failureText('phone-error')}
        <button class="primary" type="submit" data-testid="phone-confirm" ?disabled=${this.busy}>${this.busy ? s.working : t.confirm}</button>
      </form>`;
    }
    return html`<h3>${t.phoneTitle}</h3>
      <p data-testid="phone-state" data-verified=${String(c.phoneVerified)}>${formatPhone(c.phone)}: ${c.phoneVerified ? t.phoneVerified : t.phoneUnverified}</p>
      ${this.saved ? html`<p class="success" role="status" data-testid="phone-saved">${t.phoneSaved}</p>` : nothing}
      ${c.phoneVerified ? nothing : html`<p><button data-testid="phone-confirm-own" ?disabled=${this.busy} @click=${() => void this.#confirmOwn(c.phone)}>${t.confirmOwn}</button></p>`}
      <form novalidate data-testid="phone-form" @submit=${(e: SubmitEvent) => this.submit(e,
        (v) => ({ phone: checkPhone(v.phone), code: undefined }), (v) => this.#send(normalisePhone(v.phone)))}>
        ${field({ name: 'phone', label: t.newPhone, testid: 'phone-new', type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 24, problem: this.problemText('phone') })}
        ${this.failureText('phone-error')}
        <button type="submit" data-testid="phone-send" ?disabled=${this.busy}>${this.busy ? s.working : t.changePhone}</button>
      </form>`;
  }
}
