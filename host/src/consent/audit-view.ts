import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import type { AuditEntry } from '@citadel/protocol/api';
import { alertStyles } from '../alerts/styles.js';
import { PagedList } from '../paged-list.js';
import { errorText } from '../shared/error-text.js';
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
  readonly #list = new PagedList<AuditEntry>(this, { load: (cursor) => this.api?.audit(cursor), keepWhileReloading: true });

  constructor() {
    super();
    this.lang = 'vi';
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.reload();
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
    const entries = this.#list.entries;
    return html`<section data-testid="consent-audit" aria-busy=${this.#list.busy ? 'true' : 'false'}>
      ${entries === undefined && this.#list.busy ? html`<p class="hint" role="status">${s.loading}</p>` : nothing}
      ${entries?.length === 0 ? html`<p class="hint">${s.auditEmpty}</p>` : nothing}
      ${entries?.length ? html`<ul class="list log">${entries.map((e) => this.#entry(e))}</ul>` : nothing}
      ${this.#list.failure === undefined ? nothing : html`<p class="error" role="alert">${errorText(this.#list.failure, this.lang)}
        <button @click=${() => void this.reload()}>${s.retry}</button></p>`}
      ${this.#list.next !== null && this.#list.failure === undefined ? html`<button data-testid="audit-more" ?disabled=${this.#list.busy}
        @click=${() => void this.#list.more()}>${this.#list.busy ? s.loading : s.more}</button>` : nothing}
    </section>`;
  }
}
