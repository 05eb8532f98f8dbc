import { describeError, when, type AppContext } from './app-context.js';
import type { Ticket } from './api.js';
import { el, section } from '@citadel-miniapp/web-kit';
import { fill, vnd } from './i18n.js';
import { qrSvg } from './qr.js';

const POLL_MS = 1500;
const POLL_TRIES = 80;

function ticketCard(ctx: AppContext, ticket: Ticket): HTMLElement {
  const place = ctx.places.find((p) => p.id === ticket.placeId);
  const card = el('div', { class: 'card', 'data-testid': 'ticket', 'data-reference': ticket.reference },
    el('b', {}, `${place?.name[ctx.lang] ?? ticket.placeId} × ${ticket.quantity}`),
    el('p', { class: 'hint' }, `${vnd(ticket.amount, ctx.lang)} · ${when(ticket.createdAt, ctx.lang)}`),
    el('p', { 'data-testid': 'ticket-status', 'data-status': ticket.status, class: ticket.status === 'paid' ? 'paid' : 'hint' },
      ticket.status === 'paid' ? ctx.t.paid : ctx.t.pending));
  if (ticket.usedAt) {
    // Admitted at a gate: a ticket admits once, so the code is no longer shown.
    card.append(el('p', { class: 'hint', 'data-testid': 'ticket-used' }, fill(ctx.t.used, { when: when(ticket.usedAt, ctx.lang) })));
  } else if (ticket.code) {
    card.append(qrSvg(ticket.code, ctx.t.ticket) as unknown as HTMLElement, el('p', { class: 'hint' }, ctx.t.showAtGate),
      el('p', { class: 'code', 'data-testid': 'ticket-code' }, ticket.code));
  }
  return card;
}

/**
 * One ticket, just paid: the backend counts it paid only when the platform's signed webhook
 * arrived, so the app asks the backend again until it says so (never trusting `payments.pay`).
 */
export function ticketView(ctx: AppContext, reference: string): HTMLElement {
  const root = el('div', {}, el('p', { class: 'hint', 'data-testid': 'waiting' }, ctx.t.waiting));
  let tries = 0;
  const poll = async () => {
    if (!root.isConnected && tries > 0) return;
    tries++;
    try {
      const ticket = await ctx.api.ticket(reference);
      if (ticket.status === 'paid') return void root.replaceChildren(ticketCard(ctx, ticket));
      root.replaceChildren(ticketCard(ctx, ticket), el('p', { class: 'hint', 'data-testid': 'waiting' }, ctx.t.waiting));
      if (tries < POLL_TRIES) setTimeout(() => void poll(), POLL_MS);
    } catch (error) {
      root.replaceChildren(el('p', { class: 'error' }, describeError(error)));
    }
  };
  void poll();
  return root;
}

/** Every ticket the citizen bought, paid ones with their QR code. */
export function ticketsView(ctx: AppContext): HTMLElement {
  const root = section(ctx.t.tickets, el('p', { class: 'hint' }, ctx.t.loading));
  void ctx.api.tickets().then(
    (tickets) => root.replaceChildren(el('h2', {}, ctx.t.tickets), ...(tickets.length ? tickets.map((t) => ticketCard(ctx, t)) : [el('p', { class: 'hint' }, ctx.t.noTickets)])),
    (error: unknown) => root.replaceChildren(el('p', { class: 'error' }, describeError(error))));
  return root;
}
