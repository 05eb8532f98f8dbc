import type { Database } from '@citadel-miniapp/backend-kit';
import type { SavedAccount } from '../bills/bill.js';
import { accountByCode } from '../customers/accounts.js';
import { UtilitiesError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { ProvenBy } from './proofs.js';
import { summaryOf } from './summary.js';

interface Row {
  code: string; label: string; saved_at: Date | string; proven_by: ProvenBy | null;
  unpaid_count: string | number; unpaid_amount: string | number | null;
}

/** The customer codes each citizen saved, by pairwise sub, each with how they proved it is theirs. */
export function createSavedAccounts(db: Database, now: () => Date) {
  return {
    /** The citizen's codes: a proven one with its household and what is owed, one saved before proofs with its code and label only. */
    async list(sub: string): Promise<SavedAccount[]> {
      const rows = await db.query<Row>(
        `SELECT s.code, s.label, s.saved_at, s.proven_by,
                count(b.id) FILTER (WHERE b.paid_at IS NULL) AS unpaid_count,
                sum(b.amount) FILTER (WHERE b.paid_at IS NULL) AS unpaid_amount
           FROM saved_accounts s LEFT JOIN bills b ON b.code = s.code AND s.proven_by IS NOT NULL
          WHERE s.sub = $1 GROUP BY s.code, s.label, s.saved_at, s.proven_by ORDER BY s.saved_at, s.code`, [sub]);
      return rows.flatMap((r): SavedAccount[] => {
        const account = accountByCode(r.code);
        if (!account) return [];
        const saved = { label: r.label, savedAt: new Date(r.saved_at).toISOString() };
        if (r.proven_by === null) return [{ proven: false, code: account.code, utility: account.utility, ...saved }];
        return [{ ...summaryOf(account), proven: true, provenBy: r.proven_by, ...saved, unpaidCount: Number(r.unpaid_count), unpaidAmount: Number(r.unpaid_amount ?? 0) }];
      });
    },
    /**
     * Saves `code`, proven `by`, for `sub` under `label` (saving it again renames it and records the new proof).
     * `409 TOO_MANY_ACCOUNTS` (with `limit`) past `LIMITS.savedAccounts`.
     */
    async save(sub: string, code: string, label: string, by: ProvenBy): Promise<void> {
      // One citizen's saves one at a time, so two at once cannot both pass the count.
      await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`saved:${sub}`]);
        const [row] = await tx.query<{ saved: boolean; n: number }>(
          `WITH mine AS (SELECT code FROM saved_accounts WHERE sub = $1)
           SELECT EXISTS (SELECT 1 FROM mine WHERE code = $2) AS saved, (SELECT count(*)::int FROM mine) AS n`, [sub, code]);
        if (!row!.saved && row!.n >= LIMITS.savedAccounts) {
          throw new UtilitiesError(409, 'TOO_MANY_ACCOUNTS', `At most ${LIMITS.savedAccounts} customer codes may be saved: remove one first`, { limit: LIMITS.savedAccounts });
        }
        await tx.query(
          `INSERT INTO saved_accounts (sub, code, label, saved_at, proven_by, proven_at) VALUES ($1, $2, $3, $4, $5, $4)
           ON CONFLICT (sub, code) DO UPDATE SET label = EXCLUDED.label, proven_by = EXCLUDED.proven_by, proven_at = EXCLUDED.proven_at`,
          [sub, code, label, now(), by]);
      });
    },
    /** Forgets a saved code, proven or not; false when `sub` had not saved it. */
    async remove(sub: string, code: string): Promise<boolean> {
      return (await db.query('DELETE FROM saved_accounts WHERE sub = $1 AND code = $2 RETURNING 1', [sub, code])).length > 0;
    },
    /** Whether `sub` proved `code` is theirs: only then are its household, use and bills shown. */
    async proven(sub: string, code: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM saved_accounts WHERE sub = $1 AND code = $2 AND proven_by IS NOT NULL', [sub, code])).length > 0;
    },
  };
}

export type SavedAccounts = ReturnType<typeof createSavedAccounts>;
