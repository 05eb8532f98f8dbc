import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { LocalizedText, Manifest, Permission } from '@citadel/protocol';
import {
  createBrowserLocation, createHost, createIndexedDbBackend, createIndexedDbGrants, createIndexedDbLocationLog, createStorageProvider, type Host,
} from '@citadel/runtime';
import type { AbusiveDetail, CitadelAppView, Lang } from '@citadel/ui';
import { createAbuseReportApi } from './abuse/api.js';
import { createAnalyticsApi } from './analytics/api.js';
import { createLaunchAnalytics, type LaunchAnalytics } from './analytics/launch-analytics.js';
import { abuseStrings } from './abuse/i18n.js';
import { isApiError } from '@citadel/api-client';
import { createAccountStore, type AccountStore, type SignInState } from './account/account-store.js';
import { createAccountApi } from './account/api.js';
import { drawFor } from './shared/draw-for.js';
import { keepFocus } from './shared/keep-focus.js';
import { KeptAnswerAge } from './offline/kept-age.js';
import type { NavigateDetail } from './shared/navigate.js';
import { checkLaunch } from './account/launch-check.js';
import { acceptPermissions, addedPermissions } from './account/permission-updates.js';
import { defineLaunchNotice, type LaunchStatus } from './account/launch-notice.js';
import { loadAccountScreens } from './account/load.js';
import { isConsentsPath, parseAccountPath, type AccountRoute } from './account/routes.js';
import { alertBannerStyles } from './alerts/alert-banner.js';
import { loadAppView } from './app-view/load.js';
import { gravestFirst } from './alerts/gravest-first.js';
import { createAlertsApi, type AlertsApi } from './alerts/api.js';
import { loadAlertDialog, loadAlertScreens } from './alerts/load.js';
import { parseAlertsPath, type AlertsRoute } from './alerts/routes.js';
import type { MyAlert } from './alerts/api.js';
import type { PublishedAlert } from '@citadel/protocol/api';
import { loadCatalogue, parseAppPath } from './catalogue.js';
import { createHostHeldConsents, type HostHeldConsents } from './consent/host-held.js';
import { loadConsentScreens } from './consent/load.js';
import { hostStrings } from './i18n.js';
import { createHostIdentity } from './identity/host-identity.js';
import { launchPath } from './inbox/deep-link.js';
import type { OpenAppDetail } from './inbox/events.js';
import { loadInboxScreens } from './inbox/load.js';
import { isInboxPath } from './inbox/routes.js';
import { createUnreadPoller, type UnreadPoller } from './inbox/unread-poller.js';
import { liveStrings } from './live/i18n.js';
import { createLiveEvents, type LiveAlert, type LiveEvents } from './live/live-events.js';
import { createNotificationsApi, type NotificationsApi } from './notifications/api.js';
import { createHostNotifications } from './notifications/host-notifications.js';
import { forgetKeptAnswers } from './offline/cached-api.js';
import { createHostPayments } from './wallet/host-payments.js';
import { saveLang } from './push/lang-pref.js';
import { LANG_KEY, startingLang } from './shared/starting-lang.js';
import { lazyChipFn, lazyPromptFn } from './prompts/lazy.js';
import { pushRecent, readRecent } from './recent.js';
import { focusScreen } from './focus.js';
import { bottomNav, bottomNavStyles, type Tab } from './home/bottom-nav.js';
import { homeStyles, homeView } from './home/home-view.js';
import { loadWalletScreens } from './wallet/load.js';
import { parseWalletPath, type WalletRoute } from './wallet/routes.js';

const dark = matchMedia('(prefers-color-scheme: dark)');

/** An app the citizen opened: checked with the platform first, then framed once `ready`. */
interface OpenApp {
  readonly id: string;
  /** From the catalogue, then the platform's; unknown for a deep link to an unlisted app. */
  readonly manifest: Manifest | undefined;
  readonly path: string;
  readonly status: LaunchStatus | 'ready';
  /** With `updated`: the permissions the new version declares that the one the citizen last opened did not. */
  readonly added?: readonly Permission[];
}

/**
 * The citizen app: the app bar, the bottom navigation (home, inbox, wallet, account), the home (the city's alerts,
 * search, quick actions, recents and the services by category), the account, wallet, inbox, alerts and consent
 * screens, the open mini-app (the screens behind it inert), and the extreme alert that interrupts whatever is open.
 */
export class CitadelShell extends LitElement {
  static override properties = {
    lang: { state: true },
    apps: { state: true },
    query: { state: true },
    recent: { state: true },
    open: { state: true },
    error: { state: true },
    citizen: { state: true },
    route: { state: true },
    wallet: { state: true },
    inbox: { state: true },
    alerts: { state: true },
    consents: { state: true },
    unread: { state: true },
    myAlerts: { state: true },
    cityAlerts: { state: true },
    liveLost: { state: true },
    shutOut: { state: true },
  };

  static override styles = [bottomNavStyles, homeStyles, alertBannerStyles, css`
    :host { display: block; max-width: 720px; margin: 0 auto; padding: 0 16px calc(80px + env(safe-area-inset-bottom)); --accent: #b3261e; }
    /* The app bar: one line at every width from 320 px, the city's name never cut (issue 16). */
    .app-bar { position: sticky; top: 0; z-index: 4; display: flex; align-items: center; gap: 10px; min-height: 56px; box-sizing: border-box;
      margin: 0 -16px; padding: env(safe-area-inset-top) 16px 0; background: Canvas; border-bottom: 1px solid color-mix(in srgb, CanvasText 10%, transparent); }
    .app-bar img { width: 32px; height: 32px; flex: none; }
    .app-bar h1 { flex: 1 0 auto; margin: 0; font-size: 1.25rem; line-height: 1.2; white-space: nowrap; }
    main { display: block; padding-top: 12px; }
    /* Read by screen readers, not shown: the home's heading, the unread count in words. */
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
    main:focus { outline: none; }
    h2[tabindex="-1"]:focus { outline: none; }
    button { font: inherit; cursor: pointer; }
    .lang { flex: none; min-height: 40px; border-radius: 999px; padding: 0 14px; border: 1px solid color-mix(in srgb, CanvasText 25%, transparent);
      background: transparent; color: CanvasText; }
    .lang:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 2px; }
    .live-lost { margin: 8px 0 0; padding: 8px 12px; border-radius: 10px; font-size: .85rem; background: color-mix(in srgb, #f9ab00 22%, transparent); }
    citadel-app-view, citadel-launch-notice { position: fixed; inset: 0; z-index: 10; }
    @media (max-width: 359px) { :host { padding-inline: 12px; } .app-bar { margin-inline: -12px; padding-inline: 12px; gap: 8px; } .lang { padding: 0 10px; } }
  `];

  declare lang: Lang;
  declare apps: Manifest[] | undefined;
  declare query: string;
  declare recent: string[];
  declare open: OpenApp | undefined;
  declare error: boolean;
  declare citizen: SignInState;
  /** The account screen shown instead of the catalogue, from the URL. */
  declare route: AccountRoute | undefined;
  /** The wallet screen shown instead of the catalogue, from the URL. */
  declare wallet: WalletRoute | undefined;
  /** Whether the URL is the inbox. */
  declare inbox: boolean;
  /** The alert screen shown instead of the catalogue, from the URL. */
  declare alerts: AlertsRoute | undefined;
  /** Whether the URL is the consent center. */
  declare consents: boolean;
  /** The citizen's unread notifications and alerts (the bell's badge). */
  declare unread: number;
  /** The unexpired alerts that reached the citizen, gravest first; `undefined` until read (or signed out). */
  declare myAlerts: MyAlert[] | undefined;
  /** Signed out: the city's alerts in effect, gravest first, for the home; `undefined` until read. */
  declare cityAlerts: PublishedAlert[] | undefined;
  /** Whether the live connection has been failing for a while (a status says so; polling stands in). */
  declare liveLost: boolean;
  /** The name of the app the runtime last shut out for flooding the bridge, until the citizen dismisses the notice. */
  declare shutOut: LocalizedText | undefined;

  #pushed = false;
  /** The control that opened the app shown (a tile, a quick action): it gets the focus back when the app closes. */
  #opener: HTMLElement | undefined;
  /** Set by a navigation or a sign-in: once drawn, the focus moves to the new screen's heading (`focusScreen`). */
  #focusScreenNext = false;
  /** Set while the history steps back from a closed app's entry, which is no navigation of the citizen's. */
  #closedBack = false;

  /** The runtime engine running every mini-app this page opens. */
  readonly host: Host;
  /** The citizen's account, shared by the header, the account screens and the identity provider. */
  readonly account: AccountStore;
  /** The grants and data this host keeps per app (the runtime's), for the consent center. */
  readonly hostHeld: HostHeldConsents;
  #offAccount: (() => void) | undefined;
  readonly #notifications: NotificationsApi = createNotificationsApi();
  readonly #alertsApi: AlertsApi = createAlertsApi();
  readonly #abuseReports = createAbuseReportApi();
  /** Tap → ready and bridge errors of every launch, reported for the apps' analytics. */
  readonly #analytics: LaunchAnalytics;
  /** The fallback: polls the unread count while the live stream is down. */
  readonly #poller: UnreadPoller;
  /** Inbox items and alerts as they reach the citizen (Server-Sent Events). */
  readonly #live: LiveEvents;
  /** Extreme alerts acknowledged in this page, even if marking them read did not reach the platform. */
  readonly #acknowledged = new Set<string>();
  /** Offline, how old the home's alerts are: the citizen's own (`GET /api/me/alerts`), or signed out the city's. */
  readonly #myAlertsAge = new KeptAnswerAge(this, '/api/me/alerts');
  readonly #cityAlertsAge = new KeptAnswerAge(this, '/api/alerts');
  #interrupting = false;

  constructor() {
    super();
    this.lang = startingLang(localStorage.getItem(LANG_KEY), navigator.languages);
    this.query = '';
    this.recent = readRecent();
    this.error = false;
    this.unread = 0;
    this.liveLost = false;
    this.#route(location.pathname);
    defineLaunchNotice();
    this.account = createAccountStore(createAccountApi());
    const lang = () => this.lang;
    // One grant store and one storage backend, shared by the runtime and the consent center.
    const grants = createIndexedDbGrants();
    const storage = createIndexedDbBackend();
    const locationLog = createIndexedDbLocationLog();
    this.host = createHost({
      providers: {
        storage: createStorageProvider(storage), location: createBrowserLocation({ log: locationLog }), identity: createHostIdentity(this.account, lang, grants),
        payments: createHostPayments(this.account, lang, (path) => this.#leaveAppFor(path)), notifications: createHostNotifications(this.account, lang, grants),
      },
      grants,
      prompt: lazyPromptFn(document.body, lang),
      queuePrompt: lazyChipFn(document.body, lang),
      context: () => ({
        lang: this.lang,
        theme: dark.matches ? { scheme: 'dark', accent: '#ffb4ab' } : { scheme: 'light', accent: '#b3261e' },
        insets: { top: 0, right: 0, bottom: 0, left: 0 },
      }),
    });
    this.hostHeld = createHostHeldConsents({ host: this.host, grants, storage, locationLog });
    this.#analytics = createLaunchAnalytics({ host: this.host, send: createAnalyticsApi(), signedIn: () => (this.citizen === undefined ? undefined : this.citizen !== null) });
    this.#poller = createUnreadPoller({
      read: () => this.#notifications.unread(),
      onCount: (count) => this.#onUnread(count),
      onError: (error) => { if (isApiError(error, 'UNAUTHENTICATED')) this.account.signedOut(); },
    });
    this.#live = createLiveEvents({
      // Live: no polling; what happened meanwhile is replayed, and the counts are read once.
      onOpen: () => {
        this.#poller.stop();
        void this.#readUnread();
        void this.#refreshAlerts();
      },
      onDown: () => this.#poller.start(),
      onLost: (lost) => { this.liveLost = lost; },
      onAlert: (alert) => this.#onLiveAlert(alert),
      onNotification: (notification) => {
        this.#inboxPage()?.received(notification);
        void this.#readUnread();
      },
      onEnd: () => void this.account.refresh(),
    });
  }

  override willUpdate() {
    if (this.route) void loadAccountScreens();
    if (this.wallet) void loadWalletScreens();
    if (this.inbox) void loadInboxScreens();
    if (this.alerts) void loadAlertScreens();
    if (this.consents) void loadConsentScreens();
  }

  /** Shows the account, wallet, inbox, alerts or consent screen of `pathname`, or the catalogue. */
  #route(pathname: string) {
    this.route = parseAccountPath(pathname);
    this.wallet = parseWalletPath(pathname);
    this.inbox = isInboxPath(pathname);
    this.alerts = parseAlertsPath(pathname);
    this.consents = isConsentsPath(pathname);
  }

  /** Who is signed in changed: the inbox badge and the alerts follow the session. */
  #onCitizen(citizen: SignInState) {
    // Signed in here (not a page opening signed in): the focus goes to the screen's heading, not the page's body.
    if (this.citizen === null && citizen && !this.open) this.#focusScreenNext = true;
    this.citizen = citizen;
    if (citizen) {
      this.#live.start();
    } else {
      this.#live.stop();
      this.#poller.stop();
      this.unread = 0;
      this.myAlerts = undefined;
      // Signed out (here or elsewhere): nothing of this account stays readable offline.
      if (citizen === null) void forgetKeptAnswers();
      void this.#readCityAlerts();
    }
  }

  /** Signed out, the home shows the city's alerts in effect (the public history's `active=1`). */
  async #readCityAlerts() {
    try {
      this.cityAlerts = gravestFirst(await this.#alertsApi.history({ activeOnly: true }));
    } catch {
      // Offline: the home shows no alerts rather than an error; the alerts screen says why.
    }
  }

  /** Reads the unread count now, whether live or polling. */
  async #readUnread() {
    try {
      this.#onUnread(await this.#notifications.unread());
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) this.account.signedOut();
    }
  }

  /** An alert arrived live: listed at once (gravest first, and atop an open inbox), and an extreme one interrupts now. */
  #onLiveAlert(alert: LiveAlert) {
    const known = this.myAlerts?.some((a) => a.id === alert.id) ?? false;
    const others = (this.myAlerts ?? []).filter((a) => a.id !== alert.id);
    this.myAlerts = gravestFirst([alert, ...others]);
    if (alert.readAt === null && !known) this.unread += 1;
    const { id, sender, severity, category, headline, sentAt: at, expiresAt, readAt } = alert;
    this.#inboxPage()?.received({ kind: 'alert', id, sender, severity, category, headline, at, expiresAt, readAt });
    void this.#interrupt();
  }

  /** The inbox page, when it is the screen shown. */
  #inboxPage() {
    return this.renderRoot.querySelector('citadel-inbox-page') ?? undefined;
  }

  #onUnread(count: number) {
    // A changed count may be a new alert: read the alerts again (cheap: only then, and at the start).
    const changed = count !== this.unread || this.myAlerts === undefined;
    this.unread = count;
    if (changed) void this.#refreshAlerts();
  }

  async #refreshAlerts() {
    try {
      this.myAlerts = await this.#alertsApi.mine();
    } catch {
      return; // offline, or signed out meanwhile: the next poll tries again
    }
    void this.#interrupt();
  }

  /**
   * Shows the first unread extreme alert in a modal dialog over everything, the open mini-app
   * included, until the citizen acknowledges it; acknowledging marks it read. One at a time.
   */
  async #interrupt() {
    const alert = this.myAlerts?.find((a) => a.severity === 'extreme' && a.readAt === null && !this.#acknowledged.has(a.id));
    if (!alert || this.#interrupting) return;
    this.#interrupting = true;
    try {
      await loadAlertDialog();
      // Acknowledged, the focus goes back to what had it: the app's frame too, which the closing dialog would drop.
      await keepFocus(() => drawFor(document.body, 'citadel-alert-dialog', this.lang, (dialog) => dialog.open(alert)));
      this.#acknowledged.add(alert.id);
      const readAt = new Date().toISOString();
      this.myAlerts = this.myAlerts?.map((a) => (a.id === alert.id ? { ...a, readAt } : a));
      await this.#notifications.markRead(alert.id).catch(() => undefined);
    } finally {
      this.#interrupting = false;
    }
    void this.#readUnread();
    void this.#interrupt();
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#offAccount = this.account.onChange((citizen) => this.#onCitizen(citizen));
    this.#analytics.start();
    void saveLang(this.lang);
    void this.account.refresh();
    void this.#load();
  }

  override updated(changed: PropertyValues<this>) {
    const main = this.renderRoot.querySelector<HTMLElement>('main');
    if (this.#focusScreenNext && !this.open && main) {
      this.#focusScreenNext = false;
      this.#opener = undefined;
      void focusScreen(main);
      return;
    }
    if (!changed.has('open')) return;
    const before = changed.get('open') as OpenApp | undefined;
    if (this.open && this.open.status !== 'checking' && this.open.status !== before?.status) {
      // Into the app (its title, then its controls and frame); the screens behind it are inert meanwhile.
      const view = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('citadel-app-view, citadel-launch-notice');
      void view?.updateComplete?.then(() => view.focus());
    } else if (!this.open && before) {
      this.#focusOpener(before.id, main);
    }
  }

  /** Back to the control that opened app `id` (or its tile, or the screen's heading) once it closed. */
  #focusOpener(id: string, main: HTMLElement | null) {
    const opener = this.#opener?.isConnected ? this.#opener : this.renderRoot.querySelector<HTMLElement>(`main [data-testid="app-${id}"]`);
    this.#opener = undefined;
    if (opener) opener.focus();
    else if (main) void focusScreen(main);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#offAccount?.();
    this.#analytics.stop();
    this.#live.stop();
    this.#poller.stop();
    this.host.dispose();
  }

  async #load() {
    this.error = false;
    try {
      this.apps = await loadCatalogue();
      const deep = parseAppPath(location.pathname);
      // An unlisted app is asked about too: a suspended one gets its notice instead of nothing.
      if (deep) this.#openApp(deep.id, this.apps.find((a) => a.id === deep.id), deep.path + location.search, 'replace');
    } catch {
      this.error = true;
    }
  }

  #openApp(id: string, manifest: Manifest | undefined, path: string, history: 'push' | 'replace' | 'none') {
    this.#analytics.tapped(id);
    void this.#check({ id, manifest, path, status: 'checking' });
    const url = `/app/${id}${path}`;
    this.#pushed = history === 'push' || (history === 'none' && this.#pushed);
    if (history === 'push') window.history.pushState({ app: id }, '', url);
    if (history === 'replace') window.history.replaceState({ app: id }, '', url);
  }

  /** Asks the platform whether `opening` may launch (a suspended app is never framed), then frames it. */
  async #check(opening: OpenApp) {
    this.open = opening;
    void loadAppView().catch(() => undefined); // fetched while the platform answers; #ready waits for it
    const result = await checkLaunch(this.account.api, opening.id);
    if (this.open !== opening) return; // closed or replaced meanwhile
    if (result.ok) {
      // A version that declares more permissions than the one the citizen last opened says so before it opens.
      const added = addedPermissions(result.manifest);
      if (added.length > 0) this.open = { ...opening, manifest: result.manifest, status: 'updated', added };
      else this.#ready({ ...opening, manifest: result.manifest });
    } else if (result.reason === 'offline' && opening.manifest?.offline === true) {
      // An app that declares it works offline (docs/manifest.md) opens from the catalogue's manifest and its own cache.
      this.#ready({ ...opening, manifest: opening.manifest });
    } else if (result.reason === 'missing') {
      this.#closeApp();
    } else {
      this.open = { ...opening, status: result.reason };
    }
  }

  /**
   * Frames `opening`, recording the permissions its version declares, once the app view's chunk is loaded; a failed
   * load shows the launch notice's "could not open" with its retry, which loads it again.
   */
  #ready(opening: OpenApp & { manifest: Manifest }) {
    acceptPermissions(opening.manifest);
    const asked = this.open;
    loadAppView().then(() => {
      if (this.open !== asked) return; // closed or replaced meanwhile
      this.open = { ...opening, status: 'ready' };
      this.recent = pushRecent(opening.id);
    }, () => {
      if (this.open === asked) this.open = { ...opening, status: 'failed' };
    });
  }

  /** Closes the open app and shows `path` in its place (the payment sheet's PIN set-up): the app's history entry becomes that page. */
  #leaveAppFor(path: string) {
    this.#opener = undefined;
    this.open = undefined;
    this.#pushed = false;
    this.#navigate({ path, replace: true });
  }

  /**
   * The runtime shut the open app out for flooding the bridge (docs/security-model.md, "Every call is
   * checked"); the view closes it next (`citadel-close`). The citizen is told why, and the platform
   * gets a report for the operator; a report that fails (signed out, offline, over its limit) is dropped.
   */
  #onAbusive({ appId, abuse }: AbusiveDetail, name: LocalizedText) {
    this.shutOut = name;
    this.#abuseReports.bridgeRate(appId, abuse.windows).catch(() => undefined);
  }

  #shutOutNotice(name: LocalizedText) {
    const s = abuseStrings(this.lang);
    return html`<p class="notice" role="alert" data-testid="abuse-notice">${s.closed(name[this.lang])}
      <button @click=${() => { this.shutOut = undefined; }}>${s.dismiss}</button></p>`;
  }

  #closeApp() {
    this.open = undefined;
    // Closing undoes the history entry the launch pushed; an app opened from a link just leaves it.
    this.#closedBack = this.#pushed;
    if (this.#pushed) window.history.back();
    else window.history.replaceState(null, '', '/');
    this.#pushed = false;
  }

  #onPopState = (event: PopStateEvent) => {
    const view = this.renderRoot.querySelector<CitadelAppView>('citadel-app-view');
    if (this.open) {
      // The browser's back button is the app's back button while the app shows one.
      if (view?.instance?.back()) {
        window.history.pushState({ app: this.open.id }, '', location.href);
        return;
      }
      this.open = undefined;
      this.#pushed = false;
      return;
    }
    this.#route(location.pathname);
    const id = (event.state as { app?: string } | null)?.app;
    const manifest = id && this.apps?.find((a) => a.id === id);
    if (manifest) this.#openApp(manifest.id, manifest, '', 'none');
    else if (this.#closedBack) this.#closedBack = false; // the close's own step back: the focus is on the app's opener
    else {
      this.#focusScreenNext = true;
      this.requestUpdate();
    }
  };

  #onVisibility = () => {
    this.renderRoot.querySelector<CitadelAppView>('citadel-app-view')?.instance?.setVisible(document.visibilityState === 'visible');
  };

  /** Opens a notification's app: at its path only when the catalogue's manifest allows that deep link, else at its entry. */
  #openFromInbox({ appId, path }: OpenAppDetail) {
    const manifest = this.apps?.find((a) => a.id === appId);
    this.#openApp(appId, manifest, launchPath(manifest, path), 'push');
  }

  #navigate(detail: NavigateDetail) {
    if (detail.path !== location.pathname) window.history[detail.replace ? 'replaceState' : 'pushState'](null, '', detail.path);
    if (!detail.replace) window.scrollTo(0, 0);
    this.#route(detail.path);
    this.#focusScreenNext = true;
    this.requestUpdate();
  }

  #toggleLang() {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem(LANG_KEY, this.lang);
    document.documentElement.lang = this.lang;
    void saveLang(this.lang);
  }

  /** The bottom navigation's tab of the screen shown; none for the alerts, which no tab names. */
  #tab(): Tab | undefined {
    if (this.route || this.consents) return 'account';
    if (this.wallet) return 'wallet';
    if (this.inbox) return 'inbox';
    return this.alerts ? undefined : 'home';
  }

  override render() {
    const s = hostStrings(this.lang);
    const other = this.lang === 'vi' ? 'en' : 'vi';
    const go = (path: string) => this.#navigate({ path });
    // While an app is open, everything behind it is inert: out of the Tab order and of the accessibility tree.
    return html`
      <div class="screens" ?inert=${this.open !== undefined}>
        <header class="app-bar" data-testid="app-bar">
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          <h1 data-testid="city-name">${s.appName}</h1>
          <!-- Its name is its visible text (WCAG 2.5.3), the other language's own name, marked as in that language; what it
            does is its description, in the page's language. -->
          <button class="lang" data-testid="lang" title=${s.languageLabel} @click=${() => this.#toggleLang()}><span lang=${other}>${s.language}</span></button>
        </header>
        ${this.liveLost ? html`<p class="live-lost" role="status" data-testid="live-status">${liveStrings(this.lang).lost}</p>` : nothing}
        ${this.shutOut ? this.#shutOutNotice(this.shutOut) : nothing}
        <main data-testid="main">${this.#page()}</main>
        ${bottomNav({ lang: this.lang, current: this.#tab(), citizen: this.citizen, unread: this.unread, go })}
      </div>
      ${this.#openView()}
    `;
  }

  #page() {
    const onNavigate = (e: CustomEvent<NavigateDetail>) => this.#navigate(e.detail);
    if (this.route) {
      return html`<citadel-account-page .account=${this.account} .citizen=${this.citizen} route=${this.route} lang=${this.lang}
        @citadel-navigate=${onNavigate}></citadel-account-page>`;
    }
    if (this.wallet) {
      return html`<citadel-wallet-page .account=${this.account} .citizen=${this.citizen} .route=${this.wallet} lang=${this.lang}
        @citadel-navigate=${onNavigate}></citadel-wallet-page>`;
    }
    if (this.inbox) {
      return html`<citadel-inbox-page .account=${this.account} .citizen=${this.citizen} .apps=${this.apps} lang=${this.lang}
        @citadel-navigate=${onNavigate} @citadel-open-app=${(e: CustomEvent<OpenAppDetail>) => this.#openFromInbox(e.detail)}
        @citadel-inbox-changed=${() => void this.#readUnread()}></citadel-inbox-page>`;
    }
    if (this.alerts) {
      return html`<citadel-alerts-page .account=${this.account} .citizen=${this.citizen} .route=${this.alerts} lang=${this.lang}
        @citadel-navigate=${onNavigate}></citadel-alerts-page>`;
    }
    if (this.consents) {
      return html`<citadel-consent-page .account=${this.account} .citizen=${this.citizen} .apps=${this.apps} .hostHeld=${this.hostHeld}
        lang=${this.lang} @citadel-navigate=${onNavigate}></citadel-consent-page>`;
    }
    return this.#home();
  }

  #openView() {
    const open = this.open;
    if (!open) return nothing;
    const { manifest } = open;
    if (open.status === 'ready' && manifest) {
      return html`<citadel-app-view .host=${this.host} .manifest=${manifest} .path=${open.path} lang=${this.lang}
        @citadel-abusive=${(e: CustomEvent<AbusiveDetail>) => this.#onAbusive(e.detail, manifest.name)}
        @citadel-close=${() => this.#closeApp()}></citadel-app-view>`;
    }
    return html`<citadel-launch-notice .manifest=${open.manifest} .added=${open.added ?? []} status=${open.status} lang=${this.lang}
      @citadel-close=${() => this.#closeApp()} @citadel-retry=${() => { this.#analytics.tapped(open.id); void this.#check({ ...open, status: 'checking' }); }}
      @citadel-accept=${() => { this.#analytics.tapped(open.id); if (open.manifest) this.#ready({ ...open, manifest: open.manifest }); }}></citadel-launch-notice>`;
  }

  #home() {
    return homeView({
      lang: this.lang,
      apps: this.apps,
      failed: this.error,
      query: this.query,
      recent: this.recent,
      alerts: this.citizen ? this.myAlerts : this.cityAlerts,
      alertsAsOf: (this.citizen ? this.#myAlertsAge : this.#cityAlertsAge).asOf,
      onQuery: (query) => { this.query = query; },
      onRetry: () => void this.#load(),
      openApp: (app, from) => {
        this.#opener = from;
        this.#openApp(app.id, app, '', 'push');
      },
      go: (path) => this.#navigate({ path }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'citadel-shell': CitadelShell;
  }
}
