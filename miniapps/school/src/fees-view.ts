import { isCitadelError } from '@citadel/sdk';
import { button, el, section } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { AppContext } from './app-context.js';
import type { ChildView, Fee } from './api.js';
import { date, fill, label, vnd, when } from './i18n.js';

const POLL_MS = 1500;
const POLL_TRIES = 80;

const statusText = (ctx: AppContext, fee: Fee) => (fee.status === 'paid' ? ctx.t.paid : fee.status === 'exempt' ? ctx.t.exempt : ctx.t.unpaid);

/** One notice: what for, how much, by when, and paying it. */
function feeCard(ctx: AppContext, fee: Fee): HTMLElement {
  const { t, lang } = ctx;
  const note = el('p', { 'data-testid': 'pay-result' });
  const card = el('div', { class: 'card', 'data-testid': 'fee', 'data-id': fee.id, 'data-status': fee.status },
    el('div', { class: 'line' }, el('b', {}, fee.label[lang]), el('span', { class: 'amount', 'data-testid': 'fee-amount', 'data-amount': String(fee.amount) }, vnd(fee.amount, lang))),
    el('p', { class: fee.status === 'paid' ? 'paid' : 'hint', 'data-testid': 'fee-status' }, `${statusText(ctx, fee)}${fee.status === 'unpaid' ? ` · ${fill(t.due, { date: date(fee.dueDate, lang) })}` : ''}`));
  if (fee.status === 'exempt') card.append(el('p', { class: 'hint' }, t.exemptNote));
  if (fee.status === 'unpaid') {
    card.append(button(t.pay, 'pay', async () => {
      note.className = 'hint';
      note.textContent = t.paying;
      try {
        const payment = await ctx.api.pay(fee.id);
        await ctx.client.payments.pay({ orderId: payment.orderId });
        ctx.go({ view: 'fee', id: fee.id });
      } catch (error) {
        note.className = 'error';
        note.textContent = isCitadelError(error) && error.code === 'CANCELLED' ? t.cancelled : describeError(error);
      }
    }), note);
  }
  if (fee.status === 'paid') {
    const open = el('button', { type: 'button', class: 'secondary', 'data-testid': 'view-receipt' }, t.viewReceipt);
    open.addEventListener('click', () => ctx.go({ view: 'fee', id: fee.id }));
    card.append(open);
  }
  return card;
}

/** A child's fee notices. */
export function feesList(ctx: AppContext, child: ChildView): HTMLElement {
  const root = section(ctx.t.fees, el('p', { class: 'hint' }, ctx.t.loading));
  void ctx.api.fees(child.id).then(
    (fees) => root.replaceChildren(el('h2', {}, ctx.t.fees), ...(fees.length ? fees.map((f) => feeCard(ctx, f)) : [el('p', { class: 'hint' }, ctx.t.feesNone)])),
    (error: unknown) => root.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return root;
}

function receipt(ctx: AppContext, fee: Fee): HTMLElement {
  const { t, lang } = ctx;
  const r = fee.receipt!;
  const row = (name: string, value: string, testId: string) => el('div', { class: 'line' }, el('span', { class: 'hint' }, name), el('b', { 'data-testid': testId }, value));
  return section(t.receipt,
    el('p', {}, fee.label[lang], ' – ', fee.pupilName),
    row(t.amount, vnd(r.amount, lang), 'receipt-amount'),
    row(t.paidAt, when(r.paidAt, lang), 'receipt-paid-at'),
    row(t.payer, `${r.payer.name} (${label('relation', r.payer.relation, lang)})`, 'receipt-payer'),
    row(t.receiptNo, r.reference, 'receipt-reference'),
    row(t.orderId, r.orderId, 'receipt-order'),
    row(t.paymentId, r.paymentId, 'receipt-payment'));
}

/**
 * One notice and, once paid, its receipt. The backend counts it paid only when the platform's
 * signed webhook arrived, so after paying the app asks again until it says so (never trusting
 * what `payments.pay` answered).
 */
export function feeView(ctx: AppContext, id: string): HTMLElement {
  const root = el('div', { 'data-testid': 'fee-page', 'data-id': id }, el('p', { class: 'hint' }, ctx.t.loading));
  let tries = 0;
  const poll = async () => {
    if (!root.isConnected && tries > 0) return;
    tries++;
    try {
      const fee = await ctx.api.fee(id);
      const status = el('p', { class: fee.status === 'paid' ? 'paid' : 'hint', 'data-testid': 'fee-status', 'data-status': fee.status }, statusText(ctx, fee));
      if (fee.status === 'paid') return void root.replaceChildren(el('h2', {}, fee.label[ctx.lang]), status, receipt(ctx, fee));
      root.replaceChildren(el('h2', {}, fee.label[ctx.lang]), status, el('p', { class: 'hint', 'data-testid': 'waiting' }, ctx.t.waiting));
      if (fee.status === 'unpaid' && tries < POLL_TRIES) setTimeout(() => void poll(), POLL_MS);
    } catch (error) {
      root.replaceChildren(el('p', { class: 'error', 'data-testid': 'not-found' }, (error as { code?: string }).code === 'NOT_FOUND' ? ctx.t.notFound : describeError(error)));
    }
  };
  void poll();
  return root;
}
