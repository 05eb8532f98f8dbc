import * as z from 'zod/mini';
import { LocalizedText } from './schemas.js';
import { permissionNames } from './permissions.js';
import { isLoopbackHost } from './address/loopback.js';

/** Catalogue categories, in the order the host lists them. */
export const categories = ['public-services', 'reporting', 'utilities', 'education', 'tourism', 'alerts'] as const;
/** A catalogue category. */
export type Category = (typeof categories)[number];

/** An app id: lowercase letters, digits and dashes, 3 to 32 characters; it becomes a DNS label of the app's origin. */
export const AppId = z.string().check(z.regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/));

/**
 * App ids no new app may take: the names of the platform's own sites (`console.<host>` is the developer console) and
 * the ones people read as the platform's. Apps live under `apps.<host>`, so no id collides with a site's host name;
 * an app at `console.apps.<host>` would still read as the platform's console.
 */
export const RESERVED_APP_IDS: readonly string[] = ['console', 'www', 'api', 'admin'];

// Not `URL.canParse`: older phones' browsers, which validate manifests too, lack it.
function parsed(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * An https URL (http only on loopback) whose origin is what it looks like: no user name or
 * password (`http://a.apps.localhost:8080@evil.localhost/` is evil.localhost), and written as a
 * URL parser writes it back, so no backslash, tab, percent-encoded or upper-case host, numeric
 * IPv4 spelling (`http://2130706433/`), default port or non-ASCII host can make it read as another origin.
 */
const HttpUrl = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    const url = parsed(value);
    return url !== undefined && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)));
  }, 'must be an https URL (http only on localhost)'),
  z.refine((value) => {
    const url = parsed(value);
    return url === undefined || (url.username === '' && url.password === '');
  }, 'must not carry a user name or password: the origin is the part after "@"'),
  z.refine((value) => {
    const url = parsed(value);
    return url === undefined || url.href === value || url.href === `${value}/`;
  }, 'must be written as a URL parser writes it back (lower-case host, no default port, no backslash, no percent-encoding or numeric IPv4 in the host)'),
);

/** A notification topic id: lowercase letters, digits and dashes, 1 to 32 characters. */
export const TopicId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,31}$/));

/**
 * A deep-link path prefix an app accepts, such as `/reports/`: starts with `/`, at most 128
 * characters, no `..`, `//`, `?`, `#` or backslash. A notification's path must start with one.
 */
export const DeepLinkPrefix = z.string().check(z.maxLength(128), z.regex(/^\/(?!.*\.\.)(?!.*\/\/)[^?#\\\s]*$/));

/** What an app that notifies declares: its topics (each mutable by the citizen) and the paths its notifications open. */
export const NotificationsSection = z.strictObject({
  /** Up to 16 topics, each with a name shown to the citizen; a sent notification names one of them. */
  topics: z.array(z.strictObject({ id: TopicId, name: LocalizedText })).check(z.maxLength(16)),
  /** Up to 16 path prefixes a notification may open; `/` allows any path. */
  deepLinks: z.array(DeepLinkPrefix).check(z.maxLength(16)),
});
/** The `notifications` section of a manifest. */
export type NotificationsSection = z.infer<typeof NotificationsSection>;

/**
 * The mini-app manifest, validated when an app is registered and when it is launched.
 * @since 1.0
 */
export const Manifest = z.strictObject({
  id: AppId,
  /** Semantic version of the app, `1.2.3`. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  name: LocalizedText,
  description: LocalizedText,
  /** Icons, at least one; `src` is relative to `entry` or absolute. */
  icons: z.array(z.strictObject({
    src: z.string().check(z.minLength(1), z.maxLength(2048)),
    sizes: z.string().check(z.regex(/^(\d+x\d+|any)( (\d+x\d+|any))*$/)),
    type: z.optional(z.string().check(z.maxLength(64))),
  })).check(z.minLength(1), z.maxLength(8)),
  /** The page the host frames; its origin is the app's identity. */
  entry: HttpUrl,
  category: z.enum(categories),
  /** Each permission the app uses, with the reason the citizen is shown. Undeclared permissions are refused. */
  permissions: z.array(z.strictObject({ name: z.enum(permissionNames), reason: LocalizedText })).check(z.maxLength(8)),
  /** Notification topics and deep-link paths; required to send notifications through the partner API. */
  notifications: z.optional(NotificationsSection),
  /**
   * The origins of the app's own backends (`https://api.partner.example.vn`, no path), up to 8: a hosted app's
   * pages may connect only to these and its own origin (its `connect-src`, docs/publish-your-app.md).
   */
  backends: z.optional(z.array(HttpUrl.check(z.refine((value) => {
    const url = parsed(value);
    return url === undefined || url.origin === value;
  }, 'must be an origin: scheme, host and port, without a path or trailing slash'))).check(z.maxLength(8))),
  /**
   * Whether the app works offline. Default false. An app that says so keeps its own pages with a service worker on
   * its own origin; the host then frames it when the platform cannot be reached, from the manifest of the catalogue
   * it last read, where it would otherwise show its offline notice (docs/manifest.md, "Offline").
   */
  offline: z.optional(z.boolean()),
  /** The oldest protocol version the app works with, `major.minor`. */
  minProtocol: z.string().check(z.regex(/^\d+\.\d+$/)),
});
/** A validated mini-app manifest. */
export type Manifest = z.infer<typeof Manifest>;

/** The exact serialised origin of the manifest's entry URL. */
export function manifestOrigin(manifest: Pick<Manifest, 'entry'>): string {
  return new URL(manifest.entry).origin;
}

/** The longest deep-link path (with its query) a notification may carry. */
export const MAX_DEEP_LINK_LENGTH = 512;

/**
 * True when `path` (a path inside the app, with an optional query) may be opened from a
 * notification of the app whose manifest section is `section`: it starts with `/`, has no
 * fragment, backslash, whitespace, `//` or `..` segment, and its path part starts with one of
 * the declared prefixes. Launch paths are untrusted input, so the host checks this again.
 */
export function isAllowedDeepLink(section: NotificationsSection | undefined, path: string): boolean {
  if (!section || typeof path !== 'string' || path.length > MAX_DEEP_LINK_LENGTH) return false;
  if (!/^\/[^\s#\\]*$/.test(path)) return false;
  const pathPart = path.split('?')[0]!;
  // A URL parser resolves `.`, `..` and their percent-encoded forms: a path it would rewrite is refused.
  if (pathPart.includes('//') || new URL(pathPart, 'http://app.invalid').pathname !== pathPart) return false;
  return section.deepLinks.some((prefix) => pathPart.startsWith(prefix));
}
