import type * as z from 'zod/mini';
import {
  accountRoutes, passkeyRoutes, walletRoutes as routes, type AssertionCredential, type CeremonyOptions, type HistoryAnswer, type PinStatus, type StepUp, type PayAnswer, type ReceiptAnswer, type SheetAnswer, type TopUpAnswer,
} from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/**
 * The citizen's wallet and payments APIs (`docs/platform-api.md`, Payments), typed by the contract.
 * Every method rejects with an `ApiError` (whose `body` keeps a refusal's other fields), never
 * throws synchronously.
 */
export interface PaymentsApi {
  /** `GET /api/wallet`: the balance in whole đồng. */
  balance(): Promise<number>;
  /** `POST /api/wallet/topups` (development bank): the same `idempotencyKey` never tops up twice. */
  topUp(amount: number, idempotencyKey: string): Promise<TopUpAnswer>;
  /** `GET /api/wallet/history`: the page before `cursor`, newest first (the first page without one). */
  history(cursor?: string): Promise<HistoryAnswer>;
  /** `GET /api/payments/orders/:orderId?app=`: the order as the sheet shows it, and the balance. */
  order(orderId: string, appId: string): Promise<SheetAnswer>;
  /** `POST /api/payments/orders/:orderId/pay`, confirmed with the citizen's step-up: the payment PIN, or a passkey's assertion. */
  pay(orderId: string, appId: string, stepUp: StepUp): Promise<PayAnswer>;
  /** `GET /api/me/pin`: whether a PIN is set or locked, and the citizen's anti-phishing words. */
  pinStatus(): Promise<PinStatus>;
  /** `POST /api/payments/orders/:orderId/passkey-options`: a passkey challenge bound to this order and citizen. */
  passkeyOptions(orderId: string, appId: string): Promise<z.infer<typeof CeremonyOptions>>;
  /** `POST /api/payments/orders/:orderId/pay`, confirmed with a passkey's assertion answering that challenge. */
  payWithPasskey(orderId: string, appId: string, credential: z.input<typeof AssertionCredential>): Promise<PayAnswer>;
  /** `GET /api/payments/:paymentId`: one of the citizen's own payments, and its signed receipt. */
  payment(paymentId: string): Promise<ReceiptAnswer>;
}

/** Options of `createPaymentsApi`. */
export interface PaymentsApiOptions {
  /** The fetch to use. Default the page's `fetch`. */
  readonly fetch?: typeof fetch;
}

/** The development funding source, the only one the platform offers so far. */
const SOURCE = 'dev-bank';

/** Creates a client of the wallet and payments APIs on this page's origin. */
export function createPaymentsApi(options: PaymentsApiOptions = {}): PaymentsApi {
  const call = createPlatformClient(options.fetch);
  return {
    balance: async () => (await call(routes.wallet)).balance,
    topUp: (amount, key) => call(routes.topUp, { body: { amount, source: SOURCE }, headers: { 'idempotency-key': key } }),
    history: (before) => call(routes.history, { query: { before } }),
    order: (orderId, app) => call(routes.sheetOrder, { params: { orderId }, query: { app } }),
    pay: (orderId, appId, stepUp) => call(routes.pay, { params: { orderId }, body: { appId, stepUp } }),
    pinStatus: () => call(accountRoutes.pin),
    passkeyOptions: async (orderId, appId) => (await call(passkeyRoutes.paymentPasskeyOptions, { params: { orderId }, body: { appId } })).options,
    payWithPasskey: (orderId, appId, credential) =>
      call(routes.pay, { params: { orderId }, body: { appId, stepUp: { method: 'passkey', credential } } }),
    payment: (paymentId) => call(routes.receipt, { params: { paymentId } }),
  };
}
