import { CitadelError, ErrorCode, isSameSite, type Manifest } from '@citadel/protocol';

/** The sandbox every mini-app frame gets (docs/security-model.md, "Your app is its origin"): no top navigation, no popups escaping, no modals. */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/**
 * The URL a frame opens: the manifest's entry plus a deep-link path, which keeps the entry's query parameters
 * it does not set itself (the platform names a hosted app's version there). The path is untrusted: it must stay
 * on the app's origin.
 */
export function frameUrl(manifest: Manifest, path = ''): URL {
  const entry = new URL(manifest.entry);
  if (path === '') return entry;
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    throw new CitadelError(ErrorCode.INVALID_PARAMS, 'A deep-link path must start with a single "/"', { path: path.slice(0, 256) });
  }
  const url = new URL(path, entry.origin);
  if (url.origin !== entry.origin) {
    throw new CitadelError(ErrorCode.INVALID_PARAMS, 'A deep-link path must stay on the app origin');
  }
  // The entry's own query parameters (a hosted app's `citadel_version`) go along, unless the path sets them.
  for (const [name, value] of entry.searchParams) if (!url.searchParams.has(name)) url.searchParams.append(name, value);
  return url;
}

/** Refuses an app that would share an origin or a site with the host, or speak anything but http(s). */
export function assertFramable(appOrigin: string, hostOrigin: string): void {
  const { protocol } = new URL(appOrigin);
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new CitadelError(ErrorCode.ORIGIN_MISMATCH, `Mini-apps must be served over http(s), not ${protocol}`);
  }
  if (appOrigin === hostOrigin || isSameSite(appOrigin, hostOrigin)) {
    throw new CitadelError(ErrorCode.ORIGIN_MISMATCH, `The app origin ${appOrigin} is same-site with the host; mini-apps must be cross-site`);
  }
}

/** Creates the sandboxed iframe of an app. Nothing powerful is delegated: `allow` is empty. */
export function createFrame(url: URL, title: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', FRAME_SANDBOX);
  iframe.setAttribute('allow', '');
  iframe.setAttribute('referrerpolicy', 'origin');
  iframe.title = title;
  iframe.src = url.href;
  return iframe;
}
