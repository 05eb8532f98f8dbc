import type { ViewContext } from '@citadel-miniapp/web-kit';
import type { Api } from './api.js';
import type { Strings } from './i18n.js';

/** Where the app can be. */
export type Route =
  | { readonly view: 'accounts' | 'outages' }
  | { readonly view: 'account'; readonly code: string }
  | { readonly view: 'receipt'; readonly billId: string };

/** What every view needs. */
export interface AppContext extends ViewContext<Api, Strings, Route> {
  /** The wards of the accounts the citizen saved, once the list was loaded. */
  readonly savedWards: Set<string>;
}

/** The route of a deep link (`client.context.path`, untrusted input): `/accounts/<code>`, `/bills/<id>/receipt`, `/outages`. */
export function routeFromPath(path: string): Route {
  const account = /^\/accounts\/([A-Z0-9]{6,20})$/.exec(path);
  if (account) return { view: 'account', code: account[1]! };
  const receipt = /^\/bills\/([A-Z0-9]{6,20}-\d{6})\/receipt$/.exec(path);
  if (receipt) return { view: 'receipt', billId: receipt[1]! };
  return path === '/outages' ? { view: 'outages' } : { view: 'accounts' };
}

export { describeError } from './error-words.js';
