import { describeError, type AppContext } from './app-context.js';
import { el, button, section } from '@citadel-miniapp/web-kit';
import { distance } from './i18n.js';
import { placeCard } from './places-view.js';
import { nearMap } from './near-map.js';

/** "Near me": the host's position, then the nearest places and free toilets, listed and on a map. */
export function nearView(ctx: AppContext): HTMLElement {
  const result = el('div', { 'data-testid': 'near-result' });
  const locate = button(ctx.t.locate, 'locate', async () => {
    result.replaceChildren(el('p', { class: 'hint' }, ctx.t.loading));
    try {
      const here = await ctx.client.location.getCurrent({ accuracy: 'precise' });
      const near = await ctx.api.near(here.latitude, here.longitude, 5);
      const rated = new Map(ctx.places.map((p) => [p.id, p.rating]));
      result.replaceChildren(
        el('p', { class: 'hint', 'data-testid': 'here' }, ctx.t.aroundYou),
        nearMap(ctx, here, [
          ...near.places.map((p) => ({ latitude: p.latitude, longitude: p.longitude, kind: 'place', label: p.name[ctx.lang] })),
          ...near.toilets.map((w) => ({ latitude: w.latitude, longitude: w.longitude, kind: 'toilet', label: w.name[ctx.lang] })),
        ]),
        section(ctx.t.nearPlaces, ...near.places.map((p) => {
          const card = placeCard(ctx, { ...p, rating: rated.get(p.id) ?? null }, distance(p.distanceM, ctx.lang));
          card.dataset['testid'] = 'near-place';
          return card;
        })),
        section(ctx.t.nearToilets, el('ul', { class: 'toilets' }, ...near.toilets.map((w) =>
          el('li', { 'data-testid': 'near-toilet', 'data-id': w.id }, `${w.name[ctx.lang]} `, el('span', { class: 'badge' }, distance(w.distanceM, ctx.lang)))))),
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      result.replaceChildren(el('p', { class: 'error', 'data-testid': 'near-error' }, code === 'PERMISSION_DENIED' ? ctx.t.locationDenied : describeError(error)));
    }
  });
  return el('div', {}, locate, result);
}
