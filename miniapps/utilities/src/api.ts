import type { Client } from '@citadel/sdk';
import { backendOrigin, createBackend } from '@citadel-miniapp/web-kit';
import type { AccountSummary, Bill, ProvenAccount, Receipt, SavedAccount } from '../backend/src/bills/bill.js';
import type { Outage } from '../backend/src/outages/outages.js';

/** The app's own backend (`miniapps/utilities/backend`), at the origin the build was given (VITE_BACKEND_ORIGIN). */
export const BACKEND = backendOrigin(import.meta.env.VITE_BACKEND_ORIGIN);

export { BackendError } from '@citadel-miniapp/web-kit';

export type { AccountSummary, Bill, Outage, ProvenAccount, Receipt, SavedAccount };

/**
 * The backend: outages open; the rest as the signed-in citizen (`createBackend`: one sign-in, then a session),
 * except the proof by phone, whose fresh identity token asks for the phone number.
 */
export function createApi(client: Client) {
  const { open: request, signed: call, withClaims } = createBackend(BACKEND, client);
  const signed = <T>(path: string, body?: unknown) => call<T>(path, { body });
  const id = encodeURIComponent;
  return {
    outages: async (ward?: string) => (await request<{ outages: Outage[] }>(`/public/outages${ward ? `?${new URLSearchParams({ ward })}` : ''}`)).outages,
    accounts: async () => (await signed<{ accounts: SavedAccount[] }>('/accounts')).accounts,
    /** Saves a code, proven with the amount of one of its three newest bills (whole dong). */
    save: async (code: string, label: string, billAmount: number) => (await signed<{ accounts: SavedAccount[] }>('/accounts', { code, label, billAmount })).accounts,
    /** Saves a code, proven with the citizen's confirmed phone number against the contract's. */
    saveByPhone: async (code: string, label: string) => (await withClaims<{ accounts: SavedAccount[] }>('/accounts/by-phone', ['phone'], { body: { code, label } })).accounts,
    remove: async (code: string) => (await call<{ accounts: SavedAccount[] }>(`/accounts/${id(code)}`, { method: 'DELETE' })).accounts,
    bills: (code: string) => signed<{ account: AccountSummary; bills: Bill[] }>(`/accounts/${id(code)}/bills`),
    bill: async (billId: string) => (await signed<{ bill: Bill }>(`/bills/${id(billId)}`)).bill,
    pay: (billId: string) => signed<{ bill: Bill; orderId: string }>(`/bills/${id(billId)}/pay`, {}),
    receipt: async (billId: string) => (await signed<{ receipt: Receipt }>(`/bills/${id(billId)}/receipt`)).receipt,
  };
}

export type Api = ReturnType<typeof createApi>;
