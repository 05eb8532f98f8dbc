import { LitElement, css, html } from 'lit';
import type { Lang } from '@citadel/ui';
import type { AuditEntry } from '@citadel/protocol/api';
import { alertStyles } from '../alerts/styles.js';
import { PagedList } from '../paged-list.js';
import { pagedListView } from '../paged-list-view.js';
import { formatMoment } from '../shared/format.js';
import type { ConsentApi } from './api.js';
import { consentStrings } from './i18n.js';

/** The citizen's audit log of grants and revocations, newest first, a page at a time. */
export class CitadelConsentAudit extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
  };

  static override styles = [alertStyles, css`
    .log { gap: 0; }
    li { display: grid; gap: 2px; padding: 8px 4px; border-bottom: 1px solid color-mix(in srgb, CanvasText 10%, transparent); }
    li small { color: var(--muted); }
  `];

  /** The consent API. */
  declare api: ConsentApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  readonly #list = new PagedList<AuditEntry>(this, {
    load: (cursor) => this.api?.audit(cursor), keepWhileReloading: true, loadWhenConnected: true,
  });

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** Loads the first page again; a page still loading is dropped. */
  reload() {
    return this.#list.reload();
  }

  #entry(entry: AuditEntry) {
    const s = consentStrings(this.lang);
    const topic = typeof entry.detail['topic'] === 'string' ? ` (${entry.detail['topic']})` : '';
    return html`<li data-testid="audit-entry" data-action=${entry.action} data-app=${entry.appId ?? ''}>
      <strong>${s.actions[entry.action] ?? entry.action}${topic}</strong>
      <small>${entry.appName?.[this.lang] ?? (entry.appId ?? s.platform)} · ${formatMoment(entry.at, this.lang)}</small>
    </li>`;
  }

  override render() {
    const s = consentStrings(this.lang);
    return pagedListView(this.#list, {
      testId: 'consent-audit', name: 'audit', lang: this.lang, listClass: 'list log',
      strings: { loading: s.loading, empty: s.auditEmpty, retry: s.retry, more: s.more },
      item: (entry) => this.#entry(entry),
      retry: () => void this.reload(),
    });
  }
}
