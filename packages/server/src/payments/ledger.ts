import type { LedgerKind } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { newId } from '../ids.js';

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

/** Creates the accounts a movement needs, if they do not exist yet, in one statement. */
export async function ensureAccounts(tx: Queryable, accounts: { wallet?: string; merchant?: string; funding?: string }): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_accounts (id, kind, citizen_id, app_id)
     SELECT * FROM (VALUES ($1::text, 'wallet', $2::uuid, NULL::text), ($3::text, 'merchant', NULL::uuid, $4::text), ($5::text, 'funding', NULL::uuid, NULL::text)) AS v (id, kind, citizen_id, app_id)
     WHERE v.id IS NOT NULL ON CONFLICT (id) DO NOTHING`,
    [
      accounts.wallet ? accountOf.wallet(accounts.wallet) : null, accounts.wallet ?? null,
      accounts.merchant ? accountOf.merchant(accounts.merchant) : null, accounts.merchant ?? null,
      accounts.funding ? accountOf.funding(accounts.funding) : null,
    ]);
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
  const accounts = postings.map((p) => p.accountId);
  const amounts = postings.map((p) => p.amount);
  await tx.query('INSERT INTO ledger_transactions (id, kind) VALUES ($1, $2)', [id, kind]);
  await tx.query(
    'INSERT INTO ledger_postings (transaction_id, account_id, amount) SELECT $1, * FROM unnest($2::text[], $3::bigint[])',
    [id, accounts, amounts]);
  await tx.query(
    `UPDATE ledger_accounts a SET balance = a.balance + m.amount
     FROM (SELECT account_id, sum(amount) AS amount FROM unnest($1::text[], $2::bigint[]) AS u (account_id, amount) GROUP BY account_id) m
     WHERE a.id = m.account_id`,
    [accounts, amounts]);
  return id;
}

/** A wallet's balance (0 for a citizen who never had money). */
export async function walletBalance(db: Queryable, citizenId: string): Promise<number> {
  const [row] = await db.query<{ balance: string }>('SELECT balance FROM ledger_accounts WHERE id = $1', [accountOf.wallet(citizenId)]);
  return row ? Number(row.balance) : 0;
}
