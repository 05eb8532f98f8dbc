import { html, nothing } from 'lit';
import { field } from './fields.js';
import type { ResendTimer } from './resend-timer.js';
import { trustStrings } from './trust-i18n.js';
import type { Lang } from '@citadel/ui';

/**
 * The one-time-code input (digits only, the phone's SMS autofill offered) and its resend button, disabled with a
 * countdown until the platform allows another code.
 */
export function codeField(o: { testid: string; lang: Lang; problem: string | undefined; timer: ResendTimer; resend: () => void; resent: boolean }) {
  const t = trustStrings(o.lang);
  const left = o.timer.secondsLeft;
  return html`
    ${field({ name: 'code', label: t.code, testid: o.testid, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, problem: o.problem })}
    <p class="switch">
      <button type="button" class="link" data-testid="${o.testid}-resend" ?disabled=${left > 0} @click=${o.resend}>
        ${left > 0 ? t.resendIn(left) : t.resend}</button>
      ${o.resent ? html`<span role="status" data-testid="${o.testid}-resent">${t.resent}</span>` : nothing}
    </p>`;
}
