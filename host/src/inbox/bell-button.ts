import { css, html, nothing, svg } from 'lit';
import type { Lang } from '@citadel/ui';
import { hostStrings } from '../i18n.js';

const bell = svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
  <path d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/></svg>`;

/** The badge on the bell; sits on the account button's 44 px round target (`.account`). */
export const bellButtonStyles = css`
  .bell { position: relative; }
  .bell .count { position: absolute; top: -2px; right: -4px; min-width: 20px; height: 20px; padding: 0 5px; box-sizing: border-box;
    border-radius: 999px; background: var(--accent); color: #fff; font-size: .72rem; font-weight: 700; line-height: 20px; text-align: center;
    border: 2px solid Canvas; }
`;

/** The header's bell to the inbox, with the unread count (shown as `99+` past 99). */
export function bellButton(unread: number, lang: Lang, onClick: () => void) {
  const s = hostStrings(lang);
  const label = unread > 0 ? s.inboxUnread(unread) : s.inbox;
  return html`<button class="account bell" data-testid="inbox-button" aria-label=${label} title=${label} @click=${onClick}>
    ${bell}${unread > 0 ? html`<span class="count" data-testid="inbox-badge" aria-hidden="true">${unread > 99 ? '99+' : unread}</span>` : nothing}</button>`;
}
