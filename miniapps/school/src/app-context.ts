import type { ViewContext } from '@citadel-miniapp/web-kit';
import type { Api, LinkAnswer } from './api.js';
import type { Strings } from './i18n.js';

export type ChildTab = 'leave' | 'transcript' | 'fees';

/** Where the app can be. */
export type Route =
  | { readonly view: 'home' | 'announcements' }
  | { readonly view: 'child'; readonly id: string; readonly tab: ChildTab }
  | { readonly view: 'leave'; readonly id: string }
  | { readonly view: 'fee'; readonly id: string }
  | { readonly view: 'announcement'; readonly id: string }
  | { readonly view: 'class'; readonly id: string };

/** What every view needs. */
export interface AppContext extends ViewContext<Api, Strings, Route> {
  /** Who the citizen is to the school, from `POST /link` at start. */
  readonly me: LinkAnswer;
}

/**
 * The route of a deep link (`client.context.path`, untrusted input): only the three shapes the
 * backend's notifications open, checked by pattern; the backend then checks this citizen may see it.
 */
export function routeFromPath(path: string): Route {
  const leave = /^\/leave\/(NP-[A-HJ-NP-Z2-9]{8})$/.exec(path);
  if (leave) return { view: 'leave', id: leave[1]! };
  const announcement = /^\/announcements\/(TB-[A-HJ-NP-Z2-9]{8})$/.exec(path);
  if (announcement) return { view: 'announcement', id: announcement[1]! };
  const fee = /^\/tuition\/(hs-\d{3}_\d{4}-(?:\d{2}|hk[12])_[a-z-]{3,20})$/.exec(path);
  if (fee) return { view: 'fee', id: fee[1]! };
  return { view: 'home' };
}
