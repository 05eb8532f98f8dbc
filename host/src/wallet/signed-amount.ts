import { html } from 'lit';
import { formatVnd, type Lang } from '@citadel/ui';

/** A signed amount as a wallet line shows it: `+50.000 ₫` in green, `−25.000 ₫` as it is. */
export function signedAmount(amount: number, lang: Lang) {
  const text = `${amount > 0 ? '+' : amount < 0 ? '−' : ''}${formatVnd(Math.abs(amount), lang)}`;
  return html`<span class="money ${amount > 0 ? 'plus' : ''}">${text}</span>`;
}
