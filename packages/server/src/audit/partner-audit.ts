import type { Queryable } from '../db/database.js';

/** Records one partner or reviewer action (docs/publish-your-app.md: every partner action is audited). */
export async function auditPartnerAction(
  db: Queryable,
  entry: { appId?: string | undefined; orgId?: string | undefined; actor?: string | undefined; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db.query('INSERT INTO partner_audit (org_id, app_id, actor, action, detail) VALUES ($1, $2, $3, $4, $5)', [
    entry.orgId ?? null, entry.appId ?? null, entry.actor ?? null, entry.action, JSON.stringify(entry.detail ?? {}),
  ]);
}
