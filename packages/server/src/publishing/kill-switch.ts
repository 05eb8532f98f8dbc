import type { Database } from '../db/database.js';
import { enqueueWebhook } from '../webhooks/outbox.js';
import { auditPartnerAction } from '../audit/partner-audit.js';

/** The reason given when the operator's command line suspends an app without one. */
export const DEFAULT_SUSPENSION_REASON = 'Suspended by the platform operator';

/** What the kill switch did: `changed`, `unchanged` (already so), or `missing` (no such app). */
export type SwitchOutcome = 'changed' | 'unchanged' | 'missing';

/**
 * The operator's kill switch (docs/publish-your-app.md, "Suspension"). Suspending stops the app launching and serving
 * at once (the launch check and every hosted file's answer read `apps.status` afresh: `served-state.ts`); the reason, the audit row and the
 * partner's signed `app.suspended` webhook are written in the same transaction, so a partner is always told why.
 * Reinstating clears the reason and sends `app.reinstated`.
 */
export function createKillSwitch(db: Database) {
  const exists = async (appId: string) => (await db.query('SELECT 1 FROM apps WHERE id = $1', [appId])).length > 0;
  return {
    /** Suspends the app (again, with the new reason, when it already is). */
    suspend: (appId: string, reason: string, actor?: string): Promise<SwitchOutcome> => db.transaction(async (tx) => {
      const [row] = await tx.query<{ suspended_at: Date }>(
        `UPDATE apps SET status = 'suspended', suspended_reason = $2, suspended_at = now(), updated_at = now()
         WHERE id = $1 RETURNING suspended_at`, [appId, reason]);
      if (!row) return 'missing';
      await auditPartnerAction(tx, { appId, actor, action: 'app.suspend', detail: { reason } });
      await enqueueWebhook(tx, appId, 'app.suspended', { reason, suspendedAt: row.suspended_at.toISOString() });
      return 'changed';
    }),
    /** Lets a suspended app launch again; an active one is left as it is. */
    reinstate: async (appId: string, actor?: string): Promise<SwitchOutcome> => {
      const outcome = await db.transaction(async (tx): Promise<SwitchOutcome> => {
        const [row] = await tx.query<{ updated_at: Date }>(
          `UPDATE apps SET status = 'active', suspended_reason = NULL, suspended_at = NULL, updated_at = now()
           WHERE id = $1 AND status = 'suspended' RETURNING updated_at`, [appId]);
        if (!row) return 'unchanged';
        await auditPartnerAction(tx, { appId, actor, action: 'app.reinstate' });
        await enqueueWebhook(tx, appId, 'app.reinstated', { reinstatedAt: row.updated_at.toISOString() });
        return 'changed';
      });
      return outcome === 'unchanged' && !(await exists(appId)) ? 'missing' : outcome;
    },
  };
}
