import type { Client } from '@citadel/sdk';
import { createSessionClient } from '@citadel-miniapp/backend-kit/session-client';
import type { AccountSummary, Bill, Receipt, SavedAccount } from '../backend/src/bills/bill.js';
import type { Outage } from '../backend/src/outages/outages.js';

/** The app's own backend (`miniapps/utilities/backend`): the one place its address is written. */
export const BACKEND = 'http://localhost:8093';

/** The backend refused, with its `{ code, message }`. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(readonly code: string, message: string, readonly data: Record<string, unknown> = {}) {
    super(message);
  }
}

export type { AccountSummary, Bill, Outage, Receipt, SavedAccount };

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${BACKEND}${path}`, init);
  } catch {
    throw new BackendError('UNREACHABLE', `${BACKEND} did not answer`);
  }
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const { code, message, ...data } = body ?? {};
    throw new BackendError(typeof code === 'string' ? code : `HTTP_${response.status}`, typeof message === 'string' ? message : `HTTP ${response.status}`, data);
  }
  return body as T;
}

/** The backend: outages public; the rest as the signed-in citizen, with a session from one identity token. */
export function createApi(client: Client) {
  const session = createSessionClient({
    post: (path, headers) => request(path, { method: 'POST', headers }),
    getToken: async (nonce) => (await client.identity.getToken({ nonce })).token,
  });
  const signed = <T>(path: string, body?: unknown): Promise<T> => session.call((authorization) => request<T>(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }));
  const id = encodeURIComponent;
  return {
    outages: async (ward?: string) => (await request<{ outages: Outage[] }>(`/public/outages${ward ? `?${new URLSearchParams({ ward })}` : ''}`)).outages,
    accounts: async () => (await signed<{ accounts: SavedAccount[] }>('/accounts')).accounts,
    lookup: async (code: string) => (await signed<{ account: AccountSummary }>(`/accounts/lookup?${new URLSearchParams({ code })}`)).account,
    save: async (code: string, label: string) => (await signed<{ accounts: SavedAccount[] }>('/accounts/new', { code, label })).accounts,
    remove: async (code: string) => (await signed<{ accounts: SavedAccount[] }>(`/accounts/${id(code)}/remove`, {})).accounts,
    bills: (code: string) => signed<{ account: AccountSummary; bills: Bill[] }>(`/accounts/${id(code)}/bills`),
    bill: async (billId: string) => (await signed<{ bill: Bill }>(`/bills/${id(billId)}`)).bill,
    pay: (billId: string) => signed<{ bill: Bill; orderId: string }>(`/bills/${id(billId)}/pay`, {}),
    receipt: async (billId: string) => (await signed<{ receipt: Receipt }>(`/bills/${id(billId)}/receipt`)).receipt,
  };
}

export type Api = ReturnType<typeof createApi>;
