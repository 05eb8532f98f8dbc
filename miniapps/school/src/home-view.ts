import { isCitadelError } from '@citadel/sdk';
import { button, el, hideWhenNotifying, section } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext } from './app-context.js';
import { fill } from './i18n.js';

/**
 * Offers notifications. The citizen presses the button (the host draws the prompt); a citizen
 * who already allowed them gets `granted` at once, without a prompt.
 */
export function notifyCard(ctx: AppContext): HTMLElement {
  const result = el('p', { class: 'hint', 'data-testid': 'notify-result' }, ctx.t.notifyWhy);
  return hideWhenNotifying(ctx.client, section(ctx.t.notifyTitle, result, button(ctx.t.notifyButton, 'notify', async () => {
    try {
      const { granted } = await ctx.client.notifications.requestPermission();
      result.textContent = granted ? ctx.t.notifyOn : ctx.t.notifyOff;
    } catch (error) {
      result.textContent = isCitadelError(error) && error.code === 'PERMISSION_DENIED' ? ctx.t.notifyOff : describeError(error);
    }
  }, true)));
}

/** The children the school linked to this guardian, and the classes this teacher has. */
export function homeView(ctx: AppContext): HTMLElement {
  const { me, t } = ctx;
  const parts: HTMLElement[] = [el('p', { 'data-testid': 'hello' }, me.name ? fill(t.hello, { name: me.name }) : t.helloNoName)];
  if (me.children.length === 0 && me.classes.length === 0) {
    parts.push(el('p', { class: 'hint', 'data-testid': 'not-registered' }, t.notRegistered));
    return el('div', {}, ...parts);
  }
  for (const child of me.children) {
    const card = el('button', { type: 'button', class: 'card row', 'data-testid': 'child-card', 'data-id': child.id },
      el('b', {}, child.name),
      el('span', { class: 'hint' }, fill(t.classOf, { name: child.schoolClass.name, school: child.schoolClass.school.name[ctx.lang] })),
      el('span', { class: 'hint' }, fill(t.homeroom, { teacher: child.schoolClass.teacher })));
    card.addEventListener('click', () => ctx.go({ view: 'child', id: child.id, tab: 'leave' }));
    parts.push(card);
  }
  for (const c of me.classes) {
    const card = el('button', { type: 'button', class: 'card row', 'data-testid': 'class-card', 'data-id': c.id },
      el('b', {}, fill(t.classOf, { name: c.name, school: c.school.name[ctx.lang] })),
      el('span', { class: 'hint' }, `${t.youTeach} · ${fill(t.pupilsCount, { n: c.pupils })}`));
    card.addEventListener('click', () => ctx.go({ view: 'class', id: c.id }));
    parts.push(card);
  }
  parts.push(notifyCard(ctx));
  return el('div', {}, ...parts);
}
