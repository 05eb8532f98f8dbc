import { accountRoutes } from '@citadel/protocol/api';
import { html } from 'lit';
import { checkCode, checkNewPassword, codeOf } from './account-checks.js';
import type { AccountText } from './account-text.js';
import { ConsoleCodeFlow } from './code-flow.js';

/**
 * Forgot the password: the phone number, then the `recovery` code texted to it and a new password
 * (`POST /api/auth/recover`), which signs in on the console, ends every other session of the account and forgets
 * every other trusted browser. The platform answers the same whether or not the number has an account, and so does
 * this screen.
 *
 * @fires console-signed-in - with the account, signed in.
 */
export class ConsoleRecover extends ConsoleCodeFlow {
  protected override readonly purpose = 'recovery';
  protected override readonly testids = 'recover';

  protected override words(a: AccountText) {
    return { heading: a.recoverTitle, intro: a.recoverIntro, sent: a.recoverCodeSent, submit: a.recoverSubmit };
  }

  protected override moreFields(a: AccountText) {
    return html`
      ${this.newPasswordField(a.newPassword)}
      <p class="hint" data-testid="recover-note">${a.recoverNote}</p>`;
  }

  protected override confirm(v: Readonly<Record<string, string>>, phone: string) {
    const [code, password] = [v['code'] ?? '', v['password'] ?? ''];
    if (!this.checked({ code: checkCode(code), password: checkNewPassword(password) })) return undefined;
    return async () => (await this.call(accountRoutes.recover, { body: { phone, code: codeOf(code), password } })).citizen;
  }
}
