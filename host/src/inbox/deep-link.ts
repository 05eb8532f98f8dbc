import { isAllowedDeepLink, type Manifest } from '@citadel/protocol';

/**
 * The path to open app `manifest` at for a notification that carries `path`: the path itself
 * only when the manifest (the catalogue's, from the registry) declares a deep-link prefix it
 * starts with; otherwise `''`, the app's entry. The partner chose `path`: it is untrusted.
 */
export function launchPath(manifest: Manifest | undefined, path: string): string {
  return manifest && isAllowedDeepLink(manifest.notifications, path) ? path : '';
}

/**
 * The icon to show beside an app's notification: the catalogue manifest's (placed on the app's
 * origin by the registry), else the entry's when it is an absolute http(s) URL, else none.
 */
export function appIcon(manifest: Manifest | undefined, entryIcon: string | null): string | undefined {
  const fromCatalogue = manifest?.icons[0]?.src;
  if (fromCatalogue) return fromCatalogue;
  if (!entryIcon) return undefined;
  try {
    const url = new URL(entryIcon);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined; // relative to an entry this page does not know
  }
}
