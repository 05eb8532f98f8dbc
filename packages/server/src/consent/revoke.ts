import type { ConsentKind } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import type { createPairwise } from '../identity/pairwise.js';
import { enqueueWebhook } from '../webhooks/outbox.js';

/**
 * Withdraws one consent in one transaction: the server-held grant is deleted (so the next token
 * or send is refused at once), queued pushes of the app's unread notifications are dropped and
 * its paced notifications still waiting are deleted for a notifications revocation, the audit log records it, and the partner gets a signed
 * `consent.revoked` webhook naming the citizen by its pairwise id. Host-held kinds (location,
 * storage) are deleted by the host; the server still audits them and tells the partner.
 * Resolves false when nothing was granted (no webhook then).
 */
export async function revokeConsent(db: Database, pairwise: ReturnType<typeof createPairwise>, citizenId: string, appId: string, kind: ConsentKind): Promise<boolean> {
  const sub = await pairwise.subject(appId, citizenId);
  return db.transaction(async (tx) => {
    let had = true;
    if (kind === 'identity') {
      had = (await tx.query('DELETE FROM identity_grants WHERE citizen_id = $1 AND app_id = $2 RETURNING app_id', [citizenId, appId])).length > 0;
    } else if (kind === 'notifications') {
      had = (await tx.query('DELETE FROM notification_grants WHERE citizen_id = $1 AND app_id = $2 RETURNING app_id', [citizenId, appId])).length > 0;
      await tx.query('DELETE FROM notification_mutes WHERE citizen_id = $1 AND app_id = $2', [citizenId, appId]);
      await tx.query(
        `DELETE FROM push_queue q USING notifications n
         WHERE q.notification_id = n.id AND n.citizen_id = $1 AND n.app_id = $2 AND q.status = 'pending'`, [citizenId, appId]);
      // Paced notifications still waiting (notifications/pacing.ts) never reach a citizen who withdrew.
      await tx.query('DELETE FROM notifications WHERE citizen_id = $1 AND app_id = $2 AND event_seq IS NULL', [citizenId, appId]);
    }
    if (!had) return false;
    const revokedAt = new Date().toISOString();
    await tx.query('INSERT INTO audit_log (citizen_id, app_id, action, detail) VALUES ($1, $2, $3, $4)',
      [citizenId, appId, `${kind}.revoke`, JSON.stringify({ kind })]);
    await enqueueWebhook(tx, appId, 'consent.revoked', { sub, permission: kind, revokedAt });
    return true;
  });
}
