import { LitElement, html } from 'lit';
import type { Lang } from '@citadel/ui';
import type { PublishedAlert } from '@citadel/protocol/api';
import { KeptAnswerAge } from '../offline/kept-age.js';
import { PagedList } from '../paged-list.js';
import { pagedListView } from '../paged-list-view.js';
import { formatMoment } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import type { AlertsApi } from './api.js';
import { alertStrings, alertText } from './i18n.js';
import { alertPath } from './routes.js';
import { alertStyles } from './styles.js';

/** How many alerts the platform answers per page. */
const PAGE = 30;

const isActive = (alert: PublishedAlert, now = Date.now()) => new Date(alert.expiresAt).getTime() > now;

/**
 * The public history of official alerts, newest first, a page at a time; works signed out.
 *
 * @fires citadel-navigate - to one alert.
 */
export class CitadelAlertsHistory extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
  };

  static override styles = alertStyles;

  /** The alerts API. */
  declare api: AlertsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** Offline, how old the kept history shown is; added before the list, so it hears the worker before the first read. */
  readonly #age = new KeptAnswerAge(this, '/api/alerts');
  readonly #list = new PagedList<PublishedAlert>(this, { load: (cursor) => this.#load(cursor), loadWhenConnected: true });

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** The alerts sent before `before`: a full page may have more after it, sent before its last one. */
  #load(before: string | undefined) {
    return this.api?.history(before ? { before } : {}).then((alerts) => ({
      entries: alerts,
      next: alerts.length >= PAGE ? new Date(alerts.at(-1)!.sentAt).toISOString() : null,
    }));
  }

  #item(alert: PublishedAlert) {
    const s = alertStrings(this.lang);
    const active = isActive(alert);
    return html`<li><button class="entry rule" data-severity=${alert.severity} data-testid="alert-history-entry" data-id=${alert.id}
      @click=${() => navigate(this, alertPath(alert.id))}>
      <span class="row"><span class="sev">${s.severities[alert.severity]}</span><small>${s.categories[alert.category]} · ${active ? s.active : s.expired}</small></span>
      <strong>${alertText(alert.headline, this.lang)}</strong>
      <small>${alert.sender} · ${formatMoment(alert.sentAt, this.lang)}</small>
    </button></li>`;
  }

  override render() {
    const s = alertStrings(this.lang);
    return pagedListView(this.#list, {
      testId: 'alerts-history', name: 'alerts', lang: this.lang, listClass: 'list', asOf: this.#age.asOf,
      strings: { loading: s.loading, empty: s.historyEmpty, retry: s.retry, more: s.more },
      item: (alert) => this.#item(alert),
    });
  }
}
