import type { Utility } from '../customers/providers.js';
import type { Charge } from './tariffs.js';

/** A bill as its payer sees it. */
export interface Bill {
  readonly id: string;
  readonly code: string;
  readonly utility: Utility;
  /** `YYYY-MM`. */
  readonly period: string;
  readonly units: number;
  readonly unit: 'kWh' | 'm³';
  readonly amount: number;
  readonly charge: Charge;
  readonly issuedAt: string;
  readonly dueAt: string;
  readonly status: 'unpaid' | 'paid';
  readonly overdue: boolean;
  readonly paidAt: string | null;
}

/** The e-receipt of a bill paid in the app: only its payer gets it. */
export interface Receipt {
  readonly number: string;
  readonly bill: Bill;
  readonly provider: { readonly vi: string; readonly en: string };
  readonly holder: string;
  readonly address: string;
  readonly paymentId: string;
  readonly orderId: string;
  readonly paidAt: string;
}

/** A customer account as the citizen sees it once they proved it is theirs: the holder's name masked. */
export interface AccountSummary {
  readonly code: string;
  readonly utility: Utility;
  readonly provider: { readonly vi: string; readonly en: string };
  readonly holder: string;
  readonly address: string;
  readonly ward: string;
}

/** A saved account the citizen proved is theirs, with what is owed on it. */
export interface ProvenAccount extends AccountSummary {
  readonly proven: true;
  readonly provenBy: 'bill' | 'phone';
  readonly label: string;
  readonly savedAt: string;
  readonly unpaidCount: number;
  readonly unpaidAmount: number;
}

/** A code saved before proofs were asked for: nothing of the household until the citizen proves it. */
export interface UnprovenAccount {
  readonly proven: false;
  readonly code: string;
  readonly utility: Utility;
  readonly label: string;
  readonly savedAt: string;
}

/** A saved customer code. */
export type SavedAccount = ProvenAccount | UnprovenAccount;
