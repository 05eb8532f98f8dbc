/** Where a request's `Host` header sends it: the citizen host, the developer console, or one app. */
export type Route = { readonly kind: 'host' } | { readonly kind: 'console' } | { readonly kind: 'app'; readonly id: string };

/** The platform's own sites, whose pages carry a session cookie: the citizen host and the developer console. */
export type Surface = 'host' | 'console';

/**
 * Parses the `Host` header exactly: `<publicHost>:<port>` is the host, `console.<publicHost>:<port>` the developer
 * console, `<id>.apps.<publicHost>:<port>` an app, where `<id>` is a single DNS label. Anything else (other ports,
 * deeper names, no header) is no route at all; nothing is matched by suffix alone.
 */
export function routeFor(hostHeader: string | undefined, publicHost: string, port: number): Route | undefined {
  if (!hostHeader) return undefined;
  const header = hostHeader.trim().toLowerCase();
  const colon = header.lastIndexOf(':');
  const name = colon === -1 ? header : header.slice(0, colon);
  const headerPort = colon === -1 ? (port === 80 ? '80' : '') : header.slice(colon + 1);
  if (headerPort !== String(port)) return undefined;
  if (name === publicHost) return { kind: 'host' };
  if (name === `console.${publicHost}`) return { kind: 'console' };
  const suffix = `.apps.${publicHost}`;
  if (!name.endsWith(suffix)) return undefined;
  const id = name.slice(0, -suffix.length);
  return /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/.test(id) ? { kind: 'app', id } : undefined;
}
