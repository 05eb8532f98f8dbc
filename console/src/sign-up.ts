import { isApiError } from '@citadel/api-client';
import { accountRoutes, NAME_MAX } from '@citadel/protocol/api';
import { html, nothing } from 'lit';
import { checkCode, checkName, checkNewPassword, codeOf } from './account-checks.js';
import { accountText, type AccountText } from './account-text.js';
import { showAccountView } from './account-view.js';
import { ConsoleCodeFlow } from './code-flow.js';
import { field } from './fields.js';

/**
 * Create an account on the console: the phone number, then the `sign-up` code texted to it with a name and a password
 * (`POST /api/auth/register`), which signs in on the console. A number that already has an account is told so only
 * after its code (`PHONE_TAKEN`), with the ways to sign in or reset the password.
 *
 * @fires console-signed-in - with the new account, signed in.
 */
export class ConsoleSignUp extends ConsoleCodeFlow {
  protected override readonly purpose = 'sign-up';
  protected override readonly testids = 'signup';

  protected override words(a: AccountText) {
    return { heading: a.signUpTitle, intro: a.signUpIntro, sent: a.signUpCodeSent, submit: a.createAccount };
  }

  protected override moreFields(a: AccountText) {
    return html`
      ${field({ name: 'name', label: a.name, testid: 'signup-name', autocomplete: 'name', maxlength: NAME_MAX, hint: a.nameRule, problem: this.problemOf('name') })}
      ${this.newPasswordField(a.password)}`;
  }

  protected override confirm(v: Readonly<Record<string, string>>, phone: string) {
    const [code, name, password] = [v['code'] ?? '', v['name'] ?? '', v['password'] ?? ''];
    if (!this.checked({ code: checkCode(code), name: checkName(name), password: checkNewPassword(password) })) return undefined;
    return async () => (await this.call(accountRoutes.register, { body: { phone, code: codeOf(code), name: name.trim(), password } })).citizen;
  }

  /** After `PHONE_TAKEN`: sign in with the number, or reset its password. */
  protected override afterFailure() {
    if (!isApiError(this.failure, 'PHONE_TAKEN')) return nothing;
    const a = accountText(this.lang);
    return html`<p>${a.phoneTakenNext}</p>
      <div class="actions">
        <button type="button" data-testid="signup-taken-signin" @click=${() => showAccountView(this, 'sign-in')}>${a.toSignIn}</button>
        <button type="button" data-testid="signup-taken-recover" @click=${() => showAccountView(this, 'recover')}>${a.toRecover}</button>
      </div>`;
  }
}
