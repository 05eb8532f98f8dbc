import { describeError, type AppContext } from './app-context.js';
import type { Outage } from './api.js';
import { el, section } from '@citadel-miniapp/web-kit';
import { fill, moment } from './i18n.js';

/** Planned outages by ward (public: no sign-in); the wards of the citizen's saved accounts come first and are marked. */
export function outagesView(ctx: AppContext): HTMLElement {
  const root = el('div', {}, el('p', { class: 'hint' }, ctx.t.loading));
  void ctx.api.outages().then((outages) => {
    const mine = ctx.savedWards;
    const wards = [...new Set(outages.map((o) => o.ward))].sort((a, b) => Number(mine.has(b)) - Number(mine.has(a)) || a.localeCompare(b, 'vi'));
    const select = el('select', { 'data-testid': 'ward', 'aria-label': ctx.t.ward },
      el('option', { value: '' }, ctx.t.allWards), ...wards.map((w) => el('option', { value: w }, mine.has(w) ? `${w} ★` : w)));
    const list = el('div', { 'data-testid': 'outages' });
    const card = (o: Outage) => el('div', { class: 'card', 'data-testid': 'outage', 'data-ward': o.ward, 'data-utility': o.utility },
      el('b', {}, `${o.utility === 'electricity' ? ctx.t.electricity : ctx.t.water} · ${o.ward}`),
      ...(mine.has(o.ward) ? [el('span', { class: 'badge mine', 'data-testid': 'your-ward' }, ctx.t.yourWard)] : []),
      el('p', {}, fill(ctx.t.from, { from: moment(o.startsAt, ctx.lang), to: moment(o.endsAt, ctx.lang) })),
      el('p', { class: 'hint' }, `${o.area} · ${o.reason[ctx.lang]}`));
    const draw = () => {
      const shown = outages.filter((o) => !select.value || o.ward === select.value)
        .sort((a, b) => Number(mine.has(b.ward)) - Number(mine.has(a.ward)) || a.startsAt.localeCompare(b.startsAt));
      list.replaceChildren(...(shown.length ? shown.map(card) : [el('p', { class: 'hint' }, ctx.t.noOutages)]));
    };
    select.addEventListener('change', draw);
    draw();
    root.replaceChildren(section(ctx.t.outages, el('label', {}, ctx.t.ward, select), list));
  }, (error: unknown) => root.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return root;
}
