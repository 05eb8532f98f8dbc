import type { ViewContext } from '@citadel-miniapp/web-kit';
import type { Api, KeywordModel } from './api.js';
import type { Strings } from './i18n.js';
import type { Outbox } from './offline/outbox.js';

/** Where the app can be: its tabs, and one report (also the deep link `/reports/<code>`). */
export type Route = { readonly view: 'new' | 'mine' | 'feed' | 'stats' | 'staff' } | { readonly view: 'report'; readonly code: string };

/** What every view needs. */
export interface AppContext extends ViewContext<Api, Strings, Route> {
  readonly model: KeywordModel;
  /** The reports written here that wait to send. */
  readonly outbox: Outbox;
}

/** The category's and agency's names in the app's language. */
export function names(ctx: AppContext) {
  const category = (id: string) => ctx.model.categories.find((c) => c.id === id)?.name[ctx.lang] ?? id;
  const agency = (id: string | null) => {
    for (const c of ctx.model.categories) for (const a of c.agencies) if (a.id === id) return a.name[ctx.lang];
    return id ?? '—';
  };
  return { category, agency };
}


/** The deep link's report code, when the path is `/reports/<code>`; launch paths are untrusted. */
export function routeFromPath(path: string): Route {
  const match = /^\/reports\/(PA-\d{4}-\d{6,12})\/?$/.exec(path.split('?')[0] ?? '');
  return match ? { view: 'report', code: match[1]! } : { view: 'new' };
}

export { describeError } from './error-words.js';
export { when } from '@citadel-miniapp/web-kit';
