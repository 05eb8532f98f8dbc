import { parseBalance, parseHistory, parsePaid, parseReceipt, parseSheetOrder, parseTopUp } from './parse.js';
import { createPaymentsRequester } from './request.js';
import type { CitizenOrder, HistoryPage, PaymentDone, Receipt, TopUpResult } from './types.js';

/**
 * The citizen's wallet and payments APIs (`docs/platform-api.md`, Payments), typed. Every
 * method rejects with an `ApiError` (a `PaymentsRefusal` when the platform refused),
 * never throws synchronously.
 */
export interface PaymentsApi {
  /** `GET /api/wallet`: the balance in whole đồng. */
  balance(): Promise<number>;
  /** `POST /api/wallet/topups` (development bank): the same `idempotencyKey` never tops up twice. */
  topUp(amount: number, idempotencyKey: string): Promise<TopUpResult>;
  /** `GET /api/wallet/history`: the page before `cursor`, newest first (the first page without one). */
  history(cursor?: string): Promise<HistoryPage>;
  /** `GET /api/payments/orders/:orderId?app=`: the order as the sheet shows it, and the balance. */
  order(orderId: string, appId: string): Promise<{ order: CitizenOrder; balance: number }>;
  /** `POST /api/payments/orders/:orderId/pay`, confirmed with the citizen's password. */
  pay(orderId: string, appId: string, password: string): Promise<PaymentDone>;
  /** `GET /api/payments/:paymentId`: one of the citizen's own payments, and its signed receipt. */
  payment(paymentId: string): Promise<{ receipt: Receipt; jws: string }>;
}

/** Options of `createPaymentsApi`. */
export interface PaymentsApiOptions {
  /** The fetch to use. Default the page's `fetch`. */
  readonly fetch?: typeof fetch;
}

const seg = encodeURIComponent;

/** Creates a client of the wallet and payments APIs on this page's origin. */
export function createPaymentsApi(options: PaymentsApiOptions = {}): PaymentsApi {
  const request = createPaymentsRequester(options.fetch);
  return {
    balance: async () => parseBalance(await request('GET', '/api/wallet')),
    topUp: async (amount, key) => parseTopUp(await request('POST', '/api/wallet/topups', {
      body: { amount, source: 'dev-bank' }, headers: { 'idempotency-key': key },
    })),
    history: async (cursor) => parseHistory(await request('GET', `/api/wallet/history${cursor === undefined ? '' : `?before=${seg(cursor)}`}`)),
    order: async (orderId, appId) => parseSheetOrder(await request('GET', `/api/payments/orders/${seg(orderId)}?app=${seg(appId)}`)),
    pay: async (orderId, appId, password) => parsePaid(await request('POST', `/api/payments/orders/${seg(orderId)}/pay`, { body: { appId, password } })),
    payment: async (paymentId) => parseReceipt(await request('GET', `/api/payments/${seg(paymentId)}`)),
  };
}
