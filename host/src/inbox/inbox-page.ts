import { css, html, nothing, type PropertyValues } from 'lit';
import type { Manifest } from '@citadel/protocol';
import type { InboxAlert, InboxEntry, InboxNotification } from '@citadel/protocol/api';
import { CitizenPage } from '../account/citizen-page.js';
import { alertStrings, alertText } from '../alerts/i18n.js';
import { ALERTS_PATH, alertPath } from '../alerts/routes.js';
import { alertStyles } from '../alerts/styles.js';
import { isApiError } from '@citadel/api-client';
import { createNotificationsApi, type NotificationsApi } from '../notifications/api.js';
import { KeptAnswerAge } from '../offline/kept-age.js';
import { PagedList } from '../paged-list.js';
import { pagedListView } from '../paged-list-view.js';
import { formatMoment } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import { appIcon } from './deep-link.js';
import { inboxChanged, openApp } from './events.js';
import { inboxStrings } from './i18n.js';

/**
 * The inbox under `/inbox`: the citizen's notifications from apps and the official alerts that
 * reached them, newest first. A notification names its app with the registry's name and icon
 * (the partner writes only the title and body); tapping marks it read and opens the app (the
 * shell decides at which path). "Mark all read", and the push switch for this browser.
 *
 * @fires citadel-open-app - to open a notification's app.
 * @fires citadel-navigate - to an alert, or home.
 * @fires citadel-inbox-changed - after marking something read.
 */
export class CitadelInboxPage extends CitizenPage {
  static override properties = {
    apps: { attribute: false },
    api: { attribute: false },
  };

  static override styles = [alertStyles, css`
    :host { padding-top: 4px; }
    .head { display: flex; justify-content: flex-end; margin: 12px 0 0; }
    [data-testid=inbox] { margin-top: 12px; }
    .entry { grid-template-columns: 40px minmax(0, 1fr); column-gap: 10px; align-items: start; }
    .entry > .what { display: grid; gap: 2px; min-width: 0; }
    .entry img, .entry .glyph { width: 40px; height: 40px; border-radius: 10px; }
    .entry .glyph { display: grid; place-items: center; background: var(--sev); color: var(--on-sev); font-weight: 800; }
    .entry[data-unread=true] { background: color-mix(in srgb, var(--accent) 10%, Canvas); }
    .entry[data-unread=true] strong::after { content: ''; display: inline-block; width: 8px; height: 8px; margin-left: 6px; border-radius: 50%;
      background: var(--accent); vertical-align: middle; }
    .topic { font-size: .78rem; padding: 1px 8px; border-radius: 999px; background: color-mix(in srgb, CanvasText 10%, transparent); }
    .body { overflow-wrap: anywhere; }
    .more { margin-top: 8px; }
    .links { margin-top: 16px; }
  `];

  /** The catalogue: the registry's manifests, for each app's icon. */
  declare apps: readonly Manifest[] | undefined;
  /** The inbox API. Default one on this page's origin. */
  declare api: NotificationsApi;
  readonly #list = new PagedList<InboxEntry>(this, { load: (cursor) => this.api.inbox(cursor), onError: (error, list) => this.#fail(error, list) });
  /** Offline, how old the kept inbox shown is. */
  readonly #age = new KeptAnswerAge(this, '/api/inbox');

  constructor() {
    super();
    this.api = createNotificationsApi();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (this.signedInNow(changed)) void this.reload();
  }

  /** Loads the first page again; a page still loading is dropped. */
  reload() {
    return this.#list.reload();
  }

  /** Shows an entry that just reached the citizen (from the live stream) at the top, once. */
  received(entry: InboxEntry) {
    this.#list.update((entries) => [entry, ...entries.filter((e) => e.id !== entry.id)]);
  }

  #fail(error: unknown, list = this.#list) {
    if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
    else list.failure = error;
    this.requestUpdate();
  }

  #markedRead(ids: ReadonlySet<string> | 'all') {
    const now = new Date().toISOString();
    this.#list.update((entries) => entries.map((e) => (e.readAt === null && (ids === 'all' || ids.has(e.id)) ? { ...e, readAt: now } : e)));
    inboxChanged(this);
  }

  async #tap(entry: InboxEntry) {
    // Reading it must not stand between the citizen and what they tapped: a failed mark is retried next time.
    if (entry.readAt === null) {
      await this.api.markRead(entry.id).then(() => this.#markedRead(new Set([entry.id])), () => undefined);
    }
    if (entry.kind === 'alert') navigate(this, alertPath(entry.id));
    else openApp(this, { appId: entry.appId, path: entry.path });
  }

  async #markAllRead() {
    this.#list.failure = undefined;
    this.requestUpdate();
    try {
      await this.api.markAllRead();
      this.#markedRead('all');
    } catch (error) {
      this.#fail(error);
    }
  }

  #notification(entry: InboxNotification) {
    const name = entry.appName[this.lang];
    // The partner's English when it sent some and the citizen reads in English, else its Vietnamese.
    const { title, body } = this.lang === 'en' && entry.en ? entry.en : entry;
    const icon = appIcon(this.apps?.find((a) => a.id === entry.appId), entry.appIcon);
    return html`<button class="entry" data-testid="inbox-entry" data-kind="notification" data-id=${entry.id} data-app=${entry.appId}
      data-unread=${entry.readAt === null ? 'true' : 'false'} @click=${() => void this.#tap(entry)}>
      ${icon ? html`<img src=${icon} alt="" width="40" height="40" loading="lazy" />` : html`<span class="glyph" aria-hidden="true">${[...name][0] ?? '?'}</span>`}
      <span class="what">
        <small class="row"><span data-testid="inbox-app-name">${name}</span>${entry.topicName ? html` <span class="topic">${entry.topicName[this.lang]}</span>` : nothing}</small>
        <strong data-testid="inbox-title">${title}</strong>
        ${body ? html`<span class="body" data-testid="inbox-body">${body}</span>` : nothing}
        <small>${formatMoment(entry.at, this.lang)}</small>
      </span>
    </button>`;
  }

  #alert(entry: InboxAlert) {
    const s = alertStrings(this.lang);
    return html`<button class="entry rule" data-testid="inbox-entry" data-kind="alert" data-id=${entry.id} data-severity=${entry.severity}
      data-unread=${entry.readAt === null ? 'true' : 'false'} @click=${() => void this.#tap(entry)}>
      <span class="glyph" aria-hidden="true">!</span>
      <span class="what">
        <small class="row"><span class="sev">${s.severities[entry.severity]}</span><span>${inboxStrings(this.lang).alert}</span></small>
        <strong>${alertText(entry.headline, this.lang)}</strong>
        <small>${entry.sender} · ${formatMoment(entry.at, this.lang)}</small>
      </span>
    </button>`;
  }

  #inbox() {
    const s = inboxStrings(this.lang);
    const entries = this.#list.entries;
    const unread = entries?.some((e) => e.readAt === null) ?? false;
    return html`
      <h2>${s.inbox}</h2>
      <citadel-push-switch lang=${this.lang}></citadel-push-switch>
      ${unread ? html`<div class="head"><button data-testid="inbox-read-all" @click=${() => void this.#markAllRead()}>${s.markAllRead}</button></div>` : nothing}
      ${pagedListView(this.#list, {
        testId: 'inbox', name: 'inbox', lang: this.lang, listClass: 'list', asOf: this.#age.asOf,
        strings: { loading: s.loading, empty: s.empty, retry: s.retry, more: s.more },
        item: (e) => html`<li>${e.kind === 'alert' ? this.#alert(e) : this.#notification(e)}</li>`,
        retry: () => void this.reload(),
      })}
      <p class="links"><button class="link" data-testid="inbox-alerts" @click=${() => navigate(this, ALERTS_PATH)}>${s.alertsHistory}</button></p>`;
  }

  #body() {
    const s = inboxStrings(this.lang);
    return this.signInGate({ title: s.inbox, hint: s.signInToSeeInbox, loading: s.loading }) ?? this.#inbox();
  }

  override render() {
    const s = inboxStrings(this.lang);
    return html`
      <button class="link home" data-testid="inbox-home" aria-label=${s.homeLabel} @click=${() => navigate(this, '/')}>‹ ${s.home}</button>
      <section data-testid="inbox-page">${this.#body()}</section>
    `;
  }
}
