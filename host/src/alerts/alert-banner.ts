import { css, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import type { MyAlert } from './api.js';
import { asOfLine } from '../offline/as-of-line.js';
import { alertText } from './alert-text.js';
import { bannerStrings } from './banner-i18n.js';
import { severityStyles } from './severity.js';

/** An alert the banner lists: one that reached the citizen (with `readAt`), or a public one in effect (without). */
export type BannerAlert = Pick<MyAlert, 'id' | 'severity' | 'sender' | 'headline'> & { readonly readAt?: string | null };

/** How many alerts the banner lists before "and N more". */
const SHOWN = 3;

/** Styles of the catalogue's alert banner. */
export const alertBannerStyles = [severityStyles, css`
  .alerts { display: grid; gap: 6px; margin: 4px 0 12px; }
  .alert { display: grid; gap: 2px; width: 100%; text-align: start; min-height: 44px; padding: 8px 12px; border: 0; border-radius: 12px;
    font: inherit; cursor: pointer; background: var(--sev); color: var(--on-sev); }
  .alert small { font-size: .8rem; font-weight: 700; }
  .alert span { overflow-wrap: anywhere; }
  .alert[data-unread=true] span { font-weight: 700; }
  .alerts .as-of { margin: 0; font-size: .8rem; }
  .alerts .more { border: 0; background: transparent; color: CanvasText; text-decoration: underline; min-height: 32px; text-align: start; padding: 0 4px; font: inherit; }
`];

/**
 * The banner at the top of the home: the unexpired alerts that reached the citizen (or, signed out, the city's
 * alerts in effect), gravest first (the platform's order), each opening its detail; headed "as of" `asOf` when they
 * are the service worker's kept answer (`KeptAnswerAge`).
 */
export function alertBanner(alerts: readonly BannerAlert[] | undefined, lang: Lang, open: (id: string) => void, all: () => void, asOf?: number) {
  if (!alerts?.length) return nothing;
  const s = bannerStrings[lang];
  return html`<div class="alerts" role="region" aria-label=${s.alerts} data-testid="alert-banner">
    ${asOfLine(asOf, lang, 'alert-banner-as-of')}
    ${alerts.slice(0, SHOWN).map((a) => html`<button class="alert" data-severity=${a.severity} data-unread=${a.readAt === null ? 'true' : 'false'}
      data-testid="alert-banner-item" data-id=${a.id} @click=${() => open(a.id)}>
      <small>${s.severities[a.severity]} · ${a.sender}</small><span>${alertText(a.headline, lang)}</span></button>`)}
    ${alerts.length > SHOWN ? html`<button class="more" @click=${all}>${s.bannerMore(alerts.length - SHOWN)}</button>` : nothing}
  </div>`;
}
