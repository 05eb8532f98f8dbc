import type { Report, ReportDetail } from './api.js';
import { describeError, names, when, type AppContext } from './app-context.js';
import { button, el, section } from '@citadel-miniapp/web-kit';
import { fill, STATUS_NAMES } from './i18n.js';

/** A report's status, deadline and overdue mark, for lists and the detail page. */
export function statusLine(ctx: AppContext, report: Report): HTMLElement {
  return el('p', { class: 'row' },
    el('span', { class: 'badge', 'data-testid': 'report-status', 'data-status': report.status }, STATUS_NAMES[ctx.lang][report.status] ?? report.status),
    report.overdue ? el('span', { class: 'badge overdue', 'data-testid': 'overdue' }, ctx.t.overdue) : '',
    el('time', {}, `${ctx.t.deadline}: ${when(report.deadlineAt, ctx.lang)}`));
}

/** One report (`/reports/<code>`): timeline, photos, answer, and the rating once it is resolved. */
export function reportView(ctx: AppContext, code: string): HTMLElement {
  const root = el('div', { 'data-testid': 'report-view', 'data-code': code }, el('p', { class: 'status' }, '…'));
  void ctx.api.report(code).then((report) => root.replaceChildren(...render(ctx, report)), (error: unknown) => {
    const e = error as { code?: string };
    root.replaceChildren(el('p', { class: 'error', 'data-testid': 'report-error' }, e.code === 'NOT_FOUND' ? ctx.t.notFound : describeError(error)));
  });
  return root;
}

function render(ctx: AppContext, r: ReportDetail): Array<Node | string> {
  const { t } = ctx;
  const n = names(ctx);
  const timeline = el('ol', { class: 'timeline', 'data-testid': 'timeline' },
    ...r.events.map((e) => el('li', { 'data-status': e.status },
      `${STATUS_NAMES[ctx.lang][e.status]} · `, el('time', {}, when(e.at, ctx.lang)), e.note ? el('div', {}, e.note) : '')));
  const photos = (list: readonly string[]) => el('div', { class: 'thumbs' }, ...list.map((src) => el('img', { src, alt: '', class: 'photo' })));
  return [
    el('h2', { class: 'code', 'data-testid': 'report-code' }, r.code),
    statusLine(ctx, r),
    el('p', {}, `${n.category(r.category)} · ${t.agency}: ${n.agency(r.agency ?? r.suggestedAgency)}`),
    el('p', { 'data-testid': 'report-description' }, r.description),
    photos(r.photos),
    section(t.timeline, timeline),
    r.response ? section(t.response, el('p', { 'data-testid': 'report-response' }, r.response), photos(r.responsePhotos)) : '',
    r.rejectReason ? section(t.rejected, el('p', {}, r.rejectReason)) : '',
    r.status === 'resolved' ? rating(ctx, r) : '',
  ];
}

function rating(ctx: AppContext, r: ReportDetail): HTMLElement {
  const { t } = ctx;
  if (r.rating) return section(t.rate, el('p', { 'data-testid': 'rated' }, fill(t.rated, { stars: r.rating.stars }), r.rating.comment ? ` · ${r.rating.comment}` : ''));
  let stars = 0;
  const row = el('div', { class: 'stars row', role: 'radiogroup' });
  for (let s = 1; s <= 5; s++) {
    const b = el('button', { type: 'button', class: 'secondary', 'data-testid': `star-${s}`, 'aria-pressed': 'false' }, `${s}★`);
    b.addEventListener('click', () => { stars = s; row.querySelectorAll('button').forEach((x, i) => x.setAttribute('aria-pressed', String(i < s))); });
    row.append(b);
  }
  const comment = el('textarea', { 'data-testid': 'rating-comment', maxlength: '1000', placeholder: t.rateComment });
  const out = el('output', { 'data-testid': 'rating-result' });
  const box = section(t.rate, row, comment, button(t.rateSend, 'rating-submit', async () => {
    try {
      const { report } = await ctx.api.rate(r.code, stars, comment.value.trim());
      box.replaceWith(rating(ctx, { ...r, rating: report.rating }));
    } catch (error) {
      out.classList.add('error');
      out.textContent = describeError(error);
    }
  }), out);
  return box;
}

/** The citizen's reports, newest first. */
export function mineView(ctx: AppContext): HTMLElement {
  const list = el('div', { 'data-testid': 'my-reports' }, el('p', { class: 'status' }, '…'));
  void ctx.api.mine().then((reports) => {
    list.replaceChildren(...(reports.length ? reports.map((r) => card(ctx, r)) : [el('p', {}, ctx.t.empty)]));
  }, (error: unknown) => list.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return section(ctx.t.mine, list);
}

/** A report in a list, opening its page. */
export function card(ctx: AppContext, r: Report, ...extra: Node[]): HTMLElement {
  const open = button(ctx.t.open, 'open-report', () => ctx.go({ view: 'report', code: r.code }), true);
  return el('div', { class: 'card', 'data-testid': 'report-card', 'data-code': r.code },
    el('b', { class: 'code' }, r.code), statusLine(ctx, r), el('p', {}, r.description.slice(0, 140)), open, ...extra);
}
