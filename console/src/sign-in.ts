import { isApiError, type PlatformCall } from '@citadel/api-client';
import { accountRoutes } from '@citadel/protocol/api';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { accountText } from './account-text.js';
import type { AccountView } from './account-view.js';
import { errorText } from './error-text.js';
import { failureBox, field, formValues } from './fields.js';
import { strings, type Lang } from './i18n.js';
import { checkPhone, normalisePhone } from './phone.js';
import { screenStyles } from './styles.js';
import type { Person } from './types.js';

type Credentials = { readonly phone: string; readonly password: string };

/**
 * Sign-in with phone and password on the console's origin; on a browser the platform does not know yet, then with the
 * code texted to the phone (the browser is trusted from then on). Leads to the sign-up and recovery screens, and back.
 *
 * @fires console-signed-in - with the person, once signed in.
 */
export class ConsoleSignIn extends LitElement {
  static override styles = screenStyles;
  static override properties: PropertyDeclarations = {
    lang: {}, call: { attribute: false }, view: { state: true }, pending: { state: true }, busy: { state: true }, failure: { state: true }, problems: { state: true },
  };
  declare lang: Lang;
  declare call: PlatformCall;
  /** The sign-in form, or the sign-up or recovery screen in its place. */
  declare view: AccountView;
  /** The credentials the platform asked a code for. */
  declare pending: Credentials | undefined;
  declare busy: boolean;
  declare failure: unknown;
  declare problems: Readonly<Record<string, string | undefined>>;

  constructor() {
    super();
    this.lang = 'vi';
    this.view = 'sign-in';
    this.busy = false;
    this.problems = {};
    this.addEventListener('console-account-view', (event) => {
      event.stopPropagation();
      this.view = event.detail;
      if (this.view === 'sign-in') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
    });
  }

  async #signIn(credentials: Credentials, code?: string) {
    this.busy = true;
    this.failure = undefined;
    try {
      const answer = await this.call(accountRoutes.signIn, { body: { ...credentials, ...(code === undefined ? {} : { code }) } });
      if ('step' in answer) {
        this.pending = credentials;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
        return;
      }
      this.dispatchEvent(new CustomEvent<Person>('console-signed-in', { detail: answer.citizen, bubbles: true, composed: true }));
    } catch (error) {
      this.failure = error;
      // A dead code cannot be retried: start over with the password.
      if (code !== undefined && !isApiError(error, 'OTP_INVALID')) this.pending = undefined;
    } finally {
      this.busy = false;
    }
  }

  #submitPassword(event: SubmitEvent) {
    const t = strings(this.lang);
    const v = formValues(event);
    const phoneProblem = checkPhone(v['phone'] ?? '');
    const password = v['password'] ?? '';
    this.problems = {
      phone: phoneProblem === undefined ? undefined : phoneProblem === 'required' ? t.required : t.badPhone,
      password: password === '' ? t.required : undefined,
    };
    if (phoneProblem || password === '') return;
    void this.#signIn({ phone: normalisePhone(v['phone'] ?? ''), password });
  }

  #submitCode(event: SubmitEvent, pending: Credentials) {
    const t = strings(this.lang);
    const code = (formValues(event)['code'] ?? '').replace(/\s/g, '');
    this.problems = { code: code === '' ? t.required : /^\d{6}$/.test(code) ? undefined : t.badCode };
    if (this.problems['code']) return;
    void this.#signIn(pending, code);
  }

  /** The ways to the sign-up and recovery screens. */
  #elsewhere() {
    const a = accountText(this.lang);
    return html`<p class="row">${a.noAccount}
        <button type="button" data-testid="to-signup" @click=${() => { this.view = 'sign-up'; }}>${a.toSignUp}</button></p>
      <p><button type="button" data-testid="to-recover" @click=${() => { this.view = 'recover'; }}>${a.toRecover}</button></p>`;
  }

  override render() {
    if (this.view === 'sign-up') return html`<console-sign-up .call=${this.call} .lang=${this.lang}></console-sign-up>`;
    if (this.view === 'recover') return html`<console-recover .call=${this.call} .lang=${this.lang}></console-recover>`;
    const t = strings(this.lang);
    const failure = failureBox(this.failure === undefined ? undefined : errorText(this.failure, this.lang), 'signin-error');
    const submit = (label: string, testid: string) => html`<div class="actions">
      <button class="primary" type="submit" data-testid=${testid} ?disabled=${this.busy}>${this.busy ? t.working : label}</button></div>`;
    const pending = this.pending;
    return html`<h1 tabindex="-1">${t.signInTitle}</h1>
      ${pending ? html`<form novalidate data-testid="signin-code-form" @submit=${(e: SubmitEvent) => this.#submitCode(e, pending)}>
          <p data-testid="signin-code-sent">${t.codeSent(pending.phone)}</p>
          ${field({ name: 'code', label: t.code, testid: 'signin-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, problem: this.problems['code'] })}
          ${failure}${submit(t.confirm, 'signin-confirm')}
        </form>`
      : html`<p>${t.signInIntro}</p>
        <form novalidate data-testid="signin-form" @submit=${(e: SubmitEvent) => this.#submitPassword(e)}>
          ${field({ name: 'phone', label: t.phone, testid: 'signin-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 24, hint: t.phoneHint, problem: this.problems['phone'] })}
          ${field({ name: 'password', label: t.password, testid: 'signin-password', type: 'password', autocomplete: 'current-password', maxlength: 128, problem: this.problems['password'] })}
          ${failure}${submit(t.signIn, 'signin-submit')}
        </form>
        ${this.#elsewhere()}`}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'console-signed-in': CustomEvent<Person>;
  }
}
