import type { Database } from '../db/database.js';
import { announceEvents, claimEventOrder } from '../db/event-order.js';

/**
 * Delivers the unexpired alerts whose area a citizen is now in: called when they sign up (an alert
 * for the whole city), when their verified or declared ward changes, or when they share a new
 * position, so that someone who arrives in a flooded ward after the warning went out still gets it.
 * Writes their inbox rows (each with its own live event number), one push per subscription (urgency
 * as `alertUrgency`: high for extreme and severe), and the alerts' recipient counts, in one
 * transaction; an alert they already have is skipped. Resolves with how many alerts reached them.
 */
export async function deliverActiveAlerts(db: Database, citizenId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await claimEventOrder(tx);
    const [row] = await tx.query<{ count: number }>(
      `WITH me AS (
         SELECT c.id, l.latitude, l.longitude
         FROM citizens c LEFT JOIN citizen_locations l ON l.citizen_id = c.id WHERE c.id = $1
       ), keys AS (
         SELECT ward_key FROM citizens WHERE id = $1 AND ward_key IS NOT NULL
         UNION SELECT ward_key FROM citizen_wards WHERE citizen_id = $1 AND ward_key IS NOT NULL
       ), reached AS (
         INSERT INTO alert_recipients (citizen_id, alert_id, event_seq)
         SELECT me.id, a.id, nextval('citadel_event_seq') FROM me, alerts a
         WHERE a.expires_at > now() AND (
           coalesce((a.area ->> 'wholeCity')::boolean, false)
           OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.area -> 'wards') w WHERE citadel_place_key(w) IN (SELECT ward_key FROM keys))
           OR (me.latitude IS NOT NULL AND EXISTS (
             SELECT 1 FROM jsonb_array_elements(a.area -> 'polygons') ring WHERE citadel_point_in_ring(me.latitude, me.longitude, ring))))
         ON CONFLICT DO NOTHING
         RETURNING citizen_id, alert_id
       ), queued AS (
         INSERT INTO push_queue (subscription_id, alert_id, urgency)
         SELECT s.id, r.alert_id, CASE WHEN a.severity IN ('extreme', 'severe') THEN 'high' ELSE 'normal' END
         FROM reached r JOIN alerts a ON a.id = r.alert_id JOIN push_subscriptions s ON s.citizen_id = r.citizen_id
       ), counted AS (
         UPDATE alerts SET recipients = recipients + 1 FROM reached WHERE alerts.id = reached.alert_id
       ) SELECT count(*)::int AS count FROM reached`, [citizenId]);
    const count = row?.count ?? 0;
    if (count > 0) await announceEvents(tx, citizenId);
    return count;
  });
}
