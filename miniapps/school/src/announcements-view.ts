import { el, section } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext } from './app-context.js';
import type { Announcement } from './api.js';
import { fill, when } from './i18n.js';

const byline = (ctx: AppContext, a: Announcement) =>
  `${fill(ctx.t.from, { teacher: a.teacher, className: a.className })} · ${when(a.createdAt, ctx.lang)}`;

/** An announcement as a card that opens it. */
export function announcementCard(ctx: AppContext, a: Announcement, extra: Node[] = []): HTMLElement {
  const open = el('button', { type: 'button', class: 'card row', 'data-testid': 'announcement-card', 'data-id': a.id },
    el('b', {}, a.title), el('span', { class: 'hint' }, byline(ctx, a)));
  open.addEventListener('click', () => ctx.go({ view: 'announcement', id: a.id }));
  return extra.length ? el('div', { class: 'stack' }, open, ...extra) : open;
}

/** The announcements of every class the citizen's children are in (and the class they teach). */
export function announcementsView(ctx: AppContext): HTMLElement {
  const root = section(ctx.t.announcements, el('p', { class: 'hint' }, ctx.t.loading));
  void ctx.api.announcements().then(
    (list) => root.replaceChildren(el('h2', {}, ctx.t.announcements),
      ...(list.length ? list.map((a) => announcementCard(ctx, a)) : [el('p', { class: 'hint', 'data-testid': 'announcements-none' }, ctx.t.announcementsNone)])),
    (error: unknown) => root.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return root;
}

/** One announcement, opened from the list or from its notification (`/announcements/<id>`). */
export function announcementView(ctx: AppContext, id: string): HTMLElement {
  const root = el('div', { 'data-testid': 'announcement', 'data-id': id }, el('p', { class: 'hint' }, ctx.t.loading));
  void ctx.api.announcement(id).then(
    (a) => root.replaceChildren(el('h2', { 'data-testid': 'announcement-title' }, a.title),
      el('p', { class: 'hint' }, `${byline(ctx, a)} · ${a.schoolName[ctx.lang]}`),
      el('p', { class: 'body', 'data-testid': 'announcement-body' }, a.body)),
    (error: unknown) => root.replaceChildren(el('p', { class: 'error', 'data-testid': 'not-found' },
      (error as { code?: string }).code === 'NOT_FOUND' ? ctx.t.notFound : describeError(error))));
  return root;
}
