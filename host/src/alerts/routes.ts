/** An alert screen the host routes to. */
export type AlertsRoute =
  | { readonly page: 'history' }
  | { readonly page: 'publish' }
  | { readonly page: 'detail'; readonly id: string };

/** The path of the alert history. */
export const ALERTS_PATH = '/alerts';

/** The path of the authority console. */
export const PUBLISH_PATH = '/alerts/publish';

/** The path of one alert. */
export const alertPath = (id: string) => `${ALERTS_PATH}/${encodeURIComponent(id)}`;

/** The alert route of `pathname` (`/alerts`, `/alerts/publish`, `/alerts/<id>`, trailing slash allowed), or `undefined`. */
export function parseAlertsPath(pathname: string): AlertsRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === ALERTS_PATH) return { page: 'history' };
  if (path === PUBLISH_PATH) return { page: 'publish' };
  const match = /^\/alerts\/(alr_[A-Za-z0-9_-]{1,64})$/.exec(path);
  return match ? { page: 'detail', id: match[1]! } : undefined;
}
