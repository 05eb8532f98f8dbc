import { describeError, type AppContext } from './app-context.js';
import type { AccountSummary, SavedAccount } from './api.js';
import { button, el, hideWhenNotifying, section } from '@citadel-miniapp/web-kit';
import { fill, vnd } from './i18n.js';

/** One saved account as a card that opens its bills. */
function accountCard(ctx: AppContext, account: SavedAccount): HTMLElement {
  const owed = account.unpaidCount > 0 ? fill(ctx.t.owed, { count: account.unpaidCount, amount: vnd(account.unpaidAmount, ctx.lang) }) : ctx.t.allPaid;
  const card = el('button', { type: 'button', class: 'card account', 'data-testid': 'account-card', 'data-code': account.code },
    el('b', {}, account.label || `${account.utility === 'electricity' ? ctx.t.electricity : ctx.t.water} · ${account.address}`),
    el('span', { class: 'hint' }, `${account.code} · ${account.provider[ctx.lang]}`),
    el('span', { class: account.unpaidCount > 0 ? 'due' : 'paid', 'data-testid': 'account-owed' }, owed));
  card.addEventListener('click', () => ctx.go({ view: 'account', code: account.code }));
  return card;
}

/** The found account, to confirm before saving it with a label. */
function confirmCard(ctx: AppContext, account: AccountSummary, saved: (accounts: SavedAccount[]) => void): HTMLElement {
  const label = el('input', { 'data-testid': 'label', maxlength: '40', placeholder: ctx.t.labelHint, 'aria-label': ctx.t.label });
  const note = el('p', {});
  return el('div', { class: 'card', 'data-testid': 'lookup-result' },
    el('b', {}, ctx.t.isThisYours),
    el('p', {}, `${account.holder} · ${account.address}, ${account.ward}`),
    el('p', { class: 'hint' }, `${account.code} · ${account.provider[ctx.lang]}`),
    el('label', {}, ctx.t.label, label),
    button(ctx.t.save, 'save-account', async () => {
      try {
        saved(await ctx.api.save(account.code, label.value));
      } catch (error) {
        note.className = 'error';
        note.textContent = describeError(error);
      }
    }),
    note);
}

/** Saved codes with what is owed, and a form to look up and save another. */
export function accountsView(ctx: AppContext): HTMLElement {
  const list = el('div', { 'data-testid': 'accounts' }, el('p', { class: 'hint' }, ctx.t.loading));
  const draw = (accounts: SavedAccount[]) => {
    ctx.savedWards.clear();
    for (const a of accounts) ctx.savedWards.add(a.ward);
    list.replaceChildren(...(accounts.length ? accounts.map((a) => accountCard(ctx, a)) : [el('p', { class: 'hint' }, ctx.t.noAccounts)]));
  };
  const code = el('input', { 'data-testid': 'code', autocomplete: 'off', autocapitalize: 'characters', placeholder: 'PC03AA0012345', 'aria-label': ctx.t.code });
  const found = el('div', {});
  const lookup = button(ctx.t.lookup, 'lookup', async () => {
    try {
      const account = await ctx.api.lookup(code.value);
      found.replaceChildren(confirmCard(ctx, account, (accounts) => { found.replaceChildren(); code.value = ''; draw(accounts); }));
    } catch (error) {
      found.replaceChildren(el('p', { class: 'error', 'data-testid': 'lookup-error' }, describeError(error)));
    }
  });
  void ctx.api.accounts().then(draw, (error: unknown) => list.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return el('div', {}, section(ctx.t.accounts, list), section(ctx.t.add, el('label', {}, ctx.t.code, code), lookup, found), askToNotify(ctx));
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
