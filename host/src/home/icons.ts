import { svg } from 'lit';

/** A 24 px line icon of `paths`, hidden from assistive technology (the control it sits in is named by its text). */
const icon = (paths: ReturnType<typeof svg>) => svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none"
  stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

/** The bottom navigation's and the quick actions' icons. */
export const icons = {
  home: icon(svg`<path d="M3 11l9-7 9 7"/><path d="M5 10v10h5v-6h4v6h5V10"/>`),
  inbox: icon(svg`<path d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>`),
  wallet: icon(svg`<path d="M3 7h15a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3z"/><path d="M3 7l12-3v3"/><circle cx="16.5" cy="13.5" r="1.3" fill="currentColor"/>`),
  account: icon(svg`<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6"/>`),
  report: icon(svg`<path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z"/><path d="M12 7v4"/><path d="M12 14h.01"/>`),
  bill: icon(svg`<path d="M6 3h12v18l-3-2-3 2-3-2-3 2z"/><path d="M9 8h6"/><path d="M9 12h6"/>`),
  alert: icon(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5"/><path d="M12 18h.01"/>`),
};
