import { button, el, fill, when, type Lang } from '@citadel-miniapp/web-kit';
import type { Outbox } from './outbox.js';
import { outboxWordsFor } from './words.js';

/**
 * The reports written on this phone that the backend has not taken yet, each "waiting to send" (or refused, with a
 * button to remove it); hidden when there are none. Redrawn on every change of the outbox.
 */
export function outboxView(outbox: Outbox, lang: Lang): HTMLElement {
  const t = outboxWordsFor(lang);
  const list = el('ul', { class: 'outbox-list' });
  const root = el('section', { class: 'card', 'data-testid': 'outbox', 'aria-live': 'polite' }, el('h2', {}, t.waitingTitle), list);
  const draw = async () => {
    const queued = await outbox.list();
    root.hidden = queued.length === 0;
    list.replaceChildren(...queued.map((q) => el('li', { 'data-testid': 'outbox-entry', 'data-key': q.key, 'data-state': q.refused ? 'refused' : 'waiting' },
      el('strong', {}, q.refused ? t.refused : t.waiting), ' ',
      el('span', {}, q.report.description.slice(0, 80)), el('br'),
      el('small', {}, fill(t.written, { time: when(q.writtenAt, lang) })),
      ...(q.refused ? [' ', button(t.remove, 'outbox-remove', () => outbox.remove(q.key), true)] : []))));
  };
  outbox.onChange(() => void draw());
  void draw();
  return root;
}
