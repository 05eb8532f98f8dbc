import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import { errorText } from '../account/error-text.js';
import { formatMoment } from '../account/format.js';
import { alertStyles } from '../alerts/styles.js';
import type { ConsentApi } from './api.js';
import { consentStrings } from './i18n.js';
import type { AuditEntry } from './types.js';

/** The citizen's audit log of grants and revocations, newest first, a page at a time. */
export class CitadelConsentAudit extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
    entries: { state: true },
    next: { state: true },
    busy: { state: true },
    failure: { state: true },
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
  declare entries: AuditEntry[] | undefined;
  declare next: string | null;
  declare busy: boolean;
  declare failure: unknown;
  #generation = 0;

  constructor() {
    super();
    this.lang = 'vi';
    this.next = null;
    this.busy = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.reload();
  }

  /** Loads the first page again (after a revocation). */
  async reload() {
    this.#generation += 1;
    this.busy = false;
    await this.#page(undefined);
  }

  async #page(cursor: string | undefined) {
    if (!this.api || this.busy) return;
    const generation = this.#generation;
    this.busy = true;
    this.failure = undefined;
    try {
      const page = await this.api.audit(cursor);
      if (generation !== this.#generation) return;
      const before = cursor === undefined ? [] : this.entries ?? [];
      const seen = new Set(before.map((e) => e.id));
      this.entries = [...before, ...page.entries.filter((e) => !seen.has(e.id))];
      this.next = page.next;
    } catch (error) {
      if (generation === this.#generation) this.failure = error;
    } finally {
      if (generation === this.#generation) this.busy = false;
    }
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
    const entries = this.entries;
    return html`<section data-testid="consent-audit" aria-busy=${this.busy ? 'true' : 'false'}>
      ${entries === undefined && this.busy ? html`<p class="hint" role="status">${s.loading}</p>` : nothing}
      ${entries?.length === 0 ? html`<p class="hint">${s.auditEmpty}</p>` : nothing}
      ${entries?.length ? html`<ul class="list log">${entries.map((e) => this.#entry(e))}</ul>` : nothing}
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert">${errorText(this.failure, this.lang)}
        <button @click=${() => void this.reload()}>${s.retry}</button></p>`}
      ${this.next !== null && this.failure === undefined ? html`<button data-testid="audit-more" ?disabled=${this.busy}
        @click=${() => void this.#page(this.next ?? undefined)}>${this.busy ? s.loading : s.more}</button>` : nothing}
    </section>`;
  }
}
