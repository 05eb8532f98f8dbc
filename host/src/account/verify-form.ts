import { html } from 'lit';
import { AccountForm } from './account-form.js';
import { field } from './fields.js';
import { accountStrings } from './i18n.js';
import { checkDate, checkName, checkNationalId, NAME_MAX } from './validate.js';

type Field = 'nationalId' | 'fullName' | 'dateOfBirth' | 'ward';

/**
 * Verify the signed-in citizen with the national eID provider: ID number, name, date of birth, ward.
 *
 * @fires citadel-verified - with the citizen as the provider left them (their level may still not be `verified`).
 */
export class CitadelVerifyForm extends AccountForm<Field> {
  override render() {
    const s = accountStrings(this.lang);
    const today = new Date().toISOString().slice(0, 10);
    return html`<form novalidate data-testid="verify-form" aria-labelledby="verify-title" @submit=${(e: SubmitEvent) => this.submit(e,
      (v) => ({
        nationalId: checkNationalId(v.nationalId), fullName: checkName(v.fullName),
        dateOfBirth: checkDate(v.dateOfBirth), ward: checkName(v.ward),
      }),
      async (v, account) => {
        const citizen = await account.verify({
          nationalId: v.nationalId.replace(/\s/g, ''), fullName: v.fullName.trim(), dateOfBirth: v.dateOfBirth, ward: v.ward.trim(),
        });
        this.dispatchEvent(new CustomEvent('citadel-verified', { detail: citizen, bubbles: true, composed: true }));
      })}>
      <div><h3 id="verify-title">${s.verifyTitle}</h3><p class="hint">${s.verifyIntro}</p></div>
      ${field({ name: 'nationalId', label: s.nationalId, testid: 'verify-national-id', inputmode: 'numeric', autocomplete: 'off',
        maxlength: 14, problem: this.problemText('nationalId') })}
      ${field({ name: 'fullName', label: s.fullName, testid: 'verify-full-name', autocomplete: 'name', autocapitalize: 'words', maxlength: NAME_MAX, problem: this.problemText('fullName') })}
      ${field({ name: 'dateOfBirth', label: s.dateOfBirth, testid: 'verify-dob', type: 'date', autocomplete: 'bday', max: today, problem: this.problemText('dateOfBirth') })}
      ${field({ name: 'ward', label: s.residence, testid: 'verify-ward', autocomplete: 'address-level3', autocapitalize: 'words', maxlength: NAME_MAX, problem: this.problemText('ward') })}
      ${this.failureText('verify-error')}
      <button class="primary" type="submit" data-testid="verify-submit" ?disabled=${this.busy}>${this.busy ? s.working : s.verify}</button>
    </form>`;
  }
}
