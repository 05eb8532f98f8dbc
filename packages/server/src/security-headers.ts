/**
 * What the platform's own pages (the host, the developer console) share: their own scripts only, connections to their
 * own origin only, framed by no one, no cross-origin window or resource access.
 */
function ownPageHeaders(directives: readonly string[], more: Record<string, string>, connectSrc = "connect-src 'self'"): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      connectSrc,
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      ...directives,
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...more,
  };
}

/**
 * Headers on every host response: a strict CSP whose frame-src lists exactly the registered app origins, so the host
 * frames nothing else; its images come from itself, the apps (their icons) and `mapOrigins` (the map tiles' origin).
 * With `worker` (the service worker's script, `/sw.js`), its connect-src lists the apps too: the worker fetches the
 * catalogue's icons from the apps' origins to keep them for offline (docs/architecture.md, "Offline").
 */
export function hostHeaders(appOrigins: readonly string[], mapOrigins: readonly string[] = [], { worker = false }: { readonly worker?: boolean } = {}): Record<string, string> {
  const apps = appOrigins.join(' ');
  return ownPageHeaders(["style-src 'self' 'unsafe-inline'", `img-src 'self' data: blob: ${[...appOrigins, ...mapOrigins].join(' ')}`.trim(), `frame-src ${apps || "'none'"}`, "worker-src 'self'"], {
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The host itself may ask for location (it does, for apps, after its own prompt); nothing else.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), serial=()',
  }, worker ? `connect-src 'self' ${apps}`.trim() : undefined);
}

/**
 * Headers on every developer-console response (its pages and its API answers): stricter than the host's, since the
 * console frames nothing, runs no service worker, sends no referrer and asks for no device feature. Lit's styles
 * are constructed style sheets, which `style-src 'self'` allows without `'unsafe-inline'`.
 */
export function consoleHeaders(): Record<string, string> {
  return ownPageHeaders(["style-src 'self'", "img-src 'self' data:", "frame-src 'none'", "worker-src 'none'"], {
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=(), serial=(), publickey-credentials-get=()',
  });
}

/**
 * Headers on every app response: only the host may frame an app, so no other page can pose
 * as the host to it. The app's own script policy is the partner's; powerful features are off
 * because they go through the bridge. No CORP: the host shows app icons as cross-site images.
 */
export function appHeaders(hostOrigin: string): Record<string, string> {
  return {
    'Content-Security-Policy': `frame-ancestors ${hostOrigin}; object-src 'none'; base-uri 'self'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=(), serial=()',
  };
}

/**
 * Headers on a hosted app's files (docs/publish-your-app.md): `appHeaders`, with a policy that runs only the
 * app's own scripts (`script-src 'self'`) and lets its pages connect only to its own origin and the backends its
 * manifest declares.
 */
export function hostedAppHeaders(hostOrigin: string, manifest: { readonly backends?: readonly string[] | undefined }): Record<string, string> {
  const backends = (manifest.backends ?? []).join(' ');
  const withBackends = (directive: string) => `${directive} ${backends}`.trim();
  return {
    ...appHeaders(hostOrigin),
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      withBackends("img-src 'self' data: blob:"),
      "font-src 'self' data:",
      withBackends("connect-src 'self'"),
      withBackends("media-src 'self' blob:"),
      "worker-src 'self'",
      withBackends("form-action 'self'"),
      // The host, and the app's own pages (a page of the app may frame another of its pages).
      `frame-ancestors ${hostOrigin} 'self'`,
      "object-src 'none'",
      "base-uri 'self'",
    ].join('; '),
  };
}
