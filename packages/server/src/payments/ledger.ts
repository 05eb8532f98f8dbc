import type { Queryable } from '../db/database.js';
import { newId } from './ids.js';

/** The kinds of money movement the ledger records. */
export type LedgerKind = 'topup' | 'payment' | 'refund';

/** One side of a movement: a positive amount credits the account, a negative one debits it. */
export interface Posting {
  readonly accountId: string;
  readonly amount: number;
}

/** The account ids of wallets, partner apps and funding sources. */
export const accountOf = {
  wallet: (citizenId: string) => `wallet:${citizenId}`,
  merchant: (appId: string) => `merchant:${appId}`,
  funding: (source: string) => `funding:${source}`,
};

/** Creates the accounts a movement needs, if they do not exist yet. */
export async function ensureAccounts(tx: Queryable, accounts: { wallet?: string; merchant?: string; funding?: string }): Promise<void> {
  if (accounts.wallet) await tx.query("INSERT INTO ledger_accounts (id, kind, citizen_id) VALUES ($1, 'wallet', $2) ON CONFLICT (id) DO NOTHING", [accountOf.wallet(accounts.wallet), accounts.wallet]);
  if (accounts.merchant) await tx.query("INSERT INTO ledger_accounts (id, kind, app_id) VALUES ($1, 'merchant', $2) ON CONFLICT (id) DO NOTHING", [accountOf.merchant(accounts.merchant), accounts.merchant]);
  if (accounts.funding) await tx.query("INSERT INTO ledger_accounts (id, kind) VALUES ($1, 'funding') ON CONFLICT (id) DO NOTHING", [accountOf.funding(accounts.funding)]);
}

/**
 * Locks accounts in id order (every movement takes its locks in the same order, so two
 * movements never wait on each other in a cycle) and resolves with their balances.
 */
export async function lockAccounts(tx: Queryable, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.query<{ id: string; balance: string }>(
    'SELECT id, balance FROM ledger_accounts WHERE id = ANY($1) ORDER BY id FOR UPDATE', [[...new Set(ids)].sort()]);
  return new Map(rows.map((r) => [r.id, Number(r.balance)]));
}

/**
 * Records one balanced movement inside the caller's transaction: the transaction row, its
 * postings, and the accounts' new balances. The postings must sum to zero (a deferred trigger
 * refuses the commit otherwise); wallets and merchants can never go below zero (a CHECK).
 * Lock the accounts first with `lockAccounts`.
 */
export async function postMovement(tx: Queryable, kind: LedgerKind, postings: readonly Posting[]): Promise<string> {
  if (postings.reduce((sum, p) => sum + p.amount, 0) !== 0) throw new Error('Postings must sum to zero');
  const id = newId('txn');
  await tx.query('INSERT INTO ledger_transactions (id, kind) VALUES ($1, $2)', [id, kind]);
  for (const posting of postings) {
    await tx.query('INSERT INTO ledger_postings (transaction_id, account_id, amount) VALUES ($1, $2, $3)', [id, posting.accountId, posting.amount]);
    await tx.query('UPDATE ledger_accounts SET balance = balance + $2 WHERE id = $1', [posting.accountId, posting.amount]);
  }
  return id;
}

/** A wallet's balance (0 for a citizen who never had money). */
export async function walletBalance(db: Queryable, citizenId: string): Promise<number> {
  const [row] = await db.query<{ balance: string }>('SELECT balance FROM ledger_accounts WHERE id = $1', [accountOf.wallet(citizenId)]);
  return row ? Number(row.balance) : 0;
}
