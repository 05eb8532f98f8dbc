import { isCitadelError } from '@citadel/sdk';
import { describeError, type AppContext } from './app-context.js';
import { BackendError, type Bill } from './api.js';
import { useChart } from './chart.js';
import { button, el, section } from '@citadel-miniapp/web-kit';
import { day, fill, vnd } from './i18n.js';

const POLL_MS = 1500;
const POLL_TRIES = 80;

/** Asks the backend until it says the bill is paid: only the platform's signed webhook makes it so, never `payments.pay`. */
async function untilPaid(ctx: AppContext, billId: string): Promise<Bill | undefined> {
  for (let i = 0; i < POLL_TRIES; i += 1) {
    const bill = await ctx.api.bill(billId);
    if (bill.status === 'paid') return bill;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return undefined;
}

function billRow(ctx: AppContext, bill: Bill, redraw: (paid?: string) => void): HTMLElement {
  const state = bill.status === 'paid'
    ? el('span', { class: 'paid' }, fill(ctx.t.paidOn, { date: day(bill.paidAt!, ctx.lang) }))
    : el('span', { class: bill.overdue ? 'due' : 'hint' }, fill(bill.overdue ? ctx.t.overdue : ctx.t.dueOn, { date: day(bill.dueAt, ctx.lang) }));
  const row = el('div', { class: 'card', 'data-testid': 'bill', 'data-id': bill.id, 'data-status': bill.status },
    el('div', { class: 'row' }, el('b', {}, fill(ctx.t.period, { period: bill.period.split('-').reverse().join('/') })), el('b', {}, vnd(bill.amount, ctx.lang))),
    el('span', { class: 'hint' }, `${bill.units} ${bill.unit} · `), state);
  if (bill.status === 'unpaid') {
    const note = el('p', { class: 'hint', 'data-testid': 'pay-result' });
    row.append(el('div', {}, button(fill(ctx.t.pay, { amount: vnd(bill.amount, ctx.lang) }), 'pay', async () => {
      note.className = 'hint';
      note.textContent = ctx.t.paying;
      try {
        const { orderId } = await ctx.api.pay(bill.id);
        await ctx.client.payments.pay({ orderId });
        note.textContent = ctx.t.waiting;
        if (await untilPaid(ctx, bill.id)) redraw(bill.id);
      } catch (error) {
        note.className = 'error';
        note.textContent = isCitadelError(error) && error.code === 'CANCELLED' ? ctx.t.cancelled : describeError(error);
      }
    })), note);
  } else if (bill.paidAt) {
    const open = el('button', { type: 'button', class: 'secondary', 'data-testid': 'open-receipt' }, ctx.t.viewReceipt);
    open.addEventListener('click', () => ctx.go({ view: 'receipt', billId: bill.id }));
    row.append(el('div', {}, open));
  }
  return row;
}

/** One saved account: twelve months of use as a chart, and its bills with a way to pay the unpaid ones. */
export function accountView(ctx: AppContext, code: string): HTMLElement {
  const root = el('div', {}, el('p', { class: 'hint' }, ctx.t.loading));
  // `paid`: the bill just paid, whose receipt button takes the focus once the bills are drawn again.
  const draw = (paid?: string) => void ctx.api.bills(code).then(({ account, bills }) => {
    const remove = button(ctx.t.remove, 'remove-account', async () => { await ctx.api.remove(code); ctx.go({ view: 'accounts' }); }, true);
    root.replaceChildren(
      section(`${account.utility === 'electricity' ? ctx.t.electricity : ctx.t.water} · ${account.code}`,
        el('p', {}, `${account.holder} · ${account.address}, ${account.ward}`), el('p', { class: 'hint' }, account.provider[ctx.lang]),
        useChart(bills, fill(ctx.t.use, { unit: bills[0]?.unit ?? '' })), el('p', { class: 'hint' }, fill(ctx.t.use, { unit: bills[0]?.unit ?? '' }))),
      section(ctx.t.bills, ...bills.map((b) => billRow(ctx, b, draw))),
      remove);
    if (paid) root.querySelector<HTMLElement>(`[data-testid="bill"][data-id="${paid}"] [data-testid="open-receipt"]`)?.focus();
  }, (error: unknown) => root.replaceChildren(el('p', { class: 'error', 'data-testid': 'account-error' },
    // A code not saved, or saved but not proven (a deep link, another device): the same answer.
    error instanceof BackendError && error.code === 'NOT_FOUND' ? ctx.t.needsProof : describeError(error))));
  draw();
  return root;
}
