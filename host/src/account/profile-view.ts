import { LitElement, css, html, nothing } from 'lit';
import { uiStrings, type Lang } from '@citadel/ui';
import type { Citizen } from '@citadel/protocol/api';
import { formStyles } from '../shared/form-styles.js';
import { formatDate, formatPhone } from '../shared/format.js';
import type { AccountStore } from './account-store.js';
import { accountStrings } from './i18n.js';

/** The citizen's profile: name, phone, verification level, ward, date of birth, and the eID verification form. */
export class CitadelAccountProfile extends LitElement {
  static override properties = {
    account: { attribute: false },
    citizen: { attribute: false },
    lang: {},
    verified: { state: true },
  };

  static override styles = [formStyles, css`
    dl { display: grid; gap: 10px; margin: 0 0 20px; }
    dl div { display: grid; gap: 2px; padding-bottom: 10px; border-bottom: 1px solid color-mix(in srgb, CanvasText 10%, transparent); }
    dt { font-size: .85rem; color: var(--muted); }
    dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
    .level-verified { color: #137333; }
    .success { margin-bottom: 16px; }
  `];

  /** The store the verification form acts on. */
  declare account: AccountStore | undefined;
  /** The signed-in citizen. */
  declare citizen: Citizen | undefined;
  /** Language of the screen. Default `vi`. */
  declare lang: Lang;
  /** The citizen as the eID provider left them, once the form was sent. */
  declare verified: Citizen | undefined;

  constructor() {
    super();
    this.lang = 'vi';
  }

  override render() {
    const c = this.citizen;
    if (!c) return nothing;
    const s = accountStrings(this.lang);
    const levels = uiStrings(this.lang).levels;
    const row = (label: string, testid: string, value: string | null, cls = '') =>
      html`<div><dt>${label}</dt><dd data-testid=${testid} class=${cls}>${value ?? s.notProvided}</dd></div>`;
    return html`
      <dl data-testid="profile">
        ${row(s.name, 'profile-name', c.name)}
        ${row(s.phone, 'profile-phone', formatPhone(c.phone))}
        ${row(s.level, 'profile-level', levels[c.verificationLevel], `level-${c.verificationLevel}`)}
        ${row(s.ward, 'profile-ward', c.ward)}
        ${row(s.dateOfBirth, 'profile-dob', c.dateOfBirth === null ? null : formatDate(c.dateOfBirth, this.lang))}
      </dl>
      ${this.verified ? html`<p class="success" role="status" data-testid="verify-result">${this.verified.verificationLevel === 'verified'
        ? s.verifiedNow : s.verifiedAs(levels[this.verified.verificationLevel])}</p>` : nothing}
      ${c.verificationLevel === 'verified' ? nothing : html`<citadel-verify-form .account=${this.account} lang=${this.lang}
        @citadel-verified=${(e: CustomEvent<Citizen>) => { this.verified = e.detail; }}></citadel-verify-form>`}
    `;
  }
}
