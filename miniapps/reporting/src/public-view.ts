import { describeError, names, when, type AppContext } from './app-context.js';
import { el, section } from '@citadel-miniapp/web-kit';

/** Resolved reports, with no personal data: what was reported, where (about 100 m), what was done. */
export function feedView(ctx: AppContext): HTMLElement {
  const n = names(ctx);
  const list = el('div', { 'data-testid': 'feed' }, el('p', { class: 'status' }, '…'));
  void ctx.api.feed().then((reports) => list.replaceChildren(...(reports.length ? reports.map((r) => el('div', { class: 'card', 'data-testid': 'feed-entry', 'data-code': r.code },
    el('b', { class: 'code' }, r.code), ' ', r.stars ? el('span', { class: 'badge', 'data-testid': 'feed-stars' }, `${r.stars}★`) : '',
    el('p', { class: 'hint' }, `${n.category(r.category)} · ${n.agency(r.agency)} · ${when(r.resolvedAt, ctx.lang)} · ${r.latitude}, ${r.longitude}`),
    el('p', {}, r.description),
    r.response ? el('p', {}, el('b', {}, `${ctx.t.response}: `), r.response) : '',
    el('div', { class: 'thumbs' }, ...r.photos.map((p) => el('img', { src: ctx.api.photoUrl(p), alt: '', loading: 'lazy' }))),
  )) : [el('p', {}, ctx.t.empty)])), (error: unknown) => list.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return section(ctx.t.feed, list);
}

/** The city's numbers: received, resolved, on time, average rating. */
export function statsView(ctx: AppContext): HTMLElement {
  const { t } = ctx;
  const box = el('div', { class: 'stats', 'data-testid': 'stats' }, '…');
  const cell = (label: string, value: string, key: string) => el('div', { 'data-testid': `stat-${key}` }, el('b', {}, value), label);
  void ctx.api.stats().then((s) => box.replaceChildren(
    cell(t.received, String(s.received), 'received'),
    cell(t.resolvedCount, String(s.resolved), 'resolved'),
    cell(t.onTime, s.resolvedOnTimePercent === null ? '—' : `${s.resolvedOnTimePercent}%`, 'on-time'),
    cell(t.avgRating, s.averageRating === null ? '—' : `${s.averageRating}/5`, 'rating'),
  ), (error: unknown) => box.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return section(t.stats, box);
}
