import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PROTOCOL_VERSION } from '@citadel/protocol';
import { apiRoutes, EVENT_FEED_LIMITS, LIVE_LIMITS, openApiDocument, routePath, type ApiRoute } from '@citadel/protocol/api';
import { createCitizens } from './accounts/citizens.js';
import { defaultOtpSendLimits, type OtpSendLimits } from './accounts/otp-limits.js';
import { createPhoneCodes } from './accounts/phone-codes.js';
import { createSessions } from './accounts/sessions.js';
import { createTrustedDevices } from './accounts/trusted-devices.js';
import { createThrottle, defaultThrottleLimits, type ThrottleLimits } from './accounts/throttle.js';
import { createDevelopmentVerifier, type IdentityVerifier } from './accounts/verification.js';
import { DEVELOPMENT_CITY, type City } from './alerts/city.js';
import { deliverActiveAlerts } from './alerts/deliver-active.js';
import { createDatabaseRegistry, createRegistryAdmin, validateManifests, VERSION_PARAM } from './app-registry.js';
import { createHostedFiles } from './publishing/hosted-files.js';
import type { HostedCacheLimits } from './publishing/hosted-cache-limits.js';
import { createPublishedApps } from './publishing/apps.js';
import { publishDirectory } from './publishing/publish-directory.js';
import type { Database } from './db/database.js';
import { ApiError, jsonError } from './errors.js';
import { noStoreByDefault } from './http/no-store.js';
import { createPartnerAuthThrottle, defaultPartnerAuthLimits, type PartnerAuthLimits } from './registry/partner-auth-throttle.js';
import { connectionOptions, defaultConnectionLimits, type ConnectionLimits } from '@citadel/node';
import { consoleOnly, consoleServes } from './console-paths.js';
import { routeFor } from './host-routing.js';
import { MAX_BODY_BYTES } from './http/body.js';
import { authRoutes } from './http/auth-routes.js';
import { citizenRoutes } from './http/citizen-routes.js';
import { devSmsPage } from './http/dev-sms-page.js';
import { developerRoutes } from './http/developer-routes.js';
import { killSwitchRoutes } from './http/kill-switch-routes.js';
import { developerPaymentRoutes } from './http/developer-payment-routes.js';
import { pinRoutes } from './http/pin-routes.js';
import type { PlatformEnv } from './http/env.js';
import { sameOriginOnly, sessionCookieName } from './http/guards.js';
import { partnerRoutes } from './http/partner-routes.js';
import { partnerWebhookRoutes } from './http/partner-webhook-routes.js';
import { partnerEventRoutes } from './http/partner-event-routes.js';
import { createEventWaiters } from './webhooks/event-waiters.js';
import { alertRoutes } from './http/alert-routes.js';
import { consentRoutes } from './http/consent-routes.js';
import { abuseReportRoutes } from './http/abuse-report-routes.js';
import { analyticsReportRoutes } from './http/analytics-report-routes.js';
import { developerAnalyticsRoutes } from './http/developer-analytics-routes.js';
import { notificationRoutes } from './http/notification-routes.js';
import { partnerNotificationRoutes } from './http/partner-notification-routes.js';
import { liveRoutes } from './http/live-routes.js';
import { paymentRoutes } from './http/payment-routes.js';
import { passkeyRoutes } from './http/passkey-routes.js';
import { pushRoutes } from './http/push-routes.js';
import { DEFAULT_DAILY_QUOTA } from './notifications/quota.js';
import { createPacedRelease, DEFAULT_NOTIFICATION_SPACING_MS } from './notifications/pacing.js';
import { createPushDispatcher } from './push/dispatcher.js';
import { createVapid } from './push/vapid.js';
import { createIdentity } from './identity/identity.js';
import { createLiveHub } from './live/hub.js';
import { createSigningKeys } from './identity/signing-keys.js';
import { createOrigins } from './origins.js';
import { relyingPartyOf } from './passkeys/relying-party.js';
import { createPasskeyStore } from './passkeys/store.js';
import { createDevelopmentFunding, type FundingSource } from './payments/funding.js';
import { createPins } from './payments/pins.js';
import { createCredentials } from './registry/credentials.js';
import { appHeaders, consoleHeaders, hostedAppHeaders, hostHeaders } from './security-headers.js';
import { createDevelopmentSms, isDevelopmentSms } from './sms/development-sms.js';
import type { SmsSender } from './sms/sms-sender.js';
import { findStatic } from './static-files.js';
import { compressAnswers } from './compression/compress-answers.js';
import { preferredEncoding } from './compression/negotiate.js';
import { createWebhookDispatcher } from './webhooks/dispatcher.js';

/** Options of `createPlatformServer`. */
export interface PlatformServerOptions {
  /** The built host PWA; `index.html` answers client-side routes. */
  readonly hostDir: string;
  /**
   * The built developer console (`console/dist`), served at `http://console.<publicHost>:<port>`; `index.html` answers
   * client-side routes. Default: none, and that origin serves only its API (`consoleServes`), answering 404 for pages.
   */
  readonly consoleDir?: string;
  /** The database, opened and migrated (`openDatabase`). The server never closes it. */
  readonly database: Database;
  /**
   * Apps the operator publishes at start, each manifest validated first (a bad one stops the server, naming the
   * field). With `dir`, the folder of its built files: published as a partner's hosted bundle is (checked,
   * approved and released to everyone; the same files again change nothing; a refused bundle stops the server,
   * naming each finding). Without, a linked app registered as its manifest says, on its entry's origin. `demo` sets
   * the registry's flag of a demo for developers (see `showDemoApps`); left out, the flag stays as it is (new: false).
   */
  readonly apps?: ReadonlyArray<{ readonly manifest: unknown; readonly dir?: string; readonly demo?: boolean }>;
  /** Port to listen on; `0` picks a free one. Default 8080. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1`. */
  readonly hostname?: string;
  /**
   * The host's name: host at `http://<publicHost>:<port>`, the developer console at `http://console.<publicHost>:<port>`,
   * apps at `http://<id>.apps.<publicHost>:<port>`. Default `localhost`.
   */
  readonly publicHost?: string;
  /** The identity-verification provider. Default: the development provider. */
  readonly verifier?: IdentityVerifier;
  /** Sign-in limits. Default `defaultThrottleLimits` (5 per phone, 30 per address, 15 minutes). */
  readonly throttle?: Partial<ThrottleLimits>;
  /** Wrong partner credentials allowed. Default `defaultPartnerAuthLimits` (10 per client id, 30 per address, 15 minutes). */
  readonly partnerAuth?: Partial<PartnerAuthLimits>;
  /** Marks the session cookie `Secure`. Default false (development runs on http://localhost). */
  readonly secureCookies?: boolean;
  /** Takes the client address from `X-Forwarded-For` (behind a trusted proxy only). Default false. */
  readonly trustProxy?: boolean;
  /** Where wallet top-ups are charged. Default: the development funding source (approves everything). */
  readonly funding?: FundingSource;
  /**
   * Development mode: webhooks may go to plain-http loopback URLs. Default true; `main` turns it
   * off when `NODE_ENV=production`.
   */
  readonly development?: boolean;
  /**
   * Lists the apps flagged `demo` (the kitchen sink) in the citizen catalogue, `GET /api/apps`; a link to one opens
   * it either way. Default: `development` (`main` reads `CITADEL_DEMO_APPS`, else hides them when `NODE_ENV=production`).
   */
  readonly showDemoApps?: boolean;
  /** Delivers the webhook outbox while listening. Default true. */
  readonly deliverWebhooks?: boolean;
  /** Delivers the Web Push queue while listening. Default true. */
  readonly deliverPushes?: boolean;
  /**
   * Where one-time codes are texted (`smsSenderFromEnv`). Default: the development sender, which prints them to the
   * log and, unless `development` is false, lists them at `/api/dev/sms`.
   */
  readonly sms?: SmsSender;
  /** Limits on sending codes. Default `defaultOtpSendLimits` (1 a minute per number and purpose, 5 an hour and 10 a day per number, 30 an hour per address). */
  readonly otpLimits?: Partial<OtpSendLimits>;
  /** Notifications one app may send one citizen per calendar day (Vietnam time). Default 3. */
  readonly notificationQuota?: number;
  /**
   * The least time between two notifications of one app to one citizen, ms: a send sooner is accepted and delivered
   * when the spacing has passed (docs/notify-your-users.md). Default `DEFAULT_NOTIFICATION_SPACING_MS` (30 s); 0 turns pacing off.
   */
  readonly notificationSpacingMs?: number;
  /** How long a client may take over a request and keep an idle connection. Default `defaultConnectionLimits`. */
  readonly connectionLimits?: Partial<ConnectionLimits>;
  /** The city served: its name, wards (citizens declare theirs from them) and CAP geocodes. Default `DEVELOPMENT_CITY` (Huế). */
  readonly city?: City;
  /** How often a live stream (`GET /api/me/events`) writes a heartbeat comment and re-reads, ms. Default `LIVE_LIMITS.heartbeatSeconds` (15 s). */
  readonly liveHeartbeatMs?: number;
  /**
   * How much of the hosted apps' stored content this process keeps in memory. Default `defaultHostedCacheLimits`
   * (256 versions' file lists in 8 MiB, 4,096 files' bytes in 32 MiB, none over 1 MiB).
   */
  readonly hostedCache?: Partial<HostedCacheLimits>;
  /**
   * The tile URL template the host was built with (`VITE_MAP_TILE_URL`, such as `https://tiles.example.vn/{z}/{x}/{y}.png`):
   * the host's `img-src` allows its origin, so alert maps load their tiles and no other image origin. Default none
   * (the host draws alert areas without tiles).
   */
  readonly mapTileUrl?: string | undefined;
}

/** A running platform server. */
export interface ListeningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** How long the host's CSP `frame-src` list is reused before the registry is read again. */
const ORIGINS_CACHE_MS = 5_000;

/**
 * Creates the platform server: the host, the developer console and every hosted mini-app on its own origin, routed by
 * the `Host` header, each with its security headers; the citizen API under the host's `/api/`, the partner API under
 * `/api/partner/v1/`, the identity keys at `/.well-known/jwks.json`, and on the console's origin only the sign-in
 * routes, `GET /api/me` and the developer API (`consoleServes`).
 */
export async function createPlatformServer(options: PlatformServerOptions) {
  const db = options.database;
  const hostedApps = validateManifests(options.apps ?? []);
  const publicHost = options.publicHost ?? 'localhost';
  if (options.mapTileUrl && !URL.canParse(options.mapTileUrl)) {
    throw new Error(`mapTileUrl (VITE_MAP_TILE_URL) must be an absolute URL template, such as https://tiles.example.vn/{z}/{x}/{y}.png: got ${JSON.stringify(options.mapTileUrl)}`);
  }
  const mapOrigins = options.mapTileUrl ? [new URL(options.mapTileUrl).origin] : [];
  let port = options.port ?? 8080;
  const origins = createOrigins(publicHost, () => port);
  const admin = createRegistryAdmin(db);
  for (const given of hostedApps) {
    if (given.dir === undefined) await admin.register(given.manifest);
    else await publishDirectory(db, { manifest: given.manifest, dir: given.dir });
    if (given.demo !== undefined) await admin.setDemo(given.manifest.id, given.demo);
  }
  const registry = createDatabaseRegistry(db, origins);
  const hostedFiles = createHostedFiles(db, options.hostedCache);
  const credentials = createCredentials(db);
  const keys = createSigningKeys(db);
  const sessions = createSessions(db);
  const identity = createIdentity({ db, registry, keys, issuer: () => origins.host });

  let frameOrigins: { at: number; list: Promise<string[]> } | undefined;
  const activeOrigins = () => {
    if (!frameOrigins || Date.now() - frameOrigins.at > ORIGINS_CACHE_MS) frameOrigins = { at: Date.now(), list: registry.activeOrigins() };
    return frameOrigins.list;
  };

  const sendStatic = async (c: Context, dir: string, headers: Record<string, string>) => {
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return jsonError(c, 405, 'FORBIDDEN', 'Only GET and HEAD are served here');
    const file = await findStatic(dir, c.req.path, {
      navigation: c.req.header('sec-fetch-mode') === 'navigate',
      chooseEncoding: (available) => preferredEncoding(c.req.header('accept-encoding'), available),
    });
    if (!file) return jsonError(c, 404, 'NOT_FOUND', 'No such file');
    c.header('Content-Type', file.contentType);
    c.header('Cache-Control', file.cacheControl);
    // Every file may have compressed forms beside it: a cache keeps one answer per coding the browser accepts.
    c.header('Vary', 'Accept-Encoding');
    if (file.encoding) c.header('Content-Encoding', file.encoding);
    if (c.req.method === 'HEAD') return c.body(null);
    return c.body(new Uint8Array(file.body));
  };

  // A hosted app's file, from the version its page names (`citadel_version`, in the query or the page's address).
  const sendHosted = async (c: Context, appId: string) => {
    const referrer = c.req.header('referer');
    const fromPage = referrer?.startsWith(`${origins.app(appId)}/`) ? new URL(referrer).searchParams.get(VERSION_PARAM) : null;
    const site = await hostedFiles.site(appId, c.req.query(VERSION_PARAM) ?? fromPage ?? undefined);
    if (!site) return jsonError(c, 404, 'NOT_FOUND', 'No such app');
    for (const [name, value] of Object.entries(appHeaders(origins.host))) c.header(name, value);
    if (site.status !== 'active') return jsonError(c, 403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return jsonError(c, 405, 'FORBIDDEN', 'Only GET and HEAD are served here');
    const file = await site.file(c.req.path, {
      navigation: c.req.header('sec-fetch-mode') === 'navigate', encoding: preferredEncoding(c.req.header('accept-encoding')),
    });
    if (!file) return jsonError(c, 404, 'NOT_FOUND', 'No such file');
    for (const [name, value] of Object.entries(hostedAppHeaders(origins.host, file.manifest))) c.header(name, value);
    c.header('Content-Type', file.contentType);
    c.header('Cache-Control', file.cacheControl);
    if (file.compressible) c.header('Vary', 'Accept-Encoding');
    if (file.encoding) c.header('Content-Encoding', file.encoding);
    if (c.req.method === 'HEAD') return c.body(null);
    // A copy: the cached bytes are shared by every request.
    return c.body(file.body.slice());
  };

  const app = new Hono<PlatformEnv>();
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      // A route's own, smaller body limit: the connection ends too, as for the server-wide one below.
      if (error.status === 413) c.header('Connection', 'close');
      // Every limit that says when to come back says it in the standard header too (RFC 9110 §10.2.3).
      if (typeof error.extra['retryAfterSeconds'] === 'number') c.header('Retry-After', String(error.extra['retryAfterSeconds']));
      return jsonError(c, error.status, error.code, error.message, { ...error.extra });
    }
    console.error('[citadel] unhandled', error);
    return jsonError(c, 500, 'INTERNAL', 'Internal error');
  });
  app.notFound((c) => jsonError(c, 404, 'NOT_FOUND', 'Not found'));
  // First, so it sees every answer: files come compressed already (at build, or hosted ones from memory).
  app.use('*', compressAnswers());

  app.all('*', async (c, next) => {
    const route = routeFor(c.req.header('host'), publicHost, port);
    if (!route) return jsonError(c, 421, 'MISDIRECTED', 'This server does not serve that host');
    if (route.kind === 'app') return sendHosted(c, route.id);
    const isApi = c.req.path === '/api' || c.req.path.startsWith('/api/');
    if (route.kind === 'console') {
      c.set('surface', 'console');
      const headers = consoleHeaders();
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      if (isApi && !consoleServes(c.req.path)) {
        c.header('Cache-Control', 'no-store');
        return jsonError(c, 404, 'NOT_FOUND', 'Not found');
      }
      if (isApi) return next();
      if (options.consoleDir === undefined) return jsonError(c, 404, 'NOT_FOUND', 'No console is served here');
      return sendStatic(c, options.consoleDir, headers);
    }
    c.set('surface', 'host');
    const headers = hostHeaders(await activeOrigins(), mapOrigins, { worker: c.req.path === '/sw.js' });
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    // The developer API answers on the console's origin only (docs/publish-your-app.md).
    if (consoleOnly(c.req.path)) {
      c.header('Cache-Control', 'no-store'); // an API answer, as every other one
      return jsonError(c, 404, 'NOT_FOUND', 'Not found');
    }
    if (isApi || c.req.path === '/.well-known/jwks.json') return next();
    return sendStatic(c, options.hostDir, headers);
  });

  app.get('/.well-known/jwks.json', async (c) => {
    c.header('Cache-Control', 'public, max-age=60');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.json(await keys.jwks());
  });
  // Streams are cut at the limit, so a body without Content-Length cannot be larger either.
  const limitOf = (maxSize: number) => bodyLimit({
    maxSize,
    // The unread rest of the body would be taken for the next request: the connection ends with this answer.
    onError: (c) => {
      c.header('Connection', 'close');
      return jsonError(c, 413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${maxSize} bytes`, { limit: maxSize });
    },
  });
  // One session cookie name for the whole server: `__Host-` prefixed when cookies are `Secure` (production).
  const sessionCookie = sessionCookieName(options.secureCookies ?? false);
  app.use('*', async (c, next) => {
    c.set('sessionCookie', sessionCookie);
    await next();
  });
  app.use('/api/*', noStoreByDefault);
  const defaultLimit = limitOf(MAX_BODY_BYTES);
  // A route that declares a larger `bodyLimit` (an authority's alert or CAP file, a bundle upload) gets it; every other
  // request the server-wide one. Read from the route table, so a new large route needs no line here.
  const largeBodies = Object.values(apiRoutes as Record<string, ApiRoute>)
    .filter((route) => (route.bodyLimit ?? MAX_BODY_BYTES) > MAX_BODY_BYTES)
    .map((route) => ({
      method: route.method.toUpperCase(),
      path: new RegExp(`^${routePath(route).replace(/:\w+/g, '[^/]+')}$`),
      limit: limitOf(route.bodyLimit!),
    }));
  app.use('/api/*', (c, next) =>
    (largeBodies.find((large) => large.method === c.req.method && large.path.test(c.req.path))?.limit ?? defaultLimit)(c, next));
  app.get('/api/health', (c) => c.json({ ok: true }));
  // Before the partner routes: the partner document is public, like the API page it feeds.
  for (const [path, name] of [['/api/partner/v1/openapi.json', 'partner'], ['/api/developer/v1/openapi.json', 'developer'], ['/api/openapi.json', 'citizen']] as const) {
    app.get(path, (c) => {
      c.header('Access-Control-Allow-Origin', '*');
      // The developer API answers on the console's origin (consoleOnly), so its document names that server.
      return c.json(openApiDocument(name, name === 'developer' ? origins.console : origins.host, PROTOCOL_VERSION));
    });
  }
  const development = options.development ?? true;
  const webhooks = createWebhookDispatcher({ db, development });
  const authThrottle = createPartnerAuthThrottle(db, { ...defaultPartnerAuthLimits, ...options.partnerAuth });
  app.route('/api/partner/v1', partnerRoutes({ credentials, registry, db, moneyMoved: () => webhooks.kick(), authThrottle, trustProxy: options.trustProxy ?? false }));
  app.route('/api/partner/v1', partnerWebhookRoutes({ db, development }));
  const eventWaiters = createEventWaiters(db, { perApp: EVENT_FEED_LIMITS.waitingPerApp });
  app.route('/api/partner/v1', partnerEventRoutes({ db, waiters: eventWaiters }));
  const push = createPushDispatcher({ db, development, vapid: createVapid(db), appOrigin: (id) => origins.app(id) });
  const pacing = createPacedRelease(db);
  app.route('/api/partner/v1', partnerNotificationRoutes({
    db, registry, dailyQuota: options.notificationQuota ?? DEFAULT_DAILY_QUOTA, spacingMs: options.notificationSpacingMs ?? DEFAULT_NOTIFICATION_SPACING_MS,
    queued: () => push.kick(), paced: (at) => pacing.due(at),
  }));
  // A page's writes must come from the site it was sent to; the developer API's CI calls (HTTP Basic, on the console's
  // origin) need no Origin (`sameOriginOnly`).
  app.use('/api/*', sameOriginOnly((surface) => (surface === 'console' ? origins.console : origins.host)));
  app.route('/api/developer/v1', developerRoutes({
    db, sessions, credentials, authThrottle, trustProxy: options.trustProxy ?? false, queued: () => webhooks.kick(),
    released: () => (frameOrigins = undefined),
    hostOrigin: () => origins.host, development,
  }));
  app.route('/api/developer/v1', developerPaymentRoutes({ db, sessions }));
  app.route('/api/developer/v1', killSwitchRoutes({
    db, sessions, switched: () => {
      webhooks.kick();
      frameOrigins = undefined; // a suspended app's origin may no longer be framed
    },
  }));
  app.route('/api/developer/v1', developerAnalyticsRoutes({
    db, sessions, credentials, authThrottle, trustProxy: options.trustProxy ?? false, dailyQuota: options.notificationQuota ?? DEFAULT_DAILY_QUOTA,
  }));
  const citizens = createCitizens(db);
  const throttle = createThrottle(db, { ...defaultThrottleLimits, ...options.throttle });
  const trustProxy = options.trustProxy ?? false;
  const secureCookies = options.secureCookies ?? false;
  const sms = options.sms ?? createDevelopmentSms();
  if (development && isDevelopmentSms(sms)) app.route('/api', devSmsPage(() => sms.recent()));
  const codes = createPhoneCodes(db, { sms, limits: { ...defaultOtpSendLimits, ...options.otpLimits } });
  const pins = createPins(db);
  const alertsInEffectFor = async (citizenId: string) => {
    if ((await deliverActiveAlerts(db, citizenId)) > 0) push.kick();
  };
  app.route('/api', authRoutes({ citizens, sessions, throttle, codes, devices: createTrustedDevices(db), secureCookies, trustProxy, signedUp: alertsInEffectFor }));
  app.route('/api', pinRoutes({ sessions, codes, pins }));
  app.route('/api', citizenRoutes({
    citizens,
    sessions,
    verifier: options.verifier ?? createDevelopmentVerifier(),
    registry,
    showDemoApps: options.showDemoApps ?? development,
    identity,
    secureCookies,
    wardChanged: alertsInEffectFor,
  }));
  const passkeys = createPasskeyStore(db);
  const rp = () => relyingPartyOf(origins.host);
  app.route('/api', passkeyRoutes({ db, citizens, sessions, passkeys, rp, secureCookies: options.secureCookies ?? false, trustProxy }));
  const live = createLiveHub(db, { streamsPerCitizen: LIVE_LIMITS.streamsPerCitizen });
  app.route('/api', liveRoutes({ db, sessions, hub: live, heartbeatMs: options.liveHeartbeatMs ?? LIVE_LIMITS.heartbeatSeconds * 1000 }));
  app.route('/api', paymentRoutes({
    db, sessions, pins, registry, identity, keys, passkeys, rp,
    funding: options.funding ?? createDevelopmentFunding(),
    issuer: () => origins.host,
    moneyMoved: () => webhooks.kick(),
  }));
  // One pairwise-subject source for the whole server: the identity capability's.
  const pairwise = identity;
  app.route('/api', notificationRoutes({ db, sessions, registry, pairwise }));
  app.route('/api', pushRoutes({ db, sessions, development }));
  app.route('/api', consentRoutes({ db, sessions, registry, pairwise, revoked: () => webhooks.kick() }));
  app.route('/api', abuseReportRoutes({ db, sessions, registry, trustProxy }));
  app.route('/api', analyticsReportRoutes({ db, sessions }));
  app.route('/api', alertRoutes({ db, sessions, city: options.city ?? DEVELOPMENT_CITY, queued: () => push.kick() }));

  return {
    app,
    registry,
    admin,
    /** Creates apps before their first version, with the look-alike check (`publish` creates a missing one itself). */
    apps: createPublishedApps(db),
    /** Publishes a built folder as the operator: checked, approved and released to everyone (`apps` at start does the same). */
    publish: async (given: { manifest: unknown; dir: string }) => {
      const [checked] = validateManifests([given]);
      const published = await publishDirectory(db, checked!);
      frameOrigins = undefined; // a first release adds an origin the host may frame
      return published;
    },
    credentials,
    keys,
    origins,
    /** The hosted apps' files; `stats()` tells what its caches hold. */
    hostedFiles,
    webhooks,
    push,
    /** Releases paced notifications at their time; `stop` it when done with a server that never listened. */
    pacing,
    /** The open live streams of this server (`GET /api/me/events`). */
    live,
    /** Starts listening (and delivering webhooks); resolves with the real URL and port. */
    listen(): Promise<ListeningServer> {
      return new Promise((resolve, reject) => {
        const server = serve({
          fetch: app.fetch, port, hostname: options.hostname ?? '127.0.0.1',
          serverOptions: connectionOptions({ ...defaultConnectionLimits, ...options.connectionLimits }),
        }, (info: AddressInfo) => {
          port = info.port;
          if (options.deliverWebhooks ?? true) webhooks.start();
          if (options.deliverPushes ?? true) push.start();
          pacing.start();
          resolve({
            url: `${origins.host}/`,
            port,
            close: async () => {
              // First, so the event feed's long polls answer now rather than at their deadline.
              await eventWaiters.close();
              await new Promise<void>((done) => {
                server.close(() => done());
                (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
              });
              await Promise.all([webhooks.stop(), push.stop(), pacing.stop(), live.close()]);
            },
          });
        });
        server.once('error', reject);
      });
    },
  };
}

/** A platform server, as `createPlatformServer` resolves it. */
export type PlatformServer = Awaited<ReturnType<typeof createPlatformServer>>;
