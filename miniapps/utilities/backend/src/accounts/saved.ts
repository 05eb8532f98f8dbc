import type { Database } from '@citadel-miniapp/backend-kit';
import type { SavedAccount } from '../bills/bill.js';
import { accountByCode } from '../customers/accounts.js';
import { UtilitiesError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { summaryOf } from './summary.js';

interface Row { code: string; label: string; saved_at: Date | string; unpaid_count: string | number; unpaid_amount: string | number | null }

/** The customer codes each citizen saved, by pairwise sub. */
export function createSavedAccounts(db: Database, now: () => Date) {
  return {
    async list(sub: string): Promise<SavedAccount[]> {
      const rows = await db.query<Row>(
        `SELECT s.code, s.label, s.saved_at,
                count(b.id) FILTER (WHERE b.paid_at IS NULL) AS unpaid_count,
                sum(b.amount) FILTER (WHERE b.paid_at IS NULL) AS unpaid_amount
           FROM saved_accounts s LEFT JOIN bills b ON b.code = s.code
          WHERE s.sub = $1 GROUP BY s.code, s.label, s.saved_at ORDER BY s.saved_at, s.code`, [sub]);
      return rows.flatMap((r) => {
        const account = accountByCode(r.code);
        return account ? [{ ...summaryOf(account), label: r.label, savedAt: new Date(r.saved_at).toISOString(),
          unpaidCount: Number(r.unpaid_count), unpaidAmount: Number(r.unpaid_amount ?? 0) }] : [];
      });
    },
    /**
     * Saves `code` for `sub` under `label` (saving it again renames it). `404 UNKNOWN_CODE` for a
     * code no provider has; `409 TOO_MANY_ACCOUNTS` (with `limit`) past `LIMITS.savedAccounts`.
     */
    async save(sub: string, code: string, label: string): Promise<void> {
      if (!accountByCode(code)) throw new UnknownCode(code);
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
          `INSERT INTO saved_accounts (sub, code, label, saved_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (sub, code) DO UPDATE SET label = EXCLUDED.label`, [sub, code, label, now()]);
      });
    },
    async remove(sub: string, code: string): Promise<boolean> {
      return (await db.query('DELETE FROM saved_accounts WHERE sub = $1 AND code = $2 RETURNING 1', [sub, code])).length > 0;
    },
    async has(sub: string, code: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM saved_accounts WHERE sub = $1 AND code = $2', [sub, code])).length > 0;
    },
  };
}

export type SavedAccounts = ReturnType<typeof createSavedAccounts>;

/** No provider has this customer code. */
export class UnknownCode extends UtilitiesError {
  constructor(code: string) {
    super(404, 'UNKNOWN_CODE', `No electricity or water customer has the code ${code}: check it on a printed bill`);
  }
}
