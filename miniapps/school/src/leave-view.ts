import { button, el, newIdempotencyKey, section } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext } from './app-context.js';
import type { ChildView, LeaveKind, LeaveRequest } from './api.js';
import { day, fill, label, when } from './i18n.js';

const KINDS: readonly LeaveKind[] = ['sick', 'family', 'other'];

/** The dates of a request: one day, or from–to, with the school days it covers. */
const span = (ctx: AppContext, r: LeaveRequest) =>
  `${r.from === r.to ? day(r.from, ctx.lang) : `${day(r.from, ctx.lang)} – ${day(r.to, ctx.lang)}`} · ${fill(ctx.t.schoolDays, { n: r.schoolDays })}`;

const statusBadge = (ctx: AppContext, r: LeaveRequest) =>
  el('span', { class: `badge ${r.status}`, 'data-testid': 'leave-status', 'data-status': r.status }, label('status', r.status, ctx.lang));

/** A request as a card that opens it. */
export function leaveCard(ctx: AppContext, r: LeaveRequest, showPupil = false): HTMLElement {
  const card = el('button', { type: 'button', class: 'card row', 'data-testid': 'leave-card', 'data-id': r.id, 'data-status': r.status },
    el('b', {}, showPupil ? `${r.pupilName} · ${label('kind', r.kind, ctx.lang)}` : label('kind', r.kind, ctx.lang)), statusBadge(ctx, r),
    el('span', { class: 'hint' }, span(ctx, r)));
  card.addEventListener('click', () => ctx.go({ view: 'leave', id: r.id }));
  return card;
}

/** The homeroom teacher's approve / decline, with a comment (required to decline). */
export function decisionControls(ctx: AppContext, r: LeaveRequest, done: (next: LeaveRequest) => void): HTMLElement {
  const comment = el('textarea', { 'data-testid': 'decision-comment', maxlength: '500', placeholder: ctx.t.commentHint, 'aria-label': ctx.t.commentHint });
  const note = el('p', { 'data-testid': 'decision-result' });
  const decide = (decision: 'approved' | 'declined') => async () => {
    try {
      done((await ctx.api.decide(r.id, decision, comment.value)).request);
    } catch (error) {
      note.className = 'error';
      note.textContent = describeError(error);
    }
  };
  return el('div', { class: 'decide' }, comment,
    el('div', {}, button(ctx.t.approve, 'approve', decide('approved')), button(ctx.t.decline, 'decline', decide('declined'), true)), note);
}

/** A child's requests, newest first, and the form to ask for a new one. */
export function leaveTab(ctx: AppContext, child: ChildView): HTMLElement {
  const list = el('div', { 'data-testid': 'leave-list' }, el('p', { class: 'hint' }, ctx.t.loading));
  const formBox = el('div');
  const open = button(ctx.t.newLeave, 'leave-new', async () => {
    open.hidden = true;
    formBox.replaceChildren(await leaveForm(ctx, child));
  });
  void ctx.api.leaveOf(child.id).then(
    (requests) => list.replaceChildren(...(requests.length ? requests.map((r) => leaveCard(ctx, r)) : [el('p', { class: 'hint' }, ctx.t.leaveNone)])),
    (error: unknown) => list.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return el('div', {}, open, formBox, list);
}

const options = (ctx: AppContext, days: readonly string[]) => days.map((d) => el('option', { value: d }, day(d, ctx.lang)));

/**
 * The form: dates among the school days the backend offers, a kind, a reason. Its one idempotency key makes a second
 * tap or a retry send one request; on success it moves on to the request.
 */
async function leaveForm(ctx: AppContext, child: ChildView): Promise<HTMLElement> {
  const { t } = ctx;
  const offer = await ctx.api.leaveDays(child.id);
  const from = el('select', { 'data-testid': 'leave-from', 'aria-label': t.leaveFrom }, ...options(ctx, offer.days));
  const to = el('select', { 'data-testid': 'leave-to', 'aria-label': t.leaveTo });
  // "To" offers the school days from "from" on, as many as one request may cover.
  const drawTo = () => {
    const start = offer.days.indexOf(from.value);
    to.replaceChildren(...options(ctx, offer.days.slice(start, start + offer.maxSchoolDays)));
  };
  from.addEventListener('change', drawTo);
  drawTo();
  const kind = el('select', { 'data-testid': 'leave-kind', 'aria-label': t.leaveKind }, ...KINDS.map((k) => el('option', { value: k }, label('kind', k, ctx.lang))));
  const reason = el('textarea', { 'data-testid': 'leave-reason', maxlength: '500', placeholder: t.leaveReason, 'aria-label': t.leaveReason });
  const note = el('p', { 'data-testid': 'leave-result' });
  const key = newIdempotencyKey();
  const send = button(t.leaveSend, 'leave-submit', async () => {
    note.className = 'hint';
    try {
      const { request } = await ctx.api.askLeave(child.id, { from: from.value, to: to.value, kind: kind.value as LeaveKind, reason: reason.value }, key);
      ctx.go({ view: 'leave', id: request.id });
    } catch (error) {
      note.className = 'error';
      note.textContent = describeError(error);
    }
  });
  return section(t.newLeave,
    el('p', { class: 'hint' }, fill(t.leaveRules, { max: offer.maxSchoolDays, ahead: offer.maxDaysAhead })),
    el('label', { class: 'field' }, t.leaveFrom, from), el('label', { class: 'field' }, t.leaveTo, to),
    el('label', { class: 'field' }, t.leaveKind, kind), reason, send, note);
}

/** One request: its dates, reason and state; withdraw for the guardian who asked, decide for the teacher. */
export function leaveView(ctx: AppContext, id: string): HTMLElement {
  const root = el('div', { 'data-testid': 'leave', 'data-id': id }, el('p', { class: 'hint' }, ctx.t.loading));
  const draw = (r: LeaveRequest) => {
    const { t } = ctx;
    const parts: Array<Node> = [
      el('h2', { 'data-testid': 'leave-title' }, `${r.pupilName} · ${fill(t.className, { name: r.className })}`),
      statusBadge(ctx, r),
      el('p', { 'data-testid': 'leave-dates' }, span(ctx, r)),
      el('p', {}, el('b', {}, `${label('kind', r.kind, ctx.lang)}: `), el('span', { 'data-testid': 'leave-reason-text' }, r.reason)),
      el('p', { class: 'hint' }, `${fill(t.requestedBy, { name: r.requestedBy.name, relation: label('relation', r.requestedBy.relation, ctx.lang) })} · ${when(r.createdAt, ctx.lang)}`),
    ];
    if (r.decidedBy) {
      parts.push(section(t.comment,
        el('p', { 'data-testid': 'leave-comment' }, r.comment ?? ''),
        el('p', { class: 'hint' }, fill(t.decidedBy, { name: r.decidedBy, when: r.decidedAt ? when(r.decidedAt, ctx.lang) : '' }))));
    }
    if (r.canDecide) parts.push(decisionControls(ctx, r, draw));
    if (r.canWithdraw) {
      const note = el('p', { 'data-testid': 'withdraw-result' });
      parts.push(button(t.withdraw, 'withdraw', async () => {
        try {
          draw(await ctx.api.withdraw(r.id));
        } catch (error) {
          note.className = 'error';
          note.textContent = describeError(error);
        }
      }, true), note);
    }
    root.replaceChildren(...parts);
  };
  void ctx.api.leave(id).then(draw, (error: unknown) => root.replaceChildren(el('p', { class: 'error', 'data-testid': 'not-found' },
    (error as { code?: string }).code === 'NOT_FOUND' ? ctx.t.notFound : describeError(error))));
  return root;
}
