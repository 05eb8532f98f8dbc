import type { SavedAccount } from './api.js';
import type { AppContext } from './app-context.js';
import { button, el } from '@citadel-miniapp/web-kit';
import { proofError } from './proof-error.js';

/** The add form, with a way to fill its code in (a code saved before proofs were asked for). */
export interface AddAccountForm {
  readonly root: HTMLElement;
  prefill(code: string, label: string): void;
}

/**
 * Adds a customer code with a proof that it is the citizen's: the amount of one of its recent bills, or their
 * confirmed phone number when it is the contract's. Nothing of the household shows before the backend accepts it.
 */
export function addAccountForm(ctx: AppContext, saved: (accounts: SavedAccount[]) => void): AddAccountForm {
  const { t } = ctx;
  const code = el('input', { 'data-testid': 'code', autocomplete: 'off', autocapitalize: 'characters', placeholder: 'PC03AA0012345', 'aria-label': t.code });
  const label = el('input', { 'data-testid': 'label', maxlength: '40', placeholder: t.labelHint, 'aria-label': t.label });
  const amount = el('input', { 'data-testid': 'bill-amount', inputmode: 'numeric', autocomplete: 'off', placeholder: t.billAmountHint, 'aria-label': t.billAmount });
  const note = el('p', { 'data-testid': 'proof-error', class: 'error' });
  const done = (accounts: SavedAccount[]) => {
    for (const input of [code, label, amount]) input.value = '';
    note.textContent = '';
    saved(accounts);
  };
  const attempt = async (save: () => Promise<SavedAccount[]>) => {
    note.textContent = '';
    try {
      done(await save());
    } catch (error) {
      note.textContent = proofError(ctx, error);
    }
  };
  const byBill = button(t.proveBill, 'prove-bill', () => {
    // Written as printed (`285.420 đ`, `285,420`): the digits are the amount in dong.
    const digits = amount.value.replace(/\D/g, '');
    if (code.value.trim() === '' || digits === '' || Number(digits) < 1) {
      note.textContent = t.amountNeeded;
      return Promise.resolve();
    }
    return attempt(() => ctx.api.save(code.value, label.value, Number(digits)));
  });
  const byPhone = button(t.provePhone, 'prove-phone', () => {
    if (code.value.trim() === '') {
      note.textContent = t.codeNeeded;
      return Promise.resolve();
    }
    return attempt(() => ctx.api.saveByPhone(code.value, label.value));
  }, true);
  return {
    root: el('div', { 'data-testid': 'add-account' },
      el('p', { class: 'hint' }, t.proveWhy),
      el('label', {}, t.code, code), el('label', {}, t.label, label), el('label', {}, t.billAmount, amount),
      byBill, byPhone, note),
    prefill(value, name) {
      code.value = value;
      label.value = name;
      amount.focus();
    },
  };
}
