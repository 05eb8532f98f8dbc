import { describeError, type AppContext } from './app-context.js';
import type { SavedAccount } from './api.js';
import { addAccountForm, type AddAccountForm } from './add-account.js';
import { el, hideWhenNotifying, section, button } from '@citadel-miniapp/web-kit';
import { fill, vnd } from './i18n.js';

/**
 * One saved account as a card: a proven one opens its bills; one saved before proofs were asked for shows only
 * its code and label, and fills the add form in so the citizen can prove it.
 */
function accountCard(ctx: AppContext, account: SavedAccount, form: AddAccountForm): HTMLElement {
  const kind = account.utility === 'electricity' ? ctx.t.electricity : ctx.t.water;
  if (!account.proven) {
    const card = el('button', { type: 'button', class: 'card account', 'data-testid': 'account-card', 'data-code': account.code, 'data-proven': 'false' },
      el('b', {}, account.label || `${kind} · ${account.code}`),
      el('span', { class: 'hint' }, account.code),
      el('span', { class: 'due', 'data-testid': 'account-owed' }, ctx.t.needsProof));
    card.addEventListener('click', () => form.prefill(account.code, account.label));
    return card;
  }
  const owed = account.unpaidCount > 0 ? fill(ctx.t.owed, { count: account.unpaidCount, amount: vnd(account.unpaidAmount, ctx.lang) }) : ctx.t.allPaid;
  const card = el('button', { type: 'button', class: 'card account', 'data-testid': 'account-card', 'data-code': account.code, 'data-proven': 'true' },
    el('b', {}, account.label || `${kind} · ${account.address}`),
    el('span', { class: 'hint' }, `${account.code} · ${account.provider[ctx.lang]}`),
    el('span', { class: account.unpaidCount > 0 ? 'due' : 'paid', 'data-testid': 'account-owed' }, owed));
  card.addEventListener('click', () => ctx.go({ view: 'account', code: account.code }));
  return card;
}

/** Saved codes with what is owed, and a form to add another with a proof that it is the citizen's. */
export function accountsView(ctx: AppContext): HTMLElement {
  const list = el('div', { 'data-testid': 'accounts' }, el('p', { class: 'hint' }, ctx.t.loading));
  const draw = (accounts: SavedAccount[]) => {
    ctx.savedWards.clear();
    for (const a of accounts) if (a.proven) ctx.savedWards.add(a.ward);
    list.replaceChildren(...(accounts.length ? accounts.map((a) => accountCard(ctx, a, form)) : [el('p', { class: 'hint' }, ctx.t.noAccounts)]));
  };
  const form = addAccountForm(ctx, draw);
  void ctx.api.accounts().then(draw, (error: unknown) => list.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return el('div', {}, section(ctx.t.accounts, list), section(ctx.t.add, form.root), askToNotify(ctx));
}

/** Asks, in the host's prompt, to send each receipt as a notification. */
function askToNotify(ctx: AppContext): HTMLElement {
  const out = el('p', { 'data-testid': 'notify-result', class: 'hint' });
  const ask = button(ctx.t.notifyOn, 'notify', async () => {
    try {
      const { granted } = await ctx.client.notifications.requestPermission();
      out.textContent = granted ? ctx.t.notifyGranted : ctx.t.notifyDenied;
    } catch (error) {
      out.textContent = describeError(error);
    }
  }, true);
  return hideWhenNotifying(ctx.client, el('div', { class: 'card' }, el('p', {}, ctx.t.askNotify), ask, out));
}
