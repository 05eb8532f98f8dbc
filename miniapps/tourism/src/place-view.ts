import { isCitadelError } from '@citadel/sdk';
import { describeError, facts, when, type AppContext } from './app-context.js';
import type { ReviewSummary } from './api.js';
import { button, el, newIdempotencyKey, section } from '@citadel-miniapp/web-kit';
import { fill, vnd } from './i18n.js';
import { placePhoto } from './place-photo.js';

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);

function reviewsList(ctx: AppContext, summary: ReviewSummary): HTMLElement {
  const list = el('ul', { class: 'reviews', 'data-testid': 'reviews' }, ...summary.reviews.map((r) =>
    el('li', { 'data-testid': 'review-entry', 'data-stars': String(r.stars) },
      el('span', { class: 'stars' }, stars(r.stars)), ' ', el('time', {}, when(r.createdAt, ctx.lang)),
      ...(r.comment ? [el('p', { 'data-testid': 'review-comment-text' }, r.comment)] : []))));
  const head = summary.count ? fill(ctx.t.rating, { average: summary.average ?? 0, count: summary.count }) : ctx.t.noReviews;
  return el('div', {}, el('p', { class: 'hint', 'data-testid': 'review-summary' }, head), list);
}

/** One place: facts, description, buying a ticket, reviews and rating it. */
export function placeView(ctx: AppContext, id: string): HTMLElement {
  const root = el('div', { 'data-testid': 'place', 'data-id': id }, el('p', { class: 'hint' }, ctx.t.loading));
  const reviewsBox = el('div');
  const redrawReviews = async () => reviewsBox.replaceChildren(reviewsList(ctx, (await ctx.api.place(id)).reviews));

  void ctx.api.place(id).then(({ place, reviews }) => {
    const f = facts(ctx, place);
    const parts: HTMLElement[] = [
      el('h2', { 'data-testid': 'place-name' }, place.name[ctx.lang]),
      placePhoto(place, ctx.lang, 'full'),
      el('p', { 'data-testid': 'place-hours' }, f.hours),
      el('p', { 'data-testid': 'place-price', 'data-vnd': String(place.ticketVnd) }, f.price),
      el('p', { 'data-testid': 'place-description' }, place.description[ctx.lang]),
    ];
    if (place.ticketVnd > 0) {
      const quantity = el('select', { 'data-testid': 'quantity', 'aria-label': ctx.t.quantity },
        ...Array.from({ length: 10 }, (_, i) => el('option', { value: String(i + 1) }, String(i + 1))));
      const total = el('p', { class: 'hint', 'data-testid': 'total' });
      const drawTotal = () => { total.textContent = `${ctx.t.total}: ${vnd(place.ticketVnd * Number(quantity.value), ctx.lang)}`; };
      // One key per ticket the visitor means to buy: a second tap or a retry orders it once; another quantity is another ticket.
      let key = newIdempotencyKey();
      quantity.addEventListener('change', () => { key = newIdempotencyKey(); drawTotal(); });
      drawTotal();
      const note = el('p', { 'data-testid': 'buy-result' });
      const buy = button(ctx.t.buy, 'buy', async () => {
        note.textContent = ctx.t.buying;
        note.className = 'hint';
        try {
          const ticket = await ctx.api.buy(place.id, Number(quantity.value), key);
          await ctx.client.payments.pay({ orderId: ticket.orderId! });
          ctx.go({ view: 'ticket', reference: ticket.reference });
        } catch (error) {
          note.className = 'error';
          note.textContent = isCitadelError(error) && error.code === 'CANCELLED' ? ctx.t.cancelled : describeError(error);
        }
      });
      parts.push(section(ctx.t.ticket, el('label', {}, ctx.t.quantity, quantity), total, buy, note));
    }
    reviewsBox.replaceChildren(reviewsList(ctx, reviews));
    parts.push(section(ctx.t.reviews, reviewsBox, rateForm(ctx, place.id, redrawReviews)));
    root.replaceChildren(...parts);
  }, (error: unknown) => root.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return root;
}

function rateForm(ctx: AppContext, placeId: string, done: () => Promise<unknown>): HTMLElement {
  let chosen = 0;
  const starButtons = [1, 2, 3, 4, 5].map((n) => {
    const b = el('button', { type: 'button', class: 'chip', 'data-testid': `star-${n}`, 'aria-pressed': 'false', 'aria-label': `${n}/5` }, '★');
    b.addEventListener('click', () => {
      chosen = n;
      starButtons.forEach((s, i) => s.setAttribute('aria-pressed', String(i < n)));
    });
    return b;
  });
  const comment = el('textarea', { 'data-testid': 'review-comment', maxlength: '1000', placeholder: ctx.t.comment, 'aria-label': ctx.t.comment });
  const result = el('p', { 'data-testid': 'review-result' });
  const form = el('div', { class: 'rate' }, el('h3', {}, ctx.t.rate), el('div', { class: 'chips' }, ...starButtons), comment);
  form.append(button(ctx.t.send, 'review-submit', async () => {
    if (!chosen) return void (result.textContent = ctx.t.pickStars);
    try {
      const review = await ctx.api.review(placeId, chosen, comment.value);
      result.className = '';
      result.textContent = fill(ctx.t.thanks, { stars: review.stars });
      await done();
    } catch (error) {
      result.className = 'error';
      result.textContent = (error as { code?: string }).code === 'ALREADY_REVIEWED' ? ctx.t.already : describeError(error);
    }
  }), result);
  return form;
}
