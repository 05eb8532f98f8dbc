import { createHash } from 'node:crypto';
import type { CustomerAccount } from '../customers/accounts.js';
import type { Utility } from '../customers/providers.js';
import { charge, TARIFFS, type Charge } from './tariffs.js';

/** Months of history every account shows. */
export const HISTORY_MONTHS = 12;

/** How much more (or less) than average each calendar month uses: Huế's hot months are May to August. */
const SEASON: Readonly<Record<Utility, readonly number[]>> = {
  electricity: [0.85, 0.8, 0.9, 1.0, 1.2, 1.35, 1.4, 1.3, 1.1, 0.9, 0.85, 0.9],
  water: [0.9, 0.9, 0.95, 1.0, 1.1, 1.2, 1.2, 1.15, 1.0, 0.95, 0.9, 0.9],
};

/** A generated month of an account, before the database knows whether it was paid. */
export interface MonthBill {
  readonly id: string;
  readonly code: string;
  readonly utility: Utility;
  /** `YYYY-MM`. */
  readonly period: string;
  readonly units: number;
  readonly charge: Charge;
  readonly issuedAt: Date;
  readonly dueAt: Date;
  /** Bills the demo data counts as paid at the counter before the app existed. */
  readonly paidBefore: boolean;
}

/** A stable number in [0, 1) for `text`: the same history on every start and machine. */
const unit = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;

const period = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

/**
 * The last `HISTORY_MONTHS` complete months of `account` before `now` (Vietnam time), oldest
 * first: use drawn around the account's average with the season, priced by the tariff, issued
 * on the 5th of the next month and due on the 20th. All but the newest `account.unpaid` are
 * paid.
 */
export function monthsOf(account: CustomerAccount, now: Date): MonthBill[] {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const bills: MonthBill[] = [];
  for (let back = HISTORY_MONTHS; back >= 1; back -= 1) {
    const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - back, 1));
    const y = first.getUTCFullYear();
    const m = first.getUTCMonth();
    const p = period(y, m);
    const units = Math.max(1, Math.round(account.base * SEASON[account.utility][m]! * (0.88 + 0.24 * unit(`${account.code}/${p}`))));
    // 00:00 in Huế is 17:00 UTC the day before.
    const issuedAt = new Date(Date.UTC(y, m + 1, 5) - 7 * 3_600_000);
    const dueAt = new Date(Date.UTC(y, m + 1, 20) - 7 * 3_600_000);
    bills.push({ id: `${account.code}-${p.replace('-', '')}`, code: account.code, utility: account.utility, period: p, units,
      charge: charge(TARIFFS[account.utility], units), issuedAt, dueAt, paidBefore: back > account.unpaid });
  }
  return bills;
}
