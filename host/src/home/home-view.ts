import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Manifest } from '@citadel/protocol';
import type { Lang } from '@citadel/ui';
import { alertBanner, type BannerAlert } from '../alerts/alert-banner.js';
import { ALERTS_PATH, alertPath } from '../alerts/routes.js';
import { byCategory } from '../catalogue.js';
import { hostStrings } from '../i18n.js';
import { searchApps } from '../search.js';
import { homeStrings } from './i18n.js';
import { icons } from './icons.js';
import { resolveQuickActions } from './quick-actions.js';

/** How many recent apps the home shows: one row of the grid on a phone. */
export const RECENT_SHOWN = 4;

/** Styles of the home: a grid of 4 services a row on a phone, more from 600 px. */
export const homeStyles = css`
  input[type=search] { width: 100%; box-sizing: border-box; min-height: 44px; padding: 0 16px; border-radius: 999px; font: inherit;
    border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); background: color-mix(in srgb, CanvasText 4%, Canvas); color: CanvasText; }
  h2 { font-size: .95rem; margin: 20px 0 8px; }
  .grid { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px 4px; }
  @media (min-width: 600px) { .grid { grid-template-columns: repeat(auto-fill, minmax(96px, 1fr)); } }
  .tile { display: flex; flex-direction: column; align-items: center; gap: 6px; min-width: 0; padding: 8px 2px; border: 0; background: transparent;
    color: CanvasText; border-radius: 14px; text-align: center; font-size: .8rem; line-height: 1.25; overflow-wrap: anywhere; hyphens: auto; }
  .tile:hover, .tile:focus-visible { background: color-mix(in srgb, var(--accent) 10%, transparent); }
  .tile:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 0; }
  .tile img { width: 48px; height: 48px; border-radius: 14px; }
  .tile .glyph { display: grid; place-items: center; width: 48px; height: 48px; border-radius: 14px;
    background: color-mix(in srgb, var(--accent) 12%, Canvas); color: var(--accent); }
  .notice { padding: 16px; border-radius: 12px; background: color-mix(in srgb, CanvasText 5%, transparent); }
`;

/** What the home shows and what its controls do. */
export interface HomeProps {
  readonly lang: Lang;
  /** The catalogue; `undefined` while loading. */
  readonly apps: readonly Manifest[] | undefined;
  /** Whether loading the catalogue failed. */
  readonly failed: boolean;
  readonly query: string;
  /** Ids of the apps opened last, newest first, without repeats (`readRecent`). */
  readonly recent: readonly string[];
  /** The city's current alerts, gravest first: those that reached the signed-in citizen, else the public ones in effect. */
  readonly alerts: readonly BannerAlert[] | undefined;
  /** When the platform sent `alerts`, when they are the service worker's kept answer (ms since the epoch); else undefined. */
  readonly alertsAsOf?: number | undefined;
  readonly onQuery: (query: string) => void;
  readonly onRetry: () => void;
  /** Opens `app`; `from` is the control tapped, which gets the focus back when the app closes. */
  readonly openApp: (app: Manifest, from: HTMLElement) => void;
  /** Goes to `path` inside the host. */
  readonly go: (path: string) => void;
}

const tile = (props: HomeProps, app: Manifest) => html`<button class="tile" data-testid="app-${app.id}"
  @click=${(e: Event) => props.openApp(app, e.currentTarget as HTMLElement)}>
  <img src=${app.icons[0]?.src ?? ''} alt="" loading="lazy" width="48" height="48" /><span>${app.name[props.lang]}</span></button>`;

const grid = (props: HomeProps, apps: readonly Manifest[], testId?: string) =>
  html`<div class="grid" data-testid=${testId ?? nothing}>${repeat(apps, (app) => app.id, (app) => tile(props, app))}</div>`;

function quickActions(props: HomeProps, apps: readonly Manifest[]) {
  const s = homeStrings(props.lang);
  return html`<section aria-labelledby="quick-title"><h2 id="quick-title">${s.quickActions}</h2><div class="grid" data-testid="quick-actions">
    ${resolveQuickActions(apps).map(({ action, app, path }) => html`<button class="tile" data-testid="quick-${action.id}"
      @click=${(e: Event) => (app ? props.openApp(app, e.currentTarget as HTMLElement) : props.go(path ?? '/'))}>
      <span class="glyph">${icons[action.icon]}</span><span>${s[action.label]}</span></button>`)}
  </div></section>`;
}

/**
 * The home: the city's current alerts at the top, the search (without diacritics: "phan anh" finds "Phản ánh"),
 * the quick actions, the apps opened last (one row, no repeats) and every service by category.
 */
export function homeView(props: HomeProps) {
  const s = hostStrings(props.lang);
  const apps = props.apps ?? [];
  const found = searchApps(apps, props.query);
  const recent = props.recent.flatMap((id) => apps.filter((a) => a.id === id)).slice(0, RECENT_SHOWN);
  const browsing = props.query.trim() === '';
  return html`
    <h2 class="visually-hidden">${homeStrings(props.lang).home}</h2>
    ${alertBanner(props.alerts, props.lang, (id) => props.go(alertPath(id)), () => props.go(ALERTS_PATH), props.alertsAsOf)}
    <input type="search" data-testid="search" placeholder=${s.search} aria-label=${s.search} .value=${props.query}
      @input=${(e: InputEvent) => props.onQuery((e.target as HTMLInputElement).value)} />
    ${props.failed ? html`<p class="notice" role="alert">${s.offline} <button @click=${props.onRetry}>${s.retry}</button></p>` : nothing}
    ${props.apps === undefined && !props.failed ? html`<p class="notice" role="status">${s.loading}</p>` : nothing}
    ${browsing ? quickActions(props, apps) : nothing}
    ${browsing && recent.length > 0 ? html`<section aria-labelledby="recent-title"><h2 id="recent-title">${s.recent}</h2>${grid(props, recent, 'recent')}</section>` : nothing}
    ${props.apps && found.length === 0 ? html`<p class="notice" role="status">${s.noResults}</p>` : nothing}
    ${byCategory(found).map(([category, list]) => html`<section data-testid="category-${category}" aria-labelledby="category-title-${category}">
      <h2 id="category-title-${category}">${s.categories[category]}</h2>${grid(props, list)}</section>`)}
  `;
}
