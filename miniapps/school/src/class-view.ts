import { button, el, section } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext } from './app-context.js';
import type { AnnouncementWithDelivery, LeaveRequest } from './api.js';
import { announcementCard } from './announcements-view.js';
import { fill, label } from './i18n.js';
import { decisionControls, leaveCard } from './leave-view.js';

/** A fresh key for one post, so sending it twice (a double tap, a retry) posts it once. */
const clientKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Where an announcement's notifications went: sent, and every reason one did not. */
export function deliveryLine(ctx: AppContext, a: AnnouncementWithDelivery): HTMLElement {
  const d = a.delivery;
  const others = (['not_granted', 'quota', 'muted', 'failed', 'skipped', 'pending'] as const)
    .filter((k) => d.counts[k] > 0).map((k) => `${d.counts[k]} ${label('outcome', k, ctx.lang)}`);
  if (d.unlinked > 0) others.push(`${d.unlinked} ${label('outcome', 'unlinked', ctx.lang)}`);
  return el('p', { class: 'hint', 'data-testid': 'delivery', 'data-sent': String(d.counts.sent), 'data-recipients': String(d.recipients),
    'data-not-granted': String(d.counts.not_granted), 'data-quota': String(d.counts.quota), 'data-unlinked': String(d.unlinked) },
  [fill(ctx.t.delivery, { sent: d.counts.sent, recipients: d.recipients }), ...others].join(' · '));
}

function pendingCard(ctx: AppContext, r: LeaveRequest, redraw: () => void): HTMLElement {
  const { t, lang } = ctx;
  return el('div', { class: 'card', 'data-testid': 'pending-request', 'data-id': r.id },
    leaveCard(ctx, r, true),
    el('p', {}, r.reason),
    el('p', { class: 'hint' }, fill(t.requestedBy, { name: r.requestedBy.name, relation: label('relation', r.requestedBy.relation, lang) })),
    decisionControls(ctx, r, redraw));
}

/** The homeroom teacher's class: requests waiting, announcements and where they went, the class list. */
export function classView(ctx: AppContext, id: string): HTMLElement {
  const { t } = ctx;
  const mine = ctx.me.classes.find((c) => c.id === id);
  if (!mine) return el('p', { class: 'error', 'data-testid': 'not-found' }, t.notFound);
  const pending = section(t.pending, el('p', { class: 'hint' }, t.loading));
  const decided = section(t.history);
  const posted = section(t.announcements);
  const roster = section(t.classList);

  const drawRequests = () => void Promise.all([ctx.api.classLeave(id, 'pending'), ctx.api.classLeave(id)]).then(([waiting, all]) => {
    pending.replaceChildren(el('h2', {}, t.pending),
      ...(waiting.length ? waiting.map((r) => pendingCard(ctx, r, drawRequests)) : [el('p', { class: 'hint', 'data-testid': 'no-pending' }, t.noPending)]));
    decided.replaceChildren(el('h2', {}, t.history), ...all.filter((r) => r.status !== 'pending').map((r) => leaveCard(ctx, r, true)));
  }, (error: unknown) => pending.replaceChildren(el('p', { class: 'error' }, describeError(error))));

  const drawAnnouncements = () => void ctx.api.classAnnouncements(id).then((list) => posted.replaceChildren(el('h2', {}, t.announcements),
    ...(list.length ? list.map((a) => announcementCard(ctx, a, [deliveryLine(ctx, a), button(t.resend, 'resend', async () => {
      await ctx.api.resend(a.id);
      drawAnnouncements();
    }, true)])) : [el('p', { class: 'hint' }, t.announcementsNone)])),
  (error: unknown) => posted.replaceChildren(el('p', { class: 'error' }, describeError(error))));

  let key = clientKey();
  const title = el('input', { type: 'text', 'data-testid': 'compose-title', maxlength: '80', placeholder: t.composeTitle, 'aria-label': t.composeTitle });
  const body = el('textarea', { 'data-testid': 'compose-body', maxlength: '2000', placeholder: t.composeBody, 'aria-label': t.composeBody });
  const result = el('div', { 'data-testid': 'compose-result' });
  const limit = el('p', { class: 'hint' });
  const compose = section(t.compose, limit, title, body, button(t.composeSend, 'compose-send', async () => {
    try {
      const a = await ctx.api.announce(id, { title: title.value, body: body.value, clientKey: key });
      key = clientKey();
      title.value = '';
      body.value = '';
      result.replaceChildren(deliveryLine(ctx, a));
      drawAnnouncements();
    } catch (error) {
      result.replaceChildren(el('p', { class: 'error' }, describeError(error)));
    }
  }), result);

  void ctx.api.schoolClass(id).then((page) => {
    limit.textContent = fill(t.composeLimit, { n: page.announcementsPerDay });
    roster.replaceChildren(el('h2', {}, t.classList), el('ol', { class: 'pupils', 'data-testid': 'class-list' },
    ...page.pupils.map((p) => el('li', {}, p.name, ' ', el('span', { class: 'hint' }, fill(t.linkedGuardians, { linked: p.linkedGuardians, all: p.guardians }))))));
  }, (error: unknown) => roster.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  drawRequests();
  drawAnnouncements();
  return el('div', { 'data-testid': 'class', 'data-id': id },
    el('h2', {}, fill(t.classOf, { name: mine.name, school: mine.school.name[ctx.lang] })), pending, compose, posted, decided, roster);
}
