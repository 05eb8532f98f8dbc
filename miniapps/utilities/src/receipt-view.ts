import { describeError, type AppContext } from './app-context.js';
import type { Receipt } from './api.js';
import { button, el, section } from '@citadel-miniapp/web-kit';
import { fill, moment, vnd } from './i18n.js';

const cell = (text: string, numeric = false) => el('td', numeric ? { class: 'n' } : {}, text);

function lines(ctx: AppContext, receipt: Receipt): HTMLElement {
  const { charge, unit } = receipt.bill;
  const money = (n: number) => vnd(n, ctx.lang);
  const head = el('tr', {}, el('th', {}, ctx.t.tier), el('th', { class: 'n' }, ctx.t.units), el('th', { class: 'n' }, ctx.t.price), el('th', { class: 'n' }, ctx.t.amount));
  const rows = charge.lines.map((l) => el('tr', {}, cell(l.to === null ? `> ${l.from}` : `${l.from}–${l.to}`), cell(`${l.units} ${unit}`, true), cell(money(l.price), true), cell(money(l.amount), true)));
  const sum = (label: string, amount: number, testId?: string) =>
    el('tr', {}, el('td', { colspan: '3' }, label), el('td', { class: 'n', ...(testId ? { 'data-testid': testId } : {}) }, money(amount)));
  return el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows, sum(ctx.t.subtotal, charge.subtotal), sum(ctx.t.vat, charge.vat),
    ...(charge.environmentFee > 0 ? [sum(ctx.t.environment, charge.environmentFee)] : []), sum(ctx.t.total, charge.total, 'receipt-total')));
}

/** The e-receipt of a bill paid in the app, with the tariff line by line; printable. */
export function receiptView(ctx: AppContext, billId: string): HTMLElement {
  const root = el('div', {}, el('p', { class: 'hint' }, ctx.t.loading));
  void ctx.api.receipt(billId).then((receipt) => {
    const facts: Array<[string, string]> = [
      [ctx.t.receiptNo, receipt.number], [ctx.t.holder, receipt.holder], [ctx.t.address, receipt.address], [ctx.t.code, receipt.bill.code],
      [fill(ctx.t.period, { period: receipt.bill.period.split('-').reverse().join('/') }), `${receipt.bill.units} ${receipt.bill.unit}`],
      [ctx.t.paidOn.replace(' {date}', ''), moment(receipt.paidAt, ctx.lang)], [ctx.t.paymentId, receipt.paymentId],
    ];
    root.replaceChildren(section(`${ctx.t.receipt} · ${receipt.provider[ctx.lang]}`,
      el('dl', { 'data-testid': 'receipt' }, ...facts.flatMap(([k, v]) => [el('dt', { class: 'hint' }, k), el('dd', { 'data-testid': `receipt-${k === ctx.t.receiptNo ? 'number' : 'fact'}` }, v)])),
      lines(ctx, receipt),
      button(ctx.t.print, 'print', () => window.print(), true)));
  }, (error: unknown) => root.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return root;
}
