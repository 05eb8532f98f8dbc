import { isCitadelError, type Client } from '@citadel/sdk';
import { el, fill, section } from '@citadel-miniapp/web-kit';
import { showFailure } from './failure.js';
import type { Strings } from './i18n.js';
import { PARTNER_BACKEND, PartnerUnreachable } from './partner.js';
import { createDemoOrder, demoOrder, PartnerRefused } from './partner-orders.js';

const POLL_MS = 1000;
const POLL_FOR_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The payments demo: the partner backend creates an order (amount and description on its
 * server), the host's payment sheet takes the payment, and the backend marks the order paid
 * only when the platform's signed webhook arrives, which this section waits for.
 */
export function paymentsSection(client: Client, t: Strings): HTMLElement {
  // Focusable by script: the outcome takes the focus the busy button dropped (issue 16).
  const result = el('output', { 'data-testid': 'pay-result', 'aria-live': 'polite', tabindex: '-1' });
  const state = el('output', { 'data-testid': 'order-state', 'aria-live': 'polite' });
  const button = el('button', { type: 'button', 'data-testid': 'pay' }, t.pay);

  const show = (out: HTMLOutputElement, text: string, error = false) => {
    out.textContent = text;
    out.classList.toggle('error', error);
  };

  // The failure in the demo's words, else the host's own sentence for the code (`describeError`); the code, message and
  // data go under "developer details" (`showFailure`).
  const why = (error: unknown): string | undefined => {
    if (error instanceof PartnerUnreachable) return fill(t.partnerUnreachable, { url: PARTNER_BACKEND });
    if (error instanceof PartnerRefused) return t.partnerOrderRefused;
    const reasons: Record<string, string> = {
      CANCELLED: t.payCancelled, INSUFFICIENT_FUNDS: t.payInsufficient, ORDER_EXPIRED: t.payExpired, ALREADY_PAID: t.payAlreadyPaid,
      ORDER_NOT_FOUND: t.payNotFound, UNAVAILABLE: t.payUnavailable, PERMISSION_DENIED: t.payDenied,
    };
    return isCitadelError(error) ? reasons[error.code] : undefined;
  };

  let current = 0;

  /** Polls the backend's own view until its webhook said paid, for up to 30 s (or until another payment starts). */
  async function confirm(orderId: string, paymentId: string, run: number) {
    show(state, t.orderPending);
    for (let waited = 0; waited <= POLL_FOR_MS; waited += POLL_MS) {
      const order = await demoOrder(orderId).catch(() => undefined);
      if (run !== current) return;
      if (order?.status === 'paid') {
        return order.paymentId === paymentId ? show(state, t.orderPaid) : show(state, t.orderMismatch, true);
      }
      await sleep(POLL_MS);
    }
    if (run === current) show(state, t.orderNoWebhook, true);
  }

  button.addEventListener('click', async () => {
    const run = ++current;
    button.disabled = true;
    show(result, '…');
    show(state, '');
    try {
      const order = await createDemoOrder();
      const paid = await client.payments.pay({ orderId: order.id });
      show(result, JSON.stringify({ status: paid.status, paymentId: paid.paymentId, receipt: `${paid.receipt.slice(0, 24)}…` }, null, 2));
      void confirm(order.id, paid.paymentId, run);
    } catch (error) {
      showFailure(result, error, why(error));
    } finally {
      button.disabled = false;
      if (document.activeElement === document.body) result.focus();
    }
  });

  return section(t.payments, el('p', {}, t.paymentsHint), button, result, state);
}
