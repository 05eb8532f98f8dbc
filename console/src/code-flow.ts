import { isApiError, type PlatformCall } from '@citadel/api-client';
import { accountRoutes, type OtpPurpose } from '@citadel/protocol/api';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { AccountProblem } from './account-checks.js';
import { accountText } from './account-text.js';
import { showAccountView } from './account-view.js';
import { errorText } from './error-text.js';
import { failureBox, field, formValues, noticeBox } from './fields.js';
import { strings, type Lang } from './i18n.js';
import { checkPhone, normalisePhone } from './phone.js';
import { waitText } from './send-limit-text.js';
import { screenStyles } from './styles.js';
import type { Person } from './types.js';

/** The fields the platform may name in an `INVALID_PARAMS` of these screens, and the problem each one then has. */
const serverProblems: Readonly<Record<string, AccountProblem>> = { phone: 'phone', code: 'code', name: 'name', password: 'password' };

/**
 * What the sign-up and recovery screens share: their first step (the number a code goes to), the code field with a
 * resend button that counts down the wait the platform answers, one call at a time, problems found before sending,
 * and every refusal as a sentence in the person's language. Focus moves to the heading when the screen opens and to
 * the code when it was sent.
 *
 * @fires console-signed-in - with the person, once signed in.
 * @fires console-account-view - to go back to the sign-in form (or, after `PHONE_TAKEN`, to recovery).
 */
export abstract class ConsoleCodeFlow extends LitElement {
  static override styles = screenStyles;
  static override properties: PropertyDeclarations = {
    lang: {}, call: { attribute: false }, phone: { state: true }, lifetime: { state: true }, resendAt: { state: true },
    busy: { state: true }, failure: { state: true }, problems: { state: true }, resent: { state: true },
  };
  declare lang: Lang;
  declare call: PlatformCall;
  /** The number (as sent) the platform texted a code to; `undefined` on the first step. */
  declare phone: string | undefined;
  /** How long the code lives, in seconds, as the platform answered. */
  declare lifetime: number;
  /** When (epoch milliseconds) the platform takes another code request for this number. */
  declare resendAt: number;
  declare busy: boolean;
  declare failure: unknown;
  declare problems: Readonly<Record<string, AccountProblem | undefined>>;
  /** Whether the last code went out on the resend button. */
  declare resent: boolean;
  #tick: ReturnType<typeof setInterval> | undefined;

  /** What the codes of this screen confirm. */
  protected abstract readonly purpose: Extract<OtpPurpose, 'sign-up' | 'recovery'>;
  /** The first part of the screen's test ids. */
  protected abstract readonly testids: string;

  constructor() {
    super();
    this.lang = 'vi';
    this.lifetime = 0;
    this.resendAt = 0;
    this.busy = false;
    this.problems = {};
    this.resent = false;
  }

  override firstUpdated(): void {
    void this.focusOn('h1');
  }

  override disconnectedCallback(): void {
    clearInterval(this.#tick);
    super.disconnectedCallback();
  }

  /** Whole seconds before another code may be asked for; 0 when it may. */
  protected get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.resendAt - Date.now()) / 1000));
  }

  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Keeps each field's problem; moves focus to the first field with one. True when there is none. */
  protected checked(found: Readonly<Record<string, AccountProblem | undefined>>): boolean {
    this.problems = found;
    const first = Object.keys(found).find((name) => found[name] !== undefined);
    if (first !== undefined) void this.focusOn(`#${first}`);
    return first === undefined;
  }

  /** Runs `action` unless a call is running; keeps its failure, and the fields an `INVALID_PARAMS` names. */
  protected async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.resent = false;
    try {
      await action();
    } catch (error) {
      this.failure = error;
      if (isApiError(error, 'INVALID_PARAMS')) {
        const named = Object.fromEntries(error.issues.filter((issue) => Object.hasOwn(serverProblems, issue.path)).map((issue) => [issue.path, serverProblems[issue.path]]));
        this.problems = { ...this.problems, ...named };
      }
    } finally {
      this.busy = false;
    }
  }

  /** Tells the shell who is signed in now. */
  protected signedIn(person: Person): void {
    this.dispatchEvent(new CustomEvent<Person>('console-signed-in', { detail: person, bubbles: true, composed: true }));
  }

  /** Asks the platform to text a code to `phone`; counts down the wait it answers, or the wait a send limit names. */
  async #send(phone: string): Promise<void> {
    try {
      const sent = await this.call(accountRoutes.sendCode, { body: { phone, purpose: this.purpose } });
      this.lifetime = sent.expiresInSeconds;
      this.#waitFor(sent.resendAfterSeconds);
    } catch (error) {
      if (isApiError(error, 'OTP_SEND_LIMITED') && error.retryAfterSeconds !== undefined) this.#waitFor(error.retryAfterSeconds);
      throw error;
    }
  }

  #waitFor(seconds: number) {
    this.resendAt = Date.now() + seconds * 1000;
    clearInterval(this.#tick);
    this.#tick = setInterval(() => {
      this.requestUpdate();
      if (this.secondsLeft === 0) clearInterval(this.#tick);
    }, 1000);
  }

  #submitPhone(event: SubmitEvent) {
    const value = formValues(event)['phone'] ?? '';
    if (!this.checked({ phone: checkPhone(value) })) return;
    const phone = normalisePhone(value);
    void this.run(async () => {
      await this.#send(phone);
      this.phone = phone;
      await this.focusOn('#code');
    });
  }

  #resend(phone: string) {
    void this.run(async () => {
      await this.#send(phone);
      this.resent = true;
    });
  }

  #otherNumber() {
    this.phone = undefined;
    this.failure = undefined;
    this.problems = {};
    this.resent = false;
    void this.focusOn('#phone');
  }

  /** What is wrong with field `name`, in the person's language. */
  protected problemOf(name: string): string | undefined {
    const problem = this.problems[name];
    if (problem === undefined) return undefined;
    const t = strings(this.lang);
    const a = accountText(this.lang);
    return { required: t.required, phone: t.badPhone, code: t.badCode, name: a.badName, password: a.badPassword }[problem];
  }

  /** The last refusal, announced; a dead code points at the resend button. */
  protected failureBlock(): TemplateResult | typeof nothing {
    const error = this.failure;
    if (error === undefined) return nothing;
    const a = accountText(this.lang);
    const text = isApiError(error, 'OTP_EXPIRED') ? a.codeExpired : isApiError(error, 'OTP_TOO_MANY_TRIES') ? a.codeDead : errorText(error, this.lang);
    return failureBox(text, `${this.testids}-error`);
  }

  protected submitButton(label: string): TemplateResult {
    return html`<div class="actions"><button class="primary" type="submit" data-testid="${this.testids}-submit" ?disabled=${this.busy}>
      ${this.busy ? strings(this.lang).working : label}</button></div>`;
  }

  /** The first step: the number a code goes to. */
  protected phoneStep(intro: string): TemplateResult {
    const t = strings(this.lang);
    return html`<p>${intro}</p>
      <form novalidate data-testid="${this.testids}-phone-form" @submit=${(e: SubmitEvent) => this.#submitPhone(e)}>
        ${field({ name: 'phone', label: t.phone, testid: `${this.testids}-phone`, type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 24, hint: t.phoneHint, problem: this.problemOf('phone') })}
        ${this.failureBlock()}
        ${this.submitButton(accountText(this.lang).sendCode)}
      </form>`;
  }

  /** The code field, `sent` (where it went) as its hint, with the resend button and its countdown. */
  protected codeField(phone: string, sent: string): TemplateResult {
    const a = accountText(this.lang);
    const left = this.secondsLeft;
    return html`${field({ name: 'code', label: strings(this.lang).code, testid: `${this.testids}-code`, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 7, hint: sent, problem: this.problemOf('code') })}
      <div class="actions">
        <button type="button" data-testid="${this.testids}-resend" ?disabled=${left > 0 || this.busy} @click=${() => this.#resend(phone)}>${left > 0 ? a.resendIn(waitText(left, this.lang)) : a.resend}</button>
        <button type="button" data-testid="${this.testids}-other-number" @click=${() => this.#otherNumber()}>${a.otherNumber}</button>
      </div>
      ${noticeBox(this.resent ? a.resent : undefined, `${this.testids}-resent`)}`;
  }

  /** The way back to the sign-in form. */
  protected backToSignIn(): TemplateResult {
    return html`<p><button type="button" data-testid="${this.testids}-to-signin" @click=${() => showAccountView(this, 'sign-in')}>
      ${accountText(this.lang).toSignIn}</button></p>`;
  }

  /** How long the code lives, in whole minutes. */
  protected get lifetimeMinutes(): number {
    return Math.max(1, Math.round(this.lifetime / 60));
  }
}
