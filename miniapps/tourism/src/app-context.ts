import type { ViewContext } from '@citadel-miniapp/web-kit';
import type { Api, ListedPlace, Place } from './api.js';
import { fill, vnd, type Strings } from './i18n.js';

/** Where the app can be: its tabs, one place, one ticket. */
export type Route =
  | { readonly view: 'places' | 'near' | 'tickets' }
  | { readonly view: 'place'; readonly id: string }
  | { readonly view: 'ticket'; readonly reference: string };

/** What every view needs. */
export interface AppContext extends ViewContext<Api, Strings, Route> {
  /** The catalogue, loaded once at start. */
  readonly places: readonly ListedPlace[];
}

/** The route of a deep link (`client.context.path`, untrusted input): `/places/<id>`, checked by pattern. */
export function routeFromPath(path: string): Route {
  const place = /^\/places\/([a-z0-9-]{1,60})$/.exec(path);
  return place ? { view: 'place', id: place[1]! } : { view: 'places' };
}

/** Hours and price of a place, in the app's language. */
export function facts(ctx: AppContext, place: Place) {
  return {
    hours: place.hours ? fill(ctx.t.hours, { ...place.hours }) : ctx.t.allDay,
    price: place.ticketVnd === 0 ? ctx.t.free : `${vnd(place.ticketVnd, ctx.lang)} ${ctx.t.perTicket}`,
  };
}

/** Lowercase without diacritics, so "dai noi" finds "Đại Nội". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

export { when } from '@citadel-miniapp/web-kit';
export { describeError } from './error-words.js';
