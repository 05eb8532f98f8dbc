import { isApiError, type PlatformCall } from '@citadel/api-client';
import { accountRoutes, PASSWORD_MAX, type OtpPurpose } from '@citadel/protocol/api';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { AccountProblem } from './account-checks.js';
import { accountText, type AccountText } from './account-text.js';
import { showAccountView } from './account-view.js';
import { Countdown } from './countdown.js';
import { errorText } from './error-text.js';
import { failureBox, field, formValues, noticeBox } from './fields.js';
import { strings, type Lang } from './i18n.js';
import { checkPhone, normalisePhone } from './phone.js';
import { waitText } from './send-limit-text.js';
import { screenStyles } from './styles.js';
import type { Person } from './types.js';

/** The fields the platform may name in an `INVALID_PARAMS` of these screens, and the problem each one then has. */
const serverProblems: Readonly<Record<string, AccountProblem>> = { phone: 'phone', code: 'code', name: 'name', password: 'password' };

/** What a screen says, in one language. */
export interface FlowWords {
  readonly heading: string;
  /** The first step's words, before the number is asked for. */
  readonly intro: string;
  /** Where the code went, and for how long it serves. */
  readonly sent: (phone: string, minutes: number) => string;
  /** The second step's button. */
  readonly submit: string;
}

/**
 * What the sign-up and recovery screens share: the number a code goes to, then a form with the code (and a resend
 * button that counts down the wait the platform answers) and the screen's own fields; one call at a time, problems
 * found before sending, and every refusal as a sentence in the person's language. Focus moves to the heading when the
 * screen opens, to the code once it was sent, and to the first field with a problem.
 *
 * @fires console-signed-in - with the person, once signed in.
 * @fires console-account-view - to go back to the sign-in form (or elsewhere, as a screen offers).
 */
export abstract class ConsoleCodeFlow extends LitElement {
  static override styles = screenStyles;
  static override properties: PropertyDeclarations = {
    lang: {}, call: { attribute: false }, phone: { state: true }, lifetime: { state: true },
    busy: { state: true }, failure: { state: true }, problems: { state: true }, resent: { state: true },
  };
  declare lang: Lang;
  declare call: PlatformCall;
  /** The number (as sent) the platform texted a code to; `undefined` on the first step. */
  declare phone: string | undefined;
  /** How long the code lives, in seconds, as the platform answered. */
  declare lifetime: number;
  declare busy: boolean;
  declare failure: unknown;
  declare problems: Readonly<Record<string, AccountProblem | undefined>>;
  /** Whether the last code went out on the resend button. */
  declare resent: boolean;
  /** Until the platform takes another code request for the number. */
  readonly #resendWait = new Countdown(this);

  /** What the codes of this screen confirm. */
  protected abstract readonly purpose: Extract<OtpPurpose, 'sign-up' | 'recovery'>;
  /** The first part of the screen's test ids. */
  protected abstract readonly testids: string;

  /** What the screen says, in `a`'s language. */
  protected abstract words(a: AccountText): FlowWords;

  /** The fields of the second step after the code. */
  protected abstract moreFields(a: AccountText): TemplateResult;

  /**
   * Checks the second step's `values` (with `checked`); when they pass, the call that confirms the code sent to
   * `phone` and resolves with who is then signed in.
   */
  protected abstract confirm(values: Readonly<Record<string, string>>, phone: string): (() => Promise<Person>) | undefined;

  /** What follows a refusal of the second step. Default nothing. */
  protected afterFailure(): TemplateResult | typeof nothing {
    return nothing;
  }

  constructor() {
    super();
    this.lang = 'vi';
    this.lifetime = 0;
    this.busy = false;
    this.problems = {};
    this.resent = false;
  }

  override firstUpdated(): void {
    void this.#focus('h1');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Keeps each field's problem; moves focus to the first field with one. True when there is none. */
  protected checked(found: Readonly<Record<string, AccountProblem | undefined>>): boolean {
    this.problems = found;
    const first = Object.keys(found).find((name) => found[name] !== undefined);
    if (first !== undefined) void this.#focus(`#${first}`);
    return first === undefined;
  }

  /** Runs `action` unless a call is running; keeps its failure, and the fields an `INVALID_PARAMS` names. */
  async #run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.resent = false;
    try {
      await action();
    } catch (error) {
      this.failure = error;
      if (isApiError(error, 'INVALID_PARAMS')) {
        const named = error.issues.filter((issue) => Object.hasOwn(serverProblems, issue.path)).map((issue) => [issue.path, serverProblems[issue.path]]);
        this.problems = { ...this.problems, ...Object.fromEntries(named) };
      }
    } finally {
      this.busy = false;
    }
  }

  /** Asks the platform to text a code to `phone`; counts down the wait it answers, or the wait a send limit names. */
  async #send(phone: string): Promise<void> {
    try {
      const sent = await this.call(accountRoutes.sendCode, { body: { phone, purpose: this.purpose } });
      this.lifetime = sent.expiresInSeconds;
      this.#resendWait.from(sent.resendAfterSeconds);
    } catch (error) {
      if (isApiError(error, 'OTP_SEND_LIMITED') && error.retryAfterSeconds !== undefined) this.#resendWait.from(error.retryAfterSeconds);
      throw error;
    }
  }

  #submitPhone(event: SubmitEvent) {
    const value = formValues(event)['phone'] ?? '';
    if (!this.checked({ phone: checkPhone(value) })) return;
    const phone = normalisePhone(value);
    void this.#run(async () => {
      await this.#send(phone);
      this.phone = phone;
      await this.#focus('#code');
    });
  }

  #submitCode(event: SubmitEvent, phone: string) {
    const confirm = this.confirm(formValues(event), phone);
    if (!confirm) return;
    void this.#run(async () => {
      const person = await confirm();
      this.dispatchEvent(new CustomEvent<Person>('console-signed-in', { detail: person, bubbles: true, composed: true }));
    });
  }

  #resend(phone: string) {
    void this.#run(async () => {
      await this.#send(phone);
      this.resent = true;
    });
  }

  #otherNumber() {
    this.phone = undefined;
    this.failure = undefined;
    this.problems = {};
    this.resent = false;
    void this.#focus('#phone');
  }

  /** What is wrong with field `name`, in the person's language. */
  protected problemOf(name: string): string | undefined {
    const problem = this.problems[name];
    if (problem === undefined) return undefined;
    const t = strings(this.lang);
    const a = accountText(this.lang);
    return { required: t.required, phone: t.badPhone, code: t.badCode, name: a.badName, password: a.badPassword }[problem];
  }

  /** The new password's field (`password`), labelled `label`, with the platform's rule for it. */
  protected newPasswordField(label: string): TemplateResult {
    const a = accountText(this.lang);
    return field({
      name: 'password', label, testid: `${this.testids}-password`, type: 'password', autocomplete: 'new-password', maxlength: PASSWORD_MAX,
      hint: a.passwordRule, problem: this.problemOf('password'),
    });
  }

  /** The last refusal, announced; a dead code points at the resend button. */
  #failure() {
    const error = this.failure;
    if (error === undefined) return nothing;
    const a = accountText(this.lang);
    const text = isApiError(error, 'OTP_EXPIRED') ? a.codeExpired : isApiError(error, 'OTP_TOO_MANY_TRIES') ? a.codeDead : errorText(error, this.lang);
    return failureBox(text, `${this.testids}-error`);
  }

  #submitButton(label: string) {
    return html`<div class="actions"><button class="primary" type="submit" data-testid="${this.testids}-submit" ?disabled=${this.busy}>
      ${this.busy ? strings(this.lang).working : label}</button></div>`;
  }

  /** The first step: the number a code goes to. */
  #phoneStep(a: AccountText) {
    const t = strings(this.lang);
    return html`<p>${this.words(a).intro}</p>
      <form novalidate data-testid="${this.testids}-phone-form" @submit=${(e: SubmitEvent) => this.#submitPhone(e)}>
        ${field({ name: 'phone', label: t.phone, testid: `${this.testids}-phone`, type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 24, hint: t.phoneHint, problem: this.problemOf('phone') })}
        ${this.#failure()}
        ${this.#submitButton(a.sendCode)}
      </form>`;
  }

  /** The second step: the code (where it went as its hint, the resend button and its countdown), then the screen's fields. */
  #codeStep(a: AccountText, phone: string) {
    const words = this.words(a);
    const left = this.#resendWait.left;
    const minutes = Math.max(1, Math.round(this.lifetime / 60));
    return html`<form novalidate data-testid="${this.testids}-form" @submit=${(e: SubmitEvent) => this.#submitCode(e, phone)}>
      ${field({ name: 'code', label: strings(this.lang).code, testid: `${this.testids}-code`, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 7, hint: words.sent(phone, minutes), problem: this.problemOf('code') })}
      <div class="actions">
        <button type="button" data-testid="${this.testids}-resend" ?disabled=${left > 0 || this.busy} @click=${() => this.#resend(phone)}>${left > 0 ? a.resendIn(waitText(left, this.lang)) : a.resend}</button>
        <button type="button" data-testid="${this.testids}-other-number" @click=${() => this.#otherNumber()}>${a.otherNumber}</button>
      </div>
      ${noticeBox(this.resent ? a.resent : undefined, `${this.testids}-resent`)}
      ${this.moreFields(a)}
      ${this.#failure()}${this.failure === undefined ? nothing : this.afterFailure()}
      ${this.#submitButton(words.submit)}
    </form>`;
  }

  /** The heading, the step, and the way back to the sign-in form. */
  override render(): TemplateResult {
    const a = accountText(this.lang);
    return html`<h1 tabindex="-1">${this.words(a).heading}</h1>
      ${this.phone === undefined ? this.#phoneStep(a) : this.#codeStep(a, this.phone)}
      <p><button type="button" data-testid="${this.testids}-to-signin" @click=${() => showAccountView(this, 'sign-in')}>
        ${a.toSignIn}</button></p>`;
  }
}
