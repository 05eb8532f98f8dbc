import { OrderPath, PayAnswer, PayBody, PaymentPath, ReceiptAnswer, SheetAnswer, SheetQuery } from './payments.js';
import type { ApiRoute } from './route.js';
import { CursorQuery, HistoryAnswer, TopUpAnswer, TopUpBody, WalletAnswer } from './wallet.js';

/** The citizen's wallet and the payment sheet, under `/api`. */
export const walletRoutes = {
  wallet: { method: 'get', path: '/wallet', audience: 'citizen', summary: 'The wallet\'s balance.', responses: { 200: WalletAnswer } },
  topUp: {
    method: 'post', path: '/wallet/topups', audience: 'citizen', summary: 'Tops the wallet up from a funding source; a retry with the same key credits once.',
    idempotency: 'required', body: TopUpBody, responses: { 201: TopUpAnswer, 200: TopUpAnswer },
  },
  history: {
    method: 'get', path: '/wallet/history', audience: 'citizen', summary: 'A page of the wallet\'s history, newest first.',
    query: CursorQuery, responses: { 200: HistoryAnswer },
  },
  sheetOrder: {
    method: 'get', path: '/payments/orders/:orderId', audience: 'citizen', summary: 'What the payment sheet shows: the order as the server holds it.',
    params: OrderPath, query: SheetQuery, responses: { 200: SheetAnswer },
  },
  pay: {
    method: 'post', path: '/payments/orders/:orderId/pay', audience: 'citizen', summary: 'Pays an order from the wallet after the citizen\'s step-up: the payment PIN (5 wrong PINs lock it) or a passkey.',
    params: OrderPath, body: PayBody, responses: { 200: PayAnswer },
  },
  receipt: {
    method: 'get', path: '/payments/:paymentId', audience: 'citizen', summary: 'A payment\'s receipt and its signed form.',
    params: PaymentPath, responses: { 200: ReceiptAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
