import type { LocalizedText } from '@citadel/protocol';
import { bad, obj, optStr, str, type Obj } from '../net/read-json.js';
import type { Timestamp } from '../shared/format.js';
import type { CitizenOrder, HistoryEntry, HistoryKind, HistoryPage, PaymentDone, Receipt, TopUpResult } from './types.js';

/** Whole đồng; a payment line may be negative. */
const dong = (value: unknown, what: string): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw bad(what);
};
/** An app's name: the registry's `{ vi, en }` (a plain string, from an older platform, is both). */
const appName = (value: unknown): LocalizedText | null => {
  if (typeof value === 'string' && value !== '') return { vi: value, en: value };
  const name = value && typeof value === 'object' ? (value as Obj) : undefined;
  return typeof name?.['vi'] === 'string' && typeof name['en'] === 'string' ? { vi: name['vi'], en: name['en'] } : null;
};
const time = (value: unknown): Timestamp => (typeof value === 'string' || typeof value === 'number' ? value : '');

const kinds: readonly string[] = ['topup', 'payment', 'refund'] satisfies HistoryKind[];
const statuses: readonly string[] = ['open', 'paid', 'expired'] satisfies Array<CitizenOrder['status']>;

/** `{ balance, currency }` → the balance. */
export function parseBalance(body: unknown): number {
  const b = obj(body, 'answer');
  if (b['currency'] !== 'VND') throw bad('currency');
  return dong(b['balance'], 'balance');
}

/** `{ topup, balance }` → the top-up and the balance after it. */
export function parseTopUp(body: unknown): TopUpResult {
  const b = obj(body, 'answer');
  const topup = obj(b['topup'], 'top-up');
  return { id: str(topup['id'], 'top-up id'), amount: dong(topup['amount'], 'amount'), balance: dong(b['balance'], 'balance') };
}

function parseEntry(value: unknown): HistoryEntry {
  const e = obj(value, 'history entry');
  const kind = str(e['kind'], 'kind');
  if (!kinds.includes(kind)) throw bad('kind');
  return {
    id: str(e['id'], 'entry id'),
    kind: kind as HistoryKind,
    amount: dong(e['amount'], 'amount'),
    appId: optStr(e['appId']),
    appName: appName(e['appName']),
    description: optStr(e['description']),
    paymentId: optStr(e['paymentId']),
    at: time(e['at']),
  };
}

/** `{ entries, next }` → one page of history. */
export function parseHistory(body: unknown): HistoryPage {
  const b = obj(body, 'answer');
  if (!Array.isArray(b['entries'])) throw bad('history');
  return { entries: b['entries'].map(parseEntry), next: optStr(b['next']) };
}

/** `{ order, balance }` → what the payment sheet shows. */
export function parseSheetOrder(body: unknown): { order: CitizenOrder; balance: number } {
  const b = obj(body, 'answer');
  const o = obj(b['order'], 'order');
  const status = str(o['status'], 'order status');
  if (!statuses.includes(status) || o['currency'] !== 'VND') throw bad('order');
  return {
    order: {
      id: str(o['id'], 'order id'),
      appId: str(o['appId'], 'app id'),
      appName: appName(o['appName']) ?? { vi: '', en: '' },
      amount: dong(o['amount'], 'amount'),
      description: str(o['description'], 'description'),
      status: status as CitizenOrder['status'],
      expiresAt: str(o['expiresAt'], 'expiry'),
    },
    balance: dong(b['balance'], 'balance'),
  };
}

/** `{ status: "succeeded", paymentId, receipt }` → exactly the bridge's result, nothing more. */
export function parsePaid(body: unknown): PaymentDone {
  const b = obj(body, 'answer');
  if (b['status'] !== 'succeeded') throw bad('payment status');
  return { status: 'succeeded', paymentId: str(b['paymentId'], 'payment id'), receipt: str(b['receipt'], 'receipt') };
}

/** `{ receipt, jws }` → the receipt and its signed form. */
export function parseReceipt(body: unknown): { receipt: Receipt; jws: string } {
  const b = obj(body, 'answer');
  const r = obj(b['receipt'], 'receipt');
  const appId = str(r['appId'], 'app id');
  return {
    receipt: {
      paymentId: str(r['paymentId'], 'payment id'),
      orderId: str(r['orderId'], 'order id'),
      appId,
      appName: appName(r['appName']) ?? { vi: appId, en: appId },
      amount: dong(r['amount'], 'amount'),
      refunded: dong(r['refunded'] ?? 0, 'refunded'),
      description: str(r['description'], 'description'),
      reference: typeof r['reference'] === 'string' ? r['reference'] : '',
      paidAt: time(r['paidAt']),
    },
    jws: str(b['jws'], 'receipt signature'),
  };
}
