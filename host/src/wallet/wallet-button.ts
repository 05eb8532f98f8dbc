import { html, svg } from 'lit';
import type { Lang } from '@citadel/ui';
import { hostStrings } from '../i18n.js';

const icon = svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
  <path d="M3 7h15a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3z"/><path d="M3 7l12-3v3"/><circle cx="16.5" cy="13.5" r="1.3" fill="currentColor"/></svg>`;

/** The header button to the wallet; styled by the account button's `.account` class (a 44 px round target). */
export function walletButton(lang: Lang, onClick: () => void) {
  const label = hostStrings(lang).wallet;
  return html`<button class="account" data-testid="wallet-button" aria-label=${label} title=${label} @click=${onClick}>${icon}</button>`;
}
