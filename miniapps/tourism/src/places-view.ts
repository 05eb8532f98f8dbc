import { facts, fold, type AppContext } from './app-context.js';
import type { ListedPlace } from './api.js';
import { el } from '@citadel-miniapp/web-kit';
import { fill } from './i18n.js';
import { placePhoto } from './place-photo.js';

/** One place as a card that opens its page. */
export function placeCard(ctx: AppContext, place: ListedPlace | (ListedPlace & { distanceM: number }), extra?: string): HTMLElement {
  const f = facts(ctx, place);
  const rating = place.rating ? fill(ctx.t.rating, place.rating) : ctx.t.noRating;
  const card = el('button', { type: 'button', class: 'card place', 'data-testid': 'place-card', 'data-id': place.id },
    placePhoto(place, ctx.lang, 'thumb'),
    el('span', { class: 'facts' },
      el('b', {}, place.name[ctx.lang]), ...(extra ? [el('span', { class: 'badge', 'data-testid': 'distance' }, extra)] : []),
      el('span', { class: 'hint' }, `${f.hours} · ${f.price}`), el('span', { class: 'hint' }, rating)));
  card.addEventListener('click', () => ctx.go({ view: 'place', id: place.id }));
  return card;
}

/** The list, filtered as the citizen types (accents optional), under a labelled search box a thumb can hit (44 px). */
export function placesView(ctx: AppContext): HTMLElement {
  const search = el('input', { type: 'search', placeholder: ctx.t.searchExample, autocomplete: 'off', enterkeyhint: 'search', 'data-testid': 'search' });
  const list = el('div', { 'data-testid': 'place-list' });
  const draw = () => {
    const q = fold(search.value.trim());
    const found = ctx.places.filter((p) => !q || fold(`${p.name.vi} ${p.name.en}`).includes(q));
    list.replaceChildren(...(found.length ? found.map((p) => placeCard(ctx, p)) : [el('p', { class: 'hint' }, ctx.t.noMatch)]));
  };
  search.addEventListener('input', draw);
  draw();
  return el('div', {}, el('label', { class: 'search' }, ctx.t.search, search), list);
}
