import { el } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext, ChildTab } from './app-context.js';
import { feesList } from './fees-view.js';
import { date, fill } from './i18n.js';
import { leaveTab } from './leave-view.js';
import { transcriptTab } from './transcript-view.js';

/** One child: who they are, then their leave requests, results or fees. */
export function childView(ctx: AppContext, id: string, tab: ChildTab): HTMLElement {
  const { t } = ctx;
  const child = ctx.me.children.find((c) => c.id === id);
  if (!child) return el('p', { class: 'error', 'data-testid': 'not-found' }, t.notFound);
  const tabs: Array<[ChildTab, string]> = [['leave', t.tabLeave], ['transcript', t.tabTranscript], ['fees', t.tabFees]];
  const body = el('div', { 'data-testid': 'child-body' });
  const bar = el('div', { class: 'chips', role: 'tablist' });
  const show = (which: ChildTab) => {
    bar.replaceChildren(...tabs.map(([key, text]) => {
      const b = el('button', { type: 'button', class: 'chip', role: 'tab', 'data-testid': `child-tab-${key}`, 'aria-selected': String(key === which) }, text);
      b.addEventListener('click', () => show(key));
      return b;
    }));
    try {
      body.replaceChildren(which === 'leave' ? leaveTab(ctx, child) : which === 'transcript' ? transcriptTab(ctx, child) : feesList(ctx, child));
    } catch (error) {
      body.replaceChildren(el('p', { class: 'error' }, describeError(error)));
    }
  };
  show(tab);
  return el('div', { 'data-testid': 'child', 'data-id': id },
    el('h2', { 'data-testid': 'child-name' }, child.name),
    el('p', { class: 'hint' },
      `${fill(t.classOf, { name: child.schoolClass.name, school: child.schoolClass.school.name[ctx.lang] })} · ${fill(t.born, { date: date(child.born, ctx.lang) })}${child.semiBoarding ? ` · ${t.semiBoarding}` : ''}`),
    bar, body);
}
