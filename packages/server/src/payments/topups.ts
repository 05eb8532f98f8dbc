import type { TopUp } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { accountOf, ensureAccounts, lockAccounts, postMovement } from './ledger.js';
import type { FundingSource } from './funding.js';
import { newId } from '../ids.js';

/**
 * Tops a wallet up from a funding source: the source is charged (idempotently, by the citizen's
 * key), then the movement funding → wallet is recorded in one transaction. The same key never
 * credits twice: the source reference is unique.
 */
export async function topUp(db: Database, source: FundingSource, input: { citizenId: string; amount: number; key: string }): Promise<{ topup: TopUp; replayed: boolean }> {
  const reference = `${input.citizenId}:${input.key}`;
  const { sourceReference } = await source.charge({ citizenId: input.citizenId, amount: input.amount, reference });
  return db.transaction(async (tx) => {
    const wallet = accountOf.wallet(input.citizenId);
    const funding = accountOf.funding(source.id);
    await ensureAccounts(tx, { wallet: input.citizenId, funding: source.id });
    // Locked first: two tries with one key run one after the other, and the second sees the first.
    await lockAccounts(tx, [wallet, funding]);
    const [earlier] = await tx.query<{ id: string; amount: string; created_at: Date }>(
      'SELECT id, amount, created_at FROM topups WHERE source = $1 AND source_reference = $2', [source.id, sourceReference]);
    if (earlier) {
      if (Number(earlier.amount) !== input.amount) throw new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different amount');
      return { topup: { id: earlier.id, amount: input.amount, source: source.id, createdAt: earlier.created_at.toISOString() }, replayed: true };
    }
    const transactionId = await postMovement(tx, 'topup', [{ accountId: funding, amount: -input.amount }, { accountId: wallet, amount: input.amount }]);
    const id = newId('top');
    const [row] = await tx.query<{ created_at: Date }>(
      'INSERT INTO topups (id, citizen_id, amount, source, source_reference, transaction_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at',
      [id, input.citizenId, input.amount, source.id, sourceReference, transactionId]) as [{ created_at: Date }];
    return { topup: { id, amount: input.amount, source: source.id, createdAt: row.created_at.toISOString() }, replayed: false };
  });
}
