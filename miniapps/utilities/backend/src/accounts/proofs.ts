import { nationalPhone, type Database } from '@citadel-miniapp/backend-kit';
import type { Bills } from '../bills/bills.js';
import { accountByCode } from '../customers/accounts.js';
import { UtilitiesError } from '../errors.js';
import { LIMITS } from '../limits.js';

/**
 * What a citizen offers to show a household is theirs: the amount of one of its recent bills (whole dong, as
 * printed), or the phone number of an identity token whose `phone_number_verified` was true.
 */
export type Proof = { readonly billAmount: number } | { readonly verifiedPhone: string };

/** How a link to a household was proven. */
export type ProvenBy = 'bill' | 'phone';

const VIETNAM_MS = 7 * 3_600_000;
const vietnamDay = (at: Date) => new Date(at.getTime() + VIETNAM_MS).toISOString().slice(0, 10);
/** The next 00:00 in Huế, as an ISO instant: when the day's wrong proofs are forgotten. */
const nextMidnight = (at: Date) => {
  const local = new Date(at.getTime() + VIETNAM_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1) - VIETNAM_MS);
};

type Checked = { readonly by: ProvenBy } | { readonly wrong: number } | { readonly limited: 'household' | 'citizen' };

/**
 * Proofs that a customer code is the citizen's (docs/examples/utilities.md, "Proving a household"). An unknown code
 * and a wrong proof get the same `403 NOT_PROVEN` and count the same, so the answer never tells whether a code
 * exists; past the day's limits every proof, right or not, is `429 TOO_MANY_PROOFS`.
 */
export function createProofs(db: Database, bills: Bills, now: () => Date) {
  return {
    /** How `proof` proves `code` for `sub`; throws `NOT_PROVEN` or `TOO_MANY_PROOFS`. */
    async prove(sub: string, code: string, proof: Proof): Promise<ProvenBy> {
      const at = now();
      const day = vietnamDay(at);
      // One citizen's proofs one at a time, so proofs sent at once cannot all pass the count.
      const checked = await db.transaction(async (tx): Promise<Checked> => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`proofs:${sub}`]);
        await tx.query('DELETE FROM proof_attempts WHERE sub = $1 AND day < $2', [sub, day]);
        const [count] = await tx.query<{ household: number; citizen: number }>(
          `SELECT coalesce(sum(wrong) FILTER (WHERE code = $3), 0)::int AS household, coalesce(sum(wrong), 0)::int AS citizen
             FROM proof_attempts WHERE sub = $1 AND day = $2`, [sub, day, code]);
        if (count!.household >= LIMITS.wrongProofsPerHousehold) return { limited: 'household' };
        if (count!.citizen >= LIMITS.wrongProofsPerCitizen) return { limited: 'citizen' };
        if ('verifiedPhone' in proof) {
          const contract = accountByCode(code)?.phone;
          if (contract !== undefined && nationalPhone(proof.verifiedPhone) === contract) return { by: 'phone' };
        } else if ((await bills.recentAmounts(code, LIMITS.proofBills, tx)).includes(proof.billAmount)) {
          return { by: 'bill' };
        }
        await tx.query(
          `INSERT INTO proof_attempts (sub, day, code, wrong) VALUES ($1, $2, $3, 1)
           ON CONFLICT (sub, day, code) DO UPDATE SET wrong = proof_attempts.wrong + 1`, [sub, day, code]);
        return { wrong: Math.min(LIMITS.wrongProofsPerHousehold - count!.household, LIMITS.wrongProofsPerCitizen - count!.citizen) - 1 };
      });
      if ('by' in checked) return checked.by;
      if ('wrong' in checked) {
        throw new UtilitiesError(403, 'NOT_PROVEN', 'No household has this customer code with that proof: check both on a recent bill', { triesLeft: checked.wrong });
      }
      const reset = nextMidnight(at);
      const limit = checked.limited === 'household' ? LIMITS.wrongProofsPerHousehold : LIMITS.wrongProofsPerCitizen;
      throw new UtilitiesError(429, 'TOO_MANY_PROOFS',
        `At most ${limit} wrong proofs a day ${checked.limited === 'household' ? 'for one customer code' : 'in all'}: try again after midnight`,
        { limit, scope: checked.limited, resetAt: reset.toISOString() },
        { 'retry-after': String(Math.max(1, Math.ceil((reset.getTime() - at.getTime()) / 1000))) });
    },
  };
}

export type Proofs = ReturnType<typeof createProofs>;
