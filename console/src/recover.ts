import { accountRoutes, PASSWORD_MAX } from '@citadel/protocol/api';
import { html } from 'lit';
import { checkCode, checkNewPassword, codeOf } from './account-checks.js';
import { accountText } from './account-text.js';
import { ConsoleCodeFlow } from './code-flow.js';
import { field, formValues } from './fields.js';

/**
 * Forgot the password: the phone number, then the `recovery` code texted to it and a new password
 * (`POST /api/auth/recover`), which signs in on the console and ends every other session of the account. The platform
 * answers the same whether or not the number has an account, and so does this screen.
 *
 * @fires console-signed-in - with the account, signed in.
 */
export class ConsoleRecover extends ConsoleCodeFlow {
  protected override readonly purpose = 'recovery';
  protected override readonly testids = 'recover';

  #recover(event: SubmitEvent, phone: string) {
    const v = formValues(event);
    const [code, password] = [v['code'] ?? '', v['password'] ?? ''];
    if (!this.checked({ code: checkCode(code), password: checkNewPassword(password) })) return;
    void this.run(async () => {
      this.signedIn((await this.call(accountRoutes.recover, { body: { phone, code: codeOf(code), password } })).citizen);
    });
  }

  #resetStep(phone: string) {
    const a = accountText(this.lang);
    return html`<form novalidate data-testid="recover-form" @submit=${(e: SubmitEvent) => this.#recover(e, phone)}>
      ${this.codeField(phone, a.recoverCodeSent(phone, this.lifetimeMinutes))}
      ${field({ name: 'password', label: a.newPassword, testid: 'recover-password', type: 'password', autocomplete: 'new-password', maxlength: PASSWORD_MAX, hint: a.passwordRule, problem: this.problemOf('password') })}
      <p class="hint" data-testid="recover-note">${a.recoverNote}</p>
      ${this.failureBlock()}
      ${this.submitButton(a.recoverSubmit)}
    </form>`;
  }

  override render() {
    const a = accountText(this.lang);
    return html`<h1 tabindex="-1">${a.recoverTitle}</h1>
      ${this.phone === undefined ? this.phoneStep(a.recoverIntro) : this.#resetStep(this.phone)}
      ${this.backToSignIn()}`;
  }
}
