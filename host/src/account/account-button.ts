import { css, html, svg } from 'lit';
import type { Lang } from '@citadel/ui';
import { hostStrings } from '../i18n.js';
import type { SignInState } from './account-store.js';

const person = svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
  <circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6"/></svg>`;

/** The first letter of the citizen's given name (the last word of a Vietnamese name). */
const initial = (name: string) => [...(name.trim().split(/\s+/).pop() ?? '')][0]?.toLocaleUpperCase('vi') ?? '?';

/** Styles of the header's account button: a 44 px round target, filled when signed in. */
export const accountButtonStyles = css`
  .account { width: 44px; height: 44px; padding: 0; border-radius: 50%; display: grid; place-items: center; flex: none;
    border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); background: transparent; color: CanvasText; font-weight: 700; }
  .account[data-signed-in=true] { background: var(--accent); border-color: var(--accent); color: #fff; }
`;

/** The header button to the account screens, showing whether someone is signed in. */
export function accountButton(citizen: SignInState, lang: Lang, onClick: () => void) {
  const s = hostStrings(lang);
  const label = citizen ? s.accountOf(citizen.name) : citizen === null ? s.signIn : s.account;
  return html`<button class="account" data-testid="account-button" data-signed-in=${citizen ? 'true' : 'false'}
    aria-label=${label} title=${label} @click=${onClick}>${citizen ? initial(citizen.name) : person}</button>`;
}
