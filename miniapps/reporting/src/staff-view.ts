import type { Report } from './api.js';
import { describeError, names, type AppContext } from './app-context.js';
import { button, el, section } from '@citadel-miniapp/web-kit';
import { STATUS_NAMES } from './i18n.js';
import { card } from './report-view.js';

/** The staff console: the queue with filters, and for each report assign / in progress / resolve / reject. */
export function staffView(ctx: AppContext): HTMLElement {
  const { t } = ctx;
  const n = names(ctx);
  // Each filter is named by what it filters: it shows only the value chosen ("Tất cả" at first).
  const select = (testId: string, name: string, options: Array<[string, string]>) =>
    el('select', { 'data-testid': testId, 'aria-label': name }, el('option', { value: '' }, t.filterAll), ...options.map(([v, label]) => el('option', { value: v }, label)));
  const status = select('filter-status', t.filterStatus, Object.entries(STATUS_NAMES[ctx.lang]));
  const category = select('filter-category', t.category, ctx.model.categories.map((c) => [c.id, c.name[ctx.lang]]));
  const agencies = ctx.model.categories.flatMap((c) => c.agencies.map((a): [string, string] => [a.id, a.name[ctx.lang]]));
  const agency = select('filter-agency', t.agency, agencies);
  const overdue = el('input', { type: 'checkbox', 'data-testid': 'filter-overdue' });
  const list = el('div', { 'data-testid': 'queue' });

  async function load() {
    const filter: Record<string, string> = {};
    if (status.value) filter['status'] = status.value;
    if (category.value) filter['category'] = category.value;
    if (agency.value) filter['agency'] = agency.value;
    if (overdue.checked) filter['overdue'] = '1';
    try {
      const reports = await ctx.api.queue(filter);
      list.replaceChildren(...(reports.length ? reports.map(actions) : [el('p', {}, t.empty)]));
    } catch (error) {
      list.replaceChildren(el('p', { class: 'error' }, describeError(error)));
    }
  }

  function actions(r: Report): HTMLElement {
    const to = el('select', { 'data-testid': 'assign-agency', 'aria-label': t.agency }, ...agencies.map(([v, label]) => el('option', { value: v, ...(v === (r.agency ?? r.suggestedAgency) ? { selected: '' } : {}) }, label)));
    const note = el('textarea', { 'data-testid': 'staff-note', maxlength: '2000', placeholder: t.note, 'aria-label': t.note });
    const out = el('output', { 'data-testid': 'staff-result' });
    const move = (next: string, body: { agency?: string; note?: string }) => async () => {
      try {
        const { notification } = await ctx.api.move(r.code, { status: next, ...body });
        out.textContent = `${STATUS_NAMES[ctx.lang][next]} · ${notification}`;
        await load();
      } catch (error) {
        out.classList.add('error');
        out.textContent = describeError(error);
      }
    };
    const open = r.status !== 'resolved' && r.status !== 'rejected';
    return card(ctx, r, el('p', { class: 'hint' }, `${n.category(r.category)} → ${n.agency(r.agency ?? r.suggestedAgency)}`,
      r.matched.length ? ` (${r.matched.map((m) => m.keyword).join(', ')})` : ''),
      ...(open ? [
        to, button(t.assign, 'assign', () => move('assigned', { agency: to.value })(), true),
        r.status === 'received' ? '' : button(t.start, 'start', move('in_progress', {}), true),
        note,
        r.status === 'received' ? '' : button(t.resolve, 'resolve', () => move('resolved', { note: note.value.trim() })()),
        button(t.reject, 'reject', () => move('rejected', { note: note.value.trim() })(), true),
      ] : []).map((x) => (typeof x === 'string' ? document.createTextNode(x) : x)), out);
  }

  for (const input of [status, category, agency, overdue]) input.addEventListener('change', () => void load());
  void load();
  return section(t.queue, el('div', { class: 'row' }, status, category, agency, el('label', {}, overdue, t.overdueOnly)), list);
}
