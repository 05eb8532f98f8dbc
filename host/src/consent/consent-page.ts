import { css, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizedText, Manifest } from '@citadel/protocol';
import { uiStrings } from '@citadel/ui';
import type { AppConsents, ConsentKind } from '@citadel/protocol/api';
import { locationLogMaxPerApp } from '@citadel/runtime';
import { CitizenPage } from '../account/citizen-page.js';
import { alertStyles } from '../alerts/styles.js';
import { appIcon } from '../inbox/deep-link.js';
import { isApiError } from '@citadel/api-client';
import { createNotificationsApi, type NotificationsApi } from '../notifications/api.js';
import { errorText } from '../shared/error-text.js';
import { formatMoment } from '../shared/format.js';
import { navigate } from '../shared/navigate.js';
import { createConsentApi, type ConsentApi } from './api.js';
import type { CitadelConsentAudit } from './audit-view.js';
import type { HostHeldConsents, HostHeldGrants, HostHeldRefusal } from './host-held.js';
import { consentStrings } from './i18n.js';

/** One app with anything granted, from the platform, this host, or both. */
interface AppGrants {
  readonly appId: string;
  readonly name: LocalizedText;
  readonly icon: string | undefined;
  readonly manifest: Manifest | undefined;
  readonly server: AppConsents | undefined;
  readonly local: HostHeldGrants;
}

const noLocal: HostHeldGrants = { location: null, storageBytes: 0, refused: [], reads: [] };

const hasAny = (a: AppGrants) => !!(a.server?.identity || a.server?.notifications || a.local.location || a.local.storageBytes > 0 || a.local.refused.length > 0 || a.local.reads.length > 0);
/** Whether the app holds a grant that "revoke everything" withdraws. */
const hasGrant = (a: AppGrants) => !!(a.server?.identity || a.server?.notifications || a.local.location);
/** Reads listed per app; the count covers all of the last 30 days. */
const shownReads = 5;

/**
 * The consent center under `/account/consents`: per app, every grant and when it was given —
 * identity claims and notifications (held by the platform), location and storage (held by this
 * host) — each revocable at once, notification topics each mutable; the prompts the citizen
 * refused (remembered by this host), each clearable so the app may ask again; below, the audit log.
 * Host-held data is deleted here first, then the platform is told (it audits and tells the
 * partner); platform-held grants are deleted there first, then any remembered prompt answer here.
 *
 * @fires citadel-navigate - back to the account.
 */
export class CitadelConsentPage extends CitizenPage {
  static override properties = {
    apps: { attribute: false },
    hostHeld: { attribute: false },
    api: { attribute: false },
    notificationsApi: { attribute: false },
    grants: { state: true },
    busy: { state: true },
    failure: { state: true },
    done: { state: true },
    asking: { state: true },
  };

  static override styles = [alertStyles, css`
    :host { padding-top: 4px; }
    .apps { display: grid; gap: 12px; }
    .app header { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; }
    .app header img { width: 36px; height: 36px; border-radius: 10px; flex: none; }
    .app h3 { margin: 0; overflow-wrap: anywhere; }
    .grant { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 8px 0; border-top: 1px solid color-mix(in srgb, CanvasText 10%, transparent); }
    .grant .what { flex: 1 1 160px; min-width: 0; display: grid; gap: 2px; }
    .grant .what small { color: var(--muted); }
    .topics { flex-basis: 100%; display: grid; gap: 2px; margin: 0; padding: 0; list-style: none; }
    .topics label { display: flex; justify-content: space-between; align-items: center; gap: 12px; min-height: 44px; }
    .topics input { width: 40px; height: 24px; min-height: 24px; flex: none; accent-color: var(--accent); }
    section + section { margin-top: 24px; }
    .reads { flex-basis: 100%; margin: 0; padding: 0 0 0 16px; font-size: .9rem; color: var(--muted); }
    .ask { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 0; border-top: 1px solid color-mix(in srgb, CanvasText 10%, transparent); }
    .ask p { flex-basis: 100%; margin: 0; }
  `];

  /** The catalogue: apps whose host-held grants are looked up, and their topics and icons. */
  declare apps: readonly Manifest[] | undefined;
  /** What this host holds per app (the runtime's grant store and storage). */
  declare hostHeld: HostHeldConsents | undefined;
  /** The consent API. Default one on this page's origin. */
  declare api: ConsentApi;
  /** The notifications API, for topic mutes. Default one on this page's origin. */
  declare notificationsApi: NotificationsApi;
  declare grants: AppGrants[] | undefined;
  /** The grant being changed, `appId:kind` (or `appId:topic:<id>`). */
  declare busy: string | undefined;
  declare failure: unknown;
  /** What was last revoked, announced. */
  declare done: string | undefined;
  /** The app whose "revoke everything" waits for the citizen's answer about its stored data. */
  declare asking: string | undefined;
  #generation = 0;
  #wantedOn: boolean | undefined;

  constructor() {
    super();
    this.api = createConsentApi();
    this.notificationsApi = createNotificationsApi();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (this.signedInNow(changed) || (this.citizen && (changed.has('apps') || changed.has('hostHeld')))) void this.#load();
  }

  async #load() {
    const generation = ++this.#generation;
    this.failure = undefined;
    try {
      const catalogue = this.apps ?? [];
      const server = await this.api.list();
      const ids = [...new Set([...server.map((a) => a.appId), ...catalogue.map((a) => a.id)])];
      const local = await Promise.all(ids.map((id) => this.hostHeld?.read(id).catch(() => noLocal) ?? noLocal));
      if (generation !== this.#generation) return;
      this.grants = ids.map((appId, i) => {
        const manifest = catalogue.find((m) => m.id === appId);
        const held = server.find((a) => a.appId === appId);
        return {
          appId, manifest, server: held, local: local[i] ?? noLocal,
          name: manifest?.name ?? held?.appName ?? { vi: appId, en: appId },
          icon: appIcon(manifest, held?.appIcon ?? null),
        };
      }).filter(hasAny);
    } catch (error) {
      if (generation === this.#generation) this.#fail(error);
    }
  }

  #fail(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
    this.failure = error;
  }

  #update(appId: string, change: (a: AppGrants) => AppGrants) {
    this.grants = this.grants?.map((a) => (a.appId === appId ? change(a) : a)).filter(hasAny);
  }

  #label(kind: ConsentKind) {
    const s = consentStrings(this.lang);
    return kind === 'identity' ? s.identity : kind === 'notifications' ? s.notifications : kind === 'location' ? s.location : s.storage;
  }

  async #revoke(app: AppGrants, kind: ConsentKind) {
    if (this.busy) return;
    this.busy = `${app.appId}:${kind}`;
    this.failure = undefined;
    this.done = undefined;
    try {
      await this.#withdraw(app, kind);
      this.done = consentStrings(this.lang).revoked(this.#label(kind), app.name[this.lang]);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = undefined;
      void this.renderRoot.querySelector<CitadelConsentAudit>('citadel-consent-audit')?.reload();
    }
  }

  /**
   * Revokes every grant of `app` (identity, notifications, location), and deletes the data it
   * stored on this device only when the citizen said so (`deleteData`).
   */
  async #revokeAll(app: AppGrants, deleteData: boolean) {
    if (this.busy) return;
    this.asking = undefined;
    this.busy = `${app.appId}:all`;
    this.failure = undefined;
    this.done = undefined;
    try {
      const kinds: ConsentKind[] = [
        ...(app.local.location ? ['location' as const] : []),
        ...(deleteData && app.local.storageBytes > 0 ? ['storage' as const] : []),
        ...(app.server?.identity ? ['identity' as const] : []),
        ...(app.server?.notifications ? ['notifications' as const] : []),
      ];
      for (const kind of kinds) await this.#withdraw(app, kind);
      this.done = consentStrings(this.lang).revokedAll(app.name[this.lang], deleteData && kinds.includes('storage'));
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = undefined;
      void this.renderRoot.querySelector<CitadelConsentAudit>('citadel-consent-audit')?.reload();
    }
  }

  /** "Revoke everything": asks first about the app's stored data when it has some. */
  async #askRevokeAll(app: AppGrants) {
    if (app.local.storageBytes === 0) return this.#revokeAll(app, false);
    this.asking = app.appId;
    await this.updateComplete;
    // The question replaces the button that had focus; the safe answer takes it.
    this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="consent-revoke-all-keep"]')?.focus();
  }

  /** Withdraws one grant: host-held ones here first, platform-held ones there first. */
  async #withdraw(app: AppGrants, kind: ConsentKind) {
    if (kind === 'location' || kind === 'storage') {
      // Held here: gone from this browser first, whatever the network does.
      await this.hostHeld?.revoke(app.appId, kind);
      this.#update(app.appId, (a) => ({ ...a, local: kind === 'location' ? { ...a.local, location: null } : { ...a.local, storageBytes: 0 } }));
      await this.api.revoke(app.appId, kind);
    } else {
      await this.api.revoke(app.appId, kind);
      this.#update(app.appId, (a) => ({ ...a, server: a.server && { ...a.server, [kind]: null } }));
      await this.hostHeld?.revoke(app.appId, kind);
    }
  }

  async #forget(app: AppGrants, refusal: HostHeldRefusal) {
    if (this.busy) return;
    this.busy = `${app.appId}:refused:${refusal.permission}`;
    this.failure = undefined;
    this.done = undefined;
    try {
      await this.hostHeld?.forgetRefusal(app.appId, refusal.permission);
      this.#update(app.appId, (a) => ({ ...a, local: { ...a.local, refused: a.local.refused.filter((r) => r.permission !== refusal.permission) } }));
      this.done = consentStrings(this.lang).forgotten(this.#label(refusal.permission), app.name[this.lang]);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  #refusal(app: AppGrants, refusal: HostHeldRefusal) {
    const s = consentStrings(this.lang);
    const what = this.#label(refusal.permission);
    return html`<div class="grant" data-testid="consent-refused-${refusal.permission}">
      <span class="what"><strong>${what}</strong><span>${s.refused}</span><small>${s.refusedAt(formatMoment(refusal.at, this.lang))}</small></span>
      <button data-testid="consent-forget-${refusal.permission}" ?disabled=${this.busy !== undefined}
        aria-label=${s.forgetLabel(what, app.name[this.lang])} @click=${() => void this.#forget(app, refusal)}>${s.forget}</button>
    </div>`;
  }

  async #mute(app: AppGrants, topic: string, muted: boolean) {
    if (this.busy) return;
    this.#wantedOn = !muted;
    this.busy = `${app.appId}:topic:${topic}`;
    this.failure = undefined;
    try {
      const grant = await this.notificationsApi.setMuted(app.appId, topic, muted);
      this.#update(app.appId, (a) => ({
        ...a, server: a.server?.notifications ? { ...a.server, notifications: { ...a.server.notifications, mutedTopics: grant.mutedTopics } } : a.server,
      }));
    } catch (error) {
      this.#fail(error);
      this.requestUpdate(); // the switch goes back to what the platform holds
    } finally {
      this.busy = undefined;
      void this.renderRoot.querySelector<CitadelConsentAudit>('citadel-consent-audit')?.reload();
    }
  }

  #grant(app: AppGrants, kind: ConsentKind, detail: string, at: string | number | null, extra: unknown = nothing) {
    const s = consentStrings(this.lang);
    const what = this.#label(kind);
    const name = app.name[this.lang];
    const storage = kind === 'storage';
    return html`<div class="grant" data-testid="consent-grant-${kind}">
      <span class="what"><strong>${what}</strong><span>${detail}</span>${at === null ? nothing : html`<small>${s.grantedAt(formatMoment(at, this.lang))}</small>`}</span>
      <button data-testid="consent-revoke-${kind}" ?disabled=${this.busy !== undefined}
        aria-label=${storage ? s.clearLabel(name) : s.revokeLabel(what, name)} @click=${() => void this.#revoke(app, kind)}>${storage ? s.clear : s.revoke}</button>
      ${extra}
    </div>`;
  }

  #topics(app: AppGrants, muted: readonly string[]) {
    const s = consentStrings(this.lang);
    const topics = app.manifest?.notifications?.topics ?? [];
    if (topics.length === 0) return nothing;
    return html`<ul class="topics" aria-label=${s.topics}>${topics.map((t) => {
      const key = `${app.appId}:topic:${t.id}`;
      // While the platform is asked, the switch shows what the citizen chose.
      const on = this.busy === key && this.#wantedOn !== undefined ? this.#wantedOn : !muted.includes(t.id);
      return html`<li><label><span>${t.name[this.lang]}</span>
        <input type="checkbox" role="switch" data-testid="consent-topic-${t.id}" .checked=${live(on)} aria-checked=${on ? 'true' : 'false'}
          aria-label=${s.muteLabel(t.name[this.lang])} ?disabled=${this.busy !== undefined}
          @change=${(e: Event) => void this.#mute(app, t.id, !(e.target as HTMLInputElement).checked)} /></label></li>`;
    })}</ul>`;
  }

  #reads(app: AppGrants) {
    const s = consentStrings(this.lang);
    const { reads } = app.local;
    if (reads.length === 0) return nothing;
    return html`<div class="grant" data-testid="consent-location-log">
      <span class="what"><strong>${s.reads}</strong><span data-testid="consent-location-count">${s.readCount(reads.length, reads.length >= locationLogMaxPerApp)}</span></span>
      <ul class="reads">${reads.slice(0, shownReads).map((r) => html`<li data-testid="consent-location-read" data-precision=${r.precision}>
        ${s.readAt(formatMoment(r.at, this.lang), r.precision === 'precise', r.kind === 'watch')}</li>`)}</ul>
    </div>`;
  }

  #revokeAllControls(app: AppGrants) {
    const s = consentStrings(this.lang);
    const name = app.name[this.lang];
    if (this.asking === app.appId) {
      return html`<div class="ask" role="group" aria-labelledby="ask-${app.appId}" data-testid="consent-ask-delete">
        <p id="ask-${app.appId}">${s.askDelete(name, s.storageUsed(app.local.storageBytes))}</p>
        <button data-testid="consent-revoke-all-delete" ?disabled=${this.busy !== undefined} @click=${() => void this.#revokeAll(app, true)}>${s.revokeAndDelete}</button>
        <button data-testid="consent-revoke-all-keep" ?disabled=${this.busy !== undefined} @click=${() => void this.#revokeAll(app, false)}>${s.revokeKeep}</button>
        <button data-testid="consent-revoke-all-cancel" @click=${() => { this.asking = undefined; }}>${s.cancel}</button>
      </div>`;
    }
    if (!hasGrant(app)) return nothing;
    return html`<div class="ask"><button data-testid="consent-revoke-all" ?disabled=${this.busy !== undefined}
      aria-label=${s.revokeAllLabel(name)} @click=${() => void this.#askRevokeAll(app)}>${s.revokeAll}</button></div>`;
  }

  #app(app: AppGrants) {
    const s = consentStrings(this.lang);
    const claims = uiStrings(this.lang).claims as Record<string, string>;
    const { identity, notifications } = app.server ?? {};
    const { location, storageBytes, refused } = app.local;
    return html`<article class="card app" data-testid="consent-app" data-app=${app.appId}>
      <header>${app.icon ? html`<img src=${app.icon} alt="" width="36" height="36" />` : nothing}<h3>${app.name[this.lang]}</h3></header>
      ${identity ? this.#grant(app, 'identity', identity.claims.map((c) => claims[c] ?? c).join(', ') || s.identityNone, identity.grantedAt) : nothing}
      ${notifications ? this.#grant(app, 'notifications', '', notifications.grantedAt, this.#topics(app, notifications.mutedTopics)) : nothing}
      ${location ? this.#grant(app, 'location', location.accuracy === 'precise' ? s.precise : s.coarse, location.at) : nothing}
      ${storageBytes > 0 ? this.#grant(app, 'storage', s.storageUsed(storageBytes), null) : nothing}
      ${this.#reads(app)}
      ${refused.map((r) => this.#refusal(app, r))}
      ${this.#revokeAllControls(app)}
    </article>`;
  }

  #body() {
    const s = consentStrings(this.lang);
    return this.signInGate({ hint: s.signIn, loading: s.loading }) ?? html`
      <p class="hint">${s.intro}</p>
      ${this.done ? html`<p class="success" role="status" data-testid="consent-done">${this.done}</p>` : nothing}
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid="consent-error">${errorText(this.failure, this.lang)}
        <button @click=${() => void this.#load()}>${s.retry}</button></p>`}
      <section data-testid="consent-apps" class="apps">
        ${this.grants === undefined && this.failure === undefined ? html`<p role="status">${s.loading}</p>` : nothing}
        ${this.grants?.length === 0 ? html`<p class="hint" data-testid="consent-none">${s.none}</p>` : nothing}
        ${this.grants?.map((a) => this.#app(a))}
      </section>
      <section aria-labelledby="audit-title">
        <h3 id="audit-title">${s.audit}</h3>
        <citadel-consent-audit .api=${this.api} lang=${this.lang}></citadel-consent-audit>
      </section>`;
  }

  override render() {
    const s = consentStrings(this.lang);
    return html`
      <button class="link home" data-testid="consent-back" @click=${() => navigate(this, '/account')}>‹ ${s.back}</button>
      <section data-testid="consent-page"><h2>${s.title}</h2>${this.#body()}</section>
    `;
  }
}
