import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Citizen, PinStatus } from '@citadel/protocol/api';
import { errorText } from '../shared/error-text.js';
import { formatPhone } from '../shared/format.js';
import { AccountForm } from './account-form.js';
import { codeField } from './code-field.js';
import { field } from './fields.js';
import { accountStrings } from './i18n.js';
import { ResendTimer } from './resend-timer.js';
import { trustStrings } from './trust-i18n.js';
import { checkCode, checkPin, checkWords } from './validate.js';

/**
 * The payment PIN: its state and the citizen's anti-phishing words; set-up and reset go through a code texted to
 * the citizen's own number, then the PIN twice and the words (docs/take-a-payment.md).
 */
export class CitadelPinForm extends AccountForm<'code' | 'pin' | 'repeat' | 'words'> {
  static override properties: PropertyDeclarations = {
    ...AccountForm.properties, citizen: { attribute: false }, status: { state: true }, started: { state: true }, saved: { state: true },
  };
  /** The signed-in citizen: the code goes to their number. */
  declare citizen: Citizen | undefined;
  declare status: PinStatus | undefined;
  /** Whether a code went out and the set-up form shows. */
  declare started: boolean;
  declare saved: boolean;
  readonly #timer = new ResendTimer(this);

  // Loaded when the store arrives (a property set after the element is connected, when the shell routes here).
  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('account') && this.account) {
      this.account.api.pin().then((status) => { this.status = status; }, (error: unknown) => { this.failure = error; });
    }
  }

  async #start() {
    if (!this.citizen || !this.account || this.busy) return;
    this.failure = undefined;
    this.saved = false;
    this.busy = true;
    try {
      this.#timer.start((await this.account.api.sendCode(this.citizen.phone, 'pin')).resendAfterSeconds);
      this.started = true;
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  #setUp() {
    const s = accountStrings(this.lang);
    const t = trustStrings(this.lang);
    return html`<form novalidate data-testid="pin-form" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({ code: checkCode(v.code), pin: checkPin(v.pin), repeat: checkPin(v.repeat) ?? (v.repeat === v.pin ? undefined : 'pinMismatch'), words: checkWords(v.words) }),
      async (v, account) => {
        this.status = await account.api.setPin({ code: v.code.replace(/\s/g, ''), pin: v.pin, words: v.words.trim() });
        this.started = false;
        this.saved = true;
      })}>
      <p class="hint">${t.codeSentTo(formatPhone(this.citizen?.phone ?? ''))}</p>
      ${codeField({ testid: 'pin-code', lang: this.lang, problem: this.problemText('code'), timer: this.#timer, resend: () => void this.#start(), resent: false })}
      ${field({ name: 'pin', label: t.pinNew, testid: 'pin-new', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 6, problem: this.problemText('pin') })}
      ${field({ name: 'repeat', label: t.pinRepeat, testid: 'pin-repeat', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 6, problem: this.problemText('repeat') })}
      ${field({ name: 'words', label: t.words, testid: 'pin-words', autocomplete: 'off', maxlength: 40, hint: t.wordsHint, problem: this.problemText('words') })}
      ${this.failureText('pin-error')}
      <button class="primary" type="submit" data-testid="pin-submit" ?disabled=${this.busy}>${this.busy ? s.working : t.pinSubmit}</button>
    </form>`;
  }

  override render() {
    const t = trustStrings(this.lang);
    const status = this.status;
    if (this.started) return html`<h3>${t.security}</h3>${this.#setUp()}`;
    return html`<h3>${t.security}</h3>
      <section data-testid="pin-status" data-state=${status ? (status.locked ? 'locked' : status.set ? 'set' : 'none') : 'loading'}>
        ${status ? html`<p>${status.locked ? t.pinLocked : status.set ? t.pinSet : t.pinNone}</p>` : nothing}
        ${status?.words ? html`<p>${t.yourWords} <strong data-testid="pin-words-shown">${status.words}</strong></p>` : nothing}
        ${this.saved ? html`<p class="success" role="status" data-testid="pin-saved">${t.pinSaved}</p>` : nothing}
        ${this.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid="pin-error">${errorText(this.failure, this.lang)}</p>`}
        <button data-testid="pin-start" ?disabled=${this.busy || !status} @click=${() => void this.#start()}>${status?.set ? t.pinReset : t.pinStart}</button>
      </section>`;
  }
}
