/** An app's own pages besides its main one. */
type AppPage = 'payments' | 'credentials' | 'webhooks' | 'analytics';

/** A screen of the console, by its path. */
export type Screen =
  | { readonly name: 'orgs' }
  | { readonly name: 'org'; readonly orgId: string }
  | { readonly name: 'app'; readonly orgId: string; readonly appId: string }
  | { readonly name: AppPage; readonly orgId: string; readonly appId: string }
  | { readonly name: 'review' }
  | { readonly name: 'operator' }
  | { readonly name: 'not-found' };

/** Path segments as ids take them: lowercase letters, digits and dashes. */
const ID = '([a-z][a-z0-9-]{1,38}[a-z0-9])';
const patterns: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Screen]> = [
  [/^\/$/, () => ({ name: 'orgs' })],
  [new RegExp(`^/orgs/${ID}$`), (m) => ({ name: 'org', orgId: m[1]! })],
  [new RegExp(`^/orgs/${ID}/apps/${ID}$`), (m) => ({ name: 'app', orgId: m[1]!, appId: m[2]! })],
  [new RegExp(`^/orgs/${ID}/apps/${ID}/(payments|credentials|webhooks|analytics)$`), (m) => ({ name: m[3] as AppPage, orgId: m[1]!, appId: m[2]! })],
  [/^\/review$/, () => ({ name: 'review' })],
  [/^\/operator$/, () => ({ name: 'operator' })],
];

/** The screen of `pathname` (a trailing slash allowed). */
export function screenOf(pathname: string): Screen {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  for (const [pattern, screen] of patterns) {
    const match = pattern.exec(path);
    if (match) return screen(match);
  }
  return { name: 'not-found' };
}

/** The paths of the console's screens. */
export const paths = {
  orgs: () => '/',
  org: (orgId: string) => `/orgs/${orgId}`,
  app: (orgId: string, appId: string) => `/orgs/${orgId}/apps/${appId}`,
  payments: (orgId: string, appId: string) => `/orgs/${orgId}/apps/${appId}/payments`,
  credentials: (orgId: string, appId: string) => `/orgs/${orgId}/apps/${appId}/credentials`,
  webhooks: (orgId: string, appId: string) => `/orgs/${orgId}/apps/${appId}/webhooks`,
  analytics: (orgId: string, appId: string) => `/orgs/${orgId}/apps/${appId}/analytics`,
  review: () => '/review',
  operator: () => '/operator',
};
